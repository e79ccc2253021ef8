//===- ViewedBuffer.h - The buffer a memref value views ---------*- C++ -*-===//
//
// Passes on buffers that reason about allocations and aliasing (the GPU
// kernels' buffers, the loop nests they parallelize, deallocations, the
// host's waits) look through views to the buffer underneath.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_CONVERSION_UTILS_VIEWEDBUFFER_H
#define ALTGRAD_CONVERSION_UTILS_VIEWEDBUFFER_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace altgrad {

/// The buffer `value` views, through any chain of view-like ops
/// (`memref.subview`, `memref.cast`, reshapes).
inline mlir::Value viewedBuffer(mlir::Value value) {
  while (auto view = value.getDefiningOp<mlir::ViewLikeOpInterface>())
    value = view.getViewSource();
  return value;
}

/// Whether `value` views a buffer the function allocates (`memref.alloc`,
/// `memref.alloca`, `gpu.alloc`), which no other buffer aliases.
inline bool isLocalAllocation(mlir::Value value) {
  return mlir::isa_and_nonnull<mlir::memref::AllocOp, mlir::memref::AllocaOp,
                               mlir::gpu::AllocOp>(
      viewedBuffer(value).getDefiningOp());
}

/// Whether `a` and `b` may view the same memory: the same buffer, or two
/// that are not the function's allocations (arguments and call results may
/// alias each other).
inline bool mayAlias(mlir::Value a, mlir::Value b) {
  return viewedBuffer(a) == viewedBuffer(b) ||
         (!isLocalAllocation(a) && !isLocalAllocation(b));
}

} // namespace altgrad

#endif // ALTGRAD_CONVERSION_UTILS_VIEWEDBUFFER_H
