# Fuzz find (seed 20261202 --exotic, input 1999): a 200,000-character repetition of a Keras model with
# U+2028/U+2029 inside lines took 19.6 s: the line ending of the file was counted again for every
# fix (quadratic). SourceText now counts it once.
"""RandomNormal(mean=0.1, stddev=0.01): a nonzero mean shifts every unit alike."""
import keras
from keras import initializers, layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = layers.Dense(64, activation="relu", kernel_initializer=initializers.RandomNormal(mean=0.1, stddev=0.01))  # expect: IL003
        self.b = layers.Dense(1)

    def call(self, x, training=False):
        return self.b(self.a(x))


net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net()
net(keras.Input(shape=(64,)))



net = Net(