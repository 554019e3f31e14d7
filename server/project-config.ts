// `[tool.initlint]` from the nearest pyproject.toml, the same settings the CLI reads, merged under the
// editor's initlint.* settings: the project file is the base, the editor adds to it (ignore, rules)
// or replaces it where the user set something (select, drift band). Looked up again at most every
// few seconds per folder, so edits to pyproject.toml apply without a restart. The lookup goes from
// the file's folder up to the innermost workspace folder holding it and no further (a parent
// folder's pyproject.toml is not this project's); a file outside every workspace folder is looked
// up as the CLI would, up to the filesystem root. Only regular files under a size cap are read.
import * as path from 'node:path';
import { ConfigError, findSettings, isInside, perFileIgnores, type Settings as ProjectSettings } from '../engine/config';
import type { AnalyzeOptions } from '../engine/analyze';
import { RULES } from '../engine/rules/registry';

const TTL_MS = 3000;
const cache = new Map<string, { at: number; settings?: ProjectSettings; error?: string }>();
let workspaceFolders: string[] = [];

/**
 * The workspace folders (file-system paths) from `initialize` and `workspace/didChangeWorkspaceFolders`:
 * the lookup of pyproject.toml stops at the innermost one holding the file.
 */
export function setWorkspaceFolders(folders: readonly string[]): void {
  workspaceFolders = folders.map((f) => path.resolve(f));
  cache.clear();
}

/** The innermost workspace folder holding `dir`, if any. */
export function workspaceFolderOf(dir: string): string | undefined {
  let best: string | undefined;
  for (const f of workspaceFolders) if (isInside(dir, f) && (best === undefined || f.length > best.length)) best = f;
  return best;
}

/** The project settings for a file, or why they could not be read. */
export function projectSettings(file: string): { settings?: ProjectSettings; error?: string } {
  const dir = path.dirname(file);
  const hit = cache.get(dir);
  const now = Date.now();
  if (hit && now - hit.at < TTL_MS) return hit;
  let entry: { at: number; settings?: ProjectSettings; error?: string };
  try {
    const stopAt = workspaceFolderOf(dir);
    const settings = findSettings(dir, RULES.map((r) => r.code), stopAt !== undefined ? { stopAt } : {});
    entry = settings ? { at: now, settings } : { at: now };
  } catch (err) {
    entry = { at: now, error: err instanceof ConfigError ? err.message : String(err) };
  }
  cache.set(dir, entry);
  return entry;
}

/** Editor options over project options for `file`. */
export function mergeOptions(file: string, project: ProjectSettings | undefined, editor: AnalyzeOptions, editorSetBand: boolean): AnalyzeOptions {
  if (!project) return editor;
  const ignore = [...(project.ignore ?? []), ...perFileIgnores(project)(path.resolve(file)), ...(editor.ignore ?? [])];
  const select = editor.select ?? project.select;
  const driftBand = editorSetBand ? editor.driftBand : (project.driftBand ?? editor.driftBand);
  return {
    ...editor,
    ignore,
    ...(select ? { select } : {}),
    ...(driftBand ? { driftBand } : {}),
  };
}
