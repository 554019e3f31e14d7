// LSP protocol tests, code actions: the preferred quickfix comes first, its WorkspaceEdit applied to
// the text and sent back as an incremental didChange clears the diagnostic; "Fix all" and the
// suppressions do the same for every finding of a code, a line, or the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { applyEdits, editsToChanges, example, withServer, type TestClient } from './lsp';

const SETTINGS = { enable: true, debounceMs: 20 };

async function actionsFor(c: TestClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  const res = await c.request<(CodeAction | { command: string })[] | null>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
  assert.ok(Array.isArray(res), `code actions: ${JSON.stringify(res)}`);
  for (const a of res) assert.ok('title' in a && !('command' in a && typeof a.command === 'string'), `a CodeAction literal, not a bare Command: ${JSON.stringify(a)}`);
  return res as CodeAction[];
}

/** Applies an action's edit for `uri` to `text`, sends it as one incremental didChange; returns the new text. */
async function apply(c: TestClient, uri: string, text: string, version: number, action: CodeAction): Promise<string> {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `${action.title}: a WorkspaceEdit with changes[uri]: ${JSON.stringify(action.edit)}`);
  const next = applyEdits(text, edits);
  await c.change(uri, version, editsToChanges(edits));
  return next;
}

async function open(c: TestClient, uri: string, text: string): Promise<PublishDiagnosticsParams> {
  await c.open(uri, text);
  return c.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
}

test('IL001 quickfix: preferred Kaiming fix first, applied incrementally, diagnostic cleared', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const p = await open(c, ex.uri, ex.text);
      const d = p.diagnostics[0]!;
      const actions = await actionsFor(c, ex.uri, d);
      const fixes = actions.filter((a) => !/^(Suppress|Fix all)/i.test(a.title));
      assert.ok(fixes.length >= 1, `fix actions: ${actions.map((a) => a.title).join(' | ')}`);
      for (const a of actions) assert.equal(a.kind, 'quickfix', a.title);
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1, `exactly one preferred action: ${actions.map((a) => `${a.title}${a.isPreferred ? ' *' : ''}`).join(' | ')}`);
      assert.equal(actions[0], preferred[0], 'the preferred fix comes first');
      assert.match(preferred[0]!.title, /kaiming/i);
      assert.ok(preferred[0]!.diagnostics?.some((x) => x.code === 'IL001'), 'the fix names the diagnostic it fixes');
      assert.ok(actions.some((a) => /^Suppress IL001 on this line/i.test(a.title)), 'suppress on this line');
      assert.ok(actions.some((a) => /^Suppress IL001 in this file/i.test(a.title)), 'suppress in this file');

      const n = c.count(ex.uri);
      const fixed = await apply(c, ex.uri, ex.text, 2, preferred[0]!);
      assert.match(fixed.split('\n')[12]!, /^ {8}nn\.init\.kaiming_normal_\(self\.fc2\.weight, nonlinearity='relu'\)$/);
      const after = await c.waitForDiagnostics(ex.uri, () => true, { after: n, what: 'diagnostics after the fix' });
      assert.deepEqual(after.diagnostics, [], `cleared: ${JSON.stringify(after.diagnostics)}`);
      if (after.version !== undefined) assert.equal(after.version, 2);
      // The server's text matches ours: a fresh copy of the fixed text is clean too.
      assert.deepEqual((await c.fresh(fixed)).diagnostics, []);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('every non-preferred IL001 fix also clears the finding', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const p = await open(c, ex.uri, ex.text);
      const actions = await actionsFor(c, ex.uri, p.diagnostics[0]!);
      const others = actions.filter((a) => !a.isPreferred && !/^(Suppress|Fix all)/i.test(a.title));
      assert.ok(others.length >= 1, 'an alternative fix (Xavier with the ReLU gain)');
      for (const a of others) {
        const text = applyEdits(ex.text, a.edit!.changes![ex.uri]!);
        assert.deepEqual((await c.fresh(text, 'alt')).diagnostics, [], `${a.title}\n${text}`);
      }
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('"Fix all IL001" fixes both zero hidden layers at once', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const text = ex.text.replace('        nn.init.zeros_(self.fc2.weight)\n', '        nn.init.zeros_(self.fc1.weight)\n        nn.init.zeros_(self.fc2.weight)\n');
      const p = await open(c, ex.uri, text);
      assert.equal(p.diagnostics.length, 2);
      const actions = await actionsFor(c, ex.uri, p.diagnostics[0]!);
      const all = actions.find((a) => /fix all IL001/i.test(a.title));
      assert.ok(all, `a "Fix all IL001" action: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(all.kind, 'quickfix');
      const n = c.count(ex.uri);
      const fixed = await apply(c, ex.uri, text, 2, all);
      assert.doesNotMatch(fixed, /zeros_\(self\.fc[12]\.weight\)/);
      const after = await c.waitForDiagnostics(ex.uri, () => true, { after: n });
      assert.deepEqual(after.diagnostics, []);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('"Suppress IL001 on this line" and "... in this file" silence it', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const p = await open(c, ex.uri, ex.text);
      const actions = await actionsFor(c, ex.uri, p.diagnostics[0]!);
      const line = actions.find((a) => /^Suppress IL001 on this line/i.test(a.title))!;
      const file = actions.find((a) => /^Suppress IL001 in this file/i.test(a.title))!;
      let n = c.count(ex.uri);
      const suppressed = await apply(c, ex.uri, ex.text, 2, line);
      assert.match(suppressed.split('\n')[12]!, /zeros_\(self\.fc2\.weight\)\s+# initlint: disable=IL001$/);
      let after = await c.waitForDiagnostics(ex.uri, () => true, { after: n });
      assert.deepEqual(after.diagnostics, []);
      // Back to the original text (full-text change), then the file-wide suppression.
      n = c.count(ex.uri);
      await c.change(ex.uri, 3, [{ text: ex.text }]);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1, { after: n });
      n = c.count(ex.uri);
      const fileSuppressed = await apply(c, ex.uri, ex.text, 4, file);
      assert.match(fileSuppressed, /^# initlint: disable-file=IL001$/m);
      after = await c.waitForDiagnostics(ex.uri, () => true, { after: n });
      assert.deepEqual(after.diagnostics, []);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('code actions away from any finding: none (or only non-fix actions), never an error', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await open(c, ex.uri, ex.text);
      const res = await c.request<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri: ex.uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
        context: { diagnostics: [] },
      });
      assert.ok(res === null || res.every((a) => !/IL001/.test(a.title)), JSON.stringify(res));
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
