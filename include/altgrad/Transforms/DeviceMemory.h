//===- DeviceMemory.h - Which ops write which device buffers ----*- C++ -*-===//
//
// Passes that move host reads of device buffers (to wait less, or into the
// kernels that use them) must know which ops may write the buffer between.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_TRANSFORMS_DEVICEMEMORY_H
#define ALTGRAD_TRANSFORMS_DEVICEMEMORY_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/DenseSet.h"

#include <optional>

namespace altgrad {

/// Whether `op` is a call that enqueues its GPU work behind the work
/// already enqueued (kGpuStreamOrderedAttrName).
bool isStreamOrderedCall(mlir::Operation *op);

/// The buffers (under any views) that `op` may write or free, or none if
/// it may write any: enqueued GPU work those of its operands (an outlined
/// kernel touches nothing else), a `gpu.launch` those its body captures
/// and writes, a stream-ordered call those whose addresses it is given,
/// any other op those its memory effects name. A `gpu.alloc` is a buffer
/// no other aliases.
std::optional<llvm::DenseSet<mlir::Value>> writtenBuffers(mlir::Operation *op);

/// Whether `op` may write or free `buffer` (writtenBuffers).
bool mayWriteBuffer(mlir::Operation *op, mlir::Value buffer);

} // namespace altgrad

#endif // ALTGRAD_TRANSFORMS_DEVICEMEMORY_H
