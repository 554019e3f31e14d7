// The .vsix: `vsce package --no-dependencies` (as `npm run package` runs it, on the dist/ that
// `npm run build` made) holds the bundles, both wasm files, vega.mjs and the rule docs, and no
// sources, tests or node_modules. Takes about 5 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const built = ['client.js', 'server.js', 'vega.mjs'].every((f) => existsSync(path.join(root, 'dist', f)));

/** The names in a zip file's central directory. */
function zipNames(zip: Buffer): string[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(p), 0x02014b50);
    const nameLen = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    names.push(zip.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extra + comment;
  }
  return names;
}

test('the vsix holds the bundles and wasm files, no node_modules or sources', { skip: !built && 'dist/ not built: run npm run build', timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'initlint-vsix-'));
  try {
    const out = path.join(dir, 'initlint.vsix');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: root, stdio: 'pipe' });
    const names = zipNames(readFileSync(out));
    for (const f of ['client.js', 'server.js', 'cli.js', 'vega.mjs', 'web-tree-sitter.wasm', 'tree-sitter-python.wasm']) {
      assert.ok(names.includes(`extension/dist/${f}`), `dist/${f} in ${names.join(', ')}`);
    }
    assert.ok(names.includes('extension/package.json'));
    assert.ok(names.some((n) => /^extension\/readme\.md$/i.test(n)));
    assert.ok(names.some((n) => /^extension\/license(\.txt)?$/i.test(n)));
    const unwanted = names.filter((n) => /node_modules\/|^extension\/(out|engine|server|client|test|bench|examples|scripts)\/|\.ts$|\.map$|\.vsix$/.test(n));
    assert.deepEqual(unwanted, []);
    assert.ok(statSync(out).size < 3_000_000, `vsix is ${statSync(out).size} bytes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
