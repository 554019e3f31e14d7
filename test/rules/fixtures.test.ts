// One test per rule fixture: the (line, code) pairs where the engine's findings start must equal
// the file's `# expect:` markers exactly, across every rule. A summary test prints precision and
// recall per rule over all fixtures and writes them to out/fixture-metrics.json.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ready } from '../../engine/analyze';
import {
  analyzeFixture,
  computeMetrics,
  describeMismatch,
  findingPairs,
  formatMetrics,
  loadFixtures,
  markerPairs,
  repoRoot,
} from '../helpers/fixtures';

const fixtures = loadFixtures();

before(async () => {
  await ready();
});

test('fixture set is complete: at least 8 positive and 8 negative files per rule IL001-IL006', () => {
  for (const code of ['IL001', 'IL002', 'IL003', 'IL004', 'IL005', 'IL006']) {
    const mine = fixtures.filter((f) => f.rule === code);
    assert.ok(mine.filter((f) => f.kind === 'pos').length >= 8, `${code}: fewer than 8 positive fixtures`);
    assert.ok(mine.filter((f) => f.kind === 'neg').length >= 8, `${code}: fewer than 8 negative fixtures`);
  }
  for (const f of fixtures) {
    if (f.kind === 'pos') assert.ok(f.markers.some((m) => m.code === f.rule), `${f.name}: a positive fixture must mark its own rule`);
    else assert.ok(!f.markers.some((m) => m.code === f.rule), `${f.name}: a negative fixture must not mark its own rule`);
  }
});

for (const f of fixtures) {
  test(f.name, () => {
    const a = analyzeFixture(f);
    const syntax = a.notes.filter((n) => /syntax error/i.test(n.message));
    assert.deepEqual(syntax, [], `${f.name}: the fixture does not parse`);
    const expected = [...markerPairs(f)].sort();
    const actual = [...findingPairs(a)].sort();
    assert.deepEqual(actual, expected, `${f.name}: findings differ from the # expect: markers\n${describeMismatch(f, a)}`);
    for (const m of f.markers.filter((x) => x.severity)) {
      const got = a.findings.filter((x) => x.code === m.code && x.range.start.line === m.line).map((x) => x.severity);
      assert.ok(got.includes(m.severity as never), `${f.name}:${m.line + 1}: ${m.code} should have severity ${m.severity}, got ${got.join(', ')}`);
    }
  });
}

test('fixture metrics: precision and recall per rule', () => {
  const analyses = fixtures.map((f) => analyzeFixture(f));
  const rows = computeMetrics(fixtures, analyses);
  console.log(`\nRule fixtures: ${fixtures.length} files\n${formatMetrics(rows)}\n`);
  const outDir = join(repoRoot(), 'out');
  mkdirSync(outDir, { recursive: true });
  const perFile = fixtures.map((f, i) => {
    const expected = markerPairs(f);
    const actual = findingPairs(analyses[i]!);
    return {
      file: f.name,
      rule: f.rule,
      kind: f.kind,
      missing: [...expected].filter((k) => !actual.has(k)),
      extra: [...actual].filter((k) => !expected.has(k)),
    };
  });
  writeFileSync(
    join(outDir, 'fixture-metrics.json'),
    JSON.stringify({ version: 1, files: fixtures.length, rules: rows, disagreements: perFile.filter((p) => p.missing.length || p.extra.length) }, null, 2) + '\n',
  );
  assert.ok(rows.length > 0);
});
