// The initlint VS Code extension: starts the language server (dist/server.js over stdio, the same
// server any LSP editor runs), shows its state in the status bar, and shows the propagation report
// the server renders in a webview. Nothing of substance happens here; the server does the work.
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

/** The server's report command (server/main.ts) and what it answers. */
const SERVER_REPORT_COMMAND = 'initlint.propagationReport';

interface ReportResult {
  path?: string;
  models?: { name: string; framework?: string; layers?: unknown[] }[];
  /** The rendered page (engine/report renderReportHtml). */
  html?: string;
}

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;
let output: vscode.LogOutputChannel | undefined;
const panels = new Map<string, vscode.WebviewPanel>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('initlint', { log: true });
  status = vscode.window.createStatusBarItem('initlint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'initlint';
  status.text = '$(pulse) initlint';
  status.command = 'initlint.showOutput';
  context.subscriptions.push(output, status);
  updateStatus('starting');
  status.show();

  context.subscriptions.push(
    vscode.commands.registerCommand('initlint.showPropagationReport', (target?: unknown, model?: unknown) =>
      showPropagationReport(target, typeof model === 'string' ? model : undefined),
    ),
    vscode.commands.registerCommand('initlint.restartServer', () => restartServer(context)),
    vscode.commands.registerCommand('initlint.showOutput', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('initlint.probe')) updateStatus();
    }),
  );

  await startClient(context);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  // TransportKind.stdio makes the client pass `--stdio`, as any other editor would.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: {
      module: serverModule,
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', '--enable-source-maps', '--inspect=6011'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
      // TensorFlow.js models in TypeScript and JavaScript.
      ...['typescript', 'typescriptreact', 'javascript', 'javascriptreact'].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // Python cells of any notebook; the server declares notebookDocumentSync for jupyter-notebook.
      { notebook: '*', language: 'python' },
    ],
    synchronize: { configurationSection: 'initlint' },
    outputChannel: output,
  };
  // The id `initlint` makes the client read the `initlint.trace.server` setting.
  const c = new LanguageClient('initlint', 'initlint', serverOptions, clientOptions);
  c.onDidChangeState((e) => {
    if (client === c) updateStatus(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped');
  });
  return c;
}

/** Starts a new client (a client whose start failed cannot be started again). */
async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const c = createClient(context);
  client = c;
  try {
    updateStatus('starting');
    await c.start();
    updateStatus('running');
  } catch (err) {
    updateStatus('stopped');
    output?.error(`the language server did not start: ${message(err)}`);
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (!c) return;
  try {
    if (c.needsStop()) await c.stop();
  } catch (err) {
    output?.warn(`stopping the language server: ${message(err)}`);
  }
  try {
    await c.dispose();
  } catch {
    // A client whose start failed throws on dispose; nothing is left to release.
  }
}

export async function deactivate(): Promise<void> {
  for (const panel of panels.values()) panel.dispose();
  panels.clear();
  await stopClient();
}

type ServerState = 'starting' | 'running' | 'stopped';
let serverState: ServerState = 'starting';

function updateStatus(state: ServerState = serverState): void {
  serverState = state;
  if (!status) return;
  const backend = vscode.workspace.getConfiguration('initlint').get<string>('probe.backend', 'auto');
  status.text = state === 'stopped' ? '$(warning) initlint' : '$(pulse) initlint';
  status.backgroundColor = state === 'stopped' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  const tip = new vscode.MarkdownString(undefined, true);
  tip.appendMarkdown(`**initlint**: language server ${state}\n\n`);
  tip.appendMarkdown(`Probe backend: \`${backend}\` (probes are not available yet)\n\n`);
  tip.appendMarkdown('Click to show the log.');
  status.tooltip = tip;
}

async function restartServer(context: vscode.ExtensionContext): Promise<void> {
  await stopClient();
  await startClient(context);
  if (serverState === 'stopped') void vscode.window.showErrorMessage('initlint: the language server did not start; see the initlint output.');
}

/** The document or notebook to report on: the argument (a Uri or its string) or the active editor. */
function reportTarget(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string') return vscode.Uri.parse(target);
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const doc = editor.document;
    if (doc.uri.scheme === 'vscode-notebook-cell') {
      const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document === doc));
      if (notebook) return notebook.uri;
    }
    if (doc.languageId === 'python') return doc.uri;
  }
  return vscode.window.activeNotebookEditor?.notebook.uri;
}

async function requestReport(uri: vscode.Uri, model: string | undefined): Promise<ReportResult | null | undefined> {
  const c = client;
  if (!c) throw new Error('the language server is not running');
  const arg: { uri: string; model?: string } = { uri: c.code2ProtocolConverter.asUri(uri) };
  if (model !== undefined) arg.model = model;
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `initlint: propagation report${model ? ` of ${model}` : ''}…`,
      cancellable: true,
    },
    (_progress, token) =>
      c.sendRequest(ExecuteCommandRequest.type, { command: SERVER_REPORT_COMMAND, arguments: [arg] }, token) as Promise<ReportResult | null>,
  );
}

async function showPropagationReport(target: unknown, model: string | undefined): Promise<void> {
  const uri = reportTarget(target);
  if (!uri) {
    void vscode.window.showInformationMessage('initlint: open a Python file or a notebook to see its propagation report.');
    return;
  }
  try {
    let result = await requestReport(uri, model);
    if (!result) {
      void vscode.window.showWarningMessage('initlint: the server has no report for this file (not analysed yet, too large, or initlint is disabled).');
      return;
    }
    const models = result.models ?? [];
    if (models.length === 0) {
      void vscode.window.showInformationMessage('initlint: no models found in this file.');
      return;
    }
    if (model === undefined && models.length > 1) {
      const all = { label: `All models (${models.length})`, model: undefined as string | undefined };
      const picked = await vscode.window.showQuickPick(
        [all, ...models.map((m) => ({ label: m.name, description: [m.framework, m.layers ? `${m.layers.length} layers` : ''].filter(Boolean).join(' · '), model: m.name }))],
        { title: 'initlint: propagation report', placeHolder: 'Which model?' },
      );
      if (!picked) return;
      if (picked.model !== undefined) {
        model = picked.model;
        result = await requestReport(uri, model);
        if (!result) return;
      }
    }
    if (typeof result.html !== 'string') {
      void vscode.window.showErrorMessage('initlint: the server answered without a rendered report (update the server).');
      return;
    }
    showPanel(uri, model, result.html);
  } catch (err) {
    if (err instanceof vscode.CancellationError || (err instanceof Error && /cancel/i.test(err.message))) return;
    void vscode.window.showErrorMessage(`initlint: the propagation report failed: ${message(err)}`);
  }
}

/** One panel per file and model, reused and revealed when asked again. */
function showPanel(uri: vscode.Uri, model: string | undefined, html: string): void {
  const key = `${uri.toString()}#${model ?? ''}`;
  let panel = panels.get(key);
  if (!panel) {
    const name = uri.path.split('/').pop() ?? uri.toString();
    panel = vscode.window.createWebviewPanel('initlint.propagationReport', `Propagation: ${model ?? name}`, vscode.ViewColumn.Beside, {
      enableScripts: false,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panels.set(key, panel);
    const p = panel;
    p.onDidDispose(() => {
      if (panels.get(key) === p) panels.delete(key);
    });
  } else {
    panel.reveal(undefined, true);
  }
  panel.webview.html = withCsp(html, panel.webview.cspSource);
}

/**
 * Puts our own Content-Security-Policy first in the page's head: no scripts, no network, styles
 * inline only. The page's own policy (a hash of its style sheet) still applies: both are enforced.
 */
export function withCsp(html: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src ${cspSource} data:; font-src ${cspSource}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  return `<!DOCTYPE html><html><head>${meta}</head><body>${html}</body></html>`;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
