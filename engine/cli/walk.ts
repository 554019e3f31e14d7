// Which files `initlint check PATHS...` looks at. Folders are walked for *.py and *.ipynb files,
// skipping version-control and tool folders, virtual environments, installed packages, paths matched
// by .gitignore files (nested ones apply under their folder, and those of parent folders up to the
// repository root apply too) and the settings' exclude globs. A file named on the command line is
// always checked. Only regular files are picked up (no FIFOs, sockets or devices); a symbolic link
// to a file is followed only when its target lies inside the folder being walked (a link out of
// the tree is not this project's code), and links to folders never (cycles). The order is
// deterministic: the paths in the order given, each folder's entries sorted by name.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ignore } from 'ignore';
import { newIgnore, type PathMatcher } from '../config/match';
import { isInside } from '../config/discover';
import { MAX_FILE_BYTES, readRegularFile } from '../config/regular-file';

/** Folder names never walked into. */
export const SKIPPED_FOLDERS = new Set([
  '.git',
  '.hg',
  '.svn',
  '.bzr',
  'node_modules',
  '__pycache__',
  '__pypackages__',
  'site-packages',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '.eggs',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.ipynb_checkpoints',
]);

/** What a folder walk picks up: Python files and notebooks, and TypeScript/JavaScript for TF.js models. */
export const PYTHON_EXTENSIONS = ['.py', '.ipynb', '.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx'];
/** Declarations and minified bundles hold no model definitions worth reading. */
const NOT_SOURCE = /(\.d\.[cm]?ts|\.min\.js)$/i;

export interface WalkOptions {
  /** Extra exclusion (settings' exclude globs). Applies to walked entries, not to named files. */
  exclude?: PathMatcher;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
}

export interface WalkedFile {
  abs: string;
  /** True when named on the command line. */
  explicit: boolean;
  /** The command-line path it was found under, as given. */
  from: string;
}

export interface WalkResult {
  files: WalkedFile[];
  /** Folders that could not be read: absolute path and error. */
  errors: { abs: string; message: string }[];
}

interface IgnoreLevel {
  dir: string;
  ig: Ignore;
}

function readGitignore(dir: string): Ignore | undefined {
  // A .gitignore that is not a regular file (a FIFO would block) or is huge is not read.
  const read = readRegularFile(path.join(dir, '.gitignore'), MAX_FILE_BYTES);
  return read.kind === 'ok' ? newIgnore().add(read.bytes.toString('utf8')) : undefined;
}

/** True when a level-stack of .gitignore files ignores `abs`; the deepest file with a verdict wins. */
function gitIgnored(levels: IgnoreLevel[], abs: string, isDir: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!;
    const rel = path.relative(level.dir, abs).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    const r = level.ig.test(isDir ? `${rel}/` : rel);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

/** The .gitignore levels of the folders above `dir` inside its repository (nearest .git above). */
function parentLevels(dir: string): IgnoreLevel[] {
  const chain: string[] = [];
  let d = path.dirname(dir);
  let root: string | undefined;
  if (fs.existsSync(path.join(dir, '.git'))) return [];
  for (;;) {
    chain.push(d);
    if (fs.existsSync(path.join(d, '.git'))) {
      root = d;
      break;
    }
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  if (!root) return [];
  const levels: IgnoreLevel[] = [];
  for (const folder of chain.reverse()) {
    const ig = readGitignore(folder);
    if (ig) levels.push({ dir: folder, ig });
  }
  return levels;
}

function isVirtualEnv(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'pyvenv.cfg'));
}

function isPythonFile(name: string): boolean {
  const lower = name.toLowerCase();
  return PYTHON_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !NOT_SOURCE.test(lower);
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands the named paths into files. Named paths must exist (the caller checks and reports
 * missing ones first).
 */
export function collectFiles(named: string[], options: WalkOptions = {}): WalkResult {
  const useGitignore = options.gitignore !== false;
  const seen = new Set<string>();
  const result: WalkResult = { files: [], errors: [] };
  let from = '';
  const add = (abs: string, explicit: boolean): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    result.files.push({ abs, explicit, from });
  };

  /** The real path of the named folder being walked: symbolic links may not lead out of it. */
  let tree = '';
  const walk = (dir: string, levels: IgnoreLevel[]): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      result.errors.push({ abs: dir, message: (e as Error).message });
      return;
    }
    let here = levels;
    if (useGitignore && entries.some((e) => e.name === '.gitignore')) {
      const ig = readGitignore(dir);
      if (ig) here = [...levels, { dir, ig }];
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Symlinked files inside the tree are followed; symlinked folders are not (cycles).
        try {
          if (!isInside(fs.realpathSync(abs), tree)) continue;
          const st = fs.statSync(abs);
          isFile = st.isFile();
          isDir = false;
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(entry.name) || isVirtualEnv(abs)) continue;
        if (useGitignore && gitIgnored(here, abs, true)) continue;
        if (options.exclude?.(abs, true)) continue;
        walk(abs, here);
      } else if (isFile && isPythonFile(entry.name)) {
        if (useGitignore && gitIgnored(here, abs, false)) continue;
        if (options.exclude?.(abs, false)) continue;
        add(abs, false);
      }
    }
  };

  for (const p of named) {
    from = p;
    const abs = path.resolve(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      result.errors.push({ abs, message: (e as Error).message });
      continue;
    }
    if (st.isDirectory()) {
      // A folder named on the command line is walked even when a parent .gitignore ignores it.
      let levels = useGitignore ? parentLevels(abs) : [];
      if (gitIgnored(levels, abs, true)) levels = [];
      try {
        tree = fs.realpathSync(abs);
      } catch (e) {
        result.errors.push({ abs, message: (e as Error).message });
        continue;
      }
      walk(abs, levels);
    }
    else add(abs, true);
  }
  return result;
}
