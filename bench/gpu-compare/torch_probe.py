"""The initlint probe in PyTorch eager on CUDA, for bench/gpu-compare/compare.js: a He/ReLU MLP,
a unit-variance batch forward, loss = sum(out * R) backward, and per layer the same statistics as
engine/probe (second moments and means before and after the activation, dead units, the squared
norm of the gradient at each layer's input, the weight gradient's second moment), reduced on the
device and read back once. Prints one JSON line: [{"device", "run", "init"}] per size (median ms)."""
import json
import sys
import time

import torch


def probe(weights, biases, x, r):
    stats = []
    taps = []
    h = x
    for w, b in zip(weights, biases):
        if not h.is_leaf:
            h.retain_grad()
        taps.append(h)
        pre = torch.nn.functional.linear(h, w, b)
        post = torch.relu(pre)
        stats += [post.square().mean(), post.mean(), pre.square().mean(), pre.mean(),
                  (pre.amax(0) <= 0).float().mean()]
        h = post
    loss = (h * r).sum()
    loss.backward()
    n = x.shape[0]
    stats += [t.grad.square().sum() / n for t in taps]
    stats += [w.grad.square().mean() for w in weights]
    return torch.stack(stats).cpu()  # the one read-back


def main():
    cfg = json.loads(sys.argv[1])
    if torch.cuda.is_available():
        dev = torch.device('cuda')
        name = torch.cuda.get_device_name(0)
    elif cfg.get('allowCpu'):
        dev = torch.device('cpu')
        name = 'CPU'
    else:
        raise SystemExit('no CUDA device')
    sync = torch.cuda.synchronize if dev.type == 'cuda' else (lambda: None)
    out = []
    for s in cfg['sizes']:
        depth, width, batch = s['depth'], s['width'], s['batch']
        runs, inits = [], []
        for i in range(cfg['repeats'] + 1):
            sync()
            t0 = time.perf_counter()
            weights, biases = [], []
            for _ in range(depth):
                w = torch.empty(width, width, device=dev)
                torch.nn.init.kaiming_normal_(w, nonlinearity='relu')
                weights.append(w.requires_grad_(True))
                biases.append(torch.zeros(width, device=dev, requires_grad=True))
            x = torch.randn(batch, width, device=dev, requires_grad=True)
            r = torch.randn(batch, width, device=dev)
            sync()
            t1 = time.perf_counter()
            probe(weights, biases, x, r)
            sync()
            t2 = time.perf_counter()
            if i > 0:
                inits.append((t1 - t0) * 1000)
                runs.append((t2 - t1) * 1000)
        runs.sort()
        inits.sort()
        out.append({'device': name, 'run': runs[len(runs) // 2], 'init': inits[len(inits) // 2]})
    print(json.dumps(out))


if __name__ == '__main__':
    main()
