//===- LinalgToGPU.cpp - Buffers of linalg to GPU kernels -----------------===//

#include "altgrad/Conversion/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

#include <limits>

namespace altgrad {
#define GEN_PASS_DEF_CONVERTLINALGTOGPUKERNELS
#define GEN_PASS_DEF_ALLOCATEDEVICEREACHABLEBUFFERS
#include "altgrad/Conversion/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

namespace {
/// How a reduction's body combines one element into the accumulator.
struct Combiner {
  Operation *op;
  /// The per-element operand of `op`, computed by the rest of the body.
  Value element;
  gpu::AllReduceOperation blockReduction;
  arith::AtomicRMWKind atomic;
  /// The value that leaves any element unchanged.
  TypedAttr neutral;
};
} // namespace

static bool isElementwise(linalg::GenericOp op) {
  return op.getNumReductionLoops() == 0 &&
         llvm::all_of(op.getIndexingMapsArray(),
                      [](AffineMap map) { return map.isIdentity(); });
}

/// A full reduction into a 0-d buffer that `gpu.all_reduce` and an atomic
/// can combine: `yield maximumf(acc, f(x))` or `yield addi(acc, f(x))`.
static std::optional<Combiner> matchFullReduction(linalg::GenericOp op) {
  if (op.getNumParallelLoops() != 0 || op.getNumDpsInits() != 1 ||
      op.getDpsInitOperand(0)->get().getType() !=
          MemRefType::get({}, op.getRegionOutputArgs()[0].getType()))
    return std::nullopt;
  for (OpOperand *input : op.getDpsInputOperands())
    if (!op.getMatchingIndexingMap(input).isIdentity())
      return std::nullopt;
  Value accumulator = op.getRegionOutputArgs()[0];
  auto yield = cast<linalg::YieldOp>(op.getBody()->getTerminator());
  Operation *combiner = yield.getValues()[0].getDefiningOp();
  if (!combiner || combiner->getNumOperands() != 2)
    return std::nullopt;
  Value lhs = combiner->getOperand(0), rhs = combiner->getOperand(1);
  if ((lhs == accumulator) == (rhs == accumulator) ||
      llvm::count_if(accumulator.getUses(), [](OpOperand &) { return true; }) !=
          1)
    return std::nullopt;
  Value element = lhs == accumulator ? rhs : lhs;
  Type type = accumulator.getType();
  Builder builder(op.getContext());
  if (isa<arith::MaximumFOp>(combiner) && type.isF32())
    return Combiner{
        combiner, element, gpu::AllReduceOperation::MAXIMUMF,
        arith::AtomicRMWKind::maximumf,
        builder.getF32FloatAttr(-std::numeric_limits<float>::infinity())};
  if (isa<arith::AddIOp>(combiner))
    return Combiner{combiner, element, gpu::AllReduceOperation::ADD,
                    arith::AtomicRMWKind::addi,
                    builder.getIntegerAttr(type, 0)};
  return std::nullopt;
}

/// Frees a `gpu.alloc` buffer. The dealloc is async on a stream of its own
/// and waited for: upstream lowers only the async form to the runtime.
static void emitDeviceDealloc(OpBuilder &builder, Location loc, Value buffer) {
  auto tokenType = builder.getType<gpu::AsyncTokenType>();
  Value ready = gpu::WaitOp::create(builder, loc, tokenType, ValueRange())
                    .getAsyncToken();
  Value freed =
      gpu::DeallocOp::create(builder, loc, tokenType, ValueRange{ready}, buffer)
          .getAsyncToken();
  gpu::WaitOp::create(builder, loc, Type(), ValueRange{freed});
}

/// A buffer in device memory, allocated on a stream of its own (upstream
/// lowers only the async form of a device allocation to the runtime).
static Value emitDeviceAlloc(OpBuilder &builder, Location loc,
                             MemRefType type) {
  auto tokenType = builder.getType<gpu::AsyncTokenType>();
  Value ready = gpu::WaitOp::create(builder, loc, tokenType, ValueRange())
                    .getAsyncToken();
  auto alloc =
      gpu::AllocOp::create(builder, loc, type, tokenType, ValueRange{ready},
                           ValueRange(), ValueRange(), /*hostShared=*/false);
  gpu::WaitOp::create(builder, loc, Type(), ValueRange{alloc.getAsyncToken()});
  return alloc.getMemref();
}

/// Copies `source` into `destination` on a stream of its own and waits for
/// it; upstream lowers only the async form to the runtime.
static void emitDeviceCopy(OpBuilder &builder, Location loc, Value source,
                           Value destination) {
  auto tokenType = builder.getType<gpu::AsyncTokenType>();
  Value ready = gpu::WaitOp::create(builder, loc, tokenType, ValueRange())
                    .getAsyncToken();
  Value copied = gpu::MemcpyOp::create(builder, loc, tokenType,
                                       ValueRange{ready}, destination, source)
                     .getAsyncToken();
  gpu::WaitOp::create(builder, loc, Type(), ValueRange{copied});
}

/// Clones the body of `op` for the iteration at `indices`, loading the
/// inputs there; returns the mapping of block arguments and results.
static void cloneBody(OpBuilder &builder, Location loc, linalg::GenericOp op,
                      ValueRange indices, Operation *skip, IRMapping &mapping) {
  Block *body = op.getBody();
  for (auto [operand, argument] :
       llvm::zip(op->getOpOperands(), body->getArguments())) {
    if (argument.use_empty() ||
        (op.isDpsInit(&operand) && op.getNumReductionLoops() != 0))
      continue;
    mapping.map(argument,
                memref::LoadOp::create(builder, loc, operand.get(), indices));
  }
  for (Operation &nested : body->without_terminator()) {
    if (&nested == skip)
      continue;
    if (auto index = dyn_cast<linalg::IndexOp>(nested)) {
      mapping.map(index.getResult(), indices[index.getDim()]);
      continue;
    }
    builder.clone(nested, mapping);
  }
}

/// Grid-stride launch over `total` iterations; `emitIteration` receives the
/// builder inside the loop, the linear index and the loop-carried values.
static gpu::LaunchOp emitGridStrideLaunch(OpBuilder &builder, Location loc,
                                          Value total, int64_t blockSize,
                                          int64_t maxBlocks) {
  auto c = [&](int64_t value) {
    return arith::ConstantIndexOp::create(builder, loc, value);
  };
  Value blocks = arith::CeilDivUIOp::create(builder, loc, total, c(blockSize));
  blocks = arith::MinUIOp::create(builder, loc, blocks, c(maxBlocks));
  blocks = arith::MaxUIOp::create(builder, loc, blocks, c(1));
  Value one = c(1);
  return gpu::LaunchOp::create(builder, loc, blocks, one, one, c(blockSize),
                               one, one);
}

/// The iteration space of `op`: one extent per loop, from its operands.
static SmallVector<OpFoldResult> loopExtents(OpBuilder &builder, Location loc,
                                             linalg::GenericOp op) {
  SmallVector<OpFoldResult> extents;
  for (Range range :
       cast<linalg::LinalgOp>(op.getOperation()).createLoopRanges(builder, loc))
    extents.push_back(range.size);
  return extents;
}

static LogicalResult convertToKernel(linalg::GenericOp op, int64_t blockSize,
                                     int64_t maxBlocks) {
  std::optional<Combiner> combiner;
  if (!isElementwise(op) && !(combiner = matchFullReduction(op)))
    return failure();
  Location loc = op.getLoc();
  IRRewriter builder(op);
  SmallVector<OpFoldResult> extents = loopExtents(builder, loc, op);
  Value total = arith::ConstantIndexOp::create(builder, loc, 1);
  for (OpFoldResult extent : extents)
    total = arith::MulIOp::create(
        builder, loc, total,
        getValueOrCreateConstantIndexOp(builder, loc, extent));

  // A reduction accumulates into a device-memory copy of its result buffer,
  // which is copied in before and out after: atomics on memory the host
  // also touches would migrate its pages on every call.
  Value accumulator;
  if (combiner) {
    Value result = op.getDpsInits()[0];
    accumulator =
        emitDeviceAlloc(builder, loc, cast<MemRefType>(result.getType()));
    emitDeviceCopy(builder, loc, result, accumulator);
  }
  gpu::LaunchOp launch =
      emitGridStrideLaunch(builder, loc, total, blockSize, maxBlocks);
  builder.setInsertionPointToStart(&launch.getBody().front());
  Value threadId = launch.getThreadIds().x;
  Value first = arith::AddIOp::create(
      builder, loc,
      arith::MulIOp::create(builder, loc, launch.getBlockIds().x,
                            launch.getBlockSize().x),
      threadId);
  Value stride = arith::MulIOp::create(builder, loc, launch.getGridSize().x,
                                       launch.getBlockSize().x);
  SmallVector<Value> initial;
  if (combiner)
    initial.push_back(
        arith::ConstantOp::create(builder, loc, combiner->neutral));
  auto loop = scf::ForOp::create(
      builder, loc, first, total, stride, initial,
      [&](OpBuilder &nested, Location nestedLoc, Value linear,
          ValueRange carried) {
        SmallVector<Value> indices;
        if (!extents.empty())
          llvm::append_range(indices, affine::AffineDelinearizeIndexOp::create(
                                          nested, nestedLoc, linear, extents)
                                          .getResults());
        IRMapping mapping;
        cloneBody(nested, nestedLoc, op, indices,
                  combiner ? combiner->op : nullptr, mapping);
        auto yield = cast<linalg::YieldOp>(op.getBody()->getTerminator());
        if (combiner) {
          Operation *combined = nested.clone(*combiner->op, mapping);
          combined->setOperands(
              {carried[0], mapping.lookupOrDefault(combiner->element)});
          scf::YieldOp::create(nested, nestedLoc, combined->getResult(0));
          return;
        }
        for (auto [value, output] :
             llvm::zip(yield.getValues(), op.getDpsInits()))
          memref::StoreOp::create(nested, nestedLoc,
                                  mapping.lookupOrDefault(value), output,
                                  indices);
        scf::YieldOp::create(nested, nestedLoc);
      });
  builder.setInsertionPointAfter(loop);
  if (combiner) {
    Value blockResult = gpu::AllReduceOp::create(
                            builder, loc, loop.getResult(0),
                            gpu::AllReduceOperationAttr::get(
                                builder.getContext(), combiner->blockReduction),
                            builder.getUnitAttr())
                            .getResult();
    Value leader =
        arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::eq, threadId,
                              arith::ConstantIndexOp::create(builder, loc, 0));
    auto ifLeader = scf::IfOp::create(builder, loc, leader);
    builder.setInsertionPointToStart(&ifLeader.getThenRegion().front());
    memref::AtomicRMWOp::create(builder, loc, combiner->atomic, blockResult,
                                accumulator, ValueRange());
    builder.setInsertionPointAfter(ifLeader);
  }
  gpu::TerminatorOp::create(builder, loc);

  if (combiner) {
    builder.setInsertionPointAfter(launch);
    emitDeviceCopy(builder, loc, accumulator, op.getDpsInits()[0]);
    emitDeviceDealloc(builder, loc, accumulator);
  }
  op.erase();
  return success();
}

namespace {
struct ConvertLinalgToGPUKernelsPass
    : altgrad::impl::ConvertLinalgToGPUKernelsBase<
          ConvertLinalgToGPUKernelsPass> {
  using Base::Base;
  void runOnOperation() override {
    if (blockSize < 1 || blockSize > 1024 || maxBlocks < 1) {
      getOperation().emitError()
          << "convert-linalg-to-gpu-kernels: block-size must be in [1, 1024] "
             "and max-blocks at least 1, got block-size="
          << blockSize << " max-blocks=" << maxBlocks;
      return signalPassFailure();
    }
    SmallVector<linalg::GenericOp> generics;
    getOperation().walk([&](linalg::GenericOp op) {
      if (op.hasPureBufferSemantics() && !op->getParentOfType<gpu::LaunchOp>())
        generics.push_back(op);
    });
    for (linalg::GenericOp op : generics)
      (void)convertToKernel(op, blockSize, maxBlocks);
  }
};

struct AllocateDeviceReachableBuffersPass
    : altgrad::impl::AllocateDeviceReachableBuffersBase<
          AllocateDeviceReachableBuffersPass> {
  void runOnOperation() override {
    func::FuncOp function = getOperation();
    if (function.isExternal())
      return;
    IRRewriter rewriter(&getContext());
    SmallVector<Value> constants;
    function.walk([&](Operation *op) {
      if (op->getParentOfType<gpu::LaunchOp>())
        return;
      rewriter.setInsertionPoint(op);
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        rewriter.replaceOpWithNewOp<gpu::AllocOp>(
            alloc, alloc.getType(), /*asyncToken=*/Type(), ValueRange(),
            alloc.getDynamicSizes(), alloc.getSymbolOperands(),
            /*hostShared=*/true);
      } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        emitDeviceDealloc(rewriter, dealloc.getLoc(), dealloc.getMemref());
        rewriter.eraseOp(dealloc);
      } else if (auto global = dyn_cast<memref::GetGlobalOp>(op)) {
        // Constants live in host memory: the function works on a
        // device-reachable copy made once on entry.
        rewriter.setInsertionPointToStart(&function.getBody().front());
        Value copy =
            gpu::AllocOp::create(rewriter, global.getLoc(), global.getType(),
                                 /*asyncToken=*/Type(), ValueRange(),
                                 ValueRange(), ValueRange(),
                                 /*hostShared=*/true)
                .getMemref();
        Value source = memref::GetGlobalOp::create(
            rewriter, global.getLoc(), global.getType(), global.getName());
        memref::CopyOp::create(rewriter, global.getLoc(), source, copy);
        rewriter.replaceOp(global, copy);
        constants.push_back(copy);
      }
    });
    // Free the copies on every exit that does not hand them out.
    function.walk([&](func::ReturnOp ret) {
      rewriter.setInsertionPoint(ret);
      for (Value copy : constants)
        if (!llvm::is_contained(ret.getOperands(), copy))
          emitDeviceDealloc(rewriter, ret.getLoc(), copy);
    });
  }
};
} // namespace
