//===- FormatCodegen.cpp - SPEC.md's arithmetic as arith ops --------------===//
//
// Quantization rounds in the integer domain, exactly as the format model
// does: no step through f16 or bf16, no floating-point rounding other than
// the one f32 division SPEC.md prescribes.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Conversion/AltGradToArith/FormatCodegen.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

#include <limits>

using namespace mlir;
using namespace altgrad;

using arith::CmpFPredicate;
using arith::CmpIPredicate;

FormatCodegen::FormatCodegen(OpBuilder &builder, Location loc,
                             const Format &format, Type codeElementType)
    : builder(builder), loc(loc), format(format),
      codeElementType(codeElementType) {}

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

Value FormatCodegen::quantize(Value x, Value scale, Overflow overflow) {
  Type like = x.getType();
  Type f32 = shaped(builder.getF32Type(), like);
  Type i32 = shaped(builder.getI32Type(), like);
  auto c = [&](int64_t value) { return intConstant(i32, value); };
  auto shl = [&](Value lhs, Value rhs) {
    return arith::ShLIOp::create(builder, loc, lhs, rhs);
  };
  auto add = [&](Value lhs, Value rhs) {
    return arith::AddIOp::create(builder, loc, lhs, rhs);
  };
  auto sub = [&](Value lhs, Value rhs) {
    return arith::SubIOp::create(builder, loc, lhs, rhs);
  };
  auto andi = [&](Value lhs, Value rhs) {
    return arith::AndIOp::create(builder, loc, lhs, rhs);
  };
  auto ori = [&](Value lhs, Value rhs) {
    return arith::OrIOp::create(builder, loc, lhs, rhs);
  };

  // A NaN keeps the sign of the input itself: GPUs return a canonical NaN
  // from the division, whatever the operand's sign.
  Type inputElement = getElementTypeOrSelf(like);
  Type inputBitsType = shaped(
      builder.getIntegerType(inputElement.getIntOrFloatBitWidth()), like);
  Value inputNegative =
      cmp(CmpIPredicate::slt,
          arith::BitcastOp::create(builder, loc, inputBitsType, x),
          intConstant(inputBitsType, 0));
  // f16 and bf16 extend to f32 exactly; then the one division.
  if (inputElement != builder.getF32Type())
    x = arith::ExtFOp::create(builder, loc, f32, x);
  Value y = arith::DivFOp::create(builder, loc, x, splat(scale, like));

  Value bits = arith::BitcastOp::create(builder, loc, i32, y);
  Value negative = cmp(CmpIPredicate::slt, bits, c(0));
  Value absBits = andi(bits, c(0x7fffffff));
  Value isNaN = cmp(CmpIPredicate::ugt, absBits, c(0x7f800000));
  Value isInf = cmp(CmpIPredicate::eq, absBits, c(0x7f800000));

  // |y| = significand * 2^(exponent - 23) with bit 23 of the significand set.
  // f32 subnormals are first scaled by 2^64, exactly, into normal numbers: a
  // format's normal range may reach below 2^-126. Zero keeps a zero
  // significand and rounds to zero below.
  Value isSubnormal = cmp(CmpIPredicate::ult, absBits, c(0x800000));
  Value magnitudeF32 = arith::BitcastOp::create(builder, loc, f32, absBits);
  Value normalized = select(isSubnormal,
                            arith::MulFOp::create(builder, loc, magnitudeF32,
                                                  floatConstant(like, 0x1p64f)),
                            magnitudeF32);
  Value normalizedBits =
      arith::BitcastOp::create(builder, loc, i32, normalized);
  Value exponent = sub(
      sub(arith::ShRUIOp::create(builder, loc, normalizedBits, c(23)), c(127)),
      select(isSubnormal, c(64), c(0)));
  Value significand =
      select(cmp(CmpIPredicate::eq, absBits, c(0)), c(0),
             ori(andi(normalizedBits, c(0x7fffff)), c(0x800000)));

  // Round to a multiple of the format's spacing at |y|, 2^(target - M). A
  // shift of 25 or more leaves less than half a quantum: it rounds to zero
  // like any larger shift, so the clamp keeps shifts in range.
  int64_t minExponent = format.minNormalExponent();
  int64_t mantissaBits = format.mantissaBits();
  Value target = arith::MaxSIOp::create(builder, loc, exponent, c(minExponent));
  Value shift = arith::MinSIOp::create(
      builder, loc, add(sub(target, exponent), c(23 - mantissaBits)), c(25));
  Value truncated = arith::ShRUIOp::create(builder, loc, significand, shift);
  Value remainder = andi(significand, sub(shl(c(1), shift), c(1)));
  Value half = shl(c(1), sub(shift, c(1)));
  // Exponent steps and quanta add up to the magnitude code, carries included.
  Value magnitude =
      add(shl(sub(target, c(minExponent)), c(mantissaBits)), truncated);
  // Ties go to the code whose last bit is 0.
  Value odd = cmp(CmpIPredicate::ne, andi(magnitude, c(1)), c(0));
  Value roundUp = ori(cmp(CmpIPredicate::ugt, remainder, half),
                      andi(cmp(CmpIPredicate::eq, remainder, half), odd));
  magnitude =
      add(magnitude, arith::ExtUIOp::create(builder, loc, i32, roundUp));

  Value code = ori(select(negative, c(format.signMask()), c(0)), magnitude);
  if (!format.hasNegativeZero())
    code = select(cmp(CmpIPredicate::eq, magnitude, c(0)), c(0), code);

  int64_t maxMagnitude = format.maxFiniteMagnitude();
  Value overflowCode;
  if (overflow == Overflow::Saturate || !format.hasNaN())
    overflowCode = selectBySign(negative, format.signMask() | maxMagnitude,
                                maxMagnitude, i32);
  else if (format.hasInf())
    overflowCode = selectBySign(negative, format.infCode(true),
                                format.infCode(false), i32);
  else
    overflowCode = selectBySign(negative, format.nanCode(true),
                                format.nanCode(false), i32);
  Value overflows =
      ori(isInf, cmp(CmpIPredicate::sgt, magnitude, c(maxMagnitude)));
  code = select(overflows, overflowCode, code);

  Value nanCode = format.hasNaN()
                      ? selectBySign(inputNegative, format.nanCode(true),
                                     format.nanCode(false), i32)
                      : c(0);
  code = select(isNaN, nanCode, code);

  Type element = codeElementType;
  unsigned width = isa<FloatType>(element) ? cast<FloatType>(element).getWidth()
                                           : element.getIntOrFloatBitWidth();
  Value narrow = arith::TruncIOp::create(
      builder, loc, shaped(builder.getIntegerType(width), like), code);
  if (isa<FloatType>(element))
    return arith::BitcastOp::create(builder, loc, shaped(element, like),
                                    narrow);
  return narrow;
}

Value FormatCodegen::dequantize(Value code, Value scale) {
  Type like = code.getType();
  Type f32 = shaped(builder.getF32Type(), like);
  Type i32 = shaped(builder.getI32Type(), like);
  auto c = [&](int64_t value) { return intConstant(i32, value); };

  Value bits = codeToI32(code);
  int64_t mantissaBits = format.mantissaBits();
  Value magnitude =
      arith::AndIOp::create(builder, loc, bits, c(format.magnitudeMask()));
  Value negative = cmp(
      CmpIPredicate::ne,
      arith::AndIOp::create(builder, loc, bits, c(format.signMask())), c(0));
  Value exponentField =
      arith::ShRUIOp::create(builder, loc, magnitude, c(mantissaBits));
  Value mantissa = arith::AndIOp::create(builder, loc, magnitude,
                                         c((1 << mantissaBits) - 1));
  Value isSubnormal = cmp(CmpIPredicate::eq, exponentField, c(0));
  Value significand =
      select(isSubnormal, mantissa,
             arith::OrIOp::create(builder, loc, mantissa,
                                  c(int64_t(1) << mantissaBits)));

  // value = significand * 2^unit, both factors exact in f32 and so is the
  // product, which is a format value.
  Value unit = arith::SubIOp::create(
      builder, loc, arith::MaxSIOp::create(builder, loc, exponentField, c(1)),
      c(format.bias() + mantissaBits));
  Value normalPower = arith::ShLIOp::create(
      builder, loc, arith::AddIOp::create(builder, loc, unit, c(127)), c(23));
  Value subnormalShift = arith::MinSIOp::create(
      builder, loc,
      arith::MaxSIOp::create(builder, loc,
                             arith::AddIOp::create(builder, loc, unit, c(149)),
                             c(0)),
      c(31));
  Value subnormalPower =
      arith::ShLIOp::create(builder, loc, c(1), subnormalShift);
  Value power =
      arith::BitcastOp::create(builder, loc, f32,
                               select(cmp(CmpIPredicate::sge, unit, c(-126)),
                                      normalPower, subnormalPower));
  Value value = arith::MulFOp::create(
      builder, loc, arith::UIToFPOp::create(builder, loc, f32, significand),
      power);
  value = select(negative, arith::NegFOp::create(builder, loc, value), value);

  int64_t maxMagnitude = format.maxFiniteMagnitude();
  Value beyondFinite = cmp(CmpIPredicate::sgt, magnitude, c(maxMagnitude));
  if (format.hasInf()) {
    Value isInf = cmp(CmpIPredicate::eq, magnitude,
                      c(format.infCode(false) & format.magnitudeMask()));
    Value inf = select(
        negative, floatConstant(like, -std::numeric_limits<float>::infinity()),
        floatConstant(like, std::numeric_limits<float>::infinity()));
    value = select(isInf, inf, value);
    beyondFinite = arith::AndIOp::create(
        builder, loc, beyondFinite,
        arith::XOrIOp::create(
            builder, loc, isInf,
            intConstant(shaped(builder.getI1Type(), like), 1)));
  }
  if (format.hasNaN()) {
    // Beyond the largest finite magnitude, or the one negative-zero NaN code
    // of fnuz formats.
    Value isNaN = format.hasNegativeZero()
                      ? beyondFinite
                      : cmp(CmpIPredicate::eq, bits, c(format.nanCode(false)));
    value = select(isNaN,
                   floatConstant(like, std::numeric_limits<float>::quiet_NaN()),
                   value);
  }
  return arith::MulFOp::create(builder, loc, value, splat(scale, like));
}

Value FormatCodegen::fakeQuantize(Value x, Value scale, Overflow overflow) {
  return dequantize(quantize(x, scale, overflow), scale);
}

Value FormatCodegen::isStalled(Value weight, Value grad, Value lr, Value scale,
                               float threshold, Overflow overflow) {
  Type like = weight.getType();
  Value update = arith::NegFOp::create(
      builder, loc, arith::MulFOp::create(builder, loc, splat(lr, like), grad));
  Value updated = arith::AddFOp::create(builder, loc, weight, update);
  Value unmoved = arith::CmpFOp::create(builder, loc, CmpFPredicate::OEQ,
                                        fakeQuantize(weight, scale, overflow),
                                        fakeQuantize(updated, scale, overflow));
  Value counted = arith::CmpFOp::create(builder, loc, CmpFPredicate::OGT,
                                        emitAbsF32(builder, loc, grad),
                                        floatConstant(like, threshold));
  return arith::AndIOp::create(builder, loc, unmoved, counted);
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
  auto f32 = [&](float value) {
    return arith::ConstantOp::create(builder, loc,
                                     builder.getF32FloatAttr(value));
  };
  Value ratio = arith::DivFOp::create(
      builder, loc, amax, f32(static_cast<float>(format.largestFinite())));
  Value clamped = arith::MaximumFOp::create(builder, loc, ratio, f32(scaleMin));
  Value finite = arith::CmpFOp::create(
      builder, loc, CmpFPredicate::OLT, emitAbsF32(builder, loc, amax),
      f32(std::numeric_limits<float>::infinity()));
  return arith::SelectOp::create(builder, loc, finite, clamped, f32(1.0f));
}
