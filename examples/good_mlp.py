"""A deep ReLU MLP with He (Kaiming) initialization: the signal keeps its scale through 20 layers."""
import torch.nn as nn


def make_mlp(width=512, depth=20, n_out=10):
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        nn.init.kaiming_normal_(linear.weight, nonlinearity='relu')
        nn.init.zeros_(linear.bias)
        layers += [linear, nn.ReLU()]
    layers.append(nn.Linear(width, n_out))
    return nn.Sequential(*layers)


model = make_mlp()
