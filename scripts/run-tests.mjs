// Runs every compiled test file (out/test/**/*.test.js) with Node's built-in runner. Node 20 does
// not expand globs itself, and pointing it at a directory would also run helper modules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function* find(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* find(p);
    else if (e.name.endsWith('.test.js')) yield p;
  }
}
const filter = process.argv.slice(2);
const files = [...find('out/test')].filter((f) => filter.length === 0 || filter.some((x) => f.includes(x))).sort();
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
