"""The linen MLP on Flax's default (lecun_normal) and He normal before ReLU."""
import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    hidden: int = 512

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.he_normal())(x)
        x = nn.relu(x)
        return nn.Dense(10)(x)


params = MLP().init(jax.random.PRNGKey(0), jnp.ones((1, 784)))
