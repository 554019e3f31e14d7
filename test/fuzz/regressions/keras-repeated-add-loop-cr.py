# Fuzz find (seed 20261202 --exotic, input 5711): 200,000 characters of a repeated Keras model.add loop
# with lone \r line ends took 39.8 s (the same per-fix line-ending count, on 271 models).
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", inpu t_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 default ReLU layers."""
from keras import layers, modelsmodel = models.Sequential()  # expect: IL005model.add(layers.Dense(512, activation="relu", input_shape=(512,)))
for i in range(39):
    model.add(layers.Dense(512, activation="relu"))model.add(layers.Dense(1, activation="sigmoid"))
"""model.add in a loop, input_shape on the first layer, 40 def