"""Trains an imported language model under FP8 recipes (docs/recipes.md).

The step is corpus/transformer/step.mlir (or any imported step with integer
`tokens` and `targets` arguments and a `loss` result). Each run applies
`altgrad-apply-recipe` with its options (none for the f32 run), puts a
training loop around the step in the same module, `@main`, which carries
every updated argument and the recipe's histories through `scf.for` and
records per step the loss, the stall counts, the rejected updates and a few
sites' scales, lowers it for the CPU, and calls it once through ctypes: the
histories never cross the C interface. With --gpu-pack the loops are
lowered for the GPU into a step pack (gpu.py) instead, which --run-pack
runs where the GPU is, with numpy and ctypes only.

The data is a fixed-seed Markov chain over the vocabulary in which every
token has three successors with probabilities 0.6, 0.3 and 0.1, so the best
attainable loss is their entropy, 0.898 nats per token, whatever the
context.
"""

import argparse
import dataclasses
import json
import math
import pathlib
import re
import subprocess
import sys
import time

from . import runner
from .errors import ImporterError, exit_with, require

FORMATS = ("E0M7", "E1M6", "E3M4", "E5M2", "E7M0")
# Runs with the parameters stored in a format (the hybrid recipe besides),
# rounded to nearest (rn) or stochastically (sr): `w<format>-<rn|sr>`.
WEIGHT_RUNS = tuple(f"w{f}-{r}" for f in ("E5M2", "E4M3FN", "E3M4") for r in ("rn", "sr"))
ROUNDING = {"rn": "nearest", "sr": "stochastic"}
SUCCESSOR_PROBABILITIES = (0.6, 0.3, 0.1)
# Columns of the loop's record of each step, then one scale per shown site.
COLUMNS = ("loss", "stalled", "total", "rejected")
ELEMENT = {"float32": "f32", "int32": "i32", "int64": "i64", "bool": "i1"}


def markov_batches(vocab, steps, batch, length, seed):
    """tokens and targets, each (steps, batch, length) int32: sequences of
    length + 1 from the chain, shifted by one."""
    np = require("numpy")
    rng = np.random.default_rng(seed)
    successors = np.stack([rng.choice(vocab, len(SUCCESSOR_PROBABILITIES), replace=False)
                           for _ in range(vocab)])
    cumulative = np.cumsum(SUCCESSOR_PROBABILITIES)
    sequences = np.empty((steps, batch, length + 1), np.int32)
    sequences[..., 0] = rng.integers(0, vocab, (steps, batch))
    for position in range(1, length + 1):
        pick = np.searchsorted(cumulative, rng.random((steps, batch)), side="right")
        sequences[..., position] = successors[sequences[..., position - 1], pick]
    return sequences[..., :-1].copy(), sequences[..., 1:].copy()


def entropy():
    return -sum(p * math.log(p) for p in SUCCESSOR_PROBABILITIES)


def short_name(site):
    """fwd/Block_0/query/lhs for jit(train_step)/jvp(LanguageModel)/Block_0/
    MultiHeadDotProductAttention_0/query/dot_general/lhs (bwd under
    transpose(...), #k kept)."""
    parts = site.split("/")
    phase = "bwd" if parts[1].startswith("transpose(") else "fwd"
    kept = [p for p in parts[2:-1] if not p.startswith("MultiHeadDotProductAttention")]
    label = "/".join([phase] + kept).replace("/dot_general", "")
    return label + "/" + parts[-1]


def type_text(leaf, leading=()):
    shape = tuple(leading) + tuple(leaf.shape)
    return "tensor<" + "".join(f"{d}x" for d in shape) + ELEMENT[leaf.dtype] + ">"


@dataclasses.dataclass
class Recipe:
    """What the pass appended (docs/recipes.md, "The state ABI")."""
    sites: int
    probes: int
    delayed: bool
    history: str
    stochastic: bool  # the step takes and returns a step counter, last
    shown: list  # (site index, name) of the sites whose scale is recorded


def apply_recipe(tools, step, option, out):
    command = [tools.altgrad_opt, str(step), f"--altgrad-apply-recipe={option}", "-o", str(out)]
    runner.run_tool(command)
    text = out.read_text()
    summary = re.search(r"altgrad\.recipe = \{([^{}]*)\}", text).group(1)
    fields = dict(re.findall(r"(\w+) = (\"[^\"]*\"|\d+)", summary))
    sites, probes = int(fields["sites"]), int(fields["probes"])
    delayed = fields["scaling"] == '"delayed"'
    length = fields.get("history_length", "16")
    # The first forward site, the first gradient site (the report says
    # which), and the last site: the head's input gradient.
    report = subprocess.run(
        [tools.altgrad_opt, str(step), f"--altgrad-apply-recipe={option} print-sites",
         "--mlir-print-op-on-diagnostic=false", "-o", "/dev/null"],
        capture_output=True, text=True).stderr
    roles = re.findall(r"remark: site '([^']*)': .*?, role (\w+) .*?, (not quantized|\S+),", report)
    quantized = [(name, role) for name, role, how in roles if how != "not quantized"]
    shown = []
    for wanted in ("forward", "gradient"):
        for index, (name, role) in enumerate(quantized):
            if role == wanted:
                shown.append((index, name))
                break
    if quantized:
        shown.append((len(quantized) - 1, quantized[-1][0]))
    stochastic = fields.get("weight_rounding") == '"stochastic"'
    return Recipe(sites, probes, delayed, f"!altgrad.history<{length}>", stochastic, shown)


def training_loop(args, results, recipe, steps):
    """@main: `steps` calls of @altgrad_step, the batches sliced from two (steps,
    batch, length) arguments, every updated argument and history carried;
    returns the final values of the updated arguments and a (steps, columns)
    f32 record."""
    data = [i for i, a in enumerate(args) if a.name in ("tokens", "targets")]
    carried = [i for i in range(len(args)) if i not in data]
    update_of = {r.updates: j for j, r in enumerate(results) if r.updates is not None}
    loss = next(j for j, r in enumerate(results) if r.name == "loss")
    if sorted(update_of) != carried:
        raise ImporterError("every argument but tokens and targets must be updated by a result")
    sites = recipe.sites if recipe else 0
    histories = sites if recipe and recipe.delayed else 0
    columns = len(COLUMNS) + (len(recipe.shown) if recipe else 0)
    history = recipe.history if recipe else ""

    lines = []
    params = [f"%a{i}: {type_text(args[i])}" for i in carried]
    params += [f"%all{i}: {type_text(args[i], (steps,))}" for i in data]
    outs = [type_text(args[i]) for i in carried] + [f"tensor<{steps}x{columns}xf32>"]
    lines.append(f"  func.func @main({', '.join(params)}) -> ({', '.join(outs)})"
                 " attributes {llvm.emit_c_interface} {")
    lines.append("    %c0 = arith.constant 0 : index")
    lines.append("    %c1 = arith.constant 1 : index")
    lines.append(f"    %steps = arith.constant {steps} : index")
    lines.append(f"    %zero = arith.constant 0.0 : f32")
    lines.append(f"    %record0 = tensor.empty() : tensor<{steps}x{columns}xf32>")
    if histories:
        lines.append(f"    %empty = altgrad.history.empty : {history}")
    iter_args = [f"%v{i} = %a{i}" for i in carried]
    iter_types = [type_text(args[i]) for i in carried]
    iter_args += [f"%h{k} = %empty" for k in range(histories)]
    iter_types += [history] * histories
    iter_args.append("%record = %record0")
    iter_types.append(f"tensor<{steps}x{columns}xf32>")
    count = len(iter_types)
    lines.append(f"    %loop:{count} = scf.for %i = %c0 to %steps step %c1 iter_args("
                 f"{', '.join(iter_args)}) -> ({', '.join(iter_types)}) {{")
    call_args = []
    for i, arg in enumerate(args):
        if i in data:
            shape = list(arg.shape)
            sizes = ", ".join(str(d) for d in [1] + shape)
            offsets = ", ".join(["%i"] + ["0"] * len(shape))
            ones = ", ".join(["1"] * (len(shape) + 1))
            lines.append(f"      %d{i} = tensor.extract_slice %all{i}[{offsets}] [{sizes}] [{ones}]"
                         f" : {type_text(arg, (steps,))} to {type_text(arg)}")
            call_args.append(f"%d{i}")
        else:
            call_args.append(f"%v{i}")
    call_args += [f"%h{k}" for k in range(histories)]
    arg_types = [type_text(a) for a in args] + [history] * histories
    result_types = [type_text(r) for r in results] + [history] * histories
    stochastic = recipe is not None and recipe.stochastic
    if stochastic:
        # The loop's counter is the step counter; the step's successor is unused.
        lines.append("      %step = arith.index_cast %i : index to i64")
        call_args.append("%step")
        arg_types.append("i64")
    stats = []
    if recipe:
        per_site = 3 if recipe.delayed else 2
        result_types += ["f32", "f32", "i64"][:per_site] * sites
        result_types += ["i64", "i64"] * recipe.probes
        if recipe.probes:
            result_types += ["i64", "i64"]
        if stochastic:
            result_types.append("i64")
    lines.append(f"      %r:{len(result_types)} = func.call @altgrad_step({', '.join(call_args)})"
                 f" : ({', '.join(arg_types)}) -> ({', '.join(result_types)})")
    lines.append(f"      %loss = tensor.extract %r#{loss}[] : tensor<f32>")
    base = len(results)
    values = ["%loss"]
    if recipe and recipe.probes:
        sums = base + histories + per_site * sites + 2 * recipe.probes
        for name, index in (("stalled", sums), ("total", sums + 1)):
            lines.append(f"      %{name} = arith.uitofp %r#{index} : i64 to f32")
            values.append(f"%{name}")
    else:
        values += ["%zero", "%zero"]
    if recipe and recipe.delayed and sites:
        first = base + histories
        lines.append("      %j0 = arith.constant 0 : i64")
        previous = "%j0"
        for k in range(sites):
            lines.append(f"      %j{k + 1} = arith.addi {previous}, %r#{first + 3 * k + 2} : i64")
            previous = f"%j{k + 1}"
        lines.append(f"      %rejected = arith.uitofp {previous} : i64 to f32")
        values.append("%rejected")
    else:
        values.append("%zero")
    if recipe:
        for index, _ in recipe.shown:
            values.append(f"%r#{base + histories + per_site * index + 1}")
    current = "%record"
    for column, value in enumerate(values):
        lines.append(f"      %col{column} = arith.constant {column} : index")
        lines.append(f"      %rec{column} = tensor.insert {value} into {current}[%i, %col{column}]"
                     f" : tensor<{steps}x{columns}xf32>")
        current = f"%rec{column}"
    yields = [f"%r#{update_of[i]}" for i in carried]
    yields += [f"%r#{base + k}" for k in range(histories)]
    yields.append(current)
    lines.append(f"      scf.yield {', '.join(yields)} : {', '.join(iter_types)}")
    lines.append("    }")
    finals = [f"%loop#{k}" for k in range(len(carried))] + [f"%loop#{count - 1}"]
    lines.append(f"    return {', '.join(finals)} : {', '.join(outs)}")
    lines.append("  }")
    return "\n".join(lines), carried, data, columns


def recipe_option(run):
    """The altgrad-apply-recipe options of a run's name."""
    if run.startswith("w") and run in WEIGHT_RUNS:
        format, rounding = run[1:].split("-")
        return f"format=hybrid weight-format={format} weight-rounding={ROUNDING[rounding]}"
    return f"format={run}"


def loop_program(tools, step, args, results, option, steps, directory):
    """training_loop's module around `step` (whose @main has `args` and
    `results`), under altgrad-apply-recipe with `option` (None: unquantized),
    in DIRECTORY/loop.mlir: (its path, carried, data, columns, Recipe or None)."""
    program = directory / "step.mlir"
    recipe = None
    if option is None:
        # Printed again by altgrad-opt: without the importer's location aliases.
        runner.run_tool([tools.altgrad_opt, str(step), "-o", str(program)])
    else:
        recipe = apply_recipe(tools, step, option, program)
    text, carried, data, columns = training_loop(args, results, recipe, steps)
    module = directory / "loop.mlir"
    module.write_text(as_private_step(program.read_text()) + "\n" + text + "\n}\n")
    return module, carried, data, columns, recipe


def as_private_step(text):
    """The step renamed @altgrad_step (not @step: libc has one), private, without its C interface."""
    text = text.replace("func.func public @main(", "func.func private @altgrad_step(", 1)
    text = re.sub(r"(attributes \{[^\n]*?)llvm\.emit_c_interface(, )?", r"\1", text, count=1)
    text = text.replace(", }", "}").replace("attributes {} ", "")
    # The module's closing brace is the one line that is only "}".
    return "\n".join(line for line in text.splitlines() if line != "}")


class Loop(runner.LoadedStep):
    """The lowered training loop loaded into this process: its arguments
    the carried leaves and the (steps, ...) data, its results the carried
    leaves' final values and the (steps, columns) record."""

    def __init__(self, module, workdir, tools, carried_leaves, data_leaves, steps, columns,
                 optimization, libraries=(), compiled=None, memory=None):
        """Lowers and compiles `module` for the CPU, or loads `compiled`, its
        library (lowered for the GPU, with gpu.ManagedMemory as `memory`)."""
        if compiled:
            library = compiled
            self.lower_seconds = self.compile_seconds = 0.0
        else:
            library, self.lower_seconds, self.compile_seconds = runner.compile_program(
                module, workdir, tools, "loop", [f"-O{optimization}"], libraries=libraries)
        inputs, outputs = loop_leaves(carried_leaves, data_leaves, steps, columns)
        super().__init__(library, inputs, outputs, memory or runner.HostMemory(library))

    def run(self, arrays):
        """The record of one call and its seconds; the carried leaves' final
        values in self.finals."""
        prepared = self.descriptors(arrays)
        started = time.perf_counter()
        descriptors = self.launch(prepared)
        seconds = time.perf_counter() - started
        *self.finals, table = self.collect(descriptors)
        return table, seconds


def packed_loop(pack, run, steps):
    """The loop of run `run` in the step pack `pack` (gpu.py), loaded on the
    GPU, with its number of sites and probes and the shown sites' names."""
    from . import gpu

    compiled, entries = gpu.load(pack, run)
    carried = entries["carried"]
    # The step's own data leaves, without the loop's leading steps.
    data_leaves = [runner.Leaf(leaf.name, leaf.shape[1:], leaf.dtype)
                   for leaf in compiled.args[carried:]]
    loop = Loop(None, None, None, compiled.args[:carried], data_leaves, steps, entries["columns"], 0,
                compiled=pack / run / "step.so", memory=compiled.memory)
    return loop, entries["sites"], entries["probes"], entries["shown"]


def loop_leaves(carried_leaves, data_leaves, steps, columns):
    """The arguments and results of training_loop's @main."""
    data = [runner.Leaf(leaf.name, (steps, *leaf.shape), leaf.dtype) for leaf in data_leaves]
    record = runner.Leaf("record", (steps, columns), "float32")
    return carried_leaves + data, carried_leaves + [record]


def plot(path, runs, steps, best):
    """Loss and stall rate against step, one line per run."""
    require("matplotlib").use("Agg")
    pyplot = require("matplotlib.pyplot")
    figure, (left, right) = pyplot.subplots(1, 2, figsize=(12, 4.5))
    colors = {}  # a weight format's two roundings share a colour
    for name, table in runs.items():
        key = name.rsplit("-", 1)[0] if name in WEIGHT_RUNS else name
        color = colors.setdefault(key, len(colors))
        style = dict(label=name, linewidth=1, color=f"C{color % 10}",
                     linestyle="--" if name.endswith("-sr") else "-")
        left.plot(range(1, steps + 1), table[:, 0], **style)
        if table[:, 2].any():
            right.plot(range(1, steps + 1), table[:, 1] / table[:, 2], **style)
    left.axhline(best, color="gray", linestyle=":", label="attainable")
    left.set_xlabel("step")
    left.set_ylabel("loss (nats per token)")
    left.legend(fontsize=8)
    right.set_xlabel("step")
    right.set_ylabel("stall rate of the parameters")
    right.set_ylim(0, 1)
    right.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def compare(runs, recorded):
    """Whether each run matches its recorded record. The program is
    deterministic and the same on every x86-64 machine but for the C
    library's expf, logf and tanhf, which glibc picks by CPU features: so
    losses and scales may differ by 1e-4 relative, the stall counts by 0.1%
    of the probed weights, and rejected updates not at all."""
    np = require("numpy")
    same = True
    for run, table in runs.items():
        if run not in recorded.files or recorded[run].shape != table.shape:
            print(f"{run}: no recorded run of this shape")
            same = False
            continue
        want = recorded[run]
        values = [0] + list(range(len(COLUMNS), table.shape[1]))
        problems = []
        if not np.allclose(table[:, values], want[:, values], rtol=1e-4, atol=0):
            problems.append("loss or scales beyond 1e-4 relative")
        if np.any(np.abs(table[:, 1] - want[:, 1]) > 1e-3 * want[:, 2]) or \
                not np.array_equal(table[:, 2], want[:, 2]):
            problems.append("stall counts beyond 0.1%")
        if not np.array_equal(table[:, 3], want[:, 3]):
            problems.append("rejected updates differ")
        exact = np.array_equal(table, want)
        print(f"{run}: " + ("; ".join(problems) if problems else
                            "the recorded run, " + ("bit for bit" if exact else "within the tolerance")))
        same = same and not problems
    return same


def main(argv=None):
    np = require("numpy")
    root = pathlib.Path(__file__).resolve().parents[3]
    parser = argparse.ArgumentParser(prog="altgrad-import experiment", description=__doc__.split("\n")[0])
    parser.add_argument("--step", default=str(root / "corpus" / "transformer" / "step.mlir"))
    parser.add_argument("--inputs", help="the step's inputs.npz (default: beside --step)")
    parser.add_argument("--size", choices=("corpus", "gpu"), default="corpus",
                        help="corpus: --step (by default the corpus transformer, vocabulary 256); "
                             "gpu: the transformer at the GPU size of docs/benchmarks.md (vocabulary "
                             "8192, 8 sequences of 512 tokens, 41.3M parameters), imported into "
                             "WORKDIR/gpu-size on first use; for the GPU")
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", default=",".join(("f32", "hybrid") + FORMATS + WEIGHT_RUNS),
                        help="runs, comma-separated: f32 (no recipe), hybrid, a format for every site, "
                             "or w<E5M2|E4M3FN|E3M4>-<rn|sr>: hybrid with the parameters stored in that "
                             "format, rounded to nearest or stochastically")
    parser.add_argument("--workdir", default=str(root / "build" / "experiment"))
    parser.add_argument("--plot", help="the PNG to write (default: WORKDIR/experiment.png)")
    parser.add_argument("--record", help="write every run's per-step record to this .npz")
    parser.add_argument("--compare", help="compare every run's record with this .npz (see compare())")
    parser.add_argument("--optimization", type=int, default=1,
                        help="clang's -O level; IEEE results do not depend on it")
    parser.add_argument("--gpu-pack", metavar="PACK",
                        help="lower every run's loop for the GPU into the step pack PACK (gpu.py) "
                             "instead of running it")
    parser.add_argument("--gpu-options", default="",
                        help="further --lower-fp8 options for the GPU (docs/gpu.md), such as "
                             "'hardware-fp8=false fp8-tensor-cores=true'")
    parser.add_argument("--device", choices=("auto", "cpu", "gpu"), default="auto",
                        help="where the loops run: auto (the GPU if this machine has a usable "
                             "NVIDIA GPU and altgrad's CUDA runtime is built, else the CPU), cpu or gpu")
    parser.add_argument("--run-pack", metavar="PACK",
                        help="run a --gpu-pack PACK's loops on the GPU (numpy and ctypes only: "
                             "no MLIR, no IREE)")
    options = parser.parse_args(argv)

    workdir = pathlib.Path(options.workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    if options.run_pack:
        pack = pathlib.Path(options.run_pack)
        plan = json.loads((pack / "experiment.json").read_text())
        inputs = np.load(pack / "inputs.npz")
        names = plan["runs"]
    else:
        tools = runner.Tools.find()
        step = pathlib.Path(options.step)
        if options.size == "gpu":
            from . import gpu_bench

            step, options.inputs = gpu_bench.gpu_size_step(workdir / "gpu-size")
        args, results = runner.signature(step.read_text())
        by_name = {leaf.name: leaf for leaf in args}
        plan = {"step": str(step), "steps": options.steps, "seed": options.seed,
                "vocab": next(a.shape[0] for a in args if a.name.endswith("Embed_0/embedding")),
                "shape": list(by_name["tokens"].shape), "runs": options.formats.split(",")}
        inputs = np.load(options.inputs or step.with_name("inputs.npz"))
        names = plan["runs"]
    steps, (batch, length) = plan["steps"], plan["shape"]
    all_tokens, all_targets = markov_batches(plan["vocab"], steps, batch, length, plan["seed"])
    best = entropy()
    device = "gpu" if options.run_pack else "cpu" if options.gpu_pack else options.device
    if device == "auto":
        from . import gpu

        device = "gpu" if gpu.available() else "cpu"
    where = ("for the GPU" if options.gpu_pack else
             "on the GPU" if device == "gpu" else "on the CPU")
    print(f"{plan['step']}: vocab {plan['vocab']}, {batch} sequences of {length} tokens a step, "
          f"{steps} steps {where}; attainable loss {best:.4f}")

    runs = {}
    for run in names:
        if options.run_pack:
            loop, sites, probes, shown = packed_loop(pack, run, steps)
        else:
            run_dir = workdir / run
            run_dir.mkdir(exist_ok=True)
            module, carried, data, columns, recipe = loop_program(
                tools, step, args, results, None if run == "f32" else recipe_option(run), steps,
                run_dir)
            carried_leaves, data_leaves = [args[i] for i in carried], [args[i] for i in data]
            sites, probes = (recipe.sites, recipe.probes) if recipe else (0, 0)
            shown = [name for _, name in recipe.shown] if recipe else []
            if options.gpu_pack or device == "gpu":
                from . import gpu

                pack = pathlib.Path(options.gpu_pack or workdir / "pack")
                entries = gpu.build(module, pack, run, tools, options=options.gpu_options,
                                    leaves=loop_leaves(carried_leaves, data_leaves, steps, columns),
                                    extra={"carried": len(carried), "columns": columns,
                                           "sites": sites, "probes": probes, "shown": shown})
                print(f"{run}: lowered for the GPU in {entries['altgrad_opt_seconds']:.1f} s")
                if options.gpu_pack:
                    continue
                loop, *_ = packed_loop(pack, run, steps)
                loop.lower_seconds = entries["altgrad_opt_seconds"]
                loop.compile_seconds = entries["compile_seconds"]
            else:
                loop = Loop(module, run_dir, tools, carried_leaves, data_leaves, steps, columns,
                            options.optimization)
        arrays = [inputs[leaf.name] for leaf in loop.results[:-1]]
        arrays += [all_tokens if leaf.name == "tokens" else all_targets
                   for leaf in loop.args[len(arrays):]]
        table, seconds = loop.run(arrays)
        runs[run] = table
        print(f"\n== {run}: {sites} sites, {probes} probes; "
              f"lowered in {loop.lower_seconds:.1f} s, compiled in {loop.compile_seconds:.1f} s, "
              f"{steps} steps in {seconds:.1f} s")
        print("step  loss     stall    " + "  ".join(f"scale {short_name(n)}" for n in shown))
        for index, row in enumerate(table):
            rate = row[1] / row[2] if row[2] else float("nan")
            scales = "  ".join(f"{value:.3e}" for value in row[len(COLUMNS):])
            print(f"{index + 1:4d}  {row[0]:.4f}  {rate:.4f}  {scales}")
        sys.stdout.flush()
    if options.gpu_pack:
        pack = pathlib.Path(options.gpu_pack)
        (pack / "experiment.json").write_text(json.dumps(plan, indent=1) + "\n")
        np.savez(pack / "inputs.npz", **{name: inputs[name] for name in inputs.files})
        print(f"{pack}: run it with --run-pack where the GPU is")
        return 0

    print(f"\n{'run':12s} {'final loss':>10s} {'vs f32':>8s} {'stall rate':>10s} {'rejected':>8s}")
    window = max(1, steps // 10)
    reference = float(np.mean(runs["f32"][-window:, 0])) if "f32" in runs else None
    for run, table in runs.items():
        final = float(np.mean(table[-window:, 0]))
        versus = f"{final - reference:+.4f}" if reference is not None else "-"
        totals = table[:, 2].sum()
        rate = f"{table[:, 1].sum() / totals:.4f}" if totals else "-"
        rejected = f"{int(table[-1, 3])}" if run != "f32" else "-"
        print(f"{run:12s} {final:10.4f} {versus:>8s} {rate:>10s} {rejected:>8s}")
    print(f"(final loss: the mean of the last {window} steps; attainable {best:.4f})")
    if options.record:
        np.savez(options.record, **runs)
    if options.compare and not compare(runs, np.load(options.compare)):
        return 1
    # Where the GPU is, matplotlib may not be: a plot only when asked for.
    if options.plot or not options.run_pack:
        picture = options.plot or str(workdir / "experiment.png")
        plot(picture, runs, steps, best)
        print(f"plot: {picture}")
    return 0


if __name__ == "__main__":
    exit_with(main, "altgrad-import experiment")
