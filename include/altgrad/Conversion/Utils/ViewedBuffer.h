//===- ViewedBuffer.h - The buffer a memref value views ---------*- C++ -*-===//
//
// Passes on buffers that reason about allocations and aliasing (the GPU
// kernels' buffers, the loop nests they parallelize, deallocations) look
// through views to the buffer underneath.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_CONVERSION_UTILS_VIEWEDBUFFER_H
#define ALTGRAD_CONVERSION_UTILS_VIEWEDBUFFER_H

#include "mlir/Interfaces/ViewLikeInterface.h"

namespace altgrad {

/// The buffer `value` views, through any chain of view-like ops
/// (`memref.subview`, `memref.cast`, reshapes).
inline mlir::Value viewedBuffer(mlir::Value value) {
  while (auto view = value.getDefiningOp<mlir::ViewLikeOpInterface>())
    value = view.getViewSource();
  return value;
}

} // namespace altgrad

#endif // ALTGRAD_CONVERSION_UTILS_VIEWEDBUFFER_H
