// Every input the fuzzer ever broke the engine with (test/fuzz/regressions/, each file says what it
// found): analysed without an exception, within a CPU bound, with every range inside the document.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ready } from '../../engine/analyze';
import { checkInput } from './check';
import type { Language } from './mutate';
import { REPO_ROOT } from './paths';

before(async () => {
  await ready();
});

const DIR = join(REPO_ROOT, 'test', 'fuzz', 'regressions');
const files = readdirSync(DIR).sort();

test('there are regression fixtures', () => {
  assert.ok(files.length >= 2, files.join(', '));
});

for (const name of files) {
  test(`regression ${name}`, () => {
    const ext = extname(name);
    const language: Language = ext === '.py' ? 'python' : ext === '.ipynb' ? 'notebook' : 'script';
    const result = checkInput({ path: `regression${ext}`, language, text: readFileSync(join(DIR, name), 'utf8'), origin: name, mutations: [], exoticLineEnds: false });
    assert.deepEqual(result.problems, []);
    assert.ok(result.cpuMs < 5_000, `${result.cpuMs} ms of CPU`);
  });
}
