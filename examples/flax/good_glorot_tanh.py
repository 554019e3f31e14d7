"""The nnx value network with Glorot uniform before tanh."""
from flax import nnx


class Value(nnx.Module):
    def __init__(self, obs_dim: int, hidden: int, *, rngs: nnx.Rngs):
        self.fc1 = nnx.Linear(obs_dim, hidden, kernel_init=nnx.initializers.glorot_uniform(), rngs=rngs)
        self.fc2 = nnx.Linear(hidden, hidden, kernel_init=nnx.initializers.glorot_uniform(), rngs=rngs)
        self.head = nnx.Linear(hidden, 1, rngs=rngs)

    def __call__(self, x):
        x = nnx.tanh(self.fc1(x))
        x = nnx.tanh(self.fc2(x))
        return self.head(x)


model = Value(8, 64, rngs=nnx.Rngs(0))
