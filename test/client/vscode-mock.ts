// A stand-in for the `vscode` module, just enough for dist/client.js (and vscode-languageclient in
// it) to activate, start the real language server and run the report command. What the client
// uses is real (commands, status bar, output channel, webview panel, messages, quick pick,
// progress); everything else is a "deep" stub: any property is another stub, any call returns one.
// It checks the wiring, not VS Code's behaviour.
import Module from 'node:module';
import { pathToFileURL } from 'node:url';

type Fn = (...args: unknown[]) => unknown;

/** Any property is a stub, any call or `new` returns one; `then` is absent so it is not a promise. */
export function stub(name: string, calls: string[]): unknown {
  const target = function () {};
  return new Proxy(target, {
    get(_t, p) {
      if (p === 'then') return undefined;
      if (p === Symbol.iterator) return function* () {};
      if (p === Symbol.toPrimitive) return () => 0;
      if (p === 'dispose') return () => {};
      return stub(`${name}.${String(p)}`, calls);
    },
    apply() {
      calls.push(name);
      return stub(`${name}()`, calls);
    },
    construct() {
      calls.push(`new ${name}`);
      return stub(`new ${name}`, calls) as object;
    },
  });
}

class Disposable {
  constructor(private readonly fn?: () => void) {}
  dispose(): void {
    this.fn?.();
  }
  static from(...items: { dispose?: () => void }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d?.dispose?.()));
  }
}

class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (fn: (e: T) => void): Disposable => {
    this.listeners.push(fn);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== fn)));
  };
  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
    private readonly text: string,
  ) {}
  static parse(s: string): Uri {
    const u = new URL(s);
    return new Uri(u.protocol.replace(/:$/, ''), decodeURIComponent(u.pathname), s);
  }
  static file(p: string): Uri {
    return Uri.parse(pathToFileURL(p).href);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return this.text;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
  with(): Uri {
    return this;
  }
}

class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {}
}

export interface FakeTextDocument {
  uri: Uri;
  fileName: string;
  languageId: string;
  version: number;
  isClosed: boolean;
  getText(): string;
}

export interface Mock {
  vscode: Record<string, unknown>;
  /** Command id -> handler, as registered by the client (and by vscode-languageclient). */
  commands: Map<string, Fn>;
  messages: { level: 'info' | 'warning' | 'error'; text: string }[];
  panels: { title: string; options: Record<string, unknown>; webview: { html: string; cspSource: string } }[];
  statusBar: { text: string; tooltip: unknown; shown: boolean }[];
  calls: string[];
  /** Documents open from the start (the client sends didOpen for those its selector matches). */
  textDocuments: FakeTextDocument[];
  openDocument(path: string, text: string): FakeTextDocument;
  /** Quick-pick answers, in order: an index into the items, or undefined for Escape. */
  quickPickAnswers: (number | undefined)[];
  /** Loads `module` (dist/client.js) with this mock as `vscode`. */
  load(module: string): { activate: Fn; deactivate: Fn };
}

export function createMock(): Mock {
  const calls: string[] = [];
  const commands = new Map<string, Fn>();
  const messages: Mock['messages'] = [];
  const panels: Mock['panels'] = [];
  const statusBar: Mock['statusBar'] = [];
  const textDocuments: FakeTextDocument[] = [];
  const quickPickAnswers: (number | undefined)[] = [];
  const withDefault = <T extends object>(name: string, obj: T): T =>
    new Proxy(obj, { get: (t, p) => (p in t ? (t as Record<string | symbol, unknown>)[p] : stub(`${name}.${String(p)}`, calls)) });
  const message = (level: 'info' | 'warning' | 'error') => async (text: string) => {
    messages.push({ level, text });
    return undefined;
  };
  const names = 'CodeAction Diagnostic LogLevel NotebookCellKind Position Range TabInputCustom TabInputNotebook TabInputText TabInputTextDiff env';
  const vscode: Record<string, unknown> = {
    version: '1.100.0',
    Disposable,
    EventEmitter,
    Uri,
    CancellationTokenSource,
    CancellationError: class CancellationError extends Error {},
    MarkdownString: class MarkdownString {
      constructor(public value = '') {}
      appendMarkdown(s: string) {
        this.value += s;
        return this;
      }
    },
    ThemeColor: class ThemeColor {
      constructor(readonly id: string) {}
    },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    ViewColumn: { Active: -1, Beside: -2, One: 1 },
    commands: withDefault('commands', {
      registerCommand: (id: string, fn: Fn) => {
        commands.set(id, fn);
        return new Disposable(() => commands.delete(id));
      },
      executeCommand: async (id: string, ...args: unknown[]) => commands.get(id)?.(...args),
      getCommands: async () => [...commands.keys()],
    }),
    languages: withDefault('languages', {
      // Every selector matches every document: the client then syncs the fake documents.
      match: () => 10,
    }),
    workspace: withDefault('workspace', {
      textDocuments,
      notebookDocuments: [],
      workspaceFolders: undefined,
      getConfiguration: () => ({ get: (_k: string, d: unknown) => d, has: () => false, inspect: () => undefined, update: async () => {} }),
      onDidChangeConfiguration: () => new Disposable(),
    }),
    window: withDefault('window', {
      visibleTextEditors: [],
      visibleNotebookEditors: [],
      activeTextEditor: undefined,
      activeNotebookEditor: undefined,
      tabGroups: withDefault('tabGroups', { all: [] }),
      createStatusBarItem: () => {
        const item = { text: '', tooltip: undefined as unknown, shown: false, show: () => void (item.shown = true), hide: () => void (item.shown = false), dispose: () => {} };
        statusBar.push(item);
        return item;
      },
      showInformationMessage: message('info'),
      showWarningMessage: message('warning'),
      showErrorMessage: message('error'),
      showQuickPick: async (items: unknown[]) => {
        const i = quickPickAnswers.shift();
        return i === undefined ? undefined : items[i];
      },
      withProgress: async (_o: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) =>
        task({ report: () => {} }, new CancellationTokenSource().token),
      createWebviewPanel: (_type: string, title: string, _col: unknown, options: Record<string, unknown>) => {
        const panel = {
          title,
          options,
          webview: { html: '', cspSource: 'vscode-webview://test' },
          reveal: () => {},
          onDidDispose: () => new Disposable(),
          dispose: () => {},
        };
        panels.push(panel);
        return panel;
      },
    }),
  };
  for (const n of names.split(' ')) vscode[n] = stub(n, calls);
  const mockModule = new Proxy(vscode, { get: (t, p) => (p in t ? t[p as string] : stub(String(p), calls)) });
  return {
    vscode,
    commands,
    messages,
    panels,
    statusBar,
    calls,
    textDocuments,
    quickPickAnswers,
    openDocument(path: string, text: string) {
      const doc: FakeTextDocument = { uri: Uri.file(path), fileName: path, languageId: 'python', version: 1, isClosed: false, getText: () => text };
      textDocuments.push(doc);
      return doc;
    },
    load(module: string) {
      const M = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
      const original = M._load;
      M._load = function (request: string, ...rest: unknown[]) {
        if (request === 'vscode') return mockModule;
        return original.call(this, request, ...rest);
      };
      // Left in place: the bundle's lazily initialised modules require `vscode` later too. Each
      // test file runs in a process of its own.
      return require(module) as { activate: Fn; deactivate: Fn };
    },
  };
}
