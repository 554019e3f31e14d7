// The server over a project's files: a model built from a block in another module is checked
// through the import, with the finding published on the module that holds the fault (open in the
// editor or not), and re-checked when that module is edited; the project's pyproject.toml is looked
// up no higher than the workspace folder, and workspace/didChangeWorkspaceFolders moves that stop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CAPABILITIES, withServer } from './lsp';

let root: string;

function write(rel: string, text: string): { path: string; uri: string; text: string } {
  const file = join(root, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return { path: file, uri: pathToFileURL(file).toString(), text };
}

const INIT_BAD = `import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=1.0)
`;

const INIT_GOOD = INIT_BAD.replace('nn.init.normal_(m.weight, std=1.0)', 'nn.init.kaiming_normal_(m.weight, nonlinearity="relu")');

const MODEL = `import torch
import torch.nn as nn
from .init import init_weights


class Net(nn.Module):
    def __init__(self, d=512):
        super().__init__()
        self.inp = nn.Linear(d, d)
        self.head = nn.Linear(d, 10)
        self.apply(init_weights)

    def forward(self, x):
        return self.head(torch.relu(self.inp(x)))
`;

const ZEROED = `import torch.nn as nn


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(256, 1024)
        self.fc2 = nn.Linear(1024, 10)
        nn.init.zeros_(self.fc1.weight)

    def forward(self, x):
        return self.fc2(self.fc1(x).relu())
`;

const WITH_FOLDERS = { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceFolders: true } };

before(() => {
  root = mkdtempSync(join(tmpdir(), 'initlint-ws-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

test('a fault in an imported init helper is published on the helper, and withdrawn once the open helper is fixed', async (t) => {
  write('proj/pyproject.toml', '[project]\nname = "demo"\n');
  write('proj/pkg/__init__.py', '');
  const helper = write('proj/pkg/init.py', INIT_BAD);
  const model = write('proj/pkg/model.py', MODEL);
  await withServer(
    async (c) => {
      await c.open(model.uri, model.text);
      // The helper is not open: its diagnostic comes from model.py's analysis.
      const there = await c.waitForDiagnostics(helper.uri, (p) => p.diagnostics.length > 0, { what: 'the helper diagnostic' });
      assert.deepEqual(
        there.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`),
        ['5:IL003'],
      );
      assert.match(String(there.diagnostics[0]!.message), /not scaled to fan_in 512/);
      assert.deepEqual((await c.waitForDiagnostics(model.uri)).diagnostics, []);
      // The user opens the helper and fixes it without saving: model.py is checked again with the editor's text.
      const before = c.count(helper.uri);
      await c.open(helper.uri, INIT_GOOD);
      const fixed = await c.waitForDiagnostics(helper.uri, (p) => p.diagnostics.length === 0, { after: before, what: 'the helper diagnostic withdrawn' });
      assert.deepEqual(fixed.diagnostics, []);
      // Closing the unsaved helper brings back the file on disk, and its fault.
      const beforeClose = c.count(helper.uri);
      await c.close(helper.uri);
      await c.waitForDiagnostics(helper.uri, (p) => p.diagnostics.some((d) => d.code === 'IL003'), { after: beforeClose, what: 'the fault on disk reported again' });
      // Closing the model withdraws what it said about the helper.
      const beforeModelClose = c.count(helper.uri);
      await c.close(model.uri);
      await c.waitForDiagnostics(helper.uri, (p) => p.diagnostics.length === 0, { after: beforeModelClose, what: 'diagnostics withdrawn with the model' });
    },
    { signal: t.signal, workspaceFolders: [join(root, 'proj')] },
  );
});

test('pyproject.toml above the workspace folder is not read; a folder change moves the stop', async (t) => {
  // The parent folder's settings silence everything; the workspace folder has none of its own.
  write('outer/pyproject.toml', '[tool.initlint]\nignore = ["ALL"]\n');
  const model = write('outer/ws/mlp.py', ZEROED);
  await withServer(
    async (c) => {
      await c.open(model.uri, model.text);
      const p = await c.waitForDiagnostics(model.uri, (x) => x.diagnostics.length > 0, { what: 'IL001 with the parent pyproject.toml not read' });
      assert.deepEqual(p.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`), ['8:IL001']);
      // The parent folder becomes the workspace folder: its pyproject.toml is now the project's.
      const n = c.count(model.uri);
      await c.notify('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: pathToFileURL(join(root, 'outer')).toString(), name: 'outer' }], removed: [{ uri: pathToFileURL(join(root, 'outer', 'ws')).toString(), name: 'ws' }] },
      });
      const silenced = await c.waitForDiagnostics(model.uri, () => true, { after: n, what: 'diagnostics after the folder change' });
      assert.deepEqual(silenced.diagnostics, []);
      assert.equal(c.initializeResult?.capabilities.workspace?.workspaceFolders?.changeNotifications, true);
    },
    { signal: t.signal, workspaceFolders: [join(root, 'outer', 'ws')], capabilities: WITH_FOLDERS },
  );
});
