// WebGPU probe vs PyTorch eager on CUDA, for several MLP sizes (He/ReLU, depth x width, batch).
// Runs on a GPU machine with nothing installed but the driver, PyTorch and a Node binary: build the
// self-contained bundle here with `node bench/gpu-compare/build.mjs` (bench/gpu-compare/dist/: this
// script, the TensorFlow.js runtime, dawn.node, the wasm files, torch_probe.py and, when found here,
// libvulkan.so.1), copy dist/ there and run
//   LD_LIBRARY_PATH=$PWD/dist node dist/compare.js [--python /usr/bin/python3] [--backend webgpu] [--sizes 20x1024x64,...] [--repeats 5]
// `--dry-run` runs the smallest size on whatever backend starts (wasm here) and PyTorch on its CPU
// when no CUDA device is present, to check the plumbing. See README.md.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Layer, Model } from '../../engine/model/graph';
import { probeInProcess, type BackendChoice } from '../../engine/probe';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/** A He/ReLU MLP as a ModelGraph model (no parser needed). */
export function mlpModel(depth: number, width: number): Model {
  const nodes: Model['nodes'] = [];
  const layers: Layer[] = [];
  for (let i = 0; i < depth; i++) {
    const layer: Layer = {
      id: String(2 * i),
      name: `net[${2 * i}]`,
      kind: 'Linear',
      ctor: 'nn.Linear',
      framework: 'pytorch',
      range,
      inFeatures: width,
      outFeatures: width,
      params: [
        { name: 'weight', role: 'weight', shape: [width, width], init: { source: 'explicit', framework: 'pytorch', name: 'kaiming_normal_', args: { positional: [], keyword: { nonlinearity: 'relu' } } } },
        { name: 'bias', role: 'bias', shape: [width], init: { source: 'explicit', framework: 'pytorch', name: 'zeros_', args: { positional: [], keyword: {} } } },
      ],
    };
    layers.push(layer);
    nodes.push({ type: 'layer', layer }, { type: 'activation', activation: { kind: 'relu' } });
  }
  return { name: `mlp_${depth}x${width}`, framework: 'pytorch', range, nodes, layers, orderKnown: true };
}

interface Size {
  depth: number;
  width: number;
  batch: number;
}

function parseSizes(s: string): Size[] {
  return s.split(',').map((t) => {
    const [depth, width, batch] = t.split('x').map(Number);
    if (!depth || !width || !batch) throw new Error(`bad size '${t}' (expected DEPTHxWIDTHxBATCH)`);
    return { depth, width, batch };
  });
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(argv: string[]): Promise<number> {
  const dry = argv.includes('--dry-run');
  const sizes = parseSizes(arg(argv, '--sizes') ?? (dry ? '4x256x32' : '20x1024x64,30x2048x128,12x4096x256,50x4096x256'));
  const repeats = Number(arg(argv, '--repeats') ?? (dry ? 2 : 5));
  const backend = (arg(argv, '--backend') ?? (dry ? 'auto' : 'webgpu')) as BackendChoice;
  const python = arg(argv, '--python') ?? '/usr/bin/python3';
  const torchScript = path.join(__dirname, 'torch_probe.py');
  const rows: string[] = [];
  console.log(`# initlint probe: ${backend} vs PyTorch eager (${new Date().toISOString()}, ${os.hostname()}, Node ${process.version})`);

  // TensorFlow.js: the first run of each shape compiles shaders: one warm-up, then `repeats` timed runs.
  const tfjs: { device: string; backend: string; run: number; total: number; sample: number }[] = [];
  for (const s of sizes) {
    const request = { path: 'mlp.py', models: [mlpModel(s.depth, s.width)], options: { backend, batch: s.batch, memoryCap: 1e10, seed: 1 } };
    const runs: number[] = [];
    const totals: number[] = [];
    const samples: number[] = [];
    let device = '';
    let used = '';
    for (let i = 0; i <= repeats; i++) {
      const r = await probeInProcess(request);
      if (r.status !== 'ok') throw new Error(`probe failed: ${r.error}`);
      const m = r.models[0]!;
      device = r.device ?? '';
      used = r.backend ?? '';
      if (i === 0) {
        const fb = r.fallbacks.map((f) => `${f.backend}: ${f.reason}`).join('; ');
        console.log(`tfjs ${s.depth}x${s.width} batch ${s.batch}: ${used} on ${device}${fb ? ` (not used: ${fb})` : ''}; first run ${m.timeMs.toFixed(0)} ms`);
        continue;
      }
      runs.push(m.timings.runMs);
      totals.push(m.timeMs);
      samples.push(m.timings.sampleMs);
    }
    tfjs.push({ device, backend: used, run: median(runs), total: median(totals), sample: median(samples) });
  }

  // PyTorch eager, same sizes, same statistics.
  let torch: { device: string; run: number; init: number }[] | undefined;
  if (fs.existsSync(python)) {
    const p = spawnSync(python, [torchScript, JSON.stringify({ sizes, repeats, allowCpu: dry })], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (p.status === 0) torch = JSON.parse(p.stdout.trim().split('\n').pop()!);
    else console.log(`PyTorch run failed (${p.status}): ${p.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  } else console.log(`no ${python}: PyTorch side skipped`);

  rows.push('| size (depth x width, batch) | tfjs backend | tfjs forward+backward+stats ms | tfjs incl. weight sampling ms | PyTorch device | PyTorch forward+backward+stats ms | ratio tfjs/PyTorch |');
  rows.push('|---|---|--:|--:|---|--:|--:|');
  sizes.forEach((s, i) => {
    const t = tfjs[i]!;
    const p = torch?.[i];
    rows.push(`| ${s.depth}x${s.width}, ${s.batch} | ${t.backend} (${t.device}) | ${t.run.toFixed(1)} | ${t.total.toFixed(1)} | ${p?.device ?? '—'} | ${p ? p.run.toFixed(1) : '—'} | ${p ? (t.run / p.run).toFixed(2) : '—'} |`);
  });
  console.log(`\n${rows.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
