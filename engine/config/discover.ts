// Finding and loading the settings file: Ruff's behaviour. The nearest pyproject.toml with a
// [tool.initlint] table, walking up from a start folder (the current directory for the CLI, up to
// the filesystem root as Ruff does; the file's folder for the language server, up to its workspace
// folder and no further); a pyproject.toml without the table is passed over. Each candidate is read
// only when it is a regular file under MAX_PYPROJECT_BYTES: one that is a FIFO, a device or too
// large is a ConfigError (it cannot be told whether it configures initlint), one that is missing
// or unreadable (permissions) is passed over.
import * as path from 'node:path';
import { ConfigError, parseSettings, kindOf, type ParseOptions, type Settings } from './settings';
import { describeOutcome, MAX_FILE_BYTES, MAX_PYPROJECT_BYTES, readRegularFile, type ReadOutcome } from './regular-file';

export interface FileSystem {
  /** Reads a regular file of at most `limit` bytes (readRegularFile's contract). */
  read(file: string, limit: number): ReadOutcome;
}

const nodeFs: FileSystem = { read: readRegularFile };

/** Loads one named settings file (pyproject.toml or a standalone TOML file). */
export function loadSettingsFile(file: string, knownCodes?: readonly string[], fsys: FileSystem = nodeFs): Settings {
  const abs = path.resolve(file);
  const read = fsys.read(abs, kindOf(abs) === 'pyproject' ? MAX_PYPROJECT_BYTES : MAX_FILE_BYTES);
  if (read.kind !== 'ok') throw new ConfigError(file, undefined, read.kind === 'missing' ? 'cannot read the file: not found' : describeOutcome(read));
  const options: ParseOptions = { file: abs, root: path.dirname(abs) };
  if (knownCodes) options.knownCodes = knownCodes;
  const settings = parseSettings(read.bytes.toString('utf8'), options);
  // A named pyproject.toml without [tool.initlint] means: no settings, but from this root.
  return settings ?? { file: abs, root: path.dirname(abs) };
}

export interface FindOptions {
  /** The last folder looked in: folders above it are never read. `start` must lie inside it. */
  stopAt?: string;
  fs?: FileSystem;
}

/** True when `dir` is `root` or inside it. */
export function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Walks up from `start` and returns the settings of the nearest pyproject.toml that has a
 * [tool.initlint] table, or undefined when there is none (up to `stopAt`, else the filesystem root).
 */
export function findSettings(start: string, knownCodes?: readonly string[], options: FindOptions = {}): Settings | undefined {
  const fsys = options.fs ?? nodeFs;
  const stopAt = options.stopAt !== undefined ? path.resolve(options.stopAt) : undefined;
  let dir = path.resolve(start);
  if (stopAt !== undefined && !isInside(dir, stopAt)) return undefined;
  for (;;) {
    const candidate = path.join(dir, 'pyproject.toml');
    const read = fsys.read(candidate, MAX_PYPROJECT_BYTES);
    if (read.kind === 'ok') {
      const parse: ParseOptions = { file: candidate, root: dir, kind: 'pyproject' };
      if (knownCodes) parse.knownCodes = knownCodes;
      const settings = parseSettings(read.bytes.toString('utf8'), parse);
      if (settings) return settings;
    } else if (read.kind === 'not-regular' || read.kind === 'too-large' || (read.kind === 'error' && read.code !== 'EACCES' && read.code !== 'EPERM')) {
      throw new ConfigError(candidate, undefined, describeOutcome(read));
    }
    if (dir === stopAt) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
