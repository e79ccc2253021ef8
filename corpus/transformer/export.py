"""(b) A decoder-only transformer language model trained by AdamW with
global-norm clipping: flax.linen Embed, LayerNorm,
MultiHeadDotProductAttention with a causal mask, Dense and gelu;
optax.chain(clip_by_global_norm, adamw); next-token cross entropy.

The attention projections have no biases (as in PaLM or LLaMA): the
gradient of a key bias is zero in exact arithmetic (softmax ignores a
constant added to every score of a query), so in f32 it is rounding noise,
which Adam's normalization turns into updates of the size of the learning
rate with the sign of that noise; no two f32 implementations agree there.

    altgrad-import jax corpus/transformer/export.py:step -o step.mlir
    # the GPU size of a later issue:
    altgrad-import jax corpus/transformer/export.py:step \
        --args vocab=8192 length=512 width=768 heads=12 blocks=4 batch=8

`fp8_step` is the same model with flax's FP8 training (flax.linen.fp8_ops)
on every Dense and attention projection, the reference that altgrad's
recipe is timed against (docs/benchmarks.md); it is run by JAX, not
imported.
"""

import functools

import flax.linen as nn
import jax
import jax.numpy as jnp
import optax

from altgrad_import.step import Step, all_reduce_sum


class Block(nn.Module):
    width: int
    heads: int
    # The dot_general of every Dense and attention projection (None: XLA's).
    dot_general_cls: object = None

    @nn.compact
    def __call__(self, x, mask):
        dense = functools.partial(nn.Dense, dot_general_cls=self.dot_general_cls)
        y = nn.LayerNorm()(x)
        x = x + nn.MultiHeadDotProductAttention(
            num_heads=self.heads, use_bias=False, qkv_dot_general_cls=self.dot_general_cls,
            out_dot_general_cls=self.dot_general_cls)(y, y, mask=mask)
        y = nn.LayerNorm()(x)
        y = dense(self.width)(nn.gelu(dense(4 * self.width)(y)))
        return x + y


class LanguageModel(nn.Module):
    vocab: int
    width: int
    heads: int
    blocks: int
    dot_general_cls: object = None

    @nn.compact
    def __call__(self, tokens):
        length = tokens.shape[1]
        x = nn.Embed(self.vocab, self.width)(tokens)
        x = x + self.param("position", nn.initializers.normal(0.02), (length, self.width))
        mask = nn.make_causal_mask(tokens)
        for _ in range(self.blocks):
            x = Block(self.width, self.heads, self.dot_general_cls)(x, mask)
        return nn.Dense(self.vocab, dot_general_cls=self.dot_general_cls)(nn.LayerNorm()(x))


def setup(vocab, length, width, heads, blocks, batch, learning_rate, weight_decay, clip,
          dot_general_cls=None):
    """The model, optimizer, variables and batch of both steps."""
    model = LanguageModel(vocab, width, heads, blocks, dot_general_cls)
    optimizer = optax.chain(
        optax.clip_by_global_norm(clip),
        optax.adamw(learning_rate, weight_decay=weight_decay))
    data, init = jax.random.split(jax.random.PRNGKey(0))
    sequence = jax.random.randint(data, (batch, length + 1), 0, vocab)
    tokens, targets = sequence[:, :-1], sequence[:, 1:]
    variables = model.init(init, tokens)
    return model, optimizer, variables, tokens, targets


def step(vocab=256, length=32, width=64, heads=4, blocks=2, batch=4,
         learning_rate=1e-3, weight_decay=0.1, clip=1.0, ranks=1):
    """The training step and its inputs: parameters from the model's
    initializers, a batch of token sequences from a fixed key; the targets
    are the sequences shifted by one. With ranks > 1, one data-parallel
    rank's step (docs/distributed.md): the gradients of its `batch`
    sequences averaged with the other ranks' before the update."""
    model, optimizer, variables, tokens, targets = setup(
        vocab, length, width, heads, blocks, batch, learning_rate, weight_decay, clip)
    params = variables["params"]
    opt_state = optimizer.init(params)

    def train_step(params, opt_state, tokens, targets):
        def loss_fn(params):
            logits = model.apply({"params": params}, tokens)
            return optax.softmax_cross_entropy_with_integer_labels(logits, targets).mean()

        loss, grads = jax.value_and_grad(loss_fn)(params)
        if ranks > 1:
            grads = jax.tree_util.tree_map(
                lambda g: g / ranks, all_reduce_sum(grads, ranks))
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    return Step(train_step, (params, opt_state, tokens, targets),
                result_names=("params", "opt_state", "loss"))


def fp8_step(vocab=256, length=32, width=64, heads=4, blocks=2, batch=4,
             learning_rate=1e-3, weight_decay=0.1, clip=1.0, history=1024):
    """step's model and batch with flax's FP8 training on every Dense and
    attention projection: `Fp8DotGeneralOp` (E4M3 inputs and kernels, E5M2
    output gradients, delayed scaling from amax histories of `history`
    records, flax's default 1024), whose scales and histories (the
    `_overwrite_with_gradient` collection) the step returns as the
    "gradients" of that collection, as flax's FP8 recipe does. The same
    parameters as step's (the FP8 state is a separate collection)."""
    from flax.linen import fp8_ops

    dot_general = functools.partial(fp8_ops.Fp8DotGeneralOp, amax_history_length=history)
    model, optimizer, variables, tokens, targets = setup(
        vocab, length, width, heads, blocks, batch, learning_rate, weight_decay, clip, dot_general)
    params, fp8_state = variables["params"], variables[fp8_ops.OVERWRITE_WITH_GRADIENT]
    opt_state = optimizer.init(params)

    def train_step(params, fp8_state, opt_state, tokens, targets):
        def loss_fn(params, fp8_state):
            logits = model.apply(
                {"params": params, fp8_ops.OVERWRITE_WITH_GRADIENT: fp8_state}, tokens)
            return optax.softmax_cross_entropy_with_integer_labels(logits, targets).mean()

        loss, (grads, fp8_state) = jax.value_and_grad(loss_fn, argnums=(0, 1))(params, fp8_state)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), fp8_state, opt_state, loss

    return Step(train_step, (params, fp8_state, opt_state, tokens, targets),
                result_names=("params", "fp8_state", "opt_state", "loss"))
