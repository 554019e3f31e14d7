// LSP protocol tests, workspace/executeCommand initlint.propagationReport: per-layer data with
// predictions for good_mlp.py, and the rendered HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { example, withServer } from './lsp';

interface Layer {
  id: string;
  name: string;
  kind: string;
  fanIn?: number;
  fanOut?: number;
  weightVar?: number;
  predicted?: { forward: number; backward: number; chi: number };
}
interface Report {
  version: number;
  path: string;
  models: { name: string; range: unknown; layers: Layer[]; notes: string[] }[];
  html?: string;
}

const SETTINGS = { enable: true, debounceMs: 20 };

test('propagationReport on good_mlp.py: 21 layers with fans, He variance and predictions near 1, and HTML', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('good_mlp.py');
      await c.open(ex.uri, ex.text);
      const r = await c.request<Report | null>('workspace/executeCommand', { command: 'initlint.propagationReport', arguments: [{ uri: ex.uri }] });
      assert.ok(r, 'a report');
      assert.equal(r.version, 1);
      assert.ok(r.path.endsWith('good_mlp.py'), r.path);
      assert.equal(r.models.length, 1, JSON.stringify(r.models.map((m) => m.name)));
      const m = r.models[0]!;
      assert.ok(m.range, 'model range');
      assert.ok(Array.isArray(m.notes));
      assert.equal(m.layers.length, 21, m.layers.map((l) => l.name).join(', '));
      const hidden = m.layers.slice(0, 20);
      for (const l of hidden) {
        assert.equal(typeof l.id, 'string');
        assert.equal(l.kind, 'Linear');
        assert.equal(l.fanIn, 512);
        assert.equal(l.fanOut, 512);
        assert.ok(Math.abs(l.weightVar! - 2 / 512) < 1e-9, `He variance 2/512, got ${l.weightVar}`);
        assert.ok(l.predicted, `${l.name} has a prediction`);
        for (const k of ['forward', 'backward', 'chi'] as const) assert.ok(Number.isFinite(l.predicted[k]), `${l.name}.predicted.${k}`);
        assert.ok(l.predicted.forward > 0.1 && l.predicted.forward < 10, `${l.name} forward ${l.predicted.forward} near 1`);
        assert.ok(Math.abs(l.predicted.chi - 1) < 0.05, `${l.name} chi ${l.predicted.chi} about 1 (He before ReLU)`);
      }
      const head = m.layers[20]!;
      assert.equal(head.fanOut, 10);
      assert.equal(typeof r.html, 'string', 'the report carries its rendered html');
      assert.match(r.html!, /<svg|<html|<table/i);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});

test('propagationReport with a model name filters; unknown names, uris and arguments answer without a crash', { timeout: 30_000 }, async (t) => {
  await withServer(
    async (c) => {
      const ex = example('good_resnet_block.py');
      await c.open(ex.uri, ex.text);
      const all = await c.request<Report | null>('workspace/executeCommand', { command: 'initlint.propagationReport', arguments: [{ uri: ex.uri }] });
      const names = all?.models.map((m) => m.name) ?? [];
      assert.ok(names.includes('SmallResNet'), JSON.stringify(names));
      const one = await c.request<Report | null>('workspace/executeCommand', {
        command: 'initlint.propagationReport',
        arguments: [{ uri: ex.uri, model: 'SmallResNet' }],
      });
      assert.deepEqual(one?.models.map((m) => m.name), ['SmallResNet']);
      assert.ok(one.models[0]!.layers.some((l) => l.kind.startsWith('Conv')), 'conv layers in the ResNet report');
      const none = await c.request<Report | null>('workspace/executeCommand', {
        command: 'initlint.propagationReport',
        arguments: [{ uri: ex.uri, model: 'NoSuchModel' }],
      });
      assert.ok(none === null || none.models.length === 0, JSON.stringify(none));
      for (const args of [[{ uri: 'file:///nowhere/missing.py' }], [], [42], [{ uri: 7 }], undefined]) {
        try {
          const res = await c.request('workspace/executeCommand', { command: 'initlint.propagationReport', ...(args ? { arguments: args } : {}) });
          assert.ok(res === null || (typeof res === 'object' && (res as Report).models.length === 0), `${JSON.stringify(args)} -> ${JSON.stringify(res)}`);
        } catch (err) {
          // A ResponseError is a fine answer; a dead server is not.
          assert.ok(c.alive, `server alive after ${JSON.stringify(args)}: ${String(err)}`);
        }
      }
      assert.ok(c.alive);
    },
    { settings: SETTINGS, signal: t.signal },
  );
});
