// The pathological inputs of issue 11 (bounded evaluation, numbers that reach the theory, per-model
// work), as named generators: each once aborted V8, threw, or ran for seconds to minutes. Shared by
// the engine, CLI and language-server tests; `lines` is what the per-1,000-lines budget counts.

export interface Reproducer {
  name: string;
  text: string;
  /** Findings the file must still produce (code and count), when it has some worth checking. */
  expect?: Record<string, number>;
}

const TORCH = 'import torch\nimport torch.nn as nn\n';
const KERAS = 'import keras\nfrom keras import layers\n';

/** 11 lines: a Keras functional model whose eight unit-variance ReLU layers drift (IL005) with IL003 on each. */
export const KERAS_FUNCTIONAL = `inputs = keras.Input(shape=(32,))
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(inputs)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
x = layers.Dense(64, activation="relu", kernel_initializer=keras.initializers.RandomNormal(stddev=1.0))(x)
outputs = layers.Dense(10)(x)
model = keras.Model(inputs=inputs, outputs=outputs, name="model")
`;

/** A small PyTorch model with a zero-initialised hidden layer (one IL001). */
function smallModel(i: number): string {
  return `class Net${i}(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(64, 64)
        self.fc2 = nn.Linear(64, 64)
        nn.init.zeros_(self.fc1.weight)

    def forward(self, x):
        x = torch.relu(self.fc1(x))
        return self.fc2(x)

`;
}

function torchNet(layer: string, init = ''): string {
  return `${TORCH}
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        nn.init.zeros_(self.fc1.weight)
        self.mid = ${layer}
        self.fc3 = nn.Linear(16, 4)
        ${init || 'pass'}

    def forward(self, x):
        return self.fc3(self.mid(torch.relu(self.fc1(x))))
`;
}

/** The small reproducers: each must take well under a second of CPU. */
export const SMALL: Reproducer[] = [
  { name: 'list doubled 100 times', text: `${TORCH}x = [1]\nfor i in range(100):\n    x = x + x\n` },
  { name: 'repetition 1000^3', text: `${TORCH}a = [0]*1000\nb = a*1000\nc = b*1000\n` },
  { name: 'string doubled 29 times', text: `${TORCH}s = 'a'\n${'s = s + s\n'.repeat(29)}` },
  { name: 'f-string doubled 29 times', text: `${TORCH}s = 'a'\n${"s = f'{s}{s}'\n".repeat(29)}` },
  { name: 'extend past the limit', text: `${TORCH}xs = []\nfor i in range(1000):\n    xs.extend([0] * 1000)\n` },
  { name: 'self-typed config __init__', text: `${TORCH}class C:\n    def __init__(self, config: C):\n        self.x = 1\nclass N(nn.Module):\n    def __init__(self, config: C):\n        super().__init__()\n` },
  { name: 'mutually recursive config defaults', text: `${TORCH}class AConfig:\n    b = BConfig()\nclass BConfig:\n    a = AConfig()\n${smallModel(0).replace('def __init__(self)', 'def __init__(self, config: AConfig)')}`, expect: { IL001: 1 } },
  { name: 'dataclass default instantiating itself', text: `${TORCH}from dataclasses import dataclass\n@dataclass\nclass Config:\n    inner: object = Config()\n${smallModel(0).replace('def __init__(self)', 'def __init__(self, cfg: Config)')}`, expect: { IL001: 1 } },
  { name: 'class attribute calling its class', text: `${TORCH}class C:\n    x = C()\n    def __init__(self):\n        self.y = C.x\n${smallModel(0).replace('def __init__(self)', 'def __init__(self, config: C)')}`, expect: { IL001: 1 } },
  { name: 'LeakyReLU(2**1024)', text: torchNet('nn.LeakyReLU(2**1024)'), expect: { IL001: 1 } },
  { name: 'nn.Linear(0, 10)', text: torchNet('nn.Linear(0, 16)'), expect: { IL001: 1 } },
  { name: 'nn.Linear(16, 0)', text: torchNet('nn.Linear(16, 0)'), expect: { IL001: 1 } },
  { name: 'Softplus(beta=0)', text: torchNet('nn.Softplus(beta=0)'), expect: { IL001: 1 } },
  { name: 'normal_(std=1e300)', text: torchNet('nn.Linear(16, 16)', 'nn.init.normal_(self.mid.weight, std=1e300)'), expect: { IL001: 1 } },
  { name: 'Dense(0)', text: `${KERAS}model = keras.Sequential([keras.Input(shape=(8,)), layers.Dense(8, activation="relu", kernel_initializer="zeros"), layers.Dense(0, activation="relu"), layers.Dense(4)])\n`, expect: { IL001: 1 } },
  { name: 'x * 1e200 in forward', text: `${TORCH}class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc1 = nn.Linear(8, 8)\n        self.fc2 = nn.Linear(8, 8)\n    def forward(self, x):\n        return self.fc2(self.fc1(x) * 1e200)\n` },
];

/** The large reproducers: each must take under a second of CPU per 1,000 lines (plus a fixed start). */
export function large(): Reproducer[] {
  const giant = ['class Giant(nn.Module):', '    def __init__(self):', '        super().__init__()'];
  for (let i = 0; i < 10_000; i++) giant.push(`        self.fc${i} = nn.Linear(32, 32)`);
  giant.push('    def forward(self, x):');
  for (let i = 0; i < 9_990; i++) giant.push(`        x = torch.relu(self.fc${i}(x))`);
  giant.push('        return x');
  const deep: string[] = ['def f():', '    x = 1'];
  for (let i = 0; i < 20_000; i++) deep.push('    ' + '    '.repeat(i % 80) + (i % 80 === 79 ? 'pass' : `if x${i} > 0:`));
  return [
    { name: '128 Keras functional models named model', text: KERAS + KERAS_FUNCTIONAL.repeat(128), expect: { IL005: 128 } },
    { name: '2,000 small PyTorch models (20,000 lines)', text: TORCH + Array.from({ length: 2000 }, (_, i) => smallModel(i)).join(''), expect: { IL001: 2000 } },
    { name: 'one class of 10,000 layers (20,000 lines)', text: `${TORCH}${giant.join('\n')}\n` },
    { name: '20,000 lines nested 80 deep', text: `${TORCH}${deep.join('\n')}\n` },
    { name: '50,000 nn.Linear on one line', text: `${TORCH}model = nn.Sequential(${Array.from({ length: 50_000 }, () => 'nn.Linear(8, 8)').join(', ')})\n` },
  ];
}

export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
