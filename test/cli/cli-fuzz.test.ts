// Fuzz-style robustness: truncated and mutated PyTorch sources never crash the CLI or make it report
// an internal error; every variant is either analysed or skipped with a note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOTH, CLEAN, LSTM_FORGET, UNSCALED, ZERO_HIDDEN, parseJson, runCli, tempDir, writeTree } from './helpers';

/** mulberry32: a small seeded PRNG, so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = [ZERO_HIDDEN, UNSCALED, BOTH, CLEAN, LSTM_FORGET];

function variants(seed: number): Buffer[] {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const out: Buffer[] = [];
  for (const src of SOURCES) {
    // Truncations at 16 offsets spread over the text, including mid-token and mid-line.
    for (let k = 1; k <= 16; k++) out.push(Buffer.from(src.slice(0, Math.floor((src.length * k) / 17) + int(5))));
    const lines = src.split('\n');
    // Deleted lines.
    for (let k = 0; k < 6; k++) {
      const copy = [...lines];
      copy.splice(int(copy.length), 1 + int(2));
      out.push(Buffer.from(copy.join('\n')));
    }
    // Duplicated lines (also re-indented ones).
    for (let k = 0; k < 6; k++) {
      const copy = [...lines];
      const i = int(copy.length);
      copy.splice(i, 0, (k % 2 ? '  ' : '') + copy[i]!);
      out.push(Buffer.from(copy.join('\n')));
    }
    // Random byte flips (may produce invalid UTF-8 or NUL bytes: those are skipped with a note).
    for (let k = 0; k < 12; k++) {
      const buf = Buffer.from(src);
      const flips = 1 + int(4);
      for (let f = 0; f < flips; f++) buf[int(buf.length)] ^= 1 << int(8);
      out.push(buf);
    }
  }
  return out;
}

test('~200 truncated and mutated variants: exit 0 or 1, no crash, no internal error', () => {
  const all = variants(20241101);
  assert.ok(all.length >= 200, `${all.length} variants`);
  const files: Record<string, Buffer> = {};
  all.forEach((buf, i) => {
    files[`v${String(i).padStart(3, '0')}.py`] = buf;
  });
  const dir = writeTree(tempDir('initlint-fuzz-'), files);
  // One run with the worker pool, one single-threaded on half of them.
  for (const args of [['.'], ['--jobs', '1', ...Object.keys(files).filter((_, i) => i % 2 === 0)]]) {
    const r = runCli(['check', '--format', 'json', ...args], dir);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 2000)}`);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at .*\(.*:\d+:\d+\)/);
    const report = parseJson(r.stdout);
    assert.equal(report.files.length, args.length === 1 ? all.length : Math.ceil(all.length / 2));
    for (const f of report.files) {
      for (const n of f.notes ?? []) assert.doesNotMatch(n.message, /internal error/, `${f.path}: ${n.message}`);
    }
  }
});
