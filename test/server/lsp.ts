// A minimal LSP client for the protocol tests: starts `node dist/server.js --stdio` as a child
// process, drives it with vscode-languageserver-protocol, answers the server's requests
// (workspace/configuration with settings the test controls), and records what the server pushes
// (diagnostics, log messages). Always stop it (`await client.dispose()`), which kills the child.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ResponseMessage,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../helpers/edits';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const EXAMPLES = path.join(ROOT, 'examples');

export function example(name: string): { uri: string; text: string; path: string } {
  const file = path.join(EXAMPLES, name);
  return { uri: pathToFileURL(file).toString(), text: fs.readFileSync(file, 'utf8'), path: file };
}

/** A file: uri for a document that exists only in the editor (never read from disk by the server). */
export function virtualUri(name: string): string {
  return pathToFileURL(path.join(ROOT, 'test', 'server', '.virtual', name)).toString();
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    inlayHint: { refreshSupport: true },
    executeCommand: {},
    workspaceEdit: { documentChanges: false },
  },
  textDocument: {
    synchronization: { didSave: false, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    inlayHint: {},
  },
  notebookDocument: { synchronization: { dynamicRegistration: false, executionSummarySupport: false } },
};

/** Server-to-client requests answered with null (and recorded). */
const SERVER_REQUESTS = [
  'client/registerCapability',
  'client/unregisterCapability',
  'workspace/inlayHint/refresh',
  'workspace/diagnostic/refresh',
  'workspace/semanticTokens/refresh',
  'workspace/codeLens/refresh',
  'workspace/workspaceFolders',
  'window/workDoneProgress/create',
  'window/showMessageRequest',
  'window/showDocument',
  'workspace/applyEdit',
];

export interface StartOptions {
  /** What workspace/configuration answers for the `initlint` section. */
  settings?: unknown;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** The test's signal (`t.signal`): when the test times out, the server is killed. */
  signal?: AbortSignal;
  /** Start the process but send neither initialize nor initialized (lifecycle tests). */
  uninitialized?: boolean;
  /** The workspace folders (file-system paths) sent with initialize; the repository root when absent. */
  workspaceFolders?: string[];
}

/**
 * A safety net: a test file still running after this long is stuck (every test has its own, shorter
 * timeout); say what keeps it alive and fail instead of hanging the suite. The timer is unref'd, so
 * it never keeps a finished file alive itself.
 */
const WATCHDOG_MS = Number(process.env.INITLINT_LSP_WATCHDOG_MS ?? 240_000);
setTimeout(() => {
  const handles = (process as unknown as { _getActiveHandles(): { constructor: { name: string }; fd?: number; _handle?: { fd?: number } }[] })._getActiveHandles();
  const described = handles.map((h) => {
    const fd = h._handle?.fd ?? h.fd;
    const which = h === (process.stdout as unknown) ? ' (stdout)' : h === (process.stderr as unknown) ? ' (stderr)' : '';
    let link = '';
    try {
      if (fd !== undefined && fd >= 0) link = ` -> ${fs.readlinkSync(`/proc/self/fd/${fd}`)}`;
    } catch {
      // not on Linux
    }
    return `${h.constructor.name}${which} fd ${fd}${link}`;
  });
  process.stderr.write(
    `lsp test watchdog: ${path.basename(process.argv[1] ?? '')} still running after ${WATCHDOG_MS} ms; ` +
      `resources: ${process.getActiveResourcesInfo().join(', ')}; handles: ${described.join('; ')}; children left: ${children.size}; stdout queued ${process.stdout.writableLength} B, stderr queued ${process.stderr.writableLength} B; requests: ${(process as unknown as { _getActiveRequests(): { constructor: { name: string } }[] })._getActiveRequests().map((r) => r.constructor.name).join(', ')}\n`,
  );
  process.exit(1);
}, WATCHDOG_MS).unref();

/** Every server started by this process, killed when the process exits whatever happened. */
const children = new Set<ChildProcessWithoutNullStreams>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export class TestClient {
  readonly conn: ProtocolConnection;
  /** Every publishDiagnostics, per uri, oldest first. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly logs: LogMessageParams[] = [];
  /** Requests the server sent us (method names), in order. */
  readonly serverRequests: string[] = [];
  readonly stderr: string[] = [];
  /** Errors of the connection itself (a closed stream, a bad message). */
  readonly connectionErrors: string[] = [];
  settings: unknown;
  initializeResult?: InitializeResult;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private exitInfo?: { code: number | null; signal: NodeJS.Signals | null };
  private nextId = 0;
  private readonly reader: StreamMessageReader;
  /** A second reader on the server's output: answers to messages written with raw(), and id-null errors. */
  private readonly tap: StreamMessageReader;
  readonly rawAnswers: ResponseMessage[] = [];

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
    // A write to a server that died is reported by the request that made it, not thrown here.
    child.stdin.on('error', (err) => this.connectionErrors.push(`stdin: ${err.message}`));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => this.stderr.push(d));
    this.reader = new StreamMessageReader(child.stdout);
    this.conn = createProtocolConnection(this.reader, new StreamMessageWriter(child.stdin));
    this.conn.onError(([err]) => this.connectionErrors.push(String(err)));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
    });
    this.conn.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
    });
    this.conn.onRequest('workspace/configuration', (p: unknown) => {
      this.serverRequests.push('workspace/configuration');
      const items = (p as { items: { section?: string }[] }).items;
      return items.map((item) => (item.section === 'initlint' ? this.settings : item.section ? null : { initlint: this.settings }));
    });
    for (const method of SERVER_REQUESTS) {
      this.conn.onRequest(method, () => {
        this.serverRequests.push(method);
        return null;
      });
    }
    this.conn.listen();
    this.tap = new StreamMessageReader(child.stdout);
    this.tap.listen((m) => {
      const r = m as ResponseMessage & { method?: unknown };
      if (r.method === undefined && 'id' in r && (r.id === null || String(r.id).startsWith(RAW_ID))) this.rawAnswers.push(r);
    });
  }

  /** Writes bytes to the server as they are: malformed frames, several messages at once. */
  raw(bytes: Buffer | string): void {
    this.child.stdin.write(bytes);
  }

  /** The answer to a message written with raw() under `id` (see rawId). */
  rawAnswer(id: string, ms = 10_000): Promise<ResponseMessage> {
    return this.until(() => this.rawAnswers.find((r) => r.id === id), `an answer to ${id}`, ms);
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    child.on('exit', () => children.delete(child));
    const client = new TestClient(child, options);
    if (options.signal) {
      if (options.signal.aborted) await client.dispose();
      options.signal.addEventListener('abort', () => void client.dispose(), { once: true });
    }
    if (options.uninitialized) return client;
    try {
      client.initializeResult = await client.withTimeout(
      client.conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(options.workspaceFolders?.[0] ?? ROOT).toString(),
        workspaceFolders: (options.workspaceFolders ?? [ROOT]).map((f) => ({ uri: pathToFileURL(f).toString(), name: path.basename(f) })),
        capabilities: options.capabilities ?? CAPABILITIES,
        ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
      }),
        15_000,
        'initialize',
      );
      await client.conn.sendNotification('initialized', {});
    } catch (err) {
      await client.dispose();
      throw err;
    }
    return client;
  }

  get alive(): boolean {
    return this.exitInfo === undefined;
  }

  async withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms${this.describe()}`)), ms);
    });
    try {
      return await Promise.race([p, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  request<R = unknown>(method: string, params: unknown, ms = 10_000): Promise<R> {
    return this.withTimeout(this.conn.sendRequest(method, params) as Promise<R>, ms, method);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1, languageId = 'python'): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sets the settings the server will pull and tells it they changed. */
  async configure(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.notify('workspace/didChangeConfiguration', { settings: { initlint: settings } });
  }

  latest(uri: string): PublishDiagnosticsParams | undefined {
    const list = this.published.get(uri);
    return list?.[list.length - 1];
  }

  /** Polls `probe` until it returns something other than undefined. */
  async until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      if (!this.alive) throw new Error(`server exited while waiting for ${what}${this.describe()}`);
      const v = await probe();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${this.describe()}`);
      await sleep(15);
    }
  }

  /** The first publication for `uri` after `after` publications that satisfies `accept`. */
  waitForDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    options: { after?: number; ms?: number; what?: string } = {},
  ): Promise<PublishDiagnosticsParams> {
    const after = options.after ?? 0;
    return this.until(
      () => (this.published.get(uri) ?? []).slice(after).find(accept),
      options.what ?? `diagnostics for ${uri}`,
      options.ms ?? 10_000,
    );
  }

  count(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  /** A fresh uri for a differential check. */
  freshUri(stem: string): string {
    return virtualUri(`${stem}-${process.pid}-${this.nextId++}.py`);
  }

  /** The diagnostics the server publishes for `text` opened as a brand-new document. */
  async fresh(text: string, stem = 'reference'): Promise<PublishDiagnosticsParams> {
    const uri = this.freshUri(stem);
    await this.open(uri, text);
    const p = await this.waitForDiagnostics(uri, () => true, { what: `diagnostics of a fresh copy (${uri})` });
    await this.close(uri);
    return p;
  }

  describe(): string {
    const err = this.stderr.join('').trim();
    const logs = this.logs.slice(-8).map((l) => `  [${l.type}] ${l.message}`).join('\n');
    return (
      (this.exitInfo ? `\nserver exited: ${JSON.stringify(this.exitInfo)}` : '') +
      (this.connectionErrors.length ? `\nconnection errors: ${this.connectionErrors.join('; ')}` : '') +
      (logs ? `\nlast log messages:\n${logs}` : '') +
      (err ? `\nserver stderr:\n${err.slice(-2000)}` : '')
    );
  }

  /** shutdown + exit; resolves with the exit code (kills the child after `ms`). */
  async shutdown(ms = 5_000): Promise<number | null> {
    await this.request('shutdown', null, ms);
    await this.notify('exit', null);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), ms);
    const { code } = await this.exited;
    clearTimeout(timer);
    return code;
  }

  /** Kills the child if it still runs. Safe to call twice. */
  async dispose(): Promise<void> {
    // A server killed in the middle of writing a message leaves the reader with a partial message,
    // and vscode-jsonrpc re-arms its partial-message timer (10 s) forever, even after dispose():
    // that timer alone kept test files from exiting. Turn it off first.
    for (const r of [this.reader, this.tap]) {
      r.partialMessageTimeout = 0;
      (r as unknown as { clearPartialMessageTimer?: () => void }).clearPartialMessageTimer?.();
    }
    this.conn.dispose();
    this.reader.dispose();
    this.tap.dispose();
    if (this.alive) {
      this.child.kill('SIGKILL');
      await Promise.race([this.exited, sleep(2_000)]);
    }
    // Close our ends of the pipes too: a pipe nobody reads any more can stay open after the child is
    // gone and keep this test process alive.
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) stream.destroy();
    this.child.unref();
  }
}

/** Ids of messages written with raw() start with this (the protocol connection's own are numbers). */
export const RAW_ID = 'raw-';
let rawIds = 0;
export function rawId(): string {
  return `${RAW_ID}${rawIds++}`;
}

/** One base-protocol frame of a JSON value. */
export function frame(body: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${json.length}\r\n\r\n`, 'latin1'), json]);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `fn` with a started client and always disposes of it. */
export async function withServer<T>(fn: (c: TestClient) => Promise<T>, options: StartOptions = {}): Promise<T> {
  const client = await TestClient.start(options);
  try {
    return await fn(client);
  } finally {
    await client.dispose();
  }
}

// ---- text edits, as an editor makes them ----------------------------------------------------------

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The LSP position of a UTF-16 offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10 && i + 1 < offset) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Position of the first occurrence of `needle` (optionally from `from`), throwing when absent. */
export function find(text: string, needle: string, from = 0): { line: number; character: number } {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  return positionAt(text, i);
}

/**
 * An incremental change replacing the `nth` occurrence of `search` with `replacement`, and the text
 * after it (applied with the shared LSP edit applier).
 */
export function replaceChange(text: string, search: string, replacement: string, nth = 0): { change: TextDocumentContentChangeEvent & { range: Range }; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(search, i + 1);
    if (i < 0) throw new Error(`${JSON.stringify(search)} (#${nth}) not found`);
  }
  const range = { start: positionAt(text, i), end: positionAt(text, i + search.length) };
  const change = { range, text: replacement };
  return { change, text: applyEdits(text, [{ range, newText: replacement }]) };
}

/** An insertion at a position. */
export function insertChange(text: string, at: { line: number; character: number }, insert: string): { change: TextDocumentContentChangeEvent & { range: Range }; text: string } {
  const range = { start: at, end: at };
  return { change: { range, text: insert }, text: applyEdits(text, [{ range, newText: insert }]) };
}

/**
 * A WorkspaceEdit's TextEdits for one document as didChange content changes: all edits' ranges refer
 * to the original text, so they are sent last-first (each change then sees the text the earlier
 * ones in the array left, as LSP requires).
 */
export function editsToChanges(edits: { range: Range; newText: string }[]): (TextDocumentContentChangeEvent & { range: Range })[] {
  return [...edits]
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    .map((e) => ({ range: e.range, text: e.newText }));
}

export { applyEdits };
