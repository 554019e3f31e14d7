// The same 40-layer ReLU MLP with 'heUniform': variance exactly 2/fan_in, the signal stays put.
import * as tf from '@tensorflow/tfjs';

const WIDTH = 256;
const DEPTH = 40;

export const model = tf.sequential();
model.add(tf.layers.inputLayer({inputShape: [WIDTH]}));
for (let i = 0; i < DEPTH; i++) {
  model.add(tf.layers.dense({units: WIDTH, activation: 'relu', kernelInitializer: 'heUniform'}));
}
model.add(tf.layers.dense({units: 10, activation: 'softmax'}));
