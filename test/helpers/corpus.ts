// Every source file the project keeps as a fixture or example (test/fixtures/** and examples/**):
// Python files and the TypeScript/JavaScript files read for TF.js models, with their text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SCRIPT_EXTENSIONS } from '../../engine/analyze';
import { repoRoot } from './fixtures';

export interface SourceFile {
  /** Path relative to the repository root. */
  name: string;
  path: string;
  text: string;
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** Python (.py) and script files under test/fixtures and examples, sorted by path. */
export function corpusFiles(): SourceFile[] {
  const root = repoRoot();
  const out: SourceFile[] = [];
  for (const top of ['test/fixtures', 'examples']) {
    for (const path of walk(join(root, top))) {
      if (!path.endsWith('.py') && !SCRIPT_EXTENSIONS.test(path)) continue;
      out.push({ name: relative(root, path), path, text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

/** The positive Python fixtures (`pos_*.py` of every framework's rule folders). */
export function positivePythonFixtures(): SourceFile[] {
  return corpusFiles().filter((f) => f.name.endsWith('.py') && /(^|\/)pos_[^/]*$/.test(f.name));
}
