// The `initlint` command: argument handling, settings, file discovery, the run, the output and the
// exit status (0 no warnings or errors, 1 some, 2 usage, configuration, I/O or internal error).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnalyzeOptions } from '../analyze';
import { RULES } from '../rules/registry';
import type { RuleDoc } from '../rules/types';
import {
  ConfigError,
  DEFAULT_MAX_FILE_SIZE,
  describeType,
  excludeMatcher,
  findSettings,
  globMatcher,
  loadSettingsFile,
  normalizeCode,
  parseSize,
  perFileIgnores,
  type Settings,
} from '../config';
import { parseArgs, UsageError, USAGE, CHECK_USAGE, EXPLAIN_USAGE, type CheckArgs } from './args';
import type { FileResult, FileTask } from './check-file';
import { explainRule, findRule, listRules } from './explain';
import { toJson } from './format-json';
import { toSarif } from './format-sarif';
import { countFindings, findingLines, noteLines, style, summaryLine } from './format-text';
import { packageInfo } from './package-info';
import { PROBE_USAGE, REPORT_USAGE, runProbeCommand } from './probe-command';
import { noProgress, progressBar } from './progress';
import { runTasks } from './pool';
import { collectFiles } from './walk';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Progress is drawn when stderr is a terminal and the run has more files than this. */
const PROGRESS_MIN_FILES = 20;

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}

class Failure extends Error {}

export async function runCli(argv: string[], io: CliIO, rules: readonly RuleDoc[] = RULES): Promise<number> {
  const fail = async (message: string, hint?: string): Promise<number> => {
    await write(io.stderr, `initlint: error: ${message}\n${hint ? `${hint}\n` : ''}`);
    return 2;
  };
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = e.command ? `Run 'initlint ${e.command} --help' for usage.` : "Run 'initlint --help' for usage.";
      return fail(e.message, hint);
    }
    throw e;
  }
  switch (args.command) {
    case 'help':
      await write(
        io.stdout,
        args.topic === 'check' ? CHECK_USAGE : args.topic === 'explain' ? EXPLAIN_USAGE : args.topic === 'probe' ? PROBE_USAGE : args.topic === 'report' ? REPORT_USAGE : USAGE,
      );
      return 0;
    case 'version':
      await write(io.stdout, `initlint ${packageInfo().version}\n`);
      return 0;
    case 'explain': {
      if (args.code === undefined) {
        await write(io.stdout, listRules(rules));
        return 0;
      }
      const rule = findRule(rules, args.code);
      if (!rule) return fail(`unknown rule '${args.code}'`, "Run 'initlint explain' to list the rules.");
      await write(io.stdout, explainRule(rule));
      return 0;
    }
    case 'probe':
    case 'report':
      return runProbeCommand(args, io);
    case 'check':
      try {
        return await check(args, io, rules);
      } catch (e) {
        if (e instanceof Failure) return fail(e.message);
        throw e;
      }
  }
}

function codesOption(values: string[] | undefined, option: string, known: string[]): string[] | undefined {
  if (values === undefined) return undefined;
  return values.map((v) => {
    const code = normalizeCode(v, known);
    if (!code) throw new Failure(`unknown rule code '${v}' in ${option} (known: ${known.join(', ') || 'none'})`);
    return code;
  });
}

function loadSettings(args: CheckArgs, io: CliIO, known: string[]): Settings | undefined {
  if (args.noConfig) return undefined;
  try {
    if (args.config !== undefined) {
      const file = path.resolve(io.cwd, args.config);
      if (!fs.existsSync(file)) throw new Failure(`config file not found: ${args.config}`);
      return loadSettingsFile(file, known);
    }
    return findSettings(io.cwd, known);
  } catch (e) {
    if (e instanceof ConfigError) throw new Failure(`invalid configuration: ${path.relative(io.cwd, e.file) || e.file}: ${e.key ? `${e.key}: ` : ''}${e.detail}`);
    throw e;
  }
}

function displayPath(abs: string, from: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (!rel) return path.basename(abs);
  if ((rel.startsWith('..') || path.isAbsolute(rel)) && path.isAbsolute(from)) return abs;
  return rel;
}

/**
 * Findings one file's analysis made about code in a project module it imports go to that module's
 * own result (added when the module was not among the files checked), once each.
 */
function withElsewhere(results: FileResult[], cwd: string): FileResult[] {
  const byPath = new Map(results.map((r) => [r.path, r]));
  const out = [...results];
  for (const r of results) {
    for (const { abs, findings } of r.elsewhere ?? []) {
      const display = displayPath(abs, abs, cwd);
      let target = byPath.get(display);
      if (!target) {
        target = { path: display, findings: [], notes: [], checked: true, lines: 0 };
        byPath.set(display, target);
        out.push(target);
      }
      const have = new Set(target.findings.map((f) => `${f.code}:${f.range.start.line}:${f.range.start.character}:${f.message}`));
      for (const f of findings) {
        const key = `${f.code}:${f.range.start.line}:${f.range.start.character}:${f.message}`;
        if (have.has(key)) continue;
        have.add(key);
        target.findings.push(f);
      }
      target.findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
    }
  }
  for (const r of out) delete r.elsewhere;
  return out;
}

async function check(args: CheckArgs, io: CliIO, rules: readonly RuleDoc[]): Promise<number> {
  const known = rules.map((r) => r.code);
  const cliSelect = codesOption(args.select, '--select', known);
  const cliIgnore = codesOption(args.ignore, '--ignore', known);
  let maxFileSize: number | undefined;
  if (args.maxFileSize !== undefined) {
    maxFileSize = parseSize(args.maxFileSize);
    if (maxFileSize === undefined) throw new Failure(`invalid --max-file-size '${args.maxFileSize}' (expected bytes or a size such as 5MB)`);
  }
  const settings = loadSettings(args, io, known);

  // Named paths must exist and be folders or regular files (a device or a FIFO would never end or block).
  const unusable: string[] = [];
  for (const p of args.paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(path.resolve(io.cwd, p));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      unusable.push(code === 'ENOENT' || code === 'ENOTDIR' ? `path not found: ${p}` : `cannot read ${p}: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!st.isDirectory() && !st.isFile()) unusable.push(`not a regular file: ${p} (${describeType(st)})`);
  }
  if (unusable.length > 0) {
    await write(io.stderr, unusable.map((m) => `initlint: error: ${m}\n`).join(''));
    return 2;
  }

  const configExclude = settings ? excludeMatcher(settings) : () => false;
  const cliExclude = globMatcher(io.cwd, args.exclude);
  const walked = collectFiles(
    args.paths.map((p) => path.resolve(io.cwd, p)),
    { exclude: (abs, isDir) => configExclude(abs, isDir) || cliExclude(abs, isDir), gitignore: !args.noGitignore },
  );
  const fromOf = new Map(args.paths.map((p) => [path.resolve(io.cwd, p), p]));

  const perFile = settings ? perFileIgnores(settings) : () => [];
  const select = cliSelect ?? settings?.select;
  const ignore = cliIgnore ?? settings?.ignore ?? [];
  const size = maxFileSize ?? settings?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const tasks: FileTask[] = walked.files.map((f) => {
    const options: AnalyzeOptions = {};
    if (select) options.select = select;
    const extra = perFile(f.abs);
    if (ignore.length || extra.length) options.ignore = [...ignore, ...extra];
    if (settings?.driftBand) options.driftBand = settings.driftBand;
    return { abs: f.abs, display: displayPath(f.abs, fromOf.get(f.from) ?? f.from, io.cwd), options, maxFileSize: size };
  });

  const showProgress = !args.quiet && io.stderr.isTTY === true && tasks.length > PROGRESS_MIN_FILES;
  const progress = showProgress ? progressBar(io.stderr as NodeJS.WriteStream) : noProgress;
  const jobs = args.jobs ?? Number.POSITIVE_INFINITY;
  let results: FileResult[];
  try {
    results = await runTasks(tasks, { jobs, onProgress: (d, t) => progress.update(d, t) });
  } finally {
    progress.clear();
  }

  results = withElsewhere(results, io.cwd);

  // Folders that could not be read are I/O errors, reported like a file's note.
  const walkErrors: FileResult[] = walked.errors.map((e) => ({
    path: displayPath(e.abs, e.abs, io.cwd),
    findings: [],
    notes: [{ kind: 'io', message: `cannot read the folder: ${e.message}` }],
    checked: false,
    lines: 0,
  }));

  const failed = [...results, ...walkErrors].some((r) => r.notes.some((n) => n.kind === 'io' || n.kind === 'internal'));
  const counts = countFindings(results);

  // Notes to stderr (in every format, so stdout stays machine-readable); with --quiet only failures.
  const stderrStyle = style(args.color === 'always' || (args.color !== 'never' && io.stderr.isTTY === true && !io.env['NO_COLOR']));
  const noteText: string[] = [];
  for (const r of [...results, ...walkErrors]) {
    if (r.notes.length === 0) continue;
    const shown = args.quiet ? { ...r, notes: r.notes.filter((n) => n.kind === 'io' || n.kind === 'internal') } : r;
    noteText.push(...noteLines(shown, stderrStyle));
  }
  await write(io.stderr, noteText.length ? `${noteText.join('\n')}\n` : '');

  if (args.format === 'json') {
    await write(io.stdout, `${JSON.stringify(toJson(results))}\n`);
  } else if (args.format === 'sarif') {
    await write(io.stdout, `${JSON.stringify(toSarif(results, rules, packageInfo(), io.cwd, !failed), null, 2)}\n`);
  } else {
    const colour = args.color === 'always' || (args.color !== 'never' && io.stdout.isTTY === true && !io.env['NO_COLOR']);
    const s = style(colour);
    const lines: string[] = [];
    for (const r of results) lines.push(...findingLines(r, s));
    if (!args.quiet) lines.push(s.bold(summaryLine(counts)));
    await write(io.stdout, lines.length ? `${lines.join('\n')}\n` : '');
  }

  if (failed) return 2;
  return counts.error + counts.warning > 0 ? 1 : 0;
}
