#!/usr/bin/env python3
"""Measures the input-output Jacobian of deep stacks in real PyTorch, for jacobian.test.ts.

Reads a JSON list of cases on stdin: {"id", "path", "cls", "width", "nets", "points"}; imports the
file, builds `cls()` `nets` times (seed 2000 + k for net k), and at `points` inputs x ~ N(0, I) per
net computes J = d net(x) / dx in float64 (torch.autograd.functional.jacobian). With A = J J^T and
m outputs it prints {"torch": version, "results": [{"id", "meanSquare", "spread"}]}: meanSquare is
the mean over nets and inputs of tr(A)/m, spread = mean tr(A^2)/m over meanSquare^2 minus 1 (the
moments engine/theory/jacobian.ts predicts).
"""
import torch

from cases import load, serve


def measure(case):
    module = load(case["path"], "m_" + case["id"])
    cls = getattr(module, case["cls"])
    t1, t2, n = 0.0, 0.0, 0
    for k in range(case["nets"]):
        torch.manual_seed(2000 + k)
        net = cls()
        for _ in range(case["points"]):
            x = torch.randn(case["width"])
            J = torch.autograd.functional.jacobian(net, x)
            A = J @ J.T
            m = A.shape[0]
            t1 += (torch.trace(A) / m).item()
            t2 += ((A * A).sum() / m).item()
            n += 1
    m1 = t1 / n
    return {"id": case["id"], "meanSquare": m1, "spread": (t2 / n) / (m1 * m1) - 1}


if __name__ == "__main__":
    serve(measure)
