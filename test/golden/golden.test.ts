// Golden JSON: `initlint check --format json` on every example, byte for byte against the stored
// output (0-based ranges, fixes included). INITLINT_UPDATE_GOLDEN=1 rewrites the stored files after
// a deliberate change; review the diff before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.py')).sort();

for (const example of examples) {
  test(`golden JSON for examples/${example}`, () => {
    const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--format', 'json', '--no-config', `examples/${example}`], { cwd: root, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
    const actual = JSON.stringify(JSON.parse(run.stdout), null, 2) + '\n';
    const golden = path.join(root, 'test/golden', example.replace(/\.py$/, '.json'));
    if (process.env.INITLINT_UPDATE_GOLDEN === '1') fs.writeFileSync(golden, actual);
    assert.equal(actual, fs.readFileSync(golden, 'utf8'));
    // Planted problems in bad_* examples, silence in good_* ones.
    const findings = JSON.parse(actual).files[0].findings.length;
    if (example.startsWith('bad_')) assert.ok(findings > 0, 'a bad example must raise findings');
    else assert.equal(findings, 0, 'a good example must stay silent');
    assert.equal(run.status, findings > 0 ? 1 : 0);
  });
}
