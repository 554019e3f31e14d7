// Hand-written dot-product attention in PyTorch forward passes: `q @ k.transpose(-2, -1)`,
// `torch.matmul(q, k.mT)`, `q.matmul(k.transpose(-2, -1))`. The product of two computed tensors is
// still a cut of the chain (the theory does not follow attention), but an opaque step that says
// which projections the operands come from, the head dimension they contract and what scales them,
// so IL008 can predict the logits' scale. Also the little shape knowledge that needs: the last
// axis through view/reshape/transpose/permute, and `x.size(-1)` when it is known.
import type { AttentionScores, GraphNode, Layer } from '../../../model/graph';
import { commonAncestor, extend, joinBranches, nodesSince } from '../../shared/trace';
import { rangeOf } from '../eval/nodes';
import { UNKNOWN, type Value, isKnownNumber, num } from '../eval/values';
import type { Tensor } from '../plugin';
import type { SyntaxNode } from '../syntax';

/** What is known of a tensor's axes beyond its trace: its rank and its last size (a view's). */
interface Axes {
  rank?: number;
  last?: number;
}

const WEIGHT_KINDS = new Set(['Linear', 'Parameter']);

/** Per forward-pass tensor value: the axes a view gave it. Values that change them are new objects. */
export class TorchAxes {
  private readonly known = new WeakMap<object, Axes>();

  /** The last axis' size: a view's last size, else the width of the Linear that produced it. */
  last(x: Tensor): number | undefined {
    const a = this.known.get(x);
    if (a) return a.last;
    return lastOfLayer(x.trace.node);
  }

  /** `x.size()`: a value that unpacks into its sizes, the last one known when it is (`B, T, C = x.size()`). */
  sizes(x: Tensor): Value {
    const last = this.last(x);
    const rank = this.known.get(x)?.rank;
    return { k: 'lib', name: TORCH_SIZE, ...({ last, rank } as object) } as Value;
  }

  /** `x.view(B, T, h, d)` / `x.reshape((B, T, h, d))`: rank 4, last size d when known (-1 proves nothing). */
  reshape(x: Tensor, positional: Value[]): Tensor {
    const sizes = positional.length === 1 && positional[0]?.k === 'seq' ? positional[0].items : positional;
    const lastArg = sizes[sizes.length - 1];
    const out: Tensor = { ...x };
    const axes: Axes = { rank: sizes.length };
    if (lastArg && isKnownNumber(lastArg) && Number.isInteger(lastArg.v) && lastArg.v > 0) axes.last = lastArg.v;
    this.known.set(out, axes);
    return out;
  }

  /** `x.transpose(i, j)` / `x.permute(...)`: the same axes when the last one stays last, else unknown. */
  reorder(x: Tensor, name: 'transpose' | 'permute', positional: Value[]): Tensor {
    const a = this.known.get(x);
    const rank = a?.rank;
    const idx = (v: Value | undefined): number | undefined => (v && isKnownNumber(v) && Number.isInteger(v.v) ? (rank !== undefined && v.v < 0 ? v.v + rank : v.v) : undefined);
    let keepsLast = false;
    if (rank !== undefined) {
      if (name === 'transpose') {
        const i = idx(positional[0]);
        const j = idx(positional[1]);
        keepsLast = i !== undefined && j !== undefined && i !== rank - 1 && j !== rank - 1;
      } else {
        const order = positional.length === 1 && positional[0]?.k === 'seq' ? positional[0].items : positional;
        keepsLast = order.length === rank && idx(order[order.length - 1]) === rank - 1;
      }
    }
    if (keepsLast) return x;
    const out: Tensor = { ...x };
    this.known.set(out, rank !== undefined ? { rank } : {});
    return out;
  }

  /** The same tensor with nothing known of its axes (after a split, a chunk). */
  forget(x: Tensor): Tensor {
    const out: Tensor = { ...x };
    this.known.set(out, {});
    return out;
  }

  /** `x.size(-1)` / `x.size(rank - 1)`: the last size when known. */
  size(x: Tensor, positional: Value[]): Value {
    const a = positional[0];
    if (!a || !isKnownNumber(a)) return UNKNOWN;
    const rank = this.known.get(x)?.rank;
    const last = a.v === -1 || (rank !== undefined && a.v === rank - 1);
    const d = last ? this.last(x) : undefined;
    return d !== undefined ? num(d) : UNKNOWN;
  }
}

const TORCH_SIZE = '__torch_size__';

/** `B, T, C = x.size()`: unknown leading sizes and the known last one, when the rank agrees. */
export function unpackSizes(v: Value, count: number): Value[] | undefined {
  if (v.k !== 'lib' || v.name !== TORCH_SIZE) return undefined;
  const { last, rank } = v as unknown as { last?: number; rank?: number };
  if (rank !== undefined && rank !== count) return undefined;
  return Array.from({ length: count }, (_, i) => (i === count - 1 && last !== undefined ? num(last) : UNKNOWN));
}

/**
 * The last axis of what a layer outputs, where the layer's kind fixes it: a Linear's out_features,
 * an Embedding's dimension, a LayerNorm/RMSNorm's normalized size (a BatchNorm's features are its
 * channels, axis 1, and a Conv's too).
 */
function lastOfLayer(n: GraphNode | null): number | undefined {
  if (n?.type !== 'layer') return undefined;
  const l = n.layer;
  if (l.kind === 'Linear' || l.kind === 'Embedding') return typeof l.outFeatures === 'number' ? l.outFeatures : undefined;
  if (l.kind === 'Norm' && (l.normKind === 'layer' || l.normKind === 'rms')) {
    const d = l.outFeatures ?? l.params.find((p) => p.role === 'gamma')?.shape[0];
    return typeof d === 'number' ? d : undefined;
  }
  return undefined;
}

/** The operand's path since the fork: its projection, and what the code does to it afterwards. */
function operand(since: GraphNode[], fork: GraphNode | null): { layer: Layer; scale: number; unknown: boolean; normalized: boolean } | undefined {
  // A fused projection (`q, k, v = self.c_attn(x).split(n_embd, dim=2)`): the operands part at the
  // layer itself, so the path from the fork holds only the slice; the projection is the fork.
  const fused = fork?.type === 'layer' && WEIGHT_KINDS.has(fork.layer.kind) && since.length > 0 && since[0]!.type === 'opaque' && since[0]!.slice === true;
  const nodes = fused ? [fork!, ...since] : since;
  let at = -1;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.type === 'layer' && WEIGHT_KINDS.has(n.layer.kind)) {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  let scale = 1;
  let unknown = false;
  let normalized = false;
  for (const n of nodes.slice(at + 1)) {
    // attention weights (`softmax(q k^T) @ v`): the left operand is no query
    if ((n.type === 'activation' && n.activation.kind === 'softmax') || (n.type === 'opaque' && n.attention)) return undefined;
    if (n.type === 'scale' && !n.gate) scale *= n.factor;
    else if (n.type === 'opaque' && n.slice) continue; // q, k, v = qkv.split(...): each part keeps its entries
    else if (n.type === 'layer' && n.layer.kind === 'Norm') normalized = true;
    else unknown = true;
  }
  return { layer: (nodes[at] as GraphNode & { type: 'layer' }).layer, scale, unknown, normalized };
}

/**
 * `a @ b` of two forward-pass tensors: attention scores when both come from weight layers of their
 * own since they parted (`q @ k.transpose(-2, -1)`), an opaque step carrying what IL008 needs; a
 * plain cut otherwise (`att @ v` is a cut too: the chain goes on along `att`).
 */
export function tensorProduct(axes: TorchAxes, a: Tensor, b: Tensor, leftNode: SyntaxNode | undefined, node: SyntaxNode): Value {
  const range = rangeOf(node);
  const base = a.trace === b.trace ? undefined : commonAncestor(a.trace, b.trace);
  const left = base ? operand(nodesSince(a.trace, base), base.node) : undefined;
  const right = base ? operand(nodesSince(b.trace, base), base.node) : undefined;
  const joined = joinBranches([a.trace, b.trace], "the operation '@'", range);
  if (!left || !right || !leftNode) return { k: 'tensor', trace: joined };
  const headDim = axes.last(a);
  const attention: AttentionScores = {
    query: left.layer,
    key: right.layer,
    ...(headDim !== undefined ? { headDim } : {}),
    operandScale: left.scale * right.scale,
    operandUnknown: left.unknown || right.unknown,
    normalized: left.normalized || right.normalized,
    leftText: leftNode.text,
  };
  const cut = joined.node as GraphNode & { type: 'opaque' };
  const node2: GraphNode = { ...cut, reason: 'attention scores (a product of two projections)', attention };
  return { k: 'tensor', trace: extend(joined.parent!, node2) };
}
