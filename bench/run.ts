// Benchmark entry point: `npm run bench [-- FILTER...]`.
// Runs every registered benchmark whose name contains one of the filters (case-insensitive; all
// when none), prints a Markdown table and writes it to bench/results/latest.md (and latest.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { benchmarks } from './benchmarks';
import { type BenchResult, environment, markdownTable, runBenchmark } from './harness';

const USAGE = 'usage: node out/bench/run.js [FILTER...]   (runs the benchmarks whose name contains a FILTER)';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    console.log(`benchmarks:\n${benchmarks.map((b) => `  ${b.name}${b.description ? `  — ${b.description}` : ''}`).join('\n')}`);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-'));
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const filters = argv.map((a) => a.toLowerCase());
  const selected = benchmarks.filter((b) => filters.length === 0 || filters.some((f) => b.name.toLowerCase().includes(f)));
  if (selected.length === 0) {
    console.error(`no benchmark matches ${filters.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const results: BenchResult[] = [];
  for (const b of selected) {
    process.stderr.write(`running ${b.name} ... `);
    const r = await runBenchmark(b);
    process.stderr.write(`${r.iterations} iterations, mean ${r.meanMs.toFixed(3)} ms\n`);
    results.push(r);
  }
  const env = environment();
  const table = markdownTable(results);
  const md = `# initlint benchmarks\n\n${env}${filters.length ? ` · filter: ${filters.join(', ')}` : ''}\n\n${table}\n`;
  console.log(`\n${table}\n`);
  const dir = path.resolve(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.md'), md);
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify({ environment: env, results }, null, 2)}\n`);
  console.log(`written to ${path.relative(process.cwd(), path.join(dir, 'latest.md'))}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
