// The contract between the rule registry and its rules.
import type { Finding, Severity } from '../model/finding';
import type { ModelGraph } from '../model/graph';
import type { ModelAnalysis } from '../analysis';
import type { SourceText } from '../analysis/source';

export interface RuleDoc {
  /** Stable code, 'IL003'. */
  code: string;
  /** Kebab-case name, 'unscaled-weight'. */
  name: string;
  /** One line, for listings and SARIF shortDescription. */
  summary: string;
  /** Markdown: what it flags, why it is bad, an example, the fix. */
  doc: string;
  defaultSeverity: Severity;
}

export interface RuleOptions {
  /** Allowed range of predicted forward / backward second-moment ratios (IL005). */
  driftBand: [number, number];
}

export interface RuleContext {
  graph: ModelGraph;
  /** Per model: layer facts and the propagated second moments. */
  models: ModelAnalysis[];
  source: SourceText;
  options: RuleOptions;
  /**
   * True once the file's analysis has used its time (engine/frontends/shared/budget.ts,
   * analysisTimeFor): optional work such as re-analysing the file to verify a fix is skipped then.
   */
  outOfTime(): boolean;
}

export interface Rule extends RuleDoc {
  check(ctx: RuleContext): Finding[];
}
