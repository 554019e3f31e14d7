// Builds bench/gpu-compare/dist/: a self-contained bundle of compare.ts, the TensorFlow.js runtime,
// dawn.node (linux-x64 from the `webgpu` package), the wasm backend's files, torch_probe.py and, when
// this machine has it, libvulkan.so.1 (Dawn reaches NVIDIA GPUs through the Vulkan loader).
// Run from the repository root: node bench/gpu-compare/build.mjs
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const out = 'bench/gpu-compare/dist';
mkdirSync(out, { recursive: true });
await esbuild.build({ entryPoints: ['bench/gpu-compare/compare.ts'], outfile: `${out}/compare.js`, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
await esbuild.build({ entryPoints: ['engine/probe/tf-runtime.ts'], outfile: `${out}/tfjs-runtime.js`, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], minify: true, logLevel: 'warning' });
const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
for (const f of readdirSync(wasmDir).filter((f) => f.endsWith('.wasm'))) copyFileSync(join(wasmDir, f), `${out}/${f}`);
copyFileSync(join(dirname(require.resolve('webgpu/package.json')), 'dist', 'linux-x64', 'dawn.node'), `${out}/dawn.node`);
copyFileSync('bench/gpu-compare/torch_probe.py', `${out}/torch_probe.py`);
for (const d of ['/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/lib']) {
  if (existsSync(join(d, 'libvulkan.so.1'))) {
    copyFileSync(join(d, 'libvulkan.so.1'), `${out}/libvulkan.so.1`);
    break;
  }
}
console.log(`built ${out}: ${readdirSync(out).join(', ')}`);
