"""Imported steps on the GPU: compiled here, run where the GPU is.

`build` lowers a program with `altgrad-opt --lower-fp8=target=gpu`
(docs/gpu.md) and compiles it into a step pack, a directory that a machine
with an NVIDIA GPU but no MLIR and no IREE can run:

    PACK/lib/libaltgrad_cuda_runtime.so
    PACK/NAME/step.so         # _mlir_ciface_main, linked against the runtime
    PACK/NAME/signature.json  # runner.leaves_to_json: leaves and how it was made

`load` gives the step as a runner.LoadedStep whose buffers are CUDA managed
memory from altgrad's CUDA runtime (ManagedMemory): the lowered step
allocates every buffer that kernels use or that it returns with `gpu.alloc
host_shared` (allocate-device-reachable-buffers), i.e. `mgpuMemAlloc` with
managed memory, and needs its arguments device-reachable too, so numpy
arguments are copied into buffers of the same kind and results are freed
with `mgpuMemFree`, never libc's free. Only numpy and ctypes are needed to
run a pack.
"""

import ctypes
import pathlib
import shutil

from . import runner
from .errors import ImporterError

RUNTIME = "libaltgrad_cuda_runtime.so"


def available():
    """Whether this process can run step packs: altgrad's CUDA runtime is
    built and the driver sees a GPU."""
    if not (runner.Tools.build() / "lib" / RUNTIME).exists():
        return False
    try:
        cuda = ctypes.CDLL("libcuda.so.1")
    except OSError:
        return False
    count = ctypes.c_int(0)
    return cuda.cuInit(0) == 0 and cuda.cuDeviceGetCount(ctypes.byref(count)) == 0 and count.value > 0


def build(program, pack, name, tools, leaves=None, extra=None, options=""):
    """Lowers `program` for the GPU into PACK/NAME, with `--lower-fp8`'s
    other `options` (docs/gpu.md). `leaves`: its @main's (args, results),
    by default runner.signature's of an imported step (a module with
    altgrad ops, which IREE's bindings cannot parse, must give them).
    Returns the signature's other entries."""
    pack = pathlib.Path(pack)
    directory = pack / name
    directory.mkdir(parents=True, exist_ok=True)
    (pack / "lib").mkdir(exist_ok=True)
    built = runner.Tools.build() / "lib"
    shutil.copy(built / RUNTIME, pack / "lib" / RUNTIME)
    args, results = leaves or runner.signature(pathlib.Path(program).read_text())
    pipeline = " ".join(["--lower-fp8=target=gpu", options]).strip()
    # The lowered step calls the runtime's mgpu* and altgrad* functions and
    # the driver (cuda stubs at link time); $ORIGIN/../lib finds the
    # runtime in the pack.
    library, lower_seconds, compile_seconds = runner.compile_program(
        program, directory, tools, "step", ["-O2"], pipeline,
        libraries=[f"-L{built}", "-laltgrad_cuda_runtime",
                   "-L/usr/local/cuda/lib64/stubs", "-lcuda", "-Wl,-rpath,$ORIGIN/../lib"],
        runner_utils=False)
    for intermediate in ("step.llvm.mlir", "step.ll"):
        (directory / intermediate).unlink()
    entries = {"program": str(program), "pipeline": pipeline,
               "altgrad_opt_seconds": round(lower_seconds, 2),
               "compile_seconds": round(compile_seconds, 2), **(extra or {})}
    (directory / "signature.json").write_text(runner.leaves_to_json(args, results, **entries))
    return entries


class ManagedMemory:
    """CUDA managed memory through altgrad's CUDA runtime (the runtime the
    step is linked with: loaded first, from the pack, the step's dependency
    resolves to it)."""

    def __init__(self, runtime):
        self.runtime = ctypes.CDLL(str(runtime), mode=ctypes.RTLD_GLOBAL)
        self.alloc = self.runtime.mgpuMemAlloc
        self.alloc.argtypes = [ctypes.c_uint64, ctypes.c_void_p, ctypes.c_bool]
        self.alloc.restype = ctypes.c_void_p
        self.free = self.runtime.mgpuMemFree
        self.free.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.free.restype = None
        # The runtime works in device 0's primary context, pushing it around
        # each call; synchronize() waits for everything queued there.
        self.cuda = ctypes.CDLL("libcuda.so.1")
        device, self.context = ctypes.c_int(), ctypes.c_void_p()
        for call in (lambda: self.cuda.cuInit(0),
                     lambda: self.cuda.cuDeviceGet(ctypes.byref(device), 0),
                     lambda: self.cuda.cuDevicePrimaryCtxRetain(ctypes.byref(self.context), device)):
            status = call()
            if status != 0:
                raise ImporterError(f"CUDA driver error {status} while setting up device 0")

    def place(self, array):
        """A managed copy of `array`: its descriptor and the buffer, freed
        when that is dropped."""
        pointer = self.alloc(array.nbytes, None, True)
        if array.nbytes:
            ctypes.memmove(pointer, array.ctypes.data, array.nbytes)
        strides = [s // array.itemsize for s in array.strides]
        return runner.descriptor_at(pointer, array.shape, strides), ManagedBuffer(self, pointer)

    def release(self, pointer):
        self.free(pointer, None)

    def synchronize(self):
        # cuda.h's names are macros for the _v2 entry points.
        status = self.cuda.cuCtxPushCurrent_v2(self.context)
        if status == 0:
            status = self.cuda.cuCtxSynchronize()
            self.cuda.cuCtxPopCurrent_v2(None)
        if status != 0:
            raise ImporterError(f"synchronizing device 0 failed with CUDA error {status}")


class ManagedBuffer:
    def __init__(self, memory, pointer):
        self.memory, self.pointer = memory, pointer

    def __del__(self):
        if self.pointer:
            self.memory.release(self.pointer)


def load(pack, name):
    """PACK/NAME as a runner.LoadedStep in managed memory, and the other
    entries of its signature."""
    pack = pathlib.Path(pack)
    args, results, entries = runner.leaves_from_json((pack / name / "signature.json").read_text())
    memory = ManagedMemory(pack / "lib" / RUNTIME)
    return runner.LoadedStep(pack / name / "step.so", args, results, memory), entries
