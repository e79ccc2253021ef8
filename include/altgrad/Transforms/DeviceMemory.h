//===- DeviceMemory.h - Which ops write which device buffers ----*- C++ -*-===//
//
// Passes that move host reads of device buffers (to wait less, or into the
// kernels that use them) must know which ops may write the buffer between.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_TRANSFORMS_DEVICEMEMORY_H
#define ALTGRAD_TRANSFORMS_DEVICEMEMORY_H

#include "mlir/IR/Operation.h"

namespace altgrad {

/// Whether `op` is a call that enqueues its GPU work behind the work
/// already enqueued (kGpuStreamOrderedAttrName).
bool isStreamOrderedCall(mlir::Operation *op);

/// Whether `op` may write or free `buffer`, a `gpu.alloc` (which no other
/// buffer aliases): enqueued GPU work through its operands (an outlined
/// kernel touches nothing else), a `gpu.launch` through the buffers its
/// body captures, a stream-ordered call through the addresses it is given,
/// any other op through its memory effects.
bool mayWriteBuffer(mlir::Operation *op, mlir::Value buffer);

} // namespace altgrad

#endif // ALTGRAD_TRANSFORMS_DEVICEMEMORY_H
