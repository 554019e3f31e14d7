// Fuzz finds (seed 424242, inputs 225, 1022, 2238, 498): a TF.js model whose first layer's inputShape
// is [0] (or [1e-400], a 0 once the literal underflows) handed the theory a fan_in of 0: "propagate:
// dense fanIn must be finite and > 0". A fan is a positive finite count wherever it is computed.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 128, inputShape: [0], activation: 'relu', biasInitializer: 'zeros' }));
model.add(tf.layers.dense({ units: 64, inputShape: [1e-400], activation: 'relu' }));
model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
