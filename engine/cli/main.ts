// Entry point of the `initlint` CLI (bundled to dist/cli.js). On the main thread it runs the command;
// loaded as a worker thread by the check pool (the bundle re-spawns itself), it serves file batches.
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './cli';
import { runWorker, WORKER_MARK } from './pool';

if (!isMainThread) {
  if ((workerData as Record<string, unknown> | null)?.[WORKER_MARK]) runWorker();
} else {
  // A closed stdout (`initlint check . | head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`initlint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
