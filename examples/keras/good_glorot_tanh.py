"""The same autoencoder with Glorot (the tanh pairing), functional API."""
import keras
from keras import initializers, layers

inputs = keras.Input(shape=(128,))
x = layers.Dense(64, activation="tanh", kernel_initializer=initializers.GlorotNormal())(inputs)
code = layers.Dense(16, activation="tanh", kernel_initializer="glorot_uniform")(x)
x = layers.Dense(64, activation="tanh")(code)
outputs = layers.Dense(128)(x)
autoencoder = keras.Model(inputs, outputs, name="autoencoder")
