// Suppression comments: `# initlint: disable=IL003` silences that code on its line only;
// `# initlint: disable-file=IL001` silences the code in the whole file; other codes keep firing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, ready } from '../../engine/analyze';

before(async () => {
  await ready();
});

/** An MLP with an unscaled init (IL003, line 12) and a zeroed hidden layer (IL001, line 13), 1-based. */
function source(opts: { il003Line?: string; fileHeader?: string; il001Line?: string } = {}): string {
  return [
    '"""Fixture for suppression comments."""',
    ...(opts.fileHeader !== undefined ? [opts.fileHeader] : ['# (no file-level comment)']),
    'import torch',
    'import torch.nn as nn',
    '',
    '',
    'class Net(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    '        self.fc1 = nn.Linear(64, 128)',
    '        self.fc2 = nn.Linear(128, 128)',
    `        nn.init.normal_(self.fc1.weight, 0, 1)${opts.il003Line ?? ''}`,
    `        nn.init.zeros_(self.fc2.weight)${opts.il001Line ?? ''}`,
    '        self.fc3 = nn.Linear(128, 10)',
    '',
    '    def forward(self, x):',
    '        x = torch.relu(self.fc1(x))',
    '        x = torch.relu(self.fc2(x))',
    '        return self.fc3(x)',
    '',
  ].join('\n');
}

const IL003_LINE = 11; // 0-based
const IL001_LINE = 12;

const codesAt = (text: string, line: number): string[] =>
  analyzeText('suppression.py', text)
    .findings.filter((f) => f.range.start.line === line)
    .map((f) => f.code)
    .sort();

const codes = (text: string): string[] => [...new Set(analyzeText('suppression.py', text).findings.map((f) => f.code))].sort();

test('baseline: the unsuppressed file raises IL003 and IL001 where expected', () => {
  const text = source();
  assert.ok(codesAt(text, IL003_LINE).includes('IL003'), `IL003 expected on line ${IL003_LINE + 1}`);
  assert.ok(codesAt(text, IL001_LINE).includes('IL001'), `IL001 expected on line ${IL001_LINE + 1}`);
});

test('disable=IL003 on the line silences IL003 there, and only there', () => {
  const text = source({ il003Line: '  # initlint: disable=IL003' });
  assert.ok(!codesAt(text, IL003_LINE).includes('IL003'));
  assert.ok(codesAt(text, IL001_LINE).includes('IL001'), 'IL001 on another line still fires');
});

test('disable=IL003 on another line does not silence IL003', () => {
  const text = source({ il001Line: '  # initlint: disable=IL003' });
  assert.ok(codesAt(text, IL003_LINE).includes('IL003'));
  assert.ok(codesAt(text, IL001_LINE).includes('IL001'), 'disable=IL003 does not silence IL001 on its own line');
});

test('disable=IL001 on the IL003 line does not silence IL003', () => {
  const text = source({ il003Line: '  # initlint: disable=IL001' });
  assert.ok(codesAt(text, IL003_LINE).includes('IL003'));
});

test('several codes on one line, comma-separated', () => {
  const text = source({ il003Line: '  # initlint: disable=IL001, IL003' });
  assert.ok(!codesAt(text, IL003_LINE).includes('IL003'));
});

test('disable-file=IL001 silences IL001 in the whole file; IL003 still fires', () => {
  const text = source({ fileHeader: '# initlint: disable-file=IL001' });
  assert.ok(!codes(text).includes('IL001'));
  assert.ok(codesAt(text, IL003_LINE).includes('IL003'));
});

test('disable-file=IL003 silences IL003; IL001 still fires', () => {
  const text = source({ fileHeader: '# initlint: disable-file=IL003' });
  assert.ok(!codes(text).includes('IL003'));
  assert.ok(codesAt(text, IL001_LINE).includes('IL001'));
});
