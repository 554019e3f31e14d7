// LSP protocol tests, responsiveness (issue 11): analysis runs in worker threads, so a 20,000-line
// model file being analysed does not hold up requests on other files; a request waiting for it is
// cancelled at once with RequestCancelled (-32800); a request cancelled in the same write is too; and
// an analysis past initlint.maxAnalysisMs ends with one notice on the file instead of blocking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import { example, frame, rawId, virtualUri, withServer } from './lsp';
import { generatedModelFile } from './storm';

const SETTINGS = { enable: true, debounceMs: 10, probe: { enable: false } };

test('a 20,000-line file being analysed does not hold up hovers on another file (answered in < 2 s)', { timeout: 120_000 }, async (t) => {
  await withServer(
    async (c) => {
      const small = example('bad_zero_hidden_layer.py');
      await c.open(small.uri, small.text);
      await c.waitForDiagnostics(small.uri, (d) => d.diagnostics.length === 1);
      const big = generatedModelFile(20_000);
      assert.ok(big.split('\n').length >= 20_000);
      const bigUri = virtualUri('big-20000.py');
      const opened = Date.now();
      await c.open(bigUri, big);
      await new Promise((r) => setTimeout(r, 100));
      // An edit to the small file needs a fresh analysis while the big one runs.
      await c.change(small.uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }]);
      const t0 = Date.now();
      const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: small.uri }, position: { line: 10, character: 22 } }, 2_000);
      const hoverMs = Date.now() - t0;
      // The big file's first publication is its analysis: none yet means it was still being analysed.
      const bigPublishedAtHover = c.count(bigUri);
      console.log(`hover on the small file answered in ${hoverMs} ms while the 20,000-line file was being analysed`);
      assert.ok(hoverMs < 2_000, `hover took ${hoverMs} ms`);
      assert.ok(h && /self\.fc1/.test(h.contents.value), `the hover of the edited file: ${JSON.stringify(h)}`);
      // A hover on the big file itself waits for its analysis; cancelling it answers -32800 at once.
      const source = new CancellationTokenSource();
      const pending = c.conn.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: { line: 12, character: 20 } }, source.token);
      setTimeout(() => source.cancel(), 100);
      const c0 = Date.now();
      await assert.rejects(pending, (err: unknown) => err instanceof ResponseError && err.code === -32800);
      assert.ok(Date.now() - c0 < 1_000, 'cancelled promptly');
      const p = await c.waitForDiagnostics(bigUri, (d) => d.diagnostics.length > 0, { what: 'the big file\'s diagnostics', ms: 100_000 });
      const bigMs = Date.now() - opened;
      console.log(`the 20,000-line file's ${p.diagnostics.length} diagnostics came after ${bigMs} ms`);
      assert.equal(bigPublishedAtHover, 0, 'the hover was answered while the big file was still being analysed');
      assert.ok(c.published.get(bigUri)![0]!.diagnostics.length > 0, 'the big file\'s first publication is its analysis');
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('requests cancelled in the same write are answered RequestCancelled (-32800)', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1);
      const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
      const requests: [string, unknown][] = [
        ['textDocument/hover', { textDocument: { uri: ex.uri }, position: { line: 10, character: 22 } }],
        ['textDocument/codeAction', { textDocument: { uri: ex.uri }, range, context: { diagnostics: [] } }],
        ['textDocument/inlayHint', { textDocument: { uri: ex.uri }, range }],
        ['workspace/executeCommand', { command: 'initlint.propagationReport', arguments: [{ uri: ex.uri }] }],
      ];
      for (const [method, params] of requests) {
        const id = rawId();
        c.raw(Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })]));
        const a = await c.rawAnswer(id);
        assert.equal(a.error?.code, -32800, `${method}: ${JSON.stringify(a)}`);
        // Not cancelled, the same request has its answer.
        const again = await c.request(method, params, 20_000);
        assert.ok(again !== null && !(Array.isArray(again) && again.length === 0), `${method} uncancelled: ${JSON.stringify(again)?.slice(0, 100)}`);
      }
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('an analysis past initlint.maxAnalysisMs: one notice on the file, the worker replaced, other files still checked', { timeout: 120_000 }, async (t) => {
  await withServer(
    async (c) => {
      const uri = virtualUri('big-50000.py');
      await c.open(uri, generatedModelFile(50_000));
      const p = await c.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0, { what: 'the time-cap notice', ms: 60_000 });
      assert.equal(p.diagnostics.length, 1);
      assert.match(String(p.diagnostics[0]!.message), /initlint stopped checking this file after 1\.0 s \(initlint\.maxAnalysisMs\)/);
      assert.equal(p.diagnostics[0]!.severity, 3);
      const small = example('bad_zero_hidden_layer.py');
      await c.open(small.uri, small.text);
      const q = await c.waitForDiagnostics(small.uri, (d) => d.diagnostics.length === 1, { what: 'diagnostics of another file after the cap', ms: 20_000 });
      assert.equal(q.diagnostics[0]!.code, 'IL001');
      assert.ok(c.logs.some((l) => /ran past 1000 ms; the worker is stopped/.test(l.message)));
    },
    { settings: { ...SETTINGS, maxAnalysisMs: 1000 }, signal: t.signal },
  );
});
