// The LSP lifecycle and message hygiene, as a vscode-jsonrpc MessageStrategy: every message passes
// here before the connection dispatches it. vscode-languageserver 10.x dispatches any request at any
// time (before `initialize`, after `shutdown`, a second `initialize`) and passes malformed messages
// to handlers or drops them unanswered; the spec and JSON-RPC 2.0 say otherwise:
// - before `initialize`: requests are answered ServerNotInitialized (-32002), notifications dropped
//   (except `exit`);
// - a second `initialize`, and any request after `shutdown`: InvalidRequest (-32600); after
//   `shutdown` only `exit` is acted on;
// - a body that is not JSON: ParseError (-32700) with id null; a message that is neither request,
//   notification nor response: InvalidRequest, with its id when it has a usable one;
// - params of the requests and notifications we handle are shape-checked (validation.ts): a bad
//   request gets InvalidParams (-32602), a bad notification is dropped with a warning in the log.
// Queued requests cancelled before they run are answered RequestCancelled (-32800) by the
// connection's own cancelUndispatched hook; running ones by their handlers (CancellationToken).
import {
  ErrorCodes,
  LSPErrorCodes,
  Message,
  type ConnectionStrategy,
  type ContentTypeDecoder,
  type MessageStrategy,
  type MessageWriter,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';

export type Phase = 'waiting' | 'running' | 'shutdown';

/** What the frame decoder hands on for a body that is not JSON (see jsonDecoder). */
export const UNPARSABLE = Symbol('initlint.unparsable');
type Unparsable = { [UNPARSABLE]: string };

/** A content-type decoder for the StreamMessageReader: JSON, or a marker saying why it is not. */
export const jsonDecoder: ContentTypeDecoder = {
  name: 'application/json',
  decode(buffer: Uint8Array, options: { charset: string }): Promise<Message> {
    const text = new TextDecoder(options.charset).decode(buffer);
    try {
      return Promise.resolve(JSON.parse(text) as Message);
    } catch (err) {
      // Not thrown: vscode-jsonrpc would only report it to nobody; the lifecycle answers ParseError.
      const marker: Unparsable = { [UNPARSABLE]: `${(err as Error).message} (body of ${buffer.byteLength} bytes)` };
      return Promise.resolve(marker as unknown as Message);
    }
  },
};

export interface LifecycleHooks {
  log: (message: string) => void;
  /** Why a notification's params are malformed, or undefined. */
  checkNotification: (method: string, params: unknown) => string | undefined;
  /** Why a request's params are malformed, or undefined. */
  checkRequest: (method: string, params: unknown) => string | undefined;
}

/** Requests that may never be cancelled unanswered: the lifecycle's own. */
const LIFECYCLE = new Set(['initialize', 'shutdown']);

export class Lifecycle {
  phase: Phase = 'waiting';
  /** Messages turned away, by reason (tests and logs). */
  readonly refused = new Map<string, number>();

  constructor(
    private readonly writer: MessageWriter,
    private readonly hooks: LifecycleHooks,
  ) {}

  get shutdownReceived(): boolean {
    return this.phase === 'shutdown';
  }

  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => this.handle(message, next),
  };

  readonly connectionStrategy: ConnectionStrategy = {
    cancelUndispatched: (message) => {
      const request = message as RequestMessage;
      if (LIFECYCLE.has(request.method)) return undefined;
      return { jsonrpc: '2.0', id: request.id, error: { code: LSPErrorCodes.RequestCancelled, message: `${request.method} was cancelled before it ran` } };
    },
  };

  private handle(message: Message, next: (message: Message) => void): void {
    if (message !== null && typeof message === 'object' && UNPARSABLE in message) {
      this.refuse('parse error', `a message that is not JSON was ignored: ${(message as Unparsable)[UNPARSABLE]}`);
      return this.reply(null, ErrorCodes.ParseError, 'Parse error: the message body is not JSON');
    }
    if (Message.isRequest(message)) return this.request(message, next);
    if (Message.isNotification(message)) return this.notification(message.method, message.params, message, next);
    if (Message.isResponse(message)) return next(message);
    const id = (message as { id?: unknown } | null)?.id;
    const usable = typeof id === 'string' || typeof id === 'number' ? id : null;
    this.refuse('invalid message', `a message that is neither a request, a notification nor a response was ignored: ${preview(message)}`);
    this.reply(usable, ErrorCodes.InvalidRequest, 'Invalid request: expected a JSON-RPC 2.0 request (jsonrpc, id, method: string, params: object or array)');
  }

  private request(message: RequestMessage, next: (message: Message) => void): void {
    const { method, id } = message;
    if (this.phase === 'waiting' && method !== 'initialize') {
      this.refuse('before initialize', `${method} before initialize`);
      return this.reply(id, ErrorCodes.ServerNotInitialized, `The server is not initialized: ${method} arrived before initialize`);
    }
    if (this.phase === 'shutdown') {
      this.refuse('after shutdown', `${method} after shutdown`);
      return this.reply(id, ErrorCodes.InvalidRequest, `The server is shutting down: ${method} arrived after shutdown (only exit is accepted)`);
    }
    if (method === 'initialize' && this.phase !== 'waiting') {
      this.refuse('second initialize', 'a second initialize');
      return this.reply(id, ErrorCodes.InvalidRequest, 'initialize may only be sent once');
    }
    if (message.params !== undefined && message.params !== null && typeof message.params !== 'object') {
      this.refuse('invalid params', `${method} with params ${preview(message.params)}`);
      return this.reply(id, ErrorCodes.InvalidRequest, `Invalid request: params of ${method} must be an object or an array`);
    }
    const invalid = this.hooks.checkRequest(method, message.params);
    if (invalid) {
      this.refuse('invalid params', `${method}: ${invalid}`);
      return this.reply(id, ErrorCodes.InvalidParams, `Invalid params of ${method}: ${invalid}`);
    }
    if (method === 'initialize') this.phase = 'running';
    else if (method === 'shutdown') this.phase = 'shutdown';
    next(message);
  }

  private notification(method: string, params: unknown, message: Message, next: (message: Message) => void): void {
    // The connection has already acted on a cancellation by the time it gets here; it only cleans up.
    if (method === 'exit' || method === '$/cancelRequest') return next(message);
    if (this.phase === 'waiting') {
      this.refuse('before initialize', `${method} before initialize`);
      return;
    }
    if (this.phase === 'shutdown') {
      this.refuse('after shutdown', `${method} after shutdown`);
      return;
    }
    const invalid = this.hooks.checkNotification(method, params);
    if (invalid) {
      this.refuse('invalid params', `${method}: ${invalid}`);
      return;
    }
    next(message);
  }

  private refuse(reason: string, what: string): void {
    this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
    this.hooks.log(`${what}: ignored (${reason})`);
  }

  private reply(id: string | number | null, code: number, message: string): void {
    const response: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    this.writer.write(response).catch((err: unknown) => this.hooks.log(`could not answer a refused message: ${String(err)}`));
  }
}

function preview(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}
