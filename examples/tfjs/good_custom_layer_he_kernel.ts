// The same custom dense layer with its kernel drawn by He normal (for the ReLU it feeds): each unit
// starts different. The zero bias is the usual start.
import * as tf from '@tensorflow/tfjs';

class GatedDense extends tf.layers.Layer {
  private kernel!: tf.LayerVariable;
  private bias!: tf.LayerVariable;

  constructor(private readonly units: number, config: tf.serialization.ConfigDict = {}) {
    super(config);
  }

  override build(inputShape: tf.Shape): void {
    const inDim = inputShape[inputShape.length - 1] as number;
    this.kernel = this.addWeight('kernel', [inDim, this.units], 'float32', tf.initializers.heNormal({}));
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
