// Golden JSON for the TF.js examples: `initlint check --format json` on each file of examples/tfjs,
// byte for byte against test/fixtures/tfjs/golden/<file>.json (0-based ranges, fixes included).
// INITLINT_UPDATE_GOLDEN=1 rewrites them after a deliberate change; review the diff.
// bad_* examples must raise findings, good_* twins none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist/cli.js');
const dir = path.join(root, 'examples/tfjs');
const examples = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(ts|js|mjs)$/.test(f)).sort() : [];

test('examples/tfjs holds wrong and right twins', () => {
  const bad = examples.filter((f) => f.startsWith('bad_'));
  const good = examples.filter((f) => f.startsWith('good_'));
  assert.ok(bad.length >= 2 && good.length >= 2, `${bad.length} bad and ${good.length} good examples`);
});

for (const example of examples) {
  test(`golden JSON for examples/tfjs/${example}`, { skip: !fs.existsSync(cli) && 'dist/cli.js not built: run npm run build' }, () => {
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--no-config', `examples/tfjs/${example}`], { cwd: root, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
    const actual = JSON.stringify(JSON.parse(run.stdout), null, 2) + '\n';
    const golden = path.join(root, 'test/fixtures/tfjs/golden', `${example}.json`);
    if (process.env.INITLINT_UPDATE_GOLDEN === '1') {
      fs.mkdirSync(path.dirname(golden), { recursive: true });
      fs.writeFileSync(golden, actual);
    }
    assert.equal(actual, fs.readFileSync(golden, 'utf8'));
    const findings = JSON.parse(actual).files[0].findings.length;
    if (example.startsWith('bad_')) assert.ok(findings > 0, 'a bad example must raise findings');
    else assert.equal(findings, 0, 'a good example must stay silent');
    assert.equal(run.status, findings > 0 ? 1 : 0);
  });
}
