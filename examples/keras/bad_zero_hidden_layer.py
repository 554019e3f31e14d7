"""MNIST classifier whose hidden layer was zero-initialised by mistake (IL001)."""
import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(512, activation="relu", kernel_initializer="he_normal"),
        layers.Dense(256, activation="relu", kernel_initializer="zeros"),
        layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
