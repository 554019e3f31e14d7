// Finding and loading the settings file: Ruff's behaviour. The nearest pyproject.toml with a
// [tool.initlint] table, walking up from a start folder (the current directory for the CLI, the
// workspace folder for the language server); a pyproject.toml without the table is passed over.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, parseSettings, type ParseOptions, type Settings } from './settings';

export interface FileSystem {
  readFile(file: string): string | undefined;
}

const nodeFs: FileSystem = {
  readFile(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/** Loads one named settings file (pyproject.toml or a standalone TOML file). */
export function loadSettingsFile(file: string, knownCodes?: readonly string[], fsys: FileSystem = nodeFs): Settings {
  const abs = path.resolve(file);
  const text = fsys.readFile(abs);
  if (text === undefined) throw new ConfigError(file, undefined, 'cannot read the file');
  const options: ParseOptions = { file: abs, root: path.dirname(abs) };
  if (knownCodes) options.knownCodes = knownCodes;
  const settings = parseSettings(text, options);
  // A named pyproject.toml without [tool.initlint] means: no settings, but from this root.
  return settings ?? { file: abs, root: path.dirname(abs) };
}

/**
 * Walks up from `start` and returns the settings of the nearest pyproject.toml that has a
 * [tool.initlint] table, or undefined when there is none.
 */
export function findSettings(start: string, knownCodes?: readonly string[], fsys: FileSystem = nodeFs): Settings | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, 'pyproject.toml');
    const text = fsys.readFile(candidate);
    if (text !== undefined) {
      const options: ParseOptions = { file: candidate, root: dir, kind: 'pyproject' };
      if (knownCodes) options.knownCodes = knownCodes;
      const settings = parseSettings(text, options);
      if (settings) return settings;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
