"""16-layer self-normalising network (LeCun normal + SELU, zero biases): the fixed point holds."""
import math

import torch
import torch.nn as nn

WIDTH = 256
DEPTH = 16

layers = []
for _ in range(DEPTH):
    fc = nn.Linear(WIDTH, WIDTH)
    nn.init.normal_(fc.weight, std=1.0 / math.sqrt(WIDTH))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
    nn.init.zeros_(fc.bias)
    layers += [fc, nn.SELU()]
snn = nn.Sequential(*layers, nn.Linear(WIDTH, 10))
