// Fix rendering per framework. The rules decide WHAT a layer should be initialised with (an
// InitChoice: Kaiming/Xavier/LeCun, gain, mode); a fixer writes it in the framework's idiom and the
// file's own spelling (`kernel_initializer="he_normal"`, `kernelInitializer: 'heNormal'`,
// `kernel_init=nn.initializers.he_normal()`); orthogonalFix writes an orthogonal initializer with a
// given gain (IL005's alternative for deep tanh/linear stacks). PyTorch's lives in ../fixes.ts.
import type { Fix } from '../../model/finding';
import type { Activation, Framework } from '../../model/graph';
import type { LayerFacts, ParamFacts } from '../../analysis';
import type { SourceText } from '../../analysis/source';
import type { OrthogonalGain } from '../fixes';
import { TFJS_FIXER } from './tfjs';
import { KERAS_FIXER } from './keras';
import { FLAX_FIXER } from './flax';
import { TENSORFLOW_FIXER } from './tensorflow';

export interface FrameworkFixer {
  /**
   * Fixes that give `param` of the layer an initializer suited to `activation`, the matching one
   * first (marked preferred): replacing an explicit initializer, or adding one where the layer
   * uses its default. Empty when no safe edit exists.
   */
  initFixes(source: SourceText, facts: LayerFacts, param: ParamFacts, activation: Activation | undefined, modeFanOut: boolean): Fix[];
  /**
   * Fixes that start `param` at zero (a residual branch's last layer, Fixup/SkipInit style):
   * replacing its explicit initializer or adding one. Empty when no safe edit exists.
   */
  zeroInitFixes?(source: SourceText, facts: LayerFacts, param: ParamFacts): Fix[];
  /**
   * A fix that gives `param` an orthogonal initializer with `gain` (`Orthogonal(gain=1.0)`,
   * `orthogonal({gain: 1})`, `orthogonal(scale=1.0)`): replacing its explicit initializer or
   * adding one. Undefined when no safe edit exists.
   */
  orthogonalFix?(source: SourceText, facts: LayerFacts, param: ParamFacts, gain: OrthogonalGain): Fix | undefined;
  /** A fix that starts an LSTM's forget-gate bias at 1 (Keras unit_forget_bias, TF.js unitForgetBias, TF forget_bias). */
  forgetBiasFix?(source: SourceText, facts: LayerFacts): Fix | undefined;
}

/** Fixers of the frameworks other than PyTorch, by framework. */
export const FIXERS: Partial<Record<Framework, FrameworkFixer>> = { tfjs: TFJS_FIXER, keras: KERAS_FIXER, flax: FLAX_FIXER, tensorflow: TENSORFLOW_FIXER };
