//===- LinalgToBlasLt.cpp - Contractions as cuBLASLt GEMMs ----------------===//

#include "altgrad/Conversion/Passes.h"
#include "altgrad/Conversion/Utils/InitializingFill.h"
#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"
#include "altgrad/Runtime/Gemm.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/APFloat.h"

namespace altgrad {
#define GEN_PASS_DEF_QUANTIZEDCONTRACTIONSTOCODES
#define GEN_PASS_DEF_CONVERTLINALGTOBLASLT
#include "altgrad/Conversion/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

namespace {
/// The loops of a GEMM: at most one batch loop and one M, N and K loop each,
/// nothing else, and operands indexed by exactly their own loops (A by
/// batch, M, K; B by batch, K, N; the result by batch, M, N), each loop at
/// one position.
struct GemmLoops {
  std::optional<unsigned> batch;
  unsigned m, n, k;

  /// The position of loop `dim` among the indices of `map`'s operand.
  static unsigned position(AffineMap map, unsigned dim) {
    return *map.getResultPosition(getAffineDimExpr(dim, map.getContext()));
  }
};
} // namespace

static std::optional<GemmLoops> matchGemmLoops(linalg::LinalgOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1)
    return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->batch.size() > 1 || dims->m.size() != 1 ||
      dims->n.size() != 1 || dims->k.size() != 1 ||
      op.getNumLoops() != dims->batch.size() + 3)
    return std::nullopt;
  GemmLoops loops{dims->batch.empty() ? std::nullopt
                                      : std::optional(dims->batch[0]),
                  dims->m[0], dims->n[0], dims->k[0]};
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  unsigned own[3][2] = {
      {loops.m, loops.k}, {loops.k, loops.n}, {loops.m, loops.n}};
  for (auto [map, dims] : llvm::zip(maps, own)) {
    unsigned rank = loops.batch ? 3 : 2;
    if (!map.isProjectedPermutation() || map.getNumResults() != rank)
      return std::nullopt;
    for (unsigned dim : dims)
      if (!map.getResultPosition(getAffineDimExpr(dim, op.getContext())))
        return std::nullopt;
  }
  return loops;
}

//===----------------------------------------------------------------------===//
// altgrad-quantized-contractions-to-codes
//===----------------------------------------------------------------------===//

/// The builtin FP8 type that Hopper's tensor cores multiply with the
/// semantics of `format`, if any.
static FloatType getTensorCoreFp8Type(MLIRContext *context,
                                      const altgrad::Format &format) {
  for (FloatType type : {FloatType(Float8E4M3FNType::get(context)),
                         FloatType(Float8E5M2Type::get(context))})
    if (altgrad::getFormat(type) == format)
      return type;
  return nullptr;
}

/// Whether every value of `format` is a bf16 number: no more significant
/// bits than bf16 has, and neither beyond its largest value nor finer than
/// its smallest subnormal.
static bool isExactInBF16(const altgrad::Format &format) {
  const llvm::fltSemantics &bf16 = llvm::APFloat::BFloat();
  return format.mantissaBits() + 1 <= llvm::APFloat::semanticsPrecision(bf16) &&
         format.largestFinite() <=
             llvm::APFloat::getLargest(bf16).convertToDouble() &&
         format.smallestSubnormal() >=
             llvm::APFloat::getSmallest(bf16).convertToDouble();
}

namespace {
/// One operand of a quantized contraction: the element `extf(code) *
/// scale` of a tensor of codes (or of their exact bf16 values).
struct CodeOperand {
  Value codes, scale;
  AffineMap map;
};
} // namespace

/// The codes of `fake`'s input, of element type `type`, with loop `k` moved
/// to the innermost position when `kInnermost` (`map` indexes the operand).
static CodeOperand quantizeOperand(OpBuilder &builder, Location loc,
                                   altgrad::FakeQuantizeOp fake, Type type,
                                   AffineMap map, unsigned k, bool kInnermost) {
  auto inputType = cast<RankedTensorType>(fake.getInput().getType());
  unsigned rank = inputType.getRank();
  unsigned kPosition = GemmLoops::position(map, k);
  if (!kInnermost || kPosition == rank - 1) {
    Value codes = altgrad::QuantizeOp::create(
        builder, loc, inputType.clone(type), fake.getInput(), fake.getScale(),
        fake.getOverflow());
    return {codes, fake.getScale(), map};
  }
  // Position p of the codes holds position order[p] of the input.
  SmallVector<int64_t> order;
  for (unsigned p = 0; p < rank; ++p)
    if (p != kPosition)
      order.push_back(p);
  order.push_back(kPosition);
  SmallVector<int64_t> shape;
  SmallVector<AffineExpr> read(rank), results;
  for (auto [p, from] : llvm::enumerate(order)) {
    shape.push_back(inputType.getDimSize(from));
    read[from] = builder.getAffineDimExpr(p);
    results.push_back(map.getResult(from));
  }
  Value empty = tensor::EmptyOp::create(builder, loc, shape, type);
  auto transposed = linalg::GenericOp::create(
      builder, loc, empty.getType(), ValueRange{fake.getInput()},
      ValueRange{empty},
      ArrayRef<AffineMap>{AffineMap::get(rank, 0, read, builder.getContext()),
                          builder.getMultiDimIdentityMap(rank)},
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value code =
            altgrad::QuantizeOp::create(nested, nestedLoc, type, args[0],
                                        fake.getScale(), fake.getOverflow());
        linalg::YieldOp::create(nested, nestedLoc, code);
      });
  return {transposed.getResult(0), fake.getScale(),
          AffineMap::get(map.getNumDims(), 0, results, builder.getContext())};
}

/// The exact bf16 values of the codes of `fake`'s input.
static CodeOperand bf16Operand(OpBuilder &builder, Location loc,
                               altgrad::FakeQuantizeOp fake, AffineMap map) {
  auto inputType = cast<RankedTensorType>(fake.getInput().getType());
  Value codes = altgrad::QuantizeOp::create(
      builder, loc, inputType.clone(fake.getFormat()), fake.getInput(),
      fake.getScale(), fake.getOverflow());
  Value one =
      arith::ConstantOp::create(builder, loc, builder.getF32FloatAttr(1));
  Value values = altgrad::DequantizeOp::create(
      builder, loc, inputType.clone(builder.getBF16Type()), codes, one);
  return {values, fake.getScale(), map};
}

/// Rewrites `op` if both its operands are fake-quantized (see the pass's
/// description).
static void rewriteQuantizedContraction(linalg::LinalgOp op,
                                        bool fp8TensorCores) {
  std::optional<GemmLoops> loops = matchGemmLoops(op);
  if (!loops || !op.hasPureTensorSemantics() ||
      !linalg::isaContractionOpInterface(op) ||
      !llvm::all_of(op->getOperandTypes(), [](Type type) {
        return cast<ShapedType>(type).getElementType().isF32();
      }))
    return;
  SmallVector<altgrad::FakeQuantizeOp, 2> fakes;
  SmallVector<altgrad::Format, 2> formats;
  for (Value input : op.getDpsInputs()) {
    auto fake = input.getDefiningOp<altgrad::FakeQuantizeOp>();
    // Codes rounded to nearest only: the codes here are quantized anew.
    if (!fake || fake.getRounding() != altgrad::RoundingMode::nearest_even)
      return;
    fakes.push_back(fake);
    formats.push_back(*altgrad::getFormat(fake.getFormat()));
  }
  MLIRContext *context = op.getContext();
  FloatType fp8[2] = {getTensorCoreFp8Type(context, formats[0]),
                      getTensorCoreFp8Type(context, formats[1])};
  SmallVector<int64_t> extents = op.getStaticLoopRanges();
  auto multipleOf16 = [&](unsigned loop) {
    return !ShapedType::isDynamic(extents[loop]) && extents[loop] % 16 == 0;
  };
  bool useFp8 =
      fp8TensorCores && fp8[0] && fp8[1] &&
      !(isa<Float8E5M2Type>(fp8[0]) && isa<Float8E5M2Type>(fp8[1])) &&
      multipleOf16(loops->m) && multipleOf16(loops->n) &&
      multipleOf16(loops->k) &&
      llvm::all_of(fakes, [](altgrad::FakeQuantizeOp fake) {
        return cast<RankedTensorType>(fake.getType()).hasStaticShape();
      });
  if (!useFp8 && !(isExactInBF16(formats[0]) && isExactInBF16(formats[1])))
    return;

  OpBuilder builder(op);
  Location loc = op.getLoc();
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  SmallVector<CodeOperand, 2> operands;
  for (unsigned i = 0; i < 2; ++i)
    operands.push_back(useFp8 ? quantizeOperand(builder, loc, fakes[i], fp8[i],
                                                maps[i], loops->k,
                                                /*kInnermost=*/true)
                              : bf16Operand(builder, loc, fakes[i], maps[i]));
  auto contraction = linalg::GenericOp::create(
      builder, loc, op->getResultTypes(),
      ValueRange{operands[0].codes, operands[1].codes}, op.getDpsInits(),
      ArrayRef<AffineMap>{operands[0].map, operands[1].map, maps[2]},
      op.getIteratorTypesArray(),
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Type f32 = nested.getF32Type();
        Value factors[2];
        for (unsigned i = 0; i < 2; ++i)
          factors[i] = arith::MulFOp::create(
              nested, nestedLoc,
              arith::ExtFOp::create(nested, nestedLoc, f32, args[i]),
              operands[i].scale);
        Value product =
            arith::MulFOp::create(nested, nestedLoc, factors[0], factors[1]);
        linalg::YieldOp::create(nested, nestedLoc,
                                ValueRange{arith::AddFOp::create(
                                    nested, nestedLoc, args[2], product)});
      });
  op->replaceAllUsesWith(contraction->getResults());
  op->erase();
  for (altgrad::FakeQuantizeOp fake : fakes)
    if (fake->use_empty())
      fake->erase();
}

namespace {
struct QuantizedContractionsToCodesPass
    : altgrad::impl::QuantizedContractionsToCodesBase<
          QuantizedContractionsToCodesPass> {
  using Base::Base;
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> contractions;
    getOperation().walk(
        [&](linalg::LinalgOp op) { contractions.push_back(op); });
    for (linalg::LinalgOp op : contractions)
      rewriteQuantizedContraction(op, fp8TensorCores);
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// convert-linalg-to-blaslt
//===----------------------------------------------------------------------===//

namespace {
/// An operand's element as the body uses it: its block argument, optionally
/// extended, optionally times a scale defined outside the op.
struct Factor {
  BlockArgument argument;
  Value scale;
};
} // namespace

static std::optional<Factor> matchFactor(linalg::LinalgOp op, Value value) {
  Region &body = op->getRegion(0);
  Value scale;
  if (auto mul = value.getDefiningOp<arith::MulFOp>()) {
    for (unsigned i = 0; i < 2 && !scale; ++i)
      if (!body.isAncestor(mul->getOperand(i).getParentRegion()) &&
          mul->getOperand(i).getType().isF32()) {
        scale = mul->getOperand(i);
        value = mul->getOperand(1 - i);
      }
    if (!scale)
      return std::nullopt;
  }
  if (auto ext = value.getDefiningOp<arith::ExtFOp>())
    value = ext.getIn();
  auto argument = dyn_cast<BlockArgument>(value);
  if (!argument || argument.getOwner() != &body.front() ||
      argument.getArgNumber() >= 2)
    return std::nullopt;
  return Factor{argument, scale};
}

/// `acc + x * y` with `x`, `y` factors of the two inputs, optionally in a
/// wider type than the accumulator's (extended, then rounded back): the
/// scales of A and B (null where absent), in that order.
static std::optional<std::pair<Value, Value>>
matchMultiplyAdd(linalg::LinalgOp op) {
  Block &body = op->getRegion(0).front();
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  Value sum = yield.getValues()[0];
  if (auto trunc = sum.getDefiningOp<arith::TruncFOp>())
    sum = trunc.getIn();
  auto add = sum.getDefiningOp<arith::AddFOp>();
  if (!add)
    return std::nullopt;
  auto isAccumulator = [&](Value value) {
    if (auto ext = value.getDefiningOp<arith::ExtFOp>())
      value = ext.getIn();
    return value == body.getArgument(2);
  };
  if (isAccumulator(add.getLhs()) == isAccumulator(add.getRhs()))
    return std::nullopt;
  Value term = isAccumulator(add.getLhs()) ? add.getRhs() : add.getLhs();
  auto mul = term.getDefiningOp<arith::MulFOp>();
  if (!mul)
    return std::nullopt;
  std::optional<Factor> x = matchFactor(op, mul.getLhs());
  std::optional<Factor> y = matchFactor(op, mul.getRhs());
  if (!x || !y || x->argument == y->argument)
    return std::nullopt;
  if (x->argument.getArgNumber() == 1)
    std::swap(x, y);
  return std::make_pair(x->scale, y->scale);
}

static std::optional<altgrad::gemm::ElementType> getGemmType(Type type) {
  if (type.isF32())
    return altgrad::gemm::kF32;
  if (type.isF16())
    return altgrad::gemm::kF16;
  if (type.isBF16())
    return altgrad::gemm::kBF16;
  if (isa<Float8E4M3FNType>(type))
    return altgrad::gemm::kF8E4M3FN;
  if (isa<Float8E5M2Type>(type))
    return altgrad::gemm::kF8E5M2;
  return std::nullopt;
}

/// Whether cuBLASLt multiplies A and B of these types into C of that type.
static bool isSupportedGemm(altgrad::gemm::ElementType a,
                            altgrad::gemm::ElementType b,
                            altgrad::gemm::ElementType c) {
  using namespace altgrad::gemm;
  auto isFp8 = [](ElementType type) {
    return type == kF8E4M3FN || type == kF8E5M2;
  };
  if (isFp8(a) && isFp8(b))
    return !(a == kF8E5M2 && b == kF8E5M2) && c != kF8E4M3FN && c != kF8E5M2;
  return a == b && !isFp8(a) && (c == a || c == kF32);
}

namespace {
/// A GEMM operand on buffers: its type code, and the positions of its
/// batch index (if any) and of its two matrix indices (rows, columns of the
/// row-major A[m][k], B[k][n] or C[m][n]).
struct GemmOperand {
  Value buffer;
  altgrad::gemm::ElementType type;
  std::optional<unsigned> batch;
  unsigned row, column;
};
} // namespace

/// The operand of `op` at `number` if its layout has a static unit stride
/// along one of its matrix indices (along `k` for FP8 codes).
static std::optional<GemmOperand>
matchGemmOperand(linalg::LinalgOp op, const GemmLoops &loops, unsigned number,
                 unsigned rowLoop, unsigned columnLoop) {
  Value buffer = op->getOperand(number);
  auto type = cast<MemRefType>(buffer.getType());
  std::optional<altgrad::gemm::ElementType> code =
      getGemmType(type.getElementType());
  SmallVector<int64_t> strides;
  int64_t offset;
  if (!code || failed(type.getStridesAndOffset(strides, offset)))
    return std::nullopt;
  AffineMap map = op.getIndexingMapsArray()[number];
  GemmOperand operand{buffer, *code, std::nullopt,
                      GemmLoops::position(map, rowLoop),
                      GemmLoops::position(map, columnLoop)};
  if (loops.batch)
    operand.batch = GemmLoops::position(map, *loops.batch);
  bool rowUnit = strides[operand.row] == 1;
  bool columnUnit = strides[operand.column] == 1;
  if (*code == altgrad::gemm::kF8E4M3FN || *code == altgrad::gemm::kF8E5M2) {
    // Contiguous along K: A's columns, B's rows.
    if (!(rowLoop == loops.k ? rowUnit : columnUnit))
      return std::nullopt;
  } else if (!rowUnit && !columnUnit) {
    return std::nullopt;
  }
  return operand;
}

namespace {
struct ConvertLinalgToBlasLtPass
    : altgrad::impl::ConvertLinalgToBlasLtBase<ConvertLinalgToBlasLtPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> contractions;
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op.hasPureBufferSemantics() && !op->getParentOfType<gpu::LaunchOp>())
        contractions.push_back(op);
    });
    for (linalg::LinalgOp op : contractions)
      convert(op);
  }

  void convert(linalg::LinalgOp op);
  /// The runtime's entry point, declared once.
  func::FuncOp getEntryPoint();
};
} // namespace

func::FuncOp ConvertLinalgToBlasLtPass::getEntryPoint() {
  ModuleOp module = getOperation();
  if (auto existing =
          module.lookupSymbol<func::FuncOp>(altgrad::gemm::kEntryPoint))
    return existing;
  Builder builder(module.getContext());
  Type index = builder.getIndexType(), i32 = builder.getI32Type();
  SmallVector<Type> arguments(4, index);
  for (int i = 0; i < 3; ++i)
    arguments.append({index, i32, index, index, index});
  arguments.append({builder.getF32Type(), index, index, index, i32, index});
  OpBuilder atEnd = OpBuilder::atBlockEnd(module.getBody());
  auto entry =
      func::FuncOp::create(atEnd, module.getLoc(), altgrad::gemm::kEntryPoint,
                           builder.getFunctionType(arguments, {}));
  entry.setPrivate();
  return entry;
}

void ConvertLinalgToBlasLtPass::convert(linalg::LinalgOp op) {
  std::optional<GemmLoops> loops = matchGemmLoops(op);
  if (!loops)
    return;
  std::optional<std::pair<Value, Value>> scales = matchMultiplyAdd(op);
  std::optional<GemmOperand> a = matchGemmOperand(op, *loops, 0, loops->m,
                                                  loops->k),
                             b = matchGemmOperand(op, *loops, 1, loops->k,
                                                  loops->n),
                             c = matchGemmOperand(op, *loops, 2, loops->m,
                                                  loops->n);
  if (!scales || !a || !b || !c || !isSupportedGemm(a->type, b->type, c->type))
    return;

  int32_t flags = (tf32 ? altgrad::gemm::kTF32 : 0) |
                  (enqueue ? altgrad::gemm::kEnqueue : 0);
  // A fill of +0 is cuBLASLt's beta = 0.
  linalg::FillOp fill = altgrad::findInitializingFill(op, c->buffer);
  if (fill && matchPattern(fill.value(), m_PosZeroFloat()))
    fill.erase();
  else
    flags |= altgrad::gemm::kAccumulate;

  OpBuilder builder(op);
  Location loc = op.getLoc();
  auto index = [&](int64_t value) -> Value {
    return arith::ConstantIndexOp::create(builder, loc, value);
  };
  auto i32 = [&](int64_t value) -> Value {
    return arith::ConstantIntOp::create(builder, loc, value, 32);
  };
  // Per operand: address, type, batch stride, row stride, column stride;
  // and the extents of the rows and columns.
  SmallVector<Value> arguments(4);
  Value extents[3][2];
  GemmOperand operands[] = {*a, *b, *c};
  for (auto [i, operand] : llvm::enumerate(operands)) {
    auto metadata =
        memref::ExtractStridedMetadataOp::create(builder, loc, operand.buffer);
    Value pointer = memref::ExtractAlignedPointerAsIndexOp::create(
        builder, loc, operand.buffer);
    int64_t bytes =
        cast<MemRefType>(operand.buffer.getType()).getElementTypeBitWidth() / 8;
    Value address = arith::AddIOp::create(
        builder, loc, pointer,
        arith::MulIOp::create(builder, loc, metadata.getOffset(),
                              index(bytes)));
    arguments.append(
        {address, i32(operand.type),
         operand.batch ? metadata.getStrides()[*operand.batch] : index(0),
         metadata.getStrides()[operand.row],
         metadata.getStrides()[operand.column]});
    extents[i][0] = metadata.getSizes()[operand.row];
    extents[i][1] = metadata.getSizes()[operand.column];
    if (i == 0)
      arguments[0] =
          operand.batch ? metadata.getSizes()[*operand.batch] : index(1);
  }
  arguments[1] = extents[0][0]; // m
  arguments[2] = extents[1][1]; // n
  arguments[3] = extents[0][1]; // k
  // Alpha: the product of the scales, one f32 multiplication.
  Value alpha;
  for (Value scale : {scales->first, scales->second})
    if (scale)
      alpha =
          alpha ? arith::MulFOp::create(builder, loc, alpha, scale).getResult()
                : scale;
  if (!alpha)
    alpha = arith::ConstantOp::create(builder, loc, builder.getF32FloatAttr(1));
  arguments.append({alpha, index(0), index(0), index(0), i32(flags), index(0)});
  auto call = func::CallOp::create(builder, loc, getEntryPoint(), arguments);
  if (enqueue)
    call->setAttr(altgrad::kGpuStreamOrderedAttrName, builder.getUnitAttr());
  op->erase();
}
