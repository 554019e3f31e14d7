"""MNIST classifier: He normal before ReLU, a default softmax head."""
import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(512, activation="relu", kernel_initializer="he_normal"),
        layers.Dense(256, activation="relu", kernel_initializer="he_normal"),
        layers.Dense(10, activation="softmax"),
    ]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
