"""The imported transformer step on the GPU against JAX's own (issue 13).

  python -m altgrad_import.gpu_bench pack --pack DIR   # where MLIR is
  python -m altgrad_import.gpu_bench run --pack DIR    # where the GPU is
  python -m altgrad_import.gpu_bench profile --pack DIR --out FILE

`pack` compiles, into one step pack (gpu.py): the small corpus steps
(mlp, transformer) with their inputs and JAX's results, for the
correctness check; the transformer at the GPU size (SIZES) as one f32 step;
and training loops of LOOP_STEPS steps at that size
(experiment.training_loop: every updated argument and the recipe's
histories carried from step to step inside one call), unquantized and
under the recipe (RECIPE), its contractions as bf16 or as FP8 GEMMs
(LOOPS). Nothing of the GPU size is carried: `run` makes
the inputs again with the same export code and seed.

`run` checks the small steps and the GPU-size f32 step against JAX
(runner.compare with the tolerance of `altgrad-import run`), then times,
in the same process: altgrad's f32 step (each call synchronized, its
results freed unread), its loops (the time of a call divided by its
steps), `jax.jit` of the f32 step (XLA's default precision) and of flax's
FP8 step (export.py's fp8_step) with histories of 1024 (flax's default)
and of 16 records (--histories). Each is timed WARMUP calls after
compilation, then up to REPEAT calls (fewer for a slow step: --budget):
best and median.
"""

import argparse
import json
import os
import pathlib
import shutil
import statistics
import time

from . import experiment, gpu, jax_export, runner
from .errors import ImporterError, exit_with, require

ROOT = pathlib.Path(__file__).resolve().parents[3]
EXPORT = ROOT / "corpus" / "transformer" / "export.py"
SIZES = {"vocab": 8192, "length": 512, "width": 768, "heads": 12, "blocks": 4, "batch": 8}
# docs/recipes.md: hybrid formats, delayed scaling with histories of 16,
# stall probes on (their format defaults to the forward format).
RECIPE = "format=hybrid scaling=delayed history-length=16"
SMALL = ("mlp", "transformer")
# The loops: unquantized, the recipe with its contractions as bf16 GEMMs of
# the codes' values (the default: f32 accumulation, spec section 9) and as
# FP8 tensor-core GEMMs (fp8-tensor-cores: the hardware's 13-bit sums, what
# flax's FP8 step uses; docs/gpu.md "FP8 accumulation").
LOOPS = (("gpu-size-f32-loop", None, ""), ("gpu-size-recipe-loop", RECIPE, ""),
         ("gpu-size-recipe-fp8-loop", RECIPE, "fp8-tensor-cores=true"))
LOOP_STEPS = 4
WARMUP, REPEAT = 2, 20
# Timed calls stop after BUDGET seconds (but not before MINIMUM calls): a
# slow step is timed fewer times.
BUDGET, MINIMUM = 20.0, 3


def gpu_size_step(directory):
    """The corpus transformer's step at SIZES and its inputs, imported
    into `directory` once: (step.mlir, inputs.npz)."""
    np = require("numpy")
    from . import iree_convert

    step, inputs = directory / "step.mlir", directory / "inputs.npz"
    if not (step.exists() and inputs.exists()):
        directory.mkdir(parents=True, exist_ok=True)
        print(f"importing the transformer at {SIZES} into {directory}", flush=True)
        exported = jax_export.export(jax_export.load_function(f"{EXPORT}:step")(**SIZES),
                                     evaluate=False)
        np.savez(inputs, **dict(zip(exported.arg_names, exported.inputs)))
        step.write_text(iree_convert.convert_stablehlo(
            exported.stablehlo, exported.arg_names, exported.result_names, exported.updates))
    return step, inputs


def pack(options):
    tools = runner.Tools.find()
    pack_dir = pathlib.Path(options.pack)
    workdir = pathlib.Path(options.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    lowering = {}
    for name in SMALL:
        entries = gpu.build(ROOT / "corpus" / name / "step.mlir", pack_dir, name, tools)
        for file in ("inputs", "outputs", "reference"):
            shutil.copy(ROOT / "corpus" / name / f"{file}.npz", pack_dir / name)
        lowering[name] = entries["altgrad_opt_seconds"]
        print(f"{name}: altgrad-opt {lowering[name]} s", flush=True)

    step_path, _ = gpu_size_step(workdir)
    args, results = runner.signature(step_path.read_text())
    entries = gpu.build(step_path, pack_dir, "gpu-size-f32", tools, extra={"sizes": SIZES})
    lowering["gpu-size-f32"] = entries["altgrad_opt_seconds"]
    print(f"gpu-size-f32: altgrad-opt {entries['altgrad_opt_seconds']} s", flush=True)
    # XLA's f32 dots are TF32 by default; altgrad's only with tf32=true.
    entries = gpu.build(step_path, pack_dir, "gpu-size-f32-tf32", tools, options="tf32=true",
                        extra={"sizes": SIZES, "options": "tf32=true"})
    print(f"gpu-size-f32-tf32: altgrad-opt {entries['altgrad_opt_seconds']} s", flush=True)
    for name, recipe, options in LOOPS:
        (workdir / name).mkdir(exist_ok=True)
        module, carried, data, columns, _ = experiment.loop_program(
            tools, step_path, args, results, recipe, LOOP_STEPS, workdir / name)
        leaves = experiment.loop_leaves([args[i] for i in carried], [args[i] for i in data],
                                        LOOP_STEPS, columns)
        entries = gpu.build(module, pack_dir, name, tools, leaves=leaves, options=options,
                            extra={"sizes": SIZES, "recipe": recipe, "steps": LOOP_STEPS,
                                   "options": options})
        lowering[name] = entries["altgrad_opt_seconds"]
        print(f"{name}: altgrad-opt {entries['altgrad_opt_seconds']} s", flush=True)
    (pack_dir / "lowering.json").write_text(json.dumps(lowering, indent=1))


def timings(call, budget, warmup=WARMUP, repeat=REPEAT, minimum=MINIMUM):
    """Seconds of up to `repeat` calls after `warmup` calls (at least
    `minimum`, more while within `budget` seconds): best and median."""
    for _ in range(warmup):
        call()
    seconds, started = [], time.perf_counter()
    while len(seconds) < repeat and (len(seconds) < minimum or time.perf_counter() - started < budget):
        before = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - before)
    return {"best_ms": round(min(seconds) * 1e3, 3),
            "median_ms": round(statistics.median(seconds) * 1e3, 3), "calls": len(seconds)}


def run(options):
    # JAX must not take the GPU's memory before altgrad's steps run.
    os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")
    np = require("numpy")
    from .__main__ import load_io

    pack_dir = pathlib.Path(options.pack)
    if not (pack_dir / "lowering.json").exists():
        raise ImporterError(f"{pack_dir} is no step pack (make one with `gpu_bench pack`)")
    result = {"lowering_seconds": json.loads((pack_dir / "lowering.json").read_text()),
              "sizes": SIZES, "recipe": RECIPE, "loop_steps": LOOP_STEPS}

    def record(key, value):
        """One figure, printed and written at once (a run cut short keeps
        what it measured)."""
        result[key] = value
        print(f"  {key}: {json.dumps(value)}", flush=True)
        if options.out:
            pathlib.Path(options.out).write_text(json.dumps(result, indent=1) + "\n")

    for name in SMALL:
        print(f"== {name} (corpus size) on the GPU", flush=True)
        step, _ = gpu.load(pack_dir, name)
        inputs, expected, reference = load_io(
            pack_dir / name, [a.name for a in step.args], [r.name for r in step.results])
        outputs = step.call(step.descriptors(inputs))
        record(f"{name}_mismatches", len(runner.print_comparison(
            step.args, step.results, inputs, outputs, expected, reference)))

    jax = require("jax")
    record("device", jax.devices()[0].device_kind)
    record("jax", jax.__version__)
    definition = jax_export.load_function(f"{EXPORT}:step")(**SIZES)
    # JAX's results in f32 proper (XLA's default on the GPU is TF32 dots):
    # the tolerance scales with their error.
    with jax.default_matmul_precision("float32"):
        exported = jax_export.export(definition)
    inputs = exported.inputs
    record("jax_f32_loss", float(exported.outputs[exported.result_names.index("loss")]))

    print("== the f32 step at the GPU size", flush=True)
    step, _ = gpu.load(pack_dir, "gpu-size-f32")
    prepared = step.descriptors(inputs)
    outputs = step.call(prepared)
    record("gpu_size_f32_mismatches", len(runner.print_comparison(
        step.args, step.results, inputs, outputs, exported.outputs, exported.reference)))
    record("altgrad_f32_step", timings(lambda: step.call_discarding(prepared), options.budget))
    del prepared, step, outputs
    if (pack_dir / "gpu-size-f32-tf32").is_dir():
        # TF32 products: not JAX's f64-checked results, only its loss nearby.
        step, _ = gpu.load(pack_dir, "gpu-size-f32-tf32")
        prepared = step.descriptors(inputs)
        outputs = step.call(prepared)
        loss = float(np.asarray(outputs[[r.name for r in step.results].index("loss")]))
        record("altgrad_f32_tf32_loss", loss)
        record("altgrad_f32_tf32_step", timings(lambda: step.call_discarding(prepared), options.budget))
        del prepared, step, outputs

    by_name = dict(zip(exported.arg_names, inputs))

    def time_loop(name):
        if not (pack_dir / name).is_dir():
            print(f"  {name}: not in the pack", flush=True)
            return
        loop, _ = gpu.load(pack_dir, name)
        # The carried leaves, then tokens and targets: the step's own batch
        # at every step of the loop.
        arrays = [np.broadcast_to(by_name[leaf.name], leaf.shape) for leaf in loop.args]
        prepared = loop.descriptors(arrays)
        # The first call, whose record is kept, is the warm-up.
        started = time.perf_counter()
        losses = [float(x) for x in loop.call(prepared)[-1][:, 0]]
        first = time.perf_counter() - started
        per_call = timings(lambda: loop.call_discarding(prepared), options.budget, warmup=0, repeat=MINIMUM,
                           minimum=1)
        record(f"altgrad_{name.removeprefix('gpu-size-').replace('-', '_')}", {
            "best_ms": round(per_call["best_ms"] / LOOP_STEPS, 3),
            "median_ms": round(per_call["median_ms"] / LOOP_STEPS, 3),
            "calls": per_call["calls"], "first_call_ms": round(first * 1e3, 1), "losses": losses})

    # The recipe's loop first, then JAX's steps; the unquantized loop (how
    # much the loop itself costs) last.
    time_loop("gpu-size-recipe-loop")
    time_loop("gpu-size-recipe-fp8-loop")

    print("== JAX's steps", flush=True)

    def jitted_timing(definition):
        jitted = jax.jit(definition.fn)
        args = jax.device_put(tuple(definition.args))
        return timings(lambda: jax.block_until_ready(jitted(*args)), options.budget)

    record("xla_f32_step", jitted_timing(definition))
    fp8_factory = jax_export.load_function(f"{EXPORT}:fp8_step")
    for history in options.histories:
        record(f"flax_fp8_step_history_{history}",
               jitted_timing(fp8_factory(**SIZES, history=history)))

    # flax's default history, as in the anchor, or else the first.
    history = 1024 if 1024 in options.histories else options.histories[0]
    fp8 = result[f"flax_fp8_step_history_{history}"]["median_ms"]
    xla = result["xla_f32_step"]["median_ms"]
    f32 = result["altgrad_f32_step"]["median_ms"]
    targets = {"f32 <= 1.5 x XLA f32": [round(f32 / xla, 3), f32 <= 1.5 * xla]}
    if "altgrad_f32_tf32_step" in result:
        tf32 = result["altgrad_f32_tf32_step"]["median_ms"]
        targets["f32 with tf32=true <= 1.5 x XLA f32 (TF32 both)"] = [round(tf32 / xla, 3),
                                                                      tf32 <= 1.5 * xla]
    recipes = [key for key in ("altgrad_recipe_fp8_loop", "altgrad_recipe_loop") if key in result]
    if recipes:
        ours = min(result[key]["median_ms"] for key in recipes)
        targets[f"recipe <= 0.5 x flax FP8 (history {history})"] = [round(ours / fp8, 3),
                                                                    ours <= 0.5 * fp8]
        targets["recipe <= 1.0 x XLA f32"] = [round(ours / xla, 3), ours <= xla]
    record("targets", targets)
    time_loop("gpu-size-f32-loop")
    failures = sum(result[f"{name}_mismatches"] for name in SMALL) + result["gpu_size_f32_mismatches"]
    return 1 if failures else 0


def profile(options):
    """Where the time of one call goes: for each named entry of the pack,
    two calls to warm up (buffers kept, kernels loaded), then one call
    under the CUDA runtime's profile (ALTGRAD_CUDA_PROFILE, docs/gpu.md):
    its wall time and the runtime's table, appended to --out."""
    out = pathlib.Path(options.out).resolve()
    # Read when the runtime loads, before the first step does.
    os.environ["ALTGRAD_CUDA_PROFILE"] = str(out)
    os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")
    np = require("numpy")
    exported = jax_export.export(jax_export.load_function(f"{EXPORT}:step")(**SIZES),
                                 evaluate=False)
    by_name = dict(zip(exported.arg_names, exported.inputs))
    pack_dir = pathlib.Path(options.pack)
    for name in options.names:
        step, entries = gpu.load(pack_dir, name)
        # A loop's data leaves repeat the step's own batch at every step.
        prepared = step.descriptors(
            [np.broadcast_to(by_name[leaf.name], leaf.shape) for leaf in step.args])
        runtime = step.memory.runtime
        for _ in range(2):
            step.call_discarding(prepared)
        runtime.altgradProfileReset()
        started = time.perf_counter()
        step.call_discarding(prepared)
        wall = time.perf_counter() - started
        steps = entries.get("steps", 1)
        with out.open("a") as file:
            file.write(f"== {name}: one call ({steps} steps), {wall * 1e3:.1f} ms wall\n")
        runtime.altgradProfileReport()
        print(f"{name}: {wall * 1e3:.1f} ms a call of {steps} steps", flush=True)
        del prepared, step
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="altgrad-import gpu_bench", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    packing = commands.add_parser("pack")
    packing.add_argument("--pack", default=str(ROOT / "step-pack"))
    packing.add_argument("--workdir", default=str(ROOT / "build" / "gpu-step"))
    packing.set_defaults(run=pack)
    running = commands.add_parser("run")
    running.add_argument("--pack", default=str(ROOT / "step-pack"))
    running.add_argument("--out", help="write the results as JSON here")
    running.add_argument("--budget", type=float, default=BUDGET,
                         help="seconds of timed calls per measurement (at least MINIMUM calls)")
    running.add_argument("--histories", type=lambda text: [int(h) for h in text.split(",")],
                         default=[1024, 16], help="history lengths of flax's FP8 steps")
    running.set_defaults(run=run)
    profiling = commands.add_parser("profile")
    profiling.add_argument("--pack", default=str(ROOT / "step-pack"))
    profiling.add_argument("--out", required=True, help="the profile to append to")
    profiling.add_argument("--names", type=lambda text: text.split(","),
                           default=["gpu-size-f32", "gpu-size-recipe-loop"],
                           help="the pack's entries to profile, comma-separated")
    profiling.set_defaults(run=profile)
    options = parser.parse_args(argv)
    return options.run(options)


if __name__ == "__main__":
    exit_with(main, "altgrad-import gpu_bench")
