//===- LinalgToGPU.cpp - Buffers of linalg to GPU kernels -----------------===//

#include "altgrad/Conversion/Passes.h"
#include "altgrad/Conversion/Utils/InitializingFill.h"
#include "altgrad/Conversion/Utils/ViewedBuffer.h"

#include "LoopKernels.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

namespace altgrad {
#define GEN_PASS_DEF_CONVERTLINALGTOGPUKERNELS
#define GEN_PASS_DEF_ALLOCATEDEVICEREACHABLEBUFFERS
#include "altgrad/Conversion/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

namespace {
/// How a reduction's body combines one element into an accumulator.
struct Combiner {
  Operation *op;
  /// The per-element operand of `op`, computed by the rest of the body.
  Value element;
  gpu::AllReduceOperation blockReduction;
  /// The value that leaves any element unchanged.
  TypedAttr neutral;
};

/// What a kernel does with each output of its generic: store one value per
/// iteration (an identity map), or combine every iteration into a 0-d buffer
/// (no combiner means stored).
struct KernelPlan {
  SmallVector<std::optional<Combiner>> combiners;

  bool hasReduction() const {
    return llvm::any_of(combiners, [](const std::optional<Combiner> &c) {
      return c.has_value();
    });
  }
  /// Whether `operand` of `op` is an output reduced into a 0-d buffer.
  bool isCombined(linalg::GenericOp op, OpOperand &operand) const {
    return op.isDpsInit(&operand) &&
           combiners[operand.getOperandNumber() - op.getNumDpsInputs()];
  }
};
} // namespace

namespace {
/// A reduced output on the device: its result buffer, the device copy the
/// last combining kernel writes, the blocks' partial results and the
/// initial value (null: the device copy holds it).
struct Reduced {
  const Combiner *combiner;
  Value result, device, partials, initial;
};
} // namespace

/// A device buffer, allocated on the stream of `token`.
static Value deviceAlloc(OpBuilder &builder, Location loc, Value &token,
                         MemRefType type, ValueRange sizes) {
  auto alloc = gpu::AllocOp::create(
      builder, loc, type, builder.getType<gpu::AsyncTokenType>(),
      ValueRange{token}, sizes, ValueRange(), /*hostShared=*/false);
  token = alloc.getAsyncToken();
  return alloc.getMemref();
}

/// The block reduction and neutral value of `combiner`, a binary op on
/// `type`, where `gpu.all_reduce` has one and can combine it (f32, i32 and
/// i64: the types its shuffles take). Floating-point sums and products
/// combine in a different order than a sequential loop; the others are
/// exact in any order.
static std::optional<std::pair<gpu::AllReduceOperation, TypedAttr>>
blockReductionOf(Operation *combiner, Type type) {
  Builder builder(type.getContext());
  if (type.isF32()) {
    auto f32 = [&](float value) { return builder.getF32FloatAttr(value); };
    constexpr float inf = std::numeric_limits<float>::infinity();
    return llvm::TypeSwitch<
               Operation *,
               std::optional<std::pair<gpu::AllReduceOperation, TypedAttr>>>(
               combiner)
        .Case([&](arith::AddFOp) {
          return std::pair{gpu::AllReduceOperation::ADD, f32(-0.0f)};
        })
        .Case([&](arith::MulFOp) {
          return std::pair{gpu::AllReduceOperation::MUL, f32(1.0f)};
        })
        .Case([&](arith::MaximumFOp) {
          return std::pair{gpu::AllReduceOperation::MAXIMUMF, f32(-inf)};
        })
        .Case([&](arith::MinimumFOp) {
          return std::pair{gpu::AllReduceOperation::MINIMUMF, f32(inf)};
        })
        .Default(std::nullopt);
  }
  if (!type.isInteger(32) && !type.isInteger(64))
    return std::nullopt;
  unsigned width = type.getIntOrFloatBitWidth();
  auto integer = [&](const APInt &value) {
    return builder.getIntegerAttr(type, value);
  };
  APInt zero = APInt::getZero(width), ones = APInt::getAllOnes(width);
  return llvm::TypeSwitch<
             Operation *,
             std::optional<std::pair<gpu::AllReduceOperation, TypedAttr>>>(
             combiner)
      .Case([&](arith::AddIOp) {
        return std::pair{gpu::AllReduceOperation::ADD, integer(zero)};
      })
      .Case([&](arith::MulIOp) {
        return std::pair{gpu::AllReduceOperation::MUL,
                         integer(APInt(width, 1))};
      })
      .Case([&](arith::AndIOp) {
        return std::pair{gpu::AllReduceOperation::AND, integer(ones)};
      })
      .Case([&](arith::OrIOp) {
        return std::pair{gpu::AllReduceOperation::OR, integer(zero)};
      })
      .Case([&](arith::XOrIOp) {
        return std::pair{gpu::AllReduceOperation::XOR, integer(zero)};
      })
      .Case([&](arith::MaxSIOp) {
        return std::pair{gpu::AllReduceOperation::MAXSI,
                         integer(APInt::getSignedMinValue(width))};
      })
      .Case([&](arith::MinSIOp) {
        return std::pair{gpu::AllReduceOperation::MINSI,
                         integer(APInt::getSignedMaxValue(width))};
      })
      .Case([&](arith::MaxUIOp) {
        return std::pair{gpu::AllReduceOperation::MAXUI, integer(zero)};
      })
      .Case([&](arith::MinUIOp) {
        return std::pair{gpu::AllReduceOperation::MINUI, integer(ones)};
      })
      .Default(std::nullopt);
}

/// `yield combine(acc, f(...))` for the accumulator of output `init`, with a
/// `combine` that `gpu.all_reduce` and the combining kernels can apply to
/// partial results (see blockReductionOf).
static std::optional<Combiner> matchCombiner(linalg::GenericOp op,
                                             OpOperand &init) {
  BlockArgument accumulator = op.getMatchingBlockArgument(&init);
  if (!accumulator.hasOneUse())
    return std::nullopt;
  auto yield = cast<linalg::YieldOp>(op.getBody()->getTerminator());
  Operation *combiner =
      yield.getValues()[init.getOperandNumber() - op.getNumDpsInputs()]
          .getDefiningOp();
  if (!combiner || combiner->getNumOperands() != 2 ||
      !combiner->getResult(0).hasOneUse() ||
      accumulator.getUses().begin()->getOwner() != combiner)
    return std::nullopt;
  Value lhs = combiner->getOperand(0), rhs = combiner->getOperand(1);
  Value element = lhs == accumulator ? rhs : lhs;
  if (element == accumulator)
    return std::nullopt;
  auto reduction = blockReductionOf(combiner, accumulator.getType());
  if (!reduction)
    return std::nullopt;
  return Combiner{combiner, element, reduction->first, reduction->second};
}

/// The block size `b` of a map that reads the block of the innermost loop
/// index, `(d0, ..., dn) -> (d0, ..., dn floordiv b)` (the block scales of
/// block_quantize and block_dequantize), or nullopt.
static std::optional<int64_t> blockMapSize(AffineMap map) {
  unsigned rank = map.getNumDims();
  if (rank == 0 || map.getNumSymbols() != 0 || map.getNumResults() != rank)
    return std::nullopt;
  MLIRContext *context = map.getContext();
  for (unsigned dim = 0; dim + 1 < rank; ++dim)
    if (map.getResult(dim) != getAffineDimExpr(dim, context))
      return std::nullopt;
  auto divide = dyn_cast<AffineBinaryOpExpr>(map.getResult(rank - 1));
  if (!divide || divide.getKind() != AffineExprKind::FloorDiv ||
      divide.getLHS() != getAffineDimExpr(rank - 1, context))
    return std::nullopt;
  auto block = dyn_cast<AffineConstantExpr>(divide.getRHS());
  if (!block || block.getValue() <= 0)
    return std::nullopt;
  return block.getValue();
}

/// Kernels read buffer inputs at the iteration's own index (identity maps)
/// or at its block's (block maps), and either store each output or combine
/// it into a 0-d buffer.
static std::optional<KernelPlan> planKernel(linalg::GenericOp op) {
  for (OpOperand *input : op.getDpsInputOperands()) {
    AffineMap map = op.getMatchingIndexingMap(input);
    if (!isa<MemRefType>(input->get().getType()) ||
        !(map.isIdentity() || blockMapSize(map)))
      return std::nullopt;
  }
  KernelPlan plan;
  for (OpOperand &init : op.getDpsInitsMutable()) {
    AffineMap map = op.getMatchingIndexingMap(&init);
    if (map.isIdentity()) {
      plan.combiners.push_back(std::nullopt);
      continue;
    }
    std::optional<Combiner> combiner;
    if (init.get().getType() !=
            MemRefType::get({}, getElementTypeOrSelf(init.get())) ||
        !(combiner = matchCombiner(op, init)))
      return std::nullopt;
    plan.combiners.push_back(combiner);
  }
  return plan;
}

/// The indices `map` gives for loop indices `loops`.
static SmallVector<Value> applyMap(OpBuilder &builder, Location loc,
                                   AffineMap map, ArrayRef<Value> loops) {
  SmallVector<Value> indices;
  for (unsigned result = 0; result < map.getNumResults(); ++result) {
    if (auto dim = dyn_cast<AffineDimExpr>(map.getResult(result))) {
      indices.push_back(loops[dim.getPosition()]);
      continue;
    }
    indices.push_back(affine::AffineApplyOp::create(
        builder, loc, map.getSubMap({result}), loops));
  }
  return indices;
}

/// `combiner` applied to `lhs` and `rhs`.
static Value emitCombine(OpBuilder &builder, const Combiner &combiner,
                         Value lhs, Value rhs) {
  Operation *clone = builder.clone(*combiner.op);
  clone->setOperands({lhs, rhs});
  return clone->getResult(0);
}

/// Clones the body of `op` for one iteration whose read block arguments are
/// `arguments` (null where not read) and whose loop indices are `indices`
/// (for linalg.index), leaving out the combiners; returns per output the
/// yielded value, or the element its combiner would combine.
static SmallVector<Value> cloneBody(OpBuilder &builder, linalg::GenericOp op,
                                    ArrayRef<std::optional<Combiner>> combiners,
                                    ArrayRef<Value> arguments,
                                    ValueRange indices) {
  Block *body = op.getBody();
  IRMapping mapping;
  for (auto [argument, value] : llvm::zip(body->getArguments(), arguments))
    if (value)
      mapping.map(argument, value);
  for (Operation &nested : body->without_terminator()) {
    if (llvm::any_of(combiners, [&](const std::optional<Combiner> &c) {
          return c && c->op == &nested;
        }))
      continue;
    if (auto index = dyn_cast<linalg::IndexOp>(nested)) {
      mapping.map(index.getResult(), indices[index.getDim()]);
      continue;
    }
    builder.clone(nested, mapping);
  }
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  SmallVector<Value> results;
  for (auto [combiner, yielded] : llvm::zip(combiners, yield.getValues()))
    results.push_back(
        mapping.lookupOrDefault(combiner ? combiner->element : yielded));
  return results;
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

/// The iteration space of `op`: one extent per loop, from its operands.
static SmallVector<OpFoldResult> loopExtents(OpBuilder &builder, Location loc,
                                             linalg::GenericOp op) {
  SmallVector<OpFoldResult> extents;
  for (Range range :
       cast<linalg::LinalgOp>(op.getOperation()).createLoopRanges(builder, loc))
    extents.push_back(range.size);
  return extents;
}

/// Combines `value` over the block, uniformly; the caller continues inside
/// `if thread 0`.
static std::pair<Value, scf::IfOp> emitBlockResult(OpBuilder &builder,
                                                   Location loc, Value value,
                                                   const Combiner &combiner,
                                                   Value threadId) {
  Value blockResult = gpu::AllReduceOp::create(
                          builder, loc, value,
                          gpu::AllReduceOperationAttr::get(
                              builder.getContext(), combiner.blockReduction),
                          builder.getUnitAttr())
                          .getResult();
  Value leader =
      arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::eq, threadId,
                            arith::ConstantIndexOp::create(builder, loc, 0));
  auto ifLeader = scf::IfOp::create(builder, loc, leader);
  builder.setInsertionPointToStart(&ifLeader.getThenRegion().front());
  return {blockResult, ifLeader};
}

/// Threads per block of the kernels that combine partial results.
constexpr int64_t kCombineThreads = 1024;

/// A kernel of `blocks` blocks that folds the `count` values of each
/// reduction's `inputs`, in a grid-stride loop, each block into
/// `outputs[block]`; without outputs, one block folds them into the
/// reduction's device copy, starting from its initial value. Returns its
/// token.
static Value emitCombineLaunch(OpBuilder &builder, Location loc, Value token,
                               ArrayRef<Reduced> reduced, ValueRange inputs,
                               Value count, Value blocks, ValueRange outputs) {
  auto c = [&](int64_t value) {
    return arith::ConstantIndexOp::create(builder, loc, value);
  };
  Value one = c(1);
  auto launch = gpu::LaunchOp::create(
      builder, loc, blocks, one, one, c(kCombineThreads), one, one,
      /*dynamicSharedMemorySize=*/nullptr,
      builder.getType<gpu::AsyncTokenType>(), ValueRange{token});
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&launch.getBody().front());
  Value threadId = launch.getThreadIds().x;
  Value block = launch.getBlockIds().x;
  Value first = arith::AddIOp::create(
      builder, loc,
      arith::MulIOp::create(builder, loc, block, launch.getBlockSize().x),
      threadId);
  Value stride = arith::MulIOp::create(builder, loc, launch.getGridSize().x,
                                       launch.getBlockSize().x);
  SmallVector<Value> neutral;
  for (const Reduced &part : reduced)
    neutral.push_back(
        arith::ConstantOp::create(builder, loc, part.combiner->neutral));
  auto loop = scf::ForOp::create(
      builder, loc, first, count, stride, neutral,
      [&](OpBuilder &nested, Location, Value index, ValueRange carried) {
        OpBuilder::InsertionGuard inner(builder);
        builder.setInsertionPoint(nested.getInsertionBlock(),
                                  nested.getInsertionPoint());
        SmallVector<Value> next;
        for (auto [part, input, accumulator] :
             llvm::zip(reduced, inputs, carried))
          next.push_back(emitCombine(
              builder, *part.combiner, accumulator,
              memref::LoadOp::create(builder, loc, input, ValueRange{index})));
        scf::YieldOp::create(builder, loc, next);
      });
  for (auto [index, part] : llvm::enumerate(reduced)) {
    auto [blockResult, ifLeader] = emitBlockResult(
        builder, loc, loop.getResult(index), *part.combiner, threadId);
    if (outputs.empty()) {
      Value initial = part.initial;
      if (!initial)
        initial =
            memref::LoadOp::create(builder, loc, part.device, ValueRange());
      memref::StoreOp::create(
          builder, loc,
          emitCombine(builder, *part.combiner, initial, blockResult),
          part.device, ValueRange());
    } else {
      memref::StoreOp::create(builder, loc, blockResult, outputs[index],
                              ValueRange{block});
    }
    builder.setInsertionPointAfter(ifLeader);
  }
  gpu::TerminatorOp::create(builder, loc);
  return launch.getAsyncToken();
}

namespace {
/// Emits the `gpu.launch` that replaces one generic: a grid-stride loop over
/// vectors of `vectorWidth` iterations where every buffer is aligned to them,
/// then a grid-stride loop over the iterations left, one at a time. A
/// block-mapped input of a one-loop generic is one scalar load per vector
/// (the vector lies in one block).
class KernelEmitter {
public:
  KernelEmitter(linalg::GenericOp op, const KernelPlan &plan,
                int64_t vectorWidth)
      : op(op), plan(plan), vectorWidth(vectorWidth), loc(op.getLoc()) {}

  void emit(IRRewriter &builder, int64_t blockSize, int64_t maxBlocks);

private:
  Value constant(OpBuilder &builder, int64_t value) {
    return arith::ConstantIndexOp::create(builder, loc, value);
  }
  /// The alignment vector accesses of `type`'s elements need: a whole
  /// vector, up to the 16 bytes of the widest GPU load and store (wider
  /// vectors are several of them).
  int64_t vectorAlignment(MemRefType type) const {
    return std::min<int64_t>(vectorWidth * type.getElementTypeBitWidth() / 8,
                             16);
  }
  /// Whether the body reads the block argument of `operand`, and the kernel
  /// loads it: combined outputs are carried in registers instead.
  bool isLoaded(OpOperand &operand) {
    return !op.getMatchingBlockArgument(&operand).use_empty() &&
           !plan.isCombined(op, operand);
  }
  /// Whether the kernel reads or writes `operand`'s buffer element by
  /// element: inputs the body reads and stored outputs.
  bool isAccessedPerElement(OpOperand &operand) {
    return op.isDpsInit(&operand) ? !plan.isCombined(op, operand)
                                  : isLoaded(operand);
  }
  /// The block size of an input read through a block map, else nullopt.
  std::optional<int64_t> blockOf(OpOperand &operand) {
    return blockMapSize(op.getMatchingIndexingMap(&operand));
  }
  /// Whether the body reads its loop indices (linalg.index).
  bool readsIndices() {
    return !op.getBody()->getOps<linalg::IndexOp>().empty();
  }
  /// Whether every buffer the kernel touches element by element is
  /// contiguous in iteration order, so `vectorWidth` consecutive iterations
  /// are one vector access of each (or, block-mapped, one element).
  bool isVectorizable() {
    if (vectorWidth < 2 || op.getNumLoops() == 0)
      return false;
    // A body that reads its indices vectorizes only if it is arithmetic
    // (stochastic rounding's Philox counters, which then share the work of
    // neighbouring lanes); one that also reads memory (a block's scale
    // reading its block) keeps a thread per iteration, so that the threads
    // of a warp read neighbouring blocks.
    if (readsIndices() && !llvm::all_of(op.getBody()->without_terminator(),
                                        [](Operation &nested) {
                                          return isMemoryEffectFree(&nested);
                                        }))
      return false;
    return llvm::all_of(op->getOpOperands(), [&](OpOperand &operand) {
      if (!isAccessedPerElement(operand))
        return true;
      if (std::optional<int64_t> block = blockOf(operand))
        if (op.getNumLoops() != 1 || *block % vectorWidth != 0)
          return false;
      auto type = dyn_cast<MemRefType>(operand.get().getType());
      return type && type.getLayout().isIdentity() &&
             type.getElementType().isIntOrFloat() &&
             VectorType::isValidElementType(type.getElementType()) &&
             type.getElementTypeBitWidth() % 8 == 0;
    });
  }
  /// `accumulators` with each output's element combined in.
  SmallVector<Value> combine(OpBuilder &builder, ValueRange accumulators,
                             ArrayRef<Value> elements);
  SmallVector<Value> emitVectorIteration(OpBuilder &builder, Value vector,
                                         ValueRange accumulators);
  SmallVector<Value> emitScalarIteration(OpBuilder &builder, Value linear,
                                         ValueRange accumulators);
  /// The loop indices of iteration `linear`.
  SmallVector<Value> loopIndicesOf(OpBuilder &builder, Value linear);

  linalg::GenericOp op;
  const KernelPlan &plan;
  int64_t vectorWidth;
  Location loc;
  /// Per operand: the buffer the kernel accesses (flattened to 1-D when
  /// vectorized; the device accumulator for combined outputs).
  SmallVector<Value> buffers;
  bool flattened = false;
  SmallVector<OpFoldResult> extents;
};
} // namespace

SmallVector<Value> KernelEmitter::combine(OpBuilder &builder,
                                          ValueRange accumulators,
                                          ArrayRef<Value> elements) {
  SmallVector<Value> combined;
  unsigned next = 0;
  for (auto [combiner, element] : llvm::zip(plan.combiners, elements)) {
    if (!combiner)
      continue;
    combined.push_back(
        emitCombine(builder, *combiner, accumulators[next++], element));
  }
  return combined;
}

SmallVector<Value> KernelEmitter::emitVectorIteration(OpBuilder &builder,
                                                      Value vector,
                                                      ValueRange accumulators) {
  Value base = arith::MulIOp::create(builder, loc, vector,
                                     constant(builder, vectorWidth));
  auto vectorOf = [&](Value buffer) {
    auto type = cast<MemRefType>(buffer.getType());
    return std::make_pair(VectorType::get({vectorWidth}, type.getElementType()),
                          llvm::MaybeAlign(vectorAlignment(type)));
  };
  // lanes[operand][lane]
  SmallVector<SmallVector<Value>> lanes(op->getNumOperands());
  for (OpOperand &operand : op->getOpOperands()) {
    if (!isLoaded(operand))
      continue;
    Value buffer = buffers[operand.getOperandNumber()];
    if (std::optional<int64_t> block = blockOf(operand)) {
      Value element = memref::LoadOp::create(
          builder, loc, buffer,
          ValueRange{arith::DivUIOp::create(builder, loc, base,
                                            constant(builder, *block))});
      lanes[operand.getOperandNumber()].assign(vectorWidth, element);
      continue;
    }
    auto [type, alignment] = vectorOf(buffer);
    Value loaded =
        vector::LoadOp::create(builder, loc, type, buffer, ValueRange{base},
                               /*nontemporal=*/false, alignment);
    for (int64_t lane = 0; lane < vectorWidth; ++lane)
      lanes[operand.getOperandNumber()].push_back(
          vector::ExtractOp::create(builder, loc, loaded, lane));
  }
  SmallVector<Value> carried(accumulators);
  SmallVector<SmallVector<Value>> stored(op.getNumDpsInits());
  for (int64_t lane = 0; lane < vectorWidth; ++lane) {
    SmallVector<Value> arguments;
    for (auto &operandLanes : lanes)
      arguments.push_back(operandLanes.empty() ? Value() : operandLanes[lane]);
    SmallVector<Value> indices;
    if (readsIndices())
      indices = loopIndicesOf(
          builder,
          arith::AddIOp::create(builder, loc, base, constant(builder, lane)));
    SmallVector<Value> results =
        cloneBody(builder, op, plan.combiners, arguments, indices);
    carried = combine(builder, carried, results);
    for (auto [output, result] : llvm::enumerate(results))
      stored[output].push_back(result);
  }
  for (auto [output, combiner] : llvm::enumerate(plan.combiners)) {
    if (combiner)
      continue;
    Value buffer = buffers[op.getNumDpsInputs() + output];
    auto [type, alignment] = vectorOf(buffer);
    Value value =
        vector::FromElementsOp::create(builder, loc, type, stored[output]);
    vector::StoreOp::create(builder, loc, value, buffer, ValueRange{base},
                            /*nontemporal=*/false, alignment);
  }
  return carried;
}

SmallVector<Value> KernelEmitter::loopIndicesOf(OpBuilder &builder,
                                                Value linear) {
  // Flattened buffers take the linear index itself, and so does a body
  // that reads no index or has one loop.
  if (flattened && (!readsIndices() || extents.size() == 1))
    return {linear};
  if (extents.empty())
    return {};
  return affine::AffineDelinearizeIndexOp::create(builder, loc, linear, extents)
      .getResults();
}

SmallVector<Value> KernelEmitter::emitScalarIteration(OpBuilder &builder,
                                                      Value linear,
                                                      ValueRange accumulators) {
  SmallVector<Value> loopIndices = loopIndicesOf(builder, linear);
  // A buffer's indices are the loop's through its map: identity but for
  // block maps (whose generics are flattened only with one loop).
  auto bufferIndices = [&](OpOperand &operand) -> SmallVector<Value> {
    if (flattened && !blockOf(operand))
      return {linear};
    return applyMap(builder, loc, op.getMatchingIndexingMap(&operand),
                    loopIndices);
  };
  SmallVector<Value> arguments;
  for (OpOperand &operand : op->getOpOperands())
    arguments.push_back(
        isLoaded(operand)
            ? memref::LoadOp::create(builder, loc,
                                     buffers[operand.getOperandNumber()],
                                     bufferIndices(operand))
                  .getResult()
            : Value());
  SmallVector<Value> results =
      cloneBody(builder, op, plan.combiners, arguments, loopIndices);
  for (auto [output, combiner] : llvm::enumerate(plan.combiners))
    if (!combiner) {
      OpOperand &init = op.getDpsInitsMutable()[output];
      memref::StoreOp::create(builder, loc, results[output],
                              buffers[init.getOperandNumber()],
                              bufferIndices(init));
    }
  return combine(builder, accumulators, results);
}

void KernelEmitter::emit(IRRewriter &builder, int64_t blockSize,
                         int64_t maxBlocks) {
  extents = loopExtents(builder, loc, op);
  Value total = constant(builder, 1);
  for (OpFoldResult extent : extents)
    total = arith::MulIOp::create(
        builder, loc, total,
        getValueOrCreateConstantIndexOp(builder, loc, extent));

  // Narrow outputs (8-bit codes) widen the vector until each store is a
  // whole 16 bytes.
  if (vectorWidth >= 2)
    for (auto [output, combiner] : llvm::enumerate(plan.combiners))
      if (!combiner)
        vectorWidth = std::max<int64_t>(
            vectorWidth,
            128 / cast<MemRefType>(op.getDpsInits()[output].getType())
                      .getElementTypeBitWidth());
  // Vectors need every buffer aligned to a whole vector, which only the
  // running program knows: the kernel takes the vector loop only if so.
  flattened = isVectorizable();
  Value aligned;
  for (OpOperand &operand : op->getOpOperands()) {
    Value buffer = operand.get();
    if (flattened && isAccessedPerElement(operand) && !blockOf(operand)) {
      auto type = cast<MemRefType>(buffer.getType());
      if (type.getRank() != 1)
        buffer = memref::CollapseShapeOp::create(
            builder, loc, buffer,
            ArrayRef<ReassociationIndices>{
                llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()))});
      Value pointer =
          memref::ExtractAlignedPointerAsIndexOp::create(builder, loc, buffer);
      Value misalignment = arith::RemUIOp::create(
          builder, loc, pointer, constant(builder, vectorAlignment(type)));
      Value isAligned =
          arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::eq,
                                misalignment, constant(builder, 0));
      aligned = aligned
                    ? arith::AndIOp::create(builder, loc, aligned, isAligned)
                          .getResult()
                    : isAligned;
    }
    buffers.push_back(buffer);
  }
  Value vectors = constant(builder, 0);
  if (aligned)
    vectors = arith::SelectOp::create(
        builder, loc, aligned,
        arith::DivUIOp::create(builder, loc, total,
                               constant(builder, vectorWidth)),
        vectors);

  // One thread per vector (per iteration when unaligned), up to maxBlocks
  // blocks; threads loop beyond.
  Value work = total;
  if (aligned)
    work = arith::SelectOp::create(builder, loc, aligned, vectors, total);
  Value blocks = arith::CeilDivUIOp::create(builder, loc, work,
                                            constant(builder, blockSize));
  blocks = arith::MinUIOp::create(builder, loc, blocks,
                                  constant(builder, maxBlocks));
  blocks = arith::MaxUIOp::create(builder, loc, blocks, constant(builder, 1));

  // A reduction runs on one stream, synchronized once: each block of the
  // kernel leaves its result in a device buffer of partial results, and
  // combining kernels fold those until one block writes the result into a
  // device-memory copy of the result buffer, copied out after (kernels
  // touching memory the host also touches would migrate its pages on every
  // call). The fold starts from the constant a `linalg.fill` gave the
  // result buffer (one copy fewer), or else from the buffer's contents,
  // copied in.
  auto tokenType = builder.getType<gpu::AsyncTokenType>();
  Value token;
  SmallVector<Reduced> reduced;
  if (plan.hasReduction()) {
    token = gpu::WaitOp::create(builder, loc, tokenType, ValueRange())
                .getAsyncToken();
    for (auto [output, combiner] : llvm::enumerate(plan.combiners)) {
      if (!combiner)
        continue;
      unsigned number = op.getNumDpsInputs() + output;
      Value result = buffers[number];
      auto type = cast<MemRefType>(result.getType());
      Value device = deviceAlloc(builder, loc, token, type, ValueRange());
      Value initial;
      // The fill's value can start the reduction on the device instead.
      if (linalg::FillOp fill = altgrad::findInitializingFill(op, result)) {
        initial = fill.value();
        fill.erase();
      } else {
        token = gpu::MemcpyOp::create(builder, loc, tokenType,
                                      ValueRange{token}, device, result)
                    .getAsyncToken();
      }
      Value partials = deviceAlloc(
          builder, loc, token,
          MemRefType::get({ShapedType::kDynamic}, type.getElementType()),
          ValueRange{blocks});
      buffers[number] = partials;
      reduced.push_back({&*combiner, result, device, partials, initial});
    }
  }

  Value one = constant(builder, 1);
  auto launch = gpu::LaunchOp::create(
      builder, loc, blocks, one, one, constant(builder, blockSize), one, one,
      /*dynamicSharedMemorySize=*/nullptr, token ? tokenType : Type(),
      token ? ValueRange{token} : ValueRange());

  builder.setInsertionPointToStart(&launch.getBody().front());
  Value threadId = launch.getThreadIds().x;
  Value first = arith::AddIOp::create(
      builder, loc,
      arith::MulIOp::create(builder, loc, launch.getBlockIds().x,
                            launch.getBlockSize().x),
      threadId);
  Value stride = arith::MulIOp::create(builder, loc, launch.getGridSize().x,
                                       launch.getBlockSize().x);
  SmallVector<Value> accumulators;
  for (const std::optional<Combiner> &combiner : plan.combiners)
    if (combiner)
      accumulators.push_back(
          arith::ConstantOp::create(builder, loc, combiner->neutral));
  auto gridStride =
      [&](Value begin, Value end, ValueRange initial,
          function_ref<SmallVector<Value>(OpBuilder &, Value, ValueRange)>
              iteration) {
        return scf::ForOp::create(builder, loc, begin, end, stride, initial,
                                  [&](OpBuilder &nested, Location, Value index,
                                      ValueRange carried) {
                                    scf::YieldOp::create(
                                        nested, loc,
                                        iteration(nested, index, carried));
                                  })
            .getResults();
      };
  Value scalarBegin = first;
  if (aligned) {
    accumulators =
        gridStride(first, vectors, accumulators,
                   [&](OpBuilder &nested, Value vector, ValueRange carried) {
                     return emitVectorIteration(nested, vector, carried);
                   });
    scalarBegin = arith::AddIOp::create(
        builder, loc,
        arith::MulIOp::create(builder, loc, vectors,
                              constant(builder, vectorWidth)),
        first);
  }
  accumulators =
      gridStride(scalarBegin, total, accumulators,
                 [&](OpBuilder &nested, Value linear, ValueRange carried) {
                   return emitScalarIteration(nested, linear, carried);
                 });

  // Each block combines its threads' results; one thread stores the
  // block's among the partial results.
  for (auto [accumulator, part] : llvm::zip(accumulators, reduced)) {
    auto [blockResult, ifLeader] =
        emitBlockResult(builder, loc, accumulator, *part.combiner, threadId);
    memref::StoreOp::create(builder, loc, blockResult, part.partials,
                            ValueRange{launch.getBlockIds().x});
    builder.setInsertionPointAfter(ifLeader);
  }
  gpu::TerminatorOp::create(builder, loc);
  builder.setInsertionPointAfter(launch);
  if (!token)
    return;

  // The partial results, kCombineThreads per block of a second kernel, and
  // those of its blocks by a third of one block.
  Value combineBlocks = arith::MinUIOp::create(
      builder, loc,
      arith::CeilDivUIOp::create(builder, loc, blocks,
                                 constant(builder, kCombineThreads)),
      constant(builder, kCombineThreads));
  token = launch.getAsyncToken();
  SmallVector<Value> partials, blockResults;
  for (const Reduced &part : reduced) {
    partials.push_back(part.partials);
    blockResults.push_back(deviceAlloc(
        builder, loc, token, cast<MemRefType>(part.partials.getType()),
        ValueRange{combineBlocks}));
  }
  token = emitCombineLaunch(builder, loc, token, reduced, partials, blocks,
                            combineBlocks, blockResults);
  token = emitCombineLaunch(builder, loc, token, reduced, blockResults,
                            combineBlocks, one, ValueRange());
  for (auto [part, blockResult] : llvm::zip(reduced, blockResults)) {
    token = gpu::MemcpyOp::create(builder, loc, tokenType, ValueRange{token},
                                  part.result, part.device)
                .getAsyncToken();
    for (Value buffer : {part.device, part.partials, blockResult})
      token = gpu::DeallocOp::create(builder, loc, tokenType, ValueRange{token},
                                     buffer)
                  .getAsyncToken();
  }
  gpu::WaitOp::create(builder, loc, Type(), ValueRange{token});
}

/// Threads in the block that reduces one output element, at least a warp:
/// enough for one element each where the reduced extent is known.
static int64_t reductionThreads(int64_t reducedExtent, int64_t blockSize) {
  if (ShapedType::isDynamic(reducedExtent))
    return blockSize;
  return std::min<int64_t>(
      blockSize, std::max<int64_t>(32, llvm::PowerOf2Ceil(reducedExtent)));
}

/// Reduced extents from which a block (rather than one thread) reduces each
/// output element.
constexpr int64_t kMinBlockReduction = 32;

namespace {
/// How a generic that is not element-wise becomes a kernel: its parallel
/// loops, in the order of the first output's indices (consecutive threads
/// store consecutive elements), and its reduction loops, in loop order.
/// With `combiners`, one block per output element splits the reduction
/// loops over its threads and combines them with `gpu.all_reduce`;
/// without, one thread per output element runs them in order.
struct LoopPlan {
  SmallVector<unsigned> parallel, reduction;
  SmallVector<std::optional<Combiner>> combiners;
  bool byBlock = false;
  /// Threads per block.
  int64_t threads;
};
} // namespace

/// A plan for any generic on buffers whose outputs are each indexed by
/// exactly its parallel loops (so that distinct output elements belong to
/// distinct threads).
static std::optional<LoopPlan> planLoopKernel(linalg::GenericOp op,
                                              int64_t blockSize) {
  if (op.getNumDpsInits() == 0)
    return std::nullopt;
  LoopPlan plan;
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  for (auto [loop, iterator] : llvm::enumerate(iterators))
    if (iterator == utils::IteratorType::reduction)
      plan.reduction.push_back(loop);
  unsigned parallelLoops = iterators.size() - plan.reduction.size();
  for (OpOperand &init : op.getDpsInitsMutable()) {
    AffineMap map = op.getMatchingIndexingMap(&init);
    if (!map.isProjectedPermutation() || map.getNumResults() != parallelLoops)
      return std::nullopt;
    for (AffineExpr result : map.getResults())
      if (iterators[cast<AffineDimExpr>(result).getPosition()] !=
          utils::IteratorType::parallel)
        return std::nullopt;
  }
  for (AffineExpr result :
       op.getMatchingIndexingMap(op.getDpsInitOperand(0)).getResults())
    plan.parallel.push_back(cast<AffineDimExpr>(result).getPosition());

  plan.combiners.resize(op.getNumDpsInits());
  plan.threads = blockSize;
  if (plan.reduction.empty())
    return plan;
  int64_t reduced = 1;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  for (unsigned loop : plan.reduction)
    reduced =
        ShapedType::isDynamic(ranges[loop]) || ShapedType::isDynamic(reduced)
            ? ShapedType::kDynamic
            : reduced * ranges[loop];
  int64_t threads = reductionThreads(reduced, blockSize);
  if ((!ShapedType::isDynamic(reduced) && reduced < kMinBlockReduction) ||
      threads == 1)
    return plan;
  SmallVector<std::optional<Combiner>> combiners;
  for (OpOperand &init : op.getDpsInitsMutable()) {
    combiners.push_back(matchCombiner(op, init));
    if (!combiners.back())
      return plan;
  }
  plan.combiners = std::move(combiners);
  plan.byBlock = true;
  plan.threads = threads;
  return plan;
}

/// Sets `loops[dims[i]]` to the i-th index of `linear` delinearized over
/// the extents of `dims` (the last fastest).
static void delinearizeInto(OpBuilder &builder, Location loc, Value linear,
                            ArrayRef<unsigned> dims,
                            ArrayRef<OpFoldResult> extents,
                            SmallVector<Value> &loops) {
  if (dims.empty())
    return;
  if (dims.size() == 1) {
    loops[dims[0]] = linear;
    return;
  }
  SmallVector<OpFoldResult> basis;
  for (unsigned dim : dims)
    basis.push_back(extents[dim]);
  auto indices =
      affine::AffineDelinearizeIndexOp::create(builder, loc, linear, basis);
  for (auto [dim, index] : llvm::zip(dims, indices.getResults()))
    loops[dim] = index;
}

/// The `gpu.launch` of `plan` for `op`: a grid-stride loop over the output
/// elements (threads, or blocks with `byBlock`), each reducing its
/// reduction loops (in order, or split over the block's threads).
static void emitLoopKernel(IRRewriter &builder, linalg::GenericOp op,
                           const LoopPlan &plan, int64_t blockSize,
                           int64_t maxBlocks) {
  Location loc = op.getLoc();
  auto constant = [&](int64_t value) -> Value {
    return arith::ConstantIndexOp::create(builder, loc, value);
  };
  SmallVector<OpFoldResult> extents = loopExtents(builder, loc, op);
  auto product = [&](ArrayRef<unsigned> loops) {
    Value total = constant(1);
    for (unsigned loop : loops)
      total = arith::MulIOp::create(
          builder, loc, total,
          getValueOrCreateConstantIndexOp(builder, loc, extents[loop]));
    return total;
  };
  Value outputs = product(plan.parallel), reduced = product(plan.reduction);

  Value blocks = plan.byBlock ? outputs
                              : arith::CeilDivUIOp::create(
                                    builder, loc, outputs, constant(blockSize))
                                    .getResult();
  blocks = arith::MinUIOp::create(builder, loc, blocks, constant(maxBlocks));
  blocks = arith::MaxUIOp::create(builder, loc, blocks, constant(1));
  Value one = constant(1);
  auto launch = gpu::LaunchOp::create(builder, loc, blocks, one, one,
                                      constant(plan.threads), one, one);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&launch.getBody().front());
  Value threadId = launch.getThreadIds().x, blockId = launch.getBlockIds().x;
  Value outputBegin = blockId, outputStep = launch.getGridSize().x;
  if (!plan.byBlock) {
    outputBegin = arith::AddIOp::create(
        builder, loc,
        arith::MulIOp::create(builder, loc, blockId, launch.getBlockSize().x),
        threadId);
    outputStep = arith::MulIOp::create(builder, loc, outputStep,
                                       launch.getBlockSize().x);
  }
  auto outputLoop =
      scf::ForOp::create(builder, loc, outputBegin, outputs, outputStep);
  builder.setInsertionPointToStart(outputLoop.getBody());
  SmallVector<Value> loops(op.getNumLoops());
  delinearizeInto(builder, loc, outputLoop.getInductionVar(), plan.parallel,
                  extents, loops);
  // Every output has the same indices: the parallel loops'.
  auto outputIndices = [&](unsigned output) {
    return applyMap(builder, loc,
                    op.getMatchingIndexingMap(op.getDpsInitOperand(output)),
                    loops);
  };
  // Per output: the block's threads start from the neutral value; a thread
  // that walks the reduction in order, from the output's value (not loaded
  // if not read and nothing is carried).
  SmallVector<Value> carried;
  for (auto [output, init] : llvm::enumerate(op.getDpsInitsMutable())) {
    if (plan.byBlock)
      carried.push_back(arith::ConstantOp::create(
          builder, loc, plan.combiners[output]->neutral));
    else if (plan.reduction.empty() &&
             op.getMatchingBlockArgument(&init).use_empty())
      carried.push_back(Value());
    else
      carried.push_back(memref::LoadOp::create(builder, loc, init.get(),
                                               outputIndices(output)));
  }
  // One iteration of the reduction loops (or the only one): the inputs the
  // body reads, loaded at their maps' indices, and the outputs carried.
  auto iteration = [&](ValueRange accumulators) {
    SmallVector<Value> arguments;
    for (OpOperand *input : op.getDpsInputOperands()) {
      Value value = input->get();
      if (op.getMatchingBlockArgument(input).use_empty())
        value = nullptr;
      else if (isa<MemRefType>(value.getType()))
        value = memref::LoadOp::create(
            builder, loc, value,
            applyMap(builder, loc, op.getMatchingIndexingMap(input), loops));
      arguments.push_back(value);
    }
    for (Value accumulator : accumulators)
      arguments.push_back(plan.byBlock ? Value() : accumulator);
    SmallVector<Value> results =
        cloneBody(builder, op, plan.combiners, arguments, loops);
    if (!plan.byBlock)
      return results;
    SmallVector<Value> combined;
    for (auto [combiner, accumulator, element] :
         llvm::zip(plan.combiners, accumulators, results))
      combined.push_back(emitCombine(builder, *combiner, accumulator, element));
    return combined;
  };
  if (plan.reduction.empty()) {
    carried = iteration(carried);
  } else {
    Value reductionBegin = plan.byBlock ? threadId : constant(0);
    Value reductionStep = plan.byBlock ? launch.getBlockSize().x : one;
    auto reductionLoop = scf::ForOp::create(builder, loc, reductionBegin,
                                            reduced, reductionStep, carried);
    OpBuilder::InsertionGuard inner(builder);
    builder.setInsertionPointToStart(reductionLoop.getBody());
    delinearizeInto(builder, loc, reductionLoop.getInductionVar(),
                    plan.reduction, extents, loops);
    scf::YieldOp::create(builder, loc,
                         iteration(reductionLoop.getRegionIterArgs()));
    carried = reductionLoop.getResults();
  }
  if (!plan.byBlock) {
    for (auto [output, value] : llvm::enumerate(carried))
      memref::StoreOp::create(builder, loc, value, op.getDpsInits()[output],
                              outputIndices(output));
  } else {
    // The block's result, combined into the output's initial value by one
    // thread; the barrier keeps the next element's reduction from reusing
    // gpu.all_reduce's shared memory before every thread has read it.
    SmallVector<Value> blockResults;
    for (auto [combiner, accumulator] : llvm::zip(plan.combiners, carried))
      blockResults.push_back(
          gpu::AllReduceOp::create(
              builder, loc, accumulator,
              gpu::AllReduceOperationAttr::get(builder.getContext(),
                                               combiner->blockReduction),
              builder.getUnitAttr())
              .getResult());
    Value leader = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::eq,
                                         threadId, constant(0));
    auto ifLeader = scf::IfOp::create(builder, loc, leader);
    {
      OpBuilder::InsertionGuard inLeader(builder);
      builder.setInsertionPointToStart(&ifLeader.getThenRegion().front());
      for (auto [output, combiner, blockResult] :
           llvm::enumerate(plan.combiners, blockResults)) {
        Value buffer = op.getDpsInits()[output];
        SmallVector<Value> indices = outputIndices(output);
        Value initial = memref::LoadOp::create(builder, loc, buffer, indices);
        memref::StoreOp::create(
            builder, loc, emitCombine(builder, *combiner, initial, blockResult),
            buffer, indices);
      }
    }
    gpu::BarrierOp::create(builder, loc);
  }
  builder.setInsertionPointToEnd(&launch.getBody().front());
  gpu::TerminatorOp::create(builder, loc);
}

/// Whether `buffer`, or a view of it, is used in a kernel or leaves the
/// host code that only loads, stores, copies or frees it.
static bool needsDeviceReach(Value buffer) {
  SmallVector<Value> worklist{buffer};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (user->getParentOfType<gpu::LaunchOp>())
        return true;
      if (isa<ViewLikeOpInterface>(user)) {
        llvm::append_range(worklist, user->getResults());
        continue;
      }
      if (!isa<memref::LoadOp, memref::StoreOp, memref::DimOp,
               memref::DeallocOp, memref::CopyOp, gpu::MemcpyOp,
               linalg::LinalgOp>(user))
        return true;
    }
  }
  return false;
}

/// The allocation a buffer views, if any.
static Operation *rootAllocation(Value buffer) {
  return altgrad::viewedBuffer(buffer).getDefiningOp();
}

namespace {
struct ConvertLinalgToGPUKernelsPass
    : altgrad::impl::ConvertLinalgToGPUKernelsBase<
          ConvertLinalgToGPUKernelsPass> {
  using Base::Base;
  // Option values are checked when the pipeline is parsed, before any IR is
  // touched.
  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    if (failed(Base::initializeOptions(options, errorHandler)))
      return failure();
    if (blockSize < 1 || blockSize > 1024)
      return errorHandler("block-size must be in [1, 1024], got " +
                          Twine(static_cast<int64_t>(blockSize)));
    if (maxBlocks < 1)
      return errorHandler("max-blocks must be at least 1, got " +
                          Twine(static_cast<int64_t>(maxBlocks)));
    if (vectorWidth < 1)
      return errorHandler("vector-width must be at least 1, got " +
                          Twine(static_cast<int64_t>(vectorWidth)));
    return success();
  }

  /// Replaces `op` with its kernel, or fails with an error.
  LogicalResult convert(linalg::GenericOp op) {
    IRRewriter builder(op);
    if (std::optional<KernelPlan> plan = planKernel(op)) {
      KernelEmitter(op, *plan, vectorWidth).emit(builder, blockSize, maxBlocks);
    } else if (std::optional<LoopPlan> plan = planLoopKernel(op, blockSize)) {
      emitLoopKernel(builder, op, *plan, blockSize, maxBlocks);
    } else {
      return op.emitOpError(
          "has an output not indexed by exactly its parallel loops; no GPU "
          "kernel computes it");
    }
    op.erase();
    return success();
  }

  void runOnOperation() override {
    func::FuncOp function = getOperation();
    auto onHost = [](Operation *op) {
      return !op->getParentOfType<gpu::LaunchOp>();
    };
    // Generics first: a reduction's kernel takes over the linalg.fill that
    // initializes its 0-d result.
    SmallVector<linalg::GenericOp> generics;
    function.walk([&](linalg::GenericOp op) {
      if (op.hasPureBufferSemantics() && onHost(op))
        generics.push_back(op);
    });
    for (linalg::GenericOp op : generics)
      if (failed(convert(op)))
        return signalPassFailure();
    // Then named ops (the contractions a library call takes are gone by
    // now) and copies, as the generics they are.
    SmallVector<Operation *> others;
    function.walk([&](Operation *op) {
      auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
      if (((linalgOp && linalgOp.hasPureBufferSemantics()) ||
           isa<memref::CopyOp>(op)) &&
          onHost(op))
        others.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : others) {
      rewriter.setInsertionPoint(op);
      linalg::GenericOp generic;
      if (auto copy = dyn_cast<memref::CopyOp>(op)) {
        generic = linalg::makeMemRefCopyOp(rewriter, copy.getLoc(),
                                           copy.getSource(), copy.getTarget());
        rewriter.eraseOp(copy);
      } else {
        FailureOr<linalg::GenericOp> generalized =
            linalg::generalizeNamedOp(rewriter, cast<linalg::LinalgOp>(op));
        if (failed(generalized)) {
          op->emitOpError("has no linalg.generic form; no GPU kernel "
                          "computes it");
          return signalPassFailure();
        }
        generic = *generalized;
      }
      if (failed(convert(generic)))
        return signalPassFailure();
    }
    altgrad::convertLoopNestsToKernels(function, blockSize, maxBlocks,
                                       scatterAtomics);
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
        // Buffers only host code touches (a reduction's result, say) stay
        // in host memory, where host access costs no page migration.
        if (!needsDeviceReach(alloc))
          return;
        rewriter.replaceOpWithNewOp<gpu::AllocOp>(
            alloc, alloc.getType(), /*asyncToken=*/Type(), ValueRange(),
            alloc.getDynamicSizes(), alloc.getSymbolOperands(),
            /*hostShared=*/true);
      } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        if (isa_and_nonnull<memref::AllocOp>(
                rootAllocation(dealloc.getMemref())))
          return;
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
