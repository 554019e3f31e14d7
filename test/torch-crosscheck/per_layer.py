#!/usr/bin/env python3
"""Per-layer statistics of real PyTorch models, for architectures.test.ts.

Reads a JSON list of cases on stdin: {"id", "path", "cls", "shape", "nets"}; imports the file,
builds `cls()` `nets` times (seed k), hooks every leaf module that has parameters, pushes
x ~ N(0, 1) of `shape` forward in float64 and g ~ N(0, 1) backward from the output. Prints
{"torch": version, "results": [{"id", "layers": {name: [pre, backward]}}]}: `pre` is the second
moment of the module's output over that of x (a Linear/Conv's pre-activation), `backward` the
squared norm of the gradient at its input over that of g; both averaged over the nets.
"""
import torch

from cases import load, serve


def measure(case):
    module = load(case["path"], "m_" + case["id"])
    acc = {}
    nets = case["nets"]
    for k in range(nets):
        torch.manual_seed(2000 + k)
        net = getattr(module, case["cls"])()
        outs, grads = {}, {}
        for name, mod in net.named_modules():
            if len(list(mod.children())) == 0 and any(True for _ in mod.parameters(recurse=False)):
                mod.register_forward_hook(lambda m, i, o, name=name: outs.__setitem__(name, o.detach()))
                mod.register_full_backward_hook(lambda m, gi, go, name=name: grads.__setitem__(name, gi[0].detach() if gi[0] is not None else None))
        x = torch.randn(*case["shape"], requires_grad=True)
        y = net(x)
        g = torch.randn_like(y)
        y.backward(g)
        q0 = (x.detach() ** 2).mean().item()
        g0 = (g ** 2).sum().item()
        for name, out in outs.items():
            a = acc.setdefault(name, [0.0, 0.0])
            a[0] += (out ** 2).mean().item() / q0 / nets
            gi = grads.get(name)
            a[1] += ((gi ** 2).sum().item() / g0 if gi is not None else float("nan")) / nets
    return {"id": case["id"], "layers": acc}


if __name__ == "__main__":
    serve(measure)
