// The same classifier with He normal hidden layers; the zero-initialised head is fine.
const tf = require('@tensorflow/tfjs');

function buildModel(numFeatures, numClasses) {
  const model = tf.sequential();
  model.add(tf.layers.dense({
    inputShape: [numFeatures],
    units: 64,
    activation: 'relu',
    kernelInitializer: 'heNormal',
  }));
  model.add(tf.layers.dense({units: 64, activation: 'relu', kernelInitializer: 'heNormal'}));
  model.add(tf.layers.dense({units: numClasses, activation: 'softmax', kernelInitializer: 'zeros'}));
  return model;
}

module.exports = {model: buildModel(30, 3)};
