// The fuzzer's child process: rebuilds input `index` of the run from (seed, index), analyses it and
// answers with the result. It runs apart from the parent so that a V8 abort or a runaway input
// kills only it (the parent counts the abort, starts another and goes on).
import { ready } from '../../engine/analyze';
import { checkInput } from './check';
import { corpus, fuzzInput } from './mutate';
import { REPO_ROOT } from './paths';

const [seedArg, exoticArg] = process.argv.slice(2);
const seed = Number(seedArg);
const exotic = exoticArg === '1';
const seeds = corpus(REPO_ROOT);

// The parent went away (killed, or done): nothing is left to answer.
process.on('disconnect', () => process.exit(0));

void ready().then(() => {
  process.on('message', (msg: { index: number }) => {
    let input;
    try {
      input = fuzzInput(seeds, seed, msg.index, exotic);
    } catch (err) {
      // A fault of the fuzzer itself, reported as a failure of the run rather than a dead worker.
      const result = { problems: [{ kind: 'exception', message: `the fuzzer could not build this input: ${String(err)}` }], findings: 0, cpuMs: 0, exoticLineEnds: false };
      process.send!({ index: msg.index, result, origin: '?', mutations: [], chars: 0, language: 'python', exoticLineEnds: false });
      return;
    }
    const result = checkInput(input);
    process.send!({ index: msg.index, result, origin: input.origin, mutations: input.mutations, chars: input.text.length, language: input.language, exoticLineEnds: input.exoticLineEnds });
  });
  process.send!({ ready: true });
});
