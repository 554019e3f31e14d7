// The initlint language server: `node dist/server.js --stdio`. A thin adapter: LSP in, engine calls,
// LSP out. Analysis is cached per document version and re-run, debounced, after edits; requests
// that arrive before it ran compute it on demand. A failing handler logs and answers nothing; the
// server itself never goes down on bad input.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  NotebookDocuments,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { ready } from '../engine/analyze';
import { propagationReport } from '../engine/analysis/report-data';
import { renderReportHtml } from '../engine/report';
import { codeActions } from './code-actions';
import { documentConfiguration, type ServerDocument } from './documents';
import { toDiagnostics } from './diagnostics';
import { hoverFor, layerAt, type ProbeLookup } from './hover';
import { ProbeManager } from './probes';
import { attachMeasured, runProbe } from '../engine/probe';
import { inlayHints } from './inlay-hints';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { fromCell, Workspace, type Analysed, type Subject } from './workspace';

export const REPORT_COMMAND = 'initlint.propagationReport';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments<ServerDocument>(documentConfiguration);
const notebooks = new NotebookDocuments<ServerDocument>(documentConfiguration);
let settings: Settings = DEFAULT_SETTINGS;
const configErrors = new Set<string>();
const workspace = new Workspace(documents, notebooks, () => settings, (message) => {
  if (configErrors.has(message)) return;
  configErrors.add(message);
  connection.console.warn(`[initlint] invalid configuration, ignored: ${message}`);
});

const probes = new ProbeManager(
  () => ({ backend: settings.probe.backend, budgetMs: settings.probe.budgetMs }),
  () => {
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  },
  (message) => log(message),
);
const probeLookup: ProbeLookup = (m) => probes.lookup(m.model);
const probeTimers = new Map<string, NodeJS.Timeout>();

/** Probes a subject's models once the user has been idle for a second (never awaited). */
function probeWhenIdle(subject: Subject, delay = 1000): void {
  if (!settings.enable || !settings.probe.enable) return;
  const pending = probeTimers.get(subject.key);
  if (pending) clearTimeout(pending);
  probeTimers.set(
    subject.key,
    setTimeout(
      guard('probe', undefined, () => {
        probeTimers.delete(subject.key);
        const current = workspace.subjectFor(subject.key) ?? workspace.notebookSubject(subject.key);
        const result = current ? analysed(current) : undefined;
        if (result) probes.request(current!.key, current!.path, result.analysis.graph.models);
      }),
      delay,
    ),
  );
}

let canPullConfiguration = false;
let canRefreshInlayHints = false;
let canRegisterConfiguration = false;
const timers = new Map<string, NodeJS.Timeout>();
/** Uris that currently carry our diagnostics, per subject key (cells of a notebook). */
const published = new Map<string, Set<string>>();
const warnedTooLarge = new Set<string>();

function log(message: string): void {
  connection.console.log(`[initlint] ${message}`);
}

/** Runs a handler; an exception is logged and answered with `fallback`, never thrown at the client. */
function guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (err) {
      connection.console.error(`[initlint] ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };
}

function analysed(subject: Subject): Analysed | undefined {
  const result = workspace.analyse(subject);
  if ('tooLarge' in result) {
    if (!warnedTooLarge.has(subject.key)) {
      warnedTooLarge.add(subject.key);
      connection.console.warn(`[initlint] ${subject.path}: ${(result.tooLarge / 1e6).toFixed(1)} MB is over the ${(settings.maxFileSize / 1e6).toFixed(1)} MB limit (initlint.maxFileSize); not analysed`);
    }
    return undefined;
  }
  warnedTooLarge.delete(subject.key);
  return result;
}

function clear(key: string): void {
  for (const uri of published.get(key) ?? []) void connection.sendDiagnostics({ uri, diagnostics: [] });
  published.delete(key);
}

const publish = guard('diagnostics', undefined, (key: string): void => {
  timers.delete(key);
  const subject = workspace.subjectFor(key) ?? workspace.notebookSubject(key);
  if (!subject) return clear(key);
  const result = settings.enable ? analysed(subject) : undefined;
  const byUri = result ? toDiagnostics(subject, result.analysis.findings) : new Map();
  const before = published.get(subject.key) ?? new Set<string>();
  const now = new Set<string>();
  for (const [uri, diagnostics] of byUri) {
    now.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics, ...(subject.document ? { version: subject.document.version } : {}) });
  }
  for (const uri of before) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  published.set(subject.key, now);
  if (result && settings.probe.onType) probeWhenIdle(subject);
});

/** Re-analyses after the debounce delay; a newer edit restarts the delay (the older run is dropped). */
function schedule(key: string, delay = settings.debounceMs): void {
  const pending = timers.get(key);
  if (pending) clearTimeout(pending);
  timers.set(key, setTimeout(() => publish(key), delay));
}

function republishAll(): void {
  workspace.clearCache();
  for (const doc of documents.all()) schedule(doc.uri, 0);
  for (const key of notebookKeys()) schedule(key, 0);
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
}

function notebookKeys(): string[] {
  const keys = new Set<string>();
  for (const doc of notebooks.cellTextDocuments.all()) {
    const nb = notebooks.findNotebookDocumentForCell(doc.uri);
    if (nb) keys.add(nb.uri);
  }
  return [...keys];
}

async function loadSettings(raw?: unknown): Promise<void> {
  let value = raw;
  if (value === undefined && canPullConfiguration) {
    try {
      value = await connection.workspace.getConfiguration('initlint');
    } catch (err) {
      log(`could not read settings: ${String(err)}`);
    }
  }
  const { settings: next, problems } = parseSettings(value);
  for (const p of problems) connection.console.warn(`[initlint] ${p}; using the default`);
  if (next.probe.backend !== settings.probe.backend) probes.clear();
  settings = next;
}

connection.onInitialize(async (params): Promise<InitializeResult> => {
  await ready();
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings !== undefined) await loadSettings(init.settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      notebookDocumentSync: { notebookSelector: [{ notebook: { notebookType: 'jupyter-notebook' }, cells: [{ language: 'python' }] }] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      inlayHintProvider: true,
      executeCommandProvider: { commands: [REPORT_COMMAND] },
    },
    serverInfo: { name: 'initlint', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canRegisterConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'initlint' }).catch(() => undefined);
  }
  if (canPullConfiguration) {
    await loadSettings();
    republishAll();
  }
});

connection.onDidChangeConfiguration(
  guard('configuration', undefined, (change) => {
    const raw = (change.settings as { initlint?: unknown } | null | undefined)?.initlint;
    void loadSettings(canPullConfiguration ? undefined : raw).then(republishAll);
  }),
);

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidSave((e) => {
  const subject = workspace.subjectFor(e.document.uri);
  if (subject) probeWhenIdle(subject, 0);
});
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  workspace.forget(e.document.uri);
  clear(e.document.uri);
});
notebooks.onDidOpen((nb) => schedule(nb.uri, 0));
notebooks.onDidChange((e) => schedule(e.notebookDocument.uri));
notebooks.onDidClose((nb) => {
  workspace.forget(nb.uri);
  clear(nb.uri);
});

/** The subject and analysis for a request on `uri` at `pos` (joined-text position), if any. */
function at(uri: string, pos?: { line: number; character: number }) {
  const subject = workspace.subjectFor(uri);
  if (!subject || !settings.enable) return undefined;
  const result = analysed(subject);
  if (!result) return undefined;
  const joined = pos ? fromCell(subject, uri, pos) : undefined;
  return { subject, analysis: result.analysis, pos: joined };
}

connection.onHover(
  guard('hover', null, (params) => {
    const r = at(params.textDocument.uri, params.position);
    if (!r?.pos) return null;
    // The model under the cursor is probed (in a worker) when it has not been yet.
    const hit = layerAt(r.analysis, r.pos);
    if (hit && settings.probe.enable && !probes.lookup(hit.model.model)) probes.request(r.subject.key, r.subject.path, [hit.model.model]);
    return hoverFor(r.analysis, r.pos, probeLookup);
  }),
);

connection.languages.inlayHint.on(
  guard('inlay hints', [], (params) => {
    if (!settings.inlayHints.enable) return [];
    const r = at(params.textDocument.uri);
    return r ? inlayHints(r.subject, r.analysis, params.range, params.textDocument.uri, probeLookup) : [];
  }),
);

connection.onCodeAction(
  guard('code actions', [], (params) => {
    const r = at(params.textDocument.uri);
    return r ? codeActions(r.subject, r.analysis, params.textDocument.uri, params.range, params.context.diagnostics) : [];
  }),
);

connection.onExecuteCommand(async (params) => {
  try {
    if (params.command !== REPORT_COMMAND) return null;
    const arg = (params.arguments?.[0] ?? {}) as { uri?: unknown; model?: unknown };
    if (typeof arg.uri !== 'string') return null;
    const r = at(arg.uri);
    if (!r) return null;
    let report = propagationReport(r.analysis, typeof arg.model === 'string' ? arg.model : undefined);
    if (settings.probe.enable) {
      const models = r.analysis.graph.models.filter((m) => report.models.some((x) => x.name === m.name));
      const probe = await runProbe({ path: r.subject.path, models, options: { backend: settings.probe.backend } }, { budgetMs: settings.probe.budgetMs });
      if (probe.status === 'ok') report = attachMeasured(report, probe);
      else report.models.forEach((m) => m.notes.push(`the probe could not run: ${probe.error ?? probe.status}`));
    }
    return { ...report, html: await renderReportHtml(report, { driftBand: settings.driftBand }) };
  } catch (err) {
    connection.console.error(`[initlint] report failed: ${String(err)}`);
    return null;
  }
});

documents.listen(connection);
notebooks.listen(connection);
connection.listen();
