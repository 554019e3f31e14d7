// The report renderer from an esbuild bundle, as the server and the CLI run it: vega and vega-lite
// come from dist/vega.mjs beside the bundle (written by `npm run build`), not from node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.join(__dirname, '..', '..', '..');
const vegaBundle = path.join(root, 'dist', 'vega.mjs');

test('renderReportHtml works from a CommonJS bundle with dist/vega.mjs beside it', { skip: !existsSync(vegaBundle) && 'dist/vega.mjs missing: run npm run build' }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'initlint-report-'));
  try {
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { renderReportHtml } from ${JSON.stringify(path.join(root, 'engine', 'report'))};
const layer = (i: number) => ({ id: 'l' + i, name: 'fc' + i, kind: 'linear', ctor: 'nn.Linear',
  range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, predicted: { forward: 2 ** -i, backward: 2 ** i, chi: 1 } });
renderReportHtml({ version: 1, path: 'm.py', models: [{ name: 'M', framework: 'pytorch',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, layers: [0, 1, 2].map(layer), notes: [] }] })
  .then((html) => process.stdout.write(html));
`,
    );
    await esbuild.build({ entryPoints: [entry], outfile: path.join(dir, 'report.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent' });
    copyFileSync(vegaBundle, path.join(dir, 'vega.mjs'));
    // Run it where no node_modules can be found: vega must come from vega.mjs.
    const html = execFileSync(process.execPath, [path.join(dir, 'report.js')], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    assert.equal((html.match(/<svg[\s>]/g) ?? []).length, 1);
    assert.match(html, /for a log scale/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
