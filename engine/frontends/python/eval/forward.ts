// The forward-pass core every framework shares: running a module class's forward method (the
// plug-in names it: forward, call, __call__) on an abstract tensor, and applying a module object to
// a trace by its kind (a layer or activation appends a node, a Sequential chains its children, a
// class of the file runs its forward, anything else is an opaque step).
import { extend } from '../../shared/trace';
import { findMethod } from './attributes';
import { callFunction } from './calls';
import type { Ctx, Interpreter } from './interpreter';
import { type ModuleObj, type Trace, type Value, firstTensor } from './values';

/** Runs a custom module's forward on an abstract tensor; undefined when there is no readable forward. */
export function callForward(ip: Interpreter, m: ModuleObj, input: Trace, ctx: Ctx, extra: Value[] = []): Trace | undefined {
  return callForwardValue(ip, m, { k: 'tensor', trace: input }, ctx, extra)?.trace;
}

/** Runs forward (PyTorch), call (Keras) or __call__ (Flax) on a tensor; the output tensor, shape included. */
export function callForwardValue(ip: Interpreter, m: ModuleObj, input: Value & { k: 'tensor' }, ctx: Ctx, extra: Value[] = [], keyword: Map<string, Value> = new Map()): (Value & { k: 'tensor' }) | undefined {
  const name = ip.plugins.owner(m.framework)?.forwardMethod?.(m) ?? 'forward';
  const forward = findMethod(m, name);
  if (!forward || ctx.depth >= ip.limits.callDepth) return undefined;
  const out = callFunction(ip, forward.def, { k: 'module', m }, [input, ...extra], keyword, ctx, forward.cls);
  return firstTensor(out);
}

/** Applies a module to a tensor: layers and activations append nodes, containers chain their children. */
export function applyModule(ip: Interpreter, m: ModuleObj, trace: Trace, ctx: Ctx, extra: Value[]): Trace {
  switch (m.kind) {
    case 'layer':
      return extend(trace, { type: 'layer', layer: m.layer! });
    case 'activation':
      return extend(trace, { type: 'activation', activation: m.activation! });
    case 'passthrough':
      return trace;
    case 'container': {
      if (m.containerKind !== 'Sequential') return extend(trace, { type: 'opaque', reason: `calling ${m.display}` });
      let t = trace;
      for (const child of m.children.values()) t = applyModule(ip, child, t, ctx, []);
      return t;
    }
    case 'custom': {
      const out = callForward(ip, m, trace, ctx, extra);
      return out ?? extend(trace, { type: 'opaque', reason: `${m.display} has no forward initlint can read` });
    }
    default:
      return extend(trace, { type: 'opaque', reason: `${m.className} is not modelled` });
  }
}
