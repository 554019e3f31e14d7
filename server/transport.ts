// The server's message reader and writer, from the command line as vscode-languageserver reads it
// (`--stdio`, the default; `--node-ipc`; `--socket=PORT`; `--pipe=NAME`). The server builds them
// itself rather than letting createConnection do it, for two reasons: the lifecycle (lifecycle.ts)
// answers refused requests through the same writer, and on stdio the bytes pass through FrameRepair
// (framing.ts) before the reader sees them.
import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { jsonDecoder } from './lifecycle';
import { FrameRepair } from './framing';

/** Largest message accepted: well above initlint.maxFileSize's maximum (20 MB) as JSON. */
export const MAX_MESSAGE_BYTES = 128 * 1024 * 1024;

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** stdio: the client's end closing ends the server (as vscode-languageserver does for --stdio). */
  stdio: boolean;
}

function option(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) return argv[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

export function serverTransport(argv: string[], onDrop: (reason: string, bytes: number) => void): Transport {
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
  const port = option(argv, '--socket');
  if (port !== undefined) {
    const [reader, writer] = createServerSocketTransport(Number.parseInt(port, 10));
    return { reader, writer, stdio: false };
  }
  const pipe = option(argv, '--pipe');
  if (pipe !== undefined) {
    const [reader, writer] = createServerPipeTransport(pipe);
    return { reader, writer, stdio: false };
  }
  const repaired = process.stdin.pipe(new FrameRepair({ maxBody: MAX_MESSAGE_BYTES, onDrop }));
  const reader = new StreamMessageReader(repaired, { charset: 'utf-8', contentTypeDecoder: jsonDecoder });
  return { reader, writer: new StreamMessageWriter(process.stdout), stdio: true };
}
