// Everything of TensorFlow.js that probes use, in one module that the build bundles with esbuild
// (scripts/build.mjs): to out/engine/probe/tfjs-runtime.js (for the tests and benches) and to
// dist/tfjs-runtime.js (beside the CLI and server bundles). Plain Node cannot load
// tfjs-core's gradient registrations (its ESM files import without extensions); a bundle resolves
// them, with the ES module builds of every package so that there is one copy of tfjs-core.
// Nothing imports this file directly: tf-loader.ts requires the bundle on first use, so the CLI's
// `check` and the language server never pay for loading TensorFlow.js.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import * as wasm from '@tensorflow/tfjs-backend-wasm';
import { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';

// PROD: no debug checks, and no "install tfjs-node" banner on the first CPU use.
tf.env().set('PROD', true);

export { tf, wasm, WebGPUBackend };
