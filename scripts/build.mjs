// Build: type-check and compile every TypeScript file to out/ (tests and benches run from there),
// then bundle the entry points that ship (CLI, language server, VS Code client) to dist/ with esbuild.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', '.'], { stdio: 'inherit' });

const entries = [
  { in: 'engine/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/main.ts', out: 'dist/server.js' },
  // The language server's analysis worker threads (server/analysis-pool.ts starts them beside server.js).
  { in: 'server/analysis-worker.ts', out: 'dist/analysis-worker.js' },
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
// Probes (engine/probe): TensorFlow.js as one bundle built from the ES module builds (plain Node
// cannot load tfjs-core's gradient registrations), loaded on first use by engine/probe/tf-loader.ts:
// out/engine/probe/tfjs-runtime.js beside tsc's output (tests, benches; tsc's own tf-runtime.js is never loaded) and
// dist/tfjs-runtime.js sits beside the bundles. dist/probe-worker.js is the probe worker thread.
// The wasm backend's .wasm files are copied beside the bundles.
const tfRuntime = { entryPoints: ['engine/probe/tf-runtime.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' };
if (existsSync('engine/probe/tf-runtime.ts')) {
  await Promise.all([
    esbuild.build({ ...tfRuntime, outfile: 'out/engine/probe/tfjs-runtime.js' }),
    esbuild.build({ ...tfRuntime, outfile: 'dist/tfjs-runtime.js', minify: true }),
    esbuild.build({ entryPoints: ['engine/probe/worker.ts'], outfile: 'dist/probe-worker.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' }),
  ]);
  const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  for (const f of readdirSync(wasmDir).filter((f) => f.endsWith('.wasm'))) copyFileSync(join(wasmDir, f), `dist/${f}`);
}
// WebGPU (engine/probe/backend.ts dawnNodePath() looks beside the bundles first): this platform's
// dawn.node from the `webgpu` package, when installed, copied to dist/dawn.node and stripped of its
// debug symbols where a `strip` tool exists (21.5 MB -> 17.5 MB on linux-x64). `npm run package`
// makes a platform-specific vsix (--target linux-x64), so only one platform's binary ships.
{
  let dawn;
  try {
    const arch = process.platform === 'darwin' ? 'universal' : process.arch;
    dawn = join(dirname(require.resolve('webgpu/package.json')), 'dist', `${process.platform}-${arch}`, 'dawn.node');
  } catch {
    dawn = undefined;
  }
  if (dawn && existsSync(dawn)) {
    copyFileSync(dawn, 'dist/dawn.node');
    if (process.platform === 'linux') {
      try {
        execFileSync('strip', ['--strip-unneeded', 'dist/dawn.node'], { stdio: 'ignore' });
      } catch {
        // no strip tool: ship it unstripped
      }
    }
  } else if (existsSync('dist/dawn.node')) {
    rmSync('dist/dawn.node');
  }
}
// The TypeScript compiler API (TF.js reader), minified beside the bundles and loaded on first use by
// engine/frontends/typescript/ts.ts, so that sessions without TypeScript/JavaScript files never parse it.
await esbuild.build({ entryPoints: [require.resolve('typescript')], outfile: 'dist/typescript.js', platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning' });
// The parser's wasm files travel next to the bundles; the frontend looks there first.
for (const [from, to] of [
  ['web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm'],
  ['tree-sitter-python/tree-sitter-python.wasm', 'dist/tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(from), to);
}
