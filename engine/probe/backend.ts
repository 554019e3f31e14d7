// Backend selection: 'auto' tries tfjs-node (when installed), WebGPU (when the `webgpu` package's
// Dawn binding finds an adapter), WebAssembly, then plain JavaScript; a named backend that cannot
// start falls back along the same order after it. Each backend is an adapter with a start()
// function: the seam through which tests fake a missing or failing backend.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TfRuntime } from './tf-loader';
import { AUTO_ORDER, type BackendChoice, type BackendName } from './types';

export interface BackendAdapter {
  name: BackendName;
  /** Makes the backend current in `rt.tf` and returns the device in words; throws with the reason when it cannot. */
  start(rt: TfRuntime): Promise<{ device: string }>;
}

export interface BackendSelection {
  backend: BackendName;
  device: string;
  fallbacks: { backend: BackendName; reason: string }[];
  ms: number;
}

/** A minimal view of the WebGPU API (navigator.gpu) that the WebGPU adapter needs. */
export interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
}
export interface GpuAdapterLike {
  features: { has(name: string): boolean };
  limits: Record<string, number>;
  info?: { vendor?: string; architecture?: string; device?: string; description?: string; backendType?: string };
  requestDevice(descriptor?: object): Promise<unknown>;
}

export interface AdapterOptions {
  /** Loads tfjs-node (default: require('@tensorflow/tfjs-node')). */
  loadTfjsNode?: () => unknown;
  /** Provides navigator.gpu (default: Dawn's dawn.node from the `webgpu` package, when a Vulkan loader exists on Linux). */
  gpu?: () => GpuLike;
  /** Folder holding tfjs-backend-wasm*.wasm (default: beside the bundle, else the package's dist/). */
  wasmDir?: string;
}

const req = require;

function cpuModel(): string {
  const c = os.cpus();
  return c.length ? `${c[0]!.model.trim()} \u00d7 ${c.length}` : 'CPU';
}

/** The folder of the wasm backend's .wasm files: beside the running bundle, else in node_modules. */
export function wasmDirectory(): string | undefined {
  if (fs.existsSync(path.join(__dirname, 'tfjs-backend-wasm.wasm'))) return __dirname;
  try {
    return path.join(path.dirname(req.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  } catch {
    return undefined;
  }
}

/** Where dawn.node is: beside the bundle (dist/, where scripts/build.mjs copies it for the platform vsix; bench/gpu-compare/dist), else in the `webgpu` package. */
export function dawnNodePath(bundleDir: string = __dirname): string | undefined {
  const beside = path.join(bundleDir, 'dawn.node');
  if (fs.existsSync(beside)) return beside;
  try {
    const dir = path.dirname(req.resolve('webgpu/package.json'));
    const arch = process.platform === 'darwin' ? 'universal' : process.arch;
    const file = path.join(dir, 'dist', `${process.platform}-${arch}`, 'dawn.node');
    return fs.existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** On Linux Dawn reaches the GPU through the Vulkan loader; without it, it prints a warning and finds nothing. */
export function findVulkanLoader(): string | undefined {
  if (process.platform !== 'linux') return 'n/a';
  const dirs = [
    ...(process.env['LD_LIBRARY_PATH'] ?? '').split(':').filter(Boolean),
    __dirname,
    '/usr/lib/x86_64-linux-gnu',
    '/usr/lib/aarch64-linux-gnu',
    '/usr/lib64',
    '/usr/lib',
    '/lib/x86_64-linux-gnu',
    '/lib64',
    '/usr/local/lib',
  ];
  for (const d of dirs) {
    const f = path.join(d, 'libvulkan.so.1');
    if (fs.existsSync(f)) return f;
  }
  return undefined;
}

function defaultGpu(): GpuLike {
  const vulkan = findVulkanLoader();
  if (!vulkan) throw new Error('no Vulkan loader (libvulkan.so.1) found, so Dawn cannot reach a GPU');
  const file = dawnNodePath();
  if (!file) throw new Error('the webgpu package (Dawn) is not installed for this platform');
  const dawn = req(file) as { create(flags: string[]): GpuLike; globals: Record<string, unknown> };
  // WebGPU's constants (GPUBufferUsage, GPUMapMode, ...) are globals in a browser.
  for (const [k, v] of Object.entries(dawn.globals)) if (!(k in globalThis)) (globalThis as Record<string, unknown>)[k] = v;
  return dawn.create([]);
}

export function tfjsNodeAdapter(options: AdapterOptions = {}): BackendAdapter {
  return {
    name: 'tfjs-node',
    async start(rt) {
      try {
        (options.loadTfjsNode ?? (() => req('@tensorflow/tfjs-node')))();
      } catch (e) {
        throw new Error(`@tensorflow/tfjs-node is not installed (${(e as Error).message.split('\n')[0]})`);
      }
      if (!(await rt.tf.setBackend('tensorflow'))) throw new Error('@tensorflow/tfjs-node loaded but its backend did not start');
      return { device: `${cpuModel()} (TensorFlow native)` };
    },
  };
}

export function webgpuAdapter(options: AdapterOptions = {}): BackendAdapter {
  return {
    name: 'webgpu',
    async start(rt) {
      const gpu = (options.gpu ?? defaultGpu)();
      const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
      if (!adapter) throw new Error('no WebGPU adapter found');
      const g = globalThis as { navigator?: { gpu?: unknown } };
      if (!g.navigator) Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true, writable: true });
      if (!g.navigator!.gpu) Object.defineProperty(g.navigator!, 'gpu', { value: gpu, configurable: true, writable: true });
      const features = ['timestamp-query'].filter((f) => adapter.features.has(f));
      const limits = adapter.limits;
      const device = await adapter.requestDevice({
        requiredFeatures: features,
        requiredLimits: {
          maxComputeWorkgroupStorageSize: limits['maxComputeWorkgroupStorageSize'],
          maxComputeWorkgroupsPerDimension: limits['maxComputeWorkgroupsPerDimension'],
          maxStorageBufferBindingSize: limits['maxStorageBufferBindingSize'],
          maxBufferSize: limits['maxBufferSize'],
          maxComputeWorkgroupSizeX: limits['maxComputeWorkgroupSizeX'],
          maxComputeInvocationsPerWorkgroup: limits['maxComputeInvocationsPerWorkgroup'],
        },
      });
      const info = adapter.info ?? {};
      rt.tf.removeBackend('webgpu');
      rt.tf.registerBackend('webgpu', () => new rt.WebGPUBackend(device as never, info as never), 3);
      if (!(await rt.tf.setBackend('webgpu'))) throw new Error('the WebGPU backend did not start');
      const name = [info.vendor, info.device || info.description || info.architecture].filter(Boolean).join(' ') || 'GPU';
      return { device: `${name} (WebGPU${info.backendType ? `, ${info.backendType}` : ''})` };
    },
  };
}

export function wasmAdapter(options: AdapterOptions = {}): BackendAdapter {
  return {
    name: 'wasm',
    async start(rt) {
      const dir = options.wasmDir ?? wasmDirectory();
      if (!dir) throw new Error('the WebAssembly files of @tensorflow/tfjs-backend-wasm are missing');
      rt.wasm.setWasmPaths(`${dir}${path.sep}`);
      if (!(await rt.tf.setBackend('wasm'))) throw new Error('the WebAssembly backend did not start');
      const simd = await rt.tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
      const threads = rt.wasm.getThreadsCount?.() ?? 1;
      return { device: `${cpuModel()} (WebAssembly${simd ? ' SIMD' : ''}, ${threads} thread${threads === 1 ? '' : 's'})` };
    },
  };
}

export function cpuAdapter(): BackendAdapter {
  return {
    name: 'cpu',
    async start(rt) {
      if (!(await rt.tf.setBackend('cpu'))) throw new Error('the CPU backend did not start');
      return { device: `${cpuModel()} (JavaScript)` };
    },
  };
}

export function defaultAdapters(options: AdapterOptions = {}): BackendAdapter[] {
  return [tfjsNodeAdapter(options), webgpuAdapter(options), wasmAdapter(options), cpuAdapter()];
}

/** The backends to try for a choice, in order. */
export function candidateOrder(choice: BackendChoice): BackendName[] {
  if (choice === 'auto') return [...AUTO_ORDER];
  const i = AUTO_ORDER.indexOf(choice);
  return [choice, ...AUTO_ORDER.slice(i + 1).filter((b) => b !== choice)];
}

const started = new WeakMap<BackendAdapter, { device: string }>();

/**
 * Starts the first backend of the choice's order that works. A backend that started once is made
 * current again without starting anew. Throws when none starts (the CPU one always does).
 */
export async function selectBackend(rt: TfRuntime, choice: BackendChoice = 'auto', adapters: BackendAdapter[] = defaultAdapters(), skip: readonly BackendName[] = []): Promise<BackendSelection> {
  const t0 = performance.now();
  const fallbacks: BackendSelection['fallbacks'] = [];
  for (const name of candidateOrder(choice)) {
    if (skip.includes(name)) continue;
    const adapter = adapters.find((a) => a.name === name);
    if (!adapter) {
      fallbacks.push({ backend: name, reason: 'not available in this build' });
      continue;
    }
    try {
      let info = started.get(adapter);
      if (info && rt.tf.findBackend(backendKey(name))) {
        if (!(await rt.tf.setBackend(backendKey(name)))) throw new Error('could not be made current again');
      } else {
        info = await adapter.start(rt);
        started.set(adapter, info);
      }
      return { backend: name, device: info.device, fallbacks, ms: performance.now() - t0 };
    } catch (e) {
      fallbacks.push({ backend: name, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  throw new Error(`no backend could start: ${fallbacks.map((f) => `${f.backend}: ${f.reason}`).join('; ')}`);
}

/** tfjs's own name of a backend. */
export function backendKey(name: BackendName): string {
  return name === 'tfjs-node' ? 'tensorflow' : name;
}
