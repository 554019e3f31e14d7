"""30 Linear+ReLU layers left at PyTorch's default init: each layer shrinks the signal (IL005)."""
import torch.nn as nn

DEPTH = 30
WIDTH = 512

layers = []
for _ in range(DEPTH):
    layers += [nn.Linear(WIDTH, WIDTH), nn.ReLU()]
deep_mlp = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
