//===- LoopKernels.h - Host loops over buffers as GPU kernels ---*- C++ -*-===//

#ifndef ALTGRAD_LIB_CONVERSION_LINALGTOGPU_LOOPKERNELS_H
#define ALTGRAD_LIB_CONVERSION_LINALGTOGPU_LOOPKERNELS_H

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace altgrad {
/// Runs the top-level `scf.for` nests over buffers of `function` that hold
/// only element code (the importer's scatters) as GPU kernels, once
/// `function` has other kernels: threads take the loops whose iterations
/// write disjoint elements; with `atomics`, nests of additive updates
/// whose iterations may collide run every iteration in parallel with
/// atomic adds; anything else runs in one thread.
void convertLoopNestsToKernels(mlir::func::FuncOp function, int64_t blockSize,
                               int64_t maxBlocks, bool atomics);
} // namespace altgrad

#endif // ALTGRAD_LIB_CONVERSION_LINALGTOGPU_LOOPKERNELS_H
