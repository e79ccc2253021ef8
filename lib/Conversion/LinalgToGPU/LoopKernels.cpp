//===- LoopKernels.cpp - Host loops over buffers as GPU kernels -----------===//
//
// The importer lowers StableHLO scatters to `scf.for` nests that read,
// combine and store elements of a buffer (an embedding's gradient: 4096
// tokens x 768 features added into rows of the table). Run by one thread
// such a nest takes milliseconds to seconds; this file finds what of it
// can run in parallel without changing any result, or with atomics only
// changing the order of colliding additions.
//
//===----------------------------------------------------------------------===//

#include "LoopKernels.h"

#include "altgrad/Conversion/Utils/ViewedBuffer.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;

static bool isDefinedOutside(Value value, Operation *root) {
  return !root->isAncestor(value.getParentBlock()->getParentOp());
}

namespace {
/// The memory accesses of a loop nest, and whether it is safe to reason
/// about them: every written buffer is accessed only through the values
/// it is stored to, and no buffer read aliases one written.
struct Accesses {
  SmallVector<memref::LoadOp> loads;
  SmallVector<memref::StoreOp> stores;
  llvm::SetVector<Value> written;
  bool analyzable = true;

  explicit Accesses(scf::ForOp root) {
    root.walk([&](Operation *op) {
      if (auto load = dyn_cast<memref::LoadOp>(op))
        loads.push_back(load);
      else if (auto store = dyn_cast<memref::StoreOp>(op))
        stores.push_back(store);
    });
    for (memref::StoreOp store : stores)
      written.insert(store.getMemRef());
    for (Value buffer : written)
      if (!isDefinedOutside(buffer, root))
        analyzable = false;
    for (Value buffer : written) {
      auto accessed = [&](Value other) {
        if (other != buffer && altgrad::mayAlias(other, buffer))
          analyzable = false;
      };
      for (memref::LoadOp load : loads)
        accessed(load.getMemRef());
      for (memref::StoreOp store : stores)
        accessed(store.getMemRef());
    }
  }

  /// Whether every access to each written buffer has `index` at one same
  /// position: iterations with different values of it touch different
  /// elements.
  bool partitionedBy(Value index) const {
    for (Value buffer : written) {
      auto rank = cast<MemRefType>(buffer.getType()).getRank();
      bool found = false;
      for (int64_t position = 0; position < rank && !found; ++position) {
        auto at = [&](ValueRange indices) {
          return indices[position] == index;
        };
        found = llvm::all_of(stores,
                             [&](memref::StoreOp store) {
                               return store.getMemRef() != buffer ||
                                      at(store.getIndices());
                             }) &&
                llvm::all_of(loads, [&](memref::LoadOp load) {
                  return load.getMemRef() != buffer || at(load.getIndices());
                });
      }
      if (!found)
        return false;
    }
    return true;
  }
};

/// A store of `load(buffer[i]) + x` into `buffer[i]`: an atomic add.
struct AdditiveUpdate {
  memref::StoreOp store;
  memref::LoadOp load;
  Operation *add;
  Value addend;
  arith::AtomicRMWKind kind;
};
} // namespace

static std::optional<AdditiveUpdate>
matchAdditiveUpdate(memref::StoreOp store) {
  Operation *add = store.getValueToStore().getDefiningOp();
  if (!add || !isa<arith::AddFOp, arith::AddIOp>(add) || !add->hasOneUse())
    return std::nullopt;
  // atomicrmw fadd on f32 and add on 32/64-bit integers, which NVVM has.
  Type type = store.getValueToStore().getType();
  if (!type.isF32() && !type.isInteger(32) && !type.isInteger(64))
    return std::nullopt;
  for (unsigned operand = 0; operand < 2; ++operand) {
    auto load = add->getOperand(operand).getDefiningOp<memref::LoadOp>();
    if (!load || !load->hasOneUse() || load.getMemRef() != store.getMemRef() ||
        load.getIndices() != store.getIndices())
      continue;
    return AdditiveUpdate{store, load, add, add->getOperand(1 - operand),
                          isa<arith::AddFOp>(add) ? arith::AtomicRMWKind::addf
                                                  : arith::AtomicRMWKind::addi};
  }
  return std::nullopt;
}

/// The updates of `accesses` if every access to a written buffer is part
/// of an additive update, so that iterations commute up to the order of
/// the additions.
static std::optional<SmallVector<AdditiveUpdate>>
matchAdditiveUpdates(const Accesses &accesses) {
  SmallVector<AdditiveUpdate> updates;
  for (memref::StoreOp store : accesses.stores) {
    std::optional<AdditiveUpdate> update = matchAdditiveUpdate(store);
    if (!update)
      return std::nullopt;
    updates.push_back(*update);
  }
  for (memref::LoadOp load : accesses.loads)
    if (accesses.written.contains(load.getMemRef()) &&
        llvm::none_of(updates, [&](const AdditiveUpdate &update) {
          return update.load == load;
        }))
      return std::nullopt;
  return updates;
}

/// The launch that runs `root` with the iterations of `parallel` (loops of
/// its nest whose bounds are defined outside it) spread over threads in a
/// grid-stride loop, each thread running the rest of the nest in order.
static void emitLoopNestKernel(IRRewriter &rewriter, scf::ForOp root,
                               ArrayRef<scf::ForOp> parallel, int64_t blockSize,
                               int64_t maxBlocks) {
  Location loc = root.getLoc();
  rewriter.setInsertionPoint(root);
  auto constant = [&](int64_t value) -> Value {
    return arith::ConstantIndexOp::create(rewriter, loc, value);
  };
  Value zero = constant(0), one = constant(1);
  SmallVector<OpFoldResult> tripCounts;
  Value total = one;
  for (scf::ForOp loop : parallel) {
    Value span = arith::SubIOp::create(rewriter, loc, loop.getUpperBound(),
                                       loop.getLowerBound());
    span = arith::MaxSIOp::create(rewriter, loc, span, zero);
    Value trips =
        arith::CeilDivUIOp::create(rewriter, loc, span, loop.getStep());
    tripCounts.push_back(trips);
    total = arith::MulIOp::create(rewriter, loc, total, trips);
  }
  Value blocks = one, threads = one;
  if (!parallel.empty()) {
    blocks =
        arith::CeilDivUIOp::create(rewriter, loc, total, constant(blockSize));
    blocks = arith::MinUIOp::create(rewriter, loc, blocks, constant(maxBlocks));
    blocks = arith::MaxUIOp::create(rewriter, loc, blocks, one);
    threads = constant(blockSize);
  }
  auto launch =
      gpu::LaunchOp::create(rewriter, loc, blocks, one, one, threads, one, one);
  rewriter.setInsertionPointToStart(&launch.getBody().front());
  auto terminator = gpu::TerminatorOp::create(rewriter, loc);
  if (parallel.empty()) {
    rewriter.moveOpBefore(root, terminator);
    return;
  }
  rewriter.setInsertionPoint(terminator);
  Value first = arith::AddIOp::create(
      rewriter, loc,
      arith::MulIOp::create(rewriter, loc, launch.getBlockIds().x,
                            launch.getBlockSize().x),
      launch.getThreadIds().x);
  Value stride = arith::MulIOp::create(rewriter, loc, launch.getGridSize().x,
                                       launch.getBlockSize().x);
  auto gridLoop = scf::ForOp::create(rewriter, loc, first, total, stride);
  rewriter.setInsertionPointToStart(gridLoop.getBody());
  SmallVector<Value> counters{gridLoop.getInductionVar()};
  if (parallel.size() > 1)
    counters = affine::AffineDelinearizeIndexOp::create(
                   rewriter, loc, gridLoop.getInductionVar(), tripCounts)
                   .getResults();
  SmallVector<Value> indices;
  for (auto [position, counter] : llvm::enumerate(counters)) {
    scf::ForOp loop = parallel[position];
    indices.push_back(arith::AddIOp::create(
        rewriter, loc, loop.getLowerBound(),
        arith::MulIOp::create(rewriter, loc, counter, loop.getStep())));
  }
  rewriter.moveOpBefore(root, gridLoop.getBody()->getTerminator());
  // Each parallel loop gives way to its body, at the thread's iteration.
  for (auto [position, index] : llvm::enumerate(indices)) {
    scf::ForOp loop = parallel[position];
    Block *body = loop.getBody();
    rewriter.eraseOp(body->getTerminator());
    rewriter.inlineBlockBefore(body, loop, ValueRange{index});
    rewriter.eraseOp(loop);
  }
}

void altgrad::convertLoopNestsToKernels(func::FuncOp function,
                                        int64_t blockSize, int64_t maxBlocks,
                                        bool atomics) {
  bool hasKernels = false;
  function.walk([&](gpu::LaunchOp) { hasKernels = true; });
  if (!hasKernels)
    return;
  SmallVector<scf::ForOp> roots;
  function.walk([&](scf::ForOp loop) {
    if (loop->getParentOfType<gpu::LaunchOp>() ||
        loop->getParentOfType<scf::ForOp>() || loop.getNumResults() != 0)
      return;
    bool touchesMemory = false, onlyElementCode = true;
    loop.walk([&](Operation *nested) {
      if (isa<memref::LoadOp, memref::StoreOp>(nested))
        touchesMemory = true;
      else if (!isa<scf::SCFDialect, arith::ArithDialect, math::MathDialect>(
                   nested->getDialect()))
        onlyElementCode = false;
    });
    if (touchesMemory && onlyElementCode)
      roots.push_back(loop);
  });
  IRRewriter rewriter(function.getContext());
  for (scf::ForOp root : roots) {
    // Loops without results whose bounds the host can compute before the
    // launch, outermost first.
    SmallVector<scf::ForOp> candidates;
    root->walk<WalkOrder::PreOrder>([&](scf::ForOp loop) {
      if (loop.getNumResults() == 0 &&
          llvm::all_of(
              ValueRange{loop.getLowerBound(), loop.getUpperBound(),
                         loop.getStep()},
              [&](Value bound) { return isDefinedOutside(bound, root); }))
        candidates.push_back(loop);
    });
    Accesses accesses(root);
    SmallVector<scf::ForOp> parallel;
    if (accesses.analyzable) {
      for (scf::ForOp loop : candidates)
        if (accesses.partitionedBy(loop.getInductionVar()))
          parallel.push_back(loop);
      // More parallelism from atomics, where the others only add.
      std::optional<SmallVector<AdditiveUpdate>> updates;
      if (atomics && parallel.size() < candidates.size() &&
          (updates = matchAdditiveUpdates(accesses))) {
        parallel = candidates;
        for (AdditiveUpdate &update : *updates) {
          rewriter.setInsertionPoint(update.store);
          memref::AtomicRMWOp::create(
              rewriter, update.store.getLoc(), update.kind, update.addend,
              update.store.getMemRef(), update.store.getIndices());
          rewriter.eraseOp(update.store);
          rewriter.eraseOp(update.add);
          rewriter.eraseOp(update.load);
        }
      }
    }
    emitLoopNestKernel(rewriter, root, parallel, blockSize, maxBlocks);
  }
}
