// A small classifier whose hidden layer starts at zero: its units stay identical forever.
const tf = require('@tensorflow/tfjs');

function buildModel(numFeatures, numClasses) {
  const model = tf.sequential();
  model.add(tf.layers.dense({
    inputShape: [numFeatures],
    units: 64,
    activation: 'relu',
    kernelInitializer: 'zeros',
  }));
  model.add(tf.layers.dense({units: 64, activation: 'relu'}));
  model.add(tf.layers.dense({units: numClasses, activation: 'softmax'}));
  return model;
}

module.exports = {model: buildModel(30, 3)};
