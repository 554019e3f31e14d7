// Seeded mutations of the project's own fixtures and examples (Python, notebooks built from them,
// TypeScript/JavaScript), for the engine fuzzer. Everything here is a pure function of the seed and
// the input index, so any input can be rebuilt from the two numbers a failure report prints.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Language = 'python' | 'notebook' | 'script';

export interface Seed {
  /** Where it comes from, relative to the repository. */
  origin: string;
  language: Language;
  text: string;
}

export interface FuzzInput {
  /** File name to analyse it under (the extension selects the reader). */
  path: string;
  language: Language;
  text: string;
  /** The seed file and the mutations applied, for the report. */
  origin: string;
  mutations: string[];
  /** Line ends LSP counts that not every reader may follow yet (lone \r, U+2028/U+2029 in scripts). */
  exoticLineEnds: boolean;
}

const SCRIPT = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

function* files(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

/** A notebook (nbformat 4) whose code cells are the file's blank-line-separated chunks. */
export function asNotebook(python: string): string {
  const chunks = python.split(/\n\s*\n/).filter((c) => c.trim());
  const cells = chunks.map((c, i) =>
    i % 3 === 2
      ? { cell_type: 'markdown', metadata: {}, source: [`## part ${i}\n`] }
      : { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: c.split(/(?<=\n)/) },
  );
  return JSON.stringify({ cells, metadata: { language_info: { name: 'python' } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

/** The project's fixtures and examples (sorted, so a seed means the same inputs everywhere), plus notebooks of the Python ones. */
export function corpus(root: string): Seed[] {
  const out: Seed[] = [];
  for (const dir of ['test/fixtures', 'examples', 'test/fuzz/regressions']) {
    for (const path of files(join(root, dir))) {
      const ext = extname(path);
      const origin = relative(root, path);
      if (ext === '.py') out.push({ origin, language: 'python', text: readFileSync(path, 'utf8') });
      else if (ext === '.ipynb') out.push({ origin, language: 'notebook', text: readFileSync(path, 'utf8') });
      else if (SCRIPT.has(ext)) out.push({ origin, language: 'script', text: readFileSync(path, 'utf8') });
    }
  }
  const python = out.filter((s) => s.language === 'python');
  for (let i = 0; i < python.length; i += 4) out.push({ origin: `${python[i]!.origin} as a notebook`, language: 'notebook', text: asNotebook(python[i]!.text) });
  return out;
}

/**
 * Largest input the fuzzer builds (a mutation that would grow past it is cut back). 200 KB: a
 * model-dense file costs about 0.5 s per 1,000 lines end to end, twice that when IL005 verifies its
 * fixes with a second analysis, so 400 KB inputs of that kind pass the 5 s CPU bound only without
 * fixes; larger documents are the server's size cap's to refuse.
 */
export const MAX_CHARS = 200_000;

type Rand = () => number;
type Mutation = (text: string, r: Rand, language: Language) => string;

const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

function lines(text: string): string[] {
  return text.split('\n');
}

const PY_SNIPPETS = [
  'x = [1]\nfor i in range(100):\n    x = x + x\n',
  'a = [0]*1000\nb = a*1000\nc = b*1000\n',
  "s = 'a'\n" + 's = s + s\n'.repeat(30),
  "s = 'a'\n" + "s = f'{s}{s}'\n".repeat(30),
  'class C:\n    def __init__(self, config: C):\n        self.x = 1\n',
  'class A:\n    b = B()\nclass B:\n    a = A()\n',
  'layers = []\nfor i in range(2000):\n    layers.append(nn.Linear(8, 8))\nnet = nn.Sequential(*layers)\n',
  'net = nn.Sequential(nn.Linear(0, 10), nn.LeakyReLU(2**1024), nn.Linear(10, 1e300))\n',
  'm = nn.Sequential()\nfor i in range(3000):\n    m = nn.Sequential(m)\n',
  'x = [1]\nfor i in range(200):\n    x = [x, x]\nnet = nn.Sequential(nn.Linear(4, 4, x))\n',
  'else:\n    pass\n',
  'except:\n    pass\n',
  'def f(x):\n    return f(x)\nf(1)\n',
  'class Net(Net):\n    pass\n',
  'n = 1 << 4000\nk = ~n >> 3\nw = 10**400\n',
];

const TS_SNIPPETS = [
  'const model = tf.sequential();\nfor (let i = 0; i < 5000; i++) model.add(tf.layers.dense({ units: 8, inputShape: [8] }));\n',
  "model.add(tf.layers.dense({ units: 0, kernelInitializer: tf.initializers.randomNormal({ stddev: 1e400 }) }));\n",
  'let x = [1];\nfor (let i = 0; i < 100; i++) x = x.concat(x);\n',
  'function f(n) { return f(n + 1); }\nf(0);\n',
];

const NUMBERS = ['0', '-1', '1e400', '-1e400', '1e-400', '10**10000', '2**1024', '1' + '0'.repeat(400), '0.5', 'float("nan")', '123456789012345678901234567890', '2**53 + 1', '1 << 70', '~0'];

/** Keeps a mutation's output under MAX_CHARS. */
function cap(text: string): string {
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}

const MUTATIONS: Record<string, Mutation> = {
  'delete lines': (t, r) => {
    const ls = lines(t);
    ls.splice(int(r, ls.length), 1 + int(r, 3));
    return ls.join('\n');
  },
  'duplicate lines': (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    const block = ls.slice(i, i + 1 + int(r, 8));
    const indent = r() < 0.3 ? '    ' : '';
    ls.splice(i, 0, ...block.map((l) => indent + l));
    return ls.join('\n');
  },
  'swap tokens': (t, r) => {
    const tokens = [...t.matchAll(/\w+|[^\s\w]/g)];
    if (tokens.length < 2) return t;
    let [a, b] = [tokens[int(r, tokens.length)]!, tokens[int(r, tokens.length)]!];
    if (a.index! > b.index!) [a, b] = [b, a];
    if (a.index === b.index) return t;
    return t.slice(0, a.index) + b[0] + t.slice(a.index! + a[0].length, b.index) + a[0] + t.slice(b.index! + b[0].length);
  },
  'remove brackets or colons': (t, r) => {
    const at = [...t.matchAll(/[()[\]{}:]/g)];
    let out = t;
    for (let k = 0, n = 1 + int(r, 4); k < n && at.length; k++) {
      const m = at.splice(int(r, at.length), 1)[0]!;
      out = out.slice(0, m.index!) + ' ' + out.slice(m.index! + 1); // same length: later indices stay valid
    }
    return out;
  },
  'deep nesting': (t, r, language) => {
    const ls = lines(t);
    const i = int(r, ls.length + 1);
    const depth = pick(r, [50, 300, 1000, 5000, 20000]);
    let inject: string;
    const shape = int(r, 4);
    if (shape === 0) inject = `x = ${'('.repeat(depth)}1${')'.repeat(depth)}`;
    else if (shape === 1) inject = `x = ${'['.repeat(depth)}${']'.repeat(depth)}`;
    else if (shape === 2 && language !== 'script') inject = Array.from({ length: Math.min(depth, 400) }, (_, k) => `${'    '.repeat(k)}if x:`).join('\n') + `\n${'    '.repeat(Math.min(depth, 400))}pass`;
    else inject = `y = ${Array.from({ length: Math.min(depth, 5000) }, () => 'f(').join('')}0${')'.repeat(Math.min(depth, 5000))}`;
    if (language === 'script') inject = inject.replace(/^x = /, 'const x = ').replace(/^y = /, 'const y = ');
    ls.splice(i, 0, inject);
    return ls.join('\n');
  },
  'huge literals': (t, r) => {
    const nums = [...t.matchAll(/\b\d+(\.\d+)?\b/g)];
    if (!nums.length) return t + `\nx = ${pick(r, NUMBERS)}\n`;
    let out = t;
    for (let k = 0, n = 1 + int(r, 3); k < n; k++) {
      const m = pick(r, nums);
      out = out.slice(0, m.index!) + pick(r, NUMBERS) + out.slice(m.index! + m[0].length);
      break; // one replacement per application: later indices would shift
    }
    return out;
  },
  'long line': (t, r, language) => {
    const ls = lines(t);
    const n = pick(r, [10_000, 50_000, 150_000]);
    const kinds = language === 'script' ? [`const s = "${'a'.repeat(n)}";`, `// ${'c'.repeat(n)}`, `const v = ${'1+'.repeat(n / 2)}1;`] : [`s = "${'a'.repeat(n)}"`, `# ${'c'.repeat(n)}`, `v = ${'1+'.repeat(n / 2)}1`];
    ls.splice(int(r, ls.length + 1), 0, pick(r, kinds));
    return ls.join('\n');
  },
  'CRLF line ends': (t) => t.replace(/\r?\n/g, '\r\n'),
  'mixed line ends': (t, r) => t.replace(/\r?\n/g, () => (r() < 0.5 ? '\r\n' : '\n')),
  'repetition': (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    const block = ls.slice(i, i + 1 + int(r, 12)).join('\n');
    // Bounded before it is built: the repeated block must fit MAX_CHARS, not just the result.
    const times = Math.min(pick(r, [10, 100, 1000, 5000]), Math.floor(MAX_CHARS / (block.length + 1)));
    return cap([...ls.slice(0, i), ...Array<string>(times).fill(block), ...ls.slice(i)].join('\n'));
  },
  'whole-file repetition': (t, r) => cap(Array<string>(Math.max(1, Math.min(pick(r, [2, 16, 128]), Math.floor(MAX_CHARS / (t.length + 1))))).fill(t).join('\n')),
  'pathological snippet': (t, r, language) => {
    const ls = lines(t);
    ls.splice(int(r, ls.length + 1), 0, pick(r, language === 'script' ? TS_SNIPPETS : PY_SNIPPETS));
    return ls.join('\n');
  },
  'truncate': (t, r) => t.slice(0, int(r, t.length + 1)),
  'odd characters': (t, r) => {
    let out = t;
    for (let k = 0, n = 1 + int(r, 6); k < n; k++) {
      const at = int(r, out.length + 1);
      out = out.slice(0, at) + pick(r, ['\u0000', '\uFEFF', '\uD83D', '\uDE00', '😀', '\t', '\u00A0', 'é', '\\', '"""', "'''", '#', '\u000C', '\u000B']) + out.slice(at);
    }
    return out;
  },
  'zero and negative widths': (t, r) => t.replace(/\b(Linear|Dense|Conv[123]d|Conv[123]D|dense)\((\d+)/g, (m, name: string) => (r() < 0.5 ? `${name}(${pick(r, ['0', '-3', '2.5', '1e300', '10**20'])}` : m)),
};

/** Line-end mutations LSP defines but not every reader follows yet: kept apart (see engine-fuzz.test.ts). */
const EXOTIC: Record<string, Mutation> = {
  'lone CR line ends': (t, r) => t.replace(/\r?\n/g, () => (r() < 0.5 ? '\r' : '\n')),
  'U+2028/U+2029 in lines': (t, r) => {
    let out = t;
    for (let k = 0, n = 1 + int(r, 4); k < n; k++) {
      const at = int(r, out.length + 1);
      out = out.slice(0, at) + pick(r, ['\u2028', '\u2029', '\u0085']) + out.slice(at);
    }
    return out;
  },
};

const NAMES = Object.keys(MUTATIONS);
const EXOTIC_NAMES = Object.keys(EXOTIC);

/** Notebook mutations: on the JSON text itself (malformed documents), or on the joined code cells. */
function mutateNotebook(json: string, r: Rand, names: string[], exotic: boolean): { text: string; applied: string[] } {
  if (r() < 0.25) {
    const name = pick(r, ['truncate', 'swap tokens', 'remove brackets or colons', 'odd characters']);
    return { text: MUTATIONS[name]!(json, r, 'notebook'), applied: [`notebook JSON: ${name}`] };
  }
  let doc: { cells: { cell_type: string; source: string[] | string }[] };
  try {
    doc = JSON.parse(json) as typeof doc;
  } catch {
    return { text: json, applied: [] };
  }
  const applied: string[] = [];
  for (const cell of doc.cells) {
    if (cell.cell_type !== 'code' || r() < 0.6) continue;
    const src = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    const name = pick(r, names);
    let mutated = (exotic && r() < 0.5 ? EXOTIC[pick(r, EXOTIC_NAMES)]! : MUTATIONS[name]!)(src, r, 'python');
    if (!exotic) mutated = mutated.replace(/\r(?!\n)/g, '\n');
    cell.source = r() < 0.5 ? mutated : mutated.split(/(?<=\n)/);
    applied.push(`cell: ${name}`);
  }
  return { text: cap(JSON.stringify(doc)), applied };
}

/**
 * Input number `index` of a run with `seed`: a seed file picked and mutated one to three times.
 * With `exotic`, line-end mutations that LSP defines but not every reader follows yet are added.
 */
export function fuzzInput(seeds: readonly Seed[], seed: number, index: number, exotic = false): FuzzInput {
  const r = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const s = seeds[int(r, seeds.length)]!;
  const path = s.language === 'python' ? 'fuzz.py' : s.language === 'notebook' ? 'fuzz.ipynb' : `fuzz${extname(s.origin) || '.ts'}`;
  let text: string;
  let applied: string[];
  if (s.language === 'notebook') ({ text, applied } = mutateNotebook(s.text, r, NAMES, exotic));
  else {
    text = s.text;
    applied = [];
    for (let k = 0, n = 1 + int(r, 3); k < n; k++) {
      const useExotic = exotic && (k === 0 || r() < 0.3);
      const name = useExotic ? pick(r, EXOTIC_NAMES) : pick(r, NAMES);
      text = cap((useExotic ? EXOTIC[name]! : MUTATIONS[name]!)(text, r, s.language));
      applied.push(name);
    }
  }
  // Without `exotic`, a lone \r that a cut or an inserted character left behind becomes a \n:
  // those inputs belong to the exotic run.
  if (!exotic) text = text.replace(/\r(?!\n)/g, '\n');
  return { path, language: s.language, text, origin: s.origin, mutations: applied, exoticLineEnds: EXOTIC_LINE_END.test(text) };
}

/** A lone \r (a line end for LSP), or U+2028, U+2029, U+0085 (none for LSP; line ends for JavaScript's parser). */
const EXOTIC_LINE_END = /\r(?!\n)|[\u2028\u2029\u0085]/;
