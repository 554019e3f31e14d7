// The .vsix: `vsce package --target linux-x64 --no-dependencies` (as `npm run package` runs it, on
// the dist/ that `npm run build` made) holds the bundles, both wasm files, vega.mjs, the rule docs
// and, when the build found the `webgpu` package, that one platform's dawn.node; no sources, tests
// or node_modules. Takes about 5 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = path.join(__dirname, '..', '..', '..');
const built = ['client.js', 'server.js', 'vega.mjs'].every((f) => existsSync(path.join(root, 'dist', f)));

/** An entry's contents (stored or deflated). */
function zipRead(zip: Buffer, e: { compressed: number; offset: number }): Buffer {
  const method = zip.readUInt16LE(e.offset + 8);
  const start = e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
  const data = zip.subarray(start, start + e.compressed);
  return method === 8 ? inflateRawSync(data) : data;
}

/** The names in a zip file's central directory, with their compressed sizes and local header offsets. */
function zipEntries(zip: Buffer): { name: string; compressed: number; offset: number }[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const names: { name: string; compressed: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(p), 0x02014b50);
    const nameLen = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    names.push({ name: zip.toString('utf8', p + 46, p + 46 + nameLen), compressed: zip.readUInt32LE(p + 20), offset: zip.readUInt32LE(p + 42) });
    p += 46 + nameLen + extra + comment;
  }
  return names;
}

test('the linux-x64 vsix holds the bundles, wasm files and one dawn.node, no node_modules or sources', { skip: !built && 'dist/ not built: run npm run build', timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'initlint-vsix-'));
  try {
    const out = path.join(dir, 'initlint.vsix');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--target', 'linux-x64', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: root, stdio: 'pipe' });
    const zip = readFileSync(out);
    const entries = zipEntries(zip);
    const names = entries.map((e) => e.name);
    for (const f of ['client.js', 'server.js', 'cli.js', 'vega.mjs', 'web-tree-sitter.wasm', 'tree-sitter-python.wasm']) {
      assert.ok(names.includes(`extension/dist/${f}`), `dist/${f} in ${names.join(', ')}`);
    }
    assert.ok(names.includes('extension/package.json'));
    assert.ok(names.some((n) => /^extension\/readme\.md$/i.test(n)));
    assert.ok(names.some((n) => /^extension\/license(\.txt)?$/i.test(n)));
    const unwanted = names.filter((n) => /node_modules\/|^extension\/(out|engine|server|client|test|bench|examples|scripts)\/|\.ts$|\.map$|\.vsix$/.test(n));
    assert.deepEqual(unwanted, []);
    // a platform-specific package: the manifest names its target, and it carries at most one native binary
    const manifest = entries.find((e) => e.name === 'extension.vsixmanifest');
    assert.ok(manifest);
    assert.match(zipRead(zip, manifest).toString('utf8'), /TargetPlatform="linux-x64"/);
    const natives = names.filter((n) => n.endsWith('.node'));
    const dawn = existsSync(path.join(root, 'dist', 'dawn.node'));
    assert.deepEqual(natives, dawn ? ['extension/dist/dawn.node'] : []);
    // everything but dawn.node stays under 3 MB compressed; dawn.node (webgpu 0.6.2 linux-x64, stripped:
    // 17.5 MB, 6.6 MB deflated) may add up to 7.5 MB, so the whole vsix stays under 10.5 MB
    const rest = entries.filter((e) => !e.name.endsWith('.node')).reduce((a, e) => a + e.compressed, 0);
    const native = entries.filter((e) => e.name.endsWith('.node')).reduce((a, e) => a + e.compressed, 0);
    assert.ok(rest < 3_500_000, `vsix without dawn.node is ${rest} bytes compressed`);
    assert.ok(native < 7_500_000, `dawn.node is ${native} bytes compressed`);
    assert.ok(statSync(out).size < 10_500_000, `vsix is ${statSync(out).size} bytes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
