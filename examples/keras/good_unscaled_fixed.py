"""The regressor with VarianceScaling(scale=2.0), i.e. He normal."""
import tensorflow as tf
from tensorflow.keras import initializers, layers


class Regressor(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(1024, activation="relu", kernel_initializer=initializers.VarianceScaling(scale=2.0, mode="fan_in", distribution="truncated_normal"))
        self.out = layers.Dense(1)

    def call(self, inputs, training=False):
        return self.out(self.hidden(inputs))


model = Regressor()
model.build((None, 1024))
