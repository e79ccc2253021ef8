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
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def ConvertLinalgToGPUKernels
    : Pass<"convert-linalg-to-gpu-kernels", "::mlir::func::FuncOp"> {
  let summary = "Turn elementwise and reduction linalg.generic ops on buffers "
                "into GPU kernels";
  let description = [{
    A `linalg.generic` on memrefs whose loops are all parallel with identity
    maps becomes a `gpu.launch` running a grid-stride loop over the
    linearized iteration space (64-bit `index`), so any size runs with a
    bounded grid. One whose loops are all reductions into a 0-d buffer, with
    `arith.maximumf` or `arith.addi` as combiner, becomes a kernel where each
    thread reduces its grid-stride share, each block combines its threads
    with `gpu.all_reduce`, and one thread per block combines the block's
    result into the buffer with an atomic. Other linalg ops stay on the host.
    Global constants a kernel reads are first copied into device-reachable
    memory.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", "256",
           "Threads per block">,
    Option<"maxBlocks", "max-blocks", "int64_t", "1056",
           "Most blocks a grid-stride kernel is launched with">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
  ];
}

def AllocateDeviceReachableBuffers
    : Pass<"allocate-device-reachable-buffers", "::mlir::func::FuncOp"> {
  let summary = "Allocate host buffers in memory the GPU can reach";
  let description = [{
    Rewrites `memref.alloc`/`memref.dealloc` outside GPU kernels into
    `gpu.alloc host_shared`/`gpu.dealloc`, so that host code and kernels
    share the buffers bufferization created. Buffers passed in as function
    arguments are the caller's: they must be device-reachable.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

#endif // ALTGRAD_CONVERSION_PASSES
