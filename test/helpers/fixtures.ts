// Rule fixtures: small PyTorch files under test/fixtures/rules/IL00N/, named pos_<what>.py (must
// raise the rule) or neg_<what>.py (must stay silent). Every line where a finding must start
// carries a trailing `# expect: IL00N` marker (several codes comma-separated). The fixture tests
// assert that the set of (line, code) pairs of the engine's findings equals the markers exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analyzeText, type FileAnalysis } from '../../engine/analyze';

/** The repository root: the nearest directory above this file holding package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'test'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
}

export const FIXTURE_ROOT = resolve(repoRoot(), 'test', 'fixtures', 'rules');

export interface Marker {
  /** 0-based line. */
  line: number;
  code: string;
  /** Optional severity the finding must have: `# expect: IL001[error]`. */
  severity?: string;
}

export interface Fixture {
  /** Path relative to the repository root, for test names and messages. */
  name: string;
  path: string;
  /** The rule directory it belongs to ('IL003'). */
  rule: string;
  kind: 'pos' | 'neg';
  text: string;
  markers: Marker[];
}

const CODE = String.raw`[A-Za-z]+\d+(?:\[[a-z]+\])?`;
const MARKER = new RegExp(String.raw`#\s*expect:\s*(${CODE}(?:\s*,\s*${CODE})*)`);

/**
 * Parses `# expect: IL001, IL005` markers (a code may carry the severity it must have:
 * `IL001[error]`); lines are 0-based like LSP positions.
 */
export function parseMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    for (const item of m[1]!.split(',').map((c) => c.trim()).filter(Boolean)) {
      const [, code, severity] = /^([A-Za-z]+\d+)(?:\[([a-z]+)\])?$/.exec(item)!;
      out.push({ line: i, code: code!.toUpperCase(), ...(severity ? { severity } : {}) });
    }
  });
  return out;
}

/** Every fixture file, sorted by rule then name. */
export function loadFixtures(root: string = FIXTURE_ROOT): Fixture[] {
  if (!existsSync(root)) return [];
  const out: Fixture[] = [];
  for (const rule of readdirSync(root).sort()) {
    const dir = join(root, rule);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const kind = file.startsWith('pos_') ? 'pos' : file.startsWith('neg_') ? 'neg' : undefined;
      if (!kind) throw new Error(`fixture ${rule}/${file}: name must start with pos_ or neg_`);
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      out.push({ name: relative(repoRoot(), path), path, rule, kind, text, markers: parseMarkers(text) });
    }
  }
  return out;
}

const cache = new Map<string, FileAnalysis>();

/** analyzeText, cached per fixture path and text (call ready() first). */
export function analyzeFixture(f: Fixture): FileAnalysis {
  const key = `${f.path}\0${f.text}`;
  let a = cache.get(key);
  if (!a) {
    a = analyzeText(f.path, f.text);
    cache.set(key, a);
  }
  return a;
}

export const pairKey = (line: number, code: string): string => `${line + 1}:${code}`;

/** The distinct (line, code) pairs where findings start, as 'line:code' with 1-based lines. */
export function findingPairs(a: FileAnalysis): Set<string> {
  return new Set(a.findings.map((f) => pairKey(f.range.start.line, f.code)));
}

export function markerPairs(f: Fixture): Set<string> {
  return new Set(f.markers.map((m) => pairKey(m.line, m.code)));
}

/** A readable diff of expected vs actual pairs, with the findings' messages and the source lines. */
export function describeMismatch(f: Fixture, a: FileAnalysis): string {
  const expected = markerPairs(f);
  const actual = findingPairs(a);
  const lines = f.text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const k of [...expected].filter((k) => !actual.has(k)).sort(byLine)) {
    const line = Number(k.split(':')[0]);
    out.push(`  missing  ${k}   | ${lines[line - 1]?.trim() ?? ''}`);
  }
  for (const k of [...actual].filter((k) => !expected.has(k)).sort(byLine)) {
    const [lineText, code] = k.split(':');
    const line = Number(lineText);
    const msgs = a.findings.filter((x) => x.code === code && x.range.start.line === line - 1).map((x) => `${x.severity}: ${x.message}`);
    out.push(`  extra    ${k}   | ${lines[line - 1]?.trim() ?? ''}\n           ${msgs.join('\n           ')}`);
  }
  return out.join('\n');
}

function byLine(a: string, b: string): number {
  return Number(a.split(':')[0]) - Number(b.split(':')[0]) || a.localeCompare(b);
}

export interface RuleMetrics {
  code: string;
  /** Fixture files in this rule's directory. */
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Per-rule precision and recall over every fixture's (line, code) pairs. */
export function computeMetrics(fixtures: Fixture[], analyses: FileAnalysis[]): RuleMetrics[] {
  const codes = new Set<string>();
  for (const f of fixtures) {
    codes.add(f.rule);
    f.markers.forEach((m) => codes.add(m.code));
  }
  for (const a of analyses) a.findings.forEach((x) => codes.add(x.code));
  const rows: RuleMetrics[] = [];
  for (const code of [...codes].sort()) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    fixtures.forEach((f, i) => {
      const expected = new Set([...markerPairs(f)].filter((k) => k.endsWith(`:${code}`)));
      const actual = new Set([...findingPairs(analyses[i]!)].filter((k) => k.endsWith(`:${code}`)));
      for (const k of actual) if (expected.has(k)) tp++;
      else fp++;
      for (const k of expected) if (!actual.has(k)) fn++;
    });
    const inDir = fixtures.filter((f) => f.rule === code);
    rows.push({
      code,
      positives: inDir.filter((f) => f.kind === 'pos').length,
      negatives: inDir.filter((f) => f.kind === 'neg').length,
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    });
  }
  return rows;
}

export function formatMetrics(rows: RuleMetrics[]): string {
  const head = ['rule', 'pos files', 'neg files', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const body = rows.map((r) => [r.code, String(r.positives), String(r.negatives), String(r.tp), String(r.fp), String(r.fn), r.precision.toFixed(3), r.recall.toFixed(3)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const fmtRow = (row: string[]): string => row.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [fmtRow(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmtRow)].join('\n');
}
