// Build: type-check and compile every TypeScript file to out/ (tests and benches run from there),
// then bundle the entry points that ship (CLI, language server, VS Code client) to dist/ with esbuild.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', '.'], { stdio: 'inherit' });

const entries = [
  { in: 'engine/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/main.ts', out: 'dist/server.js' },
  { in: 'client/extension.ts', out: 'dist/client.js', external: ['vscode'] },
].filter((e) => existsSync(e.in));

mkdirSync('dist', { recursive: true });
await Promise.all(
  entries.map((e) =>
    esbuild.build({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      logLevel: 'warning',
      external: e.external ?? [],
      // web-tree-sitter locates its runtime through import.meta.url, which a CommonJS bundle lacks.
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    }),
  ),
);
// Each rule's documentation as Markdown beside the bundles: diagnostics link to it.
mkdirSync('dist/docs/rules', { recursive: true });
for (const rule of require('../out/engine/rules/registry.js').RULES) {
  writeFileSync(`dist/docs/rules/${rule.code}.md`, rule.doc);
}

// The report renderer (engine/report/vega.ts) loads vega and vega-lite, which are ESM-only with a
// top-level await, by a run-time import() of dist/vega.mjs: both as one minified ES module beside
// the bundles, so the server and the CLI pay for it only when they draw a report.
await esbuild.build({
  stdin: {
    contents: "export * as vega from 'vega';\nexport * as vegaLite from 'vega-lite';\n",
    resolveDir: '.',
    sourcefile: 'vega-entry.js',
    loader: 'js',
  },
  outfile: 'dist/vega.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  logLevel: 'warning',
  external: ['canvas'],
});
// The parser's wasm files travel next to the bundles; the frontend looks there first.
for (const [from, to] of [
  ['web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm'],
  ['tree-sitter-python/tree-sitter-python.wasm', 'dist/tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(from), to);
}
