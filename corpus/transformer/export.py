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
"""

import flax.linen as nn
import jax
import jax.numpy as jnp
import optax

from altgrad_import.step import Step, all_reduce_sum


class Block(nn.Module):
    width: int
    heads: int

    @nn.compact
    def __call__(self, x, mask):
        y = nn.LayerNorm()(x)
        x = x + nn.MultiHeadDotProductAttention(
            num_heads=self.heads, use_bias=False)(y, y, mask=mask)
        y = nn.LayerNorm()(x)
        y = nn.Dense(self.width)(nn.gelu(nn.Dense(4 * self.width)(y)))
        return x + y


class LanguageModel(nn.Module):
    vocab: int
    width: int
    heads: int
    blocks: int

    @nn.compact
    def __call__(self, tokens):
        length = tokens.shape[1]
        x = nn.Embed(self.vocab, self.width)(tokens)
        x = x + self.param("position", nn.initializers.normal(0.02), (length, self.width))
        mask = nn.make_causal_mask(tokens)
        for _ in range(self.blocks):
            x = Block(self.width, self.heads)(x, mask)
        return nn.Dense(self.vocab)(nn.LayerNorm()(x))


def step(vocab=256, length=32, width=64, heads=4, blocks=2, batch=4,
         learning_rate=1e-3, weight_decay=0.1, clip=1.0, ranks=1):
    """The training step and its inputs: parameters from the model's
    initializers, a batch of token sequences from a fixed key; the targets
    are the sequences shifted by one. With ranks > 1, one data-parallel
    rank's step (docs/distributed.md): the gradients of its `batch`
    sequences averaged with the other ranks' before the update."""
    model = LanguageModel(vocab, width, heads, blocks)
    optimizer = optax.chain(
        optax.clip_by_global_norm(clip),
        optax.adamw(learning_rate, weight_decay=weight_decay))
    data, init = jax.random.split(jax.random.PRNGKey(0))
    sequence = jax.random.randint(data, (batch, length + 1), 0, vocab)
    tokens, targets = sequence[:, :-1], sequence[:, 1:]
    params = model.init(init, tokens)["params"]
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
