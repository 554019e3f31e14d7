// Ten tanh layers with stddev 0.01 at width 100  each divides the second moment by 100.
import * as tf from '@tensorflow/tfjs';

const layers = [];
for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
export const model = tf.sequential({layers} ; // expect: IL005

for (let i = 0; i < 10; i++) {
  layers.push(tf.layers.dense({units: 100, inputShape: [100], activation: 'tanh', kernelInitializer: tf.initializers.randomNormal({stddev: 0.01})})); // expect: IL003
}
exp