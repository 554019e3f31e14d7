// LSP protocol tests, bad input: unknown documents, positions out of range, invalid settings, odd
// requests, pathological text and a 5 MB file are answered with an error or nothing, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { example, sleep, virtualUri, withServer, type TestClient } from './lsp';

const SETTINGS = { enable: true, debounceMs: 20 };

/** The request's answer, or the ResponseError it failed with (anything else fails the test). */
async function answer(c: TestClient, method: string, params: unknown): Promise<unknown> {
  try {
    return await c.request(method, params);
  } catch (err) {
    assert.ok(err instanceof ResponseError, `${method}: ${String(err)}`);
    return err;
  }
}

function nullish(v: unknown): boolean {
  return v === null || v instanceof ResponseError || (Array.isArray(v) && v.length === 0);
}

test('requests on an unknown document answer null, [] or an error', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const uri = 'file:///no/such/file.py';
      const pos = { line: 0, character: 0 };
      const range = { start: pos, end: pos };
      assert.ok(nullish(await answer(c, 'textDocument/hover', { textDocument: { uri }, position: pos })));
      assert.ok(nullish(await answer(c, 'textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })));
      assert.ok(nullish(await answer(c, 'textDocument/inlayHint', { textDocument: { uri }, range })));
      // Notifications about documents never opened.
      await c.change(uri, 2, [{ range, text: 'x' }]);
      await c.close(uri);
      await c.notify('notebookDocument/didChange', { notebookDocument: { uri: 'file:///no/nb.ipynb', version: 2 }, change: {} });
      await c.notify('notebookDocument/didClose', { notebookDocument: { uri: 'file:///no/nb.ipynb' }, cellTextDocuments: [] });
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1, { what: 'the server still works' });
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('positions out of range: line 10000, huge or negative characters, inverted ranges', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1);
      const doc = { uri: ex.uri };
      assert.equal(await answer(c, 'textDocument/hover', { textDocument: doc, position: { line: 10000, character: 0 } }), null);
      const odd = [
        { line: 10, character: 100000 },
        { line: 0, character: -1 },
        { line: -5, character: 3 },
        { line: 2 ** 31, character: 2 ** 31 },
      ];
      for (const position of odd) {
        const r = await answer(c, 'textDocument/hover', { textDocument: doc, position });
        assert.ok(r === null || r instanceof ResponseError || typeof r === 'object', JSON.stringify(position));
      }
      const ranges = [
        { start: { line: 10000, character: 0 }, end: { line: 10001, character: 0 } },
        { start: { line: 20, character: 0 }, end: { line: 3, character: 0 } },
        { start: { line: 0, character: 0 }, end: { line: 2 ** 31, character: 0 } },
      ];
      for (const range of ranges) {
        const a = await answer(c, 'textDocument/codeAction', { textDocument: doc, range, context: { diagnostics: [] } });
        assert.ok(a === null || a instanceof ResponseError || Array.isArray(a), JSON.stringify(range));
        const h = await answer(c, 'textDocument/inlayHint', { textDocument: doc, range });
        assert.ok(h === null || h instanceof ResponseError || Array.isArray(h), JSON.stringify(range));
      }
      // An edit whose range lies past the end of the document (clamped, as LSP says).
      await c.change(ex.uri, 2, [{ range: { start: { line: 500, character: 0 }, end: { line: 500, character: 0 } }, text: '\n# appended\n' }]);
      await c.waitForDiagnostics(ex.uri, (p) => p.version === 2, { what: 'version 2 after an out-of-range edit' });
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('invalid settings fall back to defaults, are logged, and the server keeps answering', { timeout: 30_000 }, async (t) => {
  const bad = { enable: 'yes', driftBand: 'abc', rules: { IL001: 'loud', 'not a code': 'off' }, select: 42, ignore: [null], inlayHints: 'on', debounceMs: -5 };
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      const p = await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1, { what: 'diagnostics with invalid settings' });
      assert.equal(p.diagnostics[0]!.code, 'IL001');
      await c.until(() => c.logs.find((l) => /driftBand/.test(l.message)), 'a log message about driftBand');
      const h = await c.request('textDocument/hover', { textDocument: { uri: ex.uri }, position: { line: 10, character: 22 } });
      assert.ok(h, 'hover still answers');
      // Other shapes of nonsense, pushed after start.
      for (const s of [null, 'abc', 42, [], { driftBand: [1e3, 1e-3] }, { driftBand: [0, 1] }, { rules: null }, { inlayHints: { enable: 'no' } }]) {
        await c.configure(s);
        const n = c.count(ex.uri);
        await c.change(ex.uri, 2 + n, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
        await c.waitForDiagnostics(ex.uri, (d) => d.version === 2 + n, { after: n, what: `diagnostics after settings ${JSON.stringify(s)}` });
      }
      // A valid driftBand still takes effect afterwards: the deep default MLP drifts by 1e-3..1e-24, so [1e-30, 1e30] silences IL005.
      const deep = example('bad_deep_default_mlp.py');
      await c.configure({ ...SETTINGS, driftBand: [1e-30, 1e30] });
      await c.open(deep.uri, deep.text);
      const q = await c.waitForDiagnostics(deep.uri, () => true);
      assert.deepEqual(q.diagnostics.filter((d) => d.code === 'IL005'), [], 'a wide band has no IL005');
      assert.ok(c.alive);
    },
    { settings: bad, signal: t.signal },
  );
});

test('a 5 MB python file: not analysed, said so in a log message and one notice on its first line, no crash', { timeout: 60_000 }, async (t) => {
  await withServer(
    async (c) => {
      const unit = example('bad_zero_hidden_layer.py').text.replace(/if __name__[\s\S]*$/, '');
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < 5 * 1024 * 1024; i++) {
        const part = unit.replace(/Classifier/g, `Classifier${i}`);
        parts.push(part);
        size += part.length;
      }
      const text = parts.join('\n');
      const uri = virtualUri('huge.py');
      const logsBefore = c.logs.length;
      const started = Date.now();
      await c.open(uri, text);
      const log = await c.until(
        () => c.logs.slice(logsBefore).find((l) => /huge\.py|MB|limit|large|size/i.test(l.message)),
        'a log message about the file size',
        20_000,
      );
      assert.match(log.message, /limit|large|size/i);
      // Requests on it stay quick and empty.
      const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 22 } });
      assert.equal(h, null);
      // One notice, and no findings: the file says why it was not checked.
      const notice = await c.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, { what: 'the too-large notice' });
      assert.equal(notice.diagnostics.length, 1);
      const d = notice.diagnostics[0]!;
      assert.equal(d.severity, 3, 'information');
      assert.equal(d.code, undefined, 'a notice, not a rule finding');
      assert.equal(d.range.start.line, 0);
      assert.match(String(d.message), /did not check this file: it is 5\.\d MB, over the 2\.0 MB limit \(initlint\.maxFileSize\)/);
      await sleep(300);
      for (const p of c.published.get(uri) ?? []) assert.ok(p.diagnostics.every((x) => x.code === undefined), 'no findings for the huge file');
      assert.ok(Date.now() - started < 20_000);
      // An edit that brings it under the limit analyses it again.
      await c.change(uri, 2, [{ text: example('bad_zero_hidden_layer.py').text }]);
      await c.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1, { what: 'diagnostics once the file is small again' });
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('pathological text: deep nesting, binary junk, an unterminated string, a non-python document', { timeout: 60_000 }, async (t) => {
  await withServer(
    async (c) => {
      const texts: Record<string, string> = {
        'nested.py': `import torch.nn as nn\nx = ${'('.repeat(20_000)}1${')'.repeat(20_000)}\n`,
        'nested_calls.py': `import torch.nn as nn\nm = ${'nn.Sequential('.repeat(3_000)}nn.Linear(4, 4)${')'.repeat(3_000)}\n`,
        'junk.py': Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join(''),
        'unterminated.py': 'import torch.nn as nn\nclass A(nn.Module):\n    def __init__(self):\n        self.l = nn.Linear(4, """\n',
        'empty.py': '',
      };
      for (const [name, text] of Object.entries(texts)) await c.open(virtualUri(name), text);
      await c.open(virtualUri('notes.txt'), 'nn.init.zeros_(self.fc.weight)\n', 1, 'plaintext');
      for (const name of Object.keys(texts)) {
        const uri = virtualUri(name);
        await c.waitForDiagnostics(uri, () => true, { what: `diagnostics for ${name}`, ms: 30_000 });
        const h = await answer(c, 'textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } });
        assert.ok(h === null || h instanceof ResponseError || typeof h === 'object');
      }
      await sleep(200);
      assert.ok(!(c.latest(virtualUri('notes.txt'))?.diagnostics.length), 'no diagnostics on a plaintext document');
      const e = await answer(c, 'initlint/noSuchMethod', {});
      assert.ok(e instanceof ResponseError, 'an unknown request is an error');
      assert.ok(c.alive, c.describe());
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
