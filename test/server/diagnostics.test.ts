// LSP protocol tests, diagnostics: the findings of the examples arrive as published diagnostics with
// code, codeDescription, source, severity and related information; good examples stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { example, withServer } from './lsp';

const SETTINGS = { enable: true, debounceMs: 20 };

test('didOpen of bad_zero_hidden_layer.py: IL001 on the zeros_ line (12), warning, with code description', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      const p = await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length > 0);
      assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics, null, 1));
      const d = p.diagnostics[0]!;
      assert.equal(d.code, 'IL001');
      assert.equal(d.source, 'initlint');
      assert.equal(d.severity, 2, 'warning: only one of the two hidden layers is zero');
      assert.deepEqual(d.range.start, { line: 12, character: 8 });
      assert.equal(d.range.end.line, 12);
      assert.match(String(d.message), /fc2/);
      assert.match(String(d.message), /fan_in 512/);
      const href = d.codeDescription?.href;
      assert.ok(href, 'codeDescription.href');
      const url = new URL(href);
      if (url.protocol === 'file:') assert.ok(fs.existsSync(fileURLToPath(url)), `the rule doc ${href} exists`);
      if (p.version !== undefined) assert.equal(p.version, 1);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('every hidden layer zero: IL001 is an error on both lines', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      const text = ex.text.replace('        nn.init.zeros_(self.fc2.weight)\n', '        nn.init.zeros_(self.fc1.weight)\n        nn.init.zeros_(self.fc2.weight)\n');
      await c.open(ex.uri, text);
      const p = await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length > 0);
      assert.deepEqual(
        p.diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
        [
          ['IL001', 1, 12],
          ['IL001', 1, 13],
        ],
      );
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('IL004 carries relatedInformation pointing at the activation (.tanh())', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_he_init_before_tanh.py');
      await c.open(ex.uri, ex.text);
      const p = await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length > 0);
      const d = p.diagnostics.find((x) => x.code === 'IL004');
      assert.ok(d, JSON.stringify(p.diagnostics));
      assert.equal(d.severity, 2);
      assert.equal(d.range.start.line, 11);
      const rel = d.relatedInformation ?? [];
      assert.ok(rel.length >= 1, 'relatedInformation');
      const tanh = rel.find((r) => r.location.range.start.line === 16);
      assert.ok(tanh, `related information on line 16 (x = layer(x).tanh()): ${JSON.stringify(rel)}`);
      assert.equal(tanh.location.uri, ex.uri);
      assert.match(tanh.message, /tanh/);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('good_* examples publish no diagnostics; bad_* examples publish their codes', { timeout: 60_000 }, async (t) => {
  await withServer(
    async (c) => {
      const expected: Record<string, string[]> = {
        'good_mlp.py': [],
        'good_gpt.py': [],
        'good_resnet_block.py': [],
        'bad_deep_default_mlp.py': ['IL005'],
        'bad_unscaled_normal.py': ['IL003'],
      };
      for (const name of Object.keys(expected)) {
        const ex = example(name);
        await c.open(ex.uri, ex.text);
      }
      for (const [name, codes] of Object.entries(expected)) {
        const ex = example(name);
        const p = await c.waitForDiagnostics(ex.uri, () => true, { what: `diagnostics for ${name}` });
        const got = [...new Set(p.diagnostics.map((d) => String(d.code)))];
        for (const code of codes) assert.ok(got.includes(code), `${name}: ${code} in ${JSON.stringify(got)}`);
        if (codes.length === 0) assert.deepEqual(p.diagnostics, [], `${name} is silent`);
        for (const d of p.diagnostics) assert.equal(d.source, 'initlint');
      }
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('settings: rules.IL001 = "off" clears the diagnostic, "error" changes its severity; enable=false clears all', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1);
      let n = c.count(ex.uri);
      await c.configure({ ...SETTINGS, rules: { IL001: 'off' } });
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 0, { after: n, what: 'IL001 off' });
      n = c.count(ex.uri);
      await c.configure({ ...SETTINGS, rules: { IL001: 'error' } });
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1 && d.diagnostics[0]!.severity === 1, { after: n, what: 'IL001 as error' });
      n = c.count(ex.uri);
      await c.configure({ ...SETTINGS, ignore: ['IL001'] });
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 0, { after: n, what: 'ignore IL001' });
      n = c.count(ex.uri);
      await c.configure({ ...SETTINGS, select: ['IL001'] });
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1, { after: n, what: 'select IL001' });
      n = c.count(ex.uri);
      await c.configure({ ...SETTINGS, enable: false });
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 0, { after: n, what: 'enable=false' });
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('didClose clears the document\'s diagnostics', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('bad_zero_hidden_layer.py');
      await c.open(ex.uri, ex.text);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 1);
      const n = c.count(ex.uri);
      await c.close(ex.uri);
      await c.waitForDiagnostics(ex.uri, (d) => d.diagnostics.length === 0, { after: n, what: 'cleared on close' });
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
