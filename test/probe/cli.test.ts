// `initlint probe` and `initlint report` from the bundle (dist/cli.js with dist/tfjs-runtime.js,
// dist/probe-worker.js and the wasm files beside it), as a user runs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ROOT, runCli, tempDir } from '../cli/helpers';
import { parseArgs } from '../../engine/cli/args';

const skip = !fs.existsSync(path.join(ROOT, 'dist', 'tfjs-runtime.js')) && 'dist/tfjs-runtime.js missing: run npm run build';

test('probe and report arguments', () => {
  assert.deepEqual(parseArgs(['probe', 'm.py', '-b', 'cpu', '--format=json', '--batch', '64', '--model', 'Net']), {
    command: 'probe', file: 'm.py', backend: 'cpu', quiet: false, model: 'Net', batch: 64, format: 'json',
  });
  const r = parseArgs(['report', 'm.py', '-o', 'out.html', '--no-probe']);
  assert.equal(r.command, 'report');
  assert.throws(() => parseArgs(['probe', 'm.py', '--backend', 'tpu']), /invalid --backend 'tpu'/);
  assert.throws(() => parseArgs(['probe']), /no file given/);
  assert.deepEqual(parseArgs(['probe', '--help']), { command: 'help', topic: 'probe' });
});

test('initlint probe --format json follows the DESIGN.md section 8 contract', { skip }, () => {
  const r = runCli(['probe', path.join(ROOT, 'examples', 'good_mlp.py'), '--format', 'json', '--backend', 'wasm'], ROOT);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.version, 1);
  assert.equal(j.backend, 'wasm');
  assert.equal(typeof j.device, 'string');
  const m = j.models[0];
  assert.equal(typeof m.name, 'string');
  assert.ok(m.range && typeof m.timeMs === 'number');
  assert.equal(m.layers.length, 21);
  for (const l of m.layers) {
    for (const k of ['name', 'kind', 'range', 'fanIn', 'fanOut', 'weightVar', 'predicted', 'measured']) assert.ok(k in l, k);
    for (const k of ['forward', 'backward', 'mean', 'dead', 'saturated']) assert.ok(k in l.measured, k);
    // He init keeps the forward second moment near 1 through the ReLU stack
    if (l.kind === 'Linear' && l.fanOut === 512) assert.ok(l.measured.forward > 0.6 && l.measured.forward < 1.6, `${l.name}: ${l.measured.forward}`);
  }
});

test('initlint probe prints a per-layer table; report writes HTML with a plot per model', { skip }, () => {
  const dir = tempDir();
  const r = runCli(['probe', path.join(ROOT, 'examples', 'bad_he_init_before_tanh.py'), '-b', 'cpu'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /backend cpu on .*JavaScript/);
  assert.match(r.stdout, /layer\s+kind\s+fan_in\s+fan_out\s+weight var\s+pred fwd\s+pred bwd\s+meas fwd\s+meas bwd/);
  assert.match(r.stdout, /self\.layers\[0\]\s+Linear\s+256\s+256/);
  const out = path.join(dir, 'r.html');
  const rep = runCli(['report', path.join(ROOT, 'examples', 'bad_he_init_before_tanh.py'), '-o', out, '-b', 'wasm'], dir);
  assert.equal(rep.code, 0, rep.stderr);
  const html = fs.readFileSync(out, 'utf8');
  // the model and its Kaiming, Xavier and LeCun alternatives: one plot each
  assert.equal((html.match(/<svg[\s>]/g) ?? []).length, 4);
  assert.match(html, /measured by a probe on wasm/);
  assert.match(html, /Xavier \(Glorot\)/);
  assert.ok(CLI);
});
