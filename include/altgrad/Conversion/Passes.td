//===- Passes.td - altgrad conversion passes ---------------*- tablegen -*-===//

#ifndef ALTGRAD_CONVERSION_PASSES
#define ALTGRAD_CONVERSION_PASSES

include "mlir/Pass/PassBase.td"

def ConvertAltGradToArith : Pass<"convert-altgrad-to-arith", "::mlir::ModuleOp"> {
  let summary = "Lower altgrad ops and types to arith, vector and linalg";
  let description = [{
    Lowers every altgrad op to format-generic integer code driven by the
    format's parameters: one f32 division and integer rounding, never a
    conversion through f16, bf16 or an 8-bit float type. Elementwise ops on
    tensors become `linalg.generic` maps; `amax`, `stall_count` and history
    updates become `linalg.generic` reductions. `!altgrad.fp` values become
    `i8` codes; an `!altgrad.history<L>` becomes a `vector<Lxf32>` of
    records and an `i64` rejected count, through function signatures, calls
    and `scf` control flow.

    With `keep-hardware-conversions`, scalar saturating quantizations of f32
    to E5M2 and E4M3FN inside the element code stay as `altgrad.quantize`
    to `f8E5M2` / `f8E4M3FN`, for `convert-altgrad-to-nvvm` to lower to the
    GPU's conversion instruction once the code is in kernels.
  }];
  let options = [
    Option<"keepHardwareConversions", "keep-hardware-conversions", "bool",
           "false",
           "Leave saturating f32 to E5M2/E4M3FN quantizations for "
           "convert-altgrad-to-nvvm">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def ConvertBuiltinFp8ToArith : Pass<"convert-builtin-fp8-to-arith"> {
  let summary = "Lower arithmetic on builtin 8-bit floats to integer code";
  let description = [{
    LLVM has no 8-bit float types: MLIR stores `f8E4M3FN` and its kin as
    `i8`, and `arith.extf`/`arith.truncf` from and to them have no LLVM
    lowering. This pass gives them one through the format model, for every
    builtin 8-bit float type altgrad has a format for (`getFormat`):
    `arith.extf` becomes the dequantization of the code (scale 1), then an
    exact `extf` or a single-rounding `truncf` of f32 to the destination;
    `arith.truncf` of f32, f16 or bf16 becomes the quantization with scale 1
    and IEEE overflow (docs/spec.md section 2: nearest even, Inf or NaN
    beyond the largest value). Other arith ops on these types (`addf`,
    `cmpf`, ...) are first computed in f32 by upstream's emulation of
    unsupported floats. Scalars and vectors are rewritten: run it after
    bufferization and the lowering of linalg to loops.

    Fails with a diagnostic on what it cannot lower exactly: `truncf` from
    f64 (through f32 it would round twice), a rounding mode other than
    `to_nearest_even`, or tensors.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def ConvertLinalgToGPUKernels
    : Pass<"convert-linalg-to-gpu-kernels", "::mlir::func::FuncOp"> {
  let summary = "Turn every linalg op and copy on buffers into GPU kernels";
  let description = [{
    Every `linalg.generic` on memrefs outside a `gpu.launch` becomes
    `gpu.launch` code (64-bit `index` arithmetic, grid-stride loops); named
    linalg ops (after the contractions a library call takes) and
    `memref.copy` become kernels as the generics they generalize to. A
    generic whose output is not indexed by exactly its parallel loops is an
    error.

    Element-wise generics with identity maps, and full reductions of them
    into a 0-d buffer (see `altgrad-fuse-sibling-generics`), take the
    vectorized form: where every buffer has the identity layout, threads
    load and store `vector-width` (default 8) consecutive elements as one
    vector, more where an output is narrow: enough that each thread stores
    16 bytes of it at once (16 8-bit codes). The kernel checks at run time
    that every buffer is aligned to a whole vector (at most 16 bytes, one
    GPU load or store) and otherwise takes one element at a time. Kernels
    launch one thread per vector, in blocks of `block-size`. A full
    reduction's combiner must be one `gpu.all_reduce` has (`arith.addf`,
    `mulf`, `maximumf`, `minimumf` on f32; `addi`, `muli`, `andi`, `ori`,
    `xori`, `maxsi`, `minsi`, `maxui`, `minui` on i32 and i64): each thread
    combines its share in a register, each block combines its threads with
    `gpu.all_reduce` and stores the result in a device buffer of partial
    results; a second kernel (blocks of 1024 threads, at most 1024 blocks)
    stores the combination of each block's share of those, and a third, of
    one block, combines its results with the initial value into a
    device-memory copy of the result buffer, which is copied out. The
    initial value is the constant of a `linalg.fill` of the result buffer
    just before (the fill is dropped), or else the buffer's contents,
    copied in. No atomics; allocations, copies, the kernels and the frees
    run on one stream, synchronized once.

    Any other generic (broadcasts, transposes, windows as in convolutions,
    reductions along some loops): the parallel loops are linearized in the
    order of the first output's indices, so that consecutive threads store
    consecutive elements, and each operand is read at its map's indices.
    Without reduction loops, one thread per output element. With them,
    where every output's combiner is one `gpu.all_reduce` has and the
    reduced extent is at least 32 (or dynamic), one block per output element
    (a grid-stride loop over them): its threads, the power of two covering
    the extent up to `block-size`, reduce strided shares from the
    combiner's neutral value, `gpu.all_reduce` combines them and thread 0
    combines the result with the output's value. Otherwise one thread per
    output element runs the reduction loops in order from the output's
    value, as the CPU lowering does (argmax-like bodies, short rows).
    Floating-point sums and products reduced by a block are combined in
    another order than on the CPU; every other combiner is exact in any
    order.

    In a function that has kernels, a top-level `scf.for` nest over buffers
    with only element code in it (the loops of the importer's scatters)
    becomes a kernel. Its loops whose bounds are defined outside the nest
    and whose induction variable indexes, at one same position, every load
    and store of each buffer the nest writes, write disjoint elements in
    different iterations: their iterations are spread over threads (a
    grid-stride loop), each thread running the rest of the nest in order,
    so every element sees its updates in the CPU's order. Where that leaves
    loops sequential and every store adds to the element just loaded
    (`buffer[i] = buffer[i] + x`, f32 or 32/64-bit integers), with
    `scatter-atomics` every such loop runs in parallel and the adds become
    `memref.atomic_rmw`: updates of one element (an embedding row of a
    repeated token) are then added in an unspecified order, as in XLA's and
    PyTorch's GPU scatters. Nests with nothing parallel, or whose written
    buffers may alias what they read, run in one thread.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", "256",
           "Threads per block">,
    Option<"maxBlocks", "max-blocks", "int64_t", "2147483647",
           "Most blocks a kernel is launched with (the default is CUDA's "
           "limit); threads loop over the rest">,
    Option<"vectorWidth", "vector-width", "int64_t", "8",
           "Consecutive elements a thread loads and stores as one vector, "
           "at least (1: one at a time)">,
    Option<"scatterAtomics", "scatter-atomics", "bool", "true",
           "Run additive loop nests (scatters) in parallel with atomic adds "
           "where disjoint writes alone leave loops sequential (colliding "
           "updates in an unspecified order); false: bit for bit the "
           "sequential order">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def ConvertAltGradToNVVM
    : Pass<"convert-altgrad-to-nvvm", "::mlir::func::FuncOp"> {
  let summary = "Quantize to E5M2 and E4M3FN with sm_89+ conversion "
                "instructions in GPU kernels";
  let description = [{
    Inside `gpu.launch` bodies, a scalar saturating `altgrad.quantize` of f32
    to `f8E5M2` or `f8E4M3FN` (what `convert-altgrad-to-arith` leaves with
    `keep-hardware-conversions`) becomes the f32 division docs/spec.md
    prescribes and `nvvm.convert.f32x2.to.f8x2` with round-to-nearest-even and
    `satfinite`, which give docs/spec.md's code for every input except NaN: a
    NaN becomes the format's canonical NaN with the input's sign. The GPU
    check proves the pair equal to the reference on all 2^32 inputs. Ops
    outside kernels are left to `convert-altgrad-to-arith`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::NVVM::NVVMDialect",
  ];
}

def AllocateDeviceReachableBuffers
    : Pass<"allocate-device-reachable-buffers", "::mlir::func::FuncOp"> {
  let summary = "Allocate host buffers in memory the GPU can reach";
  let description = [{
    Rewrites `memref.alloc`/`memref.dealloc` outside GPU kernels into
    `gpu.alloc host_shared`/`gpu.dealloc`, so that host code and kernels
    share the buffers bufferization created. A buffer that no kernel uses
    and that does not leave the function (only loaded, stored, copied or
    freed by host code, like a reduction's result) stays in host memory.
    Buffers passed in as function arguments are the caller's: they must be
    device-reachable.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

def QuantizedContractionsToCodes
    : Pass<"altgrad-quantized-contractions-to-codes", "::mlir::func::FuncOp"> {
  let summary = "Contract the codes of fake-quantized contraction operands";
  let description = [{
    On tensors, before `convert-altgrad-to-arith`: a contraction (the linalg
    contraction interface's maps and a multiply-add body, f32 operands and
    result, one batch, M, N and K dimension each) whose two operands are
    both `altgrad.fake_quantize` results becomes a `linalg.generic` over the
    operands' codes, each element `extf(code) * scale`: the same
    dequantized values, so the same result (docs/spec.md section 9), in a
    form `convert-linalg-to-blaslt` runs as a low-precision GEMM.

    - With `fp8-tensor-cores`, E4M3FN and E5M2 operands (not both E5M2,
      which Hopper's tensor cores lack), with static M, N and K multiples
      of 16: codes of the builtin
      `f8E4M3FN`/`f8E5M2` type, quantized by `altgrad.quantize` into a
      layout with K innermost (an FP8 GEMM takes only that, "TN"): where
      the operand has K elsewhere, the quantization is a `linalg.generic`
      that writes the transposed codes. Hopper's FP8 tensor cores do not
      accumulate in f32 as spec section 9 asks: their sums keep about 13
      significant bits (docs/gpu.md, "FP8 accumulation"), so this is
      off by default.
    - Other formats whose every value is a bf16 number (8 significant bits
      at most, within bf16's exponent range; E4M3FN and E5M2 without
      `fp8-tensor-cores`): the exact bf16 values of the codes
      (`altgrad.dequantize` with scale 1), in the operand's layout, whose
      GEMM accumulates in f32.
    - Anything else (a format beyond bf16's range, one operand not
      quantized) is left alone: the fake-quantized f32 contraction.
  }];
  let options = [
    Option<"fp8TensorCores", "fp8-tensor-cores", "bool", "false",
           "Contract E4M3FN/E5M2 pairs on FP8 tensor cores (faster; their "
           "sums keep about 13 bits, not f32's 24)">,
  ];
  let dependentDialects = [
    "::altgrad::AltGradDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def ConvertLinalgToBlasLt
    : Pass<"convert-linalg-to-blaslt", "::mlir::ModuleOp"> {
  let summary = "Run contractions on buffers as cuBLASLt GEMMs";
  let description = [{
    A contraction on memrefs (`linalg.matmul` with any indexing maps,
    `linalg.batch_matmul`, or a `linalg.generic` with the contraction
    interface's maps) becomes a call of `altgradGemm` in altgrad's CUDA
    runtime, which runs it with cuBLASLt, accumulating in f32. It takes one
    batch, M, N and K dimension each, operands whose maps are projected
    permutations onto those dimensions, with one of each matrix's two
    dimensions statically of stride 1, and a body
    `acc + x * y` where `x` and `y` are the operands' elements, each
    optionally extended (`arith.extf`) and multiplied by a scale defined
    outside the op (what `altgrad-quantized-contractions-to-codes` makes):
    the product of the scales becomes cuBLASLt's alpha. Operand types: both
    f32, f16 or bf16, or E4M3FN/E5M2 codes (not both E5M2), contiguous
    along K; results f32, or bf16/f16 where the operands are 16-bit of the
    same type or FP8. f32 operands multiply in f32 (no TF32) unless `tf32`
    is set. A `linalg.fill` of the result with +0 just before is dropped
    (cuBLASLt's beta is 0); otherwise the result accumulates into the
    output (beta 1). Anything else is left for the GPU kernels or loops.

    Each call returns once its GEMM is done, unless `enqueue` is set: then
    it only enqueues the GEMM on the context's stream, behind the work
    enqueued before, and carries `altgrad.gpu_stream_ordered`, so that
    `altgrad-async-gpu-work` (which must then run) makes the host wait for
    it only where the host reads its result.
  }];
  let options = [
    Option<"tf32", "tf32", "bool", "false",
           "Multiply f32 operands as TF32 (CUBLAS_COMPUTE_32F_FAST_TF32): "
           "10-bit mantissas, faster, not f32">,
    Option<"enqueue", "enqueue", "bool", "false",
           "Calls return without waiting for their GEMM (for "
           "altgrad-async-gpu-work)">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::func::FuncDialect",
    "::mlir::memref::MemRefDialect",
  ];
}

def ConvertShardToRuntime
    : Pass<"altgrad-convert-shard-to-runtime", "::mlir::ModuleOp"> {
  let summary = "Run a distributed recipe's all-reduces as calls of "
                "altgrad's MPI runtime";
  let description = [{
    A `shard.all_reduce` (max or sum) of a static tensor of i32, i64 or f32
    over the one axis of a static 1-D `shard.grid` becomes a copy of its
    input into a new buffer and a call of `altgradAllReduce(data, count,
    type, reduction, ranks)` in `libaltgrad_mpi_runtime` that reduces it in
    place across the ranks of MPI_COMM_WORLD (docs/distributed.md), within a
    time limit. Upstream's `convert-shard-to-mpi` is the route for other
    compilers; altgrad does not take it because its `mpi.allreduce` declares
    no memory effects (ownership-based deallocation rejects it), blocks with
    no time limit, and splits a new communicator at every call. Any other
    `shard.all_reduce` is an error.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::func::FuncDialect",
    "::mlir::memref::MemRefDialect",
  ];
}

#endif // ALTGRAD_CONVERSION_PASSES
