// The CLI's commands, options, text output and exit codes, run as `node dist/cli.js`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { RULES } from '../../engine/rules/registry';
import { BOTH, CLEAN, CLI, LSTM_FORGET, ROOT, UNSCALED, ZERO_HIDDEN, codesOf, parseJson, runCli, tempDir, writeTree } from './helpers';

const dir = writeTree(tempDir(), {
  'zero.py': ZERO_HIDDEN,
  'unscaled.py': UNSCALED,
  'both.py': BOTH,
  'clean.py': CLEAN,
  'lstm.py': LSTM_FORGET,
  'pkg/zero_copy.py': ZERO_HIDDEN,
});

test('--help, --version and check --help', () => {
  const help = runCli(['--help'], dir);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /initlint check \[OPTIONS\] PATHS/);
  assert.match(help.stdout, /initlint explain/);
  const version = runCli(['--version'], dir);
  assert.equal(version.code, 0);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout.trim(), `initlint ${pkg.version}`);
  const checkHelp = runCli(['check', '--help'], dir);
  assert.equal(checkHelp.code, 0);
  for (const option of ['--format', '--select', '--ignore', '--config', '--no-config', '--jobs', '--quiet']) {
    assert.ok(checkHelp.stdout.includes(option), `check --help mentions ${option}`);
  }
});

test('usage errors exit 2 with a clear message', () => {
  const none = runCli([], dir);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /initlint: error: no command given/);

  const unknownCommand = runCli(['lint', '.'], dir);
  assert.equal(unknownCommand.code, 2);
  assert.match(unknownCommand.stderr, /unknown command 'lint'/);

  const unknownOption = runCli(['check', '--frobnicate', '.'], dir);
  assert.equal(unknownOption.code, 2);
  assert.match(unknownOption.stderr, /^initlint: error: unknown option '--frobnicate'/);
  assert.equal(unknownOption.stdout, '');

  const badFormat = runCli(['check', '--format', 'xml', '.'], dir);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /invalid --format 'xml'/);

  const noValue = runCli(['check', '.', '--select'], dir);
  assert.equal(noValue.code, 2);
  assert.match(noValue.stderr, /option '--select' needs a value/);

  const badJobs = runCli(['check', '--jobs', '0', '.'], dir);
  assert.equal(badJobs.code, 2);
  assert.match(badJobs.stderr, /invalid --jobs '0'/);

  const noPaths = runCli(['check'], dir);
  assert.equal(noPaths.code, 2);
  assert.match(noPaths.stderr, /no paths given/);

  const unknownCode = runCli(['check', '--select', 'IL001,IL999', '.'], dir);
  assert.equal(unknownCode.code, 2);
  assert.match(unknownCode.stderr, /unknown rule code 'IL999' in --select/);

  const unknownIgnore = runCli(['check', '--ignore', 'XX1', '.'], dir);
  assert.equal(unknownIgnore.code, 2);
  assert.match(unknownIgnore.stderr, /unknown rule code 'XX1' in --ignore/);
});

test('a missing path exits 2 naming it', () => {
  const r = runCli(['check', 'foo.py'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim(), 'initlint: error: path not found: foo.py');
  assert.equal(r.stdout, '');
  const mixed = runCli(['check', 'clean.py', 'nope/'], dir);
  assert.equal(mixed.code, 2);
  assert.match(mixed.stderr, /path not found: nope\//);
});

test('exit 0 on a clean file, with the summary line', () => {
  const r = runCli(['check', 'clean.py'], dir);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'All checked: no findings in 1 file.\n');
  assert.equal(r.code, 0);
});

test('exit 1 with findings; text lines are path:line:col: CODE [*] message', () => {
  const r = runCli(['check', 'zero.py'], dir);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^zero\.py:7:\d+: IL001 (\[\*\] )?\S/);
  assert.ok(lines[0]!.includes('[*]'), 'IL001 comes with a fix');
  assert.match(lines.at(-1)!, /^Found 1 finding \((1 error, 0 warnings|0 errors, 1 warning), 0 information\) in 1 file\.$/);
  assert.ok(!r.stdout.includes('\x1b['), 'no colour when stdout is not a TTY');
});

test('folders are walked; paths are relative to the cwd as given', () => {
  const r = runCli(['check', '.'], dir);
  assert.equal(r.code, 1);
  const files = new Set(
    r.stdout
      .trimEnd()
      .split('\n')
      .slice(0, -1)
      .map((l) => l.split(':')[0]),
  );
  assert.ok(files.has('zero.py'));
  assert.ok(files.has(path.join('pkg', 'zero_copy.py')));
  assert.ok(!files.has('clean.py'));
  assert.match(r.stdout, /in 6 files\.\n$/);
  const sub = runCli(['check', 'zero.py'], path.join(dir, 'pkg'));
  assert.equal(sub.code, 2, 'paths resolve against the cwd');
  const up = runCli(['check', path.join('..', 'zero.py')], path.join(dir, 'pkg'));
  assert.match(up.stdout, new RegExp(`^${path.join('..', 'zero.py').replace(/\./g, '\\.')}:7:`));
});

test('--select and --ignore filter rules (codes, prefixes, comma lists)', () => {
  const all = parseJson(runCli(['check', '--format', 'json', 'both.py'], dir).stdout);
  assert.deepEqual(codesOf(all), ['IL001', 'IL002']);
  const select = runCli(['check', '--format', 'json', '--select', 'IL001', 'both.py'], dir);
  assert.equal(select.code, 1);
  assert.deepEqual(codesOf(parseJson(select.stdout)), ['IL001']);
  const ignore = runCli(['check', '--format=json', '--ignore=IL001', 'both.py'], dir);
  assert.deepEqual(codesOf(parseJson(ignore.stdout)), ['IL002']);
  const both = runCli(['check', '--format', 'json', '--ignore', 'IL001,IL002', 'both.py'], dir);
  assert.equal(both.code, 0);
  assert.deepEqual(codesOf(parseJson(both.stdout)), []);
  const prefix = runCli(['check', '--format', 'json', '--select', 'il00', '--ignore', 'IL002', 'both.py'], dir);
  assert.deepEqual(codesOf(parseJson(prefix.stdout)), ['IL001']);
  const repeated = runCli(['check', '--format', 'json', '--select', 'IL001', '--select', 'IL002', 'both.py'], dir);
  assert.deepEqual(codesOf(parseJson(repeated.stdout)), ['IL001', 'IL002']);
  const other = runCli(['check', '--format', 'json', '--select', 'IL003', 'both.py'], dir);
  assert.equal(other.code, 0);
  assert.deepEqual(codesOf(parseJson(other.stdout)), []);
});

test('information findings alone exit 0', { skip: RULES.some((r) => r.code === 'IL007') ? false : 'IL007 is not in the registry yet' }, () => {
  const r = runCli(['check', '--format', 'json', 'lstm.py'], dir);
  const report = parseJson(r.stdout);
  const findings = report.files.flatMap((f) => f.findings);
  assert.ok(findings.length > 0, 'IL007 reports the LSTM forget-gate bias');
  assert.ok(findings.every((f) => f.severity === 'information' || f.severity === 'hint'));
  assert.equal(r.code, 0);
  const text = runCli(['check', 'lstm.py'], dir);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /Found \d+ findings? \(0 errors, 0 warnings, \d+ information\) in 1 file\./);
});

test('--quiet prints findings only', () => {
  const r = runCli(['check', '-q', 'zero.py', 'clean.py'], dir);
  assert.equal(r.code, 1);
  assert.equal(r.stdout.trimEnd().split('\n').length, 1);
  assert.doesNotMatch(r.stdout, /Found/);
  const clean = runCli(['check', '--quiet', 'clean.py'], dir);
  assert.equal(clean.stdout, '');
  assert.equal(clean.code, 0);
});

test('--color always colours the output; NO_COLOR and pipes do not', () => {
  const r = runCli(['check', '--color', 'always', 'zero.py'], dir);
  assert.ok(r.stdout.includes('\x1b['));
  const auto = runCli(['check', 'zero.py'], dir, { NO_COLOR: '' });
  assert.ok(!auto.stdout.includes('\x1b['));
});

test('explain prints a rule, lists all, rejects unknown codes', () => {
  const one = runCli(['explain', 'IL001'], dir);
  assert.equal(one.code, 0);
  assert.match(one.stdout, /^IL001 zero-weight \(default severity: \w+\)/);
  assert.match(one.stdout, /## Fix/);
  const lower = runCli(['explain', 'il001'], dir);
  assert.equal(lower.stdout, one.stdout);
  const byName = runCli(['explain', 'zero-weight'], dir);
  assert.equal(byName.stdout, one.stdout);
  const list = runCli(['explain'], dir);
  assert.equal(list.code, 0);
  for (const code of ['IL001', 'IL002', 'IL003']) assert.match(list.stdout, new RegExp(`^${code}\\s+[a-z-]+\\s+\\w+\\s+\\S`, 'm'));
  const unknown = runCli(['explain', 'IL999'], dir);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /initlint: error: unknown rule 'IL999'/);
});

test('bin/initlint.js is executable and runs the bundle', () => {
  const bin = path.join(ROOT, 'bin', 'initlint.js');
  assert.ok((fs.statSync(bin).mode & 0o111) !== 0, 'bin/initlint.js is executable');
  assert.match(fs.readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^initlint \d+\.\d+\.\d+/);
  assert.ok(fs.existsSync(CLI));
  // Without a build, it says what to do.
  const bare = tempDir();
  fs.mkdirSync(path.join(bare, 'bin'));
  fs.copyFileSync(bin, path.join(bare, 'bin', 'initlint.js'));
  const unbuilt = spawnSync(process.execPath, [path.join(bare, 'bin', 'initlint.js'), '--version'], { encoding: 'utf8' });
  assert.equal(unbuilt.status, 2);
  assert.match(unbuilt.stderr, /dist\/cli\.js is missing[\s\S]*npm run build/);
});
