// Command-line parsing for `initlint`: subcommands check, explain, probe and report, GNU-style long options
// (`--format json` or `--format=json`), a few short ones, `--` to end options.
import { parseProbeArgs, type ProbeArgs, type ReportArgs } from './probe-command';

export class UsageError extends Error {
  constructor(
    message: string,
    /** The subcommand whose usage to point at. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Format = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: Format;
  select?: string[];
  ignore?: string[];
  exclude: string[];
  config?: string;
  noConfig: boolean;
  jobs?: number;
  quiet: boolean;
  color?: 'auto' | 'always' | 'never';
  noGitignore: boolean;
  maxFileSize?: string;
}

export type ParsedArgs =
  | CheckArgs
  | { command: 'explain'; code?: string }
  | ProbeArgs
  | ReportArgs
  | { command: 'help'; topic?: 'check' | 'explain' | 'probe' | 'report' }
  | { command: 'version' };

export const USAGE = `initlint: catch bad weight initialization in PyTorch model code

Usage:
  initlint check [OPTIONS] PATHS...   check Python files, notebooks and folders
  initlint explain [CODE]              describe a rule (IL003), or list all rules
  initlint probe [OPTIONS] FILE        measure each layer's statistics with TensorFlow.js
  initlint report [OPTIONS] FILE       write the propagation report (HTML, Markdown or JSON)
  initlint --help | --version

Run 'initlint check --help' for the check options.
`;

export const CHECK_USAGE = `Usage: initlint check [OPTIONS] PATHS...

Checks *.py files and .ipynb notebooks; folders are walked (skipping .git, node_modules,
virtual environments, site-packages, __pycache__ and paths in .gitignore files).
A file named on the command line is always checked.

Options:
  -f, --format FORMAT     text (default), json or sarif (SARIF 2.1.0)
      --select CODES      run only these rules (comma-separated codes or prefixes, ALL)
      --ignore CODES      skip these rules (comma-separated codes or prefixes)
      --exclude GLOB      skip walked paths matching GLOB (gitignore syntax; repeatable)
      --config FILE       read settings from FILE (pyproject.toml or a TOML file)
      --no-config         ignore pyproject.toml settings
  -j, --jobs N            worker threads (default: available CPUs; 1 = single-threaded)
  -q, --quiet             print findings only (no summary, notes or progress)
      --color WHEN        auto (default), always or never
      --no-gitignore      do not honour .gitignore files
      --max-file-size N   skip files larger than N (bytes, or e.g. 5MB; default 2000000 bytes)
  -h, --help              show this help

Settings come from [tool.initlint] in the nearest pyproject.toml at or above the current
folder: select, ignore, per-file-ignores, drift-band, exclude, extend-exclude, max-file-size.
Command-line options override them.

Exit status: 0 no warnings or errors, 1 warnings or errors found, 2 usage, configuration,
I/O or internal error.
`;

export const EXPLAIN_USAGE = `Usage: initlint explain [CODE]

Prints the documentation of a rule (e.g. IL003 or its name, unscaled-weight);
without CODE, lists every rule.
`;

function splitCodes(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

interface OptionSpec {
  name: string;
  short?: string;
  takesValue: boolean;
}

const CHECK_OPTIONS: OptionSpec[] = [
  { name: 'format', short: 'f', takesValue: true },
  { name: 'select', takesValue: true },
  { name: 'ignore', takesValue: true },
  { name: 'exclude', takesValue: true },
  { name: 'config', takesValue: true },
  { name: 'no-config', takesValue: false },
  { name: 'jobs', short: 'j', takesValue: true },
  { name: 'quiet', short: 'q', takesValue: false },
  { name: 'color', takesValue: true },
  { name: 'no-gitignore', takesValue: false },
  { name: 'max-file-size', takesValue: true },
  { name: 'help', short: 'h', takesValue: false },
];

function parseCheck(argv: string[]): CheckArgs | { command: 'help'; topic: 'check' } {
  const args: CheckArgs = { command: 'check', paths: [], format: 'text', exclude: [], noConfig: false, quiet: false, noGitignore: false };
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (arg === '-') throw new UsageError("reading from standard input ('-') is not supported; name files or folders", 'check');
      args.paths.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) inline = arg.slice(eq + 1);
      spec = CHECK_OPTIONS.find((o) => o.name === name);
    } else {
      const short = arg.slice(1, 2);
      spec = CHECK_OPTIONS.find((o) => o.short === short);
      if (arg.length > 2) {
        if (spec?.takesValue) inline = arg.slice(2);
        else spec = undefined;
      }
    }
    if (!spec) throw new UsageError(`unknown option '${arg}'`, 'check');
    let value: string | undefined;
    if (spec.takesValue) {
      if (inline !== undefined) value = inline;
      else {
        value = argv[++i];
        if (value === undefined) throw new UsageError(`option '--${spec.name}' needs a value`, 'check');
      }
    } else if (inline !== undefined) {
      throw new UsageError(`option '--${spec.name}' takes no value`, 'check');
    }
    switch (spec.name) {
      case 'format':
        if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`invalid --format '${value}' (expected text, json or sarif)`, 'check');
        args.format = value;
        break;
      case 'select':
        args.select = [...(args.select ?? []), ...splitCodes(value!)];
        break;
      case 'ignore':
        args.ignore = [...(args.ignore ?? []), ...splitCodes(value!)];
        break;
      case 'exclude':
        args.exclude.push(value!);
        break;
      case 'config':
        args.config = value!;
        break;
      case 'no-config':
        args.noConfig = true;
        break;
      case 'jobs': {
        const n = Number(value);
        if (!/^\s*[0-9]+\s*$/.test(value!) || !Number.isInteger(n) || n < 1) throw new UsageError(`invalid --jobs '${value}' (expected a positive integer)`, 'check');
        args.jobs = n;
        break;
      }
      case 'quiet':
        args.quiet = true;
        break;
      case 'color':
        if (value !== 'auto' && value !== 'always' && value !== 'never') throw new UsageError(`invalid --color '${value}' (expected auto, always or never)`, 'check');
        args.color = value;
        break;
      case 'no-gitignore':
        args.noGitignore = true;
        break;
      case 'max-file-size':
        args.maxFileSize = value!;
        break;
      case 'help':
        help = true;
        break;
    }
  }
  if (help) return { command: 'help', topic: 'check' };
  if (args.config !== undefined && args.noConfig) throw new UsageError("--config and --no-config cannot be used together", 'check');
  if (args.paths.length === 0) throw new UsageError('no paths given (try: initlint check .)', 'check');
  return args;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return topic === 'check' || topic === 'explain' || topic === 'probe' || topic === 'report' ? { command: 'help', topic } : { command: 'help' };
  }
  if (first === '--version' || first === '-V' || first === 'version') return { command: 'version' };
  if (first === 'check') return parseCheck(rest);
  if (first === 'probe' || first === 'report') return parseProbeArgs(first, rest);
  if (first === 'explain') {
    const positional: string[] = [];
    for (const arg of rest) {
      if (arg === '--help' || arg === '-h') return { command: 'help', topic: 'explain' };
      if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`, 'explain');
      positional.push(arg);
    }
    if (positional.length > 1) throw new UsageError('explain takes at most one rule code', 'explain');
    return positional[0] === undefined ? { command: 'explain' } : { command: 'explain', code: positional[0] };
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  throw new UsageError(`unknown command '${first}' (expected check, explain, probe or report)`);
}
