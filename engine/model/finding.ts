// What a rule reports. Shared by the CLI (text, JSON, SARIF) and the language server (LSP diagnostics),
// so positions are 0-based LSP positions.
import type { SourceRange } from './graph';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  range: SourceRange;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix the tool recommends first (matches the activation). */
  preferred?: boolean;
}

export interface RelatedInfo {
  message: string;
  range: SourceRange;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  fixes: Fix[];
  related?: RelatedInfo[];
  /** Id of the layer the finding is about, for hovers and the report. */
  layerId?: string;
  /** Name of the model it was found in. */
  model?: string;
}
