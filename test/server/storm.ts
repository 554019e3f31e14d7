// An LSP storm: a seeded stream of valid and malformed messages thrown at `node dist/server.js
// --stdio` through raw writes (so frames can be broken on purpose), recording when every request was
// answered and how. Used by storm.test.ts (a few hundred messages in `npm test`) and by
// storm-run.ts (`npm run fuzz:lsp`, thousands). The same seed gives the same stream of messages.
//
// What is thrown: requests before initialize, a second initialize, hovers / code actions / inlay hints
// on open documents (alone, in bursts, and cancelled in the same write), edits, settings changes
// (some outside their ranges), frames without or with a wrong Content-Length, junk bytes, bodies that
// are not JSON, messages of the wrong shape, malformed notebook and document notifications, requests
// after shutdown. What is expected of each request is recorded with it (a result, or an error code).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { StreamMessageReader, type Message } from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../helpers/edits';
import { CAPABILITIES, ROOT, SERVER, example, virtualUri } from './lsp';

/** mulberry32: a small seeded generator, enough to replay a storm. */
export class Rand {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface StormOptions {
  seed: number;
  /** Storm actions after initialize (each is one message, a burst, or a broken frame with what follows it). */
  actions: number;
  /** Extra lines of the generated model file opened during the storm (0: none). */
  bigLines?: number;
  /** Milliseconds between actions, at most (drawn from 0 up). */
  maxGapMs?: number;
  log?: (line: string) => void;
}

type Expect = 'result' | number;

interface Sent {
  method: string;
  at: number;
  expect: Expect;
  cancelled: boolean;
  answeredAt?: number;
  code?: number;
}

export interface StormReport {
  seed: number;
  /** Frames and raw writes sent (malformed ones included). */
  messages: number;
  malformed: number;
  requests: number;
  answered: number;
  /** Requests never answered (method and id). */
  unanswered: string[];
  /** Answers that were not what the request expected (method, expected, got). */
  unexpected: string[];
  maxLatencyMs: number;
  p95LatencyMs: number;
  slowest: string;
  cancelled: number;
  cancelledWith32800: number;
  /** Responses with id null (parse errors and invalid messages). */
  nullIdErrors: number;
  /** Error codes of all answers, by code. */
  codes: Record<string, number>;
  /** After the storm: a fresh document got its finding, a notebook opened after malformed ones got its. */
  healthy: { document: boolean; notebook: boolean; hover: boolean };
  exitCode: number | null;
  stderr: string;
}

const encoder = new TextEncoder();
function frame(body: unknown): Buffer {
  const json = Buffer.from(encoder.encode(JSON.stringify(body)));
  return Buffer.concat([Buffer.from(`Content-Length: ${json.length}\r\n\r\n`, 'latin1'), json]);
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A model file of about `n` lines made of the examples' models under fresh class names. */
export function generatedModelFile(n: number): string {
  const units = ['bad_zero_hidden_layer.py', 'good_mlp.py', 'bad_deep_default_mlp.py', 'good_resnet_block.py'].map((f) =>
    fs.readFileSync(`${ROOT}/examples/${f}`, 'utf8').replace(/if __name__[\s\S]*$/, ''),
  );
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const unit = units[i % units.length]!.replace(/class (\w+)/g, `class $1_${i}`).replace(/\b(Classifier|MLP|DeepMLP|ResidualBlock|Block)\(/g, `$1_${i}(`);
    parts.push(unit);
    count += lines(unit).length;
  }
  return parts.join('\n');
}

const CELL_CLASS = `import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, n_in=784, hidden=512, n_classes=10):
        super().__init__()
        self.fc1 = nn.Linear(n_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, n_classes)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.out(x)
`;
const CELL_INIT = 'model = Classifier()\nnn.init.zeros_(model.fc2.weight)\n';

export async function runStorm(options: StormOptions): Promise<StormReport> {
  const rnd = new Rand(options.seed);
  const log = options.log ?? (() => undefined);
  // INITLINT_STORM_NODE_ARGS passes options to the server's node (say --cpu-prof --cpu-prof-dir=/tmp/p).
  const nodeArgs = (process.env.INITLINT_STORM_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => stderr.push(d));
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const reader = new StreamMessageReader(child.stdout);
  reader.partialMessageTimeout = 0;

  const sent = new Map<string | number, Sent>();
  const published = new Map<string, { version?: number; diagnostics: { code?: unknown; message: string }[] }[]>();
  const report: StormReport = {
    seed: options.seed,
    messages: 0,
    malformed: 0,
    requests: 0,
    answered: 0,
    unanswered: [],
    unexpected: [],
    maxLatencyMs: 0,
    p95LatencyMs: 0,
    slowest: '',
    cancelled: 0,
    cancelledWith32800: 0,
    nullIdErrors: 0,
    codes: {},
    healthy: { document: false, notebook: false, hover: false },
    exitCode: null,
    stderr: '',
  };
  let settings: Record<string, unknown> = { debounceMs: 20, probe: { enable: false } };
  const waiters: { test: (m: Message & Record<string, unknown>) => boolean; resolve: (m: unknown) => void }[] = [];

  const write = (bytes: Buffer): void => {
    report.messages++;
    child.stdin.write(bytes);
  };
  reader.listen((m) => {
    const msg = m as Message & { id?: string | number | null; method?: string; params?: unknown; result?: unknown; error?: { code: number } };
    if (typeof msg.method === 'string' && msg.id !== undefined && msg.id !== null) {
      // A request of the server: answer it (configuration with the current settings).
      const result = msg.method === 'workspace/configuration' ? ((msg.params as { items: unknown[] }).items ?? []).map(() => settings) : null;
      child.stdin.write(frame({ jsonrpc: '2.0', id: msg.id, result }));
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const p = msg.params as { uri: string; version?: number; diagnostics: { code?: unknown; message: string }[] };
      const list = published.get(p.uri) ?? [];
      list.push({ ...(p.version !== undefined ? { version: p.version } : {}), diagnostics: p.diagnostics });
      published.set(p.uri, list);
    }
    if (msg.method === undefined && 'id' in msg) {
      const code = msg.error?.code;
      report.codes[code === undefined ? 'result' : String(code)] = (report.codes[code === undefined ? 'result' : String(code)] ?? 0) + 1;
      if (msg.id === null) {
        report.nullIdErrors++;
      } else {
        const s = sent.get(msg.id!);
        if (s && s.answeredAt === undefined) {
          s.answeredAt = performance.now();
          if (code !== undefined) s.code = code;
        }
      }
    }
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i]!.test(msg as Message & Record<string, unknown>)) {
        waiters[i]!.resolve(msg);
        waiters.splice(i, 1);
      }
    }
  });

  let nextId = 1;
  const newId = (): string | number => (rnd.chance(0.3) ? `s-${nextId++}` : nextId++);
  /** A request frame, recorded with what it must get. */
  const request = (method: string, params: unknown, expect: Expect = 'result', cancelled = false): { bytes: Buffer; id: string | number } => {
    const id = newId();
    sent.set(id, { method, at: performance.now(), expect, cancelled });
    report.requests++;
    if (cancelled) report.cancelled++;
    const bytes = frame({ jsonrpc: '2.0', id, method, params });
    return { bytes, id };
  };
  const send = (method: string, params: unknown, expect: Expect = 'result'): string | number => {
    const r = request(method, params, expect);
    write(r.bytes);
    return r.id;
  };
  const notify = (method: string, params: unknown): void => write(frame({ jsonrpc: '2.0', method, params }));
  const answerOf = (id: string | number, ms = 15_000): Promise<{ result?: unknown; error?: { code: number } }> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${String(id)} in ${ms} ms`)), ms);
      waiters.push({
        test: (m) => m.id === id && m.method === undefined,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as { result?: unknown; error?: { code: number } });
        },
      });
    });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  // ---- before initialize: requests are refused with -32002, notifications dropped ----
  const early = example('bad_zero_hidden_layer.py');
  notify('textDocument/didOpen', { textDocument: { uri: early.uri, languageId: 'python', version: 1, text: early.text } });
  for (const method of ['textDocument/hover', 'shutdown', 'initlint/noSuchMethod']) {
    send(method, { textDocument: { uri: early.uri }, position: { line: 0, character: 0 } }, -32002);
  }

  // ---- initialize, then a second one (-32600) ----
  const init = send('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
  const initAnswer = await answerOf(init);
  if (initAnswer.error) throw new Error(`initialize failed: ${JSON.stringify(initAnswer.error)}`);
  notify('initialized', {});
  send('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES }, -32600);

  // ---- documents the storm works on ----
  interface Doc {
    uri: string;
    text: string;
    version: number;
    languageId: string;
  }
  const docs: Doc[] = [];
  const open = (uri: string, text: string, languageId = 'python'): Doc => {
    const d = { uri, text, version: 1, languageId };
    docs.push(d);
    notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return d;
  };
  for (const name of ['bad_zero_hidden_layer.py', 'good_mlp.py', 'bad_he_init_before_tanh.py', 'good_resnet_block.py']) {
    const e = example(name);
    open(virtualUri(`storm-${options.seed}-${name}`), e.text);
  }
  const tfjs = fs.readdirSync(`${ROOT}/examples/tfjs`).find((f) => /\.(js|ts)$/.test(f));
  if (tfjs) open(virtualUri(`storm-${options.seed}-${tfjs}`), fs.readFileSync(`${ROOT}/examples/tfjs/${tfjs}`, 'utf8'), tfjs.endsWith('.ts') ? 'typescript' : 'javascript');
  if (options.bigLines) open(virtualUri(`storm-${options.seed}-big.py`), generatedModelFile(options.bigLines));

  const nbPath = `${ROOT}/test/server/.virtual/storm-${options.seed}.ipynb`;
  const nbUri = `file://${nbPath}`;
  const cell = (i: number) => `vscode-notebook-cell:${nbPath}#W${i}`;

  const position = (d: Doc) => {
    const ls = lines(d.text);
    const line = rnd.int(ls.length);
    return { line, character: rnd.int(Math.max(1, ls[line]!.length + 1)) };
  };
  const docRequest = (d: Doc): [string, unknown] => {
    const kind = rnd.int(3);
    if (kind === 0) return ['textDocument/hover', { textDocument: { uri: d.uri }, position: position(d) }];
    const a = position(d);
    const range = { start: a, end: { line: Math.min(lines(d.text).length - 1, a.line + rnd.int(40)), character: 0 } };
    if (kind === 1) return ['textDocument/codeAction', { textDocument: { uri: d.uri }, range, context: { diagnostics: [] } }];
    return ['textDocument/inlayHint', { textDocument: { uri: d.uri }, range }];
  };
  const edit = (d: Doc): void => {
    const at = position(d);
    const insert = rnd.pick(['# storm\n', ' ', 'x', '\n', '1']);
    d.text = applyEdits(d.text, [{ range: { start: at, end: at }, newText: insert }]);
    d.version++;
    notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ range: { start: at, end: at }, text: insert }] });
  };
  const validRequestBytes = (): Buffer => {
    const d = rnd.pick(docs);
    const [method, params] = docRequest(d);
    return request(method, params).bytes;
  };

  // Broken frames, each followed by a valid request that must still be answered.
  const brokenFrames: (() => Buffer)[] = [
    () => Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${JSON.stringify({ jsonrpc: '2.0', id: 'lost', method: 'textDocument/hover' })}`),
    () => Buffer.from('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","method":"x"}'),
    () => Buffer.from('Content-Length: -5\r\n\r\n{}'),
    () => Buffer.from(`Content-Length: ${2 ** 40}\r\n\r\n{}`),
    () => {
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'initlint/whatever', params: {} });
      return Buffer.from(`Content-Length: ${body.length + 50 + rnd.int(400)}\r\n\r\n${body}`);
    },
    () => {
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'initlint/whatever', params: { a: 1 } });
      return Buffer.from(`Content-Length: ${Math.max(1, body.length - 1 - rnd.int(10))}\r\n\r\n${body}`);
    },
    () => Buffer.from(Array.from({ length: 1 + rnd.int(300) }, () => rnd.int(256))),
    () => Buffer.from('no colon here\r\n\r\n{}'),
    () => Buffer.from('\r\n\r\n\r\n'),
  ];
  const malformedBodies: { body: string; expect?: Expect }[] = [
    { body: '{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{' },
    { body: 'not json at all' },
    { body: '5' },
    { body: 'null' },
    { body: '[]' },
    { body: '"a string"' },
    { body: '{"jsonrpc":"2.0","id":{},"method":"textDocument/hover"}' },
    { body: '{"jsonrpc":"2.0","method":5}' },
  ];
  const wrongShapes = (): { method: string; params: unknown; expect: Expect; raw?: (id: string | number) => unknown } => {
    const d = rnd.pick(docs);
    return rnd.pick([
      { method: 'textDocument/hover', params: { textDocument: 5, position: { line: 0, character: 0 } }, expect: -32602 },
      { method: 'textDocument/hover', params: { textDocument: { uri: d.uri }, position: { line: -1, character: 'x' } }, expect: -32602 },
      { method: 'textDocument/hover', params: 'a string', expect: -32600 },
      { method: 'textDocument/codeAction', params: { textDocument: { uri: d.uri }, range: null, context: {} }, expect: -32602 },
      { method: 'textDocument/inlayHint', params: { textDocument: { uri: 42 }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } }, expect: -32602 },
      { method: 'workspace/executeCommand', params: { command: 7 }, expect: -32602 },
      { method: 'initlint/noSuchMethod', params: {}, expect: -32601 },
      { method: 'm', params: {}, expect: -32600, raw: (id) => ({ jsonrpc: '2.0', id, method: 12, params: {} }) },
    ]);
  };
  const badNotifications = (): [string, unknown] => {
    const k = rnd.int(9);
    switch (k) {
      case 0:
        return ['notebookDocument/didOpen', { notebookDocument: { uri: nbUri, notebookType: 'jupyter-notebook', version: 1, cells: [null] }, cellTextDocuments: [] }];
      case 1:
        return ['notebookDocument/didOpen', { notebookDocument: { uri: 12345, notebookType: 'jupyter-notebook', version: 1, cells: [] }, cellTextDocuments: [] }];
      case 2:
        return ['notebookDocument/didOpen', { notebookDocument: { uri: nbUri, notebookType: 'jupyter-notebook', version: 1, cells: 'x' }, cellTextDocuments: [{ uri: 5 }] }];
      case 3:
        return ['notebookDocument/didChange', { notebookDocument: { uri: nbUri, version: 2 }, change: { cells: { data: [{ kind: 2, document: `${cell(99)}` }] } } }];
      case 4:
        return ['notebookDocument/didChange', { notebookDocument: { uri: nbUri, version: 'two' }, change: null }];
      case 5:
        return ['textDocument/didOpen', { textDocument: { uri: 42, languageId: 'python', version: 1, text: 'x' } }];
      case 6:
        return ['textDocument/didChange', { textDocument: { uri: rnd.pick(docs).uri, version: 9 }, contentChanges: 'all of it' }];
      case 7:
        return ['textDocument/didChange', { textDocument: { uri: rnd.pick(docs).uri, version: 9 }, contentChanges: [{ range: { start: { line: -3, character: 0 }, end: null }, text: 'x' }] }];
      default:
        return ['notebookDocument/didClose', { notebookDocument: null }];
    }
  };
  const settingsChoices: Record<string, unknown>[] = [
    { debounceMs: 1e9 },
    { debounceMs: -1 },
    { maxFileSize: 'big' },
    { maxAnalysisMs: 1 },
    { driftBand: [5, 1] },
    { rules: { IL001: 'loud' } },
    { probe: { budgetMs: 1e12 } },
    {},
  ];

  // ---- the storm ----
  const gap = options.maxGapMs ?? 15;
  for (let i = 0; i < options.actions; i++) {
    const roll = rnd.next();
    if (roll < 0.3) {
      const d = rnd.pick(docs);
      const [method, params] = docRequest(d);
      send(method, params);
    } else if (roll < 0.45) {
      // Cancelled in the same write: the answer must be RequestCancelled.
      const d = rnd.pick(docs);
      const [method, params] = rnd.chance(0.85) ? docRequest(d) : ['workspace/executeCommand', { command: rnd.pick(['initlint.propagationReport', 'initlint.noSuch']), arguments: [{ uri: d.uri }] }];
      const r = request(method as string, params, -32800, true);
      write(Buffer.concat([r.bytes, frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: r.id } })]));
    } else if (roll < 0.52) {
      // A burst: many requests in one write, a few of them cancelled.
      const parts: Buffer[] = [];
      for (let k = 0, n = 5 + rnd.int(25); k < n; k++) {
        const d = rnd.pick(docs);
        const [method, params] = docRequest(d);
        const cancelled = rnd.chance(0.2);
        const r = request(method, params, cancelled ? -32800 : 'result', cancelled);
        parts.push(r.bytes);
        if (cancelled) parts.push(frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: r.id } }));
      }
      write(Buffer.concat(parts));
    } else if (roll < 0.62) {
      edit(rnd.pick(docs.filter((d) => d.languageId === 'python')));
    } else if (roll < 0.74) {
      report.malformed++;
      write(Buffer.concat([rnd.pick(brokenFrames)(), validRequestBytes()]));
    } else if (roll < 0.8) {
      report.malformed++;
      const m = rnd.pick(malformedBodies);
      const body = Buffer.from(m.body);
      write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    } else if (roll < 0.88) {
      report.malformed++;
      const w = wrongShapes();
      if (w.raw) {
        const id = newId();
        sent.set(id, { method: String(w.method), at: performance.now(), expect: w.expect, cancelled: false });
        report.requests++;
        write(frame(w.raw(id)));
      } else send(w.method, w.params, w.expect);
    } else if (roll < 0.95) {
      report.malformed++;
      const [method, params] = badNotifications();
      notify(method, params);
    } else {
      settings = { debounceMs: 20, probe: { enable: false }, ...rnd.pick(settingsChoices) };
      notify('workspace/didChangeConfiguration', { settings: { initlint: settings } });
    }
    if (gap > 0 && rnd.chance(0.5)) await sleep(rnd.int(gap));
    if (i % 100 === 99) log(`storm: ${i + 1} actions, ${report.requests} requests`);
  }
  settings = { debounceMs: 20, probe: { enable: false } };
  notify('workspace/didChangeConfiguration', { settings: { initlint: settings } });

  // Every request of the storm gets its answer (2 s is the bar; wait a little longer to see misses).
  const deadline = performance.now() + 5000;
  while (performance.now() < deadline && [...sent.values()].some((s) => s.answeredAt === undefined)) await sleep(20);

  // ---- after the storm: the server still works ----
  const fresh = example('bad_zero_hidden_layer.py');
  const freshUri = virtualUri(`storm-${options.seed}-after.py`);
  notify('textDocument/didOpen', { textDocument: { uri: freshUri, languageId: 'python', version: 1, text: fresh.text } });
  notify('notebookDocument/didOpen', {
    notebookDocument: { uri: nbUri, notebookType: 'jupyter-notebook', version: 1, cells: [{ kind: 2, document: cell(0) }, { kind: 2, document: cell(1) }] },
    cellTextDocuments: [
      { uri: cell(0), languageId: 'python', version: 1, text: CELL_CLASS },
      { uri: cell(1), languageId: 'python', version: 1, text: CELL_INIT },
    ],
  });
  const until = async (ok: () => boolean, ms: number): Promise<boolean> => {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      if (ok()) return true;
      await sleep(20);
    }
    return ok();
  };
  report.healthy.document = await until(() => (published.get(freshUri) ?? []).some((p) => p.diagnostics.some((d) => d.code === 'IL001')), 15_000);
  report.healthy.notebook = await until(() => (published.get(cell(1)) ?? []).some((p) => p.diagnostics.some((d) => d.code === 'IL001')), 15_000);
  const line = lines(fresh.text).findIndex((l) => /nn\.Linear/.test(l));
  const hover = send('textDocument/hover', { textDocument: { uri: freshUri }, position: { line, character: lines(fresh.text)[line]!.indexOf('nn.Linear') + 4 } });
  const h = await answerOf(hover).catch(() => undefined);
  report.healthy.hover = !!h && !h.error && h.result !== null;

  // ---- shutdown: then requests are InvalidRequest, exit ends with 0 ----
  const down = send('shutdown', null);
  await answerOf(down).catch(() => undefined);
  send('textDocument/hover', { textDocument: { uri: freshUri }, position: { line: 0, character: 0 } }, -32600);
  await sleep(300);
  notify('exit', null);
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  report.exitCode = await exited;
  clearTimeout(timer);
  reader.dispose();

  const latencies: number[] = [];
  for (const [id, s] of sent) {
    if (s.answeredAt === undefined) {
      report.unanswered.push(`${s.method} #${String(id)}`);
      continue;
    }
    report.answered++;
    const ms = s.answeredAt - s.at;
    latencies.push(ms);
    if (ms > report.maxLatencyMs) {
      report.maxLatencyMs = ms;
      report.slowest = `${s.method} #${String(id)}`;
    }
    if (s.cancelled && s.code === -32800) report.cancelledWith32800++;
    const got: Expect = s.code ?? 'result';
    if (got !== s.expect) report.unexpected.push(`${s.method} #${String(id)}: expected ${s.expect}, got ${got}`);
  }
  latencies.sort((a, b) => a - b);
  report.p95LatencyMs = latencies[Math.floor(0.95 * (latencies.length - 1))] ?? 0;
  report.stderr = stderr.join('').slice(-4000);
  return report;
}

export function summary(r: StormReport): string {
  return [
    `seed ${r.seed}: ${r.messages} messages (${r.malformed} malformed), ${r.requests} requests, ${r.answered} answered, ${r.unanswered.length} unanswered`,
    `latency max ${r.maxLatencyMs.toFixed(0)} ms (${r.slowest}), p95 ${r.p95LatencyMs.toFixed(0)} ms`,
    `cancelled ${r.cancelled}, answered -32800: ${r.cancelledWith32800}; id-null errors ${r.nullIdErrors}; answers by code ${JSON.stringify(r.codes)}`,
    `after the storm: ${JSON.stringify(r.healthy)}; exit code ${r.exitCode}`,
    ...(r.unexpected.length ? [`unexpected: ${r.unexpected.slice(0, 10).join('; ')}`] : []),
  ].join('\n');
}
