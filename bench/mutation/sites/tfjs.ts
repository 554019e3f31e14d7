// TensorFlow.js fault sites: the `kernelInitializer` property of a `tf.layers.dense/conv2d/...`
// config object set or replaced on one line, an activation switched to tanh on a He-initialised
// layer, `unitForgetBias: false` on an LSTM, and the stddev of an explicit randomNormal init.
import type { Source } from '../source';
import type { FaultKind, Site } from '../mutant';
import { usedAsLayer } from './keras';
import { type Grouped, OUTPUT_NAME, SCALE_KINDS, assignedName, literalSize, normFollows, groupKey, markHidden, numeric, replaceRange, setProperty, unquote } from './common';

const LAYER_RE = /(?<![\w$.])([A-Za-z_$][\w$]*)\.layers\.(dense|conv1d|conv2d|conv3d|conv2dTranspose|separableConv2d|lstm|gru|simpleRNN)\s*\(\s*\{/g;
const OUTPUT_UNITS_JS = /^(1|2|\w*[Cc]lasses\w*|\w*CLASSES\w*|\w*[Oo]utput\w*|\w*OUTPUT\w*|\w*[Vv]ocab\w*|\w*[Aa]ctions\w*|\w*ACTIONS\w*|\w*[Ll]abels\w*|\w*LABELS\w*)$/;

interface JsLayer extends Grouped {
  tf: string;
  type: string;
  open: number;
  close: number;
  props: Map<string, { valueStart: number; valueEnd: number; text: string }>;
  construct: string;
}

export function tfjsSites(src: Source): Site[] {
  if (!/@tensorflow\/tfjs|\btf\.layers\./.test(src.text)) return [];
  const layers: JsLayer[] = [];
  for (const m of src.codeMatches(LAYER_RE)) {
    const open = m.index + m[0].length - 1;
    const close = src.closeOf(open);
    const elems = src.elements(open);
    if (close === undefined || !elems) continue;
    const props = new Map<string, { valueStart: number; valueEnd: number; text: string }>();
    for (const e of elems) if (e.keyword) props.set(e.keyword, { valueStart: e.valueStart, valueEnd: e.valueEnd, text: src.text.slice(e.valueStart, e.valueEnd) });
    const activation = unquote(props.get('activation')?.text);
    const units = props.get('units')?.text ?? props.get('filters')?.text;
    const name = unquote(props.get('name')?.text);
    const assigned = assignedName(src, m.index);
    const outputLike =
      (activation !== undefined && /softmax|sigmoid|linear/.test(activation)) ||
      (units !== undefined && OUTPUT_UNITS_JS.test(units.trim())) ||
      (name !== undefined && OUTPUT_NAME.test(name)) ||
      (assigned !== undefined && OUTPUT_NAME.test(assigned.replace(/^this\./, '')));
    const group = groupKey(src, m.index);
    let construct = group.startsWith('list:') ? 'tfjs.sequential-list' : group.startsWith('add:') ? 'tfjs.sequential-add' : /\.apply\s*\(/.test(src.text.slice(close, close + 12)) ? 'tfjs.functional' : 'tfjs.layer';
    if (construct === 'tfjs.layer') {
      // A layer in a variable (or a field) is model code only when it is applied, listed or added.
      if (!assigned || !usedAsLayer(src, assigned, m.index)) continue;
      construct = 'tfjs.layer-variable';
    }
    layers.push({ tf: m[1]!, type: m[2]!, open, close, props, start: m.index, group, outputLike, construct });
  }
  markHidden(layers);
  const sites: Site[] = [];
  for (const l of layers) {
    const span: [number, number] = [src.lineOf(l.start), src.lineOf(l.close)];
    const scaleFree = normFollows(src, l.close + 1);
    const add = (kind: FaultKind, prop: string, value: string, note: string): void => {
      const e = setProperty(src, l.open, prop, value);
      if (e && !(scaleFree && SCALE_KINDS.has(kind))) sites.push({ framework: 'tfjs', kind, construct: l.construct, edit: e.edit, span, note });
    };
    if (/lstm/.test(l.type)) {
      const ufb = l.props.get('unitForgetBias');
      // TF.js leaves unitForgetBias off unless it is set (tfjs-layers recurrent.ts: `this.unitForgetBias =
      // args.unitForgetBias`), so only an explicit `unitForgetBias: true` can be dropped.
      if (ufb && /true/.test(ufb.text) && !/false/.test(l.props.get('useBias')?.text ?? '')) add('drop-forget-bias', 'unitForgetBias', 'false', 'lstm unitForgetBias: true -> false');
      continue;
    }
    if (/gru|simpleRNN/.test(l.type)) continue;
    const current = l.props.get('kernelInitializer')?.text ?? '';
    if (/zeros|ones|constant/i.test(current)) continue;
    if (l.hidden) {
      add('zero-hidden', 'kernelInitializer', "'zeros'", `${l.type} kernelInitializer 'zeros'`);
      add('constant', 'kernelInitializer', "'ones'", `${l.type} kernelInitializer 'ones'`);
    }
    const std = /randomNormal\(\s*\{[^}]*stddev\s*:\s*([\d.eE+-]+)/.exec(current);
    if (std) {
      const v = numeric(std[1]!);
      const value = l.props.get('kernelInitializer')!;
      const at = src.text.indexOf(std[1]!, value.valueStart + std.index);
      const edit = v !== undefined && v < 0.5 ? replaceRange(src, at, at + std[1]!.length, '1') : undefined;
      if (edit && !scaleFree) sites.push({ framework: 'tfjs', kind: 'std1', construct: l.construct, edit, span, note: `stddev ${std[1]} -> 1` });
    } else if (!((size) => size !== undefined && size < 10)(literalSize(l.props.get('inputShape')?.text ?? l.props.get('inputDim')?.text))) {
      // N(0, 1) is a fault only with a real fan-in: a layer on a provably tiny input is skipped.
      add('std1', 'kernelInitializer', `${l.tf}.initializers.randomNormal({stddev: 1})`, `${l.type} randomNormal stddev 1`);
    }
    const activation = unquote(l.props.get('activation')?.text) ?? '';
    if (/tanh/.test(activation) && !/he/i.test(current)) add('he-before-tanh', 'kernelInitializer', "'heNormal'", `${l.type} heNormal before tanh`);
    else if (/relu/.test(activation) && /heNormal|heUniform/.test(current)) {
      const a = l.props.get('activation')!;
      const edit = replaceRange(src, a.valueStart, a.valueEnd, "'tanh'");
      if (edit && !scaleFree) sites.push({ framework: 'tfjs', kind: 'he-before-tanh', construct: l.construct, edit, span, note: `${l.type} He init, activation relu -> tanh` });
    }
  }
  return sites;
}
