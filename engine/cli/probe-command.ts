// `initlint probe FILE` and `initlint report FILE`: argument parsing and the runs. A probe runs in a
// worker thread (engine/probe/runner.ts) with a progress bar on a terminal; `report` probes, fills the
// measured values of the propagation report, adds the Kaiming/Xavier/LeCun alternatives and writes
// HTML, Markdown or JSON.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, ready, type FileAnalysis } from '../analyze';
import { propagationReport } from '../analysis/report-data';
import { renderReportHtml, renderReportJson, renderReportMarkdown } from '../report';
import { alternativeProbeModels, attachMeasured, probeJson, probeText, runProbe, withAlternatives, BACKEND_CHOICES, type BackendChoice, type ProbeOptions, type ProbeResult } from '../probe';
import { UsageError } from './args';
import { notebookToPython } from './notebook';
import { noProgress, type Progress } from './progress';
import { describeOutcome, MAX_FILE_BYTES, readRegularFile } from '../config/regular-file';

export interface ProbeArgs {
  command: 'probe';
  file: string;
  model?: string;
  backend: BackendChoice;
  format: 'text' | 'json';
  batch?: number;
  spatial?: number;
  seed?: number;
  timeoutSec?: number;
  jacobian?: JacobianMode;
  quiet: boolean;
}

type JacobianMode = NonNullable<ProbeOptions['jacobian']>;
const JACOBIAN_MODES: readonly JacobianMode[] = ['off', 'current', 'compare'];

export interface ReportArgs {
  command: 'report';
  file: string;
  output?: string;
  model?: string;
  backend: BackendChoice;
  format: 'html' | 'md' | 'json';
  batch?: number;
  spatial?: number;
  seed?: number;
  timeoutSec?: number;
  jacobian?: JacobianMode;
  noProbe: boolean;
  alternatives: boolean;
  quiet: boolean;
}

export const PROBE_USAGE = `Usage: initlint probe [OPTIONS] FILE

Builds each model of FILE with its initial weights (drawn as its initializers would), runs a batch
forward and backward with TensorFlow.js, and prints per layer the predicted and the measured
forward second moment and backward gradient squared norm, dead and saturated units.

Options:
  -m, --model NAME        only this model
  -b, --backend B         auto (default), webgpu, tfjs-node, wasm or cpu
  -f, --format FORMAT     text (default) or json
      --batch N           samples per batch (default: chosen in 32..256 from the model's size)
      --spatial N         side of 2-D conv inputs, length of 1-D ones (default 8 and 32)
      --seed N            seed of the weight, input and projection draws (default 1)
      --timeout SEC       give up after SEC seconds (default 300)
      --jacobian MODE     the input-output Jacobian of each plain stack: current (default: as
                          initialized), compare (also with orthogonal weights) or off
  -q, --quiet             no progress bar
  -h, --help              show this help

Exit status: 0 probed, 1 some model or segment could not be probed, 2 usage or I/O error or a failed probe.
`;

export const REPORT_USAGE = `Usage: initlint report [OPTIONS] FILE

Writes the propagation report of FILE: per model a log-scale plot of the predicted and measured
forward second moment and backward gradient norm per layer, a table and notes; and what Kaiming,
Xavier and LeCun initialization would give instead (predicted); and per plain stack the spectrum
of its input-output Jacobian, as initialized and with orthogonal weights (predicted and measured).

Options:
  -o, --output FILE       write here (default: FILE's name with .html, .md or .json beside it; - for stdout)
  -f, --format FORMAT     html (default), md or json
  -m, --model NAME        only this model
  -b, --backend B         auto (default), webgpu, tfjs-node, wasm or cpu
      --no-probe          predicted values only
      --no-alternatives   leave out the Kaiming, Xavier and LeCun alternatives
      --batch N, --spatial N, --seed N, --timeout SEC   as for probe
      --jacobian MODE     as for probe (default compare)
  -q, --quiet             no progress bar
  -h, --help              show this help
`;

interface Spec {
  name: string;
  short?: string;
  value: boolean;
}

const COMMON: Spec[] = [
  { name: 'model', short: 'm', value: true },
  { name: 'backend', short: 'b', value: true },
  { name: 'format', short: 'f', value: true },
  { name: 'batch', value: true },
  { name: 'spatial', value: true },
  { name: 'seed', value: true },
  { name: 'timeout', value: true },
  { name: 'jacobian', value: true },
  { name: 'quiet', short: 'q', value: false },
  { name: 'help', short: 'h', value: false },
];
const REPORT_ONLY: Spec[] = [
  { name: 'output', short: 'o', value: true },
  { name: 'no-probe', value: false },
  { name: 'no-alternatives', value: false },
];

function positiveInt(v: string, option: string, command: string, min = 1): number {
  const n = Number(v);
  if (!/^\s*[0-9]+\s*$/.test(v) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`invalid --${option} '${v}' (expected an integer >= ${min})`, command);
  return n;
}

/** Parses `probe` / `report` arguments (after the command word). */
export function parseProbeArgs(command: 'probe' | 'report', argv: string[]): ProbeArgs | ReportArgs | { command: 'help'; topic: 'probe' | 'report' } {
  const specs = command === 'report' ? [...COMMON, ...REPORT_ONLY] : COMMON;
  const files: string[] = [];
  const values = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    let spec: Spec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) inline = arg.slice(eq + 1);
      spec = specs.find((s) => s.name === name);
    } else {
      spec = specs.find((s) => s.short === arg.slice(1, 2));
      if (arg.length > 2) {
        if (spec?.value) inline = arg.slice(2);
        else spec = undefined;
      }
    }
    if (!spec) throw new UsageError(`unknown option '${arg}'`, command);
    if (spec.value) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`option '--${spec.name}' needs a value`, command);
      values.set(spec.name, v);
    } else {
      if (inline !== undefined) throw new UsageError(`option '--${spec.name}' takes no value`, command);
      values.set(spec.name, true);
    }
  }
  if (values.has('help')) return { command: 'help', topic: command };
  if (files.length === 0) throw new UsageError('no file given', command);
  if (files.length > 1) throw new UsageError(`${command} takes one file`, command);
  const str = (k: string): string | undefined => {
    const v = values.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  const backend = str('backend') ?? 'auto';
  if (!(BACKEND_CHOICES as readonly string[]).includes(backend)) throw new UsageError(`invalid --backend '${backend}' (expected ${BACKEND_CHOICES.join(', ')})`, command);
  const jacobian = str('jacobian');
  if (jacobian !== undefined && !(JACOBIAN_MODES as readonly string[]).includes(jacobian)) throw new UsageError(`invalid --jacobian '${jacobian}' (expected ${JACOBIAN_MODES.join(', ')})`, command);
  const common = {
    file: files[0]!,
    backend: backend as BackendChoice,
    quiet: values.has('quiet'),
    ...(str('model') !== undefined ? { model: str('model')! } : {}),
    ...(str('batch') !== undefined ? { batch: positiveInt(str('batch')!, 'batch', command, 2) } : {}),
    ...(str('spatial') !== undefined ? { spatial: positiveInt(str('spatial')!, 'spatial', command) } : {}),
    ...(str('seed') !== undefined ? { seed: positiveInt(str('seed')!, 'seed', command, 0) } : {}),
    ...(str('timeout') !== undefined ? { timeoutSec: positiveInt(str('timeout')!, 'timeout', command) } : {}),
    ...(jacobian !== undefined ? { jacobian: jacobian as JacobianMode } : {}),
  };
  const format = str('format');
  if (command === 'probe') {
    if (format !== undefined && format !== 'text' && format !== 'json') throw new UsageError(`invalid --format '${format}' (expected text or json)`, command);
    return { command, ...common, format: format ?? 'text' };
  }
  const f = format === 'markdown' ? 'md' : format;
  if (f !== undefined && f !== 'html' && f !== 'md' && f !== 'json') throw new UsageError(`invalid --format '${format}' (expected html, md or json)`, command);
  return {
    command,
    ...common,
    format: f ?? 'html',
    ...(str('output') !== undefined ? { output: str('output')! } : {}),
    noProbe: values.has('no-probe'),
    alternatives: !values.has('no-alternatives'),
  };
}

export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

class CommandError extends Error {}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}

async function analyzeFile(file: string, cwd: string): Promise<FileAnalysis> {
  const abs = path.resolve(cwd, file);
  // Only a regular file under the cap: a device or a FIFO would never end or block.
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  if (read.kind === 'missing') throw new CommandError(`cannot read ${file}: ENOENT`);
  if (read.kind === 'error') throw new CommandError(`cannot read ${file}: ${read.code ?? read.message}`);
  if (read.kind !== 'ok') throw new CommandError(`cannot read ${file}: ${describeOutcome(read)}`);
  let text = read.bytes.toString('utf8');
  if (abs.endsWith('.ipynb')) {
    const nb = notebookToPython(text);
    if (!nb.ok) throw new CommandError(`${file}: ${nb.reason}`);
    text = nb.notebook.text;
  }
  await ready();
  return analyzeText(file, text);
}

/** A progress bar over probe segments on a terminal. */
function segmentBar(stream: NodeJS.WriteStream): Progress {
  let shown = false;
  const t0 = Date.now();
  return {
    update(done, total) {
      const width = 30;
      const filled = total > 0 ? Math.floor((done / total) * width) : width;
      const bar = filled >= width ? '='.repeat(width) : `${'='.repeat(filled)}>${' '.repeat(width - filled - 1)}`;
      stream.write(`\r[${bar}] ${done}/${total} segments probed, ${((Date.now() - t0) / 1000).toFixed(1)} s\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

async function probeAnalysis(analysis: FileAnalysis, args: ProbeArgs | ReportArgs, io: CommandIO): Promise<ProbeResult> {
  const options: ProbeOptions = { backend: args.backend };
  if (args.model !== undefined) options.model = args.model;
  if (args.batch !== undefined) options.batch = args.batch;
  if (args.spatial !== undefined) options.spatial = args.spatial;
  if (args.seed !== undefined) options.seed = args.seed;
  // a report compares the Jacobian with orthogonal weights unless told otherwise
  options.jacobian = args.jacobian ?? (args.command === 'report' ? 'compare' : 'current');
  const progress = !args.quiet && io.stderr.isTTY === true ? segmentBar(io.stderr as NodeJS.WriteStream) : noProgress;
  if (progress !== noProgress) progress.update(0, 1);
  try {
    return await runProbe(
      { path: analysis.path, models: analysis.graph.models, options },
      { budgetMs: (args.timeoutSec ?? 300) * 1000, onProgress: (d, t) => progress.update(d, t) },
    );
  } finally {
    progress.clear();
  }
}

function incomplete(result: ProbeResult): boolean {
  return result.models.some((m) => m.segments.some((s) => !s.probed)) || result.models.length === 0;
}

async function probeCommand(args: ProbeArgs, io: CommandIO): Promise<number> {
  const analysis = await analyzeFile(args.file, io.cwd);
  if (args.model !== undefined && !analysis.models.some((m) => m.model.name === args.model)) {
    throw new CommandError(`no model named '${args.model}' in ${args.file} (found: ${analysis.models.map((m) => m.model.name).join(', ') || 'none'})`);
  }
  const result = await probeAnalysis(analysis, args, io);
  await write(io.stdout, args.format === 'json' ? `${JSON.stringify(probeJson(result))}\n` : probeText(result));
  if (result.status !== 'ok') {
    await write(io.stderr, `initlint: probe ${result.status}: ${result.error ?? ''}\n`);
    return 2;
  }
  if (analysis.models.length === 0) await write(io.stderr, `initlint: no models found in ${args.file}\n`);
  return incomplete(result) ? 1 : 0;
}

async function reportCommand(args: ReportArgs, io: CommandIO): Promise<number> {
  const analysis = await analyzeFile(args.file, io.cwd);
  if (args.model !== undefined && !analysis.models.some((m) => m.model.name === args.model)) {
    throw new CommandError(`no model named '${args.model}' in ${args.file} (found: ${analysis.models.map((m) => m.model.name).join(', ') || 'none'})`);
  }
  let report = propagationReport(analysis, args.model);
  let status = 0;
  if (!args.noProbe && report.models.length > 0) {
    const result = await probeAnalysis(analysis, args, io);
    attachMeasured(report, result);
    if (result.status !== 'ok') {
      await write(io.stderr, `initlint: probe ${result.status}: ${result.error ?? ''} (the report has predicted values only)\n`);
      status = 1;
    }
  }
  if (args.alternatives) {
    report = withAlternatives(report, analysis);
    // The alternatives are probed too: the same networks with every weight re-initialised.
    const alternatives = args.noProbe ? [] : alternativeProbeModels(report, analysis);
    if (alternatives.length) {
      const options: ProbeOptions = { backend: args.backend };
      if (args.batch !== undefined) options.batch = args.batch;
      if (args.spatial !== undefined) options.spatial = args.spatial;
      if (args.seed !== undefined) options.seed = args.seed;
      const alt = await runProbe({ path: analysis.path, models: alternatives, options }, { budgetMs: (args.timeoutSec ?? 300) * 1000 });
      if (alt.status === 'ok') attachMeasured(report, alt);
      else await write(io.stderr, `initlint: probe of the alternatives ${alt.status}: ${alt.error ?? ''} (they have predicted values only)\n`);
    }
  }
  const ext = args.format === 'md' ? '.md' : args.format === 'json' ? '.json' : '.html';
  const text = args.format === 'md' ? renderReportMarkdown(report) : args.format === 'json' ? renderReportJson(report) : await renderReportHtml(report);
  const out = args.output ?? `${args.file.replace(/\.(py|ipynb)$/i, '')}.report${ext}`;
  if (out === '-') {
    await write(io.stdout, text);
  } else {
    const abs = path.resolve(io.cwd, out);
    try {
      fs.writeFileSync(abs, text);
    } catch (e) {
      throw new CommandError(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (!args.quiet) await write(io.stderr, `initlint: wrote ${out} (${report.models.length} ${report.models.length === 1 ? 'model' : 'models'})\n`);
  }
  return status;
}

/** Runs `probe` or `report`; exit status 0/1, 2 on I/O errors (printed to stderr). */
export async function runProbeCommand(args: ProbeArgs | ReportArgs, io: CommandIO): Promise<number> {
  try {
    return args.command === 'probe' ? await probeCommand(args, io) : await reportCommand(args, io);
  } catch (e) {
    if (e instanceof CommandError) {
      await write(io.stderr, `initlint: error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
