"""A linen MLP with normal(stddev=1.0) kernels on 784 inputs (IL003)."""
import jax
import jax.numpy as jnp
from flax import linen as nn


class MLP(nn.Module):
    hidden: int = 512

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.normal(stddev=1.0))(x)
        x = nn.relu(x)
        return nn.Dense(10)(x)


params = MLP().init(jax.random.PRNGKey(0), jnp.ones((1, 784)))
