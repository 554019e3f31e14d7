// LSP protocol tests, notebooks: a jupyter-notebook whose model class is defined in one cell and
// initialised in the next is read as one file, and the finding is published on the right cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { ROOT, withServer } from './lsp';

const CELL1 = `import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, n_in=784, hidden=512, n_classes=10):
        super().__init__()
        self.fc1 = nn.Linear(n_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, n_classes)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.out(x)
`;
const CELL2 = `model = Classifier()
nn.init.zeros_(model.fc2.weight)
`;

const SETTINGS = { enable: true, debounceMs: 20 };

test('notebook: model class in cell 1, zero init in cell 2 -> IL001 on cell 2 line 1; edits in a cell re-check', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const nbPath = path.join(ROOT, 'test', 'server', '.virtual', 'split.ipynb');
      const nbUri = pathToFileURL(nbPath).toString();
      const cellUri = (i: number) => `vscode-notebook-cell:${nbPath}#W${i}sZmlsZQ%3D%3D`;
      const [c1, c2] = [cellUri(0), cellUri(1)];
      await c.notify('notebookDocument/didOpen', {
        notebookDocument: {
          uri: nbUri,
          notebookType: 'jupyter-notebook',
          version: 1,
          cells: [
            { kind: 2, document: c1 },
            { kind: 2, document: c2 },
          ],
        },
        cellTextDocuments: [
          { uri: c1, languageId: 'python', version: 1, text: CELL1 },
          { uri: c2, languageId: 'python', version: 1, text: CELL2 },
        ],
      });
      const p = await c.waitForDiagnostics(c2, (d) => d.diagnostics.length > 0, { what: 'diagnostics on cell 2' });
      assert.deepEqual(
        p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
        [['IL001', 1, 0]],
      );
      assert.equal(p.diagnostics[0]!.range.end.line, 1, 'the range stays inside cell 2');
      assert.ok(!c.latest(c1)?.diagnostics.length, `nothing on cell 1: ${JSON.stringify(c.latest(c1))}`);
      assert.equal(c.latest(nbUri), undefined, 'nothing published on the notebook uri itself');

      // Hover in cell 1 (the constructor) knows about the init in cell 2.
      const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: c1 }, position: { line: 8, character: 22 } });
      assert.ok(h && /fc2/.test(JSON.stringify(h.contents)), `hover on fc2 in cell 1: ${JSON.stringify(h)}`);

      // The quick fix edits cell 2 only.
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: c2 },
        range: p.diagnostics[0]!.range,
        context: { diagnostics: p.diagnostics },
      });
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred?.edit?.changes?.[c2], `the preferred fix edits cell 2: ${JSON.stringify(preferred)}`);
      assert.deepEqual(Object.keys(preferred.edit.changes), [c2]);

      // Change cell 2 to a Kaiming init: the diagnostic goes away.
      const n = c.count(c2);
      await c.notify('notebookDocument/didChange', {
        notebookDocument: { uri: nbUri, version: 2 },
        change: {
          cells: {
            textContent: [
              {
                document: { uri: c2, version: 2 },
                changes: [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 14 } }, text: 'kaiming_normal_' }],
              },
            ],
          },
        },
      });
      const after = await c.waitForDiagnostics(c2, () => true, { after: n, what: 'cell 2 after the edit' });
      assert.deepEqual(after.diagnostics.map((d) => d.code), []);

      // Break it again, then close the notebook: what it published is cleared.
      const m = c.count(c2);
      await c.notify('notebookDocument/didChange', {
        notebookDocument: { uri: nbUri, version: 3 },
        change: {
          cells: {
            textContent: [
              {
                document: { uri: c2, version: 3 },
                changes: [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 23 } }, text: 'zeros_' }],
              },
            ],
          },
        },
      });
      await c.waitForDiagnostics(c2, (d) => d.diagnostics.length === 1, { after: m, what: 'IL001 back on cell 2' });
      const k = c.count(c2);
      await c.notify('notebookDocument/didClose', { notebookDocument: { uri: nbUri }, cellTextDocuments: [{ uri: c1 }, { uri: c2 }] });
      await c.waitForDiagnostics(c2, (d) => d.diagnostics.length === 0, { after: k, what: 'cell 2 cleared on close' });
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('notebook: a cell added in front shifts nothing in the other cells; a markdown cell is skipped', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const nbPath = path.join(ROOT, 'test', 'server', '.virtual', 'cells.ipynb');
      const nbUri = pathToFileURL(nbPath).toString();
      const cellUri = (i: number) => `vscode-notebook-cell:${nbPath}#X${i}`;
      await c.notify('notebookDocument/didOpen', {
        notebookDocument: {
          uri: nbUri,
          notebookType: 'jupyter-notebook',
          version: 1,
          cells: [
            { kind: 1, document: cellUri(0) },
            { kind: 2, document: cellUri(1) },
            { kind: 2, document: cellUri(2) },
          ],
        },
        cellTextDocuments: [
          { uri: cellUri(0), languageId: 'markdown', version: 1, text: '# A model\n\nsplit over cells\n' },
          { uri: cellUri(1), languageId: 'python', version: 1, text: CELL1 },
          { uri: cellUri(2), languageId: 'python', version: 1, text: CELL2 },
        ],
      });
      await c.waitForDiagnostics(cellUri(2), (d) => d.diagnostics.length === 1 && d.diagnostics[0]!.range.start.line === 1);
      const n = c.count(cellUri(2));
      // Insert a new code cell at index 1 (before the class).
      await c.notify('notebookDocument/didChange', {
        notebookDocument: { uri: nbUri, version: 2 },
        change: {
          cells: {
            structure: {
              array: { start: 1, deleteCount: 0, cells: [{ kind: 2, document: cellUri(9) }] },
              didOpen: [{ uri: cellUri(9), languageId: 'python', version: 1, text: 'import math\nSEED = 0\n\n' }],
            },
          },
        },
      });
      await c.until(() => ((c.published.get(cellUri(2)) ?? []).length > n || c.published.has(cellUri(9)) ? true : undefined), 'a publication after the structure change');
      const latest = await c.until(() => {
        const p = c.latest(cellUri(2));
        return p && p.diagnostics.length === 1 ? p : undefined;
      }, 'IL001 still on cell 2');
      assert.deepEqual(latest.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['IL001', 1, 0]]);
      assert.ok(!c.latest(cellUri(0))?.diagnostics.length, 'nothing on the markdown cell');
      assert.ok(!c.latest(cellUri(9))?.diagnostics.length, 'nothing on the new cell');
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
