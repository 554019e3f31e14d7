// TensorFlow fault sites outside Keras layers: `tf.Variable(tf.random_normal([a, b], stddev=s))`
// (TF1 and TF2 spellings, in dicts of weights or weight-helper functions), `tf.get_variable(...,
// initializer=...)`, TF1 `tf.layers.dense/conv2d` and `tf.contrib.layers` initializer keywords, and
// the `forget_bias` of TF's LSTM cells.
import type { Call, Source } from '../source';
import type { FaultKind, Site } from '../mutant';
import {
  OUTPUT_ACTIVATION,
  OUTPUT_NAME,
  OUTPUT_UNITS,
  SCALE_KINDS,
  type Grouped,
  assignedName,
  calleeBefore,
  callSpan,
  groupKey,
  hasRootScale,
  markHidden,
  normFollows,
  numeric,
  positional,
  replaceRange,
  setKeyword,
  unquote,
} from './common';

export function tfAlias(text: string): string | undefined {
  const m = /^\s*import\s+tensorflow(?:\.compat\.v1)?\s+as\s+(\w+)/m.exec(text);
  if (m) return m[1];
  if (/^\s*import\s+tensorflow\s*$/m.test(text)) return 'tensorflow';
  return undefined;
}

interface Draw extends Grouped {
  line: number;
  call: Call;
  callStart: number;
  shape: string;
  stddev?: { start: number; end: number };
  construct: string;
  label: string;
}

export function tensorflowSites(src: Source): Site[] {
  const tf = tfAlias(src.text);
  if (!tf) return [];
  const t = tf.replace('.', '\\.');
  const sites: Site[] = [];

  // Random draws that become variables.
  const draws: Draw[] = [];
  const drawRe = new RegExp(`(?<![\\w.])${t}\\.(?:compat\\.v1\\.)?(random_normal|random\\.normal|truncated_normal|random\\.truncated_normal)\\s*\\(`, 'g');
  const helperCalls = new Map<string, number>();
  for (const m of src.codeMatches(drawRe)) {
    const open = m.index + m[0].length - 1;
    const call = src.call(open);
    if (!call) continue;
    const line = src.lineOf(m.index);
    if (src.lineOf(call.close) !== line) continue;
    const pos = positional(call);
    const shapeArg = call.args.find((a) => a.keyword === 'shape') ?? pos[0];
    if (!shapeArg) continue;
    const shapeText = src.text.slice(shapeArg.valueStart, shapeArg.valueEnd);
    const enclosing = src.enclosingOpen(m.index);
    const inVariable = enclosing !== undefined && new RegExp(`^${t}\\.(?:compat\\.v1\\.)?Variable$`).test(calleeBefore(src, enclosing).text);
    const scope = src.scopeOf(line);
    const helper = scope.kind === 'def' && /weight|init_w|init_weights|kernel/i.test(scope.name) ? scope.name : undefined;
    let dims: number | undefined;
    if (/^[[(]/.test(shapeText)) dims = src.elements(shapeArg.valueStart)?.length;
    if (dims === undefined && !helper) continue;
    if (dims !== undefined && dims < 2) continue; // a bias
    if (!inVariable && !helper) continue;
    let label = helper ?? '';
    let outputLike = false;
    let group: string;
    let construct: string;
    if (helper) {
      const calls = helperCalls.get(helper) ?? [...src.text.matchAll(new RegExp(`(?<![\\w.])${helper}\\s*\\(`, 'g'))].length - 1;
      helperCalls.set(helper, calls);
      group = `helper:${helper}`;
      construct = 'tf.weight-helper';
      // Every weight the helper makes: at least all but one are hidden when it is called twice or more.
      outputLike = calls < 2;
    } else {
      const cs = calleeBefore(src, enclosing!).start;
      const dictEntry = /['"](\w+)['"]\s*:\s*$/.exec(src.text.slice(Math.max(0, cs - 60), cs));
      const name = dictEntry?.[1] ?? assignedName(src, cs) ?? '';
      label = name;
      outputLike = OUTPUT_NAME.test(name) || /bias|^b\d*$|^b_/i.test(name);
      group = dictEntry ? `dict:${src.enclosingOpen(cs)}` : groupKey(src, m.index);
      construct = dictEntry ? 'tf.dict-of-weights' : 'tf.variable';
    }
    const std = call.args.find((a) => a.keyword === 'stddev');
    draws.push({ line, call, callStart: m.index, shape: shapeText, stddev: std ? { start: std.valueStart, end: std.valueEnd } : undefined, group, start: m.index, outputLike, construct, label });
  }
  // A helper's single group must not lose its only member as "last".
  const helperDraws = draws.filter((d) => d.group.startsWith('helper:'));
  markHidden(draws.filter((d) => !d.group.startsWith('helper:')));
  for (const d of helperDraws) d.hidden = !d.outputLike;
  for (const d of draws) {
    const span: [number, number] = [d.line, d.line];
    const add = (kind: FaultKind, edit: ReturnType<typeof replaceRange>, note: string): void => {
      if (edit) sites.push({ framework: 'tensorflow', kind, construct: d.construct, edit, span, note });
    };
    if (d.hidden) {
      add('zero-hidden', replaceRange(src, d.callStart, d.call.close + 1, `${tf}.zeros(${d.shape})`), `random draw -> zeros for ${d.label}`);
      add('constant', replaceRange(src, d.callStart, d.call.close + 1, `${tf}.ones(${d.shape})`), `random draw -> ones for ${d.label}`);
    }
    if (d.stddev) {
      const s = src.text.slice(d.stddev.start, d.stddev.end);
      if (hasRootScale(s)) {
        const m = /^(.*?)\s*\/\s*(?:\(?\s*(?:math\.|np\.|tf\.(?:math\.)?)?sqrt\(.*)$/.exec(s);
        if (m && m[1]!.trim()) add('remove-depth-scaling', replaceRange(src, d.stddev.start, d.stddev.end, m[1]!.trim()), `stddev ${s} -> ${m[1]!.trim()}`);
      } else {
        const v = numeric(s);
        if (v !== undefined && v < 0.5) add('std1', replaceRange(src, d.stddev.start, d.stddev.end, '1.0'), `stddev ${s} -> 1.0`);
      }
    }
  }

  sites.push(...getVariableSites(src, tf));
  sites.push(...tfLayerSites(src, tf));
  sites.push(...forgetBiasSites(src));
  return sites;
}

/** `tf.get_variable('W', [a, b], initializer=...)`: the initializer keyword set to zeros / constant / N(0, 1). */
function getVariableSites(src: Source, tf: string): Site[] {
  const t = tf.replace('.', '\\.');
  const items: (Grouped & { call: Call; name: string })[] = [];
  for (const m of src.codeMatches(new RegExp(`(?<![\\w.])${t}\\.(?:compat\\.v1\\.)?get_variable\\s*\\(`, 'g'))) {
    const call = src.call(m.index + m[0].length - 1);
    if (!call) continue;
    const pos = positional(call);
    const shapeArg = call.args.find((a) => a.keyword === 'shape') ?? pos[1];
    if (!shapeArg) continue;
    const shapeText = src.text.slice(shapeArg.valueStart, shapeArg.valueEnd);
    const dims = /^[[(]/.test(shapeText) ? src.elements(shapeArg.valueStart)?.length : undefined;
    const name = unquote(call.args.find((a) => a.keyword === 'name')?.text.replace(/^name\s*=\s*/, '') ?? pos[0]?.text) ?? '';
    if (dims !== undefined && dims < 2) continue;
    if (/bias|^b\d*$|^b_|beta|gamma|scale|offset/i.test(name) || /bias/i.test(assignedName(src, m.index) ?? '')) continue;
    if (dims === undefined && !/weight|kernel|^w/i.test(name)) continue;
    items.push({ call, name, start: m.index, group: groupKey(src, m.index), outputLike: OUTPUT_NAME.test(name) || OUTPUT_NAME.test(assignedName(src, m.index) ?? '') });
  }
  markHidden(items);
  const sites: Site[] = [];
  for (const it of items) {
    const span = callSpan(src, it.start, it.call);
    const current = it.call.args.find((a) => a.keyword === 'initializer');
    const currentText = current ? src.text.slice(current.valueStart, current.valueEnd) : '';
    if (/zeros|constant/.test(currentText)) continue;
    const add = (kind: FaultKind, value: string, note: string): void => {
      const e = setKeyword(src, it.call, 'initializer', value);
      if (e) sites.push({ framework: 'tensorflow', kind, construct: 'tf.get-variable', edit: e.edit, span, note });
    };
    if (it.hidden) {
      add('zero-hidden', `${tf}.zeros_initializer()`, `get_variable ${it.name} zeros`);
      add('constant', `${tf}.constant_initializer(0.5)`, `get_variable ${it.name} constant 0.5`);
    }
    if (!/normal_initializer/.test(currentText)) add('std1', `${tf}.random_normal_initializer(stddev=1.0)`, `get_variable ${it.name} N(0, 1)`);
  }
  return sites;
}

/** TF1 `tf.layers.dense(x, units, ...)` / `tf.contrib.layers.fully_connected(x, n, ...)`. */
function tfLayerSites(src: Source, tf: string): Site[] {
  const t = tf.replace('.', '\\.');
  const re = new RegExp(`(?<![\\w.])(${t}\\.(?:compat\\.v1\\.)?layers\\.(dense|conv1d|conv2d|conv3d|conv2d_transpose)|(?:${t}\\.contrib\\.layers|slim|layers)\\.(fully_connected|conv2d))\\s*\\(`, 'g');
  const items: (Grouped & { call: Call; keyword: string; activation?: string; label: string })[] = [];
  for (const m of src.codeMatches(re)) {
    if (m[1]!.startsWith('layers.') && !/^\s*from\s+tensorflow\.contrib\s+import\s+layers/m.test(src.text)) continue;
    const call = src.call(m.index + m[0].length - 1);
    if (!call) continue;
    const contrib = m[3] !== undefined;
    const kwText = (k: string): string | undefined => {
      const a = call.args.find((x) => x.keyword === k);
      return a ? src.text.slice(a.valueStart, a.valueEnd) : undefined;
    };
    const activation = contrib ? (kwText('activation_fn') ?? 'tf.nn.relu') : kwText('activation');
    const units = kwText('units') ?? kwText('filters') ?? kwText('num_outputs') ?? positional(call)[1]?.text;
    const name = unquote(kwText('name') ?? kwText('scope'));
    const outputLike =
      (contrib ? /None|softmax|sigmoid/.test(activation ?? '') : activation === undefined || OUTPUT_ACTIVATION.test(activation) || /None/.test(activation)) ||
      (units !== undefined && OUTPUT_UNITS.test(units.trim())) ||
      (name !== undefined && OUTPUT_NAME.test(name)) ||
      OUTPUT_NAME.test(assignedName(src, m.index) ?? '');
    items.push({ call, start: m.index, group: groupKey(src, m.index), outputLike, keyword: contrib ? 'weights_initializer' : 'kernel_initializer', activation, label: m[2] ?? m[3]! });
  }
  markHidden(items);
  const sites: Site[] = [];
  for (const it of items) {
    const span = callSpan(src, it.start, it.call);
    const current = it.call.args.find((a) => a.keyword === it.keyword);
    const currentText = current ? src.text.slice(current.valueStart, current.valueEnd) : '';
    if (/zeros|constant/.test(currentText)) continue;
    const scaleFree = normFollows(src, it.call.close + 1);
    const add = (kind: FaultKind, value: string, note: string): void => {
      const e = setKeyword(src, it.call, it.keyword, value);
      if (e && !(scaleFree && SCALE_KINDS.has(kind))) sites.push({ framework: 'tensorflow', kind, construct: 'tf.layers', edit: e.edit, span, note });
    };
    if (it.hidden) {
      add('zero-hidden', `${tf}.zeros_initializer()`, `${it.label} zeros`);
      add('constant', `${tf}.constant_initializer(0.5)`, `${it.label} constant 0.5`);
    }
    if (!/normal_initializer/.test(currentText)) add('std1', `${tf}.random_normal_initializer(stddev=1.0)`, `${it.label} N(0, 1)`);
    if (/tanh/.test(it.activation ?? '')) add('he-before-tanh', `${tf}.variance_scaling_initializer(scale=2.0)`, `${it.label} He init before tanh`);
  }
  return sites;
}

/** TF LSTM cells (`forget_bias` defaults to 1.0): set to 0.0. */
function forgetBiasSites(src: Source): Site[] {
  const sites: Site[] = [];
  const re = /(?<![\w])((?:[\w]+\.)*)(BasicLSTMCell|LSTMCell|LSTMBlockCell)\s*\(/g;
  for (const m of src.codeMatches(re)) {
    const prefix = m[1]!;
    if (!/rnn/.test(prefix) && !/^\s*from\s+tensorflow[\w.]*\s+import\s+[^\n]*\brnn\b/m.test(src.text)) continue;
    if (/keras|layers/.test(prefix)) continue;
    const call = src.call(m.index + m[0].length - 1);
    if (!call) continue;
    const fb = call.args.find((a) => a.keyword === 'forget_bias');
    if (fb && numeric(src.text.slice(fb.valueStart, fb.valueEnd)) === 0) continue;
    const e = setKeyword(src, call, 'forget_bias', '0.0');
    if (e) sites.push({ framework: 'tensorflow', kind: 'drop-forget-bias', construct: 'tf.rnn-cell', edit: e.edit, span: callSpan(src, m.index, call), note: `${m[2]} forget_bias=0.0` });
  }
  return sites;
}
