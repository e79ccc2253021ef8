//===- AltGradToArith.cpp - Lower altgrad to upstream dialects ------------===//

#include "altgrad/Conversion/AltGradToArith/AltGradToArith.h"

#include "altgrad/Conversion/AltGradToArith/FormatCodegen.h"
#include "altgrad/Conversion/Passes.h"
#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Patterns.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <limits>
#include <numeric>

namespace altgrad {
#define GEN_PASS_DEF_CONVERTALTGRADTOARITH
#include "altgrad/Conversion/Passes.h.inc"
} // namespace altgrad

using namespace mlir;
using namespace altgrad;

/// The empty-slot marker of lowered history records: amax values are never
/// negative.
static constexpr float kEmptyRecord = -1.0f;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

AltGradTypeConverter::AltGradTypeConverter() {
  // Any other type stays, unless an altgrad type hides in it (a tuple, an
  // LLVM struct): those this conversion cannot rewrite, so it fails rather
  // than leave the altgrad type behind.
  addConversion([](Type type) -> Type {
    bool hidesAltGrad = type.walk([](Type inner) {
                              return isa<AltGradDialect>(inner.getDialect())
                                         ? WalkResult::interrupt()
                                         : WalkResult::advance();
                            })
                            .wasInterrupted();
    return hidesAltGrad ? Type() : type;
  });
  addConversion([](FormatType type) -> Type {
    return IntegerType::get(type.getContext(), 8);
  });
  // Containers convert their element, which must become one type: a
  // history (two values) cannot be a tensor, vector or memref element, and a
  // null type makes the conversion fail instead of building a broken type.
  auto convertElement = [this](Type element) -> Type {
    SmallVector<Type, 1> converted;
    if (failed(convertType(element, converted)) || converted.size() != 1)
      return nullptr;
    return converted.front();
  };
  addConversion([convertElement](RankedTensorType type) -> Type {
    Type element = convertElement(type.getElementType());
    return element ? type.clone(element) : nullptr;
  });
  addConversion([convertElement](UnrankedTensorType type) -> Type {
    Type element = convertElement(type.getElementType());
    return element ? UnrankedTensorType::get(element) : nullptr;
  });
  addConversion([convertElement](VectorType type) -> Type {
    Type element = convertElement(type.getElementType());
    return element ? type.clone(element) : nullptr;
  });
  addConversion([convertElement](MemRefType type) -> Type {
    Type element = convertElement(type.getElementType());
    return element ? MemRefType::get(type.getShape(), element, type.getLayout(),
                                     type.getMemorySpace())
                   : nullptr;
  });
  addConversion([convertElement](UnrankedMemRefType type) -> Type {
    Type element = convertElement(type.getElementType());
    return element ? UnrankedMemRefType::get(element, type.getMemorySpace())
                   : nullptr;
  });
  // Function values (func.constant, func.call_indirect) carry signatures.
  addConversion([this](FunctionType type) -> Type {
    SmallVector<Type> inputs, results;
    if (failed(convertTypes(type.getInputs(), inputs)) ||
        failed(convertTypes(type.getResults(), results)))
      return nullptr;
    return FunctionType::get(type.getContext(), inputs, results);
  });
  addConversion([](HistoryType type, SmallVectorImpl<Type> &results) {
    MLIRContext *context = type.getContext();
    results.push_back(
        VectorType::get({type.getLength()}, Float32Type::get(context)));
    results.push_back(IntegerType::get(context, 64));
    return success();
  });
}

//===----------------------------------------------------------------------===//
// Iteration: scalars and vectors directly, tensors through linalg.generic
//===----------------------------------------------------------------------===//

using ElementBody =
    function_ref<Value(OpBuilder &, Location, ValueRange elements)>;

/// The row-major linear index of each element of a scalar or vector `like`,
/// as i64 of its shape.
static Value emitLinearIndices(OpBuilder &builder, Location loc, Type like) {
  auto vector = dyn_cast<VectorType>(like);
  if (!vector)
    return arith::ConstantOp::create(builder, loc,
                                     builder.getI64IntegerAttr(0));
  SmallVector<int64_t> indices(vector.getNumElements());
  std::iota(indices.begin(), indices.end(), 0);
  return arith::ConstantOp::create(
      builder, loc,
      DenseElementsAttr::get(vector.clone(builder.getI64Type()),
                             ArrayRef<int64_t>(indices)));
}

/// Applies `body` to matching elements of `inputs`, which share one shape,
/// giving a value of `resultType`. Scalars and vectors go to `body` whole.
/// With `withIndex`, `body` gets each element's row-major linear index (i64,
/// of the elements' shape) after the elements.
static Value emitElementwise(OpBuilder &builder, Location loc,
                             ValueRange inputs, Type resultType,
                             ElementBody body, bool withIndex = false) {
  auto tensorType = dyn_cast<RankedTensorType>(resultType);
  if (!tensorType) {
    SmallVector<Value> elements(inputs);
    if (withIndex)
      elements.push_back(
          emitLinearIndices(builder, loc, inputs.front().getType()));
    return body(builder, loc, elements);
  }
  SmallVector<OpFoldResult> sizes =
      tensor::getMixedSizes(builder, loc, inputs.front());
  Value init =
      tensor::EmptyOp::create(builder, loc, sizes, tensorType.getElementType(),
                              tensorType.getEncoding());
  unsigned rank = tensorType.getRank();
  SmallVector<AffineMap> maps(inputs.size() + 1,
                              builder.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      builder, loc, TypeRange{tensorType}, inputs, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        SmallVector<Value> elements(args.drop_back());
        if (withIndex) {
          Value linear = arith::ConstantIndexOp::create(nested, nestedLoc, 0);
          for (unsigned dim = 0; dim < rank; ++dim)
            linear = arith::AddIOp::create(
                nested, nestedLoc,
                arith::MulIOp::create(nested, nestedLoc, linear,
                                      getValueOrCreateConstantIndexOp(
                                          nested, nestedLoc, sizes[dim])),
                linalg::IndexOp::create(nested, nestedLoc, dim));
          elements.push_back(arith::IndexCastOp::create(
              nested, nestedLoc, nested.getI64Type(), linear));
        }
        linalg::YieldOp::create(nested, nestedLoc,
                                body(nested, nestedLoc, elements));
      });
  return generic.getResult(0);
}

/// Reduces `body` over matching elements of `inputs` with `kind`, starting
/// from the scalar `init`.
static Value emitReduction(OpBuilder &builder, Location loc, ValueRange inputs,
                           vector::CombiningKind kind, Value init,
                           ElementBody body) {
  Type type = inputs.front().getType();
  if (auto tensorType = dyn_cast<RankedTensorType>(type)) {
    // A filled empty tensor bufferizes to an allocation and a fill, without
    // the copy of a constant that tensor.from_elements would make.
    Value initTensor =
        linalg::FillOp::create(
            builder, loc, init,
            ValueRange{tensor::EmptyOp::create(
                builder, loc, ArrayRef<int64_t>{}, init.getType())})
            .getResult(0);
    unsigned rank = tensorType.getRank();
    SmallVector<AffineMap> maps(inputs.size(),
                                builder.getMultiDimIdentityMap(rank));
    maps.push_back(AffineMap::get(rank, 0, {}, builder.getContext()));
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::reduction);
    auto generic = linalg::GenericOp::create(
        builder, loc, TypeRange{initTensor.getType()}, inputs,
        ValueRange{initTensor}, maps, iterators,
        [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
          Value element = body(nested, nestedLoc, args.drop_back());
          linalg::YieldOp::create(nested, nestedLoc,
                                  vector::makeArithReduction(nested, nestedLoc,
                                                             kind, args.back(),
                                                             element));
        });
    return tensor::ExtractOp::create(builder, loc, generic.getResult(0),
                                     ValueRange{});
  }
  Value mapped = body(builder, loc, inputs);
  if (auto vectorType = dyn_cast<VectorType>(type)) {
    auto flat = VectorType::get({vectorType.getNumElements()},
                                getElementTypeOrSelf(mapped.getType()));
    Value lanes = vector::ShapeCastOp::create(builder, loc, flat, mapped);
    return vector::ReductionOp::create(builder, loc, kind, lanes, init);
  }
  return vector::makeArithReduction(builder, loc, kind, init, mapped);
}

/// The number of elements of a scalar, vector or tensor, as an i64.
static Value emitElementCount(OpBuilder &builder, Location loc, Value value) {
  auto i64 = builder.getI64Type();
  auto shaped = dyn_cast<ShapedType>(value.getType());
  if (!shaped)
    return arith::ConstantOp::create(builder, loc,
                                     builder.getI64IntegerAttr(1));
  Value count =
      arith::ConstantOp::create(builder, loc, builder.getI64IntegerAttr(1));
  for (auto [dim, size] : llvm::enumerate(shaped.getShape())) {
    Value extent = ShapedType::isDynamic(size)
                       ? arith::IndexCastOp::create(
                             builder, loc, i64,
                             tensor::DimOp::create(builder, loc, value, dim))
                       : arith::ConstantOp::create(
                             builder, loc, builder.getI64IntegerAttr(size))
                             .getResult();
    count = arith::MulIOp::create(builder, loc, count, extent);
  }
  return count;
}

static Value f32Constant(OpBuilder &builder, Location loc, float value) {
  return arith::ConstantOp::create(builder, loc,
                                   builder.getF32FloatAttr(value));
}

/// max |x| over `input`, NaN-propagating; +0 when empty.
static Value emitAmax(OpBuilder &builder, Location loc, Value input) {
  return emitReduction(
      builder, loc, input, vector::CombiningKind::MAXIMUMF,
      f32Constant(builder, loc, 0.0f),
      [](OpBuilder &nested, Location nestedLoc, ValueRange elements) -> Value {
        Value x = elements.front();
        Type f32 = nested.getF32Type();
        if (auto vector = dyn_cast<VectorType>(x.getType()))
          f32 = vector.clone(f32);
        if (x.getType() != f32)
          x = arith::ExtFOp::create(nested, nestedLoc, f32, x);
        return emitAbsF32(nested, nestedLoc, x);
      });
}

//===----------------------------------------------------------------------===//
// Quantization
//===----------------------------------------------------------------------===//

namespace {
/// The format an op works in and the element type its codes lower to.
struct FormatOf {
  Format format;
  Type codeElementType;
};
} // namespace

static FormatOf formatOf(Type formatElementType,
                         const TypeConverter &converter) {
  return {*getFormat(formatElementType),
          converter.convertType(formatElementType)};
}

/// The format an elementwise op works in, its format-typed element type.
static Type formatElementType(QuantizeOp op) {
  return getElementTypeOrSelf(op.getType());
}
static Type formatElementType(DequantizeOp op) {
  return getElementTypeOrSelf(op.getInput().getType());
}
static Type formatElementType(FakeQuantizeOp op) { return op.getFormat(); }

/// The element-level code of each elementwise op; `word` is each element's
/// random word under stochastic rounding, null otherwise.
static Value emitElement(FormatCodegen &codegen, QuantizeOp op, Value x,
                         Value scale, Value word) {
  if (word)
    return codegen.quantizeStochastic(x, scale, word);
  return codegen.quantize(x, scale, toOverflow(op.getOverflow()));
}
static Value emitElement(FormatCodegen &codegen, DequantizeOp op, Value code,
                         Value scale, Value) {
  return codegen.roundTo(codegen.dequantize(code, scale),
                         getElementTypeOrSelf(op.getType()));
}
static Value emitElement(FormatCodegen &codegen, FakeQuantizeOp op, Value x,
                         Value scale, Value word) {
  if (word)
    return codegen.fakeQuantizeStochastic(x, scale, word);
  return codegen.fakeQuantize(x, scale, toOverflow(op.getOverflow()));
}

/// How an op rounds: whether stochastically, and its seed and offset, or
/// its caller's words, as converted operands.
struct RandomWords {
  bool stochastic = false;
  Value seed, offset, random;
};
template <typename Adaptor>
static RandomWords randomWordsOf(RoundingMode rounding, Adaptor adaptor) {
  return {rounding == RoundingMode::stochastic, adaptor.getSeed(),
          adaptor.getOffset(), adaptor.getRandom()};
}
static RandomWords randomWordsOf(DequantizeOp, DequantizeOp::Adaptor) {
  return {};
}
static RandomWords randomWordsOf(QuantizeOp op, QuantizeOp::Adaptor adaptor) {
  return randomWordsOf(op.getRounding(), adaptor);
}
static RandomWords randomWordsOf(FakeQuantizeOp op,
                                 FakeQuantizeOp::Adaptor adaptor) {
  return randomWordsOf(op.getRounding(), adaptor);
}

/// quantize, dequantize and fake_quantize: the element code of the op on
/// scalars and vectors, or in a linalg.generic map over tensors. Stochastic
/// rounding reads its caller's words as a second input, or computes Philox
/// words from each element's linear index.
template <typename OpTy>
struct ElementwiseLowering : OpConversionPattern<OpTy> {
  ElementwiseLowering(const TypeConverter &converter, MLIRContext *context,
                      bool keepHardwareConversions)
      : OpConversionPattern<OpTy>(converter, context),
        keepHardwareConversions(keepHardwareConversions) {}
  bool keepHardwareConversions;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    const TypeConverter &converter = *this->getTypeConverter();
    FormatOf format = formatOf(formatElementType(op), converter);
    Value scale = adaptor.getScale();
    RandomWords words = randomWordsOf(op, adaptor);
    SmallVector<Value> inputs{adaptor.getInput()};
    if (words.random)
      inputs.push_back(words.random);
    bool philox = words.stochastic && !words.random;
    rewriter.replaceOp(
        op,
        emitElementwise(
            rewriter, op.getLoc(), inputs, converter.convertType(op.getType()),
            [&](OpBuilder &builder, Location loc, ValueRange elements) {
              FormatCodegen codegen(builder, loc, format.format,
                                    format.codeElementType,
                                    keepHardwareConversions);
              Value word;
              if (words.random)
                word = elements[1];
              else if (philox)
                word =
                    codegen.randomWord(words.seed, words.offset, elements[1]);
              return emitElement(codegen, op, elements.front(), scale, word);
            },
            philox));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Block scaling
//===----------------------------------------------------------------------===//

/// The map from an element of a rank-`rank` tensor to its block's scale:
/// the innermost index divided by `block`.
static AffineMap blockMap(OpBuilder &builder, unsigned rank, int64_t block) {
  SmallVector<AffineExpr> results;
  for (unsigned dim = 0; dim < rank; ++dim)
    results.push_back(builder.getAffineDimExpr(dim));
  results.back() = results.back().floorDiv(block);
  return AffineMap::get(rank, 0, results, builder.getContext());
}

/// A linalg.generic over `init`'s shape with `inputs` read through `maps`
/// (then `init`'s identity), all loops parallel.
static Value emitMap(OpBuilder &builder, Location loc, ValueRange inputs,
                     ArrayRef<AffineMap> maps, Value init, ElementBody body) {
  unsigned rank = cast<RankedTensorType>(init.getType()).getRank();
  SmallVector<AffineMap> allMaps(maps);
  allMaps.push_back(builder.getMultiDimIdentityMap(rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             builder, loc, TypeRange{init.getType()}, inputs, ValueRange{init},
             allMaps, iterators,
             [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
               linalg::YieldOp::create(
                   nested, nestedLoc,
                   body(nested, nestedLoc, args.drop_back()));
             })
      .getResult(0);
}

/// Codegen of the E4M3FN scales of two-level block scaling.
static FormatCodegen twoLevelScaleCodegen(OpBuilder &builder, Location loc) {
  return FormatCodegen(builder, loc, twoLevelScaleFormat(),
                       builder.getType<Float8E4M3FNType>());
}

/// The f32 scale of a block's scale code (an f8E8M0FNU or f8E4M3FN
/// scalar), docs/spec.md section 8.
static Value emitBlockScaleValue(OpBuilder &builder, Location loc,
                                 Value scaleCode, Value tensorScale) {
  if (tensorScale)
    return twoLevelScaleCodegen(builder, loc)
        .dequantize(scaleCode, tensorScale);
  return emitE8M0Value(
      builder, loc,
      arith::BitcastOp::create(builder, loc, builder.getI8Type(), scaleCode));
}

/// docs/spec.md section 8: per-block scales (one thread of a kernel per
/// block, reading its block in order), then the elements quantized with
/// their block's scale.
struct BlockQuantizeLowering : OpConversionPattern<BlockQuantizeOp> {
  BlockQuantizeLowering(const TypeConverter &converter, MLIRContext *context,
                        bool keepHardwareConversions)
      : OpConversionPattern(converter, context),
        keepHardwareConversions(keepHardwareConversions) {}
  bool keepHardwareConversions;

  LogicalResult
  matchAndRewrite(BlockQuantizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    const TypeConverter &converter = *getTypeConverter();
    Value input = adaptor.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    unsigned rank = inputType.getRank();
    int64_t block = op.getBlockSize();
    BlockScaleRule rule = toBlockScaleRule(op.getKind());
    FormatOf element =
        formatOf(op.getCodes().getType().getElementType(), converter);

    Value tensorScale;
    if (rule == BlockScaleRule::TwoLevel)
      tensorScale =
          emitComputeScale(rewriter, loc, twoLevelRange(element.format),
                           emitAmax(rewriter, loc, input), kTwoLevelScaleMin);

    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, input);
    Value length = getValueOrCreateConstantIndexOp(rewriter, loc, sizes.back());
    Value blockSize = arith::ConstantIndexOp::create(rewriter, loc, block);
    SmallVector<OpFoldResult> scaleSizes(sizes);
    if (std::optional<int64_t> known = getConstantIntValue(sizes.back()))
      scaleSizes.back() = rewriter.getIndexAttr(numBlocks(*known, block));
    else
      scaleSizes.back() =
          arith::CeilDivUIOp::create(rewriter, loc, length, blockSize)
              .getResult();
    RankedTensorType scalesType = op.getScales().getType();
    Value scalesInit = tensor::EmptyOp::create(rewriter, loc, scaleSizes,
                                               scalesType.getElementType());
    Value scales = emitMap(
        rewriter, loc, {}, {}, scalesInit,
        [&](OpBuilder &builder, Location nestedLoc, ValueRange) -> Value {
          SmallVector<Value> indices;
          for (unsigned dim = 0; dim < rank; ++dim)
            indices.push_back(linalg::IndexOp::create(builder, nestedLoc, dim));
          Value begin = arith::MulIOp::create(builder, nestedLoc,
                                              indices.back(), blockSize);
          Value end = arith::MinUIOp::create(
              builder, nestedLoc,
              arith::AddIOp::create(builder, nestedLoc, begin, blockSize),
              length);
          Value one = arith::ConstantIndexOp::create(builder, nestedLoc, 1);
          auto loop = scf::ForOp::create(
              builder, nestedLoc, begin, end, one,
              ValueRange{f32Constant(builder, nestedLoc, 0.0f)},
              [&](OpBuilder &body, Location bodyLoc, Value j,
                  ValueRange carried) {
                SmallVector<Value> at(indices);
                at.back() = j;
                Value x = tensor::ExtractOp::create(body, bodyLoc, input, at);
                if (x.getType() != body.getF32Type())
                  x = arith::ExtFOp::create(body, bodyLoc, body.getF32Type(),
                                            x);
                scf::YieldOp::create(body, bodyLoc,
                                     ValueRange{arith::MaximumFOp::create(
                                         body, bodyLoc, carried.front(),
                                         emitAbsF32(body, bodyLoc, x))});
              });
          Value amax = loop.getResult(0);
          if (!tensorScale)
            return arith::BitcastOp::create(
                builder, nestedLoc, scalesType.getElementType(),
                emitPowerOfTwoBlockScale(builder, nestedLoc, element.format,
                                         amax, rule));
          Value ratio = arith::DivFOp::create(
              builder, nestedLoc,
              arith::DivFOp::create(
                  builder, nestedLoc, amax,
                  f32Constant(builder, nestedLoc,
                              float(element.format.largestFinite()))),
              tensorScale);
          return twoLevelScaleCodegen(builder, nestedLoc)
              .quantize(ratio, f32Constant(builder, nestedLoc, 1.0f),
                        Overflow::Saturate);
        });

    auto codesType =
        cast<RankedTensorType>(converter.convertType(op.getCodes().getType()));
    Value codesInit = tensor::EmptyOp::create(rewriter, loc, sizes,
                                              codesType.getElementType());
    Value codes = emitMap(
        rewriter, loc, {input, scales},
        {rewriter.getMultiDimIdentityMap(rank),
         blockMap(rewriter, rank, block)},
        codesInit,
        [&](OpBuilder &builder, Location nestedLoc,
            ValueRange elements) -> Value {
          FormatCodegen codegen(builder, nestedLoc, element.format,
                                element.codeElementType,
                                keepHardwareConversions);
          Value scale =
              emitBlockScaleValue(builder, nestedLoc, elements[1], tensorScale);
          Value code = codegen.quantize(elements[0], scale, Overflow::Saturate);
          // The special blocks of quantizeInBlock.
          Value special;
          uint8_t specialCode = 0;
          if (tensorScale) {
            special = arith::CmpFOp::create(builder, nestedLoc,
                                            arith::CmpFPredicate::OEQ, scale,
                                            f32Constant(builder, nestedLoc, 0));
          } else {
            special = arith::CmpFOp::create(
                builder, nestedLoc, arith::CmpFPredicate::UNO, scale, scale);
            if (element.format.hasNaN())
              specialCode = element.format.nanCode(false);
          }
          return arith::SelectOp::create(builder, nestedLoc, special,
                                         codegen.codeConstant(specialCode),
                                         code);
        });
    SmallVector<Value> results{codes, scales};
    if (tensorScale)
      results.push_back(tensorScale);
    rewriter.replaceOp(op, results);
    return success();
  }
};

/// docs/spec.md section 8: value(code) times the block's scale.
struct BlockDequantizeLowering : OpConversionPattern<BlockDequantizeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(BlockDequantizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value codes = adaptor.getInput();
    unsigned rank = op.getType().getRank();
    FormatOf element =
        formatOf(op.getInput().getType().getElementType(), *getTypeConverter());
    Type resultElement = op.getType().getElementType();
    Value init = tensor::EmptyOp::create(
        rewriter, loc, tensor::getMixedSizes(rewriter, loc, codes),
        resultElement);
    Value tensorScale = adaptor.getTensorScale();
    rewriter.replaceOp(
        op,
        emitMap(rewriter, loc, {codes, adaptor.getScales()},
                {rewriter.getMultiDimIdentityMap(rank),
                 blockMap(rewriter, rank, op.getBlockSize())},
                init,
                [&](OpBuilder &builder, Location nestedLoc,
                    ValueRange elements) -> Value {
                  FormatCodegen codegen(builder, nestedLoc, element.format,
                                        element.codeElementType);
                  Value scale = emitBlockScaleValue(builder, nestedLoc,
                                                    elements[1], tensorScale);
                  return codegen.roundTo(codegen.dequantize(elements[0], scale),
                                         resultElement);
                }));
    return success();
  }
};

struct ConstantLowering : OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    if (auto history = dyn_cast<HistoryAttr>(op.getValue())) {
      unsigned length = cast<HistoryType>(op.getType()).getLength();
      ArrayRef<float> records = history.getRecords().asArrayRef();
      SmallVector<float> slots(length - records.size(), kEmptyRecord);
      slots.append(records.begin(), records.end());
      Value recordsValue = arith::ConstantOp::create(
          rewriter, loc,
          DenseElementsAttr::get(
              VectorType::get({length}, rewriter.getF32Type()),
              ArrayRef<float>(slots)));
      Value rejected = arith::ConstantOp::create(
          rewriter, loc, rewriter.getI64IntegerAttr(history.getRejected()));
      rewriter.replaceOpWithMultiple(
          op, {SmallVector<Value>{recordsValue, rejected}});
      return success();
    }
    auto codes = cast<CodesAttr>(op.getValue()).getCodes();
    Type type = getTypeConverter()->convertType(op.getType());
    TypedAttr value;
    if (auto shaped = dyn_cast<ShapedType>(type))
      value = codes.reshape(shaped);
    else
      value = rewriter.getIntegerAttr(type, *codes.getValues<APInt>().begin());
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Scaling and history
//===----------------------------------------------------------------------===//

struct AmaxLowering : OpConversionPattern<AmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(AmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, emitAmax(rewriter, op.getLoc(), adaptor.getInput()));
    return success();
  }
};

struct ComputeScaleLowering : OpConversionPattern<ComputeScaleOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ComputeScaleOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, emitComputeScale(rewriter, op.getLoc(),
                                            *getFormat(op.getFormat()),
                                            adaptor.getAmax(),
                                            op.getScaleMin().convertToFloat()));
    return success();
  }
};

/// A history with no records and no rejections, as its lowered parts.
static SmallVector<Value> emitEmptyHistory(OpBuilder &builder, Location loc,
                                           HistoryType type) {
  auto recordsType = VectorType::get({type.getLength()}, builder.getF32Type());
  return {
      arith::ConstantOp::create(
          builder, loc,
          SplatElementsAttr::get(recordsType,
                                 builder.getF32FloatAttr(kEmptyRecord))),
      arith::ConstantOp::create(builder, loc, builder.getI64IntegerAttr(0))};
}

template <typename OpTy>
struct HistoryEmptyLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithMultiple(
        op, {emitEmptyHistory(rewriter, op.getLoc(), op.getType())});
    return success();
  }
};

struct HistoryUpdateLowering : OpConversionPattern<HistoryUpdateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(HistoryUpdateOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value records = adaptor.getHistory()[0];
    Value rejected = adaptor.getHistory()[1];
    Value input = adaptor.getInput().front();
    unsigned length = op.getType().getLength();

    Value amax = emitAmax(rewriter, loc, input);
    Value finite = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::OLT, amax,
        f32Constant(rewriter, loc, std::numeric_limits<float>::infinity()));
    Value nonEmpty = arith::CmpIOp::create(
        rewriter, loc, arith::CmpIPredicate::sgt,
        emitElementCount(rewriter, loc, input),
        arith::ConstantOp::create(rewriter, loc,
                                  rewriter.getI64IntegerAttr(0)));
    Value recorded = arith::AndIOp::create(rewriter, loc, finite, nonEmpty);
    Value refused = arith::XOrIOp::create(rewriter, loc, nonEmpty, recorded);

    // Drop the oldest slot and append the new amax: lanes 1..L of
    // records ++ [amax].
    Value newest = vector::BroadcastOp::create(
        rewriter, loc, VectorType::get({1}, rewriter.getF32Type()), amax);
    auto lanes = llvm::to_vector(llvm::seq<int64_t>(1, length + 1));
    Value shifted =
        vector::ShuffleOp::create(rewriter, loc, records, newest, lanes);
    Value newRecords =
        arith::SelectOp::create(rewriter, loc, recorded, shifted, records);
    Value newRejected = arith::AddIOp::create(
        rewriter, loc, rejected,
        arith::ExtUIOp::create(rewriter, loc, rewriter.getI64Type(), refused));
    rewriter.replaceOpWithMultiple(
        op, {SmallVector<Value>{newRecords, newRejected}});
    return success();
  }
};

struct HistoryAmaxLowering : OpConversionPattern<HistoryAmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(HistoryAmaxOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value records = adaptor.getHistory()[0];
    unsigned length = cast<HistoryType>(op.getHistory().getType()).getLength();
    Value amax =
        op.getPolicy() == AmaxPolicy::most_recent
            ? vector::ExtractOp::create(rewriter, loc, records,
                                        ArrayRef<int64_t>{length - 1})
                  .getResult()
            : vector::ReductionOp::create(
                  rewriter, loc, vector::CombiningKind::MAXIMUMF, records)
                  .getResult();
    // Only empty slots are negative: nothing recorded reports 1.0.
    Value empty =
        arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::OLT, amax,
                              f32Constant(rewriter, loc, 0.0f));
    rewriter.replaceOpWithNewOp<arith::SelectOp>(
        op, empty, f32Constant(rewriter, loc, 1.0f), amax);
    return success();
  }
};

struct HistoryRejectedLowering : OpConversionPattern<HistoryRejectedOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(HistoryRejectedOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, adaptor.getHistory()[1]);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Bit-stall
//===----------------------------------------------------------------------===//

/// Lowers `StallCountOp` and `UpdateStallCountOp`: an exact i64 sum of the
/// per-element stall predicate over the weight and its second operand (the
/// gradient or the new weight), and the element count.
template <typename OpTy> struct StallCountLowering : OpConversionPattern<OpTy> {
  StallCountLowering(const TypeConverter &converter, MLIRContext *context,
                     bool keepHardwareConversions)
      : OpConversionPattern<OpTy>(converter, context),
        keepHardwareConversions(keepHardwareConversions) {}
  bool keepHardwareConversions;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    FormatOf target = formatOf(op.getFormat(), *this->getTypeConverter());
    Overflow overflow = toOverflow(op.getOverflow());
    float threshold = op.getThreshold().convertToFloat();
    Value scale = adaptor.getScale();
    Value other;
    if constexpr (std::is_same_v<OpTy, StallCountOp>)
      other = adaptor.getGrad();
    else
      other = adaptor.getUpdated();
    Value stalled = emitReduction(
        rewriter, loc, {adaptor.getWeight(), other}, vector::CombiningKind::ADD,
        arith::ConstantOp::create(rewriter, loc, rewriter.getI64IntegerAttr(0)),
        [&](OpBuilder &builder, Location nestedLoc, ValueRange elements) {
          FormatCodegen codegen(builder, nestedLoc, target.format,
                                target.codeElementType,
                                keepHardwareConversions);
          Value stalls;
          if constexpr (std::is_same_v<OpTy, StallCountOp>)
            stalls =
                codegen.isStalled(elements[0], elements[1], adaptor.getLr(),
                                  scale, threshold, overflow);
          else
            stalls = codegen.isUpdateStalled(elements[0], elements[1], scale,
                                             threshold, overflow);
          Type i64 = builder.getI64Type();
          if (auto vector = dyn_cast<VectorType>(stalls.getType()))
            i64 = vector.clone(i64);
          return arith::ExtUIOp::create(builder, nestedLoc, i64, stalls);
        });
    rewriter.replaceOp(
        op, {stalled, emitElementCount(rewriter, loc, adaptor.getWeight())});
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Other ops carrying altgrad types
//===----------------------------------------------------------------------===//

/// Whether an op's regions are plain bodies (one block each, as in
/// linalg.generic, scf.execute_region or scf.forall), which
/// ConvertOperandAndResultTypes moves into the rebuilt op. Functions have
/// their own pattern, and so do scf.for, scf.if and scf.while (upstream's
/// structural conversions, which also carry histories as two values).
static bool hasPlainBodies(Operation *op) {
  return !isa<FunctionOpInterface>(op) &&
         llvm::all_of(op->getRegions(),
                      [](Region &region) { return region.hasOneBlock(); });
}

/// Whether `attr` is a type the op holds as an inherent attribute
/// (memref.global's type), converted like its operand and result types.
static bool isInherentTypeAttr(Operation *op, NamedAttribute attr) {
  return isa<TypeAttr>(attr.getValue()) &&
         llvm::is_contained(op->getName().getAttributeNames(), attr.getName());
}

/// Rebuilds an op of another dialect (tensor.extract, tensor.empty,
/// memref.load, linalg.generic, memref.global, ...) whose operand, result,
/// body argument or inherent attribute types mention `!altgrad.fp`, with its
/// bodies' argument types converted.
struct ConvertOperandAndResultTypes : ConversionPattern {
  ConvertOperandAndResultTypes(const TypeConverter &converter,
                               MLIRContext *context)
      : ConversionPattern(converter, MatchAnyOpTypeTag(), /*benefit=*/0,
                          context) {}
  LogicalResult
  matchAndRewrite(Operation *op, ArrayRef<Value> operands,
                  ConversionPatternRewriter &rewriter) const override {
    if (isa<AltGradDialect>(op->getDialect()) || !hasPlainBodies(op))
      return failure();
    const TypeConverter &converter = *getTypeConverter();
    SmallVector<Type> resultTypes;
    if (failed(converter.convertTypes(op->getResultTypes(), resultTypes)) ||
        resultTypes.size() != op->getNumResults())
      return rewriter.notifyMatchFailure(op, "results do not convert 1:1");
    // Checked before any IR changes: a failing pattern must leave it as is.
    for (Region &region : op->getRegions()) {
      SmallVector<Type> argumentTypes;
      if (failed(converter.convertTypes(region.getArgumentTypes(),
                                        argumentTypes)) ||
          argumentTypes.size() != region.getNumArguments())
        return rewriter.notifyMatchFailure(op, "body types do not convert 1:1");
    }
    SmallVector<NamedAttribute> attributes;
    for (NamedAttribute attr : op->getAttrs()) {
      if (isInherentTypeAttr(op, attr)) {
        Type converted =
            converter.convertType(cast<TypeAttr>(attr.getValue()).getValue());
        if (!converted)
          return rewriter.notifyMatchFailure(op, "a type attribute does not "
                                                 "convert 1:1");
        attr = NamedAttribute(attr.getName(), TypeAttr::get(converted));
      }
      attributes.push_back(attr);
    }
    OperationState state(op->getLoc(), op->getName(), operands, resultTypes,
                         attributes, op->getSuccessors());
    for (unsigned i = 0, e = op->getNumRegions(); i != e; ++i)
      state.addRegion();
    Operation *rebuilt = rewriter.create(state);
    for (auto [from, to] :
         llvm::zip_equal(op->getRegions(), rebuilt->getRegions())) {
      rewriter.inlineRegionBefore(from, to, to.end());
      // Cannot fail: every argument type converts (checked above).
      (void)rewriter.convertRegionTypes(&to, converter);
    }
    rewriter.replaceOp(op, rebuilt->getResults());
    return success();
  }
};

/// Converts a function's signature and the argument types of all its
/// blocks, not only the entry block, so that values of altgrad types can
/// cross `cf` branches.
static SmallVector<Value> flattenValues(ArrayRef<ValueRange> values) {
  SmallVector<Value> flat;
  for (ValueRange range : values)
    llvm::append_range(flat, range);
  return flat;
}

struct FuncSignatureLowering : OpConversionPattern<func::FuncOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(func::FuncOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FunctionType type = op.getFunctionType();
    const TypeConverter &converter = *getTypeConverter();
    TypeConverter::SignatureConversion inputs(type.getNumInputs());
    if (failed(converter.convertSignatureArgs(type.getInputs(), inputs)))
      return rewriter.notifyMatchFailure(op, "inputs do not convert");
    SmallVector<Type> results;
    if (failed(converter.convertTypes(type.getResults(), results)))
      return rewriter.notifyMatchFailure(op, "results do not convert");
    if (!op.isExternal() &&
        failed(rewriter.convertRegionTypes(&op.getBody(), converter, &inputs)))
      return rewriter.notifyMatchFailure(op, "blocks do not convert");
    rewriter.modifyOpInPlace(op, [&] {
      op.setType(FunctionType::get(op.getContext(), inputs.getConvertedTypes(),
                                   results));
    });
    return success();
  }
};

/// `cf.br` and `cf.cond_br` forwarding histories, which become two values.
/// (Upstream's branch pattern converts operands one to one.)
struct BranchLowering : OpConversionPattern<cf::BranchOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(cf::BranchOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<cf::BranchOp>(
        op, op.getDest(), flattenValues(adaptor.getDestOperands()));
    return success();
  }
};

struct CondBranchLowering : OpConversionPattern<cf::CondBranchOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(cf::CondBranchOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<cf::CondBranchOp>(
        op, adaptor.getCondition().front(), op.getTrueDest(),
        flattenValues(adaptor.getTrueDestOperands()), op.getFalseDest(),
        flattenValues(adaptor.getFalseDestOperands()));
    return success();
  }
};

struct SwitchLowering : OpConversionPattern<cf::SwitchOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(cf::SwitchOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<SmallVector<Value>> caseOperands = llvm::map_to_vector(
        adaptor.getCaseOperands(),
        [](ArrayRef<ValueRange> operands) { return flattenValues(operands); });
    rewriter.replaceOpWithNewOp<cf::SwitchOp>(
        op, adaptor.getFlag().front(), op.getDefaultDestination(),
        flattenValues(adaptor.getDefaultOperands()), op.getCaseValuesAttr(),
        op.getCaseDestinations(),
        llvm::map_to_vector(caseOperands, [](const SmallVector<Value> &values) {
          return ValueRange(values);
        }));
    return success();
  }
};

/// `func.call_indirect` through a function value whose type the converter
/// rewrote (see the FunctionType conversion).
struct CallIndirectLowering : OpConversionPattern<func::CallIndirectOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(func::CallIndirectOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> resultTypes;
    if (failed(
            getTypeConverter()->convertTypes(op.getResultTypes(), resultTypes)))
      return rewriter.notifyMatchFailure(op, "results do not convert");
    auto call = func::CallIndirectOp::create(
        rewriter, op.getLoc(), adaptor.getCallee().front(),
        flattenValues(adaptor.getCalleeOperands()));
    // Each original result becomes as many values as its type converts to.
    SmallVector<SmallVector<Value>> results;
    unsigned next = 0;
    for (Type type : op.getResultTypes()) {
      SmallVector<Type> converted;
      (void)getTypeConverter()->convertType(type, converted);
      results.emplace_back(call.getResults().slice(next, converted.size()));
      next += converted.size();
    }
    rewriter.replaceOpWithMultiple(op, results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

bool altgrad::isHardwareConversion(QuantizeOp op) {
  std::optional<Format> format = getFormat(op.getType());
  std::optional<FloatType> hardwareType =
      format ? hardwareConversionType(*format, op.getContext()) : std::nullopt;
  return hardwareType && op.getType() == *hardwareType &&
         op.getInput().getType().isF32() &&
         op.getOverflow() == OverflowMode::saturate &&
         op.getRounding() == RoundingMode::nearest_even;
}

void altgrad::populateAltGradToArithConversionPatterns(
    const TypeConverter &typeConverter, RewritePatternSet &patterns,
    bool keepHardwareConversions) {
  MLIRContext *context = patterns.getContext();
  patterns.add<AmaxLowering, BlockDequantizeLowering, ComputeScaleLowering,
               ConstantLowering, HistoryAmaxLowering,
               HistoryEmptyLowering<HistoryEmptyOp>,
               HistoryEmptyLowering<HistoryResetOp>, HistoryRejectedLowering,
               HistoryUpdateLowering, ConvertOperandAndResultTypes,
               FuncSignatureLowering, BranchLowering, CondBranchLowering,
               CallIndirectLowering>(typeConverter, context);
  // Before upstream's branch pattern, which rejects several successors.
  patterns.add<SwitchLowering>(typeConverter, context, /*benefit=*/2);
  patterns.add<
      ElementwiseLowering<DequantizeOp>, ElementwiseLowering<FakeQuantizeOp>,
      ElementwiseLowering<QuantizeOp>, BlockQuantizeLowering,
      StallCountLowering<StallCountOp>, StallCountLowering<UpdateStallCountOp>>(
      typeConverter, context, keepHardwareConversions);
  populateCallOpTypeConversionPattern(patterns, typeConverter);
  populateReturnOpTypeConversionPattern(patterns, typeConverter);
  populateBranchOpInterfaceTypeConversionPattern(patterns, typeConverter);
  scf::populateSCFStructuralTypeConversions(typeConverter, patterns);
}

void altgrad::populateAltGradToArithConversionTarget(
    const TypeConverter &typeConverter, ConversionTarget &target,
    bool keepHardwareConversions) {
  target.addIllegalDialect<AltGradDialect>();
  if (keepHardwareConversions)
    target.addDynamicallyLegalOp<QuantizeOp>(isHardwareConversion);
  target.markUnknownOpDynamicallyLegal([&](Operation *op) {
    return typeConverter.isLegal(op) &&
           llvm::all_of(op->getRegions(),
                        [&](Region &region) {
                          return typeConverter.isLegal(&region);
                        }) &&
           llvm::all_of(op->getAttrs(), [&](NamedAttribute attr) {
             return !isInherentTypeAttr(op, attr) ||
                    typeConverter.isLegal(
                        cast<TypeAttr>(attr.getValue()).getValue());
           });
  });
  target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
    return typeConverter.isSignatureLegal(op.getFunctionType()) &&
           typeConverter.isLegal(&op.getBody());
  });
  scf::populateSCFStructuralTypeConversionTarget(typeConverter, target);
  // Upstream's target leaves yields of other ops (scf.execute_region) legal
  // whatever their types.
  target.addDynamicallyLegalOp<scf::YieldOp>(
      [&](scf::YieldOp op) { return typeConverter.isLegal(op); });
}

namespace {
struct ConvertAltGradToArithPass
    : altgrad::impl::ConvertAltGradToArithBase<ConvertAltGradToArithPass> {
  using Base::Base;
  void runOnOperation() override {
    AltGradTypeConverter typeConverter;
    ConversionTarget target(getContext());
    populateAltGradToArithConversionTarget(typeConverter, target,
                                           keepHardwareConversions);
    RewritePatternSet patterns(&getContext());
    populateAltGradToArithConversionPatterns(typeConverter, patterns,
                                             keepHardwareConversions);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
