// Generates a deterministic tree of realistic PyTorch model code for the CLI throughput benchmark:
// MLPs, CNNs with BatchNorm, ResNet-style blocks, transformers with attention, LSTMs, dataclass
// configs, init functions (apply / modules() loops), training utilities, and some planted problems
// (zero, constant and unit-std inits, mismatched gains). Seeded, so every run writes the same text.
//
//   node out/bench/gen-corpus.js [DIR] [LINES]     (default: a temp folder, 200,000 lines)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Corpus {
  dir: string;
  files: number;
  lines: number;
  bytes: number;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  private readonly rand: () => number;
  private counter = 0;
  constructor(seed: number) {
    this.rand = prng(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  id(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }
}

const WIDTHS = [32, 64, 96, 128, 192, 256, 384, 512, 768, 1024];
const CHANNELS = [16, 32, 48, 64, 96, 128, 256];
const ACTS: { module: string; fn: string; nl: string }[] = [
  { module: 'nn.ReLU()', fn: 'F.relu', nl: 'relu' },
  { module: 'nn.GELU()', fn: 'F.gelu', nl: 'relu' },
  { module: 'nn.Tanh()', fn: 'torch.tanh', nl: 'tanh' },
  { module: 'nn.LeakyReLU(0.2)', fn: 'F.leaky_relu', nl: 'leaky_relu' },
  { module: 'nn.SiLU()', fn: 'F.silu', nl: 'relu' },
];

const HEADER = `import math
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F
`;

function goodInit(g: Gen, target: string, nl: string): string {
  return g.pick([
    `nn.init.kaiming_normal_(${target}, mode='fan_in', nonlinearity='${nl === 'tanh' ? 'relu' : nl}')`,
    `nn.init.kaiming_uniform_(${target}, nonlinearity='${nl === 'tanh' ? 'relu' : nl}')`,
    `nn.init.xavier_uniform_(${target}, gain=nn.init.calculate_gain('${nl}'))`,
    `nn.init.trunc_normal_(${target}, std=0.02)`,
  ]);
}

function plantedInit(g: Gen, target: string): string {
  return g.pick([
    `nn.init.zeros_(${target})`,
    `nn.init.normal_(${target}, mean=0.0, std=1.0)`,
    `nn.init.constant_(${target}, 0.5)`,
    `nn.init.uniform_(${target})`,
    `nn.init.xavier_normal_(${target})`,
    `${target}.data.fill_(0.01)`,
  ]);
}

function mlp(g: Gen): string {
  const name = g.id('MLP');
  const depth = g.int(2, 8);
  const widths = Array.from({ length: depth + 1 }, () => g.pick(WIDTHS));
  const act = g.pick(ACTS);
  const planted = g.chance(0.25);
  const lines = [
    `class ${name}(nn.Module):`,
    `    """A ${depth}-layer perceptron with ${act.nl} activations."""`,
    '',
    `    def __init__(self, in_features: int = ${widths[0]}, num_classes: int = ${g.pick([2, 10, 100, 1000])}, dropout: float = ${g.pick(['0.0', '0.1', '0.2'])}):`,
    '        super().__init__()',
  ];
  for (let i = 0; i < depth; i++) {
    const inW = i === 0 ? 'in_features' : String(widths[i]);
    lines.push(`        self.fc${i} = nn.Linear(${inW}, ${widths[i + 1]})`);
  }
  lines.push(`        self.head = nn.Linear(${widths[depth]}, num_classes)`, '        self.dropout = nn.Dropout(dropout)', '        self.reset_parameters()', '');
  lines.push('    def reset_parameters(self):');
  for (let i = 0; i < depth; i++) {
    if (planted && i === Math.floor(depth / 2)) lines.push(`        ${plantedInit(g, `self.fc${i}.weight`)}`);
    else if (g.chance(0.7)) lines.push(`        ${goodInit(g, `self.fc${i}.weight`, act.nl)}`);
    lines.push(`        nn.init.zeros_(self.fc${i}.bias)`);
  }
  lines.push('        nn.init.zeros_(self.head.bias)', '');
  lines.push('    def forward(self, x: torch.Tensor) -> torch.Tensor:');
  for (let i = 0; i < depth; i++) {
    lines.push(`        x = ${act.fn}(self.fc${i}(x))`);
    if (g.chance(0.3)) lines.push('        x = self.dropout(x)');
  }
  lines.push('        return self.head(x)', '', '');
  return lines.join('\n');
}

function convBlock(g: Gen): string {
  const name = g.id('ConvNet');
  const stages = g.int(2, 5);
  const chans = Array.from({ length: stages + 1 }, (_, i) => (i === 0 ? 3 : g.pick(CHANNELS)));
  const lines = [
    `class ${name}(nn.Module):`,
    `    def __init__(self, num_classes: int = ${g.pick([10, 100, 1000])}):`,
    '        super().__init__()',
    '        layers = []',
  ];
  for (let i = 0; i < stages; i++) {
    const k = g.pick([3, 3, 5, 1]);
    lines.push(`        layers.append(nn.Conv2d(${chans[i]}, ${chans[i + 1]}, kernel_size=${k}, padding=${(k - 1) / 2}, bias=False))`);
    lines.push(`        layers.append(nn.BatchNorm2d(${chans[i + 1]}))`);
    lines.push('        layers.append(nn.ReLU(inplace=True))');
    if (g.chance(0.5)) lines.push('        layers.append(nn.MaxPool2d(2))');
  }
  lines.push('        self.features = nn.Sequential(*layers)');
  lines.push('        self.pool = nn.AdaptiveAvgPool2d((1, 1))');
  lines.push(`        self.classifier = nn.Linear(${chans[stages]}, num_classes)`);
  lines.push('        self._init_weights()', '');
  lines.push('    def _init_weights(self):');
  lines.push('        for m in self.modules():');
  lines.push('            if isinstance(m, nn.Conv2d):');
  if (g.chance(0.2)) lines.push(`                ${plantedInit(g, 'm.weight')}`);
  else lines.push("                nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')");
  lines.push('            elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):');
  lines.push('                nn.init.constant_(m.weight, 1)');
  lines.push('                nn.init.constant_(m.bias, 0)');
  lines.push('            elif isinstance(m, nn.Linear):');
  lines.push('                nn.init.normal_(m.weight, 0, 0.01)');
  lines.push('                nn.init.constant_(m.bias, 0)', '');
  lines.push('    def forward(self, x):');
  lines.push('        x = self.features(x)');
  lines.push('        x = self.pool(x)');
  lines.push('        x = torch.flatten(x, 1)');
  lines.push('        return self.classifier(x)', '', '');
  return lines.join('\n');
}

function resnet(g: Gen): string {
  const block = g.id('BasicBlock');
  const net = g.id('ResNet');
  const zeroInit = g.chance(0.5);
  const blocks = Array.from({ length: 4 }, () => g.int(1, 4));
  return `class ${block}(nn.Module):
    expansion = 1

    def __init__(self, inplanes: int, planes: int, stride: int = 1, downsample: Optional[nn.Module] = None):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, kernel_size=3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample
        self.stride = stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        out = out + identity
        return self.relu(out)


class ${net}(nn.Module):
    def __init__(self, layers: List[int] = [${blocks.join(', ')}], num_classes: int = 1000, zero_init_residual: bool = ${zeroInit ? 'True' : 'False'}):
        super().__init__()
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, self.inplanes, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(self.inplanes)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(64, layers[0])
        self.layer2 = self._make_layer(128, layers[1], stride=2)
        self.layer3 = self._make_layer(256, layers[2], stride=2)
        self.layer4 = self._make_layer(512, layers[3], stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(512 * ${block}.expansion, num_classes)

        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
        if zero_init_residual:
            for m in self.modules():
                if isinstance(m, ${block}):
                    nn.init.constant_(m.bn2.weight, 0)

    def _make_layer(self, planes: int, blocks: int, stride: int = 1) -> nn.Sequential:
        downsample = None
        if stride != 1 or self.inplanes != planes * ${block}.expansion:
            downsample = nn.Sequential(
                nn.Conv2d(self.inplanes, planes * ${block}.expansion, kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm2d(planes * ${block}.expansion),
            )
        layers = [${block}(self.inplanes, planes, stride, downsample)]
        self.inplanes = planes * ${block}.expansion
        for _ in range(1, blocks):
            layers.append(${block}(self.inplanes, planes))
        return nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv1(x)
        x = self.bn1(x)
        x = self.relu(x)
        x = self.maxpool(x)
        x = self.layer1(x)
        x = self.layer2(x)
        x = self.layer3(x)
        x = self.layer4(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)


`;
}

function transformer(g: Gen): string {
  const cfg = g.id('GPTConfig');
  const attn = g.id('CausalSelfAttention');
  const mlpName = g.id('FeedForward');
  const blk = g.id('Block');
  const model = g.id('GPT');
  const d = g.pick([128, 256, 384, 512, 768]);
  const heads = g.pick([4, 8]);
  const layers = g.int(2, 12);
  const planted = g.chance(0.3);
  return `@dataclass
class ${cfg}:
    block_size: int = ${g.pick([128, 256, 512, 1024])}
    vocab_size: int = ${g.pick([50257, 32000, 8192])}
    n_layer: int = ${layers}
    n_head: int = ${heads}
    n_embd: int = ${d}
    dropout: float = 0.1
    bias: bool = True


class ${attn}(nn.Module):
    def __init__(self, config: ${cfg}):
        super().__init__()
        assert config.n_embd % config.n_head == 0
        self.c_attn = nn.Linear(config.n_embd, 3 * config.n_embd, bias=config.bias)
        self.c_proj = nn.Linear(config.n_embd, config.n_embd, bias=config.bias)
        self.attn_dropout = nn.Dropout(config.dropout)
        self.resid_dropout = nn.Dropout(config.dropout)
        self.n_head = config.n_head
        self.n_embd = config.n_embd

    def forward(self, x):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        att = F.softmax(att, dim=-1)
        att = self.attn_dropout(att)
        y = att @ v
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.resid_dropout(self.c_proj(y))


class ${mlpName}(nn.Module):
    def __init__(self, config: ${cfg}):
        super().__init__()
        self.c_fc = nn.Linear(config.n_embd, 4 * config.n_embd, bias=config.bias)
        self.gelu = nn.GELU()
        self.c_proj = nn.Linear(4 * config.n_embd, config.n_embd, bias=config.bias)
        self.dropout = nn.Dropout(config.dropout)

    def forward(self, x):
        return self.dropout(self.c_proj(self.gelu(self.c_fc(x))))


class ${blk}(nn.Module):
    def __init__(self, config: ${cfg}):
        super().__init__()
        self.ln_1 = nn.LayerNorm(config.n_embd)
        self.attn = ${attn}(config)
        self.ln_2 = nn.LayerNorm(config.n_embd)
        self.mlp = ${mlpName}(config)

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        x = x + self.mlp(self.ln_2(x))
        return x


class ${model}(nn.Module):
    def __init__(self, config: ${cfg} = ${cfg}()):
        super().__init__()
        self.config = config
        self.wte = nn.Embedding(config.vocab_size, config.n_embd)
        self.wpe = nn.Embedding(config.block_size, config.n_embd)
        self.drop = nn.Dropout(config.dropout)
        self.h = nn.ModuleList([${blk}(config) for _ in range(config.n_layer)])
        self.ln_f = nn.LayerNorm(config.n_embd)
        self.lm_head = nn.Linear(config.n_embd, config.vocab_size, bias=False)
        self.apply(self._init_weights)
        for pn, p in self.named_parameters():
            if pn.endswith("c_proj.weight"):
                torch.nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * config.n_layer))

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            torch.nn.init.normal_(module.weight, mean=0.0, std=${planted ? '1.0' : '0.02'})
            if module.bias is not None:
                torch.nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            torch.nn.init.normal_(module.weight, mean=0.0, std=0.02)

    def forward(self, idx, targets=None):
        b, t = idx.size()
        pos = torch.arange(0, t, dtype=torch.long, device=idx.device)
        x = self.drop(self.wte(idx) + self.wpe(pos))
        for block in self.h:
            x = block(x)
        x = self.ln_f(x)
        logits = self.lm_head(x)
        loss = None
        if targets is not None:
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1), ignore_index=-1)
        return logits, loss


`;
}

function encoderMha(g: Gen): string {
  const name = g.id('Encoder');
  const d = g.pick([128, 256, 512]);
  const n = g.int(2, 8);
  return `class ${name}Layer(nn.Module):
    def __init__(self, d_model: int = ${d}, nhead: int = 8, dim_feedforward: int = ${d * 4}, dropout: float = 0.1):
        super().__init__()
        self.self_attn = nn.MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=True)
        self.linear1 = nn.Linear(d_model, dim_feedforward)
        self.linear2 = nn.Linear(dim_feedforward, d_model)
        self.norm1 = nn.LayerNorm(d_model)
        self.norm2 = nn.LayerNorm(d_model)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src, src_mask=None):
        x = self.norm1(src)
        src = src + self.dropout(self.self_attn(x, x, x, attn_mask=src_mask)[0])
        src = src + self.dropout(self.linear2(F.relu(self.linear1(self.norm2(src)))))
        return src


class ${name}(nn.Module):
    def __init__(self, num_layers: int = ${n}, d_model: int = ${d}):
        super().__init__()
        self.layers = nn.ModuleList([${name}Layer(d_model) for _ in range(num_layers)])
        self.norm = nn.LayerNorm(d_model)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return self.norm(x)


`;
}

function lstm(g: Gen): string {
  const name = g.id('SeqClassifier');
  const hidden = g.pick([64, 128, 256, 512]);
  const fix = g.chance(0.5);
  return `class ${name}(nn.Module):
    def __init__(self, vocab: int = ${g.pick([5000, 10000, 30000])}, emb: int = ${g.pick([64, 128, 300])}, hidden: int = ${hidden}, classes: int = ${g.pick([2, 5, 20])}):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hidden, num_layers=${g.int(1, 3)}, batch_first=True, bidirectional=${g.chance(0.5) ? 'True' : 'False'})
        self.out = nn.Linear(hidden * (2 if self.lstm.bidirectional else 1), classes)
        for name, param in self.lstm.named_parameters():
            if "weight_ih" in name:
                nn.init.xavier_uniform_(param)
            elif "weight_hh" in name:
                nn.init.orthogonal_(param)
            elif "bias" in name:
                nn.init.zeros_(param)${fix ? `
                n = param.size(0)
                param.data[n // 4:n // 2].fill_(1.0)` : ''}

    def forward(self, tokens, lengths=None):
        x = self.embedding(tokens)
        out, (h, c) = self.lstm(x)
        return self.out(out[:, -1, :])


`;
}

function utilities(g: Gen): string {
  const fn = g.id('train_epoch');
  return `def ${fn}(model: nn.Module, loader, optimizer, device: str = "cpu", clip: float = ${g.pick(['1.0', '0.5', '5.0'])}) -> float:
    model.train()
    total, count = 0.0, 0
    for step, (inputs, targets) in enumerate(loader):
        inputs, targets = inputs.to(device), targets.to(device)
        optimizer.zero_grad(set_to_none=True)
        logits = model(inputs)
        loss = F.cross_entropy(logits, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
        optimizer.step()
        total += loss.item() * inputs.size(0)
        count += inputs.size(0)
        if step % ${g.pick([10, 50, 100])} == 0:
            print(f"step {step}: loss {loss.item():.4f}")
    return total / max(count, 1)


@torch.no_grad()
def ${fn}_eval(model: nn.Module, loader, device: str = "cpu") -> Tuple[float, float]:
    model.eval()
    correct, seen, loss_sum = 0, 0, 0.0
    for inputs, targets in loader:
        inputs, targets = inputs.to(device), targets.to(device)
        logits = model(inputs)
        loss_sum += F.cross_entropy(logits, targets, reduction="sum").item()
        correct += (logits.argmax(dim=-1) == targets).sum().item()
        seen += targets.numel()
    return loss_sum / max(seen, 1), correct / max(seen, 1)


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


`;
}

function rawParams(g: Gen): string {
  const name = g.id('Bilinear');
  const a = g.pick(WIDTHS);
  const b = g.pick(WIDTHS);
  const scaled = g.chance(0.6);
  return `class ${name}(nn.Module):
    def __init__(self, n: int = ${a}, m: int = ${b}):
        super().__init__()
        self.W = nn.Parameter(torch.randn(m, n)${scaled ? ' / math.sqrt(n)' : ''})
        self.b = nn.Parameter(torch.zeros(m))
        self.proj = nn.Linear(m, m)

    def forward(self, x):
        return self.proj(torch.tanh(x @ self.W.t() + self.b))


`;
}

const GENERATORS = [mlp, mlp, convBlock, resnet, transformer, encoderMha, lstm, utilities, rawParams];

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Writes the corpus (at least `minLines` lines) under `dir`, which must be empty or absent. */
export function generateCorpus(dir: string, minLines = 200_000, seed = 42): Corpus {
  const g = new Gen(seed);
  fs.mkdirSync(dir, { recursive: true });
  let lines = 0;
  let bytes = 0;
  let files = 0;
  while (lines < minLines) {
    const target = g.int(150, 900);
    let text = `"""Generated model file ${files}."""\n${HEADER}\n\n`;
    while (countLines(text) < target) text += g.pick(GENERATORS)(g);
    const folder = path.join(dir, `pkg${files % 8}`, `sub${Math.floor(files / 8) % 6}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `models_${String(files).padStart(4, '0')}.py`), text);
    lines += countLines(text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { dir, files, lines, bytes };
}

if (require.main === module) {
  const dir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'initlint-corpus-'));
  const minLines = process.argv[3] ? Number(process.argv[3]) : 200_000;
  const c = generateCorpus(dir, minLines);
  process.stdout.write(`${c.dir}: ${c.files} files, ${c.lines} lines, ${(c.bytes / 1e6).toFixed(1)} MB\n`);
}
