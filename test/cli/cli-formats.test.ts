// JSON (DESIGN section 8) and SARIF 2.1.0 output structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BOTH, CLEAN, ROOT, ZERO_HIDDEN, parseJson, runCli, tempDir, writeTree } from './helpers';

const dir = writeTree(tempDir(), {
  'models/zero.py': ZERO_HIDDEN,
  'models/both.py': BOTH,
  'models/clean.py': CLEAN,
  'models/broken.py': `${ZERO_HIDDEN}\ndef oops(:\n    pass\n`,
});

function isPosition(p: unknown): boolean {
  const q = p as { line: unknown; character: unknown };
  return typeof p === 'object' && p !== null && Number.isInteger(q.line) && Number.isInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0 && Object.keys(p).length === 2;
}

function isRange(r: unknown): boolean {
  const q = r as { start: unknown; end: unknown };
  return typeof r === 'object' && r !== null && isPosition(q.start) && isPosition(q.end) && Object.keys(r).length === 2;
}

test('JSON: version 1, every checked file listed, exact finding keys, 0-based ranges', () => {
  const r = runCli(['check', '--format', 'json', 'models'], dir);
  assert.equal(r.code, 1);
  const report = parseJson(r.stdout);
  assert.deepEqual(Object.keys(report), ['version', 'files']);
  assert.equal(report.version, 1);
  assert.deepEqual(
    report.files.map((f) => f.path),
    ['both.py', 'broken.py', 'clean.py', 'zero.py'].map((f) => path.join('models', f)),
  );
  const clean = report.files.find((f) => f.path.endsWith('clean.py'))!;
  assert.deepEqual(clean, { path: path.join('models', 'clean.py'), findings: [] });
  for (const file of report.files) {
    assert.ok(Object.keys(file).every((k) => ['path', 'findings', 'notes'].includes(k)));
    for (const f of file.findings) {
      assert.deepEqual(Object.keys(f), ['code', 'severity', 'message', 'range', 'fixes']);
      assert.match(f.code, /^IL\d{3}$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
      assert.ok(f.message.length > 0);
      assert.ok(isRange(f.range));
      for (const fix of f.fixes) {
        assert.deepEqual(Object.keys(fix), ['title', 'edits']);
        for (const e of fix.edits) {
          assert.deepEqual(Object.keys(e), ['range', 'newText']);
          assert.ok(isRange(e.range));
          assert.equal(typeof e.newText, 'string');
        }
      }
    }
  }
  // nn.init.zeros_(self.fc1.weight) is on the 7th line: 0-based line 6, starting at column 8.
  const zero = report.files.find((f) => f.path.endsWith('zero.py'))!;
  assert.equal(zero.findings.length, 1);
  assert.equal(zero.findings[0]!.code, 'IL001');
  assert.equal(zero.findings[0]!.range.start.line, 6);
  assert.ok(zero.findings[0]!.range.start.character >= 8);
  assert.ok(zero.findings[0]!.fixes.length >= 1);
  // The fix's edit applies to the text and removes the zero init.
  const text = ZERO_HIDDEN.split('\n');
  const edit = zero.findings[0]!.fixes[0]!.edits[0]!;
  assert.ok(edit.range.start.line <= 6 && edit.range.end.line >= 6);
  assert.ok(edit.range.end.character <= text[edit.range.end.line]!.length);
  // A syntax error: findings from the valid part, and a note.
  const broken = report.files.find((f) => f.path.endsWith('broken.py'))!;
  assert.ok(broken.findings.some((f) => f.code === 'IL001'));
  assert.ok((broken.notes ?? []).length > 0, 'a syntax error is noted');
  assert.match(r.stderr, /broken\.py(:\d+:\d+)?: note: /);
});

// --- SARIF 2.1.0, the properties the schema requires plus what GitHub code scanning reads. ---

type Json = Record<string, unknown>;

function obj(v: unknown, where: string): Json {
  assert.ok(typeof v === 'object' && v !== null && !Array.isArray(v), `${where} is an object`);
  return v as Json;
}

function arr(v: unknown, where: string): unknown[] {
  assert.ok(Array.isArray(v), `${where} is an array`);
  return v as unknown[];
}

function message(v: unknown, where: string): void {
  const m = obj(v, where);
  assert.ok(typeof m['text'] === 'string' && (m['text'] as string).length > 0, `${where}.text is a non-empty string`);
}

function checkRegion(v: unknown, where: string): void {
  const r = obj(v, where);
  for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
    assert.ok(Number.isInteger(r[k]) && (r[k] as number) >= 1, `${where}.${k} is an integer >= 1`);
  }
  assert.ok((r['endLine'] as number) > (r['startLine'] as number) || (r['endColumn'] as number) >= (r['startColumn'] as number), `${where} ends after it starts`);
}

function checkArtifactLocation(v: unknown, where: string): string {
  const a = obj(v, where);
  assert.equal(typeof a['uri'], 'string', `${where}.uri`);
  const uri = a['uri'] as string;
  assert.ok(!uri.includes('\\'), `${where}.uri uses forward slashes`);
  assert.ok(!path.isAbsolute(uri), `${where}.uri is relative`);
  assert.equal(a['uriBaseId'], '%SRCROOT%');
  return uri;
}

function validateSarif(doc: Json): void {
  assert.equal(typeof doc['$schema'], 'string');
  assert.match(doc['$schema'] as string, /sarif-2\.1\.0/);
  assert.equal(doc['version'], '2.1.0');
  const runs = arr(doc['runs'], 'runs');
  assert.equal(runs.length, 1);
  const run = obj(runs[0], 'runs[0]');
  const driver = obj(obj(run['tool'], 'tool')['driver'], 'tool.driver');
  assert.equal(driver['name'], 'initlint');
  assert.match(driver['informationUri'] as string, /^https?:\/\//);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(driver['version'], pkg.version);
  const rules = arr(driver['rules'], 'driver.rules');
  assert.ok(rules.length >= 3);
  const ids = new Set<string>();
  rules.forEach((rv, i) => {
    const rule = obj(rv, `rules[${i}]`);
    assert.match(rule['id'] as string, /^IL\d{3}$/);
    assert.ok(!ids.has(rule['id'] as string), 'rule ids are unique');
    ids.add(rule['id'] as string);
    assert.match(rule['name'] as string, /^[a-z][a-z0-9-]*$/);
    message(rule['shortDescription'], 'shortDescription');
    message(rule['fullDescription'], 'fullDescription');
    const help = obj(rule['help'], 'help');
    message(help, 'help');
    assert.equal(typeof help['markdown'], 'string');
    const level = obj(rule['defaultConfiguration'], 'defaultConfiguration')['level'];
    assert.ok(['none', 'note', 'warning', 'error'].includes(level as string));
  });
  for (const [i, rv] of arr(run['results'], 'results').entries()) {
    const result = obj(rv, `results[${i}]`);
    message(result['message'], 'result.message');
    assert.ok(ids.has(result['ruleId'] as string), 'ruleId names a rule');
    const index = result['ruleIndex'] as number;
    assert.equal(obj(rules[index], 'rules[ruleIndex]')['id'], result['ruleId'], 'ruleIndex points at the rule');
    assert.ok(['none', 'note', 'warning', 'error'].includes(result['level'] as string));
    const locations = arr(result['locations'], 'locations');
    assert.equal(locations.length, 1);
    const physical = obj(obj(locations[0], 'location')['physicalLocation'], 'physicalLocation');
    checkArtifactLocation(physical['artifactLocation'], 'artifactLocation');
    checkRegion(physical['region'], 'region');
    const fingerprints = obj(result['partialFingerprints'], 'partialFingerprints');
    assert.ok(Object.values(fingerprints).every((v) => typeof v === 'string' && v.length > 0));
    for (const [j, fv] of arr(result['fixes'] ?? [], 'fixes').entries()) {
      const fix = obj(fv, `fixes[${j}]`);
      message(fix['description'], 'fix.description');
      const changes = arr(fix['artifactChanges'], 'artifactChanges');
      assert.ok(changes.length >= 1);
      for (const cv of changes) {
        const change = obj(cv, 'artifactChange');
        checkArtifactLocation(change['artifactLocation'], 'artifactChange.artifactLocation');
        const replacements = arr(change['replacements'], 'replacements');
        assert.ok(replacements.length >= 1);
        for (const rep of replacements) {
          const rp = obj(rep, 'replacement');
          checkRegion(rp['deletedRegion'], 'deletedRegion');
          if (rp['insertedContent'] !== undefined) assert.equal(typeof obj(rp['insertedContent'], 'insertedContent')['text'], 'string');
        }
      }
    }
  }
}

test('SARIF: valid 2.1.0 structure with rules, results, fixes and fingerprints', () => {
  const r = runCli(['check', '--format', 'sarif', 'models'], dir);
  assert.equal(r.code, 1);
  const doc = JSON.parse(r.stdout) as Json;
  validateSarif(doc);
  const run = (doc['runs'] as Json[])[0]!;
  const results = run['results'] as Json[];
  assert.ok(results.length >= 3);
  const zero = results.find((x) => JSON.stringify(x['locations']).includes('models/zero.py'))!;
  assert.equal(zero['ruleId'], 'IL001');
  assert.ok(['error', 'warning'].includes(zero['level'] as string));
  const region = ((zero['locations'] as Json[])[0]!['physicalLocation'] as Json)['region'] as Json;
  assert.equal(region['startLine'], 7, '1-based line');
  assert.ok((region['startColumn'] as number) >= 9, '1-based column');
  assert.ok(Array.isArray(zero['fixes']) && (zero['fixes'] as unknown[]).length >= 1);
  // Fingerprints are stable across runs and differ between results.
  const again = JSON.parse(runCli(['check', '--format', 'sarif', 'models'], dir).stdout) as Json;
  const fp = (d: Json) => ((d['runs'] as Json[])[0]!['results'] as Json[]).map((x) => JSON.stringify(x['partialFingerprints']));
  assert.deepEqual(fp(again), fp(doc));
  assert.equal(new Set(fp(doc)).size, fp(doc).length);
  // A clean run is still a valid log with an empty results array.
  const clean = runCli(['check', '--format', 'sarif', 'models/clean.py'], dir);
  assert.equal(clean.code, 0);
  const cleanDoc = JSON.parse(clean.stdout) as Json;
  validateSarif(cleanDoc);
  assert.deepEqual((cleanDoc['runs'] as Json[])[0]!['results'], []);
});

test('JSON and SARIF stdout stay machine-readable (notes go to stderr)', () => {
  for (const format of ['json', 'sarif']) {
    const r = runCli(['check', '--format', format, 'models'], dir);
    assert.doesNotThrow(() => JSON.parse(r.stdout));
    assert.ok(!r.stdout.includes('note:'));
  }
});
