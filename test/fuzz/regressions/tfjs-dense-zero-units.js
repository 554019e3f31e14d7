// Fuzz find (seed 1, input 12): a TF.js dense layer with units: 0 planned a (n, 0) kernel whose zero
// fan_out made propagate throw. A size is a positive integer where engine/init reads it.
const tf = require('@tensorflow/tfjs');

const input = tf.input({ shape: [16] });
const hidden = tf.layers.dense({ units: 0, activation: 'selu' }).apply(input);
const output = tf.layers.dense({ units: 1 }).apply(hidden);
const model = tf.model({ inputs: input, outputs: output });
