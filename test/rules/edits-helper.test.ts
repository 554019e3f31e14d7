// The fix tests trust test/helpers/edits.ts to apply LSP edits as an editor does; check it here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, lineStarts, mapLine } from '../helpers/edits';

const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

test('applyEdits: several edits given in any order refer to the original text', () => {
  const text = 'import torch\nx = 1\ny = 2\n';
  const out = applyEdits(text, [
    { range: r(2, 4, 2, 5), newText: '20' },
    { range: r(0, 0, 0, 0), newText: 'import math\n' },
    { range: r(1, 4, 1, 5), newText: '10' },
  ]);
  assert.equal(out, 'import math\nimport torch\nx = 10\ny = 20\n');
});

test('applyEdits: inserts at one position keep their array order', () => {
  assert.equal(applyEdits('ab', [{ range: r(0, 1, 0, 1), newText: 'X' }, { range: r(0, 1, 0, 1), newText: 'Y' }]), 'aXYb');
});

test('applyEdits: UTF-16 characters, CRLF line ends, multi-line replacement, end-of-line clamp', () => {
  const text = 'a = "😀"; b = 1\r\nc = 2\r\nd = 3';
  // The emoji is two UTF-16 code units: 'b' sits at character 10.
  assert.equal(applyEdits(text, [{ range: r(0, 10, 0, 11), newText: 'B' }]), 'a = "😀"; B = 1\r\nc = 2\r\nd = 3');
  assert.equal(applyEdits(text, [{ range: r(0, 12, 2, 0), newText: '' }]), 'a = "😀"; b d = 3');
  assert.equal(applyEdits(text, [{ range: r(1, 99, 1, 99), newText: '  # end' }]), 'a = "😀"; b = 1\r\nc = 2  # end\r\nd = 3');
  assert.deepEqual(lineStarts('a\r\nb\nc\rd'), [0, 3, 5, 7]);
});

test('applyEdits: overlapping edits are rejected', () => {
  assert.throws(() => applyEdits('abcdef', [{ range: r(0, 0, 0, 3), newText: '' }, { range: r(0, 2, 0, 4), newText: '' }]), /overlap/);
});

test('mapLine: follows insertions before, replacements around, and ignores edits after', () => {
  const edits = [
    { range: r(0, 0, 0, 0), newText: 'import math\nimport os\n' },
    { range: r(10, 0, 10, 0), newText: 'late\n' },
  ];
  assert.equal(mapLine({ line: 5, character: 8 }, edits), 7);
  assert.equal(mapLine({ line: 5, character: 8 }, [{ range: r(4, 2, 6, 3), newText: 'one line' }]), 4);
  assert.equal(mapLine({ line: 5, character: 8 }, [{ range: r(5, 8, 5, 20), newText: 'x\ny' }]), 5);
  assert.equal(mapLine({ line: 5, character: 8 }, [{ range: r(2, 0, 4, 0), newText: '' }]), 3);
});
