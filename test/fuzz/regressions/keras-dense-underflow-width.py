# Fuzz find (seed 1, input 82): Dense(1e-400) reads as a width of 0 (the literal underflows), and the
# planned kernel (40, 0) reached the theory as a zero fan_out: "propagate: dense fanOut must be
# finite and > 0". A size is a positive integer where engine/init reads it.
import keras
from keras import initializers, layers

inputs = keras.Input(shape=(40,))
x = layers.Dense(40, kernel_initializer=initializers.HeUniform())(inputs)
x = layers.Activation("sigmoid")(x)
outputs = layers.Dense(1e-400)(x)
model = keras.Model(inputs, outputs)
