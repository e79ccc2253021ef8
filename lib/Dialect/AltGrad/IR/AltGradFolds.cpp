//===- AltGradFolds.cpp - Exact constant folding of altgrad ops -----------===//
//
// Every folder evaluates docs/spec.md through the format model, so folded
// constants are the numbers the lowered code computes at run time.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"
#include "altgrad/Format/Philox.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/TypeUtilities.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace altgrad;

namespace {
/// The elements of a constant scalar, vector or tensor: one value when the
/// constant is a splat, `count` values otherwise.
template <typename T> struct Elements {
  SmallVector<T> values;
  int64_t count;

  bool isSplat() const { return values.size() == 1 && count != 1; }
  T operator[](int64_t i) const { return values[isSplat() ? 0 : i]; }
};
} // namespace

/// The elements of an integer constant, each truncated to `T`.
template <typename T>
static Elements<T> getIntElements(DenseIntElementsAttr dense) {
  Elements<T> elements{{}, dense.getNumElements()};
  if (dense.isSplat())
    elements.values.push_back(dense.getSplatValue<APInt>().getZExtValue());
  else
    for (APInt value : dense.getValues<APInt>())
      elements.values.push_back(value.getZExtValue());
  return elements;
}

static float toF32(APFloat value) {
  bool losesInfo;
  value.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven,
                &losesInfo);
  return value.convertToFloat();
}

static std::optional<float> getF32(Attribute attr) {
  if (auto floatAttr = dyn_cast_or_null<FloatAttr>(attr))
    return toF32(floatAttr.getValue());
  return std::nullopt;
}

/// f32, f16 or bf16 constants, each element extended exactly to f32.
static std::optional<Elements<float>> getF32Elements(Attribute attr) {
  if (std::optional<float> scalar = getF32(attr))
    return Elements<float>{{*scalar}, 1};
  auto dense = dyn_cast_or_null<DenseFPElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  Elements<float> elements{{}, dense.getNumElements()};
  if (dense.isSplat())
    elements.values.push_back(toF32(dense.getSplatValue<APFloat>()));
  else
    for (APFloat value : dense.getValues<APFloat>())
      elements.values.push_back(toF32(value));
  return elements;
}

/// The codes of a format-typed constant: #altgrad.codes, or builtin 8-bit
/// float constants through their bit patterns.
static std::optional<Elements<uint8_t>> getCodes(Attribute attr) {
  auto codeOf = [](const APFloat &value) -> uint8_t {
    return value.bitcastToAPInt().getZExtValue();
  };
  if (auto codes = dyn_cast_or_null<CodesAttr>(attr))
    return getIntElements<uint8_t>(codes.getCodes());
  if (auto scalar = dyn_cast_or_null<FloatAttr>(attr))
    return Elements<uint8_t>{{codeOf(scalar.getValue())}, 1};
  auto dense = dyn_cast_or_null<DenseFPElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  Elements<uint8_t> elements{{}, dense.getNumElements()};
  if (dense.isSplat())
    elements.values.push_back(codeOf(dense.getSplatValue<APFloat>()));
  else
    for (APFloat value : dense.getValues<APFloat>())
      elements.values.push_back(codeOf(value));
  return elements;
}

/// A constant of `type` (a format type or a shaped type of one) holding
/// `codes`, one code standing for a splat.
static Attribute makeCodes(Type type, ArrayRef<uint8_t> codes) {
  auto shaped = dyn_cast<ShapedType>(type);
  Type element = shaped ? shaped.getElementType() : type;
  if (auto floatType = dyn_cast<FloatType>(element)) {
    SmallVector<APFloat> values;
    for (uint8_t code : codes)
      values.emplace_back(floatType.getFloatSemantics(),
                          APInt(floatType.getWidth(), code));
    if (!shaped)
      return FloatAttr::get(type, values.front());
    return DenseElementsAttr::get(shaped, values);
  }
  MLIRContext *context = type.getContext();
  auto i8 = IntegerType::get(context, 8);
  auto codesType = RankedTensorType::get(
      shaped ? shaped.getShape() : ArrayRef<int64_t>(), i8);
  SmallVector<APInt> bytes;
  for (uint8_t code : codes)
    bytes.emplace_back(8, code);
  return CodesAttr::get(context, type,
                        DenseIntElementsAttr::get(codesType, bytes));
}

/// A float constant of `type` (f32, f16 or bf16 elements) holding `values`
/// rounded to its element type, to nearest even; one value stands for a
/// splat.
static Attribute makeFloat(Type type, ArrayRef<float> values) {
  auto element = cast<FloatType>(getElementTypeOrSelf(type));
  SmallVector<APFloat> rounded;
  for (float value : values) {
    APFloat narrow(value);
    bool losesInfo;
    narrow.convert(element.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                   &losesInfo);
    rounded.push_back(narrow);
  }
  if (auto shaped = dyn_cast<ShapedType>(type))
    return DenseElementsAttr::get(shaped, rounded);
  return FloatAttr::get(type, rounded.front());
}

template <typename T, typename Fn>
static auto mapElements(const Elements<T> &elements, Fn fn) {
  SmallVector<decltype(fn(elements.values.front()))> results;
  for (T value : elements.values)
    results.push_back(fn(value));
  return results;
}

//===----------------------------------------------------------------------===//
// Quantization
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

/// A splat folds into one value per element under stochastic rounding;
/// larger splats are left to run rather than grow the IR without bound.
static constexpr int64_t kMaxStochasticSplatFold = int64_t(1) << 16;

/// The random word of each of `count` elements (docs/spec.md section 7):
/// from constant seed and offset, or from constant caller's words.
template <typename Adaptor>
static std::optional<Elements<uint32_t>> getWords(Adaptor adaptor,
                                                  int64_t count) {
  if (Attribute random = adaptor.getRandom()) {
    if (auto scalar = dyn_cast<IntegerAttr>(random))
      return Elements<uint32_t>{{uint32_t(scalar.getInt())}, 1};
    if (auto dense = dyn_cast<DenseIntElementsAttr>(random))
      return getIntElements<uint32_t>(dense);
    return std::nullopt;
  }
  auto seed = dyn_cast_or_null<IntegerAttr>(adaptor.getSeed());
  auto offset = dyn_cast_or_null<IntegerAttr>(adaptor.getOffset());
  if (!seed || !offset)
    return std::nullopt;
  Elements<uint32_t> words{{}, count};
  for (int64_t i = 0; i < count; ++i)
    words.values.push_back(stochasticRoundingWord(
        seed.getValue().getZExtValue(), offset.getValue().getZExtValue(), i));
  return words;
}

/// The codes of quantize or fake_quantize on constant operands, each
/// element rounded as the op's rounding mode says.
template <typename OpTy>
static std::optional<SmallVector<uint8_t>>
foldCodes(OpTy op, typename OpTy::FoldAdaptor adaptor, const Format &format) {
  std::optional<Elements<float>> input = getF32Elements(adaptor.getInput());
  std::optional<float> scale = getF32(adaptor.getScale());
  if (!input || !scale || input->count == 0)
    return std::nullopt;
  if (op.getRounding() == RoundingMode::nearest_even) {
    Overflow overflow = toOverflow(op.getOverflow());
    return mapElements(
        *input, [&](float x) { return format.quantize(x, *scale, overflow); });
  }
  if (input->isSplat() && input->count > kMaxStochasticSplatFold)
    return std::nullopt;
  std::optional<Elements<uint32_t>> words = getWords(adaptor, input->count);
  if (!words)
    return std::nullopt;
  SmallVector<uint8_t> codes;
  for (int64_t i = 0; i < input->count; ++i)
    codes.push_back(
        format.quantizeStochastic((*input)[i], *scale, (*words)[i]));
  return codes;
}

OpFoldResult QuantizeOp::fold(FoldAdaptor adaptor) {
  Format format = *getFormat(getElementTypeOrSelf(getType()));
  std::optional<SmallVector<uint8_t>> codes = foldCodes(*this, adaptor, format);
  if (!codes)
    return {};
  return makeCodes(getType(), *codes);
}

OpFoldResult DequantizeOp::fold(FoldAdaptor adaptor) {
  std::optional<Elements<uint8_t>> codes = getCodes(adaptor.getInput());
  std::optional<float> scale = getF32(adaptor.getScale());
  if (!codes || !scale || codes->count == 0)
    return {};
  Format format = *getFormat(getElementTypeOrSelf(getInput().getType()));
  return makeFloat(getType(), mapElements(*codes, [&](uint8_t code) {
                     return format.dequantize(code, *scale);
                   }));
}

OpFoldResult FakeQuantizeOp::fold(FoldAdaptor adaptor) {
  Format format = *altgrad::getFormat(getFormat());
  std::optional<SmallVector<uint8_t>> codes = foldCodes(*this, adaptor, format);
  if (!codes)
    return {};
  float scale = *getF32(adaptor.getScale());
  return makeFloat(getType(), llvm::map_to_vector(*codes, [&](uint8_t code) {
                     return format.dequantize(code, scale);
                   }));
}

//===----------------------------------------------------------------------===//
// Block scaling
//===----------------------------------------------------------------------===//

/// max |x| with NaN propagating; +0 for no elements.
static float amaxOf(const Elements<float> &elements) {
  float amax = 0.0f;
  if (elements.count == 0)
    return amax;
  for (float value : elements.values) {
    if (std::isnan(value))
      return value;
    amax = std::max(amax, std::fabs(value));
  }
  return amax;
}

/// Folding writes every element: splats larger than this stay to run.
static constexpr int64_t kMaxBlockFold = int64_t(1) << 16;

/// The blocks of a tensor of `count` elements whose innermost extent is
/// `length`: block `b` of the flat scale tensor covers `[begin, end)`.
namespace {
struct Blocks {
  int64_t length, block, perRow;
  int64_t count(int64_t elements) const {
    return length == 0 ? 0 : elements / length * perRow;
  }
  int64_t begin(int64_t b) const {
    return b / perRow * length + b % perRow * block;
  }
  int64_t end(int64_t b) const {
    return b / perRow * length + std::min(length, (b % perRow + 1) * block);
  }
  /// The block of flat element `i`.
  int64_t of(int64_t i) const {
    return i / length * perRow + i % length / block;
  }
};
} // namespace

static Blocks blocksOf(ShapedType type, int64_t block) {
  int64_t length = type.getShape().back();
  return {length, block, numBlocks(length, block)};
}

LogicalResult BlockQuantizeOp::fold(FoldAdaptor adaptor,
                                    SmallVectorImpl<OpFoldResult> &results) {
  std::optional<Elements<float>> input = getF32Elements(adaptor.getInput());
  RankedTensorType type = getInput().getType();
  if (!input || !type.hasStaticShape() || input->count > kMaxBlockFold)
    return failure();
  Format element = *altgrad::getFormat(getCodes().getType().getElementType());
  BlockScaleRule rule = toBlockScaleRule(getKind());
  Blocks blocks = blocksOf(type, getBlockSize());
  float tensorScale = 1.0f;
  if (rule == BlockScaleRule::TwoLevel)
    tensorScale = twoLevelTensorScale(element, amaxOf(*input));
  SmallVector<uint8_t> codes(input->count), scaleCodes;
  for (int64_t b = 0, e = blocks.count(input->count); b < e; ++b) {
    Elements<float> block{{}, blocks.end(b) - blocks.begin(b)};
    for (int64_t i = blocks.begin(b); i < blocks.end(b); ++i)
      block.values.push_back((*input)[i]);
    float amax = amaxOf(block);
    uint8_t scaleCode = rule == BlockScaleRule::TwoLevel
                            ? twoLevelBlockScale(element, amax, tensorScale)
                            : powerOfTwoBlockScale(element, amax, rule);
    float scale = rule == BlockScaleRule::TwoLevel
                      ? twoLevelScaleValue(scaleCode, tensorScale)
                      : e8m0Value(scaleCode);
    scaleCodes.push_back(scaleCode);
    for (int64_t i = blocks.begin(b); i < blocks.end(b); ++i)
      codes[i] = quantizeInBlock(element, (*input)[i], scale, rule);
  }
  results.push_back(makeCodes(getCodes().getType(), codes));
  results.push_back(makeCodes(getScales().getType(), scaleCodes));
  if (getTensorScale())
    results.push_back(FloatAttr::get(getTensorScale().getType(), tensorScale));
  return success();
}

OpFoldResult BlockDequantizeOp::fold(FoldAdaptor adaptor) {
  std::optional<Elements<uint8_t>> codes = getCodes(adaptor.getInput());
  std::optional<Elements<uint8_t>> scaleCodes = getCodes(adaptor.getScales());
  RankedTensorType type = getInput().getType();
  if (!codes || !scaleCodes || !type.hasStaticShape() ||
      codes->count > kMaxBlockFold)
    return {};
  bool twoLevel = getScaleKind() == BlockScaleKind::two_level;
  float tensorScale = 1.0f;
  if (twoLevel) {
    std::optional<float> given = getF32(adaptor.getTensorScale());
    if (!given)
      return {};
    tensorScale = *given;
  }
  Format element = *altgrad::getFormat(type.getElementType());
  Blocks blocks = blocksOf(type, getBlockSize());
  SmallVector<float> values;
  for (int64_t i = 0; i < codes->count; ++i) {
    uint8_t scaleCode = (*scaleCodes)[blocks.of(i)];
    float scale = twoLevel ? twoLevelScaleValue(scaleCode, tensorScale)
                           : e8m0Value(scaleCode);
    values.push_back(element.dequantize((*codes)[i], scale));
  }
  return makeFloat(getType(), values);
}

//===----------------------------------------------------------------------===//
// Scaling
//===----------------------------------------------------------------------===//

OpFoldResult AmaxOp::fold(FoldAdaptor adaptor) {
  std::optional<Elements<float>> input = getF32Elements(adaptor.getInput());
  if (!input)
    return {};
  return FloatAttr::get(getType(), std::fabs(amaxOf(*input)));
}

OpFoldResult ComputeScaleOp::fold(FoldAdaptor adaptor) {
  std::optional<float> amax = getF32(adaptor.getAmax());
  if (!amax)
    return {};
  Format format = *altgrad::getFormat(getFormat());
  return FloatAttr::get(
      getType(), format.computeScale(*amax, getScaleMin().convertToFloat()));
}

//===----------------------------------------------------------------------===//
// Amax history
//===----------------------------------------------------------------------===//

static HistoryAttr makeHistory(Type type, ArrayRef<float> records,
                               uint64_t rejected) {
  return HistoryAttr::get(type.getContext(), type,
                          DenseF32ArrayAttr::get(type.getContext(), records),
                          rejected);
}

OpFoldResult HistoryEmptyOp::fold(FoldAdaptor) {
  return makeHistory(getType(), {}, 0);
}

OpFoldResult HistoryUpdateOp::fold(FoldAdaptor adaptor) {
  // An empty batch changes nothing, whatever the state.
  if (auto shaped = dyn_cast<ShapedType>(getInput().getType()))
    if (shaped.hasStaticShape() && shaped.getNumElements() == 0)
      return getHistory();
  auto history = dyn_cast_or_null<HistoryAttr>(adaptor.getHistory());
  std::optional<Elements<float>> input = getF32Elements(adaptor.getInput());
  if (!history || !input)
    return {};
  float amax = amaxOf(*input);
  if (!std::isfinite(amax))
    return makeHistory(getType(), history.getRecords().asArrayRef(),
                       history.getRejected() + 1);
  SmallVector<float> records(history.getRecords().asArrayRef());
  records.push_back(amax);
  unsigned length = getType().getLength();
  if (records.size() > length)
    records.erase(records.begin(), records.end() - length);
  return makeHistory(getType(), records, history.getRejected());
}

OpFoldResult HistoryAmaxOp::fold(FoldAdaptor adaptor) {
  auto history = dyn_cast_or_null<HistoryAttr>(adaptor.getHistory());
  if (!history)
    return {};
  ArrayRef<float> records = history.getRecords().asArrayRef();
  float amax = 1.0f;
  if (!records.empty())
    amax = getPolicy() == AmaxPolicy::most_recent
               ? records.back()
               : *std::max_element(records.begin(), records.end());
  return FloatAttr::get(getType(), amax);
}

OpFoldResult HistoryResetOp::fold(FoldAdaptor) {
  return makeHistory(getType(), {}, 0);
}

OpFoldResult HistoryRejectedOp::fold(FoldAdaptor adaptor) {
  auto history = dyn_cast_or_null<HistoryAttr>(adaptor.getHistory());
  if (!history)
    return {};
  return IntegerAttr::get(getType(), history.getRejected());
}

//===----------------------------------------------------------------------===//
// Bit-stall
//===----------------------------------------------------------------------===//

/// (stalled, total) of `stalls(i)` over `total` elements, one evaluation when
/// every operand is a splat.
static LogicalResult foldStallCounts(MLIRContext *context, int64_t total,
                                     bool splat,
                                     llvm::function_ref<bool(int64_t)> stalls,
                                     SmallVectorImpl<OpFoldResult> &results) {
  int64_t stalled = 0;
  if (splat)
    stalled = stalls(0) ? total : 0;
  else
    for (int64_t i = 0; i < total; ++i)
      stalled += stalls(i);
  Builder builder(context);
  results.push_back(builder.getI64IntegerAttr(stalled));
  results.push_back(builder.getI64IntegerAttr(total));
  return success();
}

LogicalResult StallCountOp::fold(FoldAdaptor adaptor,
                                 SmallVectorImpl<OpFoldResult> &results) {
  std::optional<Elements<float>> weight = getF32Elements(adaptor.getWeight());
  std::optional<Elements<float>> grad = getF32Elements(adaptor.getGrad());
  std::optional<float> lr = getF32(adaptor.getLr());
  std::optional<float> scale = getF32(adaptor.getScale());
  if (!weight || !grad || !lr || !scale)
    return failure();
  Format format = *altgrad::getFormat(getFormat());
  float threshold = getThreshold().convertToFloat();
  Overflow overflow = toOverflow(getOverflow());
  return foldStallCounts(
      getContext(), weight->count, weight->isSplat() && grad->isSplat(),
      [&](int64_t i) {
        return isStalled(format, (*weight)[i], (*grad)[i], *lr, *scale,
                         threshold, overflow);
      },
      results);
}

LogicalResult UpdateStallCountOp::fold(FoldAdaptor adaptor,
                                       SmallVectorImpl<OpFoldResult> &results) {
  std::optional<Elements<float>> weight = getF32Elements(adaptor.getWeight());
  std::optional<Elements<float>> updated = getF32Elements(adaptor.getUpdated());
  std::optional<float> scale = getF32(adaptor.getScale());
  if (!weight || !updated || !scale)
    return failure();
  Format format = *altgrad::getFormat(getFormat());
  float threshold = getThreshold().convertToFloat();
  Overflow overflow = toOverflow(getOverflow());
  return foldStallCounts(
      getContext(), weight->count, weight->isSplat() && updated->isSplat(),
      [&](int64_t i) {
        return isUpdateStalled(format, (*weight)[i], (*updated)[i], *scale,
                               threshold, overflow);
      },
      results);
}
