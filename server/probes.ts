// Probes in the server: run in a worker thread (engine/probe's runProbe always resolves), never
// awaited by diagnostics, hovers or hints. Results are cached by the model's content (its layers,
// sizes, initializers and order, not its position in the file), so an edit elsewhere keeps them. A
// newer request for the same document cancels the older run. When a run ends, `onResult` lets the
// server refresh inlay hints; hovers read the cache the next time they are asked.
import { createHash } from 'node:crypto';
import type { Model } from '../engine/model/graph';
import { runProbe, type BackendChoice, type ProbeModelResult, type ProbeResult } from '../engine/probe';

export interface ProbeEntry {
  status: 'running' | 'done' | 'failed';
  model?: ProbeModelResult;
  /** The backend and device in words, for hovers: "wasm · WebAssembly (SIMD, 1 thread)". */
  where?: string;
  /** Why the probe could not run (failed), or what it fell back from. */
  reason?: string;
}

export interface ProbeSettings {
  backend: BackendChoice;
  budgetMs: number;
}

/** Keys that do not change what a probe measures (positions, source text, names for messages). */
const POSITIONAL = new Set(['range', 'statementRange', 'callRange', 'text', 'targetText', 'sizeTexts', 'buildSite', 'access', 'name']);

/** Hashes of models already seen (hovers and inlay hints look models up on every request). */
const hashes = new WeakMap<Model, string>();

/** A hash of what the model computes: layers, sizes, initializers, activations and their order. */
export function modelHash(model: Model, settings: ProbeSettings): string {
  let content = hashes.get(model);
  if (content === undefined) {
    const json = JSON.stringify(model.nodes, (key, value: unknown) => (POSITIONAL.has(key) ? undefined : value));
    content = createHash('sha1').update(json).digest('hex');
    hashes.set(model, content);
  }
  return `${settings.backend}:${content}`;
}

export class ProbeManager {
  private readonly cache = new Map<string, ProbeEntry>();
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly settings: () => ProbeSettings,
    private readonly onResult: (documentKey: string) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** The probe state of a model, if one was asked for. */
  lookup(model: Model): ProbeEntry | undefined {
    return this.cache.get(modelHash(model, this.settings()));
  }

  /** Probes the models of a document that have no result yet; cancels the document's older run. */
  request(documentKey: string, path: string, models: Model[]): void {
    const settings = this.settings();
    const wanted = models.filter((m) => m.orderKnown && m.nodes.length > 0 && !this.cache.has(modelHash(m, settings)));
    if (wanted.length === 0) return;
    this.running.get(documentKey)?.abort();
    const controller = new AbortController();
    this.running.set(documentKey, controller);
    const hashes = wanted.map((m) => modelHash(m, settings));
    for (const h of hashes) this.cache.set(h, { status: 'running' });
    const started = performance.now();
    void runProbe({ path, models: wanted, options: { backend: settings.backend } }, { budgetMs: settings.budgetMs, signal: controller.signal }).then((result) => {
      if (this.running.get(documentKey) === controller) this.running.delete(documentKey);
      this.store(result, wanted, hashes);
      this.log(`probe of ${path}: ${result.status}${result.backend ? ` on ${result.backend}` : ''} in ${(performance.now() - started).toFixed(0)} ms${result.error ? ` (${result.error})` : ''}`);
      if (result.status !== 'cancelled') this.onResult(documentKey);
    });
  }

  private store(result: ProbeResult, models: Model[], hashes: string[]): void {
    const where = result.backend ? `${result.backend}${result.device ? ` · ${result.device}` : ''}` : undefined;
    const fallback = result.fallbacks.length ? result.fallbacks.map((f) => `${f.backend}: ${f.reason}`).join('; ') : undefined;
    models.forEach((m, i) => {
      const hash = hashes[i]!;
      if (result.status === 'cancelled') {
        // A newer request replaced this one; forget the placeholder so it can run again.
        if (this.cache.get(hash)?.status === 'running') this.cache.delete(hash);
        return;
      }
      const measured = result.models.find((r) => r.name === m.name);
      if (result.status !== 'ok' || !measured) {
        this.cache.set(hash, { status: 'failed', reason: result.error ?? 'the probe returned no result for this model' });
        return;
      }
      this.cache.set(hash, { status: 'done', model: measured, ...(where ? { where } : {}), ...(fallback ? { reason: `fell back from ${fallback}` } : {}) });
    });
  }

  /** Forgets every result (settings changed). */
  clear(): void {
    for (const c of this.running.values()) c.abort();
    this.running.clear();
    this.cache.clear();
  }
}
