// Model sources several tests build on.

/**
 * A residual MLP of `depth` blocks `x + fc2(relu(fc1(x)))` of width `width`, both layers Kaiming
 * (ReLU gain) without biases: each block multiplies the stream's second moment and the gradient's
 * squared norm by 1 + 2 = 3.
 */
export function kaimingResMlp(depth: number, width = 128): string {
  return `import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc1 = nn.Linear(d, d, bias=False)
        self.fc2 = nn.Linear(d, d, bias=False)
        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")
        nn.init.kaiming_normal_(self.fc2.weight, nonlinearity="relu")

    def forward(self, x):
        return x + self.fc2(torch.relu(self.fc1(x)))


class ResMLP(nn.Module):
    def __init__(self, d=${width}, depth=${depth}):
        super().__init__()
        self.blocks = nn.ModuleList([Block(d) for _ in range(depth)])

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return x
`;
}
