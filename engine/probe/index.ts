// engine/probe: TensorFlow.js probes. A probe builds the randomly initialised network a ModelGraph
// describes (weights drawn exactly as their initializers would), runs a batch forward and backward
// on the best available backend, and measures per layer what the theory predicts.
//
//   runProbe(request, { budgetMs, signal })        in a worker thread; always resolves
//   runProbeInProcess(request, { budgetMs, signal }) the same in this thread (tests)
//   probeText(result) / probeJson(result)           CLI output (DESIGN.md section 8 JSON)
//   attachMeasured(report, result), withAlternatives(report, analysis)   the propagation report
//   selectBackend(rt, choice, adapters)             backend choice; adapters are the test seam
//   planModel(analysis), sampleParam(info, shape, framework, rng)        the pure parts
export * from './types';
export { runProbe, runProbeInProcess, workerScript, probeHeapLimitMb, DEFAULT_BUDGET_MS, type RunOptions } from './runner';
export { probeInProcess, sizeModel, ProbeCancelled, MIN_BATCH, MAX_BATCH, type InProcessOptions } from './probe';
export { probeJson, probeText } from './format';
export { attachMeasured, withAlternatives, alternativeModel, alternativeProbeModels, alternativeVariance, ALTERNATIVES, type Alternative } from './report';
export {
  selectBackend,
  candidateOrder,
  defaultAdapters,
  tfjsNodeAdapter,
  webgpuAdapter,
  wasmAdapter,
  cpuAdapter,
  findVulkanLoader,
  dawnNodePath,
  wasmDirectory,
  type BackendAdapter,
  type BackendSelection,
  type AdapterOptions,
  type GpuLike,
  type GpuAdapterLike,
} from './backend';
export { planModel, scaleWidth, DEFAULT_PLAN_OPTIONS, type ModelPlan, type PlanSegment, type PlanOp, type PlanOptions, type ParamDraw } from './plan';
export { sampleParam, orthogonalMatrix, truncatedMu, type Sampled } from './sample';
export { Rng, invNormCdf } from './rng';
export { loadTfRuntime, type TfRuntime, type Tf } from './tf-loader';
