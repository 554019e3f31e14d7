// Settings: the pure loader in engine/config, and pyproject.toml through the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ConfigError, findSettings, parseSettings, parseSize, perFileIgnores, excludeMatcher } from '../../engine/config';
import { BOTH, CLEAN, ZERO_HIDDEN, codesOf, parseJson, runCli, tempDir, writeTree } from './helpers';

const KNOWN = ['IL001', 'IL002', 'IL003', 'IL004', 'IL005', 'IL006', 'IL007'];
const opts = (file = '/p/pyproject.toml') => ({ file, root: path.dirname(file), knownCodes: KNOWN });

test('parseSettings reads [tool.initlint] and validates every key', () => {
  const s = parseSettings(
    `[project]\nname = "x"\n\n[tool.initlint]\nselect = ["IL001", "il003"]\nignore = ["IL00"]\ndrift-band = [1e-4, 1e4]\nexclude = ["build/"]\nextend-exclude = ["gen/"]\nmax-file-size = "1MB"\n\n[tool.initlint.per-file-ignores]\n"tests/*" = ["IL003"]\n`,
    opts(),
  )!;
  assert.deepEqual(s.select, ['IL001', 'IL003']);
  assert.deepEqual(s.ignore, ['IL00']);
  assert.deepEqual(s.driftBand, [1e-4, 1e4]);
  assert.deepEqual(s.exclude, ['build/']);
  assert.deepEqual(s.extendExclude, ['gen/']);
  assert.equal(s.maxFileSize, 1024 * 1024);
  assert.deepEqual(s.perFileIgnores, [{ pattern: 'tests/*', codes: ['IL003'] }]);
  assert.equal(s.root, '/p');
  assert.equal(parseSettings('[project]\nname = "x"\n', opts()), null, 'no [tool.initlint] table');
  // A standalone file uses the top level.
  assert.deepEqual(parseSettings('select = ["IL002"]\n', opts('/p/initlint.toml'))!.select, ['IL002']);
});

test('parseSettings errors name the file and the key', () => {
  const cases: [string, RegExp][] = [
    ['[tool.initlint]\nselect = "IL001"\n', /tool\.initlint\.select: expected an array of strings, got a string/],
    ['[tool.initlint]\nselect = ["IL001", 3]\n', /tool\.initlint\.select\[1\]: expected a string, got a number/],
    ['[tool.initlint]\nignore = ["IL999"]\n', /tool\.initlint\.ignore: unknown rule code 'IL999'/],
    ['[tool.initlint]\ndrift-band = [1e3, 1e-3]\n', /tool\.initlint\.drift-band: expected 0 < low < high/],
    ['[tool.initlint]\ndrift-band = [1]\n', /tool\.initlint\.drift-band: expected two numbers/],
    ['[tool.initlint]\nper-file-ignores = ["x"]\n', /tool\.initlint\.per-file-ignores: expected a table/],
    ['[tool.initlint.per-file-ignores]\n"a/*" = "IL001"\n', /per-file-ignores\."a\/\*": expected an array/],
    ['[tool.initlint]\nmax-file-size = "lots"\n', /tool\.initlint\.max-file-size: expected a positive number/],
    ['[tool.initlint]\nselct = ["IL001"]\n', /tool\.initlint\.selct: unknown key/],
    ['[tool]\ninitlint = 3\n', /tool\.initlint: expected a table/],
    ['[tool.initlint\nselect = []\n', /invalid TOML at line 1/],
  ];
  for (const [text, pattern] of cases) {
    assert.throws(
      () => parseSettings(text, opts()),
      (e: unknown) => e instanceof ConfigError && e.file === '/p/pyproject.toml' && pattern.test(e.message),
      text,
    );
  }
});

test('sizes, globs and discovery', () => {
  assert.equal(parseSize(1000), 1000);
  assert.equal(parseSize('5MB'), 5 * 1024 * 1024);
  assert.equal(parseSize('512 KiB'), 512 * 1024);
  assert.equal(parseSize('-1'), undefined);
  const pfi = perFileIgnores({ root: '/p', perFileIgnores: [{ pattern: 'tests/*', codes: ['IL003'] }, { pattern: '__init__.py', codes: ['IL001'] }] });
  assert.deepEqual(pfi('/p/tests/a.py'), ['IL003']);
  assert.deepEqual(pfi('/p/tests/sub/a.py'), ['IL003']);
  assert.deepEqual(pfi('/p/src/__init__.py'), ['IL001']);
  assert.deepEqual(pfi('/p/src/a.py'), []);
  assert.deepEqual(pfi('/elsewhere/tests/a.py'), []);
  const ex = excludeMatcher({ root: '/p', exclude: ['build/'], extendExclude: ['*.gen.py'] });
  assert.equal(ex('/p/build', true), true);
  assert.equal(ex('/p/x.gen.py', false), true);
  assert.equal(ex('/p/x.py', false), false);

  const dir = writeTree(tempDir(), {
    'pyproject.toml': '[tool.initlint]\nselect = ["IL001"]\n',
    'a/pyproject.toml': '[project]\nname = "a"\n',
    'a/b/c/.keep': '',
  });
  const found = findSettings(path.join(dir, 'a', 'b', 'c'), KNOWN)!;
  assert.equal(found.file, path.join(dir, 'pyproject.toml'), 'a pyproject.toml without the table is passed over');
  assert.deepEqual(found.select, ['IL001']);
});

test('pyproject.toml through the CLI: select, ignore, per-file-ignores, CLI overrides, --config, --no-config', () => {
  const dir = writeTree(tempDir(), {
    'pyproject.toml': '[tool.initlint]\nignore = ["IL002"]\n\n[tool.initlint.per-file-ignores]\n"tests/*" = ["IL001"]\n',
    'src/both.py': BOTH,
    'tests/both.py': BOTH,
    'alt.toml': 'select = ["IL002"]\n',
  });
  const r = runCli(['check', '--format', 'json', '.'], dir);
  assert.deepEqual(codesOf(parseJson(r.stdout), path.join('src', 'both.py')), ['IL001']);
  assert.deepEqual(codesOf(parseJson(r.stdout), path.join('tests', 'both.py')), []);
  // Found from a subfolder (nearest pyproject.toml above the cwd); per-file-ignores stay relative to its folder.
  const sub = runCli(['check', '--format', 'json', '.'], path.join(dir, 'tests'));
  assert.deepEqual(codesOf(parseJson(sub.stdout)), []);
  // Command-line options override the file.
  const cli = runCli(['check', '--format', 'json', '--ignore', 'IL003', 'src'], dir);
  assert.deepEqual(codesOf(parseJson(cli.stdout)), ['IL001', 'IL002']);
  const noConfig = runCli(['check', '--format', 'json', '--no-config', '.'], dir);
  assert.deepEqual(codesOf(parseJson(noConfig.stdout)), ['IL001', 'IL001', 'IL002', 'IL002']);
  const alt = runCli(['check', '--format', 'json', '--config', 'alt.toml', '.'], dir);
  assert.deepEqual(codesOf(parseJson(alt.stdout)), ['IL002', 'IL002']);
  const missing = runCli(['check', '--config', 'nope.toml', '.'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /initlint: error: config file not found: nope\.toml/);
  const both = runCli(['check', '--config', 'alt.toml', '--no-config', '.'], dir);
  assert.equal(both.code, 2);
});

test('invalid configuration exits 2 naming the file and key', () => {
  const dir = writeTree(tempDir(), { 'pyproject.toml': '[tool.initlint]\nselect = ["IL001", "BOGUS1"]\n', 'a.py': CLEAN });
  const r = runCli(['check', '.'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^initlint: error: invalid configuration: pyproject\.toml: tool\.initlint\.select: unknown rule code 'BOGUS1'/);
  assert.equal(r.stdout, '');
  const bad = writeTree(tempDir(), { 'pyproject.toml': '[tool.initlint]\ndrift-band = "wide"\n', 'a.py': CLEAN });
  const r2 = runCli(['check', '.'], bad);
  assert.equal(r2.code, 2);
  assert.match(r2.stderr, /pyproject\.toml: tool\.initlint\.drift-band: expected two numbers/);
});

test('exclude / extend-exclude from pyproject.toml apply to walked folders', () => {
  const dir = writeTree(tempDir(), {
    'pyproject.toml': '[tool.initlint]\nexclude = ["legacy/"]\nextend-exclude = ["*_old.py"]\n',
    'legacy/a.py': ZERO_HIDDEN,
    'src/b_old.py': ZERO_HIDDEN,
    'src/c.py': CLEAN,
  });
  const r = runCli(['check', '--format', 'json', '.'], dir);
  assert.deepEqual(parseJson(r.stdout).files.map((f) => f.path), [path.join('src', 'c.py')]);
  assert.equal(r.code, 0);
});

test('drift-band from pyproject.toml reaches IL005', () => {
  // 24 default Linear+ReLU layers (variance 1/(3 fan_in)): the gradient norm shrinks about 6x per layer,
  // far outside [1e-3, 1e3] but inside [1e-30, 1e30].
  const layers = Array.from({ length: 24 }, () => 'nn.Linear(256, 256), nn.ReLU()').join(',\n            ');
  const deep = `import torch.nn as nn\nclass Deep(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.net = nn.Sequential(\n            ${layers},\n            nn.Linear(256, 10))\n    def forward(self, x):\n        return self.net(x)\n`;
  const dir = writeTree(tempDir(), { 'deep.py': deep, 'wide.toml': 'drift-band = [1e-30, 1e30]\n' });
  const narrow = parseJson(runCli(['check', '--format', 'json', '--select', 'IL005', 'deep.py'], dir).stdout);
  assert.deepEqual([...new Set(codesOf(narrow))], ['IL005']);
  const wide = parseJson(runCli(['check', '--format', 'json', '--select', 'IL005', '--config', 'wide.toml', 'deep.py'], dir).stdout);
  assert.deepEqual(codesOf(wide), []);
});
