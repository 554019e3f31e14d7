// initlint.* settings from the editor, validated: a wrong value falls back to its default and is
// reported once in the log, never an exception.
import type { Severity } from '../engine/model/finding';
import { DEFAULT_DRIFT_BAND, type AnalyzeOptions } from '../engine/analyze';

export interface Settings {
  enable: boolean;
  /** Per code: 'off' or a severity override. */
  rules: Record<string, Severity | 'off'>;
  select: string[];
  ignore: string[];
  driftBand: [number, number];
  inlayHints: { enable: boolean };
  /** Delay after the last edit before re-analysing. */
  debounceMs: number;
  /** Files larger than this (bytes) are not analysed. */
  maxFileSize: number;
  /** An analysis running longer than this is stopped (its worker ends) and the document gets a notice. */
  maxAnalysisMs: number;
  probe: {
    /** Measure models at all (hover on a layer, save, and typing when onType). */
    enable: boolean;
    backend: 'auto' | 'webgpu' | 'tfjs-node' | 'wasm' | 'cpu';
    /** Probe after each analysis (once idle), not only on save and hover. */
    onType: boolean;
    /** Wall-clock budget of one probe run, worker start-up included. */
    budgetMs: number;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rules: {},
  select: [],
  ignore: [],
  driftBand: DEFAULT_DRIFT_BAND,
  inlayHints: { enable: true },
  debounceMs: 10,
  maxFileSize: 2_000_000,
  maxAnalysisMs: 20_000,
  probe: { enable: true, backend: 'auto', onType: false, budgetMs: 15_000 },
};

/**
 * The numeric settings' allowed ranges, inclusive: the `minimum` and `maximum` package.json declares
 * under contributes.configuration (test/server/settings.test.ts holds the two together). A value
 * outside is rejected and the default used: `debounceMs: 1e9` would otherwise mean no diagnostics.
 */
export const RANGES = {
  debounceMs: [0, 5000],
  maxFileSize: [0, 20_000_000],
  maxAnalysisMs: [1000, 600_000],
  'probe.budgetMs': [100, 600_000],
} as const satisfies Record<string, readonly [number, number]>;

/** The value when it is a finite number inside the setting's range, else a problem naming the range. */
function inRange(key: keyof typeof RANGES, v: unknown, problems: string[]): number | undefined {
  const [min, max] = RANGES[key];
  if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
  problems.push(`initlint.${key} must be a number from ${min} to ${max}, got ${JSON.stringify(v) ?? String(v)}`);
  return undefined;
}

const BACKENDS = new Set(['auto', 'webgpu', 'tfjs-node', 'wasm', 'cpu']);

const SEVERITIES = new Set(['off', 'error', 'warning', 'information', 'hint']);
const CODE = /^[A-Za-z]+\d*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates raw settings; returns the settings and the problems found (each names the key). */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings: s, problems };
  if (!isRecord(raw)) return { settings: s, problems: ['initlint settings must be an object'] };
  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') s.enable = raw.enable;
    else problems.push('initlint.enable must be true or false');
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) problems.push('initlint.rules must map rule codes to off|error|warning|information|hint');
    else
      for (const [code, level] of Object.entries(raw.rules)) {
        if (typeof level === 'string' && SEVERITIES.has(level) && CODE.test(code)) s.rules[code.toUpperCase()] = level as Severity | 'off';
        else problems.push(`initlint.rules.${code}: expected off|error|warning|information|hint, got ${JSON.stringify(level)}`);
      }
  }
  for (const key of ['select', 'ignore'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.every((c) => typeof c === 'string' && CODE.test(c))) s[key] = v.map((c: string) => c.toUpperCase());
    else problems.push(`initlint.${key} must be a list of rule codes such as "IL003"`);
  }
  if (raw.driftBand !== undefined) {
    const b = raw.driftBand;
    if (Array.isArray(b) && b.length === 2 && b.every((x) => typeof x === 'number' && x > 0 && Number.isFinite(x)) && b[0] < b[1]) s.driftBand = [b[0], b[1]];
    else problems.push('initlint.driftBand must be two positive numbers [low, high] with low < high');
  }
  const hints = raw.inlayHints;
  if (hints !== undefined) {
    if (isRecord(hints) && (hints.enable === undefined || typeof hints.enable === 'boolean')) s.inlayHints.enable = hints.enable ?? true;
    else problems.push('initlint.inlayHints.enable must be true or false');
  }
  const probe = raw.probe;
  if (probe !== undefined) {
    if (!isRecord(probe)) problems.push('initlint.probe must be an object');
    else {
      if (probe.enable !== undefined) {
        if (typeof probe.enable === 'boolean') s.probe.enable = probe.enable;
        else problems.push('initlint.probe.enable must be true or false');
      }
      if (probe.onType !== undefined) {
        if (typeof probe.onType === 'boolean') s.probe.onType = probe.onType;
        else problems.push('initlint.probe.onType must be true or false');
      }
      if (probe.backend !== undefined) {
        if (typeof probe.backend === 'string' && BACKENDS.has(probe.backend)) s.probe.backend = probe.backend as Settings['probe']['backend'];
        else problems.push('initlint.probe.backend must be auto, webgpu, tfjs-node, wasm or cpu');
      }
      if (probe.budgetMs !== undefined) s.probe.budgetMs = inRange('probe.budgetMs', probe.budgetMs, problems) ?? s.probe.budgetMs;
    }
  }
  for (const key of ['debounceMs', 'maxFileSize', 'maxAnalysisMs'] as const) {
    if (raw[key] !== undefined) s[key] = inRange(key, raw[key], problems) ?? s[key];
  }
  return { settings: s, problems };
}

/** The engine options these settings ask for. */
export function analyzeOptions(s: Settings): AnalyzeOptions {
  const off = Object.entries(s.rules).filter(([, v]) => v === 'off').map(([k]) => k);
  const severity: Record<string, Severity> = {};
  for (const [k, v] of Object.entries(s.rules)) if (v !== 'off') severity[k] = v;
  return {
    ...(s.select.length ? { select: s.select } : {}),
    ignore: [...s.ignore, ...off],
    driftBand: s.driftBand,
    severity,
  };
}
