//===- DropLocalDeallocs.cpp - Hand buffer lifetimes to deallocation ------===//

#include "altgrad/Transforms/Passes.h"

#include "altgrad/Conversion/Utils/ViewedBuffer.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace altgrad {
#define GEN_PASS_DEF_DROPLOCALDEALLOCS
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

namespace {
struct DropLocalDeallocsPass
    : altgrad::impl::DropLocalDeallocsBase<DropLocalDeallocsPass> {
  void runOnOperation() override {
    SmallVector<memref::DeallocOp> local;
    WalkResult result = getOperation().walk([&](memref::DeallocOp dealloc) {
      if (altgrad::viewedBuffer(dealloc.getMemref())
              .getDefiningOp<memref::AllocOp>()) {
        local.push_back(dealloc);
        return WalkResult::advance();
      }
      dealloc.emitOpError(
          "frees a buffer this function did not allocate; buffer "
          "deallocation manages every buffer's lifetime and cannot keep it");
      return WalkResult::interrupt();
    });
    if (result.wasInterrupted())
      return signalPassFailure();
    for (memref::DeallocOp dealloc : local)
      dealloc.erase();
  }
};
} // namespace
