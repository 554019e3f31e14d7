// Files read safely: only regular files under a size cap are read as sources, pyproject.toml or
// .gitignore, so a FIFO, a device or a huge file can neither block nor exhaust memory. Whatever
// could hang runs in a child process with a kill timeout, so a regression fails instead of hanging
// the suite; each case also times the operation itself, which must take well under a second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles } from '../../engine/cli/walk';
import { MAX_PYPROJECT_BYTES, readRegularFile } from '../../engine/config';
import { CLI, ZERO_HIDDEN, tempDir, writeTree } from './helpers';

const OUT = path.resolve(__dirname, '..', '..');
const KILL_AFTER_MS = 10_000;
const hasDevZero = fs.existsSync('/dev/zero');
const canMkfifo = process.platform !== 'win32';

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/**
 * Runs `body` (JavaScript, with `m(relativePath)` requiring a compiled module of out/) in a child
 * process killed after KILL_AFTER_MS; `body` returns a JSON-able value. Returns it and the time the
 * body itself took.
 */
function inChild(body: string): { value: unknown; ms: number } {
  const script = `
    const m = (p) => require(${JSON.stringify(OUT)} + '/' + p);
    const t0 = performance.now();
    const value = (() => { ${body} })();
    process.stdout.write(JSON.stringify({ value, ms: performance.now() - t0 }));
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: KILL_AFTER_MS });
  assert.notEqual(r.signal, 'SIGTERM', `the child was killed after ${KILL_AFTER_MS} ms: it hung`);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { value: unknown; ms: number };
}

function cli(args: string[], cwd: string): { code: number | null; stderr: string; stdout: string; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: KILL_AFTER_MS });
  const ms = performance.now() - t0;
  assert.notEqual(r.signal, 'SIGTERM', `initlint ${args.join(' ')} was killed after ${KILL_AFTER_MS} ms: it hung`);
  return { code: r.status, stderr: r.stderr, stdout: r.stdout, ms };
}

const findSettingsIn = (dir: string, stopAt?: string): string => `
  try {
    const s = m('engine/config/index.js').findSettings(${JSON.stringify(dir)}, undefined, ${stopAt ? `{ stopAt: ${JSON.stringify(stopAt)} }` : '{}'});
    return { ok: s ? s.file : null };
  } catch (e) { return { error: e.message }; }`;

test('readRegularFile: a regular file up to the cap, and why not otherwise', () => {
  const dir = writeTree(tempDir('initlint-read-'), { 'a.txt': 'x'.repeat(100) });
  const ok = readRegularFile(path.join(dir, 'a.txt'), 100);
  assert.equal(ok.kind, 'ok');
  assert.equal(ok.kind === 'ok' && ok.bytes.length, 100);
  assert.deepEqual(readRegularFile(path.join(dir, 'a.txt'), 99), { kind: 'too-large', size: 100, limit: 99 });
  assert.deepEqual(readRegularFile(path.join(dir, 'none.txt'), 99), { kind: 'missing' });
  assert.deepEqual(readRegularFile(dir, 99), { kind: 'not-regular', what: 'a folder' });
});

test('/dev/zero and a FIFO are refused before any read (in a child process, killed if it hangs)', { skip: !hasDevZero || !canMkfifo }, () => {
  const dir = tempDir('initlint-read-');
  mkfifo(path.join(dir, 'fifo'));
  const r = inChild(`
    const { readRegularFile } = m('engine/config/index.js');
    return [readRegularFile('/dev/zero', 1e9), readRegularFile(${JSON.stringify(path.join(dir, 'fifo'))}, 1e9)];`);
  assert.deepEqual(r.value, [
    { kind: 'not-regular', what: 'a character device' },
    { kind: 'not-regular', what: 'a FIFO' },
  ]);
  assert.ok(r.ms < 1000, `took ${r.ms} ms`);
});

test('a pyproject.toml that is a FIFO, or a symlink to /dev/zero, is a configuration error, not a hang or an abort', { skip: !hasDevZero || !canMkfifo }, () => {
  const fifoDir = tempDir('initlint-fifo-');
  mkfifo(path.join(fifoDir, 'pyproject.toml'));
  const zeroDir = tempDir('initlint-zero-');
  fs.symlinkSync('/dev/zero', path.join(zeroDir, 'pyproject.toml'));
  const fifo = inChild(findSettingsIn(fifoDir));
  assert.match((fifo.value as { error: string }).error, /pyproject\.toml: not a regular file \(a FIFO\)/);
  const zero = inChild(findSettingsIn(zeroDir));
  assert.match((zero.value as { error: string }).error, /pyproject\.toml: not a regular file \(a character device\)/);
  assert.ok(fifo.ms < 1000 && zero.ms < 1000, `took ${fifo.ms} and ${zero.ms} ms`);
  console.log(`\nFIFO pyproject.toml: ${fifo.ms.toFixed(1)} ms, pyproject.toml -> /dev/zero: ${zero.ms.toFixed(1)} ms`);

  // Through the CLI: exit 2 with the reason.
  fs.writeFileSync(path.join(fifoDir, 'model.py'), ZERO_HIDDEN);
  const r = cli(['check', 'model.py'], fifoDir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /invalid configuration: pyproject\.toml: not a regular file \(a FIFO\)/);
  console.log(`initlint check with a FIFO pyproject.toml: exit ${r.code} in ${r.ms.toFixed(0)} ms (process included)`);
});

test('a pyproject.toml over the cap is refused before it is read', () => {
  const dir = writeTree(tempDir('initlint-big-'), { 'pyproject.toml': `[tool.initlint]\nselect = ["IL001"]\n${'#'.repeat(MAX_PYPROJECT_BYTES)}\n` });
  const r = inChild(findSettingsIn(dir));
  assert.match((r.value as { error: string }).error, /pyproject\.toml: too large \(\d+ bytes, limit 262144\)/);
});

test('initlint check /dev/zero or a FIFO: "not a regular file", exit 2, no hang', { skip: !hasDevZero || !canMkfifo }, () => {
  const dir = tempDir('initlint-dev-');
  mkfifo(path.join(dir, 'pipe.py'));
  const zero = cli(['check', '/dev/zero'], dir);
  assert.equal(zero.code, 2);
  assert.match(zero.stderr, /initlint: error: not a regular file: \/dev\/zero \(a character device\)/);
  const fifo = cli(['check', 'pipe.py'], dir);
  assert.equal(fifo.code, 2);
  assert.match(fifo.stderr, /initlint: error: not a regular file: pipe\.py \(a FIFO\)/);
  const probe = cli(['probe', 'pipe.py'], dir);
  assert.equal(probe.code, 2);
  assert.match(probe.stderr, /not a regular file \(a FIFO\)/);
  console.log(`\ninitlint check /dev/zero: exit ${zero.code} in ${zero.ms.toFixed(0)} ms; check FIFO: ${fifo.ms.toFixed(0)} ms; probe FIFO: ${probe.ms.toFixed(0)} ms (process start included)`);
});

test('a folder walk skips FIFOs, devices and links out of the tree; links inside it are followed', { skip: !hasDevZero || !canMkfifo }, () => {
  const outside = writeTree(tempDir('initlint-outside-'), { 'elsewhere.py': ZERO_HIDDEN });
  const dir = writeTree(tempDir('initlint-walk-'), { 'proj/model.py': ZERO_HIDDEN, 'proj/sub/real.py': ZERO_HIDDEN });
  mkfifo(path.join(dir, 'proj', 'pipe.py'));
  fs.symlinkSync('/dev/zero', path.join(dir, 'proj', 'zero.py'));
  fs.symlinkSync(path.join(outside, 'elsewhere.py'), path.join(dir, 'proj', 'out.py'));
  fs.symlinkSync(path.join(dir, 'proj', 'sub', 'real.py'), path.join(dir, 'proj', 'in.py'));
  mkfifo(path.join(dir, 'proj', 'sub', '.gitignore'));
  const walked = collectFiles([path.join(dir, 'proj')]);
  assert.deepEqual(
    walked.files.map((f) => path.relative(dir, f.abs)),
    ['proj/in.py', 'proj/model.py', 'proj/sub/real.py'],
  );
  const r = cli(['check', '--format', 'json', 'proj'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(
    (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path),
    ['proj/in.py', 'proj/model.py', 'proj/sub/real.py'],
  );
});

test('the language server reads pyproject.toml up to the workspace folder and no further', () => {
  // A parent folder's ignore = ["ALL"] must not silence the workspace's files.
  const dir = writeTree(tempDir('initlint-ws-'), {
    'pyproject.toml': '[tool.initlint]\nignore = ["ALL"]\n',
    'ws/model.py': ZERO_HIDDEN,
    'ws/inner/pyproject.toml': '[tool.initlint]\nselect = ["IL001"]\n',
    'ws/inner/m.py': ZERO_HIDDEN,
  });
  const r = inChild(`
    const pc = m('server/project-config.js');
    const out = {};
    out.none = pc.projectSettings(${JSON.stringify(path.join(dir, 'ws', 'model.py'))}).settings?.file ?? null;
    pc.setWorkspaceFolders([${JSON.stringify(path.join(dir, 'ws'))}]);
    out.bounded = pc.projectSettings(${JSON.stringify(path.join(dir, 'ws', 'model.py'))}).settings?.file ?? null;
    out.inner = pc.projectSettings(${JSON.stringify(path.join(dir, 'ws', 'inner', 'm.py'))}).settings?.file ?? null;
    out.outside = pc.projectSettings(${JSON.stringify(path.join(dir, 'loose.py'))}).settings?.file ?? null;
    return out;`);
  assert.deepEqual(r.value, {
    // No workspace folder known: looked up as the CLI does.
    none: path.join(dir, 'pyproject.toml'),
    bounded: null,
    inner: path.join(dir, 'ws', 'inner', 'pyproject.toml'),
    outside: path.join(dir, 'pyproject.toml'),
  });
});

test('the language server: a FIFO pyproject.toml in the workspace is reported, not waited on', { skip: !canMkfifo }, () => {
  const dir = writeTree(tempDir('initlint-ws-fifo-'), { 'model.py': ZERO_HIDDEN });
  mkfifo(path.join(dir, 'pyproject.toml'));
  const r = inChild(`
    const pc = m('server/project-config.js');
    pc.setWorkspaceFolders([${JSON.stringify(dir)}]);
    return pc.projectSettings(${JSON.stringify(path.join(dir, 'model.py'))});`);
  assert.match((r.value as { error: string }).error, /pyproject\.toml: not a regular file \(a FIFO\)/);
  assert.ok(r.ms < 1000, `took ${r.ms} ms`);
});
