"""A subclassed regressor with unit-variance weights on 1024 inputs (IL003)."""
import tensorflow as tf
from tensorflow.keras import initializers, layers


class Regressor(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(1024, activation="relu", kernel_initializer=initializers.RandomNormal(mean=0.0, stddev=1.0))
        self.out = layers.Dense(1)

    def call(self, inputs, training=False):
        return self.out(self.hidden(inputs))


model = Regressor()
model.build((None, 1024))
