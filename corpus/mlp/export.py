"""(a) An MLP classifier trained by SGD: flax.linen Dense layers with relu,
optax's softmax cross entropy on integer labels and optax.sgd.

    altgrad-import jax corpus/mlp/export.py:step --args batch=8 -o step.mlir
"""

import flax.linen as nn
import jax
import jax.numpy as jnp
import optax

from altgrad_import.step import Step


class MLP(nn.Module):
    hidden: int
    classes: int

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(self.hidden)(x))
        x = nn.relu(nn.Dense(self.hidden)(x))
        return nn.Dense(self.classes)(x)


def step(batch=16, features=32, hidden=64, classes=10, learning_rate=0.1):
    """The training step and its inputs: parameters from the model's own
    initializers, a batch from a fixed key."""
    model = MLP(hidden, classes)
    optimizer = optax.sgd(learning_rate)
    data, labels, init = jax.random.split(jax.random.PRNGKey(0), 3)
    x = jax.random.normal(data, (batch, features))
    y = jax.random.randint(labels, (batch,), 0, classes)
    params = model.init(init, x)["params"]
    opt_state = optimizer.init(params)

    def train_step(params, opt_state, x, y):
        def loss_fn(params):
            logits = model.apply({"params": params}, x)
            return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()

        loss, grads = jax.value_and_grad(loss_fn)(params)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    return Step(train_step, (params, opt_state, x, y),
                result_names=("params", "opt_state", "loss"))
