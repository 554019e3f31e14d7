// LSP protocol tests, lifecycle: initialize answers the capabilities the contract promises, and
// shutdown + exit ends the process with code 0; requests before initialize are ServerNotInitialized,
// a second initialize and requests after shutdown InvalidRequest, as the LSP specification says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { CAPABILITIES, example, TestClient, withServer } from './lsp';

/** The error a request is answered with (a result fails the test). */
async function errorOf(c: TestClient, method: string, params: unknown): Promise<ResponseError<unknown>> {
  try {
    const r = await c.request(method, params, 5_000);
    assert.fail(`${method} was answered ${JSON.stringify(r)}, expected an error`);
  } catch (err) {
    assert.ok(err instanceof ResponseError, `${method}: ${String(err)}`);
    return err;
  }
}

test('initialize: capabilities for sync, hover, code actions, inlay hints, the report command, notebooks', { timeout: 30_000 }, async (t) => {
  await withServer(async (c) => {
    const caps = c.initializeResult!.capabilities;
    const sync = caps.textDocumentSync;
    assert.ok(sync && typeof sync === 'object', 'textDocumentSync is an options object');
    assert.equal(sync.change, 2, 'incremental text sync');
    assert.equal(sync.openClose, true);
    assert.ok(caps.hoverProvider, 'hoverProvider');
    assert.ok(caps.codeActionProvider, 'codeActionProvider');
    if (typeof caps.codeActionProvider === 'object') {
      assert.ok(caps.codeActionProvider.codeActionKinds?.includes('quickfix'), 'quickfix kind advertised');
    }
    assert.ok(caps.inlayHintProvider, 'inlayHintProvider');
    assert.ok(caps.executeCommandProvider?.commands.includes('initlint.propagationReport'), 'initlint.propagationReport command');
    const nb = caps.notebookDocumentSync;
    assert.ok(nb, 'notebookDocumentSync');
    const selectors = 'notebookSelector' in nb ? nb.notebookSelector : [];
    const jupyter = selectors.find((s) => {
      const n = s.notebook;
      return typeof n === 'string' ? n === 'jupyter-notebook' : n?.notebookType === 'jupyter-notebook';
    });
    assert.ok(jupyter, `a jupyter-notebook selector in ${JSON.stringify(nb)}`);
    assert.ok(jupyter.cells?.some((cell) => cell.language === 'python'), 'python cells');
    // The server pulls its settings once initialized.
    await c.until(() => (c.serverRequests.includes('workspace/configuration') ? true : undefined), 'a workspace/configuration request');
  }, { signal: t.signal });
});

test('shutdown then exit: the process ends with code 0', { timeout: 30_000 }, async (t) => {
  const c = await TestClient.start({ signal: t.signal });
  try {
    const code = await c.shutdown();
    assert.equal(code, 0, `exit code${c.describe()}`);
  } finally {
    await c.dispose();
  }
});

test('exit without shutdown: the process ends with code 1 (LSP rule), not a hang', { timeout: 30_000 }, async (t) => {
  const c = await TestClient.start({ signal: t.signal });
  try {
    await c.notify('exit', null);
    const { code } = await c.withTimeout(c.exited, 5_000, 'process exit');
    assert.equal(code, 1);
  } finally {
    await c.dispose();
  }
});

test('before initialize: requests are answered ServerNotInitialized (-32002), notifications dropped', { timeout: 30_000 }, async (t) => {
  const c = await TestClient.start({ signal: t.signal, uninitialized: true, settings: { debounceMs: 10 } });
  try {
    const ex = example('bad_zero_hidden_layer.py');
    await c.open(ex.uri, ex.text);
    for (const method of ['textDocument/hover', 'textDocument/codeAction', 'shutdown', 'initlint/noSuchMethod']) {
      const err = await errorOf(c, method, { textDocument: { uri: ex.uri }, position: { line: 0, character: 0 } });
      assert.equal(err.code, -32002, `${method}: ${err.message}`);
    }
    await c.request('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
    await c.notify('initialized', {});
    // The didOpen sent before initialize was dropped: the document is unknown, so no hover.
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: ex.uri }, position: { line: 11, character: 22 } }), null);
    assert.equal(c.count(ex.uri), 0, 'no diagnostics for a document opened before initialize');
    await c.open(ex.uri, ex.text);
    const p = await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1);
    assert.equal(p.diagnostics[0]!.code, 'IL001');
  } finally {
    await c.dispose();
  }
});

test('a second initialize is refused with InvalidRequest (-32600) and the session goes on', { timeout: 30_000 }, async (t) => {
  await withServer(async (c) => {
    const err = await errorOf(c, 'initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
    assert.equal(err.code, -32600);
    assert.match(err.message, /only be sent once/);
    const ex = example('bad_zero_hidden_layer.py');
    await c.open(ex.uri, ex.text);
    await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1, { what: 'diagnostics after a refused initialize' });
  }, { signal: t.signal });
});

test('initialize without capabilities is InvalidParams (-32602); a proper one afterwards works', { timeout: 30_000 }, async (t) => {
  const c = await TestClient.start({ signal: t.signal, uninitialized: true });
  try {
    const err = await errorOf(c, 'initialize', { processId: process.pid });
    assert.equal(err.code, -32602);
    const r = await c.request<{ capabilities: unknown }>('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
    assert.ok(r.capabilities);
  } finally {
    await c.dispose();
  }
});

test('after shutdown: requests are InvalidRequest (-32600), document notifications ignored, exit ends with 0', { timeout: 30_000 }, async (t) => {
  const c = await TestClient.start({ signal: t.signal, settings: { debounceMs: 10 } });
  try {
    const ex = example('bad_zero_hidden_layer.py');
    await c.open(ex.uri, ex.text);
    await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1);
    assert.equal(await c.request('shutdown', null), null);
    for (const method of ['textDocument/hover', 'shutdown', 'initialize']) {
      const err = await errorOf(c, method, { textDocument: { uri: ex.uri }, position: { line: 11, character: 22 }, capabilities: {} });
      assert.equal(err.code, -32600, `${method}: ${err.message}`);
    }
    const n = c.count(ex.uri);
    await c.change(ex.uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(c.count(ex.uri), n, 'no analysis after shutdown');
    await c.notify('exit', null);
    const { code } = await c.withTimeout(c.exited, 5_000, 'process exit');
    assert.equal(code, 0);
  } finally {
    await c.dispose();
  }
});
