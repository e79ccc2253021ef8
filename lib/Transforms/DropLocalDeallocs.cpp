//===- DropLocalDeallocs.cpp - Hand buffer lifetimes to deallocation ------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace altgrad {
#define GEN_PASS_DEF_DROPLOCALDEALLOCS
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

/// The buffer `value` is a view of, through any chain of view-like ops.
static Value viewSource(Value value) {
  while (auto view = value.getDefiningOp<ViewLikeOpInterface>())
    value = view.getViewSource();
  return value;
}

namespace {
struct DropLocalDeallocsPass
    : altgrad::impl::DropLocalDeallocsBase<DropLocalDeallocsPass> {
  void runOnOperation() override {
    SmallVector<memref::DeallocOp> local;
    WalkResult result = getOperation().walk([&](memref::DeallocOp dealloc) {
      if (viewSource(dealloc.getMemref()).getDefiningOp<memref::AllocOp>()) {
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
