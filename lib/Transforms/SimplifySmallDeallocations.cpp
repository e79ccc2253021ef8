//===- SimplifySmallDeallocations.cpp - Bounded dealloc simplification ----===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"

namespace altgrad {
#define GEN_PASS_DEF_SIMPLIFYSMALLDEALLOCATIONS
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

namespace {
struct SimplifySmallDeallocationsPass
    : altgrad::impl::SimplifySmallDeallocationsBase<
          SimplifySmallDeallocationsPass> {
  using Base::Base;
  void runOnOperation() override {
    WalkResult large = getOperation().walk([&](bufferization::DeallocOp op) {
      int64_t buffers = op.getMemrefs().size() + op.getRetained().size();
      return buffers > maxBuffers ? WalkResult::interrupt()
                                  : WalkResult::advance();
    });
    if (large.wasInterrupted())
      return;
    OpPassManager simplify(func::FuncOp::getOperationName());
    simplify.addPass(
        bufferization::createBufferDeallocationSimplificationPass());
    if (failed(runPipeline(simplify, getOperation())))
      signalPassFailure();
  }
};
} // namespace
