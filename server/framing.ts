// Base-protocol framing repair between stdin and vscode-jsonrpc's StreamMessageReader.
//
// The reader trusts its framing: a header block without a Content-Length fires an error and leaves
// the body in its buffer, where it is then read as the next header block, and so on; one bad frame
// left the server alive but deaf to every later message. A wrong Content-Length does the same (too
// long swallows the next frames as body, too short leaves the tail as junk). The reader has no way to
// resynchronise, so this stream does it one layer below: it passes on only complete frames with a
// valid Content-Length, and after a bad one skips to the next `Content-Length:` header.
//
// A claimed body that contains a frame header (`Content-Length: <digits>` followed by a raw CR LF)
// cannot be JSON (the letters cannot stand outside a string, the raw CR LF cannot stand inside one),
// so such a body is cut there: a too-long Content-Length costs one message, not every later one.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** A frame header inside bytes read as a body: where the next frame really starts. */
const EMBEDDED_HEADER = /content-length[ \t]*:[ \t]*\d+[ \t]*\r\n/i;
/** The start of a header, to resynchronise on. */
const HEADER_START = /content-length[ \t]*:/i;
/** Longest header block accepted (LSP sends one or two short lines). */
const MAX_HEADER = 8 * 1024;
/** Bytes kept after a failed search: a header split across reads may end there. */
const TAIL = 64;

export interface FramingOptions {
  /** Largest body accepted (bytes); a larger Content-Length is treated as a bad frame. */
  maxBody: number;
  /** Called for every stretch of input dropped, with why. */
  onDrop: (reason: string, bytes: number) => void;
}

export class FrameRepair extends Transform {
  /** Bytes not yet framed. */
  private pending: Buffer = Buffer.alloc(0);
  /** The body being collected: its length from the header, and its chunks so far. */
  private body: { length: number; chunks: Buffer[]; have: number } | undefined;
  /** Bytes skipped since the last reported drop, while looking for a header (reported once one is found). */
  private skipping: number | undefined;

  constructor(private readonly options: FramingOptions) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.accept(chunk);
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  private accept(chunk: Buffer): void {
    if (this.body) {
      this.body.chunks.push(chunk);
      this.body.have += chunk.length;
      if (this.body.have < this.body.length && !this.embeddedHeaderIn(chunk)) return;
      const { length, chunks } = this.body;
      this.body = undefined;
      this.pending = Buffer.concat(chunks);
      this.frameBody(length);
    } else {
      this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    }
    this.readFrames();
  }

  /** Cheap check on a new chunk (with a little of what came before): might a header hide in it? */
  private embeddedHeaderIn(chunk: Buffer): boolean {
    return EMBEDDED_HEADER.test(chunk.toString('latin1')) || (this.body !== undefined && this.body.chunks.length > 1 && EMBEDDED_HEADER.test(this.joinTail()));
  }

  private joinTail(): string {
    const chunks = this.body!.chunks;
    const prev = chunks[chunks.length - 2]!;
    const last = chunks[chunks.length - 1]!;
    return Buffer.concat([prev.subarray(Math.max(0, prev.length - TAIL)), last.subarray(0, TAIL)]).toString('latin1');
  }

  /** `pending` starts with a body of `length` bytes (or less, when a header was found inside it). */
  private frameBody(length: number): void {
    const head = this.pending.subarray(0, length);
    const m = EMBEDDED_HEADER.exec(head.toString('latin1'));
    if (m) {
      this.options.onDrop(`a message body of ${length} bytes ran into the next frame's header after ${m.index} bytes (a wrong Content-Length)`, m.index);
      this.pending = this.pending.subarray(m.index);
      return;
    }
    if (this.pending.length < length) {
      this.body = { length, chunks: [this.pending], have: this.pending.length };
      this.pending = Buffer.alloc(0);
      return;
    }
    if (this.skipping) this.options.onDrop('more input before the next frame', this.skipping);
    this.skipping = undefined;
    this.push(Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'latin1'));
    this.push(head);
    this.pending = this.pending.subarray(length);
  }

  private readFrames(): void {
    while (!this.body && this.pending.length > 0) {
      const end = this.pending.indexOf(HEADER_END);
      if (end < 0) {
        if (this.pending.length > MAX_HEADER) this.resync(`${this.pending.length} bytes without a header`, 1);
        return;
      }
      const length = this.contentLength(this.pending.subarray(0, end).toString('latin1'));
      if (typeof length === 'string') {
        // At least the bad block goes; a header starting inside it is tried first.
        this.resync(length, end + HEADER_END.length);
        continue;
      }
      this.pending = this.pending.subarray(end + HEADER_END.length);
      this.frameBody(length);
    }
  }

  /** The Content-Length of a header block, or why the block is not a valid header. */
  private contentLength(block: string): number | string {
    let length: number | undefined;
    for (const line of block.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a header line without a name and a colon (${JSON.stringify(line.slice(0, 40))})`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d+$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 40))} is not a number of bytes`;
      length = Number(value);
    }
    if (length === undefined) return `a header without Content-Length (${JSON.stringify(block.slice(0, 60))})`;
    if (length > this.options.maxBody) return `Content-Length ${length} is over the ${this.options.maxBody}-byte limit`;
    return length;
  }

  /** Drops input up to the next header start after the current position (else at least `atLeast` bytes). */
  private resync(reason: string, atLeast: number): void {
    const next = HEADER_START.exec(this.pending.toString('latin1').slice(1));
    const cut = next ? next.index + 1 : Math.max(atLeast, this.pending.length - TAIL);
    // One report per stretch of bad input: the first reason now, the rest as a count with the next frame.
    if (this.skipping === undefined) {
      this.options.onDrop(reason, cut);
      this.skipping = 0;
    } else this.skipping += cut;
    this.pending = this.pending.subarray(cut);
  }
}
