// Probe times (engine/probe) per backend at probe sizes (the batch the sizing picks for the backend,
// widths as written): a 20-layer 1024-wide ReLU MLP, a ResNet-18-like conv net (8x8 input, four
// stages of two residual BasicBlocks, 64 to 512 channels, stride-2 transitions) and a 12-block
// transformer-like stack (pre-norm GELU MLP blocks 768 -> 3072 -> 768; attention is not probed).
// wasm and cpu always; webgpu and tfjs-node when INITLINT_BENCH_GPU=1 / INITLINT_BENCH_TFJS_NODE=1.
import { analyzeText, ready } from '../engine/analyze';
import { probeInProcess, type BackendName, type ProbeRequest } from '../engine/probe';
import type { Benchmark } from './harness';

const MLP = `import torch.nn as nn


def make(width=1024, depth=20):
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        nn.init.kaiming_normal_(linear.weight, nonlinearity='relu')
        nn.init.zeros_(linear.bias)
        layers += [linear, nn.ReLU()]
    return nn.Sequential(*layers)


model = make()
`;

const RESNET = `import torch.nn as nn


class BasicBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv1 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c)
        self.conv2 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c)

    def forward(self, x):
        out = self.bn1(self.conv1(x)).relu()
        out = self.bn2(self.conv2(out))
        return (out + x).relu()


class ResNet18Like(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 64, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(64)
        self.s1 = nn.Sequential(BasicBlock(64), BasicBlock(64))
        self.t2 = nn.Conv2d(64, 128, 3, stride=2, padding=1, bias=False)
        self.s2 = nn.Sequential(BasicBlock(128), BasicBlock(128))
        self.t3 = nn.Conv2d(128, 256, 3, stride=2, padding=1, bias=False)
        self.s3 = nn.Sequential(BasicBlock(256), BasicBlock(256))
        self.t4 = nn.Conv2d(256, 512, 3, stride=2, padding=1, bias=False)
        self.s4 = nn.Sequential(BasicBlock(512), BasicBlock(512))
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')

    def forward(self, x):
        x = self.bn(self.stem(x)).relu()
        x = self.s1(x)
        x = self.s2(self.t2(x))
        x = self.s3(self.t3(x))
        x = self.s4(self.t4(x))
        return x
`;

const TRANSFORMER = `import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.ln = nn.LayerNorm(d)
        self.fc = nn.Linear(d, 4 * d)
        self.proj = nn.Linear(4 * d, d)

    def forward(self, x):
        return x + self.proj(F.gelu(self.fc(self.ln(x))))


class Stack(nn.Module):
    def __init__(self, d=768, n=12):
        super().__init__()
        self.blocks = nn.ModuleList([MLP(d) for _ in range(n)])
        self.ln_f = nn.LayerNorm(d)

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return self.ln_f(x)
`;

const MODELS: { key: string; source: string; description: string }[] = [
  { key: 'mlp-20x1024', source: MLP, description: '20-layer 1024-wide He/ReLU MLP' },
  { key: 'resnet18-like', source: RESNET, description: 'ResNet-18-like conv net, 8x8 input, 64-512 channels' },
  { key: 'transformer-12', source: TRANSFORMER, description: '12 pre-norm GELU MLP blocks, 768 wide (attention not probed)' },
];

function backends(): BackendName[] {
  const out: BackendName[] = ['wasm', 'cpu'];
  if (process.env['INITLINT_BENCH_GPU'] === '1') out.unshift('webgpu');
  if (process.env['INITLINT_BENCH_TFJS_NODE'] === '1') out.unshift('tfjs-node');
  return out;
}

function probeBench(key: string, source: string, description: string, backend: BackendName): Benchmark {
  let note = '';
  return {
    name: `probe/${key}/${backend}`,
    description: `${description}, forward+backward+statistics on ${backend}`,
    warmup: 1,
    minIterations: backend === 'cpu' ? 2 : 5,
    minTimeMs: 0,
    maxIterations: backend === 'cpu' ? 2 : 20,
    async setup() {
      await ready();
      const request: ProbeRequest = { path: `${key}.py`, models: analyzeText(`${key}.py`, source).graph.models, options: { backend } };
      return async () => {
        const r = await probeInProcess(request);
        if (r.status !== 'ok') throw new Error(`${key} on ${backend}: ${r.error}`);
        if (r.backend !== backend) throw new Error(`${backend} is not available here (${r.fallbacks.map((f) => f.reason).join('; ')})`);
        const m = r.models[0]!;
        note = `batch ${m.batch}${m.widthScale < 1 ? ` widths x${m.widthScale.toFixed(2)}` : ''}, sampling ${Math.round(m.timings.sampleMs)} ms, Jacobian ${Math.round(m.timings.jacobianMs)} ms`;
        return r;
      };
    },
    annotate: () => note,
  };
}

export const probeBenchmarks: Benchmark[] = MODELS.flatMap((m) => backends().map((b) => probeBench(m.key, m.source, m.description, b)));
