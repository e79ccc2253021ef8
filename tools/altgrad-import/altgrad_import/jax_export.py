"""JAX to StableHLO: lowers a Step and records what JAX knows about it.

The names of the leaves, which results are new values of which arguments,
the inputs and JAX's own outputs for them come from here; the StableHLO
text goes on to iree_convert.
"""

import dataclasses
import importlib.util
import pathlib
import sys

from .errors import ImporterError, require
from .step import Step, leaf_name


@dataclasses.dataclass
class Exported:
    """A lowered step: StableHLO text and one entry per argument and result
    leaf, in the order of the function's flattened arguments and results."""

    stablehlo: str
    arg_names: list
    result_names: list
    # For each result leaf, the index of the argument leaf it is the new
    # value of, or None.
    updates: list
    inputs: list
    outputs: list
    # The same step computed in float64 from the same inputs: what the
    # comparison measures both JAX's f32 results and altgrad's against.
    reference: list


def load_function(spec):
    """MODULE:FUNCTION, MODULE a dotted module name or a path to a .py file."""
    module_name, sep, function_name = spec.rpartition(":")
    if not sep or not module_name or not function_name:
        raise ImporterError(f"expected MODULE:FUNCTION, got '{spec}'")
    if module_name.endswith(".py"):
        path = pathlib.Path(module_name)
        if not path.is_file():
            raise ImporterError(f"no such file: {path}")
        loader_spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(loader_spec)
        sys.modules[path.stem] = module
        loader_spec.loader.exec_module(module)
    else:
        module = importlib.import_module(module_name)
    function = getattr(module, function_name, None)
    if function is None:
        raise ImporterError(f"{module_name} has no function '{function_name}'")
    return function


def parse_options(pairs):
    """KEY=VALUE pairs to keyword arguments; values are ints where they
    read as ints, floats where they read as floats, strings otherwise."""
    options = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep or not key:
            raise ImporterError(f"expected KEY=VALUE, got '{pair}'")
        for convert in (int, float, str):
            try:
                options[key] = convert(text)
                break
            except ValueError:
                continue
    return options


def configure_jax():
    """Locations that are the same on every machine and say little more
    than what later passes need: the name stack (which holds the forward or
    backward pass) and the innermost source line, by file name only (no
    directory, so that the corpus does not depend on where it was made)."""
    jax = require("jax")
    jax.config.update("jax_include_full_tracebacks_in_locations", False)
    jax.config.update("jax_hlo_source_file_canonicalization_regex", r".*/")
    # f32 stays f32: a 64-bit mode would change every dtype of the program.
    jax.config.update("jax_enable_x64", False)
    return jax


def export(step: Step, evaluate=True) -> Exported:
    jax = configure_jax()
    np = require("numpy")
    tree = jax.tree_util
    args = tuple(step.args)
    arg_prefixes = step.argument_names()

    arg_leaves = []
    arg_names = []
    for prefix, arg in zip(arg_prefixes, args):
        for path, leaf in tree.tree_flatten_with_path(arg)[0]:
            arg_names.append(leaf_name(prefix, path))
            arg_leaves.append(leaf)
    if len(set(arg_names)) != len(arg_names):
        raise ImporterError("two argument leaves have the same name")

    # keep_unused: every argument leaf stays a parameter of the program, in
    # order, even one the step does not read, so that names and inputs line
    # up with the program's arguments.
    jitted = jax.jit(step.fn, keep_unused=True)
    lowered = jitted.lower(*args)
    stablehlo = lowered.as_text(debug_info=True)
    # Without `evaluate`, only the names and types of the results: no
    # outputs or float64 reference (None), for a step too large to run
    # quickly where it is imported. (Lines above this one are in the
    # corpus's locations: they stay where they are.)
    result = jitted(*args) if evaluate else jax.eval_shape(step.fn, *args)

    results = result if isinstance(result, tuple) else (result,)
    result_prefixes = step.result_names
    if result_prefixes is None:
        result_prefixes = [f"result{i}" for i in range(len(results))]
        if not isinstance(result, tuple):
            result_prefixes = ["result"]
    if len(result_prefixes) != len(results):
        raise ImporterError(
            f"{len(result_prefixes)} result names for {len(results)} results"
        )
    result_names = []
    outputs = []
    for prefix, value in zip(result_prefixes, results):
        for path, leaf in tree.tree_flatten_with_path(value)[0]:
            result_names.append(leaf_name(prefix, path))
            outputs.append(np.asarray(leaf) if evaluate else leaf)

    reference = float64_outputs(jax, np, step.fn, args) if evaluate else None

    updates = []
    for name, output in zip(result_names, outputs):
        index = arg_names.index(name) if name in arg_names else None
        if index is not None:
            arg = np.asarray(arg_leaves[index])
            if arg.shape != output.shape or arg.dtype != output.dtype:
                raise ImporterError(
                    f"result {name} ({output.dtype}{list(output.shape)}) is "
                    f"named like an argument of another type "
                    f"({arg.dtype}{list(arg.shape)})"
                )
        elif name.split("/")[0] in arg_prefixes:
            raise ImporterError(
                f"result {name} is named after argument "
                f"'{name.split('/')[0]}' but has no leaf of that name there"
            )
        updates.append(index)

    return Exported(
        stablehlo=stablehlo,
        arg_names=arg_names,
        result_names=result_names,
        updates=updates,
        inputs=[np.asarray(leaf) for leaf in arg_leaves],
        outputs=outputs if evaluate else None,
        reference=reference,
    )


def float64_outputs(jax, np, fn, args):
    """fn's flattened results in float64, from the float inputs widened to
    float64 (integers stay as they are): nearly exact next to f32, so that
    the distance of an f32 result from it is that result's rounding error."""
    with jax.enable_x64(True):
        wide = jax.tree_util.tree_map(
            lambda leaf: np.asarray(leaf, np.float64)
            if np.issubdtype(np.asarray(leaf).dtype, np.floating) else np.asarray(leaf),
            args)
        result = jax.jit(fn)(*wide)
        return [np.asarray(leaf) for leaf in jax.tree_util.tree_leaves(result)]


def save_arrays(path, names, arrays):
    """An .npz whose entries are in program order, named by leaf."""
    np = require("numpy")
    # np.savez keeps the keyword order; its zip members are named KEY.npy.
    np.savez(path, **dict(zip(names, arrays)))
