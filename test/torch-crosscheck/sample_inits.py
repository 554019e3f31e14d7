#!/usr/bin/env python3
"""Samples real PyTorch initializers and module defaults and prints their empirical moments.

Reads a JSON list of cases on stdin (written by crosscheck.test.ts) and prints a JSON list of
results on stdout, one per case, in order:

  case   {"id", "kind": "init", "fn": "kaiming_normal_", "shape": [...], "args": [...], "kwargs": {...}}
         {"id", "kind": "method", "fn": "normal_", "shape", "args", "kwargs"}        tensor.<fn>_(...)
         {"id", "kind": "factory", "fn": "randn", "shape", "args", "kwargs", "mult"}  torch.<fn>(...) * mult
         {"id", "kind": "timm", "fn": "variance_scaling_", "shape", "args", "kwargs"}  timm.layers' <fn>
         {"id", "kind": "module", "ctor": "Linear", "args", "kwargs", "param": "weight",
          "exclude_rows": [0]}                                                         nn.<ctor>(...).<param>
  result {"id", "n", "mean", "var", "m4", "shape", "params": [[name, shape], ...] (modules),
          "excluded_zero": bool (when rows were excluded)}

Every case is repeated (a fresh tensor or module each time) until about `samples` values are drawn
(default 1,000,000); mean, variance and the central fourth moment are taken over all of them in
float64. The seed is fixed, so the output is reproducible.
"""
import json
import math
import sys

import torch


def timm_trunc_normal_tf_(w, mean=0.0, std=1.0, a=-2.0, b=2.0):
    # timm.layers.weight_init.trunc_normal_tf_: cut-offs applied to N(0, 1), then scaled and shifted.
    torch.nn.init.trunc_normal_(w, 0.0, 1.0, a, b)
    with torch.no_grad():
        w.mul_(std).add_(mean)


def timm_variance_scaling_(w, scale=1.0, mode="fan_in", distribution="normal"):
    # timm.layers.weight_init.variance_scaling_, written out with the same torch primitives.
    fan_in, fan_out = torch.nn.init._calculate_fan_in_and_fan_out(w)
    denom = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2}[mode]
    variance = scale / denom
    if distribution == "truncated_normal":
        timm_trunc_normal_tf_(w, std=math.sqrt(variance) / 0.87962566103423978)
    elif distribution == "normal":
        with torch.no_grad():
            w.normal_(std=math.sqrt(variance))
    else:
        bound = math.sqrt(3 * variance)
        with torch.no_grad():
            w.uniform_(-bound, bound)


TIMM = {
    "trunc_normal_tf_": timm_trunc_normal_tf_,
    "variance_scaling_": timm_variance_scaling_,
    "lecun_normal_": lambda w: timm_variance_scaling_(w, mode="fan_in", distribution="truncated_normal"),
}


def draw(case):
    kind = case["kind"]
    args = case.get("args", [])
    kwargs = case.get("kwargs", {})
    if kind == "init":
        w = torch.empty(case["shape"])
        getattr(torch.nn.init, case["fn"])(w, *args, **kwargs)
        return w, None, None
    if kind == "method":
        w = torch.empty(case["shape"])
        with torch.no_grad():
            getattr(w, case["fn"])(*args, **kwargs)
        return w, None, None
    if kind == "timm":
        w = torch.empty(case["shape"])
        TIMM[case["fn"]](w, *args, **kwargs)
        return w, None, None
    if kind == "factory":
        w = getattr(torch, case["fn"])(*args, **kwargs) * case.get("mult", 1.0)
        return w, None, None
    if kind == "module":
        m = getattr(torch.nn, case["ctor"])(*args, **kwargs)
        params = dict(m.named_parameters())
        w = params[case["param"]].detach()
        names = [[n, list(p.shape)] for n, p in m.named_parameters()]
        excluded_zero = None
        if case.get("exclude_rows"):
            rows = case["exclude_rows"]
            excluded_zero = bool(all(float(w[r].abs().max()) == 0.0 for r in rows))
            keep = [i for i in range(w.shape[0]) if i not in set(rows)]
            w = w[keep]
        return w, names, excluded_zero
    raise ValueError("unknown case kind " + kind)


def run(case, samples):
    chunks = []
    total = 0
    names = None
    shape = None
    excluded_zero = None
    reps = 0
    while total < samples and reps < 5000:
        w, nm, ez = draw(case)
        if shape is None:
            shape = list(w.shape) if case["kind"] != "module" else None
        if nm is not None:
            names = nm
        if ez is not None:
            excluded_zero = ez if excluded_zero is None else (excluded_zero and ez)
        flat = w.detach().reshape(-1).double()
        chunks.append(flat)
        total += flat.numel()
        reps += 1
    x = torch.cat(chunks)
    n = x.numel()
    mean = float(x.mean())
    d = x - mean
    var = float((d * d).mean())
    m4 = float((d ** 4).mean())
    out = {"id": case["id"], "n": n, "reps": reps, "mean": mean, "var": var, "m4": m4}
    if names is not None:
        out["params"] = names
        out["shape"] = next(s for nm, s in names if nm == case["param"])
    else:
        out["shape"] = shape
    if excluded_zero is not None:
        out["excluded_zero"] = excluded_zero
    return out


def main():
    cases = json.load(sys.stdin)
    samples = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    torch.manual_seed(1234)
    torch.set_num_threads(max(1, min(4, torch.get_num_threads())))
    results = []
    for case in cases:
        try:
            results.append(run(case, samples))
        except Exception as e:  # reported per case, so one bad case does not hide the others
            results.append({"id": case["id"], "error": repr(e)})
    json.dump({"torch": torch.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
