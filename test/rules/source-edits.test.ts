// SourceText.withEdits (the text IL005 re-analyses to verify a fix) applies edits as an editor does:
// the same result as the LSP edit helper for random non-overlapping edits, inserts at one point in
// array order, and in linear time for thousands of edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from '../../engine/analysis/source';
import type { TextEdit } from '../../engine/model/finding';
import { applyEdits } from '../helpers/edits';

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

const source = (text: string) => new SourceText(text, { path: 'x.py', models: [], notes: [] });

test('random non-overlapping edits give the same text as an editor would', () => {
  const rand = prng(7);
  const text = Array.from({ length: 40 }, (_, i) => `line ${i} ${'x'.repeat(i % 7)}`).join('\n');
  const lines = text.split('\n');
  for (let round = 0; round < 200; round++) {
    const edits: TextEdit[] = [];
    for (let line = 0; line < lines.length; line++) {
      if (rand() < 0.6) continue;
      const len = lines[line]!.length;
      const a = Math.floor(rand() * (len + 1));
      const b = a + Math.floor(rand() * (len - a + 1));
      edits.push({ range: { start: { line, character: a }, end: { line, character: b } }, newText: rand() < 0.3 ? 'new\nline' : `<${round}>` });
      if (rand() < 0.2) edits.push({ range: { start: { line, character: b }, end: { line, character: b } }, newText: '+' });
    }
    edits.sort(() => rand() - 0.5);
    assert.equal(source(text).withEdits(edits), applyEdits(text, edits));
  }
});

test('inserts at the same point keep their array order', () => {
  const at = { line: 0, character: 1 };
  const edits = [{ range: { start: at, end: at }, newText: 'A' }, { range: { start: at, end: at }, newText: 'B' }];
  assert.equal(source('xy').withEdits(edits), 'xABy');
});

test('20,000 edits on a 1 MB text take well under a second', () => {
  const text = 'abcdefghij'.repeat(5).concat('\n').repeat(20_000);
  const edits = Array.from({ length: 20_000 }, (_, line) => ({ range: { start: { line, character: 3 }, end: { line, character: 5 } }, newText: 'ZZZ' }));
  const t0 = process.cpuUsage();
  const out = source(text).withEdits(edits);
  const d = process.cpuUsage(t0);
  assert.equal(out.length, text.length + 20_000);
  assert.ok((d.user + d.system) / 1e6 < 1, `${(d.user + d.system) / 1e6} s`);
});
