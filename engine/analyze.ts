// The engine's front door, shared by the CLI, the language server and the tests:
// source text -> ModelGraph -> per-model analysis -> rule findings (with fixes), filtered by
// configuration and suppression comments.
import type { Finding, Severity } from './model/finding';
import type { ModelGraph } from './model/graph';
import { initPythonParser, readPython, type Tree } from './frontends/python';
import { readTypeScript } from './frontends/typescript';
import { analyzeModel, type ModelAnalysis } from './analysis';
import { SourceText } from './analysis/source';
import { RULES } from './rules/registry';
import { suppressions } from './rules/suppression';
import type { ModuleResolver } from './workspace/resolver';
import { analysisTimeFor } from './frontends/shared/budget';

export interface AnalyzeOptions {
  /** Rule codes (or prefixes such as 'IL00') to run; all when absent. */
  select?: string[];
  /** Rule codes (or prefixes) to skip. */
  ignore?: string[];
  /** Allowed range of predicted second-moment ratios for IL005. Default [1e-3, 1e3]. */
  driftBand?: [number, number];
  /** Severity overrides per code. */
  severity?: Record<string, Severity>;
  /**
   * The project's modules, so that `from .blocks import Block` reads Block (a finding may then be
   * about code in that module: see FileAnalysis.elsewhere). Without one, imports of the project
   * stay unknown.
   */
  resolver?: ModuleResolver;
}

export interface FileAnalysis {
  path: string;
  findings: Finding[];
  /** Things the user should know that are not findings (syntax errors, skipped constructs). */
  notes: { message: string; range?: ModelGraph['notes'][number]['range'] }[];
  graph: ModelGraph;
  models: ModelAnalysis[];
  /**
   * Findings about code in modules this file imports (their range's `path` says which): a zeroed
   * layer in an imported block, a std=1 in an imported init helper, found through this file's
   * model. They carry no fixes: an edit there is written for that file's own reading.
   */
  elsewhere: Finding[];
}

/** TypeScript and JavaScript files are read for TensorFlow.js models; everything else as Python. */
export const SCRIPT_EXTENSIONS = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx)$/i;

function readSource(path: string, text: string, tree: Tree | undefined, options: AnalyzeOptions): ModelGraph {
  if (SCRIPT_EXTENSIONS.test(path)) return readTypeScript(path, text);
  return readPython(path, text, tree, options.resolver ? { resolver: options.resolver } : {});
}

export const DEFAULT_DRIFT_BAND: [number, number] = [1e-3, 1e3];

/** Loads the parsers (wasm); call once before analyzeText. */
export function ready(): Promise<void> {
  return initPythonParser().then(() => undefined);
}

function matches(code: string, patterns: string[]): boolean {
  return patterns.some((p) => code === p || (p.length < code.length && code.startsWith(p)) || p === 'ALL');
}

export function ruleEnabled(code: string, options: AnalyzeOptions): boolean {
  if (options.select && options.select.length > 0 && !matches(code, options.select)) return false;
  if (options.ignore && matches(code, options.ignore)) return false;
  return true;
}

/** Analyzes one file's text. Synchronous once ready() has resolved; never throws on bad input. */
export function analyzeText(path: string, text: string, options: AnalyzeOptions = {}, tree?: Tree): FileAnalysis {
  const graph = readSource(path, text, tree, options);
  const source = new SourceText(text, graph);
  const deadline = performance.now() + analysisTimeFor(text.length);
  const outOfTime = () => performance.now() > deadline;
  const models: ModelAnalysis[] = [];
  for (const m of graph.models) {
    // Each model's analysis is bounded by its layer count; many models are bounded by the clock.
    if (models.length > 0 && outOfTime()) {
      const ms = Math.round(analysisTimeFor(text.length));
      graph.notes.push({ message: `initlint analysed only the first ${models.length.toLocaleString('en-US')} of ${graph.models.length.toLocaleString('en-US')} models of this file: analysing them took more than ${ms} ms; the others have no findings`, range: m.range });
      graph.models = graph.models.slice(0, models.length);
      break;
    }
    models.push(analyzeModel(m));
  }
  const ctx = { graph, models, source, options: { driftBand: options.driftBand ?? DEFAULT_DRIFT_BAND }, outOfTime };
  // Suppression comments of this file and of each imported module, each for its own findings.
  const suppressedIn = new Map<string | undefined, ReturnType<typeof suppressions>>([[undefined, suppressions(text)]]);
  for (const m of graph.imported ?? []) suppressedIn.set(m.path, suppressions(m.text));
  const findings: Finding[] = [];
  const elsewhere: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    if (!ruleEnabled(rule.code, options)) continue;
    for (const f of rule.check(ctx)) {
      const where = f.range.path;
      const suppressed = suppressedIn.get(where);
      if (!suppressed || suppressed.file.has(rule.code) || suppressed.file.has('ALL')) continue;
      const key = `${where ?? ''}:${f.code}:${f.range.start.line}:${f.range.start.character}:${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const onLine = suppressed.lines.get(f.range.start.line);
      if (onLine && (onLine.has(f.code) || onLine.has('ALL'))) continue;
      const severity = options.severity?.[f.code];
      // Fixes are written in this file's spelling: an edit in another file is not offered.
      const fixes = f.fixes.filter((fix) => fix.edits.every((e) => e.range.path === undefined));
      const kept: Finding = { ...f, fixes, ...(severity ? { severity } : {}) };
      if (where === undefined) findings.push(kept);
      else elsewhere.push({ ...kept, fixes: [] });
    }
  }
  const order = (a: Finding, b: Finding) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
  findings.sort(order);
  elsewhere.sort((a, b) => (a.range.path ?? '').localeCompare(b.range.path ?? '') || order(a, b));
  return { path, findings, notes: graph.notes, graph, models, elsewhere };
}
