// A functional-API model with N(0, 1) weights on a 512-wide layer before ReLU.
import * as tf from '@tensorflow/tfjs';

const input = tf.input({shape: [512]});
const hidden = tf.layers.dense({units: 512, activation: 'relu', kernelInitializer: tf.initializers.randomNormal({stddev: 1, seed: 42})}).apply(input) as tf.SymbolicTensor;
const output = tf.layers.dense({units: 10, activation: 'softmax'}).apply(hidden) as tf.SymbolicTensor;
export const model = tf.model({inputs: input, outputs: output});
