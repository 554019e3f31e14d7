// Glob matching for settings: `exclude` / `extend-exclude` and `per-file-ignores` patterns use
// gitignore syntax (the `ignore` package), relative to the settings' root folder:
// 'tests/*' matches everything under tests/, '__init__.py' a file of that name at any depth,
// '/setup.py' only the one at the root, 'build/' a folder.
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Settings } from './settings';

const caseInsensitive = process.platform === 'darwin' || process.platform === 'win32';

export function newIgnore(): Ignore {
  return ignore({ ignorecase: caseInsensitive });
}

/** Path of `abs` relative to `root` with forward slashes, or undefined when outside root. */
export function relativeTo(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

export type PathMatcher = (abs: string, isDir: boolean) => boolean;

/** A matcher for gitignore-style patterns relative to `root`; never matches outside root. */
export function globMatcher(root: string, patterns: readonly string[]): PathMatcher {
  if (patterns.length === 0) return () => false;
  const ig = newIgnore().add(patterns);
  return (abs, isDir) => {
    const rel = relativeTo(root, abs);
    if (rel === undefined) return false;
    return ig.ignores(isDir ? `${rel}/` : rel);
  };
}

/** The exclusion matcher of the settings (exclude + extend-exclude). */
export function excludeMatcher(settings: Pick<Settings, 'root' | 'exclude' | 'extendExclude'>): PathMatcher {
  return globMatcher(settings.root, [...(settings.exclude ?? []), ...(settings.extendExclude ?? [])]);
}

/** Returns a function giving the codes `per-file-ignores` switches off for a file. */
export function perFileIgnores(settings: Pick<Settings, 'root' | 'perFileIgnores'>): (abs: string) => string[] {
  const entries = (settings.perFileIgnores ?? []).map((e) => ({ codes: e.codes, ig: newIgnore().add(e.pattern) }));
  if (entries.length === 0) return () => [];
  return (abs) => {
    const rel = relativeTo(settings.root, abs);
    if (rel === undefined) return [];
    const codes = new Set<string>();
    for (const e of entries) if (e.ig.ignores(rel)) e.codes.forEach((c) => codes.add(c));
    return [...codes];
  };
}
