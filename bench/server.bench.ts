// Language server: diagnostics latency after an edit to a 2,000-line model file (200 edits; the
// time from sending didChange to receiving that version's diagnostics, debounce included), cold
// start to first diagnostics, and resident memory with 50 model files open.
// Targets (DESIGN section 9): p95 under 50 ms after an edit; cold start under 500 ms.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './gen-corpus';
import type { Benchmark } from './harness';
import { BenchClient, SERVER } from './lsp-client';

/** Model files of the generated corpus, deterministic, written once per process. */
function corpusFiles(minLines: number): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'initlint-bench-server-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  generateCorpus(dir, minLines, 7);
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) files.push(p);
    }
  };
  walk(dir);
  return files.sort();
}

/** One file of about `lines` lines made of whole corpus files (valid Python, many models). */
function bigModelFile(lines: number): { uri: string; text: string } {
  const parts: string[] = [];
  let n = 0;
  for (const f of corpusFiles(lines * 2)) {
    const t = fs.readFileSync(f, 'utf8');
    parts.push(t);
    n += t.split('\n').length;
    if (n >= lines) break;
  }
  const file = path.join(os.tmpdir(), `initlint-bench-${process.pid}-big.py`);
  return { uri: pathToFileURL(file).toString(), text: parts.join('\n') };
}

function requireServer(): void {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
}

const editLatency: Benchmark = {
  name: 'server/edit-to-diagnostics-2000-lines',
  description: 'didChange (one size literal edited) to that version\'s publishDiagnostics, 2,000-line file',
  warmup: 10,
  minIterations: 200,
  maxIterations: 200,
  minTimeMs: 0,
  async setup() {
    requireServer();
    const { uri, text } = bigModelFile(2000);
    // Edit a size literal of the first nn.Linear so that every edit changes the model.
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /nn\.Linear\(\d+/.test(l));
    const col = lines[line]!.search(/nn\.Linear\(\d/) + 'nn.Linear('.length;
    client = new BenchClient();
    await client.initialize();
    const first = client.diagnostics(uri, 1);
    await client.open(uri, text, 1);
    await first;
    let version = 1;
    return async () => {
      version++;
      const digit = String(version % 10);
      const done = client!.diagnostics(uri, version);
      await client!.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: digit === '0' ? '5' : digit }],
      });
      await done;
    };
  },
  async teardown() {
    await client?.close();
  },
};
let client: BenchClient | undefined;

const coldStart: Benchmark = {
  name: 'server/cold-start-to-first-diagnostics',
  description: 'spawn node dist/server.js, initialize, open examples/bad_zero_hidden_layer.py, first diagnostics',
  warmup: 1,
  minIterations: 10,
  maxIterations: 10,
  minTimeMs: 0,
  setup() {
    requireServer();
    const file = path.resolve(__dirname, '..', '..', 'examples', 'bad_zero_hidden_layer.py');
    const uri = pathToFileURL(file).toString();
    const text = fs.readFileSync(file, 'utf8');
    return async () => {
      const c = new BenchClient();
      await c.initialize();
      const first = c.diagnostics(uri);
      await c.open(uri, text);
      const p = await first;
      await c.close();
      if (p.count === 0) throw new Error('expected a finding in bad_zero_hidden_layer.py');
    };
  },
};

let rss: number | undefined;
const memory50: Benchmark = {
  name: 'server/rss-with-50-open-files',
  description: 'resident memory of the server after opening 50 model files and receiving their diagnostics',
  warmup: 0,
  minIterations: 1,
  maxIterations: 1,
  minTimeMs: 0,
  setup() {
    requireServer();
    const files = corpusFiles(30_000).slice(0, 50);
    return async () => {
      const c = new BenchClient();
      await c.initialize();
      await Promise.all(
        files.map((f) => {
          const uri = pathToFileURL(f).toString();
          const d = c.diagnostics(uri);
          void c.open(uri, fs.readFileSync(f, 'utf8'));
          return d;
        }),
      );
      rss = c.rssMb();
      await c.close();
    };
  },
  annotate: () => (rss === undefined ? 'RSS n/a' : `RSS ${rss.toFixed(0)} MB (50 files)`),
};

export const serverBenchmarks: Benchmark[] = [coldStart, editLatency, memory50];
