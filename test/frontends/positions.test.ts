// Exact positions: LSP ends a line at `\n`, `\r\n` or a lone `\r` and nowhere else, and counts
// columns in UTF-16 code units. Every fixture and example, with its line ends rewritten to each of
// the three, must give the same findings at the same line and character, every range (findings,
// related locations, fix edits, notes) must lie inside the document, and applying a fix must give
// the same file whatever its line ends. U+2028/U+2029 in TS/JS (where the TypeScript compiler's
// line map breaks) and in Python must not move a finding.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready, type FileAnalysis } from '../../engine/analyze';
import type { SourceRange } from '../../engine/model/graph';
import { corpusFiles } from '../helpers/corpus';

before(async () => {
  await ready();
});

const ENDINGS = { lf: '\n', crlf: '\r\n', cr: '\r' } as const;

const withEnding = (text: string, eol: string): string => text.replace(/\r\n|\r|\n/g, eol);

/** Line lengths of a text as LSP counts lines, worked out here independently of the engine. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function inside(lengths: number[], r: SourceRange): boolean {
  const ok = (p: { line: number; character: number }): boolean =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line]!;
  const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  return ok(r.start) && ok(r.end) && ordered;
}

const key = (r: SourceRange): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Everything positional in an analysis, as comparable strings. */
function positions(a: FileAnalysis): string[] {
  const out: string[] = [];
  for (const f of a.findings) {
    out.push(`${f.code} ${key(f.range)}`);
    for (const r of f.related ?? []) out.push(`${f.code} related ${key(r.range)}`);
    for (const x of f.fixes) for (const e of x.edits) out.push(`${f.code} fix "${x.title}" ${key(e.range)}`);
  }
  for (const n of a.notes) if (n.range) out.push(`note ${key(n.range)}`);
  return out;
}

function allRanges(a: FileAnalysis): SourceRange[] {
  const out: SourceRange[] = [];
  for (const f of a.findings) {
    out.push(f.range, ...(f.related ?? []).map((r) => r.range));
    for (const x of f.fixes) out.push(...x.edits.map((e) => e.range));
  }
  for (const n of a.notes) if (n.range) out.push(n.range);
  return out;
}

/** Applies edits with offsets worked out here (not the engine's), last first. */
function applyEdits(text: string, edits: { range: SourceRange; newText: string }[]): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  const offset = (p: { line: number; character: number }): number => starts[p.line]! + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

test('every fixture and example: the same findings, at the same line and character, with \\n, \\r\\n and lone \\r line ends; every range inside the document', () => {
  const files = corpusFiles();
  assert.ok(files.length >= 300, `expected the fixtures and examples, found ${files.length}`);
  let findings = 0;
  let ranges = 0;
  let fixes = 0;
  for (const f of files) {
    const lf = withEnding(f.text, '\n');
    const base = analyzeText(f.name, lf);
    const expected = positions(base);
    for (const [name, eol] of Object.entries(ENDINGS)) {
      const text = withEnding(f.text, eol);
      const a = name === 'lf' ? base : analyzeText(f.name, text);
      if (name !== 'lf') assert.deepEqual(positions(a), expected, `${f.name} with ${name} line ends: positions differ from \\n`);
      findings += a.findings.length;
      const lengths = lineLengths(text);
      for (const r of allRanges(a)) {
        ranges++;
        assert.ok(inside(lengths, r), `${f.name} with ${name} line ends: range ${key(r)} lies outside the document (${lengths.length} lines)`);
      }
      // A fix gives the same file whatever the line ends, its own written with the file's.
      a.findings.forEach((finding, i) => {
        finding.fixes.forEach((fix, j) => {
          const patched = applyEdits(text, fix.edits);
          const reference = applyEdits(lf, base.findings[i]!.fixes[j]!.edits);
          assert.equal(withEnding(patched, '\n'), reference, `${f.name} with ${name} line ends: fix "${fix.title}" patches differently`);
          const ends = new Set([...patched.matchAll(/\r\n|\r|\n/g)].map((m) => m[0]));
          assert.ok(ends.size === 0 || (ends.size === 1 && ends.has(eol)), `${f.name} with ${name} line ends: fix "${fix.title}" writes another line end`);
          fixes++;
        });
      });
    }
  }
  console.log(`\npositions: ${files.length} files x 3 line endings, ${findings} findings compared, ${ranges} ranges checked inside the document, ${fixes} fixes applied`);
  assert.ok(findings > 500, `too few findings to compare (${findings})`);
});

/** The same file with the separator and with a space in its place: the same length, so the same columns. */
function separatorCase(name: string, template: string): void {
  for (const sep of ['\u2028', '\u2029']) {
    const text = template.replaceAll('SEP', sep);
    const plain = template.replaceAll('SEP', ' ');
    const a = analyzeText(name, text);
    const b = analyzeText(name, plain);
    assert.ok(b.findings.length > 0, `${name}: the case must raise findings`);
    assert.deepEqual(positions(a), positions(b), `${name} with U+${sep.charCodeAt(0).toString(16).toUpperCase()}: positions moved`);
    const lengths = lineLengths(text);
    for (const r of allRanges(a)) assert.ok(inside(lengths, r), `${name}: range ${key(r)} outside the document`);
  }
}

test('U+2028 and U+2029 in TS/JS strings and comments do not end a line', () => {
  const model = (tail: string): string =>
    [
      "import * as tf from '@tensorflow/tfjs';",
      `/* a block comment with a separatorSEPinside */ const label = 'aSEPb';${tail}`,
      'const note = `templateSEPtext`;',
      'const model = tf.sequential();',
      "model.add(tf.layers.dense({ units: 64, inputShape: [32], activation: 'relu', kernelInitializer: 'zeros' }));",
      "model.add(tf.layers.dense({ units: 64, activation: 'relu' }));",
      'model.add(tf.layers.dense({ units: 10 }));',
      '',
    ].join('\n');
  separatorCase('separators.ts', model(''));
  separatorCase('separators.js', model(' // a line comment ending in oneSEP'));
  const a = analyzeText('separators.ts', model('').replaceAll('SEP', '\u2028'));
  assert.deepEqual(
    a.findings.filter((f) => f.code === 'IL001').map((f) => f.range.start.line),
    [4],
    'IL001 on the zeroed layer, line 5',
  );
});

test('U+2028 and U+2029 in Python strings and comments do not end a line', () => {
  separatorCase(
    'separators.py',
    [
      'import torch',
      'import torch.nn as nn',
      'LABEL = "aSEPb"  # a commentSEPwith a separator',
      '',
      'class Net(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.fc1 = nn.Linear(64, 64)',
      '        self.fc2 = nn.Linear(64, 10)',
      '        nn.init.zeros_(self.fc1.weight)',
      '',
      '    def forward(self, x):',
      '        return self.fc2(torch.relu(self.fc1(x)))',
      '',
    ].join('\n'),
  );
});

test('a lone \\r ends a line for the Python reader: the finding is on the line an LSP client shows', () => {
  const text = ['import torch', 'import torch.nn as nn', 'class Net(nn.Module):', '    def __init__(self):', '        super().__init__()', '        self.fc1 = nn.Linear(64, 64)', '        self.fc2 = nn.Linear(64, 10)', '        nn.init.zeros_(self.fc1.weight)', '    def forward(self, x):', '        return self.fc2(torch.relu(self.fc1(x)))', ''].join('\r');
  const a = analyzeText('cr.py', text);
  assert.deepEqual(a.notes.filter((n) => /syntax error/.test(n.message)), [], 'a file with lone \\r line ends parses');
  const il001 = a.findings.filter((f) => f.code === 'IL001');
  assert.equal(il001.length, 1);
  assert.equal(il001[0]!.range.start.line, 7);
  assert.equal(il001[0]!.range.start.character, 8);
});
