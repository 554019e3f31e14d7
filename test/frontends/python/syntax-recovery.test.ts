// A syntax error costs only the broken statement: every positive Python fixture gets each kind of
// broken top-level statement (a stray else:/except:/elif, an unclosed bracket, a missing colon)
// inserted between its top-level statements, and the findings of everything else must stay the
// same codes on the same lines (shifted by the inserted lines), with a note naming the lines skipped.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../../engine/analyze';
import { parsePython } from '../../../engine/frontends/python';
import { positivePythonFixtures, type SourceFile } from '../../helpers/corpus';

before(async () => {
  await ready();
});

interface BrokenStatement {
  kind: string;
  lines: string[];
  /** A statement after which this text would be valid Python (a clause of it), so it is not tried there. */
  attachesTo?: RegExp;
}

const BROKEN: BrokenStatement[] = [
  { kind: 'stray else', lines: ['else:', '    pass'], attachesTo: /^(if|for|while|try|async\s+for)\b/ },
  { kind: 'stray except', lines: ['except Exception:', '    pass'], attachesTo: /^try\b/ },
  { kind: 'stray elif', lines: ['elif flag:', '    pass'], attachesTo: /^if\b/ },
  { kind: 'unclosed bracket', lines: ['broken = compute(1, 2'] },
  { kind: 'missing colon', lines: ['def broken(x)', '    return x'] },
];

/** 0-based lines after which a top-level statement ends and another begins, with that statement's text. */
function boundaries(text: string): { after: number; statement: string }[] {
  const tree = parsePython(text);
  try {
    const stmts = tree.rootNode.namedChildren.filter((c) => c !== null && c.type !== 'comment');
    const out: { after: number; statement: string }[] = [];
    for (let i = 0; i + 1 < stmts.length; i++) out.push({ after: stmts[i]!.endPosition.row, statement: stmts[i]!.text });
    return out;
  } finally {
    tree.delete();
  }
}

/** First, middle and last boundary (fewer when the file has fewer). */
function places<T>(all: T[]): T[] {
  const picked = new Set([0, Math.floor((all.length - 1) / 2), all.length - 1].filter((i) => i >= 0 && i < all.length));
  return [...picked].sort((a, b) => a - b).map((i) => all[i]!);
}

const pairsOf = (findings: { code: string; range: { start: { line: number } } }[]): string[] => findings.map((f) => `${f.range.start.line}:${f.code}`).sort();

interface Trial {
  fixture: string;
  kind: string;
  /** 0-based first inserted line. */
  at: number;
  lost: string[];
  gained: string[];
  note?: string;
}

/** The 1-based line spans a note says were skipped: 'lines 10-12, 20 skipped'. */
function skippedSpans(note: string): [number, number][] {
  const m = /lines? ([\d, -]+) skipped/.exec(note);
  if (!m) return [];
  return m[1]!.split(',').map((part) => {
    const [lo, hi] = part.trim().split('-').map(Number);
    return [lo!, hi ?? lo!] as [number, number];
  });
}

function trials(fixtures: SourceFile[]): Trial[] {
  const out: Trial[] = [];
  for (const f of fixtures) {
    const eol = f.text.includes('\r\n') ? '\r\n' : '\n';
    const lines = f.text.split(/\r\n|\r|\n/);
    const clean = analyzeText(f.name, f.text);
    const baseline = pairsOf(clean.findings);
    for (const place of places(boundaries(f.text))) {
      for (const b of BROKEN) {
        if (b.attachesTo?.test(place.statement)) continue;
        const at = place.after + 1;
        const broken = [...lines.slice(0, at), ...b.lines, ...lines.slice(at)].join(eol);
        const tree = parsePython(broken);
        const hasError = tree.rootNode.hasError;
        tree.delete();
        assert.ok(hasError, `${f.name}: inserting the ${b.kind} after line ${at} must be a syntax error`);
        const expected = baseline.map((p) => {
          const [line, code] = p.split(':');
          const n = Number(line);
          return `${n >= at ? n + b.lines.length : n}:${code}`;
        }).sort();
        const a = analyzeText(f.name, broken);
        const actual = pairsOf(a.findings);
        const lost = expected.filter((p) => !actual.includes(p));
        const gained = actual.filter((p) => !expected.includes(p));
        const note = a.notes.find((n) => /syntax error/.test(n.message))?.message;
        out.push({ fixture: f.name, kind: b.kind, at, lost, gained, ...(note ? { note } : {}) });
      }
    }
  }
  return out;
}

test('a broken top-level statement costs no finding outside it (every positive Python fixture x 5 kinds x up to 3 places)', () => {
  const fixtures = positivePythonFixtures();
  assert.ok(fixtures.length >= 100, `expected the positive Python fixtures, found ${fixtures.length}`);
  const all = trials(fixtures);
  const losing = all.filter((t) => t.lost.length > 0);
  const gaining = all.filter((t) => t.gained.length > 0);
  const byKind = new Map<string, [number, number]>();
  for (const t of all) {
    const k = byKind.get(t.kind) ?? [0, 0];
    k[0]++;
    if (t.lost.length > 0) k[1]++;
    byKind.set(t.kind, k);
  }
  console.log(
    `\nsyntax-error recovery: ${all.length} (fixture, broken statement) pairs over ${fixtures.length} fixtures; ${losing.length} lose a finding, ${gaining.length} gain one\n` +
      [...byKind].map(([k, [n, l]]) => `  ${k}: ${l} of ${n} lose a finding`).join('\n'),
  );
  const show = (ts: Trial[], what: 'lost' | 'gained'): string =>
    ts.slice(0, 10).map((t) => `${t.fixture} + ${t.kind} at line ${t.at + 1}: ${what} ${t[what].join(', ')}`).join('\n');
  assert.equal(losing.length, 0, `findings lost:\n${show(losing, 'lost')}`);
  assert.equal(gaining.length, 0, `findings gained:\n${show(gaining, 'gained')}`);
  // The note names the skipped lines, and they hold the inserted statement.
  for (const t of all) {
    assert.ok(t.note, `${t.fixture} + ${t.kind}: no syntax-error note`);
    const spans = skippedSpans(t.note!);
    const inserted = BROKEN.find((b) => b.kind === t.kind)!.lines.length;
    for (let line = t.at + 1; line <= t.at + inserted; line++) {
      assert.ok(spans.some(([lo, hi]) => lo <= line && line <= hi), `${t.fixture} + ${t.kind}: inserted line ${line} is not among the skipped lines: ${t.note}`);
    }
  }
});

test('the note lists exactly the lines skipped, and the classes around a stray else: keep their findings', () => {
  const model = (name: string): string[] => [
    `class ${name}(nn.Module):`,
    '    def __init__(self):',
    '        super().__init__()',
    '        self.fc1 = nn.Linear(64, 64)',
    '        self.fc2 = nn.Linear(64, 10)',
    '        nn.init.zeros_(self.fc1.weight)',
    '',
    '    def forward(self, x):',
    '        return self.fc2(torch.relu(self.fc1(x)))',
  ];
  const text = [
    'import torch',
    'import torch.nn as nn',
    '',
    ...model('A'), //      lines 4-12, IL001 on line 9
    '',
    'else:', //            line 14
    '    pass', //         line 15
    '',
    ...model('B'), //      lines 17-25, IL001 on line 22
    '',
  ].join('\n');
  const a = analyzeText('two.py', text);
  assert.deepEqual(
    a.findings.filter((f) => f.code === 'IL001').map((f) => f.range.start.line + 1),
    [9, 22],
  );
  const note = a.notes.find((n) => /syntax error/.test(n.message));
  assert.ok(note);
  assert.match(note.message, /syntax error at line 14/);
  assert.deepEqual(skippedSpans(note.message), [[14, 15]]);
  assert.deepEqual(note.range, { start: { line: 13, character: 0 }, end: { line: 14, character: 8 } });
});
