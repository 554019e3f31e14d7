// Shared by the editor tests (test/e2e, test/nvim): where the tools are, whether a test must run
// (INITLINT_REQUIRE_E2E) or may skip with a reason, and small process helpers.
import { spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const E2E_DIR = path.join(ROOT, 'test', 'e2e');
export const DEPS = path.join(E2E_DIR, '.deps');
export const CODE_SERVER = path.join(DEPS, 'node_modules', '.bin', 'code-server');
export const ARTIFACTS = path.join(E2E_DIR, 'artifacts');

/** Set by CI: the editor tests must run, a missing tool is a failure instead of a skip. */
export const REQUIRED = !!process.env.INITLINT_REQUIRE_E2E && process.env.INITLINT_REQUIRE_E2E !== '0';

/** An executable on PATH (or an absolute path that exists), else undefined. */
export function which(cmd: string): string | undefined {
  if (path.isAbsolute(cmd)) return fs.existsSync(cmd) ? cmd : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * What is missing for a test, or undefined when it can run. With INITLINT_REQUIRE_E2E the caller
 * fails on a reason; without it, it skips and prints it.
 */
export function missing(checks: [ok: boolean, reason: string][]): string | undefined {
  const reasons = checks.filter(([ok]) => !ok).map(([, r]) => r);
  return reasons.length ? reasons.join('; ') : undefined;
}

export function skipOrFail(t: { skip(message?: string): void }, what: string, reason: string): void {
  if (REQUIRED) throw new Error(`${what} must run (INITLINT_REQUIRE_E2E is set) but cannot: ${reason}`);
  t.skip(`${what} skipped: ${reason} (run test/e2e/setup.sh to install; set INITLINT_REQUIRE_E2E=1 to make this a failure)`);
}

export function tempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Stops a process started with `detached: true` (its own session and group): TERM, then KILL. */
export async function killGroup(child: ChildProcess | undefined, graceMs = 3_000): Promise<void> {
  if (!child?.pid) return;
  const pid = child.pid;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await sleep(100);
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** Copies the extension as VS Code unpacks it: <extensionsDir>/<publisher>.<name>-<version>/. */
export function installUnpackedExtension(extensionsDir: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const dir = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  return dir;
}

export function version(cmd: string, args: string[] = ['--version']): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return r.status === 0 ? (r.stdout || r.stderr).split('\n')[0]!.trim() : undefined;
}
