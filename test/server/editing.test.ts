// LSP protocol tests, editing: incremental changes (small ranged edits as an editor sends them, several
// changes in one notification, non-ASCII text before an edit on the same line) keep the diagnostics
// equal to those of the same text opened fresh; a burst of 50 quick edits ends in exactly the last
// version's diagnostics, with no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { example, find, insertChange, replaceChange, sleep, withServer, type TestClient } from './lsp';

const SETTINGS = { enable: true, debounceMs: 30 };

function summary(ds: Diagnostic[]): string[] {
  return ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
}

async function atVersion(c: TestClient, uri: string, version: number, what: string): Promise<PublishDiagnosticsParams> {
  return c.waitForDiagnostics(uri, (p) => p.version === version, { what: `diagnostics of version ${version} (${what})` });
}

/** The diagnostics of version `version` equal those of `text` opened fresh. */
async function agrees(c: TestClient, uri: string, version: number, text: string, what: string): Promise<Diagnostic[]> {
  const got = await atVersion(c, uri, version, what);
  const ref = await c.fresh(text);
  assert.deepEqual(summary(got.diagnostics), summary(ref.diagnostics), `${what}: incremental vs fresh`);
  return got.diagnostics;
}

test('incremental edits keep the diagnostics right (moves, typing, non-ASCII on the line, multi-change notifications)', { timeout: 60_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const uri = ex.uri;
      let text = ex.text;
      let v = 1;
      await c.open(uri, text, v);
      let ds = await agrees(c, uri, v, text, 'open');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['IL001', 12, 8]]);

      // A line inserted at the top moves the finding down one line.
      let e = insertChange(text, { line: 0, character: 0 }, '# header comment\n');
      text = e.text;
      await c.change(uri, ++v, [e.change]);
      ds = await agrees(c, uri, v, text, 'header inserted');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['IL001', 13, 8]]);

      // Non-ASCII (a surrogate pair too) before the init call on its line: the range is in UTF-16 units.
      const prefix = 'tag = "größe 😀"; ';
      e = insertChange(text, { line: 13, character: 8 }, prefix);
      text = e.text;
      await c.change(uri, ++v, [e.change]);
      ds = await agrees(c, uri, v, text, 'non-ASCII prefix');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['IL001', 13, 8 + prefix.length]]);

      // Typing after the non-ASCII text: delete `zeros_`, then type `ones_` one key at a time.
      e = replaceChange(text, 'zeros_(self.fc2', '(self.fc2');
      text = e.text;
      await c.change(uri, ++v, [e.change]);
      const col = find(text, '(self.fc2').character;
      for (const [i, ch] of [...'ones_'].entries()) {
        e = insertChange(text, { line: 13, character: col + i }, ch);
        text = e.text;
        await c.change(uri, ++v, [e.change]);
      }
      assert.match(text.split('\n')[13]!, /nn\.init\.ones_\(self\.fc2\.weight\)$/);
      ds = await agrees(c, uri, v, text, 'typed ones_');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['IL002', 13]]);

      // The header deleted again (a range spanning a line break).
      e = replaceChange(text, '# header comment\n', '');
      text = e.text;
      await c.change(uri, ++v, [e.change]);
      ds = await agrees(c, uri, v, text, 'header deleted');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['IL002', 12]]);

      // Two changes in one notification, the second relative to the text after the first.
      const first = replaceChange(text, 'ones_(self.fc2', 'zeros_(self.fc2');
      const second = replaceChange(first.text, prefix, '');
      text = second.text;
      await c.change(uri, ++v, [first.change, second.change]);
      assert.equal(text, ex.text);
      ds = await agrees(c, uri, v, text, 'two changes in one notification');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['IL001', 12, 8]]);

      // A whole-document change in the middle of ranged ones.
      text = text.replace('nn.init.zeros_(self.fc2.weight)', "nn.init.kaiming_normal_(self.fc2.weight, nonlinearity='relu')");
      await c.change(uri, ++v, [{ text }]);
      ds = await agrees(c, uri, v, text, 'full-text change');
      assert.deepEqual(ds, []);
      e = replaceChange(text, "kaiming_normal_(self.fc2.weight, nonlinearity='relu')", 'zeros_(self.fc2.weight)');
      text = e.text;
      await c.change(uri, ++v, [e.change]);
      ds = await agrees(c, uri, v, text, 'ranged change after a full-text change');
      assert.deepEqual(ds.map((d) => d.code), ['IL001']);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('CRLF line endings: ranged edits and diagnostics line up', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const uri = ex.uri.replace(/\.py$/, '_crlf.py');
      let text = ex.text.replace(/\n/g, '\r\n');
      await c.open(uri, text, 1);
      let ds = await agrees(c, uri, 1, text, 'CRLF open');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['IL001', 12, 8]]);
      const e = insertChange(text, { line: 2, character: 0 }, 'import math\r\n');
      text = e.text;
      await c.change(uri, 2, [e.change]);
      ds = await agrees(c, uri, 2, text, 'CRLF line inserted');
      assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['IL001', 13]]);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('a burst of 50 edits: the last version\'s diagnostics are published last, debounced, with no error', { timeout: 60_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const uri = ex.uri;
      let text = ex.text;
      await c.open(uri, text, 1);
      await atVersion(c, uri, 1, 'open');
      const before = c.count(uri);
      let v = 1;
      // 49 toggles zeros_ <-> ones_ (IL001 <-> IL002), then a header line: 50 edits, no waiting.
      for (let i = 0; i < 49; i++) {
        const e = text.includes('zeros_(self.fc2') ? replaceChange(text, 'zeros_(self.fc2', 'ones_(self.fc2') : replaceChange(text, 'ones_(self.fc2', 'zeros_(self.fc2');
        text = e.text;
        void c.change(uri, ++v, [e.change]);
      }
      const last = insertChange(text, { line: 0, character: 0 }, '# edited 50 times\n');
      text = last.text;
      void c.change(uri, ++v, [last.change]);
      assert.equal(v, 51);

      // A request right after the burst sees the final text (the header shifted fc2 to line 11).
      const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 22 } });
      assert.ok(h && JSON.stringify(h.contents).includes('fc2'), `hover on fc2 at the final text: ${JSON.stringify(h)}`);

      const final = await atVersion(c, uri, 51, 'after the burst');
      // Let any stragglers arrive, then check nothing older came after the final version.
      await sleep(SETTINGS.debounceMs * 10 + 300);
      const burst = (c.published.get(uri) ?? []).slice(before);
      assert.equal(burst[burst.length - 1], final, `the last publication is version 51: ${burst.map((p) => p.version).join(',')}`);
      const versions = burst.map((p) => p.version ?? 0);
      for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! >= versions[i - 1]!, `versions never go back: ${versions.join(',')}`);
      assert.ok(burst.length < 25, `debounced: ${burst.length} publications for 50 edits (${versions.join(',')})`);
      assert.deepEqual(summary(final.diagnostics), summary((await c.fresh(text)).diagnostics));
      assert.deepEqual(final.diagnostics.map((d) => [d.code, d.range.start.line]), [['IL002', 13]]);
      assert.deepEqual(c.logs.filter((l) => l.type === 1), [], 'no error logged');
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
