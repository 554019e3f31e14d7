// Which files and modules are TensorFlow.js: the early exit before parsing, the packages whose
// exports include the layers API, and the global `tf` of a <script> page.

/** TensorFlow.js packages whose exports include `layers`, `sequential`, `model`, `input`, `initializers`. */
export function isTfjsModule(spec: string): boolean {
  return /^@tensorflow\/tfjs(?:-node|-node-gpu|-layers)?(?:\/.*)?$/.test(spec);
}

/** Cheap test before parsing: a file that never names TF.js's layers API (an import, or the global `tf`) has no TF.js model. */
export function mentionsTfjs(text: string): boolean {
  // A model needs the layers API (tf.layers, sequential): tensor-only TF.js code is skipped too.
  if (!/layers|sequential/i.test(text)) return false;
  return text.includes('@tensorflow/tfjs') || /\btf\s*\.\s*(?:sequential|model|layers)\b/.test(text);
}

/** The file names the global `tf` of a <script> tag (no import of TF.js, no declaration of `tf`). */
export function usesGlobalTf(text: string): boolean {
  return !text.includes('@tensorflow/tfjs') && !/\b(?:const|let|var|function|class|import)\s+\*?\s*(?:as\s+)?tf\b/.test(text);
}
