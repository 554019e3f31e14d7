#!/usr/bin/env python3
"""Measures residual stacks in real PyTorch: the stream's second moment and the gradient's squared
norm over N blocks, for the models that residual.test.ts writes and initlint reads.

Reads a JSON list of cases on stdin: {"id", "path", "cls", "width", "nets", "batch"}; imports the
file, builds `cls()` `nets` times (seed k for net k), pushes x ~ N(0, 1) of shape (batch, width)
forward in float64 and a random output gradient g ~ N(0, 1) backward. Prints a JSON object
{"torch": version, "results": [{"id", "forward", "backward", "spread"}]}: forward is
mean over nets of E[y^2] / E[x^2], backward of |dL/dx|^2 / |g|^2 (the averages of the ratios the
theory predicts in expectation), spread the largest relative deviation of one net from the mean.
"""
import torch

from cases import load, serve


def measure(case):
    module = load(case["path"], "m_" + case["id"])
    cls = getattr(module, case["cls"])
    fwd, bwd = [], []
    for k in range(case["nets"]):
        torch.manual_seed(1000 + k)
        net = cls()
        x = torch.randn(case["batch"], case["width"], requires_grad=True)
        y = net(x)
        g = torch.randn_like(y)
        y.backward(g)
        fwd.append(((y.detach() ** 2).mean() / (x.detach() ** 2).mean()).item())
        bwd.append(((x.grad ** 2).sum() / (g ** 2).sum()).item())
    f = sum(fwd) / len(fwd)
    b = sum(bwd) / len(bwd)
    spread = max(max(abs(v / f - 1) for v in fwd), max(abs(v / b - 1) for v in bwd))
    return {"id": case["id"], "forward": f, "backward": b, "spread": spread}


if __name__ == "__main__":
    serve(measure)
