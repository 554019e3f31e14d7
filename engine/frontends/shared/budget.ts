// The bounds of one file's evaluation, shared by the Python and the TypeScript evaluators. The
// evaluators run code written by the user on abstract values, so a file can ask for anything:
// `for i in range(100): x = x + x` asks for a list of 2^100 items. Every value the program builds
// is checked against these limits before it is allocated (a value that would not fit becomes
// unknown), and every step counts against a budget in steps and in wall-clock time that grows with
// the file's size; once it is spent the rest of the file is unknown and a note says so.

export interface EvalLimits {
  /** Statements and expressions evaluated, for the whole file. */
  steps: number;
  /** Wall-clock milliseconds for the whole file. */
  timeMs: number;
  /** Items of one list, tuple, dict or array the program builds (more becomes unknown). */
  items: number;
  /** Characters of one string the program builds. */
  chars: number;
  /** Iterations of one loop or comprehension that are unrolled. */
  unroll: number;
  /** Nested function calls and class instantiations. */
  callDepth: number;
  /** Expression nesting (thousands of parentheses are not model code). */
  nesting: number;
  /** Layers read into one model (a deeper model is cut there, with a note): bounds per-model work downstream. */
  layersPerModel: number;
}

/**
 * Limits for a file of `length` characters: a base that covers any real model file, plus a
 * per-character allowance, so that a file's budget grows linearly with its size.
 */
export function limitsFor(length: number): EvalLimits {
  return {
    steps: 400_000 + 40 * length,
    timeMs: 1_000 + length / 400,
    items: 100_000,
    chars: 1_000_000,
    unroll: 1024,
    callDepth: 24,
    nesting: 300,
    layersPerModel: 2_000,
  };
}

/**
 * The size a file's budget is computed from: its characters with each `\r\n` counted as one, so
 * that the same code is read exactly the same way with `\n`, `\r\n` or lone `\r` line ends (a loop
 * cut short is cut at the same iteration, whatever the line ends).
 */
export function budgetSize(text: string): number {
  let pairs = 0;
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) pairs++;
  return text.length - pairs;
}

export type Exhaustion = 'steps' | 'time';

export class Budget {
  private steps = 0;
  private readonly deadline: number;
  /** Why evaluation stopped early, once it has. */
  exhausted: Exhaustion | undefined;
  /** Some value was too large to build (it became unknown). */
  oversized = false;

  constructor(
    readonly limits: EvalLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = now() + limits.timeMs;
  }

  /** Counts one step; false once the budget is spent (then it stays spent). */
  tick(): boolean {
    if (this.exhausted) return false;
    if (++this.steps > this.limits.steps) {
      this.exhausted = 'steps';
      return false;
    }
    // The clock is read every 1,024 steps: cheap, and a step is far below a millisecond.
    if ((this.steps & 1023) === 0 && this.now() > this.deadline) {
      this.exhausted = 'time';
      return false;
    }
    return true;
  }

  /** Steps taken so far. */
  get used(): number {
    return this.steps;
  }

  /** Steps still left (0 once the budget is spent). */
  get stepsLeft(): number {
    return this.exhausted ? 0 : Math.max(0, this.limits.steps - this.steps);
  }

  /** Whether a sequence of `n` items may be built; records that one was refused. */
  fitsItems(n: number): boolean {
    if (n <= this.limits.items) return true;
    this.oversized = true;
    return false;
  }

  /** Whether a string of `n` characters may be built; records that one was refused. */
  fitsChars(n: number): boolean {
    if (n <= this.limits.chars) return true;
    this.oversized = true;
    return false;
  }

  /** The notes a reader adds when the file was not read completely. */
  notes(): string[] {
    const out: string[] = [];
    if (this.exhausted === 'steps') out.push(`initlint stopped reading this file early: it took more than ${this.limits.steps.toLocaleString('en-US')} evaluation steps, so findings cover only the part read before that`);
    if (this.exhausted === 'time') out.push(`initlint stopped reading this file early: reading it took more than ${Math.round(this.limits.timeMs)} ms, so findings cover only the part read before that`);
    if (this.oversized) out.push(`some values the code builds are larger than initlint follows (more than ${this.limits.items.toLocaleString('en-US')} items or ${this.limits.chars.toLocaleString('en-US')} characters); they were treated as unknown`);
    return out;
  }
}

/**
 * Wall-clock milliseconds for analysing what was read from a file of `length` characters (layer
 * facts, propagation, the rules and the re-analyses that verify their fixes): like the reading
 * budget, a base that covers any real model file plus an allowance per character, so that the
 * whole of a file's analysis stays linear in its size.
 */
export function analysisTimeFor(length: number): number {
  return 1_000 + length / 400;
}
