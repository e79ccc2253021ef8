//===- FormatCodegen.h - The numeric contract as arith ops -----*- C++ -*-===//
//
// Emits quantization, dequantization and the stall predicate of one format
// as integer and f32 `arith` ops on scalars or vectors, every format constant
// taken from the format model. The CPU and GPU lowerings share it: it only
// emits element-level code and leaves the iteration to its caller.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_CONVERSION_ALTGRADTOARITH_FORMATCODEGEN_H
#define ALTGRAD_CONVERSION_ALTGRADTOARITH_FORMATCODEGEN_H

#include "altgrad/Format/BlockScale.h"
#include "altgrad/Format/Format.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"

#include <optional>

namespace altgrad {

class FormatCodegen {
public:
  /// Codes are values of `codeType`'s element type: `i8` for `!altgrad.fp`,
  /// or the builtin float type itself, bit-cast at the boundary. With
  /// `keepHardwareConversions`, scalar saturating quantizations to a format
  /// GPUs convert to in hardware stay `altgrad.quantize` ops to a builtin
  /// type, for convert-altgrad-to-nvvm.
  FormatCodegen(mlir::OpBuilder &builder, mlir::Location loc,
                const Format &format, mlir::Type codeElementType,
                bool keepHardwareConversions = false);

  /// docs/spec.md section 2. `x` is f32, f16 or bf16, scalar or vector; `scale`
  /// is an f32 scalar. Returns codes of the same shape.
  mlir::Value quantize(mlir::Value x, mlir::Value scale, Overflow overflow);
  /// docs/spec.md section 7: `x` rounded stochastically, saturating, with
  /// the i32 random words `word` of `x`'s shape.
  mlir::Value quantizeStochastic(mlir::Value x, mlir::Value scale,
                                 mlir::Value word);
  /// dequantize(quantizeStochastic(x, scale, word), scale), rounded back to
  /// `x`'s type as fakeQuantize is.
  mlir::Value fakeQuantizeStochastic(mlir::Value x, mlir::Value scale,
                                     mlir::Value word);
  /// The i32 random words of the elements at row-major indices `index` (i64,
  /// scalar or vector) under the i64 scalars `seed` and `offset`: Philox4x32-10
  /// of docs/spec.md section 7, in arith ops.
  mlir::Value randomWord(mlir::Value seed, mlir::Value offset,
                         mlir::Value index);
  /// value(code) * scale in f32, for codes of any shape.
  mlir::Value dequantize(mlir::Value code, mlir::Value scale);
  /// dequantize(quantize(x, scale), scale), computed from the rounded
  /// magnitude itself: no code is assembled and decoded again. f16 and
  /// bf16 results are the f32 result rounded back to `x`'s type.
  mlir::Value fakeQuantize(mlir::Value x, mlir::Value scale, Overflow overflow);
  /// docs/spec.md section 5: whether each weight stalls, as i1 of `weight`'s
  /// shape; f16 and bf16 weights and gradients are extended to f32.
  mlir::Value isStalled(mlir::Value weight, mlir::Value grad, mlir::Value lr,
                        mlir::Value scale, float threshold, Overflow overflow);
  /// docs/spec.md section 6: whether each weight stalls under the given
  /// update, as i1 of `weight`'s shape.
  mlir::Value isUpdateStalled(mlir::Value weight, mlir::Value updated,
                              mlir::Value scale, float threshold,
                              Overflow overflow);

  /// The constant `code` (scalar), in the code element type.
  mlir::Value codeConstant(uint8_t code);

  /// f32 `x` rounded to nearest even to `elementType` (f32: unchanged).
  mlir::Value roundTo(mlir::Value x, mlir::Type elementType);

private:
  /// Whether `weight` and `updated` quantize to equal values (+0 equals -0,
  /// NaN equals nothing), as i1 of their shape.
  mlir::Value isUnmoved(mlir::Value weight, mlir::Value updated,
                        mlir::Value scale, Overflow overflow);
  /// Whether |x| > threshold, as i1 of `x`'s shape.
  mlir::Value isAbove(mlir::Value x, float threshold);
  /// f16 and bf16 `x` extended (exactly) to f32.
  mlir::Value toF32(mlir::Value x);
  /// y = x / scale (f32 `x`) as bits, with the f32 bits and value of |y| in
  /// the working format (see workingFormat in FormatCodegen.cpp).
  struct Scaled {
    mlir::Value bits, absBits, isNaN, magnitude;
  };
  Scaled divide(mlir::Value x, mlir::Value scale, const Format &working,
                int shift);
  /// Whether each element of `x` has its sign bit set, in `x`'s own type:
  /// a NaN keeps the input's sign, whatever the division gives it.
  mlir::Value inputNegative(mlir::Value x);
  /// The code of each rounded `magnitude` (i32, in the format's magnitude
  /// codes, possibly beyond the largest): sign, overflow, fnuz's zero and
  /// NaN applied, narrowed to the code element type.
  mlir::Value assembleCode(mlir::Value magnitude, mlir::Value bits,
                           mlir::Value isNaN, mlir::Value inputNegative,
                           Overflow overflow);
  /// `value` (f32) times 2^exponent for any exponent an f32 result can
  /// take, in one or more exact multiplications.
  mlir::Value scaleByPowerOfTwo(mlir::Value value, int exponent);
  /// The bit of `absBits` that ties round to (the last one the working
  /// format keeps, in code parity); needs exponent bits.
  mlir::Value lastKeptBit(mlir::Value absBits, const Format &working);

  /// `elementType` in the shape of `like` (a scalar or a vector).
  mlir::Type shaped(mlir::Type elementType, mlir::Type like) const;
  mlir::Value intConstant(mlir::Type like, int64_t value);
  mlir::Value floatConstant(mlir::Type like, float value);
  /// `scalar` broadcast to the shape of `like`.
  mlir::Value splat(mlir::Value scalar, mlir::Type like);
  mlir::Value cmp(mlir::arith::CmpIPredicate predicate, mlir::Value lhs,
                  mlir::Value rhs);
  mlir::Value select(mlir::Value condition, mlir::Value onTrue,
                     mlir::Value onFalse);
  /// `onTrue` where `condition` holds, else `onFalse`; one per format sign.
  mlir::Value selectBySign(mlir::Value negative, int64_t onTrue,
                           int64_t onFalse, mlir::Type like);
  /// The code as an i32 of its shape, bits above the format masked off.
  mlir::Value codeToI32(mlir::Value code);
  /// Whether codes (as `codeToI32` gives them) are Inf; needs `hasInf()`.
  mlir::Value isInfCode(mlir::Value bits);
  /// Whether codes (as `codeToI32` gives them) are NaN; needs `hasNaN()`.
  mlir::Value isNaNCode(mlir::Value bits);

  mlir::OpBuilder &builder;
  mlir::Location loc;
  Format format;
  mlir::Type codeElementType;
  bool keepHardwareConversions;
};

/// The builtin type of `format` when sm_89+ GPUs convert f32 to it in
/// hardware with docs/spec.md's saturating rounding (E5M2 and E4M3FN).
std::optional<mlir::FloatType>
hardwareConversionType(const Format &format, mlir::MLIRContext *context);

/// |x| for f32 scalars or vectors, by clearing the sign bit: exact for every
/// input, NaN included, and free of math-library calls on GPUs (where
/// math.absf becomes a libdevice call).
mlir::Value emitAbsF32(mlir::OpBuilder &builder, mlir::Location loc,
                       mlir::Value x);

/// docs/spec.md section 3 on an f32 scalar.
mlir::Value emitComputeScale(mlir::OpBuilder &builder, mlir::Location loc,
                             const Format &format, mlir::Value amax,
                             float scaleMin);
/// docs/spec.md section 3 for the range `largest` (altgrad::computeScale).
mlir::Value emitComputeScale(mlir::OpBuilder &builder, mlir::Location loc,
                             float largest, mlir::Value amax, float scaleMin);

/// docs/spec.md section 8: the E8M0 code (i8) of the power-of-two scale of a
/// block whose max |x| is the f32 scalar `amax` (powerOfTwoBlockScale).
mlir::Value emitPowerOfTwoBlockScale(mlir::OpBuilder &builder,
                                     mlir::Location loc, const Format &element,
                                     mlir::Value amax, BlockScaleRule rule);
/// The f32 value of an E8M0 code (i8 scalar): 2^(code - 127), NaN for 255.
mlir::Value emitE8M0Value(mlir::OpBuilder &builder, mlir::Location loc,
                          mlir::Value code);

} // namespace altgrad

#endif // ALTGRAD_CONVERSION_ALTGRADTOARITH_FORMATCODEGEN_H
