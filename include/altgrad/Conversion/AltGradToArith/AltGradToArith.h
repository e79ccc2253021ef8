//===- AltGradToArith.h - Lower altgrad to upstream dialects ---*- C++ -*-===//
//
// altgrad ops become integer and f32 `arith` code (FormatCodegen), tensors
// become `linalg.generic` maps and reductions over it, and `!altgrad.fp`
// values become their `i8` codes. The result bufferizes with One-Shot
// Bufferize and lowers with upstream passes alone.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_CONVERSION_ALTGRADTOARITH_ALTGRADTOARITH_H
#define ALTGRAD_CONVERSION_ALTGRADTOARITH_ALTGRADTOARITH_H

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Transforms/DialectConversion.h"

namespace altgrad {

/// Converts `!altgrad.fp` to `i8` (also inside vectors, tensors and
/// memrefs) and `!altgrad.history<L>` to its two parts: the records as a
/// `vector<Lxf32>`, oldest first with -1.0 in empty slots, and the rejected
/// count as an `i64`. Builtin float types are kept: their codes are
/// bit-cast at each op.
class AltGradTypeConverter : public mlir::TypeConverter {
public:
  AltGradTypeConverter();
};

/// Patterns lowering every altgrad op; any other op whose types mention an
/// altgrad type is rebuilt with converted types. With
/// `keepHardwareConversions`, element code leaves the quantizations
/// `isHardwareConversion` accepts to convert-altgrad-to-nvvm.
void populateAltGradToArithConversionPatterns(
    const mlir::TypeConverter &typeConverter, mlir::RewritePatternSet &patterns,
    bool keepHardwareConversions = false);

/// Marks altgrad illegal and every other op legal once its types are;
/// with `keepHardwareConversions`, the quantizations `isHardwareConversion`
/// accepts stay legal.
void populateAltGradToArithConversionTarget(
    const mlir::TypeConverter &typeConverter, mlir::ConversionTarget &target,
    bool keepHardwareConversions = false);

/// A scalar f32 quantization, saturating, to the builtin type of a format
/// sm_89+ GPUs convert to in hardware (f8E5M2, f8E4M3FN).
bool isHardwareConversion(QuantizeOp op);

} // namespace altgrad

#endif // ALTGRAD_CONVERSION_ALTGRADTOARITH_ALTGRADTOARITH_H
