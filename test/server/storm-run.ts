// `npm run fuzz:lsp [-- --seed N --actions N --big-lines N]`: the long LSP storm (storm.ts) against
// dist/server.js, with a 20,000-line model file open. Prints the figures (requests, answered, latency,
// cancellations, seed) as text and JSON; exits 1 when a request went unanswered, took 2 s or more,
// a cancelled one was not answered -32800, or the server was unhealthy after.
import { runStorm, summary } from './storm';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v < 0) {
    console.error(`--${name} needs a non-negative number`);
    process.exit(2);
  }
  return v;
}

async function main(): Promise<number> {
  const seed = arg('seed', Math.floor(Math.random() * 2 ** 31));
  const actions = arg('actions', 4000);
  const bigLines = arg('big-lines', 20_000);
  const started = performance.now();
  const r = await runStorm({ seed, actions, bigLines, maxGapMs: 8, log: (l) => console.error(l) });
  console.log(summary(r));
  const { stderr, ...figures } = r;
  console.log(JSON.stringify({ ...figures, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }));
  const ok = r.unanswered.length === 0 && r.maxLatencyMs < 2000 && r.cancelledWith32800 === r.cancelled && r.unexpected.length === 0 && r.healthy.document && r.healthy.notebook && r.healthy.hover && r.exitCode === 0;
  if (!ok && stderr) console.error(stderr);
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code), (err: unknown) => {
  console.error(err);
  process.exit(2);
});
