// Mean-field theory of weight initialization: Gaussian moments of activations, forward and
// backward propagation of second moments through chains, and ideal gains. Plain numbers in,
// numbers out; no framework knowledge (engine/init turns initializers into variances).

export { erf, erfc, erfcx, normalPdf, normalCdf, normalSf, normalInterval } from './special';
export {
  gaussHermite,
  gaussLegendre,
  standardNormalHermite,
  hermiteNodes,
  piecewiseNodes,
  normalExpectation,
  HERMITE_POINTS,
  LEGENDRE_POINTS,
  PIECEWISE_RANGE,
  type QuadratureRule,
  type NormalNodes,
} from './quadrature';
export {
  activationFunction,
  isElementwise,
  sigmoid,
  ELEMENTWISE_ACTIVATIONS,
  SELU_ALPHA,
  SELU_SCALE,
  LEAKY_RELU_DEFAULT_SLOPE,
  type ActivationSpec,
  type ActivationFunction,
  type ElementwiseActivationKind,
} from './activations';
export {
  activationMoments,
  closedFormMoments,
  autoMethod,
  HERMITE_MAX_STD,
  type GaussianMoments,
  type MomentMethod,
} from './moments';
export {
  propagate,
  denseChain,
  mapDenseSteps,
  denseSteps,
  type ChainStep,
  type DenseStep,
  type NormStep,
  type ActivationStep,
  type ResidualStep,
  type ProductStep,
  type RepeatStep,
  type PropagationOptions,
  type PropagationResult,
  type StepRecord,
  type ChainSummary,
  type RepeatRegime,
} from './propagation';
export { forwardGain, backwardGain, idealGains, gainTable, type IdealGains } from './gain';
export {
  bivariateExpectation,
  correlationAfter,
  correlationMap,
  correlationStep,
  lengthFixedPoint,
  type CorrelationMap,
  type LayerStatistics,
  type Phase,
} from './correlation';
export {
  jacobianSpectrum,
  derivativeSpread,
  weightSpread,
  nearIsometry,
  ISOMETRY_SPREAD,
  ISOMETRY_MEAN,
  MAX_SPECTRUM_STEPS,
  type JacobianSpectrum,
} from './jacobian';
