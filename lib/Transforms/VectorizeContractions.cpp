//===- VectorizeContractions.cpp - Register-tiled contractions ------------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

namespace altgrad {
#define GEN_PASS_DEF_VECTORIZECONTRACTIONS
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

/// The largest divisor of `extent` that is at most `limit`.
static int64_t largestDivisor(int64_t extent, int64_t limit) {
  for (int64_t size = std::min(extent, limit); size > 1; --size)
    if (extent % size == 0)
      return size;
  return 1;
}

/// Whether a buffer of f32 has its elements along its last dimension
/// adjacent, so that a tile's rows load as vectors.
static bool hasContiguousRows(Type type) {
  auto memref = dyn_cast<MemRefType>(type);
  if (!memref || !memref.getElementType().isF32())
    return false;
  if (memref.getRank() == 0)
    return true;
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(memref.getStridesAndOffset(strides, offset)) &&
         strides.back() == 1;
}

/// The tile size of every loop of `op`, or none when `op` is not a
/// contraction of f32 buffers whose output tiles fill vectors. The tile's
/// columns run along the output's last dimension, its rows along a
/// dimension of the other operand, so that each step of the reduction is an
/// outer product; every other parallel dimension has tiles of one.
static std::optional<SmallVector<int64_t>> chooseTileSizes(linalg::LinalgOp op,
                                                           int64_t columns,
                                                           int64_t rows,
                                                           int64_t depth) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInits() != 1 ||
      !linalg::isaContractionOpInterface(op))
    return std::nullopt;
  for (OpOperand &operand : op->getOpOperands())
    if (!hasContiguousRows(operand.get().getType()))
      return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  AffineMap outputMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (failed(dims) || dims->k.empty() || outputMap.getNumResults() == 0)
    return std::nullopt;
  // Tiles of static sizes need static extents (operands of dynamic shape
  // are fine where the output's shape fixes them).
  SmallVector<int64_t> extents = op.getStaticLoopRanges();
  if (llvm::any_of(extents, [](int64_t extent) {
        return extent == 0 || ShapedType::isDynamic(extent);
      }))
    return std::nullopt;
  auto columnDim = cast<AffineDimExpr>(outputMap.getResults().back());
  unsigned column = columnDim.getPosition();
  // The rows: the other operand's dimension nearest the columns in the
  // output.
  ArrayRef<unsigned> rowCandidates;
  if (llvm::is_contained(dims->n, column))
    rowCandidates = dims->m;
  else if (llvm::is_contained(dims->m, column))
    rowCandidates = dims->n;
  else
    return std::nullopt;
  std::optional<unsigned> row;
  for (AffineExpr result : outputMap.getResults())
    if (llvm::is_contained(rowCandidates,
                           cast<AffineDimExpr>(result).getPosition()))
      row = cast<AffineDimExpr>(result).getPosition();
  unsigned reduction = dims->k.back();
  SmallVector<int64_t> sizes(extents.size(), 1);
  sizes[column] = largestDivisor(extents[column], columns);
  if (row)
    sizes[*row] = largestDivisor(extents[*row], rows);
  sizes[reduction] = largestDivisor(extents[reduction], depth);
  // Narrower tiles would leave most of each vector register unused; a
  // reduction step of one has nothing to keep in registers.
  if (sizes[column] < 4 || sizes[reduction] < 2)
    return std::nullopt;
  return sizes;
}

/// `tile` (one tile of a contraction) as a `linalg.contract` over its
/// loops of more than one step, on rank-reduced views of its operands: it
/// vectorizes to a `vector.contract` of the tile's rows, columns and
/// reduction steps, which lowers to outer products (a generic would give
/// multiplications and a `vector.multi_reduction`, unit dimensions dot
/// products).
static linalg::ContractOp asContractOp(RewriterBase &rewriter,
                                       linalg::LinalgOp tile) {
  MLIRContext *context = tile.getContext();
  SmallVector<int64_t> extents = tile.getStaticLoopRanges();
  // The new position of every loop kept.
  SmallVector<std::optional<unsigned>> kept;
  unsigned numKept = 0;
  for (int64_t extent : extents)
    kept.push_back(extent == 1 ? std::nullopt
                               : std::optional<unsigned>(numKept++));
  rewriter.setInsertionPoint(tile);
  SmallVector<Value> operands;
  SmallVector<AffineMap> maps;
  for (OpOperand &operand : tile->getOpOperands()) {
    auto type = cast<MemRefType>(operand.get().getType());
    SmallVector<AffineExpr> results;
    SmallVector<int64_t> shape;
    for (AffineExpr result :
         tile.getMatchingIndexingMap(&operand).getResults()) {
      if (std::optional<unsigned> dim =
              kept[cast<AffineDimExpr>(result).getPosition()]) {
        results.push_back(getAffineDimExpr(*dim, context));
        shape.push_back(extents[cast<AffineDimExpr>(result).getPosition()]);
      }
    }
    maps.push_back(AffineMap::get(numKept, 0, results, context));
    Value view = operand.get();
    if (shape.size() != static_cast<size_t>(type.getRank())) {
      SmallVector<int64_t> offsets(type.getRank(), 0),
          strides(type.getRank(), 1);
      MemRefType reduced = memref::SubViewOp::inferRankReducedResultType(
          shape, type, offsets, type.getShape(), strides);
      view = memref::SubViewOp::create(rewriter, tile.getLoc(), reduced, view,
                                       offsets, type.getShape(), strides);
    }
    operands.push_back(view);
  }
  unsigned numInputs = tile.getNumDpsInputs();
  auto contract = linalg::ContractOp::create(
      rewriter, tile.getLoc(), ArrayRef(operands).take_front(numInputs),
      ArrayRef(operands).drop_front(numInputs),
      rewriter.getAffineMapArrayAttr(maps));
  rewriter.eraseOp(tile);
  return contract;
}

/// Vector code to machine-sized vectors: contractions as outer products
/// (one `vector.fma` per row), transfers as loads and stores of rows.
static void populateLowerTilePatterns(RewritePatternSet &patterns) {
  // A generic's vectorized body (a multiplication reduced) as a contraction
  // first; whatever remains reduced row by row.
  vector::populateVectorReductionToContractPatterns(patterns,
                                                    /*benefit=*/2);
  vector::populateVectorMultiReductionLoweringPatterns(
      patterns, vector::VectorMultiReductionLowering::InnerParallel);
  vector::populateVectorContractLoweringPatterns(
      patterns, vector::VectorContractLowering::OuterProduct);
  vector::populateVectorOuterProductLoweringPatterns(patterns);
  vector::populateVectorTransposeLoweringPatterns(
      patterns, vector::VectorTransposeLowering::Shuffle1D);
  vector::populateVectorBroadcastLoweringPatterns(patterns);
  vector::populateVectorShapeCastLoweringPatterns(patterns);
  vector::populateVectorTransferPermutationMapLoweringPatterns(patterns);
  populateVectorToSCFConversionPatterns(
      patterns, VectorTransferToSCFOptions().enableFullUnroll());
  vector::populateVectorTransferLoweringPatterns(patterns,
                                                 /*maxTransferRank=*/1);
}

/// The output tile's load before `loop` and its store after it, the tile
/// carried through the loop's iterations in registers. Upstream's
/// hoistRedundantVectorTransfers gives up on a tile that is a subview (it
/// cannot rule out aliases); here the loop is the tiling's own, and its
/// only access to `tile` is the contraction's.
/// Returns the loop that replaces `loop`.
static scf::ForOp carryTileThroughLoop(RewriterBase &rewriter, scf::ForOp loop,
                                       Value tile) {
  moveLoopInvariantCode(cast<LoopLikeOpInterface>(loop.getOperation()));
  vector::TransferReadOp read;
  vector::TransferWriteOp write;
  for (Operation &op : *loop.getBody()) {
    if (auto candidate = dyn_cast<vector::TransferReadOp>(op);
        candidate && candidate.getBase() == tile)
      read = candidate;
    if (auto candidate = dyn_cast<vector::TransferWriteOp>(op);
        candidate && candidate.getBase() == tile)
      write = candidate;
  }
  if (!read || !write ||
      !isEqualConstantIntOrValueArray(getAsOpFoldResult(read.getIndices()),
                                      getAsOpFoldResult(write.getIndices())) ||
      read.getPermutationMap() != write.getPermutationMap() ||
      read.getVectorType() != write.getVectorType() ||
      llvm::any_of(read->getOperands(), [&](Value operand) {
        return !loop.isDefinedOutsideOfLoop(operand);
      }))
    return loop;
  loop.moveOutOfLoop(read);
  rewriter.moveOpAfter(write, loop);
  FailureOr<LoopLikeOpInterface> carried = loop.replaceWithAdditionalYields(
      rewriter, read.getVector(), /*replaceInitOperandUsesInLoop=*/true,
      [&](OpBuilder &, Location, ArrayRef<BlockArgument>) {
        return SmallVector<Value>{write.getVector()};
      });
  if (failed(carried))
    return loop;
  rewriter.modifyOpInPlace(write, [&] {
    write.getValueToStoreMutable().assign(
        carried->getOperation()->getResults().back());
  });
  return cast<scf::ForOp>(carried->getOperation());
}

namespace {
struct VectorizeContractionsPass
    : altgrad::impl::VectorizeContractionsBase<VectorizeContractionsPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<std::pair<linalg::LinalgOp, SmallVector<int64_t>>> candidates;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (std::optional<SmallVector<int64_t>> sizes =
              chooseTileSizes(op, columns, rows, depth))
        candidates.emplace_back(op, std::move(*sizes));
    });
    if (candidates.empty())
      return;
    IRRewriter rewriter(&getContext());
    SmallVector<Operation *> tileLoops;
    for (auto &[op, sizes] : candidates) {
      // Reduction loops innermost, so that the output tile is loaded and
      // stored once around all of them.
      SmallVector<unsigned> interchange;
      for (unsigned reduction : {false, true})
        for (auto [dim, iterator] : llvm::enumerate(op.getIteratorTypesArray()))
          if (linalg::isReductionIterator(iterator) == reduction)
            interchange.push_back(dim);
      rewriter.setInsertionPoint(op);
      FailureOr<linalg::TiledLinalgOp> tiled = linalg::tileLinalgOp(
          rewriter, op,
          linalg::LinalgTilingOptions().setTileSizes(sizes).setInterchange(
              interchange));
      if (failed(tiled) || tiled->loops.empty())
        continue;
      unsigned reductions = op.getNumReductionLoops();
      rewriter.eraseOp(op);
      // Every tile is whole (its sizes divide the extents), so its shape is
      // static and it vectorizes without masks.
      linalg::ContractOp contract = asContractOp(rewriter, tiled->op);
      Value tile = contract.getDpsInitOperand(0)->get();
      rewriter.setInsertionPoint(contract);
      if (succeeded(linalg::vectorize(rewriter, contract, {}, {},
                                      /*vectorizeNDExtract=*/false,
                                      /*flatten1DDepthwiseConv=*/false,
                                      /*assumeDynamicDimsMatchVecSizes=*/false,
                                      /*createNamedContraction=*/true))) {
        rewriter.eraseOp(contract);
        MutableArrayRef<Operation *> loops(tiled->loops);
        for (Operation *&loop : llvm::reverse(loops.take_back(reductions)))
          loop = carryTileThroughLoop(rewriter, cast<scf::ForOp>(loop), tile);
      }
      tileLoops.push_back(tiled->loops.front());
    }
    RewritePatternSet patterns(&getContext());
    populateLowerTilePatterns(patterns);
    FrozenRewritePatternSet frozen(std::move(patterns));
    for (Operation *loop : tileLoops)
      if (failed(applyPatternsGreedily(loop, frozen)))
        return signalPassFailure();
  }
};
} // namespace
