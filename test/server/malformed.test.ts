// LSP protocol tests, malformed input: broken frames (no Content-Length, a wrong one, junk), bodies
// that are not JSON, messages of the wrong shape, malformed notebook documents and settings outside
// their declared ranges are answered with the error JSON-RPC names or dropped with a warning, and
// never poison the messages after them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { example, frame, rawId, ROOT, withServer, type TestClient } from './lsp';

const SETTINGS = { enable: true, debounceMs: 20 };

/** A hover frame under a raw id, and the line of the zero-initialised layer it points at. */
function hover(uri: string): { id: string; bytes: Buffer } {
  const id = rawId();
  return { id, bytes: frame({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 9, character: 22 } } }) };
}

async function openExample(c: TestClient): Promise<string> {
  const ex = example('bad_zero_hidden_layer.py');
  await c.open(ex.uri, ex.text);
  await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1);
  return ex.uri;
}

test('broken frames are dropped and the next message is still read', { timeout: 60_000 }, async (t) => {
  await withServer(
    async (c) => {
      const uri = await openExample(c);
      const body = JSON.stringify({ jsonrpc: '2.0', id: 'never', method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 9, character: 22 } } });
      const broken: [string, Buffer][] = [
        ['no Content-Length', Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`)],
        ['a Content-Length that is not a number', Buffer.from(`Content-Length: twelve\r\n\r\n${body}`)],
        ['a Content-Length too long', Buffer.from(`Content-Length: ${body.length + 300}\r\n\r\n${body}`)],
        ['a Content-Length too short', Buffer.from(`Content-Length: ${body.length - 7}\r\n\r\n${body}`)],
        ['a Content-Length over the limit', Buffer.from(`Content-Length: ${2 ** 40}\r\n\r\n${body}`)],
        ['a header line without a colon', Buffer.from(`garbage\r\n\r\n${body}`)],
        ['junk bytes', Buffer.from([0, 255, 13, 10, 13, 10, 67, 111, 110, 116, 101, 110, 116, 58, 200])],
      ];
      for (const [what, bytes] of broken) {
        const h = hover(uri);
        c.raw(Buffer.concat([bytes, h.bytes]));
        const answer = await c.rawAnswer(h.id, 5_000).catch((err: Error) => assert.fail(`after ${what}: ${err.message}`));
        assert.ok(answer.result && !answer.error, `after ${what}: ${JSON.stringify(answer)}`);
        // The same in two writes, the broken frame first: the server waits for nothing it cannot get.
        const h2 = hover(uri);
        c.raw(bytes);
        await new Promise((r) => setTimeout(r, 30));
        c.raw(h2.bytes);
        const second = await c.rawAnswer(h2.id, 5_000).catch((err: Error) => assert.fail(`after ${what} in its own write: ${err.message}`));
        assert.ok(second.result, `after ${what} in its own write`);
      }
      assert.ok(!c.rawAnswers.some((r) => r.id === 'never'), 'a request inside a broken frame is not answered');
      assert.ok(c.logs.some((l) => /malformed input: \d+ bytes dropped \(a header without Content-Length/.test(l.message)), 'the drop is logged');
      // A frame split byte by byte is still one message.
      const h = hover(uri);
      for (const byte of h.bytes) c.raw(Buffer.from([byte]));
      assert.ok((await c.rawAnswer(h.id)).result, 'a frame written one byte at a time');
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('bodies that are not JSON: ParseError (-32700) with id null; wrong shapes: InvalidRequest or InvalidParams', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const uri = await openExample(c);
      const before = c.rawAnswers.filter((r) => r.id === null).length;
      const bodyFrame = (s: string) => Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n`), Buffer.from(s)]);
      c.raw(bodyFrame('{"jsonrpc":"2.0","id":"raw-x","method":"textDocument/hover","params":{'));
      c.raw(bodyFrame('5'));
      c.raw(bodyFrame('[]'));
      c.raw(bodyFrame('{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover"}'));
      const nulls = await c.until(() => {
        const got = c.rawAnswers.filter((r) => r.id === null).slice(before);
        return got.length >= 4 ? got : undefined;
      }, 'four id-null errors');
      assert.deepEqual(nulls.map((r) => r.error?.code), [-32700, -32600, -32600, -32600]);
      const cases: [unknown, number][] = [
        [{ method: 12, params: {} }, -32600],
        [{ method: 'textDocument/hover', params: 'a string' }, -32600],
        [{ method: 'textDocument/hover', params: { textDocument: 5, position: { line: 0, character: 0 } } }, -32602],
        [{ method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: -1, character: 0 } } }, -32602],
        [{ method: 'textDocument/codeAction', params: { textDocument: { uri }, range: null, context: {} } }, -32602],
        [{ method: 'textDocument/inlayHint', params: { textDocument: { uri } } }, -32602],
        [{ method: 'workspace/executeCommand', params: { command: ['x'] } }, -32602],
        [{ method: 'initlint/noSuchMethod', params: {} }, -32601],
      ];
      for (const [message, code] of cases) {
        const id = rawId();
        c.raw(frame({ jsonrpc: '2.0', id, ...(message as object) }));
        const a = await c.rawAnswer(id);
        assert.equal(a.error?.code, code, `${JSON.stringify(message)}: ${JSON.stringify(a)}`);
      }
      const h = hover(uri);
      c.raw(h.bytes);
      assert.ok((await c.rawAnswer(h.id)).result, 'requests after them are answered');
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

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
const CELL2 = 'model = Classifier()\nnn.init.zeros_(model.fc2.weight)\n';

test('malformed notebook documents are dropped; the same notebook opened properly afterwards gets its diagnostics', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const nbPath = path.join(ROOT, 'test', 'server', '.virtual', 'malformed.ipynb');
      const nbUri = pathToFileURL(nbPath).toString();
      const cell = (i: number) => `vscode-notebook-cell:${nbPath}#W${i}`;
      const malformed: unknown[] = [
        { notebookDocument: { uri: nbUri, notebookType: 'jupyter-notebook', version: 1, cells: [null] }, cellTextDocuments: [] },
        { notebookDocument: { uri: 12345, notebookType: 'jupyter-notebook', version: 1, cells: [] }, cellTextDocuments: [] },
        { notebookDocument: { uri: nbUri, notebookType: 'jupyter-notebook', version: 1, cells: [{ kind: 2, document: cell(0) }] }, cellTextDocuments: [{ uri: cell(0), languageId: 'python', version: 1, text: null }] },
        { notebookDocument: { uri: nbUri, notebookType: 'jupyter-notebook', version: 1, cells: 'all' } },
        null,
      ];
      const logsBefore = c.logs.length;
      for (const params of malformed) await c.notify('notebookDocument/didOpen', params);
      // A change naming a cell the notebook does not have (vscode-languageserver would throw on it).
      await c.notify('notebookDocument/didChange', { notebookDocument: { uri: nbUri, version: 2 }, change: { cells: { data: [{ kind: 2, document: cell(9) }] } } });
      await c.until(() => (c.logs.slice(logsBefore).filter((l) => /notebookDocument\/did(Open|Change).*ignored \(invalid params\)/.test(l.message)).length >= 6 ? true : undefined), 'six warnings');
      await c.notify('notebookDocument/didOpen', {
        notebookDocument: { uri: nbUri, notebookType: 'jupyter-notebook', version: 1, cells: [{ kind: 2, document: cell(0) }, { kind: 2, document: cell(1) }] },
        cellTextDocuments: [
          { uri: cell(0), languageId: 'python', version: 1, text: CELL1 },
          { uri: cell(1), languageId: 'python', version: 1, text: CELL2 },
        ],
      });
      const p = await c.waitForDiagnostics(cell(1), (d) => d.diagnostics.length === 1, { what: 'IL001 on the notebook opened after malformed ones' });
      assert.equal(p.diagnostics[0]!.code, 'IL001');
      assert.equal(p.diagnostics[0]!.range.start.line, 1);
      // A valid change to it still re-checks.
      await c.notify('notebookDocument/didChange', {
        notebookDocument: { uri: nbUri, version: 2 },
        change: { cells: { textContent: [{ document: { uri: cell(1), version: 2 }, changes: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }] }] } },
      });
      await c.waitForDiagnostics(cell(1), (d) => d.diagnostics.length === 0, { after: c.count(cell(1)) - 1, what: 'IL001 gone after deleting the zeros_ line' });
      // Malformed document notifications are dropped the same way.
      await c.notify('textDocument/didOpen', { textDocument: { uri: 42, languageId: 'python', version: 1, text: 'x' } });
      await c.notify('textDocument/didChange', { textDocument: { uri: cell(1), version: 3 }, contentChanges: 'everything' });
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('settings outside their declared ranges: a warning naming the range, the default used (debounceMs 1e9 does not stop diagnostics)', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const uri = await openExample(c);
      const before = c.logs.length;
      await c.configure({ debounceMs: 1e9, maxFileSize: -1, maxAnalysisMs: 10, probe: { budgetMs: 1e12 } });
      const warned = await c.until(() => {
        const w = c.logs.slice(before).filter((l) => l.type === 2 && /must be a number from/.test(l.message));
        return w.length >= 4 ? w.map((l) => l.message) : undefined;
      }, 'four range warnings');
      assert.ok(warned.some((m) => /initlint\.debounceMs must be a number from 0 to 5000, got 1000000000; using the default/.test(m)), warned.join('\n'));
      assert.ok(warned.some((m) => /initlint\.maxAnalysisMs must be a number from 1000 to 600000, got 10/.test(m)));
      const n = c.count(uri);
      const started = Date.now();
      await c.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
      await c.waitForDiagnostics(uri, (d) => d.version === 2, { after: n, what: 'diagnostics after an edit', ms: 5_000 });
      assert.ok(Date.now() - started < 5_000);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
