// Where the PyTorch cross-checks find PyTorch: Debian's python3-torch runs on /usr/bin/python3
// (not the default python3); INITLINT_TORCH_PYTHON overrides it. A cross-check skips (with the
// reason) only when `import torch` fails, and fails instead when INITLINT_REQUIRE_TORCH=1.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export const PYTHON = process.env.INITLINT_TORCH_PYTHON ?? '/usr/bin/python3';
export const TORCH_REQUIRED = process.env.INITLINT_REQUIRE_TORCH === '1';

export function torchAvailable(): { ok: boolean; reason: string } {
  if (!fs.existsSync(PYTHON)) return { ok: false, reason: `${PYTHON} not found` };
  const r = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status === 0) return { ok: true, reason: '' };
  return { ok: false, reason: `${PYTHON} -c 'import torch' failed: ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}` };
}
