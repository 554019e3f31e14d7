"""A linen MLP built in setup() with a zero hidden kernel (IL001)."""
import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    def setup(self):
        self.fc1 = nn.Dense(256)
        self.fc2 = nn.Dense(256, kernel_init=nn.initializers.zeros_init())
        self.fc3 = nn.Dense(10)

    def __call__(self, x):
        x = nn.gelu(self.fc1(x))
        x = nn.gelu(self.fc2(x))
        return self.fc3(x)


variables = MLP().init(jax.random.PRNGKey(0), jnp.ones((1, 128)))
