// The initlint language server: `node dist/server.js --stdio`. A thin adapter: LSP in, analyses from
// the worker pool, LSP out. The main thread never analyses: it keeps the documents, asks the pool
// (analysis-pool.ts) and answers hovers, code actions and inlay hints from finished analyses, so a
// large document being analysed never holds up a request on another. Analyses are cached per document
// version and re-run, debounced, after edits. Requests wait a bounded time for an analysis and honour
// $/cancelRequest (RequestCancelled). The lifecycle, malformed frames and malformed messages are
// handled before dispatch (lifecycle.ts, framing.ts, validation.ts). A failing handler logs and
// answers its empty value; the server never goes down on bad input.
import * as os from 'node:os';
import { format } from 'node:util';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  NotebookDocuments,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import { propagationReport } from '../engine/analysis/report-data';
import { attachMeasured, runProbe } from '../engine/probe';
import { AnalysisPool } from './analysis-pool';
import { codeActions } from './code-actions';
import { documentConfiguration, type ServerDocument } from './documents';
import { toDiagnostics } from './diagnostics';
import { DiagnosticBoard } from './diagnostic-board';
import { hoverFor, layerAt, type ProbeLookup } from './hover';
import { inlayHints } from './inlay-hints';
import { Lifecycle } from './lifecycle';
import { ProbeManager } from './probes';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { serverTransport } from './transport';
import { checkNotification, checkRequest } from './validation';
import { fromCell, Workspace, type Analysed, type Notice, type Subject } from './workspace';

export const REPORT_COMMAND = 'initlint.propagationReport';

/** How long a hover, code action or inlay hint request waits for its analysis: then it is answered empty (inlay hints are refreshed once the analysis lands), well inside the 2 s a client may wait. */
const REQUEST_WAIT_MS = 1000;

let connection: Connection | undefined;
function log(message: string): void {
  connection?.console.log(`[initlint] ${message}`);
}
function warn(message: string): void {
  connection?.console.warn(`[initlint] ${message}`);
}

const transport = serverTransport(process.argv.slice(2), (reason, bytes) => warn(`malformed input: ${bytes} bytes dropped (${reason})`));
const documents = new TextDocuments<ServerDocument>(documentConfiguration);
const notebooks = new NotebookDocuments<ServerDocument>(documentConfiguration);
const lifecycle = new Lifecycle(transport.writer, {
  log: (message) => warn(message),
  checkNotification: (method, params) => checkNotification(method, params, notebooks),
  checkRequest,
});
connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, {
  messageStrategy: lifecycle.messageStrategy,
  connectionStrategy: lifecycle.connectionStrategy,
});
const conn = connection;

if (transport.stdio) {
  // What createConnection does for --stdio, which it does not know about here: the client closing
  // its end ends the server, and console output goes to the client's log, never into the protocol.
  const end = (): never => process.exit(lifecycle.shutdownReceived ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const toLog = (send: (m: string) => void) => (...args: unknown[]) => send(format(...args));
  console.log = console.info = console.debug = toLog((m) => conn.console.log(m));
  console.warn = toLog((m) => conn.console.warn(m));
  console.error = console.trace = toLog((m) => conn.console.error(m));
}

let settings: Settings = DEFAULT_SETTINGS;
const configErrors = new Set<string>();
const pool = new AnalysisPool({
  // One worker for a long analysis and at least one more for everything else.
  size: Math.max(2, Math.min(4, os.availableParallelism() - 1)),
  timeoutMs: () => settings.maxAnalysisMs,
  log,
});
const workspace = new Workspace(documents, notebooks, pool, () => settings, (message) => {
  if (configErrors.has(message)) return;
  configErrors.add(message);
  warn(`invalid configuration, ignored: ${message}`);
});

let canPullConfiguration = false;
let canRefreshInlayHints = false;
let canRegisterConfiguration = false;

function refreshInlayHints(): void {
  if (canRefreshInlayHints) void conn.languages.inlayHint.refresh().catch(() => undefined);
}

const probes = new ProbeManager(
  () => ({ backend: settings.probe.backend, budgetMs: settings.probe.budgetMs }),
  () => refreshInlayHints(),
  (message) => log(message),
);
const probeLookup: ProbeLookup = (m) => probes.lookup(m.model);
const probeTimers = new Map<string, NodeJS.Timeout>();

/** Probes a subject's models once the user has been idle for a second (never awaited). */
function probeWhenIdle(key: string, delay = 1000): void {
  if (!settings.enable || !settings.probe.enable) return;
  const pending = probeTimers.get(key);
  if (pending) clearTimeout(pending);
  const timer = setTimeout(() => {
    probeTimers.delete(key);
    const current = workspace.current(key);
    if (!current) return;
    void workspace.analyse(current).then(
      (o) => o.analysed && probes.request(o.subject.key, o.subject.path, o.analysed.analysis.graph.models),
      (err: unknown) => conn.console.error(`[initlint] probe failed: ${String(err)}`),
    );
  }, delay);
  probeTimers.set(key, timer);
}

const timers = new Map<string, NodeJS.Timeout>();
/** What each subject says about each uri (its cells, its document, the modules it imports). */
const board = new DiagnosticBoard((uri, diagnostics) => {
  const version = documents.get(uri)?.version;
  void conn.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
});
/** Notices already logged, per subject key, so that a log line is written once per kind. */
const noticed = new Map<string, string>();
/** An inlay hint request answered empty because its analysis was not ready: refresh once it is. */
let hintsOwed = false;

function clear(key: string): void {
  board.clear(key);
}

function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'tooLarge':
      return `initlint did not check this file: it is ${(n.size / 1e6).toFixed(1)} MB, over the ${(n.limit / 1e6).toFixed(1)} MB limit (initlint.maxFileSize)`;
    case 'timedOut':
      return `initlint stopped checking this file after ${(n.limitMs / 1000).toFixed(1)} s (initlint.maxAnalysisMs); it is checked again after the next edit`;
    case 'failed':
      return `initlint could not check this file: ${n.error.split('\n')[0]}`;
  }
}

/** The one diagnostic that says why a subject has no findings, on its first line (first cell). */
function noticeDiagnostics(subject: Subject, n: Notice): Map<string, Diagnostic[]> {
  const uri = subject.cells?.[0]?.uri ?? subject.key;
  const firstLine = /^[^\r\n]*/.exec(subject.text.slice(0, 1000))![0];
  const out = new Map<string, Diagnostic[]>();
  for (const cell of subject.cells ?? []) out.set(cell.uri, []);
  out.set(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } }, severity: DiagnosticSeverity.Information, source: 'initlint', message: noticeText(n) }]);
  return out;
}

function logNotice(subject: Subject, n: Notice | undefined): void {
  if (!n) {
    noticed.delete(subject.key);
    return;
  }
  if (noticed.get(subject.key) === n.kind) return;
  noticed.set(subject.key, n.kind);
  if (n.kind === 'failed') conn.console.error(`[initlint] ${subject.path}: analysis failed: ${n.error}`);
  else warn(`${subject.path}: ${noticeText(n)}`);
}

async function publish(key: string): Promise<void> {
  timers.delete(key);
  const subject = workspace.current(key);
  if (!subject || !settings.enable) return clear(key);
  const outcome = await workspace.analyse(subject);
  // A newer version has its own publish on the way: never publish an older one after it.
  const now = workspace.current(key);
  if (!now || now.version !== outcome.subject.version || !settings.enable || lifecycle.shutdownReceived) return;
  logNotice(outcome.subject, outcome.notice);
  const analysis = outcome.analysed?.analysis;
  board.set(key, analysis ? toDiagnostics(outcome.subject, analysis.findings, analysis.elsewhere) : noticeDiagnostics(outcome.subject, outcome.notice!));
  if (hintsOwed) {
    hintsOwed = false;
    refreshInlayHints();
  }
  if (outcome.analysed && settings.probe.onType) probeWhenIdle(key);
}

function publishLogged(key: string): void {
  publish(key).catch((err: unknown) => conn.console.error(`[initlint] diagnostics failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
}

/** Re-analyses after the debounce delay; a newer edit restarts the delay. */
function schedule(key: string, delay = settings.debounceMs): void {
  if (lifecycle.shutdownReceived) return;
  const pending = timers.get(key);
  if (pending) clearTimeout(pending);
  timers.set(key, setTimeout(() => publishLogged(key), delay));
}

function notebookKeys(): string[] {
  const keys = new Set<string>();
  for (const doc of notebooks.cellTextDocuments.all()) {
    const nb = notebooks.findNotebookDocumentForCell(doc.uri);
    if (nb) keys.add(nb.uri);
  }
  return [...keys];
}

function republishAll(): void {
  workspace.clearCache();
  for (const doc of documents.all()) schedule(doc.uri, 0);
  for (const key of notebookKeys()) schedule(key, 0);
  refreshInlayHints();
}

async function loadSettings(raw?: unknown): Promise<void> {
  let value = raw;
  if (value === undefined && canPullConfiguration) {
    try {
      value = await conn.workspace.getConfiguration('initlint');
    } catch (err) {
      log(`could not read settings: ${String(err)}`);
    }
  }
  const { settings: next, problems } = parseSettings(value);
  for (const p of problems) warn(`${p}; using the default`);
  if (next.probe.backend !== settings.probe.backend) probes.clear();
  settings = next;
}

// ---- requests --------------------------------------------------------------------------------------

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
}

/**
 * One turn of the event loop before a request starts, so that a $/cancelRequest already sent with it
 * is read first: vscode-jsonrpc reads one message per turn, and a request answered from the cache
 * would otherwise always finish before its cancellation is seen.
 */
async function yieldToCancellation(token: CancellationToken): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (token.isCancellationRequested) throw cancelled();
}

/** `p`, or undefined after `ms`; a cancellation rejects with RequestCancelled at once. */
function within<T>(p: Promise<T>, token: CancellationToken, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(() => resolve(undefined)), ms);
    const sub = token.onCancellationRequested(() => done(() => reject(cancelled())));
    let settled = false;
    function done(f: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sub.dispose();
      f();
    }
    p.then(
      (v) => done(() => resolve(v)),
      (e: unknown) => done(() => reject(e)),
    );
  });
}

/** The analysis a request on `uri` is answered from, waiting at most `ms` for it. */
async function analysedFor(uri: string, token: CancellationToken, ms = REQUEST_WAIT_MS): Promise<Analysed | undefined | 'late'> {
  const subject = workspace.subjectFor(uri);
  if (!subject || !settings.enable) return undefined;
  const outcome = await within(workspace.analyse(subject), token, ms);
  if (outcome === undefined) return 'late';
  return outcome.analysed;
}

/**
 * A request handler: it starts after one turn of the event loop (a cancellation sent with the request
 * is honoured), its failures are logged and answered `fallback`; RequestCancelled and other protocol
 * errors pass to the client.
 */
function handler<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => Promise<R>): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      await yieldToCancellation(token);
      return await fn(params, token);
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      conn.console.error(`[initlint] ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };
}

/** The folders of `initialize`: workspaceFolders, else the deprecated rootUri / rootPath. */
function initialFolders(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((f) => f.uri);
  if (params.rootUri) return [params.rootUri];
  return params.rootPath ? [pathToFileURL(params.rootPath).toString()] : [];
}

let folders: string[] = [];
let canWatchFolders = false;

conn.onInitialize((params): InitializeResult => {
  pool.warm();
  folders = initialFolders(params);
  workspace.setFolders(folders);
  canWatchFolders = params.capabilities.workspace?.workspaceFolders === true;
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings !== undefined) {
    const { settings: next, problems } = parseSettings(init.settings);
    for (const p of problems) warn(`${p}; using the default`);
    settings = next;
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      notebookDocumentSync: { notebookSelector: [{ notebook: { notebookType: 'jupyter-notebook' }, cells: [{ language: 'python' }] }] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      inlayHintProvider: true,
      executeCommandProvider: { commands: [REPORT_COMMAND] },
      ...(canWatchFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    },
    serverInfo: { name: 'initlint', version: '0.1.0' },
  };
});

conn.onInitialized(async () => {
  if (canWatchFolders) {
    // Folders added or removed: the pyproject.toml lookup stops at the new innermost folder.
    conn.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri).filter((u) => !folders.includes(u))];
      workspace.setFolders(folders);
      republishAll();
    });
  }
  if (canRegisterConfiguration) {
    await conn.client.register(DidChangeConfigurationNotification.type, { section: 'initlint' }).catch(() => undefined);
  }
  if (canPullConfiguration) {
    await loadSettings();
    republishAll();
  }
});

conn.onShutdown(() => {
  for (const t of [...timers.values(), ...probeTimers.values()]) clearTimeout(t);
  timers.clear();
  probeTimers.clear();
  probes.clear();
  pool.dispose();
});

conn.onDidChangeConfiguration((change) => {
  const raw = (change.settings as { initlint?: unknown } | null | undefined)?.initlint;
  loadSettings(canPullConfiguration ? undefined : raw).then(republishAll, (err: unknown) => conn.console.error(`[initlint] settings failed: ${String(err)}`));
});

/** A document's text changed (or now comes from disk again): the files importing it are stale. */
function importersChanged(uri: string): void {
  if (!uri.startsWith('file:')) return;
  for (const key of workspace.importersOf(URI.parse(uri).fsPath)) schedule(key);
}

documents.onDidOpen((e) => {
  schedule(e.document.uri, 0);
  importersChanged(e.document.uri);
});
documents.onDidChangeContent((e) => {
  schedule(e.document.uri);
  importersChanged(e.document.uri);
});
documents.onDidSave((e) => probeWhenIdle(e.document.uri, 0));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  noticed.delete(e.document.uri);
  workspace.forget(e.document.uri);
  clear(e.document.uri);
  importersChanged(e.document.uri);
});
notebooks.onDidOpen((nb) => schedule(nb.uri, 0));
notebooks.onDidChange((e) => schedule(e.notebookDocument.uri));
notebooks.onDidClose((nb) => {
  noticed.delete(nb.uri);
  workspace.forget(nb.uri);
  clear(nb.uri);
});

conn.onHover(
  handler('hover', null, async (params, token) => {
    const r = await analysedFor(params.textDocument.uri, token);
    if (!r || r === 'late') return null;
    const pos = fromCell(r.subject, params.textDocument.uri, params.position);
    if (!pos) return null;
    // The model under the cursor is probed (in a worker) when it has not been yet.
    const hit = layerAt(r.analysis, pos);
    if (hit && settings.probe.enable && !probes.lookup(hit.model.model)) probes.request(r.subject.key, r.subject.path, [hit.model.model]);
    return hoverFor(r.analysis, pos, probeLookup);
  }),
);

conn.languages.inlayHint.on(
  handler('inlay hints', [], async (params, token) => {
    if (!settings.inlayHints.enable) return [];
    const r = await analysedFor(params.textDocument.uri, token);
    if (r === 'late') hintsOwed = true;
    if (!r || r === 'late') return [];
    return inlayHints(r.subject, r.analysis, params.range, params.textDocument.uri, probeLookup);
  }),
);

conn.onCodeAction(
  handler('code actions', [], async (params, token) => {
    const r = await analysedFor(params.textDocument.uri, token);
    if (!r || r === 'late') return [];
    return codeActions(r.subject, r.analysis, params.textDocument.uri, params.range, params.context.diagnostics);
  }),
);

conn.onExecuteCommand(
  handler('report', null, async (params, token) => {
    if (params.command !== REPORT_COMMAND) return null;
    const arg = (params.arguments?.[0] ?? {}) as { uri?: unknown; model?: unknown };
    if (typeof arg.uri !== 'string') return null;
    // A report may wait for its analysis as long as an analysis may take.
    const r = await analysedFor(arg.uri, token, settings.maxAnalysisMs + 1000);
    if (!r || r === 'late') return null;
    let report = propagationReport(r.analysis, typeof arg.model === 'string' ? arg.model : undefined);
    if (settings.probe.enable) {
      const models = r.analysis.graph.models.filter((m) => report.models.some((x) => x.name === m.name));
      const abort = new AbortController();
      const sub = token.onCancellationRequested(() => abort.abort());
      const probe = await runProbe({ path: r.subject.path, models, options: { backend: settings.probe.backend, jacobian: 'compare' } }, { budgetMs: settings.probe.budgetMs, signal: abort.signal });
      sub.dispose();
      if (token.isCancellationRequested) throw cancelled();
      if (probe.status === 'ok') report = attachMeasured(report, probe);
      else report.models.forEach((m) => m.notes.push(`the probe could not run: ${probe.error ?? probe.status}`));
    }
    const rendered = await within(pool.render(report, settings.driftBand), token, settings.maxAnalysisMs + 1000);
    if (!rendered || rendered.kind !== 'rendered') {
      conn.console.error(`[initlint] report: the HTML could not be rendered: ${rendered ? (rendered.kind === 'failed' ? rendered.error : 'it took too long') : 'it took too long'}`);
      return { ...report, html: '' };
    }
    return { ...report, html: rendered.html };
  }),
);

documents.listen(conn);
notebooks.listen(conn);
conn.listen();
