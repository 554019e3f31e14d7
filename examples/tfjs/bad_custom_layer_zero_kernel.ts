// A custom dense layer (a subclass of tf.layers.Layer) whose kernel starts at zero: every unit of
// it gets the same gradient, so they stay identical, and the layer learns one feature, not 64.
import * as tf from '@tensorflow/tfjs';

class GatedDense extends tf.layers.Layer {
  private kernel!: tf.LayerVariable;
  private bias!: tf.LayerVariable;

  constructor(private readonly units: number, config: tf.serialization.ConfigDict = {}) {
    super(config);
  }

  override build(inputShape: tf.Shape): void {
    const inDim = inputShape[inputShape.length - 1] as number;
    this.kernel = this.addWeight('kernel', [inDim, this.units], 'float32', tf.initializers.zeros());
    this.bias = this.addWeight('bias', [this.units], 'float32', tf.initializers.zeros());
  }

  override computeOutputShape(inputShape: tf.Shape): tf.Shape {
    return [inputShape[0], this.units];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      return tf.relu(x.matMul(this.kernel.read()).add(this.bias.read()));
    });
  }

  static override get className(): string {
    return 'GatedDense';
  }
}
tf.serialization.registerClass(GatedDense);

export const model = tf.sequential();
model.add(new GatedDense(64, {inputShape: [32]}));
model.add(tf.layers.dense({units: 64, activation: 'relu', kernelInitializer: 'heNormal'}));
model.add(tf.layers.dense({units: 10, activation: 'softmax'}));
