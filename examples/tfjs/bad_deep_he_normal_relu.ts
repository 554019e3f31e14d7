// A 40-layer ReLU MLP with 'heNormal'. In TF.js heNormal draws from a truncated normal WITHOUT the
// stddev correction, so each layer keeps only 77% of the signal's second moment: 0.77^40 = 3e-5.
import * as tf from '@tensorflow/tfjs';

const WIDTH = 256;
const DEPTH = 40;

export const model = tf.sequential();
model.add(tf.layers.inputLayer({inputShape: [WIDTH]}));
for (let i = 0; i < DEPTH; i++) {
  model.add(tf.layers.dense({units: WIDTH, activation: 'relu', kernelInitializer: 'heNormal'}));
}
model.add(tf.layers.dense({units: 10, activation: 'softmax'}));
