// initlint settings as Python users write them: `[tool.initlint]` in pyproject.toml, or the same keys
// at the top level of a standalone TOML file (like ruff.toml). Pure functions: text in, validated
// settings out, or a ConfigError that names the file and the key. The CLI and the language server
// both use these.
import { parse as parseToml, TomlError } from 'smol-toml';

export interface PerFileIgnore {
  /** Glob (gitignore syntax), matched against the path relative to the settings' root folder. */
  pattern: string;
  codes: string[];
}

export interface Settings {
  /** The file the settings came from (absolute), when they came from a file. */
  file?: string;
  /** Folder that relative globs (exclude, per-file-ignores) are resolved against. */
  root: string;
  select?: string[];
  ignore?: string[];
  perFileIgnores?: PerFileIgnore[];
  driftBand?: [number, number];
  /** Extra globs to skip while walking folders (gitignore syntax, relative to root). */
  exclude?: string[];
  /** More globs to skip, added to `exclude`. */
  extendExclude?: string[];
  /** Files larger than this many bytes are skipped with a note. */
  maxFileSize?: number;
}

/** The CLI's default `max-file-size`: the cap every reader shares (regular-file.ts). */
export { MAX_FILE_BYTES as DEFAULT_MAX_FILE_SIZE } from './regular-file';

/** An invalid configuration: `file`, then the key, then what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    readonly detail: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

export type ConfigKind = 'pyproject' | 'standalone';

export interface ParseOptions {
  /** Absolute path of the file, for messages and as the root for relative globs. */
  file: string;
  /** Folder of the file. */
  root: string;
  /** 'pyproject' reads [tool.initlint]; 'standalone' reads the top level. Default by file name. */
  kind?: ConfigKind;
  /** Valid rule codes; when given, select/ignore/per-file-ignores entries are checked against them. */
  knownCodes?: readonly string[];
}

const KNOWN_KEYS = ['select', 'ignore', 'per-file-ignores', 'drift-band', 'exclude', 'extend-exclude', 'max-file-size'];

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (v instanceof Date) return 'a date';
  if (typeof v === 'object') return 'a table';
  if (typeof v === 'bigint' || typeof v === 'number') return 'a number';
  return `a ${typeof v}`;
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * Checks one rule selector: an exact code ('IL003'), a prefix of at least one code ('IL00', 'IL'),
 * or 'ALL'. Returns the upper-cased selector, or undefined when it selects nothing.
 */
export function normalizeCode(raw: string, knownCodes?: readonly string[]): string | undefined {
  const code = raw.trim().toUpperCase();
  if (!code) return undefined;
  if (code === 'ALL') return code;
  if (!knownCodes) return /^[A-Z]+[0-9]*$/.test(code) ? code : undefined;
  return knownCodes.some((c) => c === code || c.startsWith(code)) ? code : undefined;
}

function stringArray(v: unknown, file: string, key: string): string[] {
  if (!Array.isArray(v)) throw new ConfigError(file, key, `expected an array of strings, got ${typeName(v)}`);
  return v.map((item, i) => {
    if (typeof item !== 'string') throw new ConfigError(file, `${key}[${i}]`, `expected a string, got ${typeName(item)}`);
    return item;
  });
}

function codeArray(v: unknown, file: string, key: string, knownCodes?: readonly string[]): string[] {
  return stringArray(v, file, key).map((item) => {
    const code = normalizeCode(item, knownCodes);
    if (!code) throw new ConfigError(file, key, `unknown rule code '${item}'`);
    return code;
  });
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Parses a size: a number of bytes, or a string such as '5MB', '512 KiB', '1000'. */
export function parseSize(v: unknown): number | undefined {
  const n = toNumber(v);
  if (n !== undefined) return Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*$/.exec(v);
  if (!m) return undefined;
  const unit = SIZE_UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

/** Validates the initlint table (already extracted from the TOML document). */
export function validateSettings(table: Record<string, unknown>, options: ParseOptions, prefix = ''): Settings {
  const { file, knownCodes } = options;
  const settings: Settings = { file, root: options.root };
  for (const [key, value] of Object.entries(table)) {
    const name = prefix + key;
    switch (key) {
      case 'select':
        settings.select = codeArray(value, file, name, knownCodes);
        break;
      case 'ignore':
        settings.ignore = codeArray(value, file, name, knownCodes);
        break;
      case 'per-file-ignores': {
        if (!isTable(value)) throw new ConfigError(file, name, `expected a table of glob = [codes], got ${typeName(value)}`);
        settings.perFileIgnores = Object.entries(value).map(([pattern, codes]) => ({
          pattern,
          codes: codeArray(codes, file, `${name}."${pattern}"`, knownCodes),
        }));
        break;
      }
      case 'drift-band': {
        if (!Array.isArray(value) || value.length !== 2) throw new ConfigError(file, name, `expected two numbers [low, high], got ${typeName(value)}${Array.isArray(value) ? ` of length ${value.length}` : ''}`);
        const lo = toNumber(value[0]);
        const hi = toNumber(value[1]);
        if (lo === undefined || hi === undefined) throw new ConfigError(file, name, 'expected two numbers [low, high]');
        if (!(lo > 0) || !(hi > lo) || !Number.isFinite(hi)) throw new ConfigError(file, name, `expected 0 < low < high (finite), got [${lo}, ${hi}]`);
        settings.driftBand = [lo, hi];
        break;
      }
      case 'exclude':
        settings.exclude = stringArray(value, file, name);
        break;
      case 'extend-exclude':
        settings.extendExclude = stringArray(value, file, name);
        break;
      case 'max-file-size': {
        const size = parseSize(value);
        if (size === undefined) throw new ConfigError(file, name, `expected a positive number of bytes or a size such as "5MB", got ${JSON.stringify(value)}`);
        settings.maxFileSize = size;
        break;
      }
      default:
        throw new ConfigError(file, name, `unknown key (known keys: ${KNOWN_KEYS.join(', ')})`);
    }
  }
  return settings;
}

/** The kind a file name implies: pyproject.toml reads [tool.initlint], anything else the top level. */
export function kindOf(fileName: string): ConfigKind {
  return /(^|[\\/])pyproject\.toml$/.test(fileName) ? 'pyproject' : 'standalone';
}

/**
 * Parses TOML text into settings. Returns null for a pyproject.toml without a [tool.initlint] table.
 * Throws ConfigError on invalid TOML or invalid values.
 */
export function parseSettings(text: string, options: ParseOptions): Settings | null {
  const { file } = options;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) throw new ConfigError(file, undefined, `invalid TOML at line ${e.line}, column ${e.column}: ${e.message.split('\n')[0]}`);
    throw new ConfigError(file, undefined, `invalid TOML: ${(e as Error).message}`);
  }
  const kind = options.kind ?? kindOf(file);
  if (kind === 'pyproject') {
    const tool = doc['tool'];
    if (tool === undefined) return null;
    if (!isTable(tool)) throw new ConfigError(file, 'tool', `expected a table, got ${typeName(tool)}`);
    const table = tool['initlint'];
    if (table === undefined) return null;
    if (!isTable(table)) throw new ConfigError(file, 'tool.initlint', `expected a table, got ${typeName(table)}`);
    return validateSettings(table, options, 'tool.initlint.');
  }
  // A standalone file may also nest everything under [tool.initlint].
  const tool = doc['tool'];
  if (isTable(tool) && isTable(tool['initlint']) && Object.keys(doc).length === 1) {
    return validateSettings(tool['initlint'], options, 'tool.initlint.');
  }
  return validateSettings(doc, options);
}
