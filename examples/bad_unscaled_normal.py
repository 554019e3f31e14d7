"""Weights drawn with std 1 whatever the width: activations explode layer by layer (IL003)."""
import torch
import torch.nn as nn

HIDDEN = 1024


class Encoder(nn.Module):
    def __init__(self, d_in=128, hidden=HIDDEN, n_layers=4):
        super().__init__()
        dims = [d_in] + [hidden] * n_layers
        self.net = nn.Sequential(*[m for a, b in zip(dims, dims[1:]) for m in (nn.Linear(a, b), nn.ReLU())])
        self.proj = nn.Parameter(torch.randn(hidden, 64))
        self.apply(self._init_weights)

    def _init_weights(self, m):
        if isinstance(m, nn.Linear):
            m.weight.data.normal_(0.0, 1.0)
            m.bias.data.zero_()

    def forward(self, x):
        return self.net(x) @ self.proj
