// Shared by the Keras and Flax reader tests: the rule fixtures of one framework
// (test/fixtures/<framework>/IL00N/{pos,neg}_*.py, `# expect:` markers as in test/fixtures/rules),
// checked exactly, and every fix of every finding applied as an editor would: the patched file must
// parse and re-analysis must no longer raise the finding there.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeText, ready } from '../../../engine/analyze';
import { parsePython } from '../../../engine/frontends/python';
import type { Finding } from '../../../engine/model/finding';
import { analyzeFixture, describeMismatch, findingPairs, loadFixtures, markerPairs, repoRoot, type Fixture } from '../../helpers/fixtures';
import { applyEdits, mapLine } from '../../helpers/edits';

export const RULE_CODES = ['IL001', 'IL002', 'IL003', 'IL004', 'IL005'];

export function frameworkFixtures(framework: 'keras' | 'flax' | 'tensorflow'): Fixture[] {
  return loadFixtures(join(repoRoot(), 'test', 'fixtures', framework));
}

const where = (f: Finding): string => `${f.code} at ${f.range.start.line + 1}:${f.range.start.character + 1}${f.layerId ? ` (${f.layerId})` : ''}`;

function stillRaised(orig: Finding, after: Finding[], line: number): Finding | undefined {
  if (orig.code === 'IL005' || orig.code === 'IL006') return after.find((f) => f.code === orig.code && f.model === orig.model);
  return after.find((f) => f.code === orig.code && f.range.start.line === line && (orig.layerId === undefined || f.layerId === undefined || f.layerId === orig.layerId));
}

/** Registers the marker tests and the fix tests of one framework's fixtures. */
export function registerFixtureTests(framework: 'keras' | 'flax' | 'tensorflow', minPerRule = 6): void {
  const fixtures = frameworkFixtures(framework);
  before(async () => {
    await ready();
  });

  test(`${framework} fixture set: at least ${minPerRule} positive and ${minPerRule} negative files per rule IL001-IL005`, () => {
    for (const code of RULE_CODES) {
      const mine = fixtures.filter((f) => f.rule === code);
      assert.ok(mine.filter((f) => f.kind === 'pos').length >= minPerRule, `${code}: fewer than ${minPerRule} positive fixtures`);
      assert.ok(mine.filter((f) => f.kind === 'neg').length >= minPerRule, `${code}: fewer than ${minPerRule} negative fixtures`);
    }
    for (const f of fixtures) {
      if (f.kind === 'pos') assert.ok(f.markers.some((m) => m.code === f.rule), `${f.name}: a positive fixture must mark its own rule`);
      else assert.ok(!f.markers.some((m) => m.code === f.rule), `${f.name}: a negative fixture must not mark its own rule`);
    }
  });

  for (const f of fixtures) {
    test(f.name, () => {
      const a = analyzeFixture(f);
      assert.deepEqual(a.notes.filter((n) => /syntax error/i.test(n.message)), [], `${f.name}: the fixture does not parse`);
      assert.ok(a.graph.models.every((m) => m.framework === framework), `${f.name}: every model is read as ${framework}`);
      assert.deepEqual([...findingPairs(a)].sort(), [...markerPairs(f)].sort(), `${f.name}: findings differ from the # expect: markers\n${describeMismatch(f, a)}`);
      for (const m of f.markers.filter((x) => x.severity)) {
        const got = a.findings.filter((x) => x.code === m.code && x.range.start.line === m.line).map((x) => x.severity);
        assert.ok(got.includes(m.severity as never), `${f.name}:${m.line + 1}: ${m.code} should have severity ${m.severity}, got ${got.join(', ')}`);
      }
    });
  }

  for (const fx of fixtures) {
    test(`fixes: ${fx.name}`, async (t) => {
      const a = analyzeFixture(fx);
      for (const finding of a.findings) {
        // IL005 builds its own (PyTorch) insertion fixes and offers none for Keras/Flax models.
        if (finding.code !== 'IL005' && (finding.severity === 'warning' || finding.severity === 'error')) {
          assert.ok(finding.fixes.length >= 1, `${fx.name}: ${where(finding)} offers no fix: ${finding.message}`);
        }
        if (finding.fixes.length > 1) assert.equal(finding.fixes.filter((x) => x.preferred === true).length, 1, `${fx.name}: ${where(finding)}: exactly one preferred fix`);
        for (const fix of finding.fixes) {
          await t.test(`${where(finding)}: ${fix.title}`, () => {
            const patched = applyEdits(fx.text, fix.edits);
            assert.notEqual(patched, fx.text, 'the fix changes nothing');
            const tree = parsePython(patched);
            try {
              assert.equal(tree.rootNode.hasError, false, `the patched file has a syntax error:\n${patched}`);
            } finally {
              tree.delete?.();
            }
            const again = analyzeText(fx.path, patched);
            const left = stillRaised(finding, again.findings, mapLine(finding.range.start, fix.edits));
            assert.equal(left, undefined, `after "${fix.title}" ${finding.code} is still raised${left ? `: ${left.message}` : ''}\n--- patched file ---\n${patched}`);
          });
        }
      }
    });
  }
}
