// Loads the TensorFlow.js bundle (tf-runtime.ts built by scripts/build.mjs) on first use. Its path
// is computed at run time so that esbuild leaves it out of the CLI and server bundles:
// dist/tfjs-runtime.js beside a bundle, out/engine/probe/tfjs-runtime.js beside the tsc output
// (tsc's own out/engine/probe/tf-runtime.js cannot load in plain Node and is never used).
import * as fs from 'node:fs';
import * as path from 'node:path';

export type TfRuntime = typeof import('./tf-runtime');
export type Tf = TfRuntime['tf'];

let runtime: TfRuntime | undefined;

/** Candidate files of the bundle, most specific first. */
export function runtimeCandidates(dir: string = __dirname): string[] {
  return [path.join(dir, 'tfjs-runtime.js'), path.join(dir, '..', 'out', 'engine', 'probe', 'tfjs-runtime.js')];
}

export function loadTfRuntime(): TfRuntime {
  if (runtime) return runtime;
  const file = process.env['INITLINT_TFJS_RUNTIME'] ?? runtimeCandidates().find((f) => fs.existsSync(f));
  if (!file) throw new Error(`the TensorFlow.js runtime bundle is missing (looked for ${runtimeCandidates().join(', ')}); run npm run build`);
  // A computed path: bundlers leave this require alone.
  const req = require;
  runtime = req(file) as TfRuntime;
  return runtime;
}
