# Fuzz find (seed 20261202 --exotic, input 6346): 200,000 characters of a repeated subclassed Keras
# model with lone \r line ends ran past 5 s of CPU: 900 models analysed, each re-analysed to verify its fixes;
# the analysis of a file is now bounded by a clock that grows with its size, with a note.
"""Subclassed model with a list of 24 Dense layers, built for 64 inputs: default inits drift."""import kerasfrom keras import layersclass DeepMLP(keras.Model):  # expect: IL005    def __init__(self, depth=24, width=64):        super().__init__()        self.blocks = [layers.Dense(width, activation="relu") for _ in range(depth)]        self.head = layers.Dense(1)
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build((None, 64))
    def call(self, x):        for block in self.blocks:            x = block(x)        return self.head(x)model = DeepMLP()
model.build