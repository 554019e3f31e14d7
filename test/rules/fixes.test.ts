// Every fix of every finding in every rule fixture, applied as an editor would apply it:
// (a) the patched file still parses, and (b) re-analysis no longer raises the finding's code
// where the finding was (for IL005: on the model at all). Also: every warning or error carries
// at least one fix, and when a finding offers several fixes exactly one is preferred.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../engine/analyze';
import { parsePython } from '../../engine/frontends/python';
import type { Finding } from '../../engine/model/finding';
import { analyzeFixture, loadFixtures } from '../helpers/fixtures';
import { NO_SAFE_EDIT } from '../../engine/rules/IL006-residual-growth';
import { NO_SCALE_FIX } from '../../engine/rules/IL008-attention-logit-scale';
import { applyEdits, mapLine } from '../helpers/edits';

const fixtures = loadFixtures();

before(async () => {
  await ready();
});

const where = (f: Finding): string => `${f.code} at ${f.range.start.line + 1}:${f.range.start.character + 1}${f.layerId ? ` (${f.layerId})` : ''}`;

/** Does `after` still hold the finding `orig`, once the edits moved its line? */
function stillRaised(orig: Finding, after: Finding[], line: number): Finding | undefined {
  if (orig.code === 'IL005' || orig.code === 'IL006') return after.find((f) => f.code === orig.code && (orig.model !== undefined ? f.model === orig.model : f.range.start.line === line));
  return after.find(
    (f) => f.code === orig.code && f.range.start.line === line && (orig.layerId === undefined || f.layerId === undefined || f.layerId === orig.layerId),
  );
}

for (const fx of fixtures) {
  test(`fixes: ${fx.name}`, async (t) => {
    const a = analyzeFixture(fx);
    for (const finding of a.findings) {
      if (finding.severity === 'warning' || finding.severity === 'error') {
        // DESIGN 4: a fix on every warning "unless none is safe" -- IL005 on a chain no initializer
        // can cure (deep sigmoid) says so in its message instead.
        const incurable =
          (finding.code === 'IL005' && /No initializer alone keeps this chain/.test(finding.message)) ||
          (finding.code === 'IL006' && finding.message.includes(NO_SAFE_EDIT)) ||
          (finding.code === 'IL008' && finding.message.includes(NO_SCALE_FIX));
        if (!incurable) assert.ok(finding.fixes.length >= 1, `${fx.name}: ${where(finding)} (${finding.severity}) offers no fix: ${finding.message}`);
      }
      if (finding.fixes.length > 1) {
        const preferred = finding.fixes.filter((x) => x.preferred === true).length;
        assert.equal(preferred, 1, `${fx.name}: ${where(finding)} offers ${finding.fixes.length} fixes, ${preferred} of them preferred (want exactly 1)`);
      }
      for (const fix of finding.fixes) {
        await t.test(`${where(finding)}: ${fix.title}`, () => {
          assert.ok(fix.edits.length > 0, 'a fix without edits');
          const patched = applyEdits(fx.text, fix.edits);
          assert.notEqual(patched, fx.text, 'the fix changes nothing');
          const tree = parsePython(patched);
          try {
            assert.equal(tree.rootNode.hasError, false, `the patched file has a syntax error:\n${patched}`);
          } finally {
            tree.delete?.();
          }
          const again = analyzeText(fx.path, patched);
          assert.deepEqual(
            again.notes.filter((n) => /syntax error/i.test(n.message)),
            [],
            'the engine reports a syntax error in the patched file',
          );
          const line = mapLine(finding.range.start, fix.edits);
          const left = stillRaised(finding, again.findings, line);
          assert.equal(
            left,
            undefined,
            `after "${fix.title}" ${finding.code} is still raised${left ? `: ${left.message}` : ''}\n--- patched file ---\n${patched}`,
          );
        });
      }
    }
  });
}
