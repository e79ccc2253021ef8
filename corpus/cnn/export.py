"""(c) A convolutional classifier with BatchNorm trained by SGD with
momentum: flax.linen Conv, BatchNorm (batch statistics, updated running
averages), relu, max and average pooling, Dense; optax.sgd(momentum=0.9).

    altgrad-import jax corpus/cnn/export.py:step --args batch=8 -o step.mlir
"""

import flax.linen as nn
import jax
import optax

from altgrad_import.step import Step


class CNN(nn.Module):
    channels: int
    classes: int

    @nn.compact
    def __call__(self, x):
        x = nn.Conv(self.channels, (3, 3))(x)
        x = nn.relu(nn.BatchNorm(use_running_average=False)(x))
        x = nn.max_pool(x, (2, 2), strides=(2, 2))
        x = nn.Conv(2 * self.channels, (3, 3))(x)
        x = nn.relu(nn.BatchNorm(use_running_average=False)(x))
        x = nn.avg_pool(x, (2, 2), strides=(2, 2))
        x = x.reshape((x.shape[0], -1))
        return nn.Dense(self.classes)(x)


def step(batch=8, size=16, channels=8, classes=10, learning_rate=0.05, momentum=0.9):
    """The training step and its inputs: parameters and batch statistics
    from the model's initializers, images and labels from a fixed key."""
    model = CNN(channels, classes)
    optimizer = optax.sgd(learning_rate, momentum=momentum)
    data, labels, init = jax.random.split(jax.random.PRNGKey(0), 3)
    x = jax.random.normal(data, (batch, size, size, 3))
    y = jax.random.randint(labels, (batch,), 0, classes)
    variables = model.init(init, x)
    params, batch_stats = variables["params"], variables["batch_stats"]
    opt_state = optimizer.init(params)

    def train_step(params, batch_stats, opt_state, x, y):
        def loss_fn(params):
            logits, new = model.apply(
                {"params": params, "batch_stats": batch_stats}, x, mutable=["batch_stats"])
            loss = optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()
            return loss, new["batch_stats"]

        (loss, batch_stats), grads = jax.value_and_grad(loss_fn, has_aux=True)(params)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), batch_stats, opt_state, loss

    return Step(train_step, (params, batch_stats, opt_state, x, y),
                result_names=("params", "batch_stats", "opt_state", "loss"))
