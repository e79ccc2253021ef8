"""altgrad-import: training steps of JAX as upstream MLIR that altgrad runs.

  altgrad-import jax MODULE:FUNCTION [--args K=V ...] -o step.mlir [--io DIR]
  altgrad-import stablehlo FILE.mlir -o step.mlir
  altgrad-import iree FILE.mlir -o step.mlir
  altgrad-import run step.mlir --io DIR
  altgrad-import gpu-pack step.mlir --pack PACK --name NAME [--io DIR]
  altgrad-import gpu-run PACK NAME [--io DIR]      # where the GPU is
  altgrad-import bench MODULE:FUNCTION [--args K=V ...]

See docs/import.md.
"""

import argparse
import pathlib
import sys
import tempfile

from .errors import ImporterError, require
from .runner import ATOL_SCALE, FACTOR, RTOL


def write(path, text):
    if path == "-":
        sys.stdout.write(text)
    else:
        pathlib.Path(path).write_text(text)


def command_jax(options):
    from . import iree_convert, jax_export

    factory = jax_export.load_function(options.function)
    step = factory(**jax_export.parse_options(options.args))
    exported = jax_export.export(step)
    if options.stablehlo:
        pathlib.Path(options.stablehlo).write_text(exported.stablehlo)
    text = iree_convert.convert_stablehlo(
        exported.stablehlo, exported.arg_names, exported.result_names, exported.updates)
    write(options.output, text)
    if options.io:
        directory = pathlib.Path(options.io)
        directory.mkdir(parents=True, exist_ok=True)
        jax_export.save_arrays(directory / "inputs.npz", exported.arg_names, exported.inputs)
        jax_export.save_arrays(directory / "outputs.npz", exported.result_names, exported.outputs)
        jax_export.save_arrays(directory / "reference.npz", exported.result_names, exported.reference)


def command_stablehlo(options):
    from . import iree_convert

    write(options.output, iree_convert.convert_stablehlo(pathlib.Path(options.input).read_text()))


def command_iree(options):
    from . import iree_convert

    write(options.output, iree_convert.convert_iree_input(pathlib.Path(options.input).read_text()))


def load_io(directory, names_in, names_out):
    """The inputs, JAX's outputs and JAX's float64 outputs saved by `jax --io`."""
    np = require("numpy")
    loaded = []
    for file, names in (("inputs", names_in), ("outputs", names_out), ("reference", names_out)):
        arrays = np.load(pathlib.Path(directory) / f"{file}.npz")
        if list(arrays.keys()) != names:
            raise ImporterError(f"{directory}/{file}.npz does not hold the program's leaves in order")
        loaded.append([arrays[n] for n in names])
    return loaded


def command_run(options):
    from . import runner

    tools = runner.Tools.find(options.altgrad_opt)
    with tempfile.TemporaryDirectory() as scratch:
        step = runner.CompiledStep(options.program, options.workdir or scratch, tools)
        print(f"altgrad-opt {options.program}: {step.lower_seconds:.2f} s")
        return run_and_compare(step, options.io, options)


def run_and_compare(step, io, options):
    """Runs `step` (a runner.LoadedStep) once on the inputs in `io` and
    prints how each result leaf compares with JAX's (runner.compare, with
    the tolerance of `options`): 1 if any does not match."""
    from . import runner

    inputs, expected, reference = load_io(
        io, [a.name for a in step.args], [r.name for r in step.results])
    outputs = step.call(step.descriptors(inputs))
    mismatches = runner.print_comparison(
        step.args, step.results, inputs, outputs, expected, reference,
        options.factor, options.rtol, options.atol_scale)
    return 1 if mismatches else 0


def command_gpu_pack(options):
    import shutil

    from . import gpu, runner

    tools = runner.Tools.find(options.altgrad_opt)
    entries = gpu.build(options.program, options.pack, options.name, tools)
    if options.io:
        for file in ("inputs", "outputs", "reference"):
            shutil.copy(pathlib.Path(options.io) / f"{file}.npz", pathlib.Path(options.pack) / options.name)
    print(f"{options.pack}/{options.name}: altgrad-opt {entries['altgrad_opt_seconds']:.2f} s")


def command_gpu_run(options):
    from . import gpu

    step, _ = gpu.load(options.pack, options.name)
    return run_and_compare(step, options.io or pathlib.Path(options.pack) / options.name, options)


def best_seconds(call, repeat):
    """The fastest of `repeat` calls after one warm-up call: the step's own
    time, with the least of what else the machine did meanwhile."""
    import time

    call()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def command_bench(options):
    """Times one step of the imported program against jax.jit of the same
    function on the same inputs, both in this process (so under the same
    CPU affinity: run it under taskset to fix the thread count)."""
    import json
    import os

    from . import jax_export, runner

    factory = jax_export.load_function(options.function)
    step = factory(**jax_export.parse_options(options.args))
    exported = jax_export.export(step)
    tools = runner.Tools.find(options.altgrad_opt)
    with tempfile.TemporaryDirectory() as scratch:
        program = pathlib.Path(scratch) / "step.mlir"
        from . import iree_convert

        program.write_text(iree_convert.convert_stablehlo(
            exported.stablehlo, exported.arg_names, exported.result_names, exported.updates))
        compiled = runner.CompiledStep(program, scratch, tools)
        prepared = compiled.descriptors(exported.inputs)
        altgrad = best_seconds(lambda: compiled.call(prepared), options.repeat)
    jax = require("jax")
    jitted = jax.jit(step.fn)
    args = jax.device_put(tuple(step.args))
    reference = best_seconds(lambda: jax.block_until_ready(jitted(*args)), options.repeat)
    result = {
        "function": options.function, "args": options.args,
        "threads": len(os.sched_getaffinity(0)),
        "xla_flags": os.environ.get("XLA_FLAGS", ""),
        "altgrad_opt_seconds": round(compiled.lower_seconds, 3),
        "altgrad_step_ms": round(altgrad * 1e3, 3),
        "jax_jit_step_ms": round(reference * 1e3, 3),
        "altgrad_over_jax": round(altgrad / reference, 2),
    }
    print(json.dumps(result))


def parser():
    top = argparse.ArgumentParser(prog="altgrad-import", description=__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = top.add_subparsers(dest="command", required=True)

    jax = commands.add_parser("jax", help="export a JAX function and import it")
    jax.add_argument("function", help="MODULE:FUNCTION returning an altgrad_import.Step")
    jax.add_argument("--args", nargs="*", default=[], metavar="KEY=VALUE",
                     help="keyword arguments of FUNCTION (sizes)")
    jax.add_argument("-o", "--output", default="-")
    jax.add_argument("--io", metavar="DIR", help="write DIR/inputs.npz and DIR/outputs.npz (JAX's results)")
    jax.add_argument("--stablehlo", metavar="FILE", help="also write JAX's StableHLO")
    jax.set_defaults(run=command_jax)

    stablehlo = commands.add_parser("stablehlo", help="import StableHLO text")
    stablehlo.add_argument("input")
    stablehlo.add_argument("-o", "--output", default="-")
    stablehlo.set_defaults(run=command_stablehlo)

    iree = commands.add_parser("iree", help="rewrite iree-compile --compile-to=input output")
    iree.add_argument("input")
    iree.add_argument("-o", "--output", default="-")
    iree.set_defaults(run=command_iree)

    run = commands.add_parser("run", help="lower, run on the CPU and compare with JAX")
    run.add_argument("program")
    run.add_argument("--io", metavar="DIR", required=True)
    run.add_argument("--factor", type=float, default=FACTOR)
    run.add_argument("--rtol", type=float, default=RTOL)
    run.add_argument("--atol-scale", type=float, default=ATOL_SCALE)
    run.add_argument("--altgrad-opt")
    run.add_argument("--workdir", help="keep the lowered files here")
    run.set_defaults(run=command_run)
    gpu_pack = commands.add_parser("gpu-pack", help="lower and compile a step for the GPU into a step pack")
    gpu_pack.add_argument("program")
    gpu_pack.add_argument("--pack", required=True, help="the pack's directory")
    gpu_pack.add_argument("--name", required=True, help="the step's directory in the pack")
    gpu_pack.add_argument("--io", metavar="DIR", help="copy DIR's inputs, outputs and reference into it")
    gpu_pack.add_argument("--altgrad-opt")
    gpu_pack.set_defaults(run=command_gpu_pack)

    gpu_run = commands.add_parser("gpu-run", help="run a step pack's step on the GPU and compare with JAX")
    gpu_run.add_argument("pack")
    gpu_run.add_argument("name")
    gpu_run.add_argument("--io", metavar="DIR", help="inputs and JAX's results (default: the step's directory)")
    gpu_run.add_argument("--factor", type=float, default=FACTOR)
    gpu_run.add_argument("--rtol", type=float, default=RTOL)
    gpu_run.add_argument("--atol-scale", type=float, default=ATOL_SCALE)
    gpu_run.set_defaults(run=command_gpu_run)

    bench = commands.add_parser("bench", help="time the CPU step against jax.jit")
    bench.add_argument("function", help="MODULE:FUNCTION returning an altgrad_import.Step")
    bench.add_argument("--args", nargs="*", default=[], metavar="KEY=VALUE")
    bench.add_argument("--repeat", type=int, default=20)
    bench.add_argument("--altgrad-opt")
    bench.set_defaults(run=command_bench)
    return top


def main(argv=None):
    options = parser().parse_args(argv)
    try:
        return options.run(options) or 0
    except ImporterError as error:
        print(f"altgrad-import: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
