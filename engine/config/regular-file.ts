// Reading a file that a path only claims to be: a source, a pyproject.toml, a .gitignore. Only a
// regular file is read (a device such as /dev/zero never ends, a FIFO blocks until someone writes,
// a socket cannot be read), and only up to a size cap, checked before reading and again while
// reading (a file can grow in between). The type is checked twice: with stat before opening (so
// no device is ever opened: opening one can have effects of its own) and with fstat on the opened
// descriptor (the path may have changed in between); the open is non-blocking, so even a FIFO
// swapped in at that moment cannot block.
import * as fs from 'node:fs';

/**
 * The size cap for what the CLI and the language server read as source, and for a named
 * configuration file: the server's `initlint.maxFileSize` default, and the CLI's `max-file-size`.
 */
export const MAX_FILE_BYTES = 2_000_000;

/** pyproject.toml files are read on the way up from every file: a smaller cap (real ones are a few KB). */
export const MAX_PYPROJECT_BYTES = 256 * 1024;

export type ReadOutcome =
  | { kind: 'ok'; bytes: Buffer }
  /** Nothing there (ENOENT, ENOTDIR). */
  | { kind: 'missing' }
  /** There, but not a regular file: `what` says what it is ('a FIFO'). */
  | { kind: 'not-regular'; what: string }
  | { kind: 'too-large'; size: number; limit: number }
  /** Could not be read: the error code and message. */
  | { kind: 'error'; code?: string; message: string };

/** What a non-regular file is, in words. */
export function describeType(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Why a read failed, as a user reads it: 'not a regular file (a FIFO)', 'too large (...)'. */
export function describeOutcome(o: Exclude<ReadOutcome, { kind: 'ok' }>): string {
  switch (o.kind) {
    case 'missing':
      return 'not found';
    case 'not-regular':
      return `not a regular file (${o.what})`;
    case 'too-large':
      return `too large (${o.size} bytes, limit ${o.limit})`;
    case 'error':
      return `cannot read the file${o.code ? ` (${o.code})` : ''}: ${o.message}`;
  }
}

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

function failure(e: unknown): ReadOutcome {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return { kind: 'missing' };
  const message = (err.message ?? String(e)).split('\n')[0]!;
  return err.code ? { kind: 'error', code: err.code, message } : { kind: 'error', message };
}

/** Reads `file` (symbolic links followed) when it is a regular file of at most `limit` bytes. */
export function readRegularFile(file: string, limit: number): ReadOutcome {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return failure(e);
  }
  if (!st.isFile()) return { kind: 'not-regular', what: describeType(st) };
  if (st.size > limit) return { kind: 'too-large', size: st.size, limit };
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return failure(e);
  }
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { kind: 'not-regular', what: describeType(opened) };
    if (opened.size > limit) return { kind: 'too-large', size: opened.size, limit };
    // Read to the end, but never past one byte more than the cap (a file that grew since fstat).
    let buf = Buffer.allocUnsafe(Math.min(limit, opened.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > limit) return { kind: 'too-large', size: Math.max(length, fs.fstatSync(fd).size), limit };
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { kind: 'too-large', size: length, limit };
    return { kind: 'ok', bytes: buf.subarray(0, length) };
  } catch (e) {
    return failure(e);
  } finally {
    fs.closeSync(fd);
  }
}
