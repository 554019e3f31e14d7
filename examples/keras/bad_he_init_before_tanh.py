"""An autoencoder whose tanh layers got the ReLU initializer (IL004), functional API."""
import keras
from keras import initializers, layers

inputs = keras.Input(shape=(128,))
x = layers.Dense(64, activation="tanh", kernel_initializer=initializers.HeNormal())(inputs)
code = layers.Dense(16, activation="tanh", kernel_initializer="he_uniform")(x)
x = layers.Dense(64, activation="tanh")(code)
outputs = layers.Dense(128)(x)
autoencoder = keras.Model(inputs, outputs, name="autoencoder")
