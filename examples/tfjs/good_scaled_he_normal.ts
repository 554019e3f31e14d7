// The same model with He normal weights scaled to the fan-in (the seed kept).
import * as tf from '@tensorflow/tfjs';

const input = tf.input({shape: [512]});
const hidden = tf.layers.dense({units: 512, activation: 'relu', kernelInitializer: tf.initializers.heNormal({seed: 42})}).apply(input) as tf.SymbolicTensor;
const output = tf.layers.dense({units: 10, activation: 'softmax'}).apply(hidden) as tf.SymbolicTensor;
export const model = tf.model({inputs: input, outputs: output});
