// Where the code does not prove a number, the hover says which fact is missing and why (issue 10,
// item 2): the unresolved argument as written, the input width Keras infers, the layer of the chain
// whose initializer cannot be evaluated. The hover is built from the engine's analysis directly.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { analyzeText, ready } from '../../engine/analyze';
import { hoverFor } from '../../server/hover';

before(async () => {
  await ready();
});

/** The hover's markdown at the first occurrence of `needle` (a few characters in). */
function hoverAt(text: string, needle: string, path = 'model.py'): string {
  const analysis = analyzeText(path, text);
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1) + 4;
  const h = hoverFor(analysis, { line, character });
  assert.ok(h, `a hover at ${needle}`);
  return (h.contents as MarkupContent).value;
}

test('a Linear whose in_features comes from a config: the hover names the argument as written', () => {
  const text = `import torch.nn as nn


class Net(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.fc1 = nn.Linear(cfg.n_embd, 256)
        self.fc2 = nn.Linear(256, 10)

    def forward(self, x):
        return self.fc2(self.fc1(x).relu())
`;
  const md = hoverAt(text, 'nn.Linear(cfg.n_embd');
  assert.match(md, /fan_in unknown: `in_features` is `cfg\.n_embd`, which the code does not fix/);
  assert.match(md, /no prediction: its fan_in is unknown/);
  // The next layer is resolved itself, and its hover says which neighbour stops the prediction.
  const md2 = hoverAt(text, 'nn.Linear(256, 10)');
  assert.doesNotMatch(md2, /fan_in unknown/);
  assert.match(md2, /no prediction: `self\.fc1` \(line 7\), in the same stretch of the chain: its fan_in is unknown: `in_features` is `cfg\.n_embd`/);
});

test('a kernel size read from a parameter without a default is named; resolved sizes are not', () => {
  const text = `import torch.nn as nn


class Net(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.conv = nn.Conv2d(3, 64, kernel_size=k)
        self.head = nn.Conv2d(64, 10, 1)

    def forward(self, x):
        return self.head(self.conv(x).relu())
`;
  const md = hoverAt(text, 'nn.Conv2d(3, 64');
  assert.match(md, /`kernel_size` is `k`, which the code does not fix/);
  assert.doesNotMatch(md, /in_channels/);
});

test('a Keras Dense with no input shape: the hover says the width is inferred from the first input', () => {
  const text = `import keras
from keras import layers

model = keras.Sequential([
    layers.Dense(256, activation="relu"),
    layers.Dense(10),
])
`;
  const md = hoverAt(text, 'layers.Dense(256');
  assert.match(md, /Keras takes this layer's input width from the tensor it is first called on/);
});

test('an initializer argument the code does not fix: the layers around it say which one stops the prediction', () => {
  const text = `import torch.nn as nn


class Net(nn.Module):
    def __init__(self, sigma):
        super().__init__()
        self.fc1 = nn.Linear(128, 128)
        self.fc2 = nn.Linear(128, 128)
        nn.init.normal_(self.fc2.weight, std=sigma)
        self.fc3 = nn.Linear(128, 10)

    def forward(self, x):
        return self.fc3(self.fc2(self.fc1(x).relu()).relu())
`;
  const md = hoverAt(text, 'nn.Linear(128, 10)');
  assert.match(md, /no prediction: `self\.fc2` \(line 8\), in the same stretch of the chain: its initializer `nn\.init\.normal_\(self\.fc2\.weight, std=sigma\)` has an argument the code does not fix/);
});

test('a fully resolved layer has neither line', () => {
  const text = `import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(128, 128)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x):
        return self.fc2(self.fc1(x).relu())
`;
  const md = hoverAt(text, 'nn.Linear(128, 128)');
  assert.doesNotMatch(md, /unknown|no prediction/);
  assert.match(md, /\*\*predicted\*\*/);
});
