// Flax and raw-JAX fault sites: the `kernel_init` keyword of `nn.Dense` / `nn.Conv` /
// `nn.DenseGeneral` (linen) and `nnx.Linear` / `nnx.Conv`, an explicit `normal(stddev=...)` kernel
// init, and raw parameter draws (`scale * random.normal(key, (m, n))`, `rng.randn(m, n) * 0.01`).
import type { Call, Source } from '../source';
import type { FaultKind, Site } from '../mutant';
import {
  OUTPUT_NAME,
  OUTPUT_UNITS,
  SCALE_KINDS,
  type Grouped,
  assignedName,
  callSpan,
  groupKey,
  hasRootScale,
  markHidden,
  normFollows,
  numeric,
  positional,
  replaceRange,
  runProduct,
  scaleRun,
  setKeyword,
  unquote,
} from './common';

function flaxAliases(text: string): { alias: string; api: 'linen' | 'nnx' }[] {
  const out: { alias: string; api: 'linen' | 'nnx' }[] = [];
  for (const m of text.matchAll(/^\s*import\s+flax\.linen\s+as\s+(\w+)/gm)) out.push({ alias: m[1]!, api: 'linen' });
  for (const m of text.matchAll(/^\s*from\s+flax\s+import\s+[^\n]*\blinen(?:\s+as\s+(\w+))?/gm)) out.push({ alias: m[1] ?? 'linen', api: 'linen' });
  for (const m of text.matchAll(/^\s*from\s+flax\s+import\s+[^\n]*\bnnx\b(?:\s+as\s+(\w+))?/gm)) out.push({ alias: m[1] ?? 'nnx', api: 'nnx' });
  for (const m of text.matchAll(/^\s*import\s+flax\.nnx\s+as\s+(\w+)/gm)) out.push({ alias: m[1]!, api: 'nnx' });
  return out;
}

function jnpAlias(text: string): string | undefined {
  const m = /^\s*import\s+jax\.numpy\s+as\s+(\w+)/m.exec(text) ?? /^\s*from\s+jax\s+import\s+numpy\s+as\s+(\w+)/m.exec(text);
  if (m) return m[1];
  if (/^\s*import\s+jax\s*$/m.test(text)) return 'jax.numpy';
  return undefined;
}

interface FlaxLayer extends Grouped {
  call: Call;
  type: string;
  alias: string;
  tanhAfter: boolean;
  construct: string;
}

export function flaxSites(src: Source): Site[] {
  const sites: Site[] = [];
  const layers: FlaxLayer[] = [];
  for (const { alias, api } of flaxAliases(src.text)) {
    const types = api === 'linen' ? 'Dense|DenseGeneral|Conv|ConvTranspose' : 'Linear|LinearGeneral|Conv|ConvTranspose';
    for (const m of src.codeMatches(new RegExp(`(?<![\\w.])${alias}\\.(${types})\\s*\\(`, 'g'))) {
      const call = src.call(m.index + m[0].length - 1);
      if (!call) continue;
      const kwText = (k: string): string | undefined => {
        const a = call.args.find((x) => x.keyword === k);
        return a ? src.text.slice(a.valueStart, a.valueEnd) : undefined;
      };
      // linen: features first; nnx: (in_features, out_features).
      const units = api === 'linen' ? (kwText('features') ?? positional(call)[0]?.text) : (kwText('out_features') ?? positional(call)[1]?.text);
      const name = unquote(kwText('name'));
      const assigned = assignedName(src, m.index);
      const outputLike =
        (units !== undefined && (OUTPUT_UNITS.test(units.trim()) || /num_classes|vocab|n_out|out_dim|output/.test(units))) ||
        (name !== undefined && OUTPUT_NAME.test(name)) ||
        (assigned !== undefined && OUTPUT_NAME.test(assigned.replace(/^self\./, '')));
      const line = src.lineOf(m.index);
      const logical = src.logicalLine(line);
      const here = src.text.slice(src.lineStart[logical.start]!, src.lineStart[logical.end]! + src.line(logical.end).length);
      const next = logical.end + 1 < src.lines.length ? src.line(src.logicalLine(logical.end + 1).start) : '';
      const tanhAfter = /tanh\(/.test(here.slice(0, m.index - src.lineStart[logical.start]!)) || (assigned !== undefined && new RegExp(`tanh\\(\\s*${assigned.replace('.', '\\.')}\\s*\\)`).test(next));
      layers.push({ call, type: m[1]!, alias, start: m.index, group: groupKey(src, m.index), outputLike, tanhAfter, construct: `flax.${api}` });
    }
  }
  markHidden(layers);
  for (const l of layers) {
    const span = callSpan(src, l.start, l.call);
    const current = l.call.args.find((a) => a.keyword === 'kernel_init');
    const currentText = current ? src.text.slice(current.valueStart, current.valueEnd) : '';
    if (/zeros|ones|constant/.test(currentText)) continue;
    const init = `${l.alias}.initializers`;
    const scaleFree = normFollows(src, l.call.close + 1);
    const add = (kind: FaultKind, value: string, note: string): void => {
      const e = setKeyword(src, l.call, 'kernel_init', value);
      if (e && !(scaleFree && SCALE_KINDS.has(kind))) sites.push({ framework: 'flax-jax', kind, construct: l.construct, edit: e.edit, span, note });
    };
    if (l.hidden) {
      add('zero-hidden', `${init}.zeros`, `${l.type} kernel_init zeros`);
      add('constant', `${init}.constant(0.5)`, `${l.type} kernel_init constant 0.5`);
    }
    // An explicit normal(stddev=s) kernel init: s -> 1.0 or its root scale removed; else a unit normal.
    const std = /(?:normal|truncated_normal)\(\s*(?:stddev\s*=\s*)?([^,()]+(?:\([^()]*\))?[^,()]*)\)/.exec(currentText);
    if (current && std) {
      const sText = std[1]!.trim();
      const at = src.text.indexOf(sText, current.valueStart);
      if (hasRootScale(sText)) {
        const d = /^(.*?)\s*\/\s*(?:\(?\s*(?:math\.|np\.|jnp\.)?sqrt\(.*)$/.exec(sText);
        const edit = d && d[1]!.trim() ? replaceRange(src, at, at + sText.length, d[1]!.trim()) : undefined;
        if (edit && !scaleFree) sites.push({ framework: 'flax-jax', kind: 'remove-depth-scaling', construct: l.construct, edit, span, note: `stddev ${sText} -> ${d![1]!.trim()}` });
      } else {
        const v = numeric(sText);
        const edit = v !== undefined && v < 0.5 ? replaceRange(src, at, at + sText.length, '1.0') : undefined;
        if (edit && !scaleFree) sites.push({ framework: 'flax-jax', kind: 'std1', construct: l.construct, edit, span, note: `stddev ${sText} -> 1.0` });
      }
    } else {
      add('std1', `${init}.normal(stddev=1.0)`, `${l.type} kernel_init normal(1.0)`);
    }
    if (l.tanhAfter && !/he_/.test(currentText)) add('he-before-tanh', `${init}.he_normal()`, `${l.type} He init before tanh`);
  }
  sites.push(...rawJaxSites(src));
  return sites;
}

interface RawDraw extends Grouped {
  line: number;
  drawStart: number;
  call: Call;
  shape: string;
  label: string;
  comprehension: boolean;
}

/** Raw parameter draws in JAX code: `jax.random.normal(key, (m, n)) * scale`, `scale * rng.randn(m, n)`. */
function rawJaxSites(src: Source): Site[] {
  if (!/^\s*(import\s+jax\b|from\s+jax\b)/m.test(src.text)) return [];
  const jnp = jnpAlias(src.text);
  const sites: Site[] = [];
  const draws: RawDraw[] = [];
  const re = /(?<![\w.])((?:jax\.)?random\.(?:normal|truncated_normal)|(?:rng|npr|rs|np\.random|onp\.random|numpy\.random)\.randn)\s*\(/g;
  for (const m of src.codeMatches(re)) {
    const call = src.call(m.index + m[0].length - 1);
    if (!call) continue;
    const line = src.lineOf(m.index);
    if (src.lineOf(call.close) !== line) continue;
    const pos = positional(call);
    const numpy = m[1]!.endsWith('randn');
    const shapeArg = numpy ? undefined : (call.args.find((a) => a.keyword === 'shape') ?? pos[1]);
    let shape: string;
    let dims: number | undefined;
    if (numpy) {
      dims = pos.length;
      shape = `(${pos.map((a) => a.text).join(', ')})`;
    } else {
      if (!shapeArg) continue;
      shape = src.text.slice(shapeArg.valueStart, shapeArg.valueEnd);
      dims = /^[[(]/.test(shape) ? src.elements(shapeArg.valueStart)?.length : undefined;
    }
    if (dims !== undefined && dims < 2) continue;
    const scope = src.scopeOf(line);
    const logical = src.logicalLine(line);
    const stmt = src.text.slice(src.lineStart[logical.start]!, src.lineStart[logical.end]! + src.line(logical.end).length);
    const comprehension = /\bfor\b[^\n]*\bin\b[^\n]*zip\(/.test(stmt);
    const assigned = assignedName(src, m.index) ?? /^\s*([A-Za-z_]\w*)\s*=/.exec(src.line(line))?.[1] ?? '';
    const inInit = scope.kind === 'def' && /init|param|weight/i.test(scope.name);
    const weightName = /^(w|W|kernel|weight)\w*$/.test(assigned);
    if (!inInit && !weightName && !comprehension) continue;
    if (/^(x|xs|inputs?|data|batch|noise|z|eps|b|bias\w*|b\d+)$/i.test(assigned)) continue;
    if (dims === undefined && !inInit && !comprehension) continue;
    draws.push({ line, drawStart: m.index, call, shape, label: assigned || scope.name, comprehension, start: m.index, group: groupKey(src, m.index), outputLike: OUTPUT_NAME.test(assigned) });
  }
  markHidden(draws.filter((d) => !d.comprehension));
  for (const d of draws) {
    const construct = d.comprehension ? 'jax.raw-params-comprehension' : 'jax.raw-params';
    const hidden = d.comprehension || d.hidden;
    const span: [number, number] = [d.line, d.line];
    const add = (kind: FaultKind, edit: ReturnType<typeof replaceRange>, note: string): void => {
      if (edit) sites.push({ framework: 'flax-jax', kind, construct, edit, span, note });
    };
    const drawEnd = d.call.close + 1;
    if (hidden && jnp) {
      add('zero-hidden', replaceRange(src, d.drawStart, drawEnd, `${jnp}.zeros(${d.shape})`), `draw -> zeros for ${d.label}`);
      add('constant', replaceRange(src, d.drawStart, drawEnd, `${jnp}.ones(${d.shape})`), `draw -> ones for ${d.label}`);
    }
    const run = scaleRun(src, d.drawStart, drawEnd);
    if (run.factors.length) {
      const factors = run.factors.join(' ');
      const drop = replaceRange(src, run.start, run.end, src.text.slice(d.drawStart, drawEnd));
      if (hasRootScale(factors)) add('remove-depth-scaling', drop, `drop ${factors}`);
      else {
        const p = runProduct(src, run.factors);
        if (p !== undefined && p < 0.5) add('std1', drop, `drop ${factors}`);
      }
    }
  }
  return sites;
}
