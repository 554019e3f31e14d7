// The engine fuzzer in `npm test`: a few hundred mutated fixtures and examples (Python, notebooks,
// TypeScript/JavaScript), each analysed in a child process without an exception, an abort or a
// timeout, under 5 s of CPU, with every reported range inside the document. The seed is the day's
// date unless INITLINT_FUZZ_SEED sets it; it is printed, and `npm run fuzz -- COUNT SEED` replays it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSeed, formatSummary, runFuzz } from './runner';

const SEED = Number(process.env.INITLINT_FUZZ_SEED ?? defaultSeed());
const COUNT = Number(process.env.INITLINT_FUZZ_COUNT ?? 250);

test(`engine fuzz: ${COUNT} mutated inputs, seed ${SEED}`, { timeout: 600_000 }, async (t) => {
  const summary = await runFuzz({ count: COUNT, seed: SEED });
  t.diagnostic(formatSummary(summary));
  assert.equal(summary.inputs, COUNT);
  assert.deepEqual(summary.failures, [], `${formatSummary(summary)}\nreproduce: INITLINT_FUZZ_SEED=${SEED} npm test, or npm run fuzz -- ${COUNT} ${SEED} --save DIR`);
});

// Lone \r and U+2028/U+2029: LSP counts the first as a line end and not the others; the readers'
// shared line table that follows these rules is being merged separately. Enable this test with
// INITLINT_FUZZ_EXOTIC=1 once it has landed (then make it unconditional).
test(`engine fuzz with lone \\r and U+2028/U+2029 line ends: 200 inputs, seed ${SEED}`, { timeout: 600_000, skip: process.env.INITLINT_FUZZ_EXOTIC === '1' ? false : 'set INITLINT_FUZZ_EXOTIC=1 (awaits the shared LSP line table)' }, async (t) => {
  const summary = await runFuzz({ count: 200, seed: SEED, exotic: true });
  t.diagnostic(formatSummary(summary));
  assert.deepEqual(summary.failures, [], formatSummary(summary));
});
