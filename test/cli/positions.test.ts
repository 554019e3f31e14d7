// The CLI's outputs place findings where an editor does: JSON ranges (0-based LSP), SARIF regions
// (1-based, in the unit its columnKind names, lines broken at the run's newlineSequences) and the
// text output's path:line:col agree with each other for every positive fixture and example with
// \n, \r\n and lone \r line ends, and every one lies inside its file.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ready } from '../../engine/analyze';
import { RULES } from '../../engine/rules/registry';
import { checkFile, type FileResult } from '../../engine/cli/check-file';
import { toJson } from '../../engine/cli/format-json';
import { toSarif } from '../../engine/cli/format-sarif';
import { findingLines, style } from '../../engine/cli/format-text';
import { DEFAULT_MAX_FILE_SIZE } from '../../engine/config';
import { corpusFiles } from '../helpers/corpus';
import { runCli, tempDir } from './helpers';

before(async () => {
  await ready();
});

const ENDINGS = { lf: '\n', crlf: '\r\n', cr: '\r' } as const;

/** Splits as SARIF does: at each character, the first of `sequences` (in their order) that matches ends the line. */
function sarifLines(text: string, sequences: string[]): string[] {
  const lines: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const seq = sequences.find((s) => text.startsWith(s, i));
    if (seq) {
      lines.push(text.slice(start, i));
      i += seq.length;
      start = i;
    } else i++;
  }
  lines.push(text.slice(start));
  return lines;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function regionInside(lines: string[], r: Region): boolean {
  const col = (line: number, c: number): boolean => line >= 1 && line <= lines.length && c >= 1 && c <= lines[line - 1]!.length + 1;
  return col(r.startLine, r.startColumn) && col(r.endLine, r.endColumn) && (r.startLine < r.endLine || r.startColumn <= r.endColumn);
}

function sample(): { name: string; text: string }[] {
  return corpusFiles().filter((f) => f.name.startsWith('examples/') || /\/pos_[^/]*$/.test(f.name));
}

test('JSON ranges, SARIF regions and text locations agree and lie inside the file, for \\n, \\r\\n and lone \\r line ends', () => {
  const dir = tempDir('initlint-positions-');
  const files = sample();
  let compared = 0;
  const reference = new Map<string, string[]>();
  for (const [name, eol] of Object.entries(ENDINGS)) {
    const results: FileResult[] = [];
    const texts = new Map<string, string>();
    for (const f of files) {
      const text = f.text.replace(/\r\n|\r|\n/g, eol);
      const abs = path.join(dir, name, f.name);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
      const display = path.join(name, f.name);
      texts.set(display, text);
      results.push(checkFile({ abs, display, options: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE }));
    }
    const json = toJson(results);
    const sarif = toSarif(results, RULES, { name: 'initlint', version: '0.0.0', informationUri: 'https://example.invalid' }, dir, true) as {
      runs: { columnKind: string; newlineSequences: string[]; results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: Region } }[] }[] }[];
    };
    const run = sarif.runs[0]!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const sarifResults = [...run.results];
    results.forEach((r, i) => {
      const text = texts.get(r.path)!;
      const lspLines = text.split(/\r\n|\r|\n/);
      const lines = sarifLines(text, run.newlineSequences);
      assert.equal(lines.length, lspLines.length, `${r.path}: SARIF's newline sequences count ${lines.length} lines, LSP ${lspLines.length}`);
      const textOut = findingLines(r, style(false));
      const mine: string[] = [];
      r.findings.forEach((f, j) => {
        const jr = json.files[i]!.findings[j]!.range;
        assert.deepEqual(jr, f.range);
        const region = sarifResults.shift()!.locations[0]!.physicalLocation.region;
        assert.deepEqual(region, { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 });
        assert.ok(regionInside(lines, region), `${r.path}: SARIF region ${JSON.stringify(region)} lies outside the file`);
        assert.ok(textOut[j]!.startsWith(`${r.path}:${region.startLine}:${region.startColumn}: ${f.code}`), `${r.path}: text output '${textOut[j]}' disagrees with ${region.startLine}:${region.startColumn}`);
        mine.push(`${f.code}@${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn}`);
        compared++;
      });
      const key = r.path.slice(name.length + 1);
      if (name === 'lf') reference.set(key, mine);
      else assert.deepEqual(mine, reference.get(key), `${r.path}: regions differ from the \\n copy`);
    });
    assert.equal(sarifResults.length, 0);
  }
  console.log(`\nCLI positions: ${files.length} files x 3 line endings, ${compared} findings in JSON, SARIF and text`);
  assert.ok(compared > 300);
});

test('the built CLI: SARIF over the examples with lone \\r line ends points where the \\n copy does', () => {
  const dir = tempDir('initlint-positions-cli-');
  const examples = corpusFiles().filter((f) => f.name.startsWith('examples/'));
  for (const [name, eol] of Object.entries(ENDINGS)) {
    for (const f of examples) {
      const abs = path.join(dir, name, f.name);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, f.text.replace(/\r\n|\r|\n/g, eol));
    }
  }
  const r = runCli(['check', '--format', 'sarif', 'lf', 'cr'], dir);
  assert.equal(r.code, 1, r.stderr);
  const run = (JSON.parse(r.stdout) as { runs: { newlineSequences: string[]; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Region } }[] }[] }[] }).runs[0]!;
  const where = (prefix: string): string[] =>
    run.results
      .filter((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.startsWith(`${prefix}/`))
      .map((x) => {
        const loc = x.locations[0]!.physicalLocation;
        return `${loc.artifactLocation.uri.slice(prefix.length + 1)} ${x.ruleId} ${JSON.stringify(loc.region)}`;
      })
      .sort();
  assert.ok(where('lf').length > 10);
  assert.deepEqual(where('cr'), where('lf'));
  for (const x of run.results) {
    const loc = x.locations[0]!.physicalLocation;
    const text = fs.readFileSync(path.join(dir, decodeURIComponent(loc.artifactLocation.uri)), 'utf8');
    assert.ok(regionInside(sarifLines(text, run.newlineSequences), loc.region), `${loc.artifactLocation.uri}: ${JSON.stringify(loc.region)} outside the file`);
  }
});
