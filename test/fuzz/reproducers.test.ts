// Issue 11's reproducers (test/fuzz/reproducers.ts): each analysed without an exception, keeping
// the findings it should, in the engine, through the CLI and through the language server. How long
// they take is measured by bench/reproducers.bench.ts (`npm run bench -- reproducers`), not here.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyzeText, ready } from '../../engine/analyze';
import { ROOT, virtualUri, withServer } from '../server/lsp';
import { SMALL, large, type Reproducer } from './reproducers';

before(async () => {
  await ready();
});

function codes(findings: { code: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

function check(r: Reproducer): void {
  const result = analyzeText(`${r.name}.py`, r.text);
  for (const [code, n] of Object.entries(r.expect ?? {})) assert.equal(codes(result.findings)[code] ?? 0, n, `${r.name}: ${code}`);
  for (const note of result.notes) assert.doesNotMatch(note.message, /internal error/);
}

for (const r of [...SMALL, ...large()]) {
  test(`engine: ${r.name}`, { timeout: 60_000 }, () => check(r));
}

/** Every small reproducer and the two realistic large ones (the rest cost the engine test enough). */
function cliAndServerSet(): Reproducer[] {
  const [keras, many] = large();
  return [...SMALL, keras!, many!];
}

test('CLI: every reproducer is checked, exit 0 or 1, no internal error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'initlint-repro-'));
  try {
    const set = cliAndServerSet();
    set.forEach((r, i) => writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.py`), r.text));
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    assert.ok(cli.status === 0 || cli.status === 1, `exit ${cli.status} ${cli.signal ?? ''}: ${cli.stderr.slice(0, 2000)}`);
    assert.doesNotMatch(cli.stderr, /internal error/);
    const report = JSON.parse(cli.stdout) as { files: { path: string; findings: { code: string }[]; notes?: { message: string }[] }[] };
    assert.equal(report.files.length, set.length);
    for (const f of report.files) {
      const r = set[Number(/r(\d+)\.py$/.exec(f.path)![1])]!;
      for (const n of f.notes ?? []) assert.doesNotMatch(n.message, /internal error/, `${r.name}: ${n.message}`);
      for (const [code, n] of Object.entries(r.expect ?? {})) assert.equal(codes(f.findings)[code] ?? 0, n, `${r.name}: ${code}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('language server: every reproducer gets its diagnostics, and the server stays up', { timeout: 180_000 }, async (t) => {
  await withServer(
    async (c) => {
      const set = cliAndServerSet();
      for (const [i, r] of set.entries()) {
        const uri = virtualUri(`repro-${process.pid}-${i}.py`);
        await c.open(uri, r.text);
        const p = await c.waitForDiagnostics(uri, () => true, { ms: 60_000, what: `diagnostics for ${r.name}` });
        for (const [code, n] of Object.entries(r.expect ?? {})) assert.equal(p.diagnostics.filter((d) => d.code === code).length, n, `${r.name}: ${code}`);
        await c.close(uri);
      }
      assert.ok(c.alive);
      assert.ok(!c.logs.some((l) => /internal error|RangeError|Maximum call stack/.test(l.message)), c.logs.map((l) => l.message).join('\n'));
    },
    { settings: { enable: true, debounceMs: 10 }, signal: t.signal },
  );
});
