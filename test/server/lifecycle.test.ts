// LSP protocol tests, lifecycle: initialize answers the capabilities the contract promises, and
// shutdown + exit ends the process with code 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, withServer } from './lsp';

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
