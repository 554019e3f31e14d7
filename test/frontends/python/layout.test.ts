// The Python reader's layering (ARCHITECTURE.md): the evaluator in eval/ reaches framework
// knowledge only through plugin.ts, and framework folders do not reach into each other's plug-ins,
// so that framework readers can be changed independently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join('engine', 'frontends', 'python');
const FRAMEWORKS = ['torch', 'keras', 'flax', 'tensorflow', 'jax', 'shaped'];

/** The relative module specifiers a TypeScript file imports at run time or for types. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

test('eval/ imports no framework folder', () => {
  const dir = join(ROOT, 'eval');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 5, `expected the evaluator's files in ${dir}`);
  for (const f of files) {
    for (const spec of importsOf(join(dir, f))) {
      const top = /^\.\.\/([\w-]+)/.exec(spec)?.[1];
      assert.ok(!top || !FRAMEWORKS.includes(top), `${f} imports ${spec}: the evaluator must reach frameworks through ../plugin.ts`);
    }
  }
});

test('no framework folder imports another framework\'s plug-in', () => {
  for (const fw of FRAMEWORKS) {
    for (const f of readdirSync(join(ROOT, fw)).filter((x) => x.endsWith('.ts'))) {
      for (const spec of importsOf(join(ROOT, fw, f))) {
        const m = /^\.\.\/([\w-]+)\/plugin$/.exec(spec);
        assert.ok(!m || m[1] === fw, `${fw}/${f} imports ${spec}`);
        assert.notEqual(spec, '../index', `${fw}/${f} imports the reader's front door`);
      }
    }
  }
});
