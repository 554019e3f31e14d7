// PyTorch fault sites: named layers and `nn.Sequential` elements (an init call inserted after the
// statement), existing init calls (replaced), raw weight tensors (`torch.randn(...) * scale`),
// and LSTM forget-bias fills.
//
// A site is planted only where the fault is real: zero and constant weights only on layers that
// are not the last of their module (and not a residual shortcut, whose zero init is a known-good
// idiom), never on embeddings, norms or biases; an init call is inserted after a layer only when
// no module-wide init pass in the file would overwrite it (`self.apply(_init_weights)`,
// `for m in self.modules(): if isinstance(m, nn.Linear)`, `for p in parameters()`).
import type { Call, Source } from '../source';
import type { FaultKind, Site } from '../mutant';
import { OUTPUT_NAME, SCALE_KINDS, TANH_GAIN, calleeBefore, normFollows, hasRootScale, insertAfter, numeric, positional, replaceRange, runProduct, scaleRun } from './common';

type LayerType = 'Linear' | 'Conv';

interface Layer {
  start: number;
  call: Call;
  type: LayerType;
  line: number;
  /** `self.fc1`, `layer` or `self.net[2]`: the expression whose `.weight` is the layer's weight. */
  target?: string;
  /** Line after which an init call for the layer can be inserted (end of its statement). */
  insertAfterLine?: number;
  /** Line whose indentation the inserted call takes. */
  indentLine?: number;
  hidden: boolean;
  construct: string;
  /** `nn.init.kaiming_normal_` before a following `nn.Tanh()` is provable. */
  tanhAfter: boolean;
  /** The fan-in when the constructor's arguments are literals. */
  fanIn?: number;
  /** A normalization provably follows the layer (its weight scale is then irrelevant). */
  normAfter: boolean;
}

/** Literal fan-in: `Linear(in, ...)`; `ConvNd(in, out, k)` with an int or tuple kernel size. */
function literalFanIn(call: Call, type: LayerType, dims: number): number | undefined {
  const pos = positional(call);
  const kw = (k: string): string | undefined => call.args.find((a) => a.keyword === k)?.text.replace(/^\w+\s*=\s*/, '');
  const inText = pos[0]?.text ?? kw(type === 'Linear' ? 'in_features' : 'in_channels');
  const fin = inText !== undefined ? numeric(inText) : undefined;
  if (fin === undefined) return undefined;
  if (type === 'Linear') return fin;
  const k = pos[2]?.text ?? kw('kernel_size');
  if (k === undefined) return undefined;
  const ks = numeric(k);
  if (ks !== undefined) return fin * ks ** dims;
  const t = /^\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?(?:,\s*(\d+)\s*)?,?\s*\)$/.exec(k.trim());
  return t ? fin * [t[1], t[2], t[3]].filter((x) => x !== undefined).reduce((p, x) => p * Number(x), 1) : undefined;
}

const LAYER_RE = /(?<![\w.])((?:torch\.)?nn|[A-Za-z_]\w*)\.(Linear|Conv[123]d|ConvTranspose[123]d)\s*\(/g;
const SHORTCUT = /shortcut|downsample|down_sample|skip|residual|identity|res_conv|proj_shortcut/i;
const NOT_A_WEIGHT_LAYER = /emb|wte|wpe|pos|token|cls|norm|ln|bn|mask|bias|scale|gamma|beta|alpha/i;

export function torchAlias(text: string): string | undefined {
  let m = /^\s*import\s+torch\.nn\s+as\s+(\w+)/m.exec(text);
  if (m) return m[1];
  m = /^\s*from\s+torch\s+import\s+(?:[\w\s,]*,\s*)?nn(?:\s+as\s+(\w+))?\b/m.exec(text);
  if (m) return m[1] ?? 'nn';
  if (/^\s*import\s+torch\b(?!\.)/m.test(text) || /^\s*import\s+torch\s*$/m.test(text)) return 'torch.nn';
  return undefined;
}

/**
 * `self.bn1(self.conv1(x))`, `self.norm(self.proj(x))` in the file, or a `conv2`/`fc2` whose
 * paired `bn2`/`norm2` attribute is a normalization the forward applies.
 */
function normWraps(src: Source, attr: string): boolean {
  if (new RegExp(`\\.(?:bn|norm|ln|gn|bnorm|batch_norm|batchnorm|layer_norm|layernorm)\\w*\\s*\\(\\s*self\\.${attr}\\s*\\(`).test(src.text)) return true;
  const pair = /^(?:conv|fc|linear|proj)(\d*)$/.exec(attr);
  if (!pair) return false;
  return new RegExp(`self\\.(?:bn|norm|ln|gn)${pair[1]}\\s*=\\s*(?:[\\w.]*\\.)?(BatchNorm|LayerNorm|GroupNorm|InstanceNorm)\\w*\\(`).test(src.text) && new RegExp(`self\\.(?:bn|norm|ln|gn)${pair[1]}\\s*\\(`).test(src.text);
}

/** `NAME = <expr>` where the expression is the whole right-hand side of a statement. */
function assignment(src: Source, exprStart: number, exprEnd: number): { name: string; line: number; end: number } | undefined {
  const line = src.lineOf(exprStart);
  const logical = src.logicalLine(line);
  if (logical.start !== line) return undefined;
  const before = src.text.slice(src.lineStart[line]!, exprStart);
  const m = /^\s*((?:self\.)?[A-Za-z_]\w*)\s*(?::\s*[\w.[\], ]+)?=\s*$/.exec(before);
  if (!m) return undefined;
  const endLine = logical.end;
  const rest = src.text.slice(exprEnd, src.lineStart[endLine]! + src.line(endLine).length);
  if (!/^\s*(#.*)?$/.test(rest)) return undefined;
  return { name: m[1]!, line, end: endLine };
}

function layerTypeOf(name: string): LayerType {
  return name === 'Linear' ? 'Linear' : 'Conv';
}

export function pytorchSites(src: Source): Site[] {
  const nn = torchAlias(src.text);
  if (!nn) return [];
  const sites: Site[] = [];
  const layers = collectLayers(src, nn);
  const covered = reinitCoverage(src);
  const counts = { Linear: layers.filter((l) => l.type === 'Linear').length, Conv: layers.filter((l) => l.type === 'Conv').length };

  for (const layer of layers) {
    if (!layer.target || layer.insertAfterLine === undefined || layer.indentLine === undefined) continue;
    // A named layer outside any class is a whole one-layer model or a demo layer: not planted.
    if (layer.construct === 'torch.named-layer' && !src.scopeChain(layer.line).some((sc) => sc.kind === 'class')) continue;
    // N(0, 1) is a fault only for a layer with a real fan-in (skip a provably tiny one).
    const tinyFanIn = layer.fanIn !== undefined && layer.fanIn < 10;
    // A module-wide init pass later in the file would overwrite an init inserted here, and so
    // would an explicit init of this very weight (which is then a site of its own).
    if (covered.all || covered[layer.type]) continue;
    if (explicitlyInitialised(src, layer.target)) continue;
    const w = `${layer.target}.weight`;
    const add = (kind: FaultKind, text: string, note: string): void => {
      sites.push({
        framework: 'pytorch',
        kind,
        construct: layer.construct,
        edit: insertAfter(src, layer.insertAfterLine!, layer.indentLine!, text),
        span: [layer.insertAfterLine! + 1, layer.insertAfterLine! + 1],
        note,
      });
    };
    if (layer.hidden) {
      add('zero-hidden', `${nn}.init.zeros_(${w})`, `zeros_ on hidden ${layer.target}`);
      add('constant', `${nn}.init.constant_(${w}, 0.5)`, `constant_ 0.5 on hidden ${layer.target}`);
    }
    if (!tinyFanIn && !layer.normAfter) add('std1', `${nn}.init.normal_(${w}, std=1.0)`, `normal_ std=1 on ${layer.target}`);
    if (layer.tanhAfter && !layer.normAfter) add('he-before-tanh', `${nn}.init.kaiming_normal_(${w}, nonlinearity='relu')`, `Kaiming (ReLU) on ${layer.target}, followed by tanh`);
  }

  for (const lc of layers) {
    if (lc.construct !== 'torch.modulelist-comprehension' || !lc.target || lc.insertAfterLine === undefined) continue;
    if (covered.all || covered[lc.type]) continue;
    const loop = (body: string): string => `for _m in ${lc.target}: ${body}`;
    const add = (kind: FaultKind, body: string, note: string): void => {
      sites.push({
        framework: 'pytorch',
        kind,
        construct: lc.construct,
        edit: insertAfter(src, lc.insertAfterLine!, lc.indentLine!, loop(body)),
        span: [lc.insertAfterLine! + 1, lc.insertAfterLine! + 1],
        note,
      });
    };
    add('zero-hidden', `${nn}.init.zeros_(_m.weight)`, `zeros_ on every layer of ${lc.target}`);
    add('constant', `${nn}.init.constant_(_m.weight, 0.5)`, `constant_ on every layer of ${lc.target}`);
    add('std1', `${nn}.init.normal_(_m.weight, std=1.0)`, `normal_ std=1 on every layer of ${lc.target}`);
  }

  sites.push(...initCallSites(src, nn, layers, counts));
  sites.push(...rawTensorSites(src));
  sites.push(...forgetBiasSites(src));
  return sites;
}

function collectLayers(src: Source, nn: string): Layer[] {
  const layers: Layer[] = [];
  for (const m of src.codeMatches(LAYER_RE)) {
    const prefix = m[1]!;
    if (prefix !== nn && prefix !== 'nn' && prefix !== 'torch.nn') continue;
    const open = m.index + m[0].length - 1;
    const call = src.call(open);
    if (!call) continue;
    const line = src.lineOf(m.index);
    const type = layerTypeOf(m[2]!);
    const layer: Layer = { start: m.index, call, type, line, hidden: false, construct: 'torch.unnamed-layer', tanhAfter: false, normAfter: false, fanIn: literalFanIn(call, type, Number(/(\d)d$/.exec(m[2]!)?.[1] ?? 1)) };
    const named = assignment(src, m.index, call.close + 1);
    if (named) {
      layer.target = named.name;
      layer.insertAfterLine = named.end;
      layer.indentLine = named.line;
      layer.construct = 'torch.named-layer';
      const attr = named.name.replace(/^self\./, '');
      layer.tanhAfter = new RegExp(`(?:torch\\.|F\\.|functional\\.|nn\\.)tanh\\(\\s*self\\.${attr}\\(|self\\.${attr}\\([^()]*\\)\\.tanh\\(`).test(src.text);
      layer.normAfter = normWraps(src, attr);
    } else {
      sequentialElement(src, nn, layer);
    }
    layers.push(layer);
  }
  // ModuleList / Sequential built by a comprehension of one weight layer.
  for (const m of src.codeMatches(/(?<![\w.])((?:torch\.)?nn|[A-Za-z_]\w*)\.(ModuleList|Sequential)\s*\(\s*\[/g)) {
    if (m[1] !== nn && m[1] !== 'nn' && m[1] !== 'torch.nn') continue;
    const open = m.index + m[0].lastIndexOf('(');
    const call = src.call(open);
    const bracket = m.index + m[0].length - 1;
    const elems = src.elements(bracket);
    if (!call || !elems || elems.length !== 1 || !/\sfor\s/.test(elems[0]!.text)) continue;
    const inner = /^((?:torch\.)?nn|[A-Za-z_]\w*)\.(Linear|Conv[123]d)\s*\(/.exec(elems[0]!.text);
    if (!inner) continue;
    const named = assignment(src, m.index, call.close + 1);
    if (!named || OUTPUT_NAME.test(named.name) || SHORTCUT.test(named.name)) continue;
    layers.push({
      start: m.index,
      call,
      type: layerTypeOf(inner[2]!),
      line: src.lineOf(m.index),
      target: named.name,
      insertAfterLine: named.end,
      indentLine: named.line,
      hidden: true,
      construct: 'torch.modulelist-comprehension',
      tanhAfter: false,
      normAfter: false,
    });
  }
  markHidden(src, layers);
  return layers;
}

/** A weight layer that is a direct element of a named `nn.Sequential(...)`: target `NAME[i]`. */
function sequentialElement(src: Source, nn: string, layer: Layer): void {
  const open = src.enclosingOpen(layer.start);
  if (open === undefined || src.text[open] !== '(') return;
  const callee = calleeBefore(src, open);
  if (callee.text !== `${nn}.Sequential` && callee.text !== 'nn.Sequential' && callee.text !== 'torch.nn.Sequential') return;
  const seq = src.call(open);
  if (!seq) return;
  if (seq.args.some((a) => a.text.startsWith('*') || a.keyword !== undefined)) return;
  const index = seq.args.findIndex((a) => a.start === layer.start && a.end === layer.call.close + 1);
  if (index < 0) return;
  layer.construct = 'torch.sequential';
  const named = assignment(src, callee.start, seq.close + 1);
  const next = seq.args[index + 1]?.text ?? '';
  layer.normAfter = normFollows(src, layer.call.close + 1);
  layer.tanhAfter = /^(?:torch\.)?nn\.Tanh\(\)$/.test(next) || new RegExp(`^${nn.replace('.', '\\.')}\\.Tanh\\(\\)$`).test(next);
  // Hidden within the Sequential: another weight layer comes after it.
  const later = seq.args.slice(index + 1).some((a) => /^(?:[\w.]+)\.(Linear|Conv[123]d|ConvTranspose[123]d)\s*\(/.test(a.text));
  (layer as Layer & { seqHidden?: boolean }).seqHidden = later;
  if (!named) return;
  layer.target = `${named.name}[${index}]`;
  layer.insertAfterLine = named.end;
  layer.indentLine = named.line;
}

/**
 * Hidden: not the last weight layer of its scope (Sequential or def), not named like an output or
 * a shortcut, and not the last main-branch layer of a block (a residual branch's end).
 */
function markHidden(src: Source, layers: Layer[]): void {
  const byScope = new Map<number, Layer[]>();
  for (const l of layers) {
    if (l.construct === 'torch.modulelist-comprehension') continue;
    const key = src.scopeOf(l.line).header;
    const list = byScope.get(key) ?? [];
    list.push(l);
    byScope.set(key, list);
  }
  for (const list of byScope.values()) {
    const main = list.filter((l) => !(l.target && SHORTCUT.test(l.target)));
    const arms = new Map(main.map((l) => [l, branchArms(src, l.line)]));
    for (const l of list) {
      // Another main-branch layer follows on the same path (not only in a sibling if/else arm).
      const followed = main.some((o) => o.start > l.start && compatibleArms(arms.get(l) ?? branchArms(src, l.line), arms.get(o)!));
      if (!followed) continue;
      if (l.target && (OUTPUT_NAME.test(l.target.replace(/^self\./, '').replace(/\[\d+\]$/, '')) || SHORTCUT.test(l.target))) continue;
      const seqHidden = (l as Layer & { seqHidden?: boolean }).seqHidden;
      if (l.construct === 'torch.sequential' && !seqHidden) continue;
      // A named layer outside any class is a whole model or a demo layer, never provably hidden.
      if (l.construct === 'torch.named-layer' && !src.scopeChain(l.line).some((sc) => sc.kind === 'class')) continue;
      l.hidden = true;
    }
  }
}

/** For each if/elif/else chain enclosing `line` in its def: the chain's `if` line -> the arm's line. */
function branchArms(src: Source, line: number): Map<number, number> {
  const arms = new Map<number, number>();
  let indent = src.indent(line).length;
  const header = src.scopeOf(line).header;
  for (let l = line - 1; l > header && l >= 0; l--) {
    const t = src.line(l);
    if (t.trim() === '' || t.trim().startsWith('#')) continue;
    const ind = t.length - t.trimStart().length;
    if (ind >= indent) continue;
    indent = ind;
    if (!/^\s*(if|elif|else)\b/.test(t)) continue;
    let head = l;
    while (head > header && !/^\s*if\b/.test(src.line(head))) {
      head--;
      const h = src.line(head);
      if (h.trim() !== '' && h.length - h.trimStart().length < ind) break;
    }
    arms.set(head, l);
  }
  return arms;
}

function compatibleArms(a: Map<number, number>, b: Map<number, number>): boolean {
  for (const [head, arm] of a) if (b.has(head) && b.get(head) !== arm) return false;
  return true;
}

/** Whether an init call or a weight assignment names `TARGET.weight` anywhere in the file. */
function explicitlyInitialised(src: Source, target: string): boolean {
  const t = target.replace(/[.[\]]/g, (c) => `\\${c}`);
  return src.codeMatches(new RegExp(`(init\\.\\w+_|trunc_normal_|lecun_normal_|\\w+_init)\\(\\s*${t}\\.weight\\b|${t}\\.weight(\\.data)?\\s*(=[^=]|\\.\\w+_\\()`, 'g')).length > 0;
}

/** Which layer types a module-wide init pass in this file re-initialises. */
function reinitCoverage(src: Source): { all: boolean; Linear: boolean; Conv: boolean } {
  const cov = { all: false, Linear: false, Conv: false };
  const initCall = /(init\.\w+_\(|\.(normal_|uniform_|zero_|fill_)\(|trunc_normal_\(|lecun_normal_\(|_init\()/;
  // Functions passed to `.apply(...)` visit every submodule, like a loop over `.modules()`.
  const applied = new Set([...src.text.matchAll(/\.apply\(\s*(?:partial\(\s*)?(?:self\.)?(\w+)/g)].map((m) => m[1]!));
  for (let l = 0; l < src.lines.length; l++) {
    const t = src.line(l);
    if (!initCall.test(t)) continue;
    const cond = branchCondition(src, l);
    const loop = enclosingFor(src, l);
    const scope = src.scopeOf(l);
    const overModules = (loop !== undefined && /\.(named_)?modules\(\)/.test(loop)) || (scope.kind === 'def' && applied.has(scope.name));
    if (cond) {
      if (/Linear/.test(cond)) cov.Linear = true;
      if (/Conv/.test(cond)) cov.Conv = true;
      if (/dim\(\)\s*>\s*1|ndim\s*>\s*1|'weight'\s+in|"weight"\s+in/.test(cond)) cov.all = true;
    }
    // A pass over every module whose condition names no layer type (`hasattr(m, 'kaiming_init')`,
    // no condition at all) may re-initialise any layer.
    if (overModules && !/Linear|Conv|Norm|Embedding|bias/.test(cond ?? '')) cov.all = true;
    if (loop && /\.parameters\(\)/.test(loop) && !/endswith|\bif\b.*name/.test(cond ?? '')) cov.all = true;
  }
  return cov;
}

/** The condition of the nearest `if`/`elif` enclosing `line` (by indentation) in its def. */
function branchCondition(src: Source, line: number): string | undefined {
  const indent = src.indent(line).length;
  const header = src.scopeOf(line).header;
  for (let l = line - 1; l > header && l >= 0; l--) {
    const t = src.line(l);
    if (t.trim() === '' || t.trim().startsWith('#')) continue;
    const ind = t.length - t.trimStart().length;
    if (ind < indent) {
      if (/^\s*(if|elif)\b/.test(t)) return t;
      if (/^\s*else\s*:/.test(t)) continue;
      return undefined;
    }
  }
  return undefined;
}

function enclosingFor(src: Source, line: number): string | undefined {
  let indent = src.indent(line).length;
  const header = src.scopeOf(line).header;
  for (let l = line - 1; l >= 0 && l >= header; l--) {
    const t = src.line(l);
    if (t.trim() === '' || t.trim().startsWith('#')) continue;
    const ind = t.length - t.trimStart().length;
    if (ind < indent) {
      if (/^\s*for\b/.test(t)) return t;
      indent = ind;
    }
  }
  return undefined;
}

const INIT_FN_RE = /(?<![\w.])((?:(?:torch\.)?nn\.)?init\.|)(normal_|trunc_normal_|xavier_uniform_|xavier_normal_|kaiming_uniform_|kaiming_normal_|orthogonal_|lecun_normal_)\s*\(/g;
const INIT_METHOD_RE = /\.(?:data\.)?(normal_)\s*\(/g;

/** Sites at init calls already in the code: replaced by zeros / constant / std 1 / Kaiming, or their depth scale removed. */
function initCallSites(src: Source, nn: string, layers: Layer[], counts: Record<LayerType, number>): Site[] {
  const sites: Site[] = [];
  const named = new Map(layers.filter((l) => l.target).map((l) => [l.target!, l]));
  const visit = (callStart: number, open: number, fn: string, prefix: string, target: string, stdArg: { start: number; end: number } | undefined, form: 'function' | 'method'): void => {
    const call = src.call(open);
    if (!call) return;
    const line = src.lineOf(callStart);
    if (src.lineOf(call.close) !== line) return; // only one-line calls are replaced
    if (/bias/.test(target) || NOT_A_WEIGHT_LAYER.test(target.replace(/\.weight$/, '').replace(/^(self\.|module\.|m\.)/, ''))) {
      if (!/^(m|module|mod|layer|l)\.weight$/.test(target)) return;
    }
    const cond = branchCondition(src, line) ?? '';
    if (/Norm|Embedding|embed|bias/i.test(cond)) return;
    const isWeight = /(^|\.)weight$/.test(target) || (/^(p|param|w|weight|tensor)$/.test(target) && /dim\(\)\s*>\s*1|ndim|weight/.test(cond));
    if (!isWeight) return;
    // Hidden: a named layer of this file that is hidden, or every layer of a type (>= 2 in the file).
    let hidden = false;
    const base = target.replace(/\.weight$/, '');
    if (named.has(base)) hidden = named.get(base)!.hidden;
    else if (/^(m|module|mod|layer|l)$/.test(base)) {
      const types: LayerType[] = [];
      if (/Linear/.test(cond)) types.push('Linear');
      if (/Conv/.test(cond)) types.push('Conv');
      hidden = types.length > 0 && types.reduce((n, t) => n + counts[t], 0) >= 2;
    } else if (/^(p|param|w|weight|tensor)$/.test(base) && /dim\(\)\s*>\s*1|ndim/.test(cond)) {
      hidden = counts.Linear + counts.Conv >= 2;
    }
    // A following normalization makes the weight scale irrelevant: a named layer wrapped by a norm
    // in forward, or a pass over convolutions in a file that builds batch/group norms after them.
    const scaleFree = named.has(base)
      ? named.get(base)!.normAfter
      : /^(m|module|mod|layer|l)$/.test(base) && /Conv/.test(cond) && !/Linear/.test(cond) && /(BatchNorm|GroupNorm)\w*\s*\(/.test(src.text);
    const span: [number, number] = [line, line];
    const fnPrefix = prefix || `${nn}.init.`;
    const replaceCall = (text: string): ReturnType<typeof replaceRange> => replaceRange(src, callStart, call.close + 1, text);
    const add = (kind: FaultKind, edit: ReturnType<typeof replaceRange>, note: string): void => {
      // Kaiming before tanh is judged on the tanh layers themselves (a GAN generator's last
      // ConvTranspose has no norm after it even when every other conv has one).
      const free = kind === 'he-before-tanh' ? tanhLayers.length > 0 && tanhLayers.every((l) => l.normAfter) : scaleFree && SCALE_KINDS.has(kind);
      if (edit && !free) sites.push({ framework: 'pytorch', kind, construct: `torch.init-call.${form}`, edit, span, note });
    };
    const tgt = form === 'method' ? target : src.text.slice(call.args[0]!.start, call.args[0]!.end);
    if (hidden) {
      add('zero-hidden', form === 'method' ? replaceCall(`${target}.data.zero_()`) : replaceCall(`${fnPrefix}zeros_(${tgt})`), `${fn} -> zeros on ${target}`);
      add('constant', form === 'method' ? replaceCall(`${target}.data.fill_(0.5)`) : replaceCall(`${fnPrefix}constant_(${tgt}, 0.5)`), `${fn} -> constant 0.5 on ${target}`);
    }
    // Kaiming (ReLU) in place of an init that covers a layer followed by tanh (a GAN generator's
    // last ConvTranspose before nn.Tanh(), an RNN-style cell): that layer gets He init before tanh.
    const tanhLayers = named.has(base)
      ? [named.get(base)!].filter((l) => l.tanhAfter)
      : /^(m|module|mod|layer|l)$/.test(base)
        ? layers.filter((l) => l.tanhAfter && new RegExp(l.type).test(cond))
        : [];
    const coversTanhLayer = tanhLayers.length > 0;
    if (coversTanhLayer && !/kaiming/.test(fn)) add('he-before-tanh', replaceCall(`${nn}.init.kaiming_normal_(${tgt}, nonlinearity='relu')`), `${fn} -> Kaiming (ReLU) on a layer followed by tanh`);
    const hasTanhGain = /calculate_gain\(\s*['"]tanh['"]\s*\)|nonlinearity\s*=\s*['"]tanh['"]/.test(src.text.slice(call.open, call.close)) || TANH_GAIN.test(src.text.slice(call.open, call.close));
    if (hasTanhGain) add('he-before-tanh', replaceCall(`${fnPrefix}kaiming_normal_(${tgt}, nonlinearity='relu')`), `${fn} with tanh gain -> Kaiming (ReLU)`);
    if (stdArg) {
      const std = src.text.slice(stdArg.start, stdArg.end);
      if (hasRootScale(std)) {
        const m = /^(.*?)\s*(\/|\*)\s*(\(?\s*(?:math\.|np\.|torch\.)?sqrt\(.*|\(?.*\*\*\s*\(?-?0?\.5\)?.*)$/.exec(std);
        if (m && m[1]!.trim() && !hasRootScale(m[1]!)) add('remove-depth-scaling', replaceRange(src, stdArg.start, stdArg.end, m[1]!.trim()), `std ${std} -> ${m[1]!.trim()}`);
      } else {
        const v = numeric(std);
        if (v !== undefined && v < 0.5) add('std1', replaceRange(src, stdArg.start, stdArg.end, '1.0'), `std ${std} -> 1.0`);
      }
    } else if (/^(xavier|kaiming|orthogonal|lecun)/.test(fn) && form === 'function' && !hasTanhGain) {
      add('std1', replaceCall(`${nn}.init.normal_(${tgt}, std=1.0)`), `${fn} -> normal_ std=1`);
    }
  };

  for (const m of src.codeMatches(INIT_FN_RE)) {
    const open = m.index + m[0].length - 1;
    const call = src.call(open);
    if (!call || call.args.length === 0) continue;
    const fn = m[2]!;
    const target = call.args[0]!.text.replace(/\.data$/, '');
    let std: { start: number; end: number } | undefined;
    if (fn === 'normal_' || fn === 'trunc_normal_') {
      const kw = call.args.find((a) => a.keyword === 'std');
      const pos = positional(call);
      if (kw) std = { start: kw.valueStart, end: kw.valueEnd };
      else if (pos.length >= 3) std = { start: pos[2]!.start, end: pos[2]!.end };
      else if (fn === 'trunc_normal_' && pos.length === 2) std = { start: pos[1]!.start, end: pos[1]!.end };
    }
    visit(m.index, open, fn, m[1]!, target, std, 'function');
  }
  for (const m of src.codeMatches(INIT_METHOD_RE)) {
    const open = m.index + m[0].length - 1;
    const call = src.call(open);
    if (!call) continue;
    const callee = calleeBefore(src, open);
    const target = callee.text.replace(/\.(?:data\.)?normal_$/, '');
    if (!target || target.includes('(')) continue;
    const kw = call.args.find((a) => a.keyword === 'std');
    const pos = positional(call);
    const std = kw ? { start: kw.valueStart, end: kw.valueEnd } : pos.length >= 2 ? { start: pos[1]!.start, end: pos[1]!.end } : undefined;
    // The mean must be 0 for `std=1` to be the planted fault (BatchNorm's normal_(1.0, 0.02) is excluded by its branch).
    if (!kw && pos.length >= 1 && numeric(pos[0]!.text) !== 0) continue;
    visit(callee.start, open, 'normal_', '', target, std, 'method');
  }
  return sites;
}

const RAW_RE = /(?<![\w.])torch\.(randn|rand)\s*\(/g;

/** Raw weight tensors: `W1 = torch.randn((a, b), generator=g) * (5/3) / a**0.5`, `nn.Parameter(torch.randn(o, i) / math.sqrt(i))`. */
function rawTensorSites(src: Source): Site[] {
  const sites: Site[] = [];
  const paramLists = [...src.text.matchAll(/^\s*\w*param\w*\s*=\s*\[([^\]\n]*)\]/gim)].map((m) => m[1]!);
  const hasRequiresGrad = /requires_grad/.test(src.text);
  interface Raw { name: string; line: number; site: () => Site[] }
  const raws: Raw[] = [];
  for (const m of src.codeMatches(RAW_RE)) {
    if (m[1] !== 'randn') continue;
    const open = m.index + m[0].length - 1;
    const call = src.call(open);
    if (!call) continue;
    const line = src.lineOf(m.index);
    if (src.lineOf(call.close) !== line) continue;
    const pos = positional(call);
    const dimArgs = pos.length === 1 && /^[([]/.test(pos[0]!.text) ? (src.elements(pos[0]!.start) ?? []).map((e) => e.text) : pos.map((a) => a.text);
    // A matrix (or conv kernel): two or more dimensions, none of them a literal 1 (a broadcast vector).
    if (dimArgs.length < 2 || dimArgs.some((d) => d.trim() === '1')) continue;
    // Wrapped in nn.Parameter, or a tensor the code marks as trainable.
    const enclosing = src.enclosingOpen(m.index);
    const inParameter = enclosing !== undefined && /Parameter$/.test(calleeBefore(src, enclosing).text);
    const lineText = src.line(line);
    const am = /^\s*((?:self\.)?[A-Za-z_]\w*)\s*=/.exec(lineText);
    if (!am) continue;
    const name = am[1]!;
    const bare = name.replace(/^self\./, '');
    const inList = paramLists.some((l) => new RegExp(`\\b${bare}\\b`).test(l));
    const trainable = inParameter || /requires_grad/.test(lineText) || (hasRequiresGrad && inList);
    if (!trainable) continue;
    if (new RegExp(`\\b${bare}\\s*\\[`).test(src.text.replace(lineText, '')) || /^(C|emb\w*|tok\w*|pos\w*|wte|wpe)$/i.test(bare)) continue;
    if (/^b\d*$|bias|gain|^bn|mean|std|var|running|scale|shift/i.test(bare)) continue;
    // A weight by its name, a parameter of a module, or the weight of a hand-written layer class.
    const weightName = /^(W|w|weight|kernel|U|V)(\d|_|[A-Z]|[a-z]*$)|^(weight|kernel)/.test(bare);
    if (!weightName) continue;
    const run = scaleRun(src, inParameter ? m.index : m.index, call.close + 1);
    const construct = inParameter ? 'torch.parameter-tensor' : 'torch.raw-tensor';
    const make = (): Site[] => {
      const out: Site[] = [];
      const kwargs = call.args.filter((a) => a.keyword && a.keyword !== 'generator').map((a) => a.text);
      const shape = [...pos.map((a) => a.text), ...kwargs].join(', ');
      const push = (kind: FaultKind, edit: ReturnType<typeof replaceRange>, note: string): void => {
        if (edit) out.push({ framework: 'pytorch', kind, construct, edit, span: [line, line], note });
      };
      push('zero-hidden', replaceRange(src, m.index, call.close + 1, `torch.zeros(${shape})`), `randn -> zeros for ${name}`);
      push('constant', replaceRange(src, m.index, call.close + 1, `torch.ones(${shape})`), `randn -> ones for ${name}`);
      return out;
    };
    raws.push({ name, line, site: make });
    const factors = run.factors.join(' ');
    if (run.factors.length) {
      const drop = replaceRange(src, run.start, run.end, src.text.slice(m.index, call.close + 1));
      if (hasRootScale(factors)) {
        if (drop) sites.push({ framework: 'pytorch', kind: 'remove-depth-scaling', construct, edit: drop, span: [line, line], note: `drop ${factors}` });
        const tanh = TANH_GAIN.exec(factors);
        if (tanh) {
          const at = src.text.indexOf(tanh[0], run.start);
          const he = at >= 0 && at < run.end ? replaceRange(src, at, at + tanh[0].length, '(2**0.5)') : undefined;
          if (he) sites.push({ framework: 'pytorch', kind: 'he-before-tanh', construct, edit: he, span: [line, line], note: `tanh gain 5/3 -> sqrt(2)` });
        }
      } else {
        const product = runProduct(src, run.factors);
        if (product !== undefined && product < 0.5 && drop) sites.push({ framework: 'pytorch', kind: 'std1', construct, edit: drop, span: [line, line], note: `drop ${factors}` });
      }
    }
  }
  // Zero / constant only on raw weights that are not the last of their scope, or live in a
  // hand-written layer class (instantiated once per layer).
  const byScope = new Map<string, Raw[]>();
  for (const r of raws) {
    const header = src.scopeOf(r.line).header;
    const key = `${header}:${header < 0 && src.cells ? src.cells[r.line] : 0}`;
    byScope.set(key, [...(byScope.get(key) ?? []), r]);
  }
  for (const list of byScope.values()) {
    const header = src.scopeOf(list[0]!.line).header;
    const cls = src.scopeChain(list[0]!.line).find((s) => s.kind === 'class');
    const layerClass = header >= 0 && cls !== undefined && /(Linear|Dense|Conv\w*|Layer)$/.test(cls.name);
    list.forEach((r, i) => {
      if (!layerClass && (i === list.length - 1 || OUTPUT_NAME.test(r.name))) return;
      sites.push(...r.site());
    });
  }
  return sites;
}

/** An LSTM forget-gate bias set to 1 by slicing the bias (`b[n:2*n].fill_(1.0)`) set back to 0. */
function forgetBiasSites(src: Source): Site[] {
  if (!/LSTM/.test(src.text)) return [];
  const sites: Site[] = [];
  for (const m of src.codeMatches(/\bbias\w*(?:\.data)?\s*\[[^\]\n]+\]\s*(?:\.(?:data\.)?fill_\(\s*(1(?:\.0*)?)\s*\)|=\s*(1(?:\.0*)?)\b)/g)) {
    const value = m[1] ?? m[2]!;
    const at = m.index + m[0].lastIndexOf(value);
    const edit = replaceRange(src, at, at + value.length, '0.0');
    if (edit) sites.push({ framework: 'pytorch', kind: 'drop-forget-bias', construct: 'torch.lstm-bias-fill', edit, span: [src.lineOf(m.index), src.lineOf(m.index)], note: 'forget-gate bias 1 -> 0' });
  }
  return sites;
}
