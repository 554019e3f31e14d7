// LSP storm (issue 11): a few hundred valid and malformed messages, bursts and cancellations thrown at
// the server, seeded. Every request is answered within 2 s, every request cancelled in the same write
// is answered RequestCancelled (-32800), refused and malformed ones get the error the spec names, and
// the server still works afterwards. The seed is printed; replay one with INITLINT_STORM_SEED=<seed>.
// `npm run fuzz:lsp` runs the long version (storm-run.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStorm, summary } from './storm';

const seed = Number(process.env.INITLINT_STORM_SEED ?? Math.floor(Math.random() * 2 ** 31));

test(`LSP storm, seed ${seed}: every request answered within 2 s, cancelled ones with -32800, the server healthy after`, { timeout: 180_000 }, async () => {
  const r = await runStorm({ seed, actions: 300, bigLines: 2000 });
  const text = summary(r);
  console.log(text);
  assert.deepEqual(r.unanswered, [], `unanswered requests\n${text}\n${r.stderr}`);
  assert.ok(r.maxLatencyMs < 2000, `slowest answer ${r.maxLatencyMs.toFixed(0)} ms (${r.slowest})\n${text}`);
  assert.ok(r.cancelled > 10, `the storm cancelled ${r.cancelled} requests`);
  assert.equal(r.cancelledWith32800, r.cancelled, `cancelled requests answered -32800\n${text}`);
  assert.deepEqual(r.unexpected, [], `answers other than expected\n${text}`);
  assert.ok(r.malformed > 50, `${r.malformed} malformed messages`);
  // Bodies that are not JSON, and messages without a usable id, are answered with id null.
  assert.ok(r.nullIdErrors > 0, text);
  assert.ok((r.codes['-32002'] ?? 0) >= 3, 'requests before initialize: ServerNotInitialized');
  assert.deepEqual(r.healthy, { document: true, notebook: true, hover: true }, `after the storm\n${text}\n${r.stderr}`);
  assert.equal(r.exitCode, 0, 'shutdown then exit ends with 0');
});
