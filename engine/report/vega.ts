// Vega-Lite -> Vega -> SVG in Node, with no DOM and no canvas.
//
// vega 6 and vega-lite 6 are ESM-only, and vega's module graph has a top-level await (vega-canvas
// probes for the optional `canvas` package), so `require()` of it fails even on Node 20.20
// (ERR_REQUIRE_ASYNC_MODULE). They are therefore loaded with a real dynamic `import()`, once, and
// rendering is async:
// - from the esbuild bundles in dist/ (CLI, language server), the build writes `dist/vega.mjs`
//   (vega + vega-lite as one minified ES module) next to the bundle, and that file is imported;
// - from the tsc output in out/ (tests, benches), the packages are imported from node_modules.
// The `import()` is hidden from tsc and esbuild in a Function so that neither rewrites it to
// `require()`.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The part of vega's API used here. */
interface VegaApi {
  parse(spec: unknown, config?: unknown, options?: unknown): unknown;
  View: new (runtime: unknown, options: { renderer: 'none'; logger?: unknown; logLevel?: number }) => {
    toSVG(scaleFactor?: number): Promise<string>;
    finalize(): void;
  };
  logger(level?: number, method?: string, handler?: unknown): unknown;
  None: number;
}

/** The part of vega-lite's API used here. */
interface VegaLiteApi {
  compile(spec: unknown, options?: { logger?: unknown }): { spec: unknown };
}

export interface VegaModules {
  vega: VegaApi;
  vegaLite: VegaLiteApi;
}

/** The bundled module's name next to dist/*.js; scripts/build.mjs writes it. */
export const VEGA_BUNDLE_FILE = 'vega.mjs';

const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let loading: Promise<VegaModules> | undefined;

/** Loads vega and vega-lite once (about 150 ms the first time). */
export function loadVega(): Promise<VegaModules> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function load(): Promise<VegaModules> {
  const bundled = path.join(__dirname, VEGA_BUNDLE_FILE);
  if (existsSync(bundled)) {
    const m = (await nativeImport(pathToFileURL(bundled).href)) as { vega: VegaApi; vegaLite: VegaLiteApi };
    return { vega: m.vega, vegaLite: m.vegaLite };
  }
  // Resolved by name from a variable, so that esbuild leaves these lines alone.
  const [vega, vegaLite] = await Promise.all(['vega', 'vega-lite'].map((name) => nativeImport(pathToFileURL(require.resolve(name)).href)));
  return { vega: vega as VegaApi, vegaLite: vegaLite as VegaLiteApi };
}

/**
 * Compiles a Vega-Lite spec and renders it to an SVG string with vega's headless View. Warnings
 * are silenced: they would otherwise go to the console, which the language server must not use.
 */
export async function renderVegaLiteSvg(spec: object): Promise<string> {
  const { vega, vegaLite } = await loadVega();
  const logger = vega.logger(vega.None);
  const compiled = vegaLite.compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.None });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
