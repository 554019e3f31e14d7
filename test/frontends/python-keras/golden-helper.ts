// Golden JSON for the framework examples (examples/<framework>/*.py): `initlint check --format json`
// byte for byte against test/frontends/python-<framework>/golden/<example>.json. bad_* examples must
// raise findings and good_* ones stay silent. INITLINT_UPDATE_GOLDEN=1 rewrites the stored files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

export function registerGoldenTests(framework: 'keras' | 'flax' | 'tensorflow'): void {
  const dir = path.join(root, 'examples', framework);
  const examples = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  test(`examples/${framework} has bad_* and good_* examples`, () => {
    assert.ok(examples.filter((e) => e.startsWith('bad_')).length >= 2);
    assert.ok(examples.filter((e) => e.startsWith('good_')).length >= 2);
  });
  for (const example of examples) {
    test(`golden JSON for examples/${framework}/${example}`, () => {
      const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--format', 'json', '--no-config', `examples/${framework}/${example}`], { cwd: root, encoding: 'utf8' });
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
      const actual = JSON.stringify(JSON.parse(run.stdout), null, 2) + '\n';
      const golden = path.join(root, 'test', 'frontends', `python-${framework}`, 'golden', example.replace(/\.py$/, '.json'));
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
}
