// TensorFlow.js layer defaults (tfjs-layers src/layers/*.ts):
// - dense, conv1d/2d/3d, conv2dTranspose/conv3dTranspose: kernel 'glorotNormal' (NOT glorotUniform as in
//   Keras; an uncorrected truncated normal, variance 0.7737 * 2/(fan_in+fan_out)), bias 'zeros'.
// - embedding: embeddings 'randomUniform' = U(-0.05, 0.05).
// - lstm: kernel glorotNormal, recurrent_kernel 'orthogonal', bias zeros; unitForgetBias is off by
//   default (forget slice 1 only when set). gru: bias (3U). simpleRNN: bias (U).
// - layerNormalization / batchNormalization: gamma 'ones', beta 'zeros'.
// Constructors take one config object, so every argument is a keyword.
import type { Dim } from '../../model/graph';
import type { ParamDecl, Signature } from '../args';
import { TFJS_CATALOGUE } from '../catalogue/tfjs';
import { applyEntry } from '../catalogue/types';
import type { Draft } from '../distributions';
import { forgetBias } from './keras';
import { bindCtor, constantDraft, ctorName, divDim, inputWidth, mulDim, splitParamName, unmodelled, type LayerDescription, type ParamPlan } from './layer';

/** A config property with the value TF.js uses when it is absent (`args.useBias == null ? true : ...`). */
const kw = (name: string, def: boolean | null = null): ParamDecl => ({ name, default: def, keywordOnly: true });
const CONV = [kw('filters'), kw('kernelSize'), kw('useBias', true)];
const RNN = [kw('units'), kw('useBias', true)];
const NORM = [kw('center', true), kw('scale', true)];

/** Config properties the defaults read, by factory name (tf.layers.<name>), lower-cased. */
const SIGS: Readonly<Record<string, Signature>> = {
  dense: [kw('units'), kw('useBias', true)],
  conv1d: CONV,
  conv2d: CONV,
  conv3d: CONV,
  conv2dtranspose: CONV,
  conv3dtranspose: CONV,
  embedding: [kw('inputDim'), kw('outputDim')],
  lstm: [...RNN, kw('unitForgetBias')],
  lstmcell: [...RNN, kw('unitForgetBias')],
  gru: RNN,
  grucell: RNN,
  simplernn: RNN,
  simplernncell: RNN,
  layernormalization: NORM,
  batchnormalization: NORM,
};

const entry = (name: string) => TFJS_CATALOGUE.lookup(name)!;

function rnnKind(layer: LayerDescription): 'RNN' | 'LSTM' | 'GRU' | undefined {
  if (layer.kind === 'RNN' || layer.kind === 'LSTM' || layer.kind === 'GRU') return layer.kind;
  const c = ctorName(layer).toLowerCase().replace(/cell$/, '');
  return c === 'lstm' ? 'LSTM' : c === 'gru' ? 'GRU' : c === 'simplernn' ? 'RNN' : undefined;
}

function glorotNormal(shape: readonly Dim[], what: string): Draft {
  const d = applyEntry(entry('glorotNormal'), undefined, shape);
  return { ...d, formula: `${what} default glorotNormal (uncorrected truncated normal): ${d.formula}` };
}

/** Description of the default of one parameter, from its name and shape (TF.js layout). */
export function describeTfjsDefault(layer: LayerDescription, name: string, shape: readonly Dim[]): Draft {
  const { leaf } = splitParamName(name);
  const ctor = ctorName(layer);
  const what = ctor || layer.kind;
  const rk = rnnKind(layer);
  if (rk) {
    if (leaf === 'kernel') return glorotNormal(shape, what);
    if (leaf === 'recurrent_kernel') {
      const d = applyEntry(entry('orthogonal'), undefined, shape);
      return { ...d, formula: `${what} recurrent_kernel default orthogonal: ${d.formula}` };
    }
    if (leaf === 'bias') {
      if (rk === 'LSTM') {
        const b = bindCtor(layer, SIGS.lstm!);
        const ufb = b.given('unitForgetBias') ? b.raw('unitForgetBias') : false;
        if (ufb === undefined) return { family: 'zeros', canonical: 'zeros', distribution: 'constant', formula: `${what} bias: unitForgetBias not resolved`, note: 'unitForgetBias not resolved' };
        if (ufb) {
          const d = forgetBias(b.dim('units') ?? divDim(shape[0], 4), 'lstm bias zeros with unitForgetBias: true', ['i', 'f', 'c', 'o']);
          return { ...d, canonical: 'zeros' };
        }
      }
      return constantDraft(0, 'zeros', `${what} bias default zeros`);
    }
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Norm' || /normalization$/i.test(ctor)) {
    if (leaf === 'gamma') return constantDraft(1, 'ones', `${what} gamma default ones`);
    if (leaf === 'beta') return constantDraft(0, 'zeros', `${what} beta default zeros`);
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Embedding' || ctor.toLowerCase() === 'embedding') {
    if (leaf === 'embeddings') {
      const d = applyEntry(entry('randomUniform'), undefined, shape);
      return { ...d, formula: `embedding default randomUniform: ${d.formula}` };
    }
    return unmodelled(`${what}.${name}`);
  }
  if (layer.kind === 'Linear' || layer.kind === 'Conv' || layer.kind === 'ConvTranspose') {
    if (leaf === 'kernel') return glorotNormal(shape, what);
    if (leaf === 'bias') return constantDraft(0, 'zeros', `${what} bias default zeros`);
  }
  return unmodelled(`${what}.${name}`);
}

/** The parameters a TF.js layer creates (needs the input width for kernels). */
export function planTfjs(layer: LayerDescription): ParamPlan[] {
  const ctor = ctorName(layer).toLowerCase();
  const sig = SIGS[ctor];
  const out: ParamPlan[] = [];
  if (!sig) return out;
  const b = bindCtor(layer, sig);
  const inDim = inputWidth(layer);
  const useBias = (): boolean => b.bool('useBias') !== false;
  if (ctor === 'dense') {
    const u = b.dim('units');
    out.push({ name: 'kernel', role: 'weight', shape: [inDim, u], initArg: 'kernelInitializer' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [u], initArg: 'biasInitializer' });
  } else if (/^conv[123]d(transpose)?$/.test(ctor)) {
    const n = Number(ctor.charAt(4));
    const f = b.dim('filters');
    const k = b.dims('kernelSize', n);
    const kernel = k.every((x) => x === undefined) && layer.kernelSize?.length === n ? layer.kernelSize : k;
    const shape = ctor.endsWith('transpose') ? [...kernel, f, inDim] : [...kernel, inDim, f];
    out.push({ name: 'kernel', role: 'weight', shape, initArg: 'kernelInitializer' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [f], initArg: 'biasInitializer' });
  } else if (ctor === 'embedding') {
    out.push({ name: 'embeddings', role: 'embedding', shape: [b.dim('inputDim'), b.dim('outputDim')], initArg: 'embeddingsInitializer' });
  } else if (/^(lstm|gru|simplernn)(cell)?$/.test(ctor)) {
    const kind = ctor.replace(/cell$/, '');
    const g = kind === 'lstm' ? 4 : kind === 'gru' ? 3 : 1;
    const labels = kind === 'lstm' ? ['i', 'f', 'c', 'o'] : kind === 'gru' ? ['z', 'r', 'h'] : ['h'];
    const u = b.dim('units');
    out.push({ name: 'kernel', role: 'weight', shape: [inDim, mulDim(u, g)], gates: { axis: 1, labels }, initArg: 'kernelInitializer' });
    out.push({ name: 'recurrent_kernel', role: 'recurrent', shape: [u, mulDim(u, g)], gates: { axis: 1, labels }, initArg: 'recurrentInitializer' });
    if (useBias()) out.push({ name: 'bias', role: 'bias', shape: [mulDim(u, g)], gates: { axis: 0, labels }, initArg: 'biasInitializer' });
  } else if (ctor === 'layernormalization' || ctor === 'batchnormalization') {
    if (b.bool('scale') !== false) out.push({ name: 'gamma', role: 'gamma', shape: [inDim], initArg: 'gammaInitializer' });
    if (b.bool('center') !== false) out.push({ name: 'beta', role: 'beta', shape: [inDim], initArg: 'betaInitializer' });
  }
  return out;
}
