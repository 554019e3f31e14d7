// FrameRepair (server/framing.ts) on its own: the bytes it passes on are exactly the valid frames of
// its input, in order, however the input is split into reads, and every bad stretch is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FrameRepair } from '../../server/framing';

function frame(body: string): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`), Buffer.from(body)]);
}

/** The bodies FrameRepair passes on for `input` written in reads of `chunk` bytes, and the drops. */
async function repair(input: Buffer, chunk: number): Promise<{ bodies: string[]; drops: string[] }> {
  const drops: string[] = [];
  const r = new FrameRepair({ maxBody: 4 << 20, onDrop: (reason) => drops.push(reason) });
  const out: Buffer[] = [];
  r.on('data', (d: Buffer) => out.push(d));
  for (let i = 0; i < input.length; i += chunk) r.write(input.subarray(i, i + chunk));
  r.end();
  await new Promise((resolve) => r.on('end', resolve));
  // Parse what came out: it must be nothing but well-formed frames.
  const all = Buffer.concat(out).toString('utf8');
  const bodies: string[] = [];
  let rest = all;
  while (rest.length) {
    const m = /^Content-Length: (\d+)\r\n\r\n/.exec(rest);
    assert.ok(m, `output is not a frame: ${JSON.stringify(rest.slice(0, 60))}`);
    const n = Number(m[1]);
    const body = Buffer.from(rest.slice(m[0].length), 'utf8').subarray(0, n).toString('utf8');
    bodies.push(body);
    rest = rest.slice(m[0].length + body.length);
  }
  return { bodies, drops };
}

const A = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'a', params: { text: 'Content-Length: 5 inside a string, and ünïcödé' } });
const B = JSON.stringify({ jsonrpc: '2.0', method: 'b' });
const C = JSON.stringify({ jsonrpc: '2.0', id: 'c', method: 'c', params: [1, 2, 3] });

const CASES: { name: string; input: Buffer; bodies: string[]; drops: number }[] = [
  { name: 'valid frames', input: Buffer.concat([frame(A), frame(B), frame(C)]), bodies: [A, B, C], drops: 0 },
  { name: 'a header with Content-Type too', input: Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(A)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${A}`), frame(B)]), bodies: [A, B], drops: 0 },
  { name: 'no Content-Length', input: Buffer.concat([Buffer.from(`Content-Type: x\r\n\r\n${A}`), frame(B), frame(C)]), bodies: [B, C], drops: 1 },
  { name: 'Content-Length not a number', input: Buffer.concat([Buffer.from(`Content-Length: 1e3\r\n\r\n${A}`), frame(B)]), bodies: [B], drops: 1 },
  { name: 'Content-Length too long', input: Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(B) + 40}\r\n\r\n${B}`), frame(A), frame(C)]), bodies: [A, C], drops: 1 },
  { name: 'Content-Length over the limit', input: Buffer.concat([Buffer.from(`Content-Length: ${2 ** 30}\r\n\r\n${B}`), frame(C)]), bodies: [C], drops: 1 },
  { name: 'junk between frames', input: Buffer.concat([frame(A), Buffer.from('\u0000\u00ff junk: yes\r\n\r\n more junk'), frame(B)]), bodies: [A, B], drops: 2 },
  { name: 'a header line without a colon', input: Buffer.concat([Buffer.from(`hello\r\n\r\n${B}`), frame(C)]), bodies: [C], drops: 1 },
];

for (const c of CASES) {
  test(`FrameRepair: ${c.name}, in reads of every size`, async () => {
    for (const chunk of [1, 2, 3, 7, 16, 64, 1 << 16]) {
      const { bodies, drops } = await repair(c.input, chunk);
      assert.deepEqual(bodies, c.bodies, `reads of ${chunk} bytes`);
      assert.ok(drops.length >= Math.min(1, c.drops) && (c.drops > 0 || drops.length === 0), `reads of ${chunk} bytes: drops ${JSON.stringify(drops)}`);
    }
  });
}

test('FrameRepair: a too-short Content-Length passes the cut body on (the reader answers ParseError) and the next frame intact', async () => {
  const input = Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(B) - 3}\r\n\r\n${B}`), frame(C)]);
  for (const chunk of [1, 5, 1 << 16]) {
    const { bodies } = await repair(input, chunk);
    assert.deepEqual(bodies, [B.slice(0, -3), C], `reads of ${chunk} bytes`);
  }
});

test('FrameRepair: a frame over the limit is skipped in one report, and the frame after it passes', async () => {
  const over = JSON.stringify({ text: 'x'.repeat(5 << 20) });
  const { bodies, drops } = await repair(Buffer.concat([frame(over), frame(A)]), 65_536);
  assert.deepEqual(bodies, [A]);
  assert.ok(drops.length <= 2, JSON.stringify(drops));
  assert.match(drops[0]!, /over the 4194304-byte limit/);
});

test('FrameRepair: a 2 MB body passes unchanged', async () => {
  const big = JSON.stringify({ jsonrpc: '2.0', method: 'big', params: { text: 'x = 1\n'.repeat(350_000) } });
  const { bodies, drops } = await repair(Buffer.concat([frame(big), frame(A)]), 65_536);
  assert.equal(bodies.length, 2);
  assert.equal(bodies[0], big);
  assert.deepEqual(drops, []);
});
