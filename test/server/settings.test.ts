// The numeric settings' ranges in server/settings.ts are the ones package.json declares under
// contributes.configuration, and parseSettings holds every value to them: inside (bounds included)
// it is taken, outside (or not a finite number) the default is used and the problem names the range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, parseSettings, RANGES } from '../../server/settings';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { type?: string; minimum?: number; maximum?: number; default?: unknown }> } };
};
const props = manifest.contributes.configuration.properties;

/** Settings with `key` (dotted: probe.budgetMs) set to v. */
function withValue(key: string, v: unknown): Record<string, unknown> {
  const [a, b] = key.split('.');
  return b ? { [a!]: { [b]: v } } : { [a!]: v };
}

function read(s: typeof DEFAULT_SETTINGS, key: string): unknown {
  const [a, b] = key.split('.');
  const first = (s as unknown as Record<string, unknown>)[a!];
  return b ? (first as Record<string, unknown>)[b] : first;
}

test('every numeric setting of package.json has its range in RANGES, and the same default', () => {
  const numeric = Object.entries(props).filter(([, p]) => p.type === 'number');
  assert.ok(numeric.length >= 4);
  for (const [name, p] of numeric) {
    const key = name.replace(/^initlint\./, '') as keyof typeof RANGES;
    assert.ok(key in RANGES, `${name} has a range in server/settings.ts`);
    assert.deepEqual([p.minimum, p.maximum], [...RANGES[key]], `${name}: package.json's minimum and maximum`);
    assert.equal(read(DEFAULT_SETTINGS, key), p.default, `${name}: default`);
  }
  for (const key of Object.keys(RANGES)) assert.ok(props[`initlint.${key}`], `initlint.${key} is declared in package.json`);
});

test('parseSettings: a value at either bound is taken; below, above, NaN, Infinity or a string uses the default and says the range', () => {
  for (const [key, [min, max]] of Object.entries(RANGES)) {
    for (const v of [min, max, (min + max) / 2]) {
      const { settings, problems } = parseSettings(withValue(key, v));
      assert.deepEqual(problems, [], `${key} = ${v}`);
      assert.equal(read(settings, key), v);
    }
    for (const v of [min - 1, max + 1, max * 1e6 + 1, Number.NaN, Number.POSITIVE_INFINITY, '100', null]) {
      const { settings, problems } = parseSettings(withValue(key, v));
      assert.equal(read(settings, key), read(DEFAULT_SETTINGS, key), `${key} = ${String(v)} falls back to the default`);
      assert.equal(problems.length, 1, `${key} = ${String(v)}`);
      assert.match(problems[0]!, new RegExp(`initlint\\.${key.replace('.', '\\.')} must be a number from ${min} to ${max}`));
    }
  }
  assert.equal(parseSettings({ debounceMs: 1e9 }).settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
});
