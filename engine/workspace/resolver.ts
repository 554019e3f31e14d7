// Python modules of the user's own project, for imports such as `from .blocks import Block`,
// `from .init import init_weights` or `from models.layers import Mlp`: a model in one file may be
// built from blocks and init helpers in another. Only files of the project are read: a relative
// import from the importing file's package, or a package-absolute one found in a folder above the
// file, at most MAX_LEVELS up and never above the project root (the first folder holding a
// pyproject.toml, setup.py, setup.cfg or .git). Installed packages (site-packages) and anything
// outside the project stay unknown. Files are read as regular files under the size cap.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES, readRegularFile } from '../config/regular-file';

export interface ResolvedModule {
  /** Absolute path of the module's file. */
  path: string;
  text: string;
}

/** Source of the project's modules, by the import that names them. */
export interface ModuleResolver {
  /**
   * The module `module` (dotted, '' for `from . import x`) imported with `level` leading dots
   * from the file at `from`, when it is a file of the project; undefined otherwise.
   */
  resolve(from: string, module: string, level: number): ResolvedModule | undefined;
}

/** How far above the importing file a package-absolute import is looked for. */
const MAX_LEVELS = 4;
const ROOT_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', '.git'];

/**
 * A resolver over the file system. `overlay` answers first (the editor's unsaved documents, by
 * absolute path). Results are cached for the resolver's life: make one per run or per edit.
 */
export function fileResolver(overlay?: (file: string) => string | undefined): ModuleResolver {
  const texts = new Map<string, string | undefined>();
  const isFile = (p: string): boolean => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  };
  const read = (file: string): string | undefined => {
    if (texts.has(file)) return texts.get(file);
    let text = overlay?.(file);
    if (text === undefined && isFile(file)) {
      const r = readRegularFile(file, MAX_FILE_BYTES);
      text = r.kind === 'ok' ? r.bytes.toString('utf8') : undefined;
    }
    texts.set(file, text);
    return text;
  };
  const inFolder = (dir: string, parts: string[]): ResolvedModule | undefined => {
    const base = path.join(dir, ...parts);
    for (const candidate of parts.length === 0 ? [path.join(dir, '__init__.py')] : [`${base}.py`, path.join(base, '__init__.py')]) {
      const text = read(candidate);
      if (text !== undefined) return { path: candidate, text };
    }
    return undefined;
  };
  const isRoot = (dir: string): boolean => ROOT_MARKERS.some((m) => fs.existsSync(path.join(dir, m)));
  return {
    resolve(from, module, level) {
      const parts = module ? module.split('.') : [];
      if (parts.some((p) => !/^[A-Za-z_]\w*$/.test(p))) return undefined;
      let dir = path.dirname(path.resolve(from));
      if (level > 0) {
        for (let i = 1; i < level; i++) dir = path.dirname(dir);
        return inFolder(dir, parts);
      }
      if (parts.length === 0) return undefined;
      for (let i = 0; i <= MAX_LEVELS; i++) {
        const found = inFolder(dir, parts);
        if (found) return found;
        const up = path.dirname(dir);
        if (isRoot(dir) || up === dir) return undefined;
        dir = up;
      }
      return undefined;
    },
  };
}
