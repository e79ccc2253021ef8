//===- FuseParallelElementwise.cpp - Elementwise fusion of parallel ops ---===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace altgrad {
#define GEN_PASS_DEF_FUSEPARALLELELEMENTWISE
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

/// Whether `op` is no linalg op, or one whose loops are all parallel.
static bool hasOnlyParallelLoops(Operation *op) {
  auto linalgOp = dyn_cast_or_null<linalg::LinalgOp>(op);
  return !linalgOp || linalgOp.getNumReductionLoops() == 0;
}

namespace {
struct FuseParallelElementwisePass
    : altgrad::impl::FuseParallelElementwiseBase<FuseParallelElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    // `fused` is the consumer's operand for a producer inlined into it or a
    // reshape folded into its consumer, the reshape's source for a reshape
    // folded into its producer: both ends are checked either way.
    linalg::ControlFusionFn control = [](OpOperand *fused) {
      Operation *producer = fused->get().getDefiningOp();
      return producer && producer->hasOneUse() &&
             hasOnlyParallelLoops(producer) &&
             hasOnlyParallelLoops(fused->getOwner());
    };
    RewritePatternSet patterns(context);
    linalg::populateElementwiseOpsFusionPatterns(patterns, control);
    linalg::populateFoldReshapeOpsByExpansionPatterns(patterns, control);
    // The canonicalizations upstream's pass applies with them.
    affine::AffineApplyOp::getCanonicalizationPatterns(patterns, context);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, context);
    context->getLoadedDialect<linalg::LinalgDialect>()
        ->getCanonicalizationPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
