"""What an export script hands the importer: a training step and its inputs.

An export script names a function (MODULE:FUNCTION on the command line) that
takes the size options as keyword arguments and returns a `Step`. Nothing
here imports JAX: pytrees are walked with jax.tree_util by the caller.
"""

import dataclasses
import inspect
from typing import Any, Callable, Optional, Sequence


@dataclasses.dataclass
class Step:
    """A function to export with `jax.jit(fn).lower(*args)`.

    fn: the training step, e.g. `step(params, opt_state, batch)`.
    args: example arguments (pytrees of arrays); their values are the saved
      inputs, their shapes and dtypes the program's.
    arg_names: one name per argument; by default fn's parameter names.
    result_names: one name per element of fn's result tuple (or one name for
      a result that is not a tuple); by default result0, result1, ...
      A result named like an argument is that argument's new value (a
      training step's params and opt_state): each of its leaves records the
      argument leaf it replaces.
    """

    fn: Callable
    args: Sequence[Any]
    arg_names: Optional[Sequence[str]] = None
    result_names: Optional[Sequence[str]] = None

    def argument_names(self):
        if self.arg_names is not None:
            names = list(self.arg_names)
        else:
            parameters = list(inspect.signature(self.fn).parameters)
            names = parameters[: len(self.args)]
        if len(names) != len(self.args):
            raise ValueError(
                f"{len(names)} argument names for {len(self.args)} arguments"
            )
        return names


def key_name(key):
    """One component of a leaf's path: a dict key, an attribute of a named
    tuple (optax's states) or a position in a sequence."""
    for attribute in ("key", "name", "idx"):
        if hasattr(key, attribute):
            return str(getattr(key, attribute))
    return str(key)


def leaf_name(prefix, path):
    """`params/Dense_0/kernel` for the leaf at `path` under `prefix`."""
    return "/".join([prefix] + [key_name(key) for key in path])


# The JAX name scope that marks an all-reduce (iree_convert makes it one).
ALL_REDUCE_SCOPE = "altgrad_all_reduce_sum_over_"


def all_reduce_sum(tree, ranks):
    """`tree`'s arrays summed across `ranks` data-parallel processes
    (docs/distributed.md): in JAX, on one process, the arrays themselves,
    behind an optimization barrier in a name scope that altgrad-import turns
    into one `shard.all_reduce` per array on a grid of `ranks`."""
    import jax

    with jax.named_scope(f"{ALL_REDUCE_SCOPE}{ranks}"):
        return jax.lax.optimization_barrier(tree)
