// Worker-thread mode gives exactly the output of a single-threaded run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { BOTH, CLEAN, LSTM_FORGET, ROOT, UNSCALED, ZERO_HIDDEN, runCli, tempDir, writeTree } from './helpers';

test('--jobs 4 and --jobs 1 give the same JSON, text and SARIF on 24 files', () => {
  const sources = [ZERO_HIDDEN, UNSCALED, BOTH, CLEAN, LSTM_FORGET, `${BOTH}\nclass Broken(:\n`];
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) files[`pkg${i % 3}/m${String(i).padStart(2, '0')}.py`] = sources[i % sources.length]!;
  files['pkg0/bin.py'] = 'x\u0000y';
  const dir = writeTree(tempDir(), files);
  for (const format of ['json', 'text', 'sarif']) {
    const one = runCli(['check', '--format', format, '--jobs', '1', '.'], dir);
    const many = runCli(['check', '--format', format, '--jobs', '4', '.'], dir);
    const auto = runCli(['check', '--format', format, '.'], dir);
    assert.equal(one.code, 1, one.stderr);
    assert.equal(many.code, one.code);
    assert.equal(many.stdout, one.stdout, `${format}: --jobs 4 matches --jobs 1`);
    assert.equal(many.stderr, one.stderr);
    assert.equal(auto.stdout, one.stdout, `${format}: default jobs matches --jobs 1`);
    if (format === 'json') {
      const report = JSON.parse(one.stdout) as { files: { path: string; findings: unknown[] }[] };
      assert.equal(report.files.length, 25);
      assert.ok(report.files.reduce((n, f) => n + f.findings.length, 0) >= 10);
    }
  }
});

test('the tsc output (out/engine/cli/main.js) runs the same pool and matches the bundle', () => {
  const files: Record<string, string> = {};
  const sources = [ZERO_HIDDEN, BOTH, CLEAN];
  for (let i = 0; i < 12; i++) files[`m${String(i).padStart(2, '0')}.py`] = sources[i % sources.length]!;
  const dir = writeTree(tempDir(), files);
  const main = path.join(ROOT, 'out', 'engine', 'cli', 'main.js');
  const fromOut = spawnSync(process.execPath, [main, 'check', '--format', 'json', '--jobs', '2', '.'], { cwd: dir, encoding: 'utf8' });
  const fromDist = runCli(['check', '--format', 'json', '--jobs', '1', '.'], dir);
  assert.equal(fromOut.status, 1, fromOut.stderr);
  assert.equal(fromOut.stderr, '');
  assert.equal(fromOut.stdout, fromDist.stdout);
});
