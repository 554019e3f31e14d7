// TF.js rule fixtures: the (line, code) pairs where findings start must equal each file's
// `// expect:` markers, across every rule; and every fix of every finding, applied as an editor
// would, leaves a file the TypeScript parser reads without syntax errors and no longer raises the
// finding (IL005: on that model).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../engine/analyze';
import type { Finding } from '../../../engine/model/finding';
import { analyzeFixture, computeMetrics, describeMismatch, findingPairs, formatMetrics, markerPairs } from '../../helpers/fixtures';
import { applyEdits, mapLine } from '../../helpers/edits';
import { loadTfjsFixtures, syntaxErrors } from './helpers';

const fixtures = loadTfjsFixtures();
const RULES = ['IL001', 'IL002', 'IL003', 'IL004', 'IL005'];

test('TF.js fixture set: at least 6 positive and 6 negative files per rule IL001-IL005', () => {
  for (const code of RULES) {
    const mine = fixtures.filter((f) => f.rule === code);
    assert.ok(mine.filter((f) => f.kind === 'pos').length >= 6, `${code}: fewer than 6 positive TF.js fixtures`);
    assert.ok(mine.filter((f) => f.kind === 'neg').length >= 6, `${code}: fewer than 6 negative TF.js fixtures`);
  }
  for (const f of fixtures) {
    if (f.kind === 'pos') assert.ok(f.markers.some((m) => m.code === f.rule), `${f.name}: a positive fixture must mark its own rule`);
    else assert.ok(!f.markers.some((m) => m.code === f.rule), `${f.name}: a negative fixture must not mark its own rule`);
  }
});

for (const f of fixtures) {
  test(f.name, () => {
    assert.deepEqual(syntaxErrors(f.path, f.text), [], `${f.name} does not parse`);
    const a = analyzeFixture(f);
    assert.deepEqual(a.notes.filter((n) => /syntax error/i.test(n.message)), []);
    // Every fixture but the one about files without TF.js must be read (a negative is no negative if nothing was read).
    if (!/no_tfjs/.test(f.name)) assert.ok(a.graph.models.length > 0, `${f.name}: no TF.js model read`);
    assert.deepEqual([...findingPairs(a)].sort(), [...markerPairs(f)].sort(), `${f.name}: findings differ from the // expect: markers\n${describeMismatch(f, a)}`);
    for (const m of f.markers.filter((x) => x.severity)) {
      const got = a.findings.filter((x) => x.code === m.code && x.range.start.line === m.line).map((x) => x.severity);
      assert.ok(got.includes(m.severity as never), `${f.name}:${m.line + 1}: ${m.code} should have severity ${m.severity}, got ${got.join(', ')}`);
    }
  });
}

const where = (f: Finding): string => `${f.code} at ${f.range.start.line + 1}:${f.range.start.character + 1}${f.layerId ? ` (${f.layerId})` : ''}`;

function stillRaised(orig: Finding, after: Finding[], line: number): Finding | undefined {
  if (orig.code === 'IL005' || orig.code === 'IL006') return after.find((f) => f.code === orig.code && f.model === orig.model);
  return after.find((f) => f.code === orig.code && f.range.start.line === line && (orig.layerId === undefined || f.layerId === undefined || f.layerId === orig.layerId));
}

for (const fx of fixtures) {
  test(`fixes: ${fx.name}`, async (t) => {
    const a = analyzeFixture(fx);
    for (const finding of a.findings) {
      // IL005 has no TF.js fix yet (its inserted loop is PyTorch code); every other warning has one.
      if (finding.code !== 'IL005' && (finding.severity === 'warning' || finding.severity === 'error')) {
        assert.ok(finding.fixes.length >= 1, `${fx.name}: ${where(finding)} offers no fix: ${finding.message}`);
      }
      if (finding.fixes.length > 1) assert.equal(finding.fixes.filter((x) => x.preferred === true).length, 1, `${fx.name}: ${where(finding)}: exactly one preferred fix`);
      for (const fix of finding.fixes) {
        await t.test(`${where(finding)}: ${fix.title}`, () => {
          const patched = applyEdits(fx.text, fix.edits);
          assert.notEqual(patched, fx.text, 'the fix changes nothing');
          assert.deepEqual(syntaxErrors(fx.path, patched), [], `the patched file has syntax errors:\n${patched}`);
          const again = analyzeText(fx.path, patched);
          const left = stillRaised(finding, again.findings, mapLine(finding.range.start, fix.edits));
          assert.equal(left, undefined, `after "${fix.title}" ${finding.code} is still raised${left ? `: ${left.message}` : ''}\n--- patched file ---\n${patched}`);
        });
      }
    }
  });
}

test('TF.js fixture metrics: precision and recall per rule', () => {
  const rows = computeMetrics(fixtures, fixtures.map((f) => analyzeFixture(f)));
  console.log(`\nTF.js rule fixtures: ${fixtures.length} files\n${formatMetrics(rows)}\n`);
  assert.ok(rows.length > 0);
});
