//===- FormatCodegen.cpp - The numeric contract as arith ops -------------===//
//
// Quantization rounds in the integer domain, exactly as the format model
// does: no step through f16 or bf16, no floating-point rounding other than
// the one f32 division docs/spec.md prescribes.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Conversion/AltGradToArith/FormatCodegen.h"

#include "altgrad/Conversion/AltGradToArith/AltGradToArith.h"
#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"
#include "altgrad/Format/Philox.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/bit.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

using namespace mlir;
using namespace altgrad;

using arith::CmpFPredicate;
using arith::CmpIPredicate;

FormatCodegen::FormatCodegen(OpBuilder &builder, Location loc,
                             const Format &format, Type codeElementType,
                             bool keepHardwareConversions)
    : builder(builder), loc(loc), format(format),
      codeElementType(codeElementType),
      keepHardwareConversions(keepHardwareConversions) {}

std::optional<FloatType> altgrad::hardwareConversionType(const Format &format,
                                                         MLIRContext *context) {
  if (format == *Format::lookup("E5M2"))
    return Float8E5M2Type::get(context);
  if (format == *Format::lookup("E4M3FN"))
    return Float8E4M3FNType::get(context);
  return std::nullopt;
}

Type FormatCodegen::shaped(Type elementType, Type like) const {
  if (auto vector = dyn_cast<VectorType>(like))
    return vector.clone(elementType);
  return elementType;
}

Value FormatCodegen::intConstant(Type like, int64_t value) {
  Type type = shaped(getElementTypeOrSelf(like), like);
  auto element = cast<IntegerType>(getElementTypeOrSelf(like));
  TypedAttr attr = builder.getIntegerAttr(element, value);
  if (auto vector = dyn_cast<VectorType>(type))
    attr = SplatElementsAttr::get(vector, attr);
  return arith::ConstantOp::create(builder, loc, attr);
}

Value FormatCodegen::floatConstant(Type like, float value) {
  Type f32 = builder.getF32Type();
  Type type = shaped(f32, like);
  TypedAttr attr = builder.getF32FloatAttr(value);
  if (auto vector = dyn_cast<VectorType>(type))
    attr = SplatElementsAttr::get(vector, attr);
  return arith::ConstantOp::create(builder, loc, attr);
}

Value FormatCodegen::splat(Value scalar, Type like) {
  if (auto vector = dyn_cast<VectorType>(like))
    return vector::BroadcastOp::create(builder, loc,
                                       vector.clone(scalar.getType()), scalar);
  return scalar;
}

Value FormatCodegen::cmp(CmpIPredicate predicate, Value lhs, Value rhs) {
  return arith::CmpIOp::create(builder, loc, predicate, lhs, rhs);
}

Value FormatCodegen::select(Value condition, Value onTrue, Value onFalse) {
  return arith::SelectOp::create(builder, loc, condition, onTrue, onFalse);
}

Value FormatCodegen::selectBySign(Value negative, int64_t onTrue,
                                  int64_t onFalse, Type like) {
  if (onTrue == onFalse)
    return intConstant(like, onTrue);
  return arith::SelectOp::create(builder, loc, negative,
                                 intConstant(like, onTrue),
                                 intConstant(like, onFalse));
}

Value FormatCodegen::codeToI32(Value code) {
  Type like = code.getType();
  Type element = getElementTypeOrSelf(like);
  if (auto floatType = dyn_cast<FloatType>(element))
    code = arith::BitcastOp::create(
        builder, loc,
        shaped(builder.getIntegerType(floatType.getWidth()), like), code);
  Type i32 = shaped(builder.getI32Type(), like);
  Value wide = arith::ExtUIOp::create(builder, loc, i32, code);
  return arith::AndIOp::create(builder, loc, wide,
                               intConstant(i32, format.numCodes() - 1));
}

/// The format with `format`'s codes whose values are those of `format`
/// times 2^`shift`, chosen so that its normal values are f32 normals and its
/// subnormal spacing 2^q allows the rounding constant 2^(q + 23) in f32.
/// Scaling by a power of two is exact wherever it matters: the lowering
/// works in this format and scales by 2^shift on the way in and out.
static std::pair<Format, int> workingFormat(const Format &format) {
  int bias = format.bias();
  int shift = 0;
  if (bias > 127)
    shift = bias - 127;
  int quantumExponent =
      1 - (bias - shift) - static_cast<int>(format.mantissaBits());
  if (quantumExponent > 104)
    shift = 104 - quantumExponent;
  std::optional<Format> working =
      Format::get(format.exponentBits(), format.mantissaBits(), bias - shift,
                  format.rule());
  assert(working && "a shifted valid format stays valid");
  return {*working, shift};
}

/// 2^exponent as an f32 (exact: every exponent used is within f32).
static float powerOfTwo(int exponent) { return std::ldexp(1.0f, exponent); }

FormatCodegen::Scaled FormatCodegen::divide(Value x, Value scale,
                                            const Format &working, int shift) {
  Type like = x.getType();
  Type f32 = shaped(builder.getF32Type(), like);
  Type i32 = shaped(builder.getI32Type(), like);
  auto bitsOf = [&](Value value) {
    return arith::BitcastOp::create(builder, loc, i32, value).getResult();
  };
  Value y = arith::DivFOp::create(builder, loc, x, splat(scale, like));
  Value bits = bitsOf(y);
  Value absBits =
      arith::AndIOp::create(builder, loc, bits, intConstant(i32, 0x7fffffff));
  Value isNaN = cmp(CmpIPredicate::ugt, absBits, intConstant(i32, 0x7f800000));
  Value magnitude = arith::BitcastOp::create(builder, loc, f32, absBits);
  if (shift != 0) {
    // Exact, or an overflow to Inf where every format value is far smaller.
    magnitude = arith::MulFOp::create(builder, loc, magnitude,
                                      floatConstant(like, powerOfTwo(shift)));
    absBits = bitsOf(magnitude);
  }
  return {bits, absBits, isNaN, magnitude};
}

Value FormatCodegen::lastKeptBit(Value absBits, const Format &working) {
  Type i32 = absBits.getType();
  int droppedBits = 23 - working.mantissaBits();
  int64_t rebase = int64_t(working.minNormalExponent() + 126) << 23;
  Value bit = arith::AndIOp::create(
      builder, loc,
      arith::ShRUIOp::create(builder, loc, absBits,
                             intConstant(i32, droppedBits)),
      intConstant(i32, 1));
  // With no mantissa bits the last kept bit is the exponent's, whose
  // parity the rebase flips when it moves the field by an odd amount.
  if ((rebase >> droppedBits) & 1)
    bit = arith::XOrIOp::create(builder, loc, bit, intConstant(i32, 1));
  return bit;
}

Value FormatCodegen::inputNegative(Value x) {
  Type like = x.getType();
  Type bitsType =
      shaped(builder.getIntegerType(
                 getElementTypeOrSelf(like).getIntOrFloatBitWidth()),
             like);
  return cmp(CmpIPredicate::slt,
             arith::BitcastOp::create(builder, loc, bitsType, x),
             intConstant(bitsType, 0));
}

Value FormatCodegen::quantize(Value x, Value scale, Overflow overflow) {
  Type like = x.getType();
  Type i32 = shaped(builder.getI32Type(), like);
  auto c = [&](int64_t value) { return intConstant(i32, value); };
  auto bitsOf = [&](Value value) {
    return arith::BitcastOp::create(builder, loc, i32, value).getResult();
  };
  auto shrui = [&](Value lhs, int64_t amount) {
    return arith::ShRUIOp::create(builder, loc, lhs, c(amount));
  };

  // A NaN keeps the sign of the input itself: GPUs return a canonical NaN
  // from the division, whatever the operand's sign.
  Value negativeInput = inputNegative(x);
  // Then the one division.
  x = toF32(x);
  std::optional<FloatType> hardwareType =
      hardwareConversionType(format, builder.getContext());
  if (keepHardwareConversions && hardwareType && !isa<VectorType>(like) &&
      overflow == Overflow::Saturate) {
    auto kept = QuantizeOp::create(builder, loc, *hardwareType, x, scale,
                                   OverflowMode::saturate);
    // Legal in the conversion, so never lowered back into this branch.
    assert(isHardwareConversion(kept) && "kept op must stay legal");
    Value code =
        arith::BitcastOp::create(builder, loc, builder.getI8Type(), kept);
    if (codeElementType.isInteger(8))
      return code;
    return arith::BitcastOp::create(builder, loc, codeElementType, code);
  }
  auto [working, shift] = workingFormat(format);
  auto [bits, absBits, isNaN, magnitudeF32] = divide(x, scale, working, shift);

  // Below the smallest normal value the format's spacing is 2^q: adding
  // 2^(q + 23) rounds |y| to a multiple of it, ties to even, in one f32
  // rounding, and the low bits of the sum count those multiples.
  int mantissaBits = working.mantissaBits();
  int quantumExponent = working.minNormalExponent() - mantissaBits;
  Value roundingConstant =
      floatConstant(like, powerOfTwo(quantumExponent + 23));
  Value magnitude =
      arith::SubIOp::create(builder, loc,
                            bitsOf(arith::AddFOp::create(
                                builder, loc, magnitudeF32, roundingConstant)),
                            bitsOf(roundingConstant));
  if (working.exponentBits() != 0) {
    // From the smallest normal value up, f32's bits past the format's
    // mantissa round away: add just under half of the dropped part, plus its
    // last kept bit for ties to even, and shift. Carries step the exponent;
    // rebasing the exponent field makes the smallest normal code 1 << M.
    int droppedBits = 23 - mantissaBits;
    int64_t rebase = int64_t(working.minNormalExponent() + 126) << 23;
    Value rounded = arith::AddIOp::create(
        builder, loc,
        arith::AddIOp::create(builder, loc, absBits,
                              lastKeptBit(absBits, working)),
        c((int64_t(1) << (droppedBits - 1)) - 1 - rebase));
    Value smallestNormalBits =
        c(int64_t(working.minNormalExponent() + 127) << 23);
    magnitude = select(cmp(CmpIPredicate::ult, absBits, smallestNormalBits),
                       magnitude, shrui(rounded, droppedBits));
  }
  return assembleCode(magnitude, bits, isNaN, negativeInput, overflow);
}

Value FormatCodegen::scaleByPowerOfTwo(Value value, int exponent) {
  while (exponent != 0) {
    int step = std::clamp(exponent, -126, 127);
    value = arith::MulFOp::create(
        builder, loc, value, floatConstant(value.getType(), powerOfTwo(step)));
    exponent -= step;
  }
  return value;
}

Value FormatCodegen::quantizeStochastic(Value x, Value scale, Value word) {
  Type like = x.getType();
  Type f32 = shaped(builder.getF32Type(), like);
  Type i32 = shaped(builder.getI32Type(), like);
  auto c = [&](int64_t value) { return intConstant(i32, value); };

  Value negativeInput = inputNegative(x);
  x = toF32(x);
  auto [working, shift] = workingFormat(format);
  auto [bits, absBits, isNaN, magnitudeF32] = divide(x, scale, working, shift);

  // |y| = (lo + delta) * spacing with lo the magnitude code below |y|; the
  // fraction D = floor(delta * 2^32) is exact in both ranges. Below the
  // smallest normal value the spacing is 2^q, and |y| / 2^q is exact
  // wherever D can be nonzero (a normal f32 or an f32 subnormal scaled up).
  // Clamped to 2^8, above every subnormal code, so the conversions stay
  // defined for magnitudes the other range handles (Inf and NaN included).
  int mantissaBits = working.mantissaBits();
  int quantumExponent = working.minNormalExponent() - mantissaBits;
  Value quanta = arith::MinNumFOp::create(
      builder, loc, scaleByPowerOfTwo(magnitudeF32, -quantumExponent),
      floatConstant(like, 256.0f));
  Value magnitude = arith::FPToUIOp::create(builder, loc, i32, quanta);
  Value fraction = arith::SubFOp::create(
      builder, loc, quanta,
      arith::UIToFPOp::create(builder, loc, f32, magnitude));
  Value d = arith::FPToUIOp::create(
      builder, loc, i32,
      arith::MulFOp::create(builder, loc, fraction,
                            floatConstant(like, powerOfTwo(32))));
  if (working.exponentBits() != 0) {
    // From the smallest normal value up, the code is f32's bits with the
    // exponent field rebased, shifted past the dropped bits, and those bits
    // are delta's leading ones.
    int droppedBits = 23 - mantissaBits;
    int64_t rebase = int64_t(working.minNormalExponent() + 126) << 23;
    Value isSubnormal =
        cmp(CmpIPredicate::ult, absBits,
            c(int64_t(working.minNormalExponent() + 127) << 23));
    magnitude =
        select(isSubnormal, magnitude,
               arith::ShRUIOp::create(
                   builder, loc,
                   arith::SubIOp::create(builder, loc, absBits, c(rebase)),
                   c(droppedBits)));
    d = select(isSubnormal, d,
               arith::ShLIOp::create(
                   builder, loc,
                   arith::AndIOp::create(builder, loc, absBits,
                                         c((int64_t(1) << droppedBits) - 1)),
                   c(32 - droppedBits)));
  }
  // hi when D + word >= 2^32: the 32-bit sum wraps below D.
  Value carry =
      cmp(CmpIPredicate::ult, arith::AddIOp::create(builder, loc, d, word), d);
  magnitude =
      arith::AddIOp::create(builder, loc, magnitude,
                            arith::ExtUIOp::create(builder, loc, i32, carry));
  return assembleCode(magnitude, bits, isNaN, negativeInput,
                      Overflow::Saturate);
}

Value FormatCodegen::fakeQuantizeStochastic(Value x, Value scale, Value word) {
  return roundTo(dequantize(quantizeStochastic(x, scale, word), scale),
                 getElementTypeOrSelf(x.getType()));
}

Value FormatCodegen::randomWord(Value seed, Value offset, Value index) {
  Type like = index.getType();
  Type i32 = shaped(builder.getI32Type(), like);
  Type i64 = shaped(builder.getI64Type(), like);
  Type scalarI32 = builder.getI32Type();
  auto low = [&](Value value, Type type) {
    return arith::TruncIOp::create(builder, loc, type, value).getResult();
  };
  auto high = [&](Value value, Type type) {
    return low(arith::ShRUIOp::create(builder, loc, value,
                                      intConstant(value.getType(), 32)),
               type);
  };
  auto add = [&](Value lhs, Value rhs) {
    return arith::AddIOp::create(builder, loc, lhs, rhs).getResult();
  };
  auto xori = [&](Value lhs, Value rhs) {
    return arith::XOrIOp::create(builder, loc, lhs, rhs).getResult();
  };
  Value block =
      arith::ShRUIOp::create(builder, loc, index, intConstant(i64, 2));
  Value counter[4] = {low(block, i32), high(block, i32),
                      splat(low(offset, scalarI32), like),
                      splat(high(offset, scalarI32), like)};
  // The key schedule is the same for every element: scalars, splat per round.
  Value key[2] = {low(seed, scalarI32), high(seed, scalarI32)};
  for (unsigned round = 0; round < kPhiloxRounds; ++round) {
    if (round != 0)
      for (unsigned k = 0; k < 2; ++k)
        key[k] = add(key[k], intConstant(scalarI32, int32_t(kPhiloxWeyl[k])));
    Value products[2];
    for (unsigned k = 0; k < 2; ++k)
      products[k] = arith::MulIOp::create(
          builder, loc,
          arith::ExtUIOp::create(builder, loc, i64, counter[2 * k]),
          intConstant(i64, kPhiloxMultipliers[k]));
    counter[0] =
        xori(xori(high(products[1], i32), counter[1]), splat(key[0], like));
    counter[1] = low(products[1], i32);
    counter[2] =
        xori(xori(high(products[0], i32), counter[3]), splat(key[1], like));
    counter[3] = low(products[0], i32);
  }
  // Element i takes word i mod 4 of its block.
  Value lane =
      low(arith::AndIOp::create(builder, loc, index, intConstant(i64, 3)), i32);
  Value word = counter[3];
  for (int k = 2; k >= 0; --k)
    word = select(cmp(CmpIPredicate::eq, lane, intConstant(i32, k)), counter[k],
                  word);
  return word;
}

Value FormatCodegen::assembleCode(Value magnitude, Value bits, Value isNaN,
                                  Value negativeInput, Overflow overflow) {
  Type i32 = magnitude.getType();
  auto c = [&](int64_t value) { return intConstant(i32, value); };
  // Magnitudes beyond the largest finite one (Inf and NaN inputs included,
  // NaN is replaced below) saturate or overflow.
  int64_t maxMagnitude = format.maxFiniteMagnitude();
  Value signBit = arith::ShLIOp::create(
      builder, loc, arith::ShRUIOp::create(builder, loc, bits, c(31)),
      c(format.exponentBits() + format.mantissaBits()));
  Value code;
  if (overflow == Overflow::Saturate || !format.hasNaN()) {
    magnitude =
        arith::MinUIOp::create(builder, loc, magnitude, c(maxMagnitude));
    code = arith::OrIOp::create(builder, loc, magnitude, signBit);
  } else {
    Value negative = cmp(CmpIPredicate::slt, bits, c(0));
    Value overflowCode = format.hasInf()
                             ? selectBySign(negative, format.infCode(true),
                                            format.infCode(false), i32)
                             : selectBySign(negative, format.nanCode(true),
                                            format.nanCode(false), i32);
    code = select(cmp(CmpIPredicate::ugt, magnitude, c(maxMagnitude)),
                  overflowCode,
                  arith::OrIOp::create(builder, loc, magnitude, signBit));
  }
  if (!format.hasNegativeZero())
    code = select(cmp(CmpIPredicate::eq, magnitude, c(0)), c(0), code);

  Value nanCode = format.hasNaN()
                      ? selectBySign(negativeInput, format.nanCode(true),
                                     format.nanCode(false), i32)
                      : c(0);
  code = select(isNaN, nanCode, code);

  Type element = codeElementType;
  unsigned width = isa<FloatType>(element) ? cast<FloatType>(element).getWidth()
                                           : element.getIntOrFloatBitWidth();
  Value narrow = arith::TruncIOp::create(
      builder, loc, shaped(builder.getIntegerType(width), i32), code);
  if (isa<FloatType>(element))
    return arith::BitcastOp::create(builder, loc, shaped(element, i32), narrow);
  return narrow;
}

Value FormatCodegen::dequantize(Value code, Value scale) {
  Type like = code.getType();
  Type f32 = shaped(builder.getF32Type(), like);
  Type i32 = shaped(builder.getI32Type(), like);
  auto c = [&](int64_t value) { return intConstant(i32, value); };

  Value bits = codeToI32(code);
  Value magnitude =
      arith::AndIOp::create(builder, loc, bits, c(format.magnitudeMask()));
  auto [working, shift] = workingFormat(format);
  int mantissaBits = working.mantissaBits();

  // Subnormal codes count multiples of 2^q; normal codes are f32's bit
  // layout with the exponent field rebased. Both are exact f32 values.
  int quantumExponent = working.minNormalExponent() - mantissaBits;
  Value value = arith::MulFOp::create(
      builder, loc, arith::UIToFPOp::create(builder, loc, f32, magnitude),
      floatConstant(like, powerOfTwo(quantumExponent)));
  if (working.exponentBits() != 0) {
    Value normal = arith::BitcastOp::create(
        builder, loc, f32,
        arith::AddIOp::create(builder, loc,
                              arith::ShLIOp::create(builder, loc, magnitude,
                                                    c(23 - mantissaBits)),
                              c(int64_t(127 - working.bias()) << 23)));
    value = select(cmp(CmpIPredicate::ult, magnitude, c(1 << mantissaBits)),
                   value, normal);
  }
  Value signBits = arith::ShLIOp::create(
      builder, loc,
      arith::AndIOp::create(builder, loc, bits, c(format.signMask())),
      c(31 - format.exponentBits() - format.mantissaBits()));
  value = arith::BitcastOp::create(
      builder, loc, f32,
      arith::OrIOp::create(builder, loc,
                           arith::BitcastOp::create(builder, loc, i32, value),
                           signBits));
  if (shift != 0)
    value = arith::MulFOp::create(builder, loc, value,
                                  floatConstant(like, powerOfTwo(-shift)));

  if (format.hasInf()) {
    Value negative = cmp(CmpIPredicate::ne, signBits, c(0));
    Value inf = select(
        negative, floatConstant(like, -std::numeric_limits<float>::infinity()),
        floatConstant(like, std::numeric_limits<float>::infinity()));
    value = select(isInfCode(bits), inf, value);
  }
  if (format.hasNaN())
    value = select(isNaNCode(bits),
                   floatConstant(like, std::numeric_limits<float>::quiet_NaN()),
                   value);
  return arith::MulFOp::create(builder, loc, value, splat(scale, like));
}

Value FormatCodegen::isInfCode(Value bits) {
  Type i32 = bits.getType();
  return cmp(CmpIPredicate::eq,
             arith::AndIOp::create(builder, loc, bits,
                                   intConstant(i32, format.magnitudeMask())),
             intConstant(i32, format.infCode(false) & format.magnitudeMask()));
}

Value FormatCodegen::isNaNCode(Value bits) {
  Type i32 = bits.getType();
  // fnuz: the one negative-zero code. Otherwise every magnitude beyond the
  // largest finite one that is not Inf.
  if (!format.hasNegativeZero())
    return cmp(CmpIPredicate::eq, bits,
               intConstant(i32, format.nanCode(false)));
  Value beyondFinite =
      cmp(CmpIPredicate::ugt,
          arith::AndIOp::create(builder, loc, bits,
                                intConstant(i32, format.magnitudeMask())),
          intConstant(i32, format.maxFiniteMagnitude()));
  if (!format.hasInf())
    return beyondFinite;
  return arith::AndIOp::create(
      builder, loc, beyondFinite,
      arith::XOrIOp::create(builder, loc, isInfCode(bits),
                            intConstant(shaped(builder.getI1Type(), i32), 1)));
}

Value FormatCodegen::toF32(Value x) {
  Type f32 = shaped(builder.getF32Type(), x.getType());
  if (x.getType() == f32)
    return x;
  return arith::ExtFOp::create(builder, loc, f32, x);
}

Value FormatCodegen::roundTo(Value x, Type elementType) {
  Type type = shaped(elementType, x.getType());
  if (x.getType() == type)
    return x;
  return arith::TruncFOp::create(builder, loc, type, x);
}

Value FormatCodegen::fakeQuantize(Value x, Value scale, Overflow overflow) {
  Type inputType = x.getType();
  x = toF32(x);
  Type like = x.getType();
  Type f32 = shaped(builder.getF32Type(), like);
  Type i32 = shaped(builder.getI32Type(), like);
  auto c = [&](int64_t value) { return intConstant(i32, value); };
  auto bitsOf = [&](Value value) {
    return arith::BitcastOp::create(builder, loc, i32, value).getResult();
  };
  auto [working, shift] = workingFormat(format);
  auto [bits, absBits, isNaN, magnitudeF32] = divide(x, scale, working, shift);

  // The rounding of quantize, kept as the f32 bits of the rounded value
  // (in the working format) instead of its code: below the smallest normal
  // value the sum less the constant (exact), above it the rounded bits
  // with the dropped ones cleared.
  int mantissaBits = working.mantissaBits();
  int quantumExponent = working.minNormalExponent() - mantissaBits;
  Value roundingConstant =
      floatConstant(like, powerOfTwo(quantumExponent + 23));
  Value valueBits = bitsOf(arith::SubFOp::create(
      builder, loc,
      arith::AddFOp::create(builder, loc, magnitudeF32, roundingConstant),
      roundingConstant));
  int64_t maxMagnitude = format.maxFiniteMagnitude();
  int64_t maxBits;
  if (working.exponentBits() != 0) {
    int droppedBits = 23 - mantissaBits;
    Value rounded = arith::AddIOp::create(
        builder, loc,
        arith::AddIOp::create(builder, loc, absBits,
                              lastKeptBit(absBits, working)),
        c((int64_t(1) << (droppedBits - 1)) - 1));
    Value smallestNormalBits =
        c(int64_t(working.minNormalExponent() + 127) << 23);
    valueBits =
        select(cmp(CmpIPredicate::ult, absBits, smallestNormalBits), valueBits,
               arith::AndIOp::create(builder, loc, rounded,
                                     c(~((int64_t(1) << droppedBits) - 1))));
  }
  // The bits of the largest finite value, a subnormal one in formats whose
  // only nonzero exponent field is reserved (E1M6).
  if (working.exponentBits() != 0 &&
      maxMagnitude >= (int64_t(1) << mantissaBits)) {
    maxBits = (maxMagnitude << (23 - mantissaBits)) +
              (int64_t(working.minNormalExponent() + 126) << 23);
  } else {
    float largest = powerOfTwo(quantumExponent) * float(maxMagnitude);
    uint32_t largestBits;
    std::memcpy(&largestBits, &largest, sizeof(largest));
    maxBits = largestBits;
  }

  // Non-negative f32 bits order as their values: saturation is an unsigned
  // minimum, overflow a compare, as for codes.
  Value isNaNResult = isNaN;
  if (overflow == Overflow::Saturate || !format.hasNaN()) {
    valueBits = arith::MinUIOp::create(builder, loc, valueBits, c(maxBits));
  } else {
    Value overflows = cmp(CmpIPredicate::ugt, valueBits, c(maxBits));
    if (format.hasInf())
      valueBits = select(overflows, c(0x7f800000), valueBits);
    else
      isNaNResult = arith::OrIOp::create(builder, loc, isNaN, overflows);
  }
  Value value = arith::OrIOp::create(
      builder, loc, valueBits,
      arith::AndIOp::create(builder, loc, bits, c(INT32_MIN)));
  if (!format.hasNegativeZero())
    value = select(cmp(CmpIPredicate::eq, valueBits, c(0)), c(0), value);
  Value result = arith::BitcastOp::create(builder, loc, f32, value);
  if (shift != 0)
    result = arith::MulFOp::create(builder, loc, result,
                                   floatConstant(like, powerOfTwo(-shift)));
  // NaN gives the format's NaN, whose value is NaN; formats without NaN
  // quantize it to +0.
  result =
      select(isNaNResult,
             floatConstant(like, format.hasNaN()
                                     ? std::numeric_limits<float>::quiet_NaN()
                                     : 0.0f),
             result);
  return roundTo(
      arith::MulFOp::create(builder, loc, result, splat(scale, like)),
      getElementTypeOrSelf(inputType));
}

Value FormatCodegen::isUnmoved(Value weight, Value updated, Value scale,
                               Overflow overflow) {
  Value before = quantize(weight, scale, overflow);
  Value after = quantize(updated, scale, overflow);
  auto sameValue = [&] {
    return arith::CmpFOp::create(builder, loc, CmpFPredicate::OEQ,
                                 dequantize(before, scale),
                                 dequantize(after, scale))
        .getResult();
  };
  if (isa<VectorType>(weight.getType()))
    return sameValue();
  // Equal codes are equal values unless NaN. Different codes can still
  // scale to one f32 (+0 and -0, or products that underflow or
  // overflow): only then are both dequantized and compared.
  Value beforeBits = codeToI32(before);
  Value sameCode = cmp(CmpIPredicate::eq, beforeBits, codeToI32(after));
  auto branch = scf::IfOp::create(builder, loc, builder.getI1Type(), sameCode,
                                  /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(branch.thenBlock());
  Value notNaN =
      arith::ConstantOp::create(builder, loc, builder.getBoolAttr(true));
  if (format.hasNaN())
    notNaN = arith::XOrIOp::create(builder, loc, isNaNCode(beforeBits), notNaN);
  scf::YieldOp::create(builder, loc, notNaN);
  builder.setInsertionPointToStart(branch.elseBlock());
  scf::YieldOp::create(builder, loc, sameValue());
  return branch.getResult(0);
}

Value FormatCodegen::isAbove(Value x, float threshold) {
  return arith::CmpFOp::create(builder, loc, CmpFPredicate::OGT,
                               emitAbsF32(builder, loc, x),
                               floatConstant(x.getType(), threshold));
}

Value FormatCodegen::isStalled(Value weight, Value grad, Value lr, Value scale,
                               float threshold, Overflow overflow) {
  weight = toF32(weight);
  grad = toF32(grad);
  Value update = arith::NegFOp::create(
      builder, loc,
      arith::MulFOp::create(builder, loc, splat(lr, weight.getType()), grad));
  Value updated = arith::AddFOp::create(builder, loc, weight, update);
  return arith::AndIOp::create(builder, loc,
                               isUnmoved(weight, updated, scale, overflow),
                               isAbove(grad, threshold));
}

Value FormatCodegen::isUpdateStalled(Value weight, Value updated, Value scale,
                                     float threshold, Overflow overflow) {
  weight = toF32(weight);
  updated = toF32(updated);
  Value change = arith::SubFOp::create(builder, loc, updated, weight);
  return arith::AndIOp::create(builder, loc,
                               isUnmoved(weight, updated, scale, overflow),
                               isAbove(change, threshold));
}

Value altgrad::emitAbsF32(OpBuilder &builder, Location loc, Value x) {
  Type like = x.getType();
  Type i32 = builder.getI32Type();
  if (auto vector = dyn_cast<VectorType>(like))
    i32 = vector.clone(i32);
  TypedAttr mask = builder.getI32IntegerAttr(0x7fffffff);
  if (auto vector = dyn_cast<VectorType>(i32))
    mask = SplatElementsAttr::get(vector, mask);
  Value bits = arith::BitcastOp::create(builder, loc, i32, x);
  Value cleared = arith::AndIOp::create(
      builder, loc, bits, arith::ConstantOp::create(builder, loc, mask));
  return arith::BitcastOp::create(builder, loc, like, cleared);
}

Value altgrad::emitComputeScale(OpBuilder &builder, Location loc,
                                const Format &format, Value amax,
                                float scaleMin) {
  return emitComputeScale(
      builder, loc, static_cast<float>(format.largestFinite()), amax, scaleMin);
}

Value altgrad::emitComputeScale(OpBuilder &builder, Location loc, float largest,
                                Value amax, float scaleMin) {
  auto f32 = [&](float value) {
    return arith::ConstantOp::create(builder, loc,
                                     builder.getF32FloatAttr(value));
  };
  Value ratio = arith::DivFOp::create(builder, loc, amax, f32(largest));
  Value clamped = arith::MaximumFOp::create(builder, loc, ratio, f32(scaleMin));
  Value finite = arith::CmpFOp::create(
      builder, loc, CmpFPredicate::OLT, emitAbsF32(builder, loc, amax),
      f32(std::numeric_limits<float>::infinity()));
  return arith::SelectOp::create(builder, loc, finite, clamped, f32(1.0f));
}

Value FormatCodegen::codeConstant(uint8_t code) {
  unsigned width = isa<FloatType>(codeElementType)
                       ? cast<FloatType>(codeElementType).getWidth()
                       : codeElementType.getIntOrFloatBitWidth();
  Value bits = arith::ConstantOp::create(
      builder, loc,
      builder.getIntegerAttr(builder.getIntegerType(width), code));
  if (isa<FloatType>(codeElementType))
    return arith::BitcastOp::create(builder, loc, codeElementType, bits);
  return bits;
}

Value altgrad::emitPowerOfTwoBlockScale(OpBuilder &builder, Location loc,
                                        const Format &element, Value amax,
                                        BlockScaleRule rule) {
  Type i32 = builder.getI32Type();
  auto c = [&](int64_t value) {
    return arith::ConstantOp::create(builder, loc,
                                     builder.getI32IntegerAttr(value));
  };
  auto bitsOf = [&](Value value) {
    return arith::BitcastOp::create(builder, loc, i32, value);
  };
  // f32 subnormals are first made normal by an exact 2^64; amax = 0 stays 0
  // and its exponent, far below -127, clamps to the smallest scale.
  constexpr int kNormalize = 64;
  Value bits = bitsOf(amax);
  Value exponentField = arith::ShRUIOp::create(builder, loc, bits, c(23));
  Value subnormal = arith::CmpIOp::create(builder, loc, CmpIPredicate::eq,
                                          exponentField, c(0));
  Value normalized = arith::SelectOp::create(
      builder, loc, subnormal,
      arith::MulFOp::create(
          builder, loc, amax,
          arith::ConstantOp::create(
              builder, loc,
              builder.getF32FloatAttr(std::ldexp(1.0f, kNormalize)))),
      amax);
  Value normalizedBits = bitsOf(normalized);
  // floor(log2(amax)) - emax, the exponent of OCP's rule.
  Value exponent = arith::SubIOp::create(
      builder, loc, arith::ShRUIOp::create(builder, loc, normalizedBits, c(23)),
      arith::SelectOp::create(builder, loc, subnormal,
                              c(127 + kNormalize + blockScaleEmax(element)),
                              c(127 + blockScaleEmax(element))));
  if (rule == BlockScaleRule::RCeil) {
    // amax > largest * 2^exponent exactly when amax's significand exceeds
    // the largest value's.
    uint32_t largestBits =
        llvm::bit_cast<uint32_t>(static_cast<float>(element.largestFinite()));
    Value fraction =
        arith::AndIOp::create(builder, loc, normalizedBits, c(0x7fffff));
    Value above = arith::CmpIOp::create(builder, loc, CmpIPredicate::ugt,
                                        fraction, c(largestBits & 0x7fffff));
    exponent =
        arith::AddIOp::create(builder, loc, exponent,
                              arith::ExtUIOp::create(builder, loc, i32, above));
  }
  exponent = arith::MaxSIOp::create(builder, loc, exponent, c(-kE8M0Bias));
  exponent = arith::MinSIOp::create(builder, loc, exponent, c(kE8M0Bias));
  Value code = arith::AddIOp::create(builder, loc, exponent, c(kE8M0Bias));
  // NaN and Inf have the all-ones exponent field.
  code = arith::SelectOp::create(builder, loc,
                                 arith::CmpIOp::create(builder, loc,
                                                       CmpIPredicate::eq,
                                                       exponentField, c(255)),
                                 c(kE8M0NaN), code);
  return arith::TruncIOp::create(builder, loc, builder.getI8Type(), code);
}

Value altgrad::emitE8M0Value(OpBuilder &builder, Location loc, Value code) {
  Type i32 = builder.getI32Type();
  auto c = [&](int64_t value) {
    return arith::ConstantOp::create(builder, loc,
                                     builder.getI32IntegerAttr(value));
  };
  Value wide = arith::ExtUIOp::create(builder, loc, i32, code);
  // Code c is the f32 exponent field c, except 0: 2^-127 is the subnormal
  // with bit 22 set; 255 gives the all-ones exponent, made NaN.
  Value bits = arith::SelectOp::create(
      builder, loc,
      arith::CmpIOp::create(builder, loc, CmpIPredicate::eq, wide, c(0)),
      c(1 << 22), arith::ShLIOp::create(builder, loc, wide, c(23)));
  bits = arith::SelectOp::create(
      builder, loc,
      arith::CmpIOp::create(builder, loc, CmpIPredicate::eq, wide, c(kE8M0NaN)),
      c(0x7fc00000), bits);
  return arith::BitcastOp::create(builder, loc, builder.getF32Type(), bits);
}
