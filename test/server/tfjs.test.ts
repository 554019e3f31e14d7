// LSP protocol test with a TensorFlow.js model in a JavaScript document: the same diagnostics, fixes
// in TF.js idiom, and hover as for Python (issue 7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers/edits';
import { example, withServer } from './lsp';

test('a TF.js model in JavaScript: IL001 diagnostic, its heNormal fix applied clears it, hover with fans', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('tfjs/bad_zero_hidden_layer.js');
      await c.open(ex.uri, ex.text, 1, 'javascript');
      const p = await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length > 0);
      assert.deepEqual(
        p.diagnostics.map((d) => [d.code, d.range.start.line]),
        [['IL001', 9]],
      );
      const diagnostic = p.diagnostics[0]!;
      assert.match(String(diagnostic.message), /fan_in 30/);

      const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: ex.uri }, position: { line: 5, character: 22 } });
      const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
      assert.match(value, /fan_in 30/);
      assert.match(value, /glorotNormal|zeros/);

      const actions = await c.request<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri: ex.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const preferred = (actions ?? []).find((a) => a.isPreferred);
      assert.ok(preferred?.edit?.changes?.[ex.uri], `a preferred fix: ${JSON.stringify(actions?.map((a) => a.title))}`);
      assert.match(preferred.title, /heNormal/);
      const fixed = applyEdits(ex.text, preferred.edit.changes[ex.uri]!);
      assert.match(fixed, /kernelInitializer: 'heNormal'/);
      await c.notify('textDocument/didChange', { textDocument: { uri: ex.uri, version: 2 }, contentChanges: [{ text: fixed }] });
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 0 && (d.version === undefined || d.version === 2));
    },
    { settings: { enable: true, debounceMs: 20 }, signal: t.signal },
  );
});
