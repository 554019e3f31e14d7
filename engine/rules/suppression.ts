// Suppression comments, as Ruff's `# noqa` but named for this tool (`//` in TypeScript/JavaScript):
//   x = ...  # initlint: disable=IL003,IL004     (this line)
//   # initlint: disable-file=IL005               (the whole file)
// `disable` without codes silences every rule on that line.
import { splitLines } from '../text/lines';

export interface Suppressions {
  /** 0-based line -> codes silenced there ('ALL' for every code). */
  lines: Map<number, Set<string>>;
  file: Set<string>;
}

// `#` in Python, `//` in TypeScript/JavaScript.
const PATTERN = /(?:#|\/\/)\s*initlint:\s*(disable-file|disable)\b(?:\s*=\s*([A-Za-z0-9_,\s]+))?/g;

export function suppressions(text: string): Suppressions {
  const result: Suppressions = { lines: new Map(), file: new Set() };
  if (!text.includes('initlint:')) return result;
  const lines = splitLines(text);
  lines.forEach((line, i) => {
    if (!line.includes('initlint:')) return;
    for (const m of line.matchAll(PATTERN)) {
      const codes = (m[2] ?? '').split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase());
      if (m[1] === 'disable-file') (codes.length ? codes : ['ALL']).forEach((c) => result.file.add(c));
      else {
        const set = result.lines.get(i) ?? new Set<string>();
        (codes.length ? codes : ['ALL']).forEach((c) => set.add(c));
        result.lines.set(i, set);
      }
    }
  });
  return result;
}
