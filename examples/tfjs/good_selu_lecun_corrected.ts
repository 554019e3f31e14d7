// The same self-normalising MLP, with LeCun normal weights of variance exactly 1/fan_in:
// TF.js's truncated normal scaled by 1/0.7737 (the correction Keras applies and TF.js leaves out).
import * as tf from '@tensorflow/tfjs';

const lecunNormal = () => tf.initializers.varianceScaling({scale: 1.2924, mode: 'fanIn', distribution: 'normal'});

export function createModel(inputSize = 784, hidden = 256): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: hidden, inputShape: [inputSize], activation: 'selu', kernelInitializer: lecunNormal()}));
  model.add(tf.layers.alphaDropout({rate: 0.05}));
  model.add(tf.layers.dense({units: hidden, activation: 'selu', kernelInitializer: lecunNormal()}));
  model.add(tf.layers.dense({units: 10, activation: 'softmax'}));
  return model;
}
