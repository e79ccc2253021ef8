"""Runs an imported step and compares it with JAX.

The step is lowered by `altgrad-opt --lower-fp8="target=cpu
cached-allocator=true"`, translated to LLVM IR, compiled into a shared object
linked with libaltgrad_host_allocator and called through ctypes at its C
interface (`_mlir_ciface_main`, docs/lowering.md): each argument a pointer to
a memref descriptor, the results a struct of descriptors written through the
first pointer. Results are buffers the step took from the caching allocator;
they are copied out and given back to it, so that the next call reuses
them. The GPU lowering's step (gpu.py) is called the same
way, with its buffers in CUDA managed memory. Nothing here but `signature`
needs more than numpy.
"""

import ctypes
import dataclasses
import json
import os
import pathlib
import subprocess
import time

from .errors import ImporterError, require

# Element types of imported programs and their numpy dtypes; i1 is stored
# one byte per element.
DTYPES = {"f32": "float32", "f16": "float16", "bf16": None, "f64": "float64",
          "i1": "bool", "i8": "int8", "i32": "int32", "i64": "int64",
          "ui8": "uint8", "ui32": "uint32"}


@dataclasses.dataclass
class Leaf:
    name: str
    shape: tuple
    dtype: str
    # For a result: the index of the argument it is the new value of.
    updates: int = None


def signature(text):
    """Names, shapes and dtypes of @main's arguments and results."""
    ir = require("iree.compiler.ir")
    context = ir.Context()
    # A data-parallel step's shard ops are not in IREE's bindings.
    context.allow_unregistered_dialects = True
    module = ir.Module.parse(text, context)
    for op in module.body.operations:
        if op.operation.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value == "main":
            main = op.operation
            break
    else:
        raise ImporterError("the program has no @main")
    function_type = ir.FunctionType(ir.TypeAttr(main.attributes["function_type"]).value)

    def leaves(types, attrs_name, prefix):
        attrs = main.attributes[attrs_name] if attrs_name in main.attributes else None
        found = []
        for index, type_ in enumerate(types):
            name, updates = f"{prefix}{index}", None
            if attrs is not None:
                entries = ir.DictAttr(ir.ArrayAttr(attrs)[index])
                if "altgrad.name" in entries:
                    name = ir.StringAttr(entries["altgrad.name"]).value
                if "altgrad.updates" in entries:
                    updates = ir.IntegerAttr(entries["altgrad.updates"]).value
            tensor = ir.RankedTensorType(type_)
            element = str(tensor.element_type)
            if DTYPES.get(element) is None:
                raise ImporterError(f"{name}: element type {element} has no numpy dtype here")
            found.append(Leaf(name, tuple(tensor.shape), DTYPES[element], updates))
        return found

    return (leaves(function_type.inputs, "arg_attrs", "arg"),
            leaves(function_type.results, "res_attrs", "result"))


def descriptor_type(rank):
    """MLIR's memref descriptor of a given rank (a 0-d one has no sizes)."""
    fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
              ("offset", ctypes.c_int64)]
    if rank:
        fields += [("sizes", ctypes.c_int64 * rank), ("strides", ctypes.c_int64 * rank)]
    return type(f"MemRef{rank}", (ctypes.Structure,), {"_fields_": fields})


@dataclasses.dataclass
class Tools:
    altgrad_opt: str
    mlir_translate: str
    clang: str

    @staticmethod
    def build():
        """altgrad's build directory: $ALTGRAD_BUILD or build/."""
        return pathlib.Path(os.environ.get(
            "ALTGRAD_BUILD", pathlib.Path(__file__).resolve().parents[3] / "build"))

    @staticmethod
    def find(altgrad_opt=None):
        build = Tools.build()
        llvm = pathlib.Path(os.environ.get("ALTGRAD_LLVM_BIN", "/usr/lib/llvm-22/bin"))
        tools = Tools(altgrad_opt or str(build / "bin" / "altgrad-opt"),
                      str(llvm / "mlir-translate"), str(llvm / "clang"))
        for path in (tools.altgrad_opt, tools.mlir_translate, tools.clang,
                     build / "lib" / "libaltgrad_host_allocator.so"):
            if not pathlib.Path(path).exists():
                raise ImporterError(f"{path} is missing (build altgrad, or set ALTGRAD_BUILD)")
        return tools


def run_tool(command):
    started = time.perf_counter()
    process = subprocess.run(command, capture_output=True, text=True)
    if process.returncode != 0:
        raise ImporterError(f"{' '.join(command)} failed:\n{process.stderr.strip()}")
    return time.perf_counter() - started


# The CPU lowering of steps: host buffers from altgrad's caching allocator,
# which keeps a step's buffers from one call to the next (docs/lowering.md).
CPU_PIPELINE = "--lower-fp8=target=cpu cached-allocator=true"


def compile_program(program, workdir, tools, name, clang_flags,
                    pipeline=CPU_PIPELINE, libraries=(), runner_utils=True):
    """`program` lowered by altgrad-opt, translated and compiled by clang into
    WORKDIR/NAME.so (linked with `libraries`, clang arguments, MLIR's C
    runner utilities unless `runner_utils` is false, and the caching
    allocator for CPU_PIPELINE): (its path, lowering seconds, translation
    and compilation seconds)."""
    if pipeline == CPU_PIPELINE:
        lib = str(Tools.build() / "lib")
        libraries = [f"-L{lib}", "-laltgrad_host_allocator", f"-Wl,-rpath,{lib}", *libraries]
    lowered = workdir / f"{name}.llvm.mlir"
    lower_seconds = run_tool([tools.altgrad_opt, str(program), pipeline, "-o", str(lowered)])
    started = time.perf_counter()
    run_tool([tools.mlir_translate, "--mlir-to-llvmir", str(lowered), "-o", str(workdir / f"{name}.ll")])
    library = workdir / f"{name}.so"
    # memref.copy calls memrefCopy of MLIR's C runner utilities.
    llvm_lib = str(pathlib.Path(tools.mlir_translate).resolve().parents[1] / "lib")
    utilities = [f"-L{llvm_lib}", "-lmlir_c_runner_utils", f"-Wl,-rpath,{llvm_lib}"]
    run_tool([tools.clang, *clang_flags, "-shared", "-fPIC",
              "-Wno-override-module", str(workdir / f"{name}.ll"), "-lm",
              *(utilities if runner_utils else []), *libraries, "-o", str(library)])
    return library, lower_seconds, time.perf_counter() - started


def descriptor_at(pointer, shape, strides):
    """The memref descriptor of `shape` at `pointer`, `strides` in elements."""
    descriptor = descriptor_type(len(shape))()
    descriptor.allocated = descriptor.aligned = pointer
    descriptor.offset = 0
    if shape:
        descriptor.sizes[:] = list(shape)
        descriptor.strides[:] = list(strides)
    return descriptor


def descriptor_of(array):
    """The memref descriptor of a C-contiguous numpy array (which must stay
    alive while the descriptor is used)."""
    return descriptor_at(array.ctypes.data, array.shape,
                         [s // array.itemsize for s in array.strides])


class HostMemory:
    """Where a CPU lowering's step in `library` wants its buffers: arguments
    are the numpy arrays themselves, results came from the caching
    allocator and go back to it."""

    def __init__(self, library):
        self.free = ctypes.CDLL(str(library))._mlir_memref_to_llvm_free
        self.free.argtypes = [ctypes.c_void_p]
        self.free.restype = None

    def place(self, array):
        """A descriptor of `array` for the step and what must stay alive
        while it is used."""
        return descriptor_of(array), array

    def release(self, pointer):
        self.free(pointer)

    def synchronize(self):
        pass


def leaves_to_json(args, results, **extra):
    """A step's signature as JSON, for machines without IREE's bindings:
    one leaf a line, then the `extra` entries."""
    def leaves(items):
        return ",\n".join("  " + json.dumps(dataclasses.asdict(leaf)) for leaf in items)

    entries = "".join(f',\n "{key}": {json.dumps(value)}' for key, value in extra.items())
    return (f'{{\n "args": [\n{leaves(args)}\n ],\n "results": [\n{leaves(results)}\n ]'
            f'{entries}\n}}\n')


def leaves_from_json(text):
    """(args, results, the other entries) of leaves_to_json's text."""
    entries = json.loads(text)

    def leaves(items):
        return [Leaf(i["name"], tuple(i["shape"]), i["dtype"], i["updates"]) for i in items]

    args, results = leaves(entries.pop("args")), leaves(entries.pop("results"))
    return args, results, entries


class LoadedStep:
    """A lowered program's `_mlir_ciface_main` in `library`, called with its
    arguments placed in `memory` (HostMemory, or gpu.ManagedMemory for a GPU
    lowering) and its results copied out and released there."""

    def __init__(self, library, args, results, memory):
        self.library = ctypes.CDLL(str(library))
        self.args, self.results, self.memory = args, results, memory
        self.entry = self.library._mlir_ciface_main
        self.entry.restype = None
        self.result_type = type("Results", (ctypes.Structure,), {"_fields_": [
            (f"r{i}", descriptor_type(len(r.shape))) for i, r in enumerate(self.results)]})

    def descriptors(self, inputs):
        """Descriptors of the inputs placed in the step's memory, with what
        keeps them alive (arrays, or device buffers freed with it)."""
        np = require("numpy")
        kept, descriptors = [], []
        for leaf, array in zip(self.args, inputs):
            # np.require, not ascontiguousarray: that one makes 0-d arrays 1-d.
            array = np.require(array, dtype=leaf.dtype, requirements="C")
            if array.shape != leaf.shape:
                raise ImporterError(f"input {leaf.name} has shape {array.shape}, the program {leaf.shape}")
            descriptor, owner = self.memory.place(array)
            kept.append(owner)
            descriptors.append(descriptor)
        return kept, descriptors

    def launch(self, arrays_and_descriptors):
        """Runs the step to completion; its result descriptors."""
        _, descriptors = arrays_and_descriptors
        results = self.result_type()
        self.entry(ctypes.byref(results), *[ctypes.byref(d) for d in descriptors])
        self.memory.synchronize()
        return [getattr(results, f"r{i}") for i in range(len(self.results))]

    def release(self, descriptors):
        # Two results may share one buffer (the same value returned twice);
        # it is released once.
        freed = set()
        for descriptor in descriptors:
            if descriptor.allocated and descriptor.allocated not in freed:
                freed.add(descriptor.allocated)
                self.memory.release(descriptor.allocated)

    def collect(self, descriptors):
        """The results `launch` returned as numpy arrays, their buffers released."""
        outputs = [copy_out(d, leaf) for d, leaf in zip(descriptors, self.results)]
        self.release(descriptors)
        return outputs

    def call(self, arrays_and_descriptors):
        """One step; its results as numpy arrays."""
        return self.collect(self.launch(arrays_and_descriptors))

    def call_discarding(self, arrays_and_descriptors):
        """One step whose results are released unread: what a timing loop
        calls, so that copying results out is not part of the step."""
        self.release(self.launch(arrays_and_descriptors))


class CompiledStep(LoadedStep):
    """A step lowered for the CPU and loaded into this process."""

    def __init__(self, program, workdir, tools):
        workdir = pathlib.Path(workdir).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        args, results = signature(pathlib.Path(program).read_text())
        _, self.lower_seconds, _ = compile_program(
            program, workdir, tools, "step", ["-O3", "-march=native"])
        super().__init__(workdir / "step.so", args, results, HostMemory(workdir / "step.so"))


def copy_out(descriptor, leaf):
    """A copy of the contiguous result `leaf` that `descriptor` describes."""
    np = require("numpy")
    itemsize = np.dtype(leaf.dtype).itemsize
    count = int(np.prod(leaf.shape)) if leaf.shape else 1
    base = descriptor.aligned + descriptor.offset * itemsize
    strides = [s * itemsize for s in descriptor.strides] if leaf.shape else []
    buffer = (ctypes.c_char * (count * itemsize)).from_address(base) if count else b""
    flat = np.frombuffer(buffer, dtype=leaf.dtype, count=count).copy() if count else np.zeros(0, leaf.dtype)
    if leaf.shape and strides != list(np.zeros(leaf.shape, leaf.dtype).strides):
        raise ImporterError(f"result {leaf.name} is not contiguous")
    return flat.reshape(leaf.shape)


# The tolerance of `altgrad-import run` (docs/import.md says why):
# altgrad's error against JAX's float64 result may be FACTOR times JAX's own
# f32 error, plus RTOL of the leaf's largest change and ATOL_SCALE of its
# group's.
FACTOR = 100.0
RTOL = 1e-6
ATOL_SCALE = 1e-6


def group_key(name, parameter_paths):
    """The group of a leaf for the scale of its tolerance floor: leaves that
    mirror the parameter tree under one prefix (the parameters themselves,
    an optimizer's momentum or second moment) form one group, since their
    values come from the same gradients; any other leaf is its own group."""
    for path in parameter_paths:
        if name.endswith("/" + path):
            return name[: -len(path)]
    return name


def compare(args, results, inputs, outputs, expected, reference, factor, rtol, atol_scale):
    """Compares each result leaf with JAX's, against JAX's float64 result
    of the same step (docs/import.md): altgrad's largest error in a leaf,
    max |altgrad - f64|, may be at most `factor` times JAX's own f32 error
    in that leaf, max |jax - f64|, plus rtol times the leaf's largest change
    and atol_scale times its group's. Integer and boolean leaves must be
    equal to JAX's. Returns the failing leaves and one line of numbers for
    every leaf."""
    np = require("numpy")
    names = [r.name for r in results]
    first = args[0].name.split("/")[0] if args else ""
    parameter_paths = sorted(
        (a.name[len(first) + 1:] for a in args if a.name.startswith(first + "/")),
        key=len, reverse=True)
    # Changes from the argument a result replaces (zero for other results):
    # the floor scales with the step's change of a parameter, not with the
    # parameter itself.
    changes = []
    for result, want in zip(results, reference):
        base = inputs[result.updates] if result.updates is not None else 0
        changes.append(np.abs(np.asarray(want, np.float64) - np.asarray(base, np.float64)))
    scales = {}
    for name, change in zip(names, changes):
        key = group_key(name, parameter_paths)
        peak = float(np.max(change)) if change.size else 0.0
        scales[key] = max(scales.get(key, 0.0), peak)

    mismatches, report = [], []
    for name, got, want, exact, change in zip(names, outputs, expected, reference, changes):
        if got.shape != want.shape:
            mismatches.append(Mismatch(name, float("inf"), 0.0))
            continue
        if not np.issubdtype(want.dtype, np.floating):
            wrong = int(np.count_nonzero(got != want))
            report.append((name, float(wrong), 0.0, 0.0))
            if wrong:
                mismatches.append(Mismatch(name, float(wrong), 0.0))
            continue
        exact = np.asarray(exact, np.float64)
        ours = float(np.max(np.abs(got.astype(np.float64) - exact), initial=0.0))
        theirs = float(np.max(np.abs(want.astype(np.float64) - exact), initial=0.0))
        allowed = (factor * theirs + rtol * float(np.max(change, initial=0.0))
                   + atol_scale * scales[group_key(name, parameter_paths)])
        report.append((name, ours, theirs, allowed))
        if not ours <= allowed:
            mismatches.append(Mismatch(name, ours, allowed))
    return mismatches, report


def print_comparison(args, results, inputs, outputs, expected, reference,
                     factor=FACTOR, rtol=RTOL, atol_scale=ATOL_SCALE):
    """compare's numbers for every leaf, printed: the mismatches."""
    mismatches, report = compare(args, results, inputs, outputs, expected, reference,
                                 factor, rtol, atol_scale)
    print("leaf: max |altgrad - f64|, max |jax - f64|, tolerance")
    for name, ours, theirs, allowed in report:
        print(f"  {name}: {ours:.3g} {theirs:.3g} {allowed:.3g}")
    for mismatch in mismatches:
        print(f"MISMATCH {mismatch.name}: max |altgrad - f64| = {mismatch.error:.6g} > {mismatch.allowed:.6g}")
    print(f"{len(report) - len(mismatches)} of {len(report)} results match JAX", flush=True)
    return mismatches


@dataclasses.dataclass
class Mismatch:
    name: str
    error: float
    allowed: float
