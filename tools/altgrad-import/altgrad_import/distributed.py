"""Data-parallel FP8 training of an imported step on MPI ranks
(docs/distributed.md).

  prepare: applies `altgrad-apply-recipe` (hybrid formats, `ranks` of the
    step's grid, or none for a one-rank step) to a step imported with
    `ranks=N` (corpus/transformer/export.py), puts experiment.py's training
    loop around it, recording every site's scale, and compiles it into
    WORKDIR/loop.so, linked with altgrad's MPI runtime when it has
    collectives.
  run: one rank's training (under mpiexec for several): its slice of the
    batch of every step, from experiment.py's Markov chain; writes
    WORKDIR/rank<r>.npz (the per-step record and the final parameters and
    optimizer state).
  compare: the ranks' records and final values against each other (equal
    bit for bit) and against a one-rank run on the whole batch (within
    tolerances).
"""

import argparse
import json
import pathlib
import re

from . import experiment, runner
from .errors import ImporterError, exit_with, require

RECIPE = "format=hybrid"


def prepare(options):
    tools = runner.Tools.find()
    step = pathlib.Path(options.step)
    workdir = pathlib.Path(options.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    text = step.read_text()
    grid = re.search(r'"shard.grid"\(\) \{shape = array<i64: (\d+)>', text)
    ranks = int(grid.group(1)) if grid else 0
    args, results = runner.signature(text)
    program = workdir / "step.mlir"
    option = RECIPE + (f" ranks={ranks}" if ranks else "")
    recipe = experiment.apply_recipe(tools, step, option, program)
    recipe.shown = [(index, "") for index in range(recipe.sites)]
    loop, carried, data, columns = experiment.training_loop(args, results, recipe, options.steps)
    module = workdir / "loop.mlir"
    module.write_text(experiment.as_private_step(program.read_text()) + "\n" + loop + "\n}\n")
    libraries = []
    if ranks:
        lib = pathlib.Path(tools.altgrad_opt).resolve().parents[1] / "lib"
        libraries = [f"-L{lib}", "-laltgrad_mpi_runtime", f"-Wl,-rpath,{lib}"]
    experiment.Loop(module, workdir, tools, [args[i] for i in carried], [args[i] for i in data],
                    options.steps, columns, options.optimization, libraries)
    (workdir / "plan.json").write_text(json.dumps({
        "step": str(step.resolve()), "ranks": ranks, "steps": options.steps,
        "columns": columns, "batch": options.batch, "seed": options.seed}))
    print(f"{step}: {recipe.sites} sites, {recipe.probes} probes, "
          f"{ranks or 1} rank(s); {workdir / 'loop.so'}")


def run(options):
    np = require("numpy")
    import ctypes
    workdir = pathlib.Path(options.workdir).resolve()
    plan = json.loads((workdir / "plan.json").read_text())
    tools = runner.Tools.find()
    step = pathlib.Path(plan["step"])
    args, results = runner.signature(step.read_text())
    _, carried, data, columns = experiment.training_loop(
        args, results, None, plan["steps"])
    loop = experiment.Loop(None, workdir, tools, [args[i] for i in carried],
                           [args[i] for i in data], plan["steps"], plan["columns"], 0,
                           compiled=workdir / "loop.so")
    rank, ranks = 0, max(plan["ranks"], 1)
    if plan["ranks"]:
        # From the MPI runtime the loop is linked with.
        rank = loop.library.altgradMpiRank()
    by_name = {leaf.name: leaf for leaf in args}
    vocab = next(a.shape[0] for a in args if a.name.endswith("Embed_0/embedding"))
    rows, length = by_name["tokens"].shape
    if rows * ranks != plan["batch"]:
        raise ImporterError(f"{ranks} ranks of {rows} sequences are not a batch of {plan['batch']}")
    tokens, targets = experiment.markov_batches(vocab, plan["steps"], plan["batch"], length,
                                                plan["seed"])
    mine = slice(rank * rows, (rank + 1) * rows)
    inputs = np.load(options.inputs or step.with_name("inputs.npz"))
    arrays = [inputs[args[i].name] for i in carried]
    arrays += [tokens[:, mine] if args[i].name == "tokens" else targets[:, mine] for i in data]
    table, seconds = loop.run(arrays)
    names = [args[i].name for i in carried]
    np.savez(workdir / f"rank{rank}.npz", record=table, **dict(zip(names, loop.finals)))
    print(f"rank {rank} of {ranks}: {plan['steps']} steps in {seconds:.2f} s")


def compare(options):
    """Every rank's record and final values equal rank 0's bit for bit; the
    mean of the ranks' losses within `loss_rtol` of the one-rank run's, each
    site's scale within `scale_rtol` of the one-rank run's or of N times it
    (a gradient site: each rank's loss is the mean over its own sequences,
    so its gradients are N times the whole batch's until the all-reduce
    averages them), and every final value within `change_rtol` of its
    leaf's largest change in the one-rank run (AdamW turns the gradients'
    rounding, which the other summation order changes, into differences of
    the updates where a gradient is near 0)."""
    np = require("numpy")
    workdir = pathlib.Path(options.workdir)
    plan = json.loads((workdir / "plan.json").read_text())
    ranks = plan["ranks"]
    files = [np.load(workdir / f"rank{r}.npz") for r in range(ranks)]
    first = files[0]
    same = all(np.array_equal(f[key], first[key]) if key != "record" else
               np.array_equal(f[key][:, 1:], first[key][:, 1:])
               for f in files[1:] for key in first.files)
    print(f"{ranks} ranks: scales, stall counts, rejected updates, parameters and "
          f"optimizer state {'identical' if same else 'DIFFER'} on every rank")
    one = np.load(pathlib.Path(options.reference) / "rank0.npz")
    loss = np.mean([f["record"][:, 0] for f in files], axis=0)
    want = one["record"][:, 0]
    loss_error = float(np.max(np.abs(loss - want) / np.abs(want)))
    scales = first["record"][:, len(experiment.COLUMNS):]
    reference = one["record"][:, len(experiment.COLUMNS):]
    ratio = scales / reference
    scale_error = float(np.max(np.minimum(np.abs(ratio - 1), np.abs(ratio - ranks))))
    gradient_sites = int(np.sum(np.abs(ratio[-1] - ranks) < np.abs(ratio[-1] - 1)))
    inputs = np.load(options.inputs)
    value_error = 0.0
    for key in first.files:
        if key == "record":
            continue
        change = float(np.max(np.abs(one[key].astype(np.float64) - inputs[key]), initial=0.0))
        error = float(np.max(np.abs(first[key].astype(np.float64) - one[key]), initial=0.0))
        if error:
            value_error = max(value_error, error / change if change else float("inf"))
    print(f"against one rank on the whole batch, {plan['steps']} steps: loss within "
          f"{loss_error:.1e} relative, scales within {scale_error:.1e} relative "
          f"({gradient_sites} sites at {ranks} times), final values within "
          f"{value_error:.1e} of their change")
    for step, (a, b) in enumerate(zip(loss, want)):
        print(f"step {step + 1}: loss {a:.6f} on {ranks} ranks, {b:.6f} on one")
    ok = (same and loss_error <= options.loss_rtol and scale_error <= options.scale_rtol
          and value_error <= options.change_rtol)
    print("within the tolerances" if ok else "BEYOND the tolerances")
    return 0 if ok else 1


def main(argv=None):
    parser = argparse.ArgumentParser(prog="altgrad-import distributed",
                                     description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--step", required=True)
    p.add_argument("--workdir", required=True)
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--batch", type=int, default=4, help="sequences a step, on all ranks together")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--optimization", type=int, default=0)
    r = sub.add_parser("run")
    r.add_argument("--workdir", required=True)
    r.add_argument("--inputs", help="the parameters' and optimizer state's inputs.npz")
    c = sub.add_parser("compare")
    c.add_argument("--workdir", required=True)
    c.add_argument("--reference", required=True, help="the one-rank run's workdir")
    c.add_argument("--loss-rtol", type=float, default=1e-4)
    c.add_argument("--scale-rtol", type=float, default=1e-4)
    c.add_argument("--inputs", required=True, help="the one-rank step's inputs.npz")
    c.add_argument("--change-rtol", type=float, default=0.05)
    options = parser.parse_args(argv)
    return {"prepare": prepare, "run": run, "compare": compare}[options.command](options) or 0


if __name__ == "__main__":
    exit_with(main, "altgrad-import distributed")
