// LSP protocol tests, hover and inlay hints: the hover on a layer shows its fans, initializer and
// variance, activation and gain, and predictions; inlay hints sit at the end of layer lines and go
// away when `initlint.inlayHints.enable` is turned off (and come back when it is turned on).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { example, find, withServer, type TestClient } from './lsp';

const SETTINGS = { enable: true, debounceMs: 20, inlayHints: { enable: true } };

function markdown(h: Hover | null): string {
  assert.ok(h, 'a hover');
  const contents = h.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown', `markdown hover: ${JSON.stringify(h.contents)}`);
  return contents.value;
}

async function hover(c: TestClient, uri: string, position: { line: number; character: number }): Promise<Hover | null> {
  return c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
}

async function hints(c: TestClient, uri: string, lines: number): Promise<InlayHint[] | null> {
  return c.request<InlayHint[] | null>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
  });
}

function label(h: InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

test('hover on nn.Linear of fc2: markdown naming the layer, fan_in/fan_out and the weight variance', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length > 0);
      const at = find(ex.text, 'nn.Linear(hidden, hidden)');
      const md = markdown(await hover(c, ex.uri, { line: at.line, character: at.character + 4 }));
      assert.match(md, /fc2/);
      assert.match(md, /fan_in\W+512/);
      assert.match(md, /fan_out\W+512/);
      assert.match(md, /variance/i);
      // The init statement of the same layer hovers too.
      const init = find(ex.text, 'nn.init.zeros_(self.fc2.weight)');
      const md2 = markdown(await hover(c, ex.uri, { line: init.line, character: init.character + 10 }));
      assert.match(md2, /fc2/);
      assert.match(md2, /zero/i);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('hover on the layer of good_mlp.py: Kaiming formula, ReLU with its ideal gain, predicted moments', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('good_mlp.py');
      await c.open(ex.uri, ex.text);
      const at = find(ex.text, 'nn.Linear(width, width)');
      const md = markdown(await hover(c, ex.uri, { line: at.line, character: at.character + 3 }));
      assert.match(md, /fan_in\W+512/);
      assert.match(md, /kaiming/i);
      assert.match(md, /variance/i);
      assert.match(md, /relu/i);
      assert.match(md, /gain/i);
      assert.match(md, /predicted/i);
      assert.match(md, /after the stack/i);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('hover away from layers: null', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      assert.equal(await hover(c, ex.uri, { line: 0, character: 2 }), null);
      assert.equal(await hover(c, ex.uri, { line: 22, character: 4 }), null);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('inlay hints: `q <moment> ×<gain>` at the end of each layer line; off and on again with the setting', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const lines = ex.text.split('\n');
      await c.open(ex.uri, ex.text);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length > 0);
      const on = await hints(c, ex.uri, lines.length);
      assert.ok(on && on.length >= 1, `inlay hints: ${JSON.stringify(on)}`);
      for (const h of on) {
        assert.match(label(h), /^q \S+/, `label ${JSON.stringify(label(h))}`);
        assert.equal(h.position.character, lines[h.position.line]!.length, `hint at the end of line ${h.position.line}`);
        assert.match(lines[h.position.line]!, /nn\.Linear\(/, `hint on a layer line: ${lines[h.position.line]}`);
      }
      const fc1Line = find(ex.text, 'self.fc1 = nn.Linear').line;
      assert.ok(on.some((h) => h.position.line === fc1Line), 'a hint on the fc1 line');

      const refreshes = () => c.serverRequests.filter((m) => m === 'workspace/inlayHint/refresh').length;
      const before = refreshes();
      await c.configure({ ...SETTINGS, inlayHints: { enable: false } });
      await c.until(async () => {
        const r = await hints(c, ex.uri, lines.length);
        return r === null || r.length === 0 ? true : undefined;
      }, 'no inlay hints once initlint.inlayHints.enable is false');
      await c.until(() => (refreshes() > before ? true : undefined), 'a workspace/inlayHint/refresh request after the setting changed');

      await c.configure({ ...SETTINGS, inlayHints: { enable: true } });
      const back = await c.until(async () => {
        const r = await hints(c, ex.uri, lines.length);
        return r && r.length === on.length ? r : undefined;
      }, 'inlay hints back once the setting is true again');
      assert.deepEqual(back.map(label), on.map(label));
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('inlay hints honour the requested range', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      const fc2Line = find(ex.text, 'self.fc2 = nn.Linear').line;
      const r = await c.request<InlayHint[] | null>('textDocument/inlayHint', {
        textDocument: { uri: ex.uri },
        range: { start: { line: fc2Line, character: 0 }, end: { line: fc2Line, character: 200 } },
      });
      assert.ok(r, 'hints');
      assert.ok(r.length >= 1 && r.every((h) => h.position.line === fc2Line), JSON.stringify(r));
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
