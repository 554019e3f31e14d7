// Robustness of the Keras and Flax readers: truncated and mutated versions of every Keras and Flax
// fixture are analysed without an exception (syntax errors leave the valid parts readable).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { frameworkFixtures } from './framework-fixtures';

before(async () => {
  await ready();
});

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

function variants(src: string, rand: () => number): string[] {
  const int = (n: number) => Math.floor(rand() * n);
  const out: string[] = [];
  for (let k = 1; k <= 6; k++) out.push(src.slice(0, Math.floor((src.length * k) / 7) + int(5)));
  const lines = src.split('\n');
  for (let k = 0; k < 3; k++) {
    const copy = [...lines];
    copy.splice(int(copy.length), 1 + int(2));
    out.push(copy.join('\n'));
  }
  for (let k = 0; k < 3; k++) {
    const copy = [...lines];
    const i = int(copy.length);
    copy.splice(i, 0, (k % 2 ? '  ' : '') + copy[i]!);
    out.push(copy.join('\n'));
  }
  // A Sequential that contains itself, a model applied to itself, a self-referencing partial.
  out.push(`${src}\nimport keras\nm = keras.Sequential()\nm.add(m)\nm(keras.Input(shape=(3,)))\n`);
  out.push(`${src}\nfrom functools import partial\np = partial(partial, partial)\nq = p(p)\n`);
  return out;
}

for (const framework of ['keras', 'flax'] as const) {
  test(`${framework}: mutated fixtures never throw`, () => {
    const rand = prng(framework === 'keras' ? 7 : 11);
    let n = 0;
    for (const f of frameworkFixtures(framework)) {
      for (const v of variants(f.text, rand)) {
        n++;
        assert.doesNotThrow(() => analyzeText(f.path, v), `${f.name} variant ${n}`);
      }
    }
    assert.ok(n > 500, `${n} variants`);
  });
}
