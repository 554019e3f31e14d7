// TF.js rule fixtures: TypeScript/JavaScript files under test/fixtures/tfjs/IL00N/, named pos_* (must
// raise the rule) or neg_* (must stay silent), with `// expect: IL00N` markers on every line where a
// finding must start (the same convention as test/fixtures/rules, written as a JS comment).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseMarkers, repoRoot, type Fixture } from '../../helpers/fixtures';
import { parseDiagnostics, parseScript } from '../../../engine/frontends/typescript';

export const TFJS_FIXTURES = resolve(repoRoot(), 'test', 'fixtures', 'tfjs');

/** `// expect: IL001` markers (the Python helper reads `# expect:`; line numbers are kept). */
export function parseScriptMarkers(text: string): Fixture['markers'] {
  return parseMarkers(text.replace(/\/\/(\s*expect:)/g, '#$1'));
}

export function loadTfjsFixtures(root: string = TFJS_FIXTURES): Fixture[] {
  const out: Fixture[] = [];
  for (const rule of readdirSync(root).filter((d) => /^IL\d{3}$/.test(d)).sort()) {
    const dir = join(root, rule);
    for (const file of readdirSync(dir).filter((f) => /\.(ts|mts|cts|js|mjs|cjs)$/.test(f)).sort()) {
      const kind = file.startsWith('pos_') ? 'pos' : file.startsWith('neg_') ? 'neg' : undefined;
      if (!kind) throw new Error(`fixture ${rule}/${file}: name must start with pos_ or neg_`);
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      out.push({ name: relative(repoRoot(), path), path, rule, kind, text, markers: parseScriptMarkers(text) });
    }
  }
  return out;
}

/** The TypeScript parser's syntax errors in a text, as 'line: message'. */
export function syntaxErrors(path: string, text: string): string[] {
  const sf = parseScript(path, text);
  return parseDiagnostics(sf).map((d) => `${sf.getLineAndCharacterOfPosition(d.start).line + 1}: ${typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText}`);
}
