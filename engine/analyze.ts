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

export interface AnalyzeOptions {
  /** Rule codes (or prefixes such as 'IL00') to run; all when absent. */
  select?: string[];
  /** Rule codes (or prefixes) to skip. */
  ignore?: string[];
  /** Allowed range of predicted second-moment ratios for IL005. Default [1e-3, 1e3]. */
  driftBand?: [number, number];
  /** Severity overrides per code. */
  severity?: Record<string, Severity>;
}

export interface FileAnalysis {
  path: string;
  findings: Finding[];
  /** Things the user should know that are not findings (syntax errors, skipped constructs). */
  notes: { message: string; range?: ModelGraph['notes'][number]['range'] }[];
  graph: ModelGraph;
  models: ModelAnalysis[];
}

/** TypeScript and JavaScript files are read for TensorFlow.js models; everything else as Python. */
export const SCRIPT_EXTENSIONS = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx)$/i;

function readSource(path: string, text: string, tree?: Tree): ModelGraph {
  if (SCRIPT_EXTENSIONS.test(path)) return readTypeScript(path, text);
  return readPython(path, text, tree);
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
  const graph = readSource(path, text, tree);
  const source = new SourceText(text, graph);
  const models = graph.models.map((m) => analyzeModel(m));
  const ctx = { graph, models, source, options: { driftBand: options.driftBand ?? DEFAULT_DRIFT_BAND } };
  const suppressed = suppressions(text);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    if (!ruleEnabled(rule.code, options)) continue;
    if (suppressed.file.has(rule.code) || suppressed.file.has('ALL')) continue;
    for (const f of rule.check(ctx)) {
      const key = `${f.code}:${f.range.start.line}:${f.range.start.character}:${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const onLine = suppressed.lines.get(f.range.start.line);
      if (onLine && (onLine.has(f.code) || onLine.has('ALL'))) continue;
      const severity = options.severity?.[f.code];
      findings.push(severity ? { ...f, severity } : f);
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
  return { path, findings, notes: graph.notes, graph, models };
}
