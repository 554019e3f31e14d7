// What a mutant is: one single-line textual change (a line replaced, or one line inserted) that
// plants one initialization fault of a known kind in real model code, plus the lines where a
// finding counts as "on the site".

export const FAULT_KINDS = ['zero-hidden', 'constant', 'std1', 'he-before-tanh', 'remove-depth-scaling', 'drop-forget-bias'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const FRAMEWORKS = ['pytorch', 'keras', 'tensorflow', 'flax-jax', 'tfjs'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export type Edit =
  /** Replace line `line` (0-based) with `text`. */
  | { kind: 'replace'; line: number; text: string }
  /** Insert `text` as a new line after line `line` (0-based); it becomes line `line + 1`. */
  | { kind: 'insert'; line: number; text: string };

export interface Site {
  framework: Framework;
  kind: FaultKind;
  /** The construct the fault sits in, e.g. `torch.named-layer`, `keras.sequential`, `tf.dict-of-weights`. */
  construct: string;
  edit: Edit;
  /**
   * Lines of the original text that make up the mutated statement (a multi-line call whose one
   * line was changed): a finding starting on one of them counts as on the site. For an insertion
   * only the inserted line counts.
   */
  span: [number, number];
  /** One phrase: what was changed. */
  note: string;
}

/** The mutated line as it reads after the edit. */
export function plantedLine(site: Site): string {
  return site.edit.text;
}

/** The original line a mutated-file line corresponds to, or 'inserted' for the inserted line. */
export function originalLine(edit: Edit, mutatedLine: number): number | 'inserted' {
  if (edit.kind === 'replace') return mutatedLine;
  if (mutatedLine <= edit.line) return mutatedLine;
  if (mutatedLine === edit.line + 1) return 'inserted';
  return mutatedLine - 1;
}

/** Whether a finding starting on `mutatedLine` of the mutated file is on the site. */
export function onSite(site: Site, mutatedLine: number): boolean {
  if (site.edit.kind === 'insert') return mutatedLine === site.edit.line + 1;
  return mutatedLine >= site.span[0] && mutatedLine <= site.span[1];
}

/** Apply an edit to a plain text file (line endings kept). */
export function applyEdit(text: string, edit: Edit): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (edit.kind === 'replace') lines[edit.line] = edit.text;
  else lines.splice(edit.line + 1, 0, edit.text);
  return lines.join(eol);
}

/** Mulberry32: a small seeded generator, so the same seed picks the same mutants. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, to derive a per-file seed that does not shift when other files change. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
