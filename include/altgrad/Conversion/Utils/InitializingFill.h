//===- InitializingFill.h - The fill that sets an op's output ---*- C++ -*-===//
//
// Conversions that replace a linalg op on buffers by a call or a kernel can
// fold the `linalg.fill` of its output into the replacement (a reduction's
// initial value, a GEMM's beta = 0).
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_CONVERSION_UTILS_INITIALIZINGFILL_H
#define ALTGRAD_CONVERSION_UTILS_INITIALIZINGFILL_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace altgrad {

/// The `linalg.fill` on buffers that sets `buffer` just before `op` in its
/// block, with no other use of `buffer` in between; null if there is none.
inline mlir::linalg::FillOp findInitializingFill(mlir::Operation *op,
                                                 mlir::Value buffer) {
  for (mlir::Operation *before = op->getPrevNode(); before;
       before = before->getPrevNode()) {
    auto fill = llvm::dyn_cast<mlir::linalg::FillOp>(before);
    if (fill && fill.hasPureBufferSemantics() &&
        fill.getDpsInits()[0] == buffer)
      return fill;
    if (llvm::is_contained(before->getOperands(), buffer))
      return nullptr;
  }
  return nullptr;
}

} // namespace altgrad

#endif // ALTGRAD_CONVERSION_UTILS_INITIALIZINGFILL_H
