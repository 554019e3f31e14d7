// Neovim as an LSP client (Debian's 0.7.2): runs `nvim --headless -u test/nvim/init.lua FILE`, which
// starts `node dist/server.js --stdio` with vim.lsp.start_client, and asserts on the JSON it writes:
// diagnostics, hover, inlay hints (a raw request), the preferred code action applied with
// vim.lsp.util.apply_workspace_edit, the cleared diagnostics, the report, and a clean exit.
// Skips with the reason when nvim is absent, unless INITLINT_REQUIRE_E2E is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, missing, skipOrFail, tempDir, version, which } from '../e2e/tools';

const NVIM = process.env.INITLINT_NVIM ?? 'nvim';
const ARTIFACTS = path.join(ROOT, 'test', 'nvim', 'artifacts');

interface Result {
  nvim: string;
  error?: string;
  initialized?: boolean;
  offset_encoding?: string;
  capabilities?: { hover: boolean; codeAction: boolean; inlayHint: boolean };
  diagnostics?: { lnum: number; col: number; end_lnum: number; severity: number; message: string; source: string; code: string }[];
  hover?: { kind?: string; value?: string; error?: string };
  inlay_hints?: { line: number; character: number; label: string }[];
  code_actions?: { title: string; kind: string; isPreferred: boolean }[];
  applied?: string;
  cleared?: boolean;
  fixed_line?: string;
  after_diagnostics?: number;
  report?: { models: number; layers: number; predicted: number; html: boolean; error?: string };
  stopped?: boolean;
  exit_code?: number;
  steps: { name: string; ms: number }[];
}

test('Neovim 0.7 (vim.lsp.start_client): diagnostics, hover, inlay hints, code action applied, report, clean exit', { timeout: 120_000 }, async (t) => {
  const nvim = which(NVIM);
  const reason = missing([
    [!!nvim, `no ${NVIM} on PATH (apt-get install neovim)`],
    [fs.existsSync(path.join(ROOT, 'dist', 'server.js')), 'dist/server.js is not built'],
  ]);
  if (reason) return skipOrFail(t, 'Neovim test', reason);

  const dir = tempDir('initlint-nvim-');
  const file = path.join(dir, 'bad_zero_hidden_layer.py');
  fs.copyFileSync(path.join(ROOT, 'examples', 'bad_zero_hidden_layer.py'), file);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const out = path.join(ARTIFACTS, 'result.json');
  fs.rmSync(out, { force: true });
  const started = Date.now();
  const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(nvim!, ['--headless', '-n', '-i', 'NONE', '-u', path.join(ROOT, 'test', 'nvim', 'init.lua'), file], {
      cwd: dir,
      env: {
        ...process.env,
        INITLINT_ROOT: ROOT,
        INITLINT_NVIM_OUT: out,
        // Neovim's own state (lsp.log, shada) stays in the temporary folder.
        XDG_CONFIG_HOME: path.join(dir, 'config'),
        XDG_DATA_HOME: path.join(dir, 'data'),
        XDG_STATE_HOME: path.join(dir, 'state'),
        XDG_CACHE_HOME: path.join(dir, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const log of ['cache/nvim/lsp.log', 'state/nvim/lsp.log']) {
    if (fs.existsSync(path.join(dir, log))) fs.copyFileSync(path.join(dir, log), path.join(ARTIFACTS, 'lsp.log'));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${run.code}):\n${run.output}`);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as Result;
  process.stdout.write(`# ${version(nvim!) ?? 'nvim'}: ${seconds} s; steps ${r.steps.map((s) => `${s.name} ${s.ms - r.steps[0]!.ms} ms`).join(', ')}\n`);
  assert.equal(r.error, undefined, `error in init.lua: ${r.error}\n${run.output}`);
  assert.equal(r.initialized, true, 'the client initialized');
  assert.deepEqual(r.capabilities, { hover: true, codeAction: true, inlayHint: true });

  assert.equal(r.diagnostics?.length, 1, JSON.stringify(r.diagnostics));
  const d = r.diagnostics![0]!;
  assert.equal(d.code, 'IL001');
  assert.equal(d.lnum, 12);
  assert.equal(d.col, 8);
  assert.equal(d.source, 'initlint');
  assert.equal(d.severity, 2, 'vim.diagnostic.severity.WARN');
  assert.match(d.message, /fan_in 512/);

  assert.equal(r.hover?.kind, 'markdown', JSON.stringify(r.hover));
  assert.match(r.hover!.value!, /fan_in\W+512/);
  assert.match(r.hover!.value!, /variance/i);

  assert.ok((r.inlay_hints?.length ?? 0) >= 1, JSON.stringify(r.inlay_hints));
  for (const h of r.inlay_hints!) assert.match(h.label, /^q \S+/);
  assert.ok(r.inlay_hints!.some((h) => h.line === 9), 'a hint on the fc1 line');

  const preferred = r.code_actions?.filter((a) => a.isPreferred) ?? [];
  assert.equal(preferred.length, 1, JSON.stringify(r.code_actions));
  assert.match(r.applied ?? '', /kaiming/i);
  assert.equal(r.cleared, true, 'diagnostics cleared after the edit');
  assert.equal(r.after_diagnostics, 0);
  assert.equal(r.fixed_line, "        nn.init.kaiming_normal_(self.fc2.weight, nonlinearity='relu')");

  assert.equal(r.report?.error, undefined);
  assert.equal(r.report?.models, 1);
  assert.equal(r.report?.layers, 3);
  assert.equal(r.report?.predicted, 3);

  assert.equal(r.stopped, true, 'the server exited after client.stop()');
  assert.equal(r.exit_code, 0, 'shutdown + exit: exit code 0');
  assert.equal(run.code, 0, `nvim exit code; output:\n${run.output}`);
});
