// `npm run fuzz [-- COUNT [SEED]] [--exotic] [--save DIR]`: the long engine fuzz. COUNT defaults to
// 2,000, SEED to $INITLINT_FUZZ_SEED or the day's date; --exotic adds lone \r and U+2028/U+2029
// line ends; --save writes every failing input to DIR (the makings of a regression fixture).
// Exit status 1 when any input failed.
import { defaultSeed, formatSummary, runFuzz } from './runner';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const exotic = args.includes('--exotic');
  if (exotic) args.splice(args.indexOf('--exotic'), 1);
  const saveDir = flag('--save');
  const count = Number(args[0] ?? 2000);
  const seed = Number(args[1] ?? process.env.INITLINT_FUZZ_SEED ?? defaultSeed());
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- [COUNT [SEED]] [--exotic] [--save DIR]\n');
    process.exit(2);
  }
  process.stdout.write(`engine fuzz: ${count} inputs, seed ${seed}${exotic ? ', exotic line ends' : ''} (reproduce: npm run fuzz -- ${count} ${seed}${exotic ? ' --exotic' : ''})\n`);
  const started = Date.now();
  const summary = await runFuzz({
    count,
    seed,
    exotic,
    ...(saveDir ? { saveDir } : {}),
    progressEvery: 500,
    onProgress: (done, s) => process.stdout.write(`  ${done}/${count} after ${((Date.now() - started) / 1000).toFixed(0)} s: ${s.failures.length} failures\n`),
  });
  process.stdout.write(`${formatSummary(summary)}\n`);
  process.exit(summary.failures.length ? 1 : 0);
}

void main();
