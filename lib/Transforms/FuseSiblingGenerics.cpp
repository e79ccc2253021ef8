//===- FuseSiblingGenerics.cpp - One pass over a shared input -------------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"

namespace altgrad {
#define GEN_PASS_DEF_FUSESIBLINGGENERICS
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

/// Inputs read at the iteration's own index; outputs stored there or
/// reduced into a 0-d tensor.
static bool isFusible(linalg::GenericOp op) {
  if (!op.hasPureTensorSemantics())
    return false;
  for (OpOperand *input : op.getDpsInputOperands())
    if (!op.getMatchingIndexingMap(input).isIdentity())
      return false;
  for (OpOperand &init : op.getDpsInitsMutable()) {
    AffineMap map = op.getMatchingIndexingMap(&init);
    if (!map.isIdentity() && map.getNumResults() != 0)
      return false;
  }
  return true;
}

/// Whether `first` and `second` read a common input through identity maps,
/// so they iterate over the same space.
static bool shareInput(linalg::GenericOp first, linalg::GenericOp second) {
  return first.getNumLoops() == second.getNumLoops() &&
         llvm::any_of(first.getDpsInputs(), [&](Value input) {
           return llvm::is_contained(second.getDpsInputs(), input);
         });
}

/// Whether `first` can move down to `second`: `second` does not use its
/// results and everything that does comes after `second`.
static bool canMoveDown(linalg::GenericOp first, linalg::GenericOp second,
                        DominanceInfo &dominance) {
  for (Value result : first->getResults())
    for (Operation *user : result.getUsers())
      if (user == second ||
          !dominance.properlyDominates(second, user, /*enclosingOpOk=*/false))
        return false;
  return true;
}

/// Whether `op`'s operands can be made available above `point` by moving up
/// the side-effect-free ops of its block that compute them (collected in
/// `toMove`, producers first). bufferization.to_tensor reads memory where
/// it stands and never moves.
static bool canHoistOperands(Operation *op, Operation *point,
                             DominanceInfo &dominance,
                             llvm::SetVector<Operation *> &toMove) {
  // Bodies may use values from above, like a scale.
  llvm::SetVector<Value> needed(op->operand_begin(), op->operand_end());
  getUsedValuesDefinedAbove(op->getRegions(), needed);
  for (Value operand : needed) {
    if (dominance.properlyDominates(operand, point))
      continue;
    Operation *producer = operand.getDefiningOp();
    // Each producer is looked at once: the ops between two siblings form a
    // DAG, which a walk of every path would take exponential time over.
    if (producer && toMove.contains(producer))
      continue;
    if (!producer || producer == point ||
        producer->getBlock() != point->getBlock() ||
        !isMemoryEffectFree(producer) ||
        isa<bufferization::ToTensorOp>(producer) ||
        (producer->getNumRegions() != 0 && !isa<linalg::LinalgOp>(producer)) ||
        !canHoistOperands(producer, point, dominance, toMove))
      return false;
    toMove.insert(producer);
  }
  return true;
}

/// One generic with the inputs of both (common ones once), the outputs of
/// both and both bodies, before `place`.
static linalg::GenericOp fuse(linalg::GenericOp first, linalg::GenericOp second,
                              Operation *place, RewriterBase &rewriter) {
  SmallVector<Value> inputs(first.getDpsInputs());
  for (Value input : second.getDpsInputs())
    if (!llvm::is_contained(inputs, input))
      inputs.push_back(input);
  SmallVector<Value> inits(first.getDpsInits());
  llvm::append_range(inits, second.getDpsInits());

  unsigned loops = first.getNumLoops();
  MLIRContext *context = rewriter.getContext();
  SmallVector<AffineMap> maps(
      inputs.size(), AffineMap::getMultiDimIdentityMap(loops, context));
  for (linalg::GenericOp op : {first, second})
    for (OpOperand &init : op.getDpsInitsMutable())
      maps.push_back(op.getMatchingIndexingMap(&init));
  SmallVector<utils::IteratorType> iterators;
  for (auto [a, b] :
       llvm::zip(first.getIteratorTypesArray(), second.getIteratorTypesArray()))
    iterators.push_back(a == utils::IteratorType::reduction ? a : b);

  SmallVector<Type> resultTypes(first->getResultTypes());
  llvm::append_range(resultTypes, second->getResultTypes());
  rewriter.setInsertionPoint(place);
  auto fused = linalg::GenericOp::create(
      rewriter, second.getLoc(), resultTypes, inputs, inits, maps, iterators,
      [&](OpBuilder &builder, Location loc, ValueRange arguments) {
        IRMapping mapping;
        auto mapArguments = [&](linalg::GenericOp op, unsigned initsBefore) {
          for (OpOperand *input : op.getDpsInputOperands())
            mapping.map(
                op.getMatchingBlockArgument(input),
                arguments[llvm::find(inputs, input->get()) - inputs.begin()]);
          for (OpOperand &init : op.getDpsInitsMutable())
            mapping.map(
                op.getMatchingBlockArgument(&init),
                arguments[inputs.size() + initsBefore +
                          init.getOperandNumber() - op.getNumDpsInputs()]);
        };
        mapArguments(first, 0);
        mapArguments(second, first.getNumDpsInits());
        SmallVector<Value> yielded;
        for (linalg::GenericOp op : {first, second}) {
          for (Operation &nested : op.getBody()->without_terminator())
            builder.clone(nested, mapping);
          for (Value value : op.getBody()->getTerminator()->getOperands())
            yielded.push_back(mapping.lookupOrDefault(value));
        }
        linalg::YieldOp::create(builder, loc, yielded);
      });
  // Counted before `first` is erased.
  unsigned firstResults = first->getNumResults();
  rewriter.replaceOp(first, fused->getResults().take_front(firstResults));
  rewriter.replaceOp(second, fused->getResults().drop_front(firstResults));
  return fused;
}

/// The generics read so far in a block, by the values they read: the
/// candidates to fuse with a later generic reading one of them, so that a
/// block of n generics costs about n lookups, not n^2 pairs.
using Readers = DenseMap<Value, SmallVector<linalg::GenericOp>>;

/// The operands of `first` and `second` fused: the common inputs once.
static unsigned fusedOperandCount(linalg::GenericOp first,
                                  linalg::GenericOp second) {
  unsigned count = first->getNumOperands() + second.getNumDpsInits();
  for (Value input : second.getDpsInputs())
    if (!llvm::is_contained(first.getDpsInputs(), input))
      ++count;
  return count;
}

/// `second` fused with the earliest generic before it that reads one of
/// its inputs and can be fused with it into at most `maxOperands` operands,
/// or null when there is none.
static linalg::GenericOp fuseWithEarlier(linalg::GenericOp second,
                                         Readers &readers, unsigned maxOperands,
                                         RewriterBase &rewriter) {
  llvm::SetVector<Operation *> candidates;
  for (Value input : second.getDpsInputs()) {
    auto found = readers.find(input);
    if (found != readers.end())
      for (linalg::GenericOp reader : found->second)
        if (reader->isBeforeInBlock(second))
          candidates.insert(reader);
  }
  if (candidates.empty())
    return nullptr;
  SmallVector<Operation *> ordered(candidates.begin(), candidates.end());
  llvm::sort(ordered,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  // Made for each attempt: fusion erases ops (and their regions) that an
  // earlier one may have cached.
  DominanceInfo dominance(second->getParentOp());
  for (Operation *candidate : ordered) {
    auto first = cast<linalg::GenericOp>(candidate);
    if (!shareInput(first, second) ||
        fusedOperandCount(first, second) > maxOperands)
      continue;
    // Where the later one is, or else where the earlier one is, with what
    // the later one needs moved up.
    llvm::SetVector<Operation *> toMove;
    Operation *place = second;
    if (!canMoveDown(first, second, dominance)) {
      if (!canHoistOperands(second, first, dominance, toMove))
        continue;
      place = first;
    }
    for (Operation *producer : toMove)
      rewriter.moveOpBefore(producer, first);
    for (Value input : first.getDpsInputs())
      llvm::erase(readers[input], first);
    return fuse(first, second, place, rewriter);
  }
  return nullptr;
}

namespace {
struct FuseSiblingGenericsPass
    : altgrad::impl::FuseSiblingGenericsBase<FuseSiblingGenericsPass> {
  using FuseSiblingGenericsBase::FuseSiblingGenericsBase;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    // Sweeps until nothing fuses: a generic fused at the place of an
    // earlier one may fuse with generics between the two in the next.
    bool changed = true;
    while (changed) {
      changed = false;
      getOperation().walk([&](Block *block) {
        Readers readers;
        for (Operation *op = block->empty() ? nullptr : &block->front(); op;) {
          // Fusion erases `op` and inserts before it; what follows stays.
          Operation *next = op->getNextNode();
          auto generic = dyn_cast<linalg::GenericOp>(op);
          if (generic && isFusible(generic)) {
            while (linalg::GenericOp fused = fuseWithEarlier(
                       generic, readers, maxOperands, rewriter)) {
              generic = fused;
              changed = true;
            }
            for (Value input : generic.getDpsInputs()) {
              SmallVector<linalg::GenericOp> &list = readers[input];
              if (list.empty() || list.back() != generic)
                list.push_back(generic);
            }
          }
          op = next;
        }
      });
    }
  }
};
} // namespace
