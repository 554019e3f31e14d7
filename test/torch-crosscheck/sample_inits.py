#!/usr/bin/env python3
"""Samples real PyTorch initializers and module defaults and prints their empirical moments.

Reads a JSON list of cases on stdin (written by crosscheck.test.ts) and prints a JSON list of
results on stdout, one per case, in order:

  case   {"id", "kind": "init", "fn": "kaiming_normal_", "shape": [...], "args": [...], "kwargs": {...}}
         {"id", "kind": "method", "fn": "normal_", "shape", "args", "kwargs"}        tensor.<fn>_(...)
         {"id", "kind": "factory", "fn": "randn", "shape", "args", "kwargs", "mult"}  torch.<fn>(...) * mult
         {"id", "kind": "module", "ctor": "Linear", "args", "kwargs", "param": "weight",
          "exclude_rows": [0]}                                                         nn.<ctor>(...).<param>
  result {"id", "n", "mean", "var", "m4", "shape", "params": [[name, shape], ...] (modules),
          "excluded_zero": bool (when rows were excluded)}

Every case is repeated (a fresh tensor or module each time) until about `samples` values are drawn
(default 1,000,000); mean, variance and the central fourth moment are taken over all of them in
float64. The seed is fixed, so the output is reproducible.
"""
import json
import sys

import torch


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
