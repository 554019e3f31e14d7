// The TypeScript compiler API (typescript 6.0.x, the last line with the classic JavaScript API:
// ts.createSourceFile), loaded on first use: requiring it costs about 150 ms and 50 MB, which a
// Python-only session, or a script file that never mentions TensorFlow.js, must not pay. The
// bundles (dist/cli.js, dist/server.js) do not inline it: scripts/build.mjs copies the package's
// self-contained lib/typescript.js beside them as dist/typescript.js, loaded from here on demand
// (inlined, it added 10 MB to each bundle and about 110 ms to every server start). From out/ (tests,
// benches) the installed package is used.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as TS from 'typescript';

export type { TS };

let loaded: typeof TS | undefined;

export function typescript(): typeof TS {
  if (!loaded) {
    const beside = path.join(__dirname, 'typescript.js');
    // module.require, not require: the bundler must leave this load to run time.
    loaded = (fs.existsSync(beside) ? module.require(beside) : module.require('typescript')) as typeof TS;
  }
  return loaded;
}

/** The parser's syntax errors (the source file's parseDiagnostics, which the public API does not type). */
export function parseDiagnostics(sf: TS.SourceFile): readonly TS.DiagnosticWithLocation[] {
  return (sf as unknown as { parseDiagnostics?: readonly TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

/** The script kind a path's extension asks for. */
export function scriptKindOf(path: string): TS.ScriptKind {
  const ts = typescript();
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  switch (ext) {
    case 'tsx':
      return ts.ScriptKind.TSX;
    case 'jsx':
      return ts.ScriptKind.JSX;
    case 'js':
    case 'mjs':
    case 'cjs':
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
}

/** Parses a file: syntax only, no parent pointers, no JSDoc (neither is needed; both cost time). */
export function parseScript(path: string, text: string): TS.SourceFile {
  const ts = typescript();
  return ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKindOf(path));
}
