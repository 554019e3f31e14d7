// Every name and alias of every framework catalogue resolves and gives finite moments on a sample
// shape (one test per name, so the test count covers every initializer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CallArgs, Dim, Framework } from '../../engine/model/graph';
import { describeInit, initCatalogue, resolveInitializer } from '../../engine/init';
import { args } from './helpers';

/** Arguments and shapes for the initializers that need them, by framework and canonical name. */
const SAMPLES: Record<Framework, Record<string, { args?: CallArgs; shape?: Dim[] }>> = {
  pytorch: {
    constant_: { args: args([0.3]) },
    sparse_: { args: args([0.1]) },
    dirac_: { shape: [16, 8, 3, 3] },
    full: { args: args([[64, 128], 0.5]) },
    full_like: { args: args([undefined, 0.5]) },
  },
  keras: {},
  tfjs: { constant: { args: args([], { value: 0.2 }) }, identity: { shape: [64, 64] } },
  flax: {
    constant: { args: args([0.2]) },
    variance_scaling: { args: args([2.0, 'fan_in', 'truncated_normal']) },
    delta_orthogonal: { shape: [3, 3, 64, 128] },
    random_truncated_normal: { args: args([], { lower: -2, upper: 2 }) },
  },
  tensorflow: {
    fill: { args: args([0.3]) },
    constant: { args: args([0.1]) },
    random_normal_initializer: { args: args([], { stddev: 0.1 }) },
    random_uniform_initializer: { args: args([], { minval: -0.1, maxval: 0.1 }) },
    'initializers.truncated_normal': { args: args([], { stddev: 0.1 }) },
  },
};

// PyTorch: 14 nn.init functions + 13 deprecated/tensor-method aliases + 12 factory names + 3 of timm's; Keras: ALL_OBJECTS_DICT
// (41) less Initializer/initializer and STFT/stft/STFTInitializer; TF.js: 15 identifiers + 15 class names + 8
// snake_case JSON forms; Flax: 19 jax.nn.initializers names + zeros_init/ones_init + 3 samplers used as weights
// (jax.random.normal / uniform / truncated_normal and numpy's); TensorFlow: 7 ops and
// 23 initializers, 69 names with their TF1, TF2, compat and contrib paths.
const EXPECTED_COUNTS: Record<Framework, number> = { pytorch: 42, keras: 36, tfjs: 38, flax: 24, tensorflow: 69 };

for (const framework of ['pytorch', 'keras', 'tfjs', 'flax', 'tensorflow'] as const) {
  const cat = initCatalogue(framework);
  test(`${framework} catalogue lists ${EXPECTED_COUNTS[framework]} names`, () => {
    assert.equal(cat.names().length, EXPECTED_COUNTS[framework], cat.names().join(', '));
  });
  for (const name of cat.names()) {
    test(`${framework} ${name}`, () => {
      const entry = cat.lookup(name)!;
      const sample = SAMPLES[framework][entry.canonical] ?? {};
      const shape = sample.shape ?? [64, 128];
      const info = describeInit({ source: 'explicit', framework, name, args: sample.args ?? args() }, shape);
      assert.equal(info.canonical, entry.canonical);
      assert.equal(resolveInitializer(framework, name)?.canonical, entry.canonical);
      assert.ok(info.formula.length > 0);
      if (entry.family === 'empty') {
        assert.equal(info.moments, undefined);
        return;
      }
      assert.ok(info.moments, `${name}: ${info.formula}`);
      assert.ok(Number.isFinite(info.moments.mean) && Number.isFinite(info.moments.variance) && info.moments.variance >= 0, info.formula);
      assert.notEqual(info.family, 'unknown');
      // a size that is unknown never produces moments for a shape-dependent scheme
      const unknown = describeInit({ source: 'explicit', framework, name, args: sample.args ?? args() }, shape.map(() => undefined));
      const shapeFree = ['normal', 'uniform', 'trunc_normal', 'constant', 'zeros', 'ones'].includes(unknown.family);
      if (!shapeFree) assert.equal(unknown.moments, undefined, `${name} on unknown sizes: ${unknown.formula}`);
    });
  }
}
