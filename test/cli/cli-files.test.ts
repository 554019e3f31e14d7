// Which files a run looks at (.gitignore, virtual environments, tool folders, explicit files) and how
// it treats bad input (binary, invalid UTF-8, too large, notebooks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { CLEAN, ZERO_HIDDEN, codesOf, parseJson, runCli, tempDir, writeTree } from './helpers';

const paths = (stdout: string): string[] => parseJson(stdout).files.map((f) => f.path.split(path.sep).join('/'));

test('skips .git, node_modules, __pycache__, venvs and site-packages', () => {
  const dir = writeTree(tempDir(), {
    'src/model.py': ZERO_HIDDEN,
    '.git/hooks/x.py': ZERO_HIDDEN,
    'node_modules/pkg/x.py': ZERO_HIDDEN,
    'src/__pycache__/model.py': ZERO_HIDDEN,
    'venv/lib/x.py': ZERO_HIDDEN,
    '.venv/lib/x.py': ZERO_HIDDEN,
    'env/pyvenv.cfg': 'home = /usr/bin\n',
    'env/lib/python3.11/x.py': ZERO_HIDDEN,
    'myenv/pyvenv.cfg': 'home = /usr/bin\n',
    'myenv/x.py': ZERO_HIDDEN,
    'lib/site-packages/torch/x.py': ZERO_HIDDEN,
    '__pypackages__/3.11/lib/x.py': ZERO_HIDDEN,
    'env2/not_a_venv.py': CLEAN,
    'README.md': '# not python',
    'data.txt': 'nothing',
  });
  const r = runCli(['check', '--format', 'json', '.'], dir);
  assert.deepEqual(paths(r.stdout), ['env2/not_a_venv.py', 'src/model.py']);
  // An explicitly named file is always checked.
  const explicit = runCli(['check', '--format', 'json', 'venv/lib/x.py', 'src/__pycache__/model.py'], dir);
  assert.deepEqual(paths(explicit.stdout), ['venv/lib/x.py', 'src/__pycache__/model.py']);
  assert.equal(explicit.code, 1);
});

test('honours .gitignore files, nested ones under their folder, and parents inside the repository', () => {
  const dir = writeTree(tempDir(), {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'build/\n*_generated.py\n/top_only.py\n',
    'build/x.py': ZERO_HIDDEN,
    'a_generated.py': ZERO_HIDDEN,
    'top_only.py': ZERO_HIDDEN,
    'keep.py': CLEAN,
    'pkg/top_only.py': CLEAN,
    'pkg/.gitignore': 'secret/\nlocal.py\n!b_generated.py\n',
    'pkg/secret/x.py': ZERO_HIDDEN,
    'pkg/local.py': ZERO_HIDDEN,
    'pkg/b_generated.py': CLEAN,
    'other/local.py': CLEAN,
  });
  const r = runCli(['check', '--format', 'json', '.'], dir);
  assert.deepEqual(paths(r.stdout), ['keep.py', 'other/local.py', 'pkg/b_generated.py', 'pkg/top_only.py']);
  assert.equal(r.code, 0);
  // Walking a subfolder still applies the repository root's .gitignore.
  const sub = runCli(['check', '--format', 'json', 'pkg'], dir);
  assert.deepEqual(paths(sub.stdout), ['pkg/b_generated.py', 'pkg/top_only.py']);
  // Named explicitly, an ignored folder is walked (its own .gitignore rules still apply).
  const ignoredDir = runCli(['check', '--format', 'json', 'build'], dir);
  assert.deepEqual(paths(ignoredDir.stdout), ['build/x.py']);
  // Named explicitly, an ignored file is checked.
  const named = runCli(['check', '--format', 'json', 'a_generated.py'], dir);
  assert.deepEqual(paths(named.stdout), ['a_generated.py']);
  assert.equal(named.code, 1);
  // --no-gitignore looks at everything.
  const all = runCli(['check', '--format', 'json', '--no-gitignore', '.'], dir);
  assert.equal(paths(all.stdout).length, 9);
});

test('--exclude skips walked paths by glob', () => {
  const dir = writeTree(tempDir(), { 'a/x.py': ZERO_HIDDEN, 'b/y.py': CLEAN, 'b/z_test.py': ZERO_HIDDEN });
  const r = runCli(['check', '--format', 'json', '--exclude', 'a/', '--exclude', '*_test.py', '.'], dir);
  assert.deepEqual(paths(r.stdout), ['b/y.py']);
  assert.equal(r.code, 0);
});

test('binary, non-UTF-8 and oversized files are skipped with a note; the rest is checked', () => {
  const big = `${CLEAN}\n${'# padding line to make the file large\n'.repeat(150_000)}`;
  const dir = writeTree(tempDir(), {
    'bin.py': Buffer.from([0x69, 0x6d, 0x70, 0x00, 0x01, 0x02, 0x0a]),
    'latin1.py': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nimport torch\n')]),
    'big.py': big,
    'ok.py': ZERO_HIDDEN,
  });
  assert.ok(big.length > 5 * 1024 * 1024);
  const r = runCli(['check', '--format', 'json', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  const report = parseJson(r.stdout);
  const note = (name: string) => (report.files.find((f) => f.path === name)?.notes ?? []).map((n) => n.message).join('\n');
  assert.match(note('bin.py'), /skipped: binary file/);
  assert.match(note('latin1.py'), /skipped: not valid UTF-8/);
  assert.match(note('big.py'), /skipped: file is too large/);
  assert.deepEqual(codesOf(report, 'ok.py'), ['IL001']);
  assert.match(r.stderr, /^bin\.py: note: skipped: binary file/m);
  assert.match(r.stderr, /^latin1\.py: note: skipped: not valid UTF-8/m);
  assert.match(r.stderr, /^big\.py: note: skipped: file is too large/m);
  // Text mode counts only analysed files.
  const text = runCli(['check', '.'], dir);
  assert.match(text.stdout, /in 1 file\.\n$/);
  // Skipped files alone are not an error.
  const onlyBad = runCli(['check', 'bin.py', 'latin1.py'], dir);
  assert.equal(onlyBad.code, 0);
  // --max-file-size lowers the limit.
  const small = runCli(['check', '--format', 'json', '--max-file-size', '100', 'ok.py'], dir);
  assert.match(JSON.stringify(parseJson(small.stdout)), /too large/);
  assert.equal(small.code, 0);
});

test('an unreadable file is an I/O error: a note and exit 2', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, () => {
  const dir = writeTree(tempDir(), { 'secret.py': ZERO_HIDDEN, 'ok.py': ZERO_HIDDEN });
  const fs = require('node:fs') as typeof import('node:fs');
  fs.chmodSync(path.join(dir, 'secret.py'), 0o000);
  const r = runCli(['check', '.'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /secret\.py: note: cannot read the file/);
  assert.match(r.stdout, /ok\.py:7:/);
});

test('notebooks: code cells joined, findings mapped to cells, magics ignored', () => {
  const cells = [
    { cell_type: 'markdown', source: ['# A model\n'] },
    { cell_type: 'code', source: ['%matplotlib inline\n', 'import torch.nn as nn\n', '!pip list\n'] },
    { cell_type: 'code', source: ZERO_HIDDEN.split('\n').slice(1).map((l) => `${l}\n`) },
    { cell_type: 'code', source: ['%%bash\n', 'echo hi\n'] },
  ];
  const notebook = JSON.stringify({ cells, metadata: { kernelspec: { language: 'python' } }, nbformat: 4, nbformat_minor: 5 });
  const dir = writeTree(tempDir(), {
    'nb.ipynb': notebook,
    'bad.ipynb': '{"not": "a notebook"}',
    'r.ipynb': JSON.stringify({ cells: [], metadata: { language_info: { name: 'R' } }, nbformat: 4 }),
    '.ipynb_checkpoints/nb-checkpoint.ipynb': notebook,
  });
  const json = runCli(['check', '--format', 'json', '.'], dir);
  assert.equal(json.code, 1, json.stderr);
  const report = parseJson(json.stdout);
  assert.deepEqual(report.files.map((f) => f.path), ['bad.ipynb', 'nb.ipynb', 'r.ipynb']);
  const nb = report.files.find((f) => f.path === 'nb.ipynb')!;
  assert.equal(nb.findings.length, 1);
  assert.equal(nb.findings[0]!.code, 'IL001');
  // The combined text: 3 lines of cell 2, then the zeros_ call on the 6th line of cell 3 -> 0-based line 8.
  assert.equal(nb.findings[0]!.range.start.line, 8);
  assert.match(report.files.find((f) => f.path === 'bad.ipynb')!.notes![0]!.message, /skipped: not a notebook/);
  assert.match(report.files.find((f) => f.path === 'r.ipynb')!.notes![0]!.message, /skipped: notebook language is R/);
  const text = runCli(['check', 'nb.ipynb'], dir);
  assert.match(text.stdout, /^nb\.ipynb:cell 3:6:\d+: IL001 /);
});
