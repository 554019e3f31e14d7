// Issue 11's reproducers (test/fuzz/reproducers.ts: list and string blow-ups, huge numbers, zero
// widths, 50,000 layers on a line, 20,000-line files, 128 Keras functional models...), timed
// through the engine. The target is under a second each, and a second per 1,000 lines for the large
// ones; the unit tests check only that they are read without an exception and keep their findings.
import { analyzeText, ready } from '../engine/analyze';
import type { Benchmark } from './harness';
import { SMALL, large, lineCount, type Reproducer } from '../test/fuzz/reproducers';

function bench(r: Reproducer): Benchmark {
  const lines = lineCount(r.text);
  return {
    name: `reproducers/${r.name}`,
    description: `${lines.toLocaleString('en-US')} lines, ${r.text.length.toLocaleString('en-US')} characters`,
    async setup() {
      await ready();
      return () => analyzeText(`${r.name}.py`, r.text);
    },
    warmup: 1,
    minIterations: 3,
    minTimeMs: 0,
    maxIterations: 3,
    work: { count: Math.max(1, lines), unit: 'lines' },
  };
}

export const reproducerBenchmarks: Benchmark[] = [...SMALL, ...large()].map(bench);
