//===- ContiguousInnermost.cpp - Vectorizable innermost loops -------------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"

namespace altgrad {
#define GEN_PASS_DEF_CONTIGUOUSINNERMOST
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

/// The parallel dimension to move innermost: the one that indexes the last
/// dimension of the output, provided every operand either does not use it
/// or uses it only as its own last dimension. None when the innermost loop
/// is no reduction already, or no dimension qualifies.
static std::optional<unsigned> contiguousParallelDim(linalg::LinalgOp op) {
  unsigned rank = op.getNumLoops();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  if (rank < 2 || op.getNumDpsInits() != 1 ||
      !linalg::isReductionIterator(iterators.back()))
    return std::nullopt;
  AffineMap outputMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (outputMap.getNumResults() == 0)
    return std::nullopt;
  auto last = dyn_cast<AffineDimExpr>(outputMap.getResults().back());
  if (!last || !linalg::isParallelIterator(iterators[last.getPosition()]))
    return std::nullopt;
  unsigned dim = last.getPosition();
  for (AffineMap map : op.getIndexingMapsArray()) {
    for (auto [index, result] : llvm::enumerate(map.getResults())) {
      bool isLast = index + 1 == map.getNumResults();
      if (result.isFunctionOfDim(dim) &&
          !(isLast && result == getAffineDimExpr(dim, op.getContext())))
        return std::nullopt;
    }
  }
  return dim;
}

namespace {
struct ContiguousInnermostPass
    : altgrad::impl::ContiguousInnermostBase<ContiguousInnermostPass> {
  void runOnOperation() override {
    SmallVector<std::pair<linalg::LinalgOp, unsigned>> candidates;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (std::optional<unsigned> dim = contiguousParallelDim(op))
        candidates.emplace_back(op, *dim);
    });
    IRRewriter rewriter(&getContext());
    for (auto [op, dim] : candidates) {
      rewriter.setInsertionPoint(op);
      auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      if (!generic) {
        FailureOr<linalg::GenericOp> generalized =
            linalg::generalizeNamedOp(rewriter, op);
        if (failed(generalized))
          continue;
        generic = *generalized;
      }
      // Every other dimension keeps its relative order.
      SmallVector<unsigned> order;
      for (unsigned d = 0, e = generic.getNumLoops(); d != e; ++d)
        if (d != dim)
          order.push_back(d);
      order.push_back(dim);
      (void)linalg::interchangeGenericOp(rewriter, generic, order);
    }
  }
};
} // namespace
