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
/// altgrad type is rebuilt with converted types.
void populateAltGradToArithConversionPatterns(
    const mlir::TypeConverter &typeConverter,
    mlir::RewritePatternSet &patterns);

/// Marks altgrad illegal and every other op legal once its types are.
void populateAltGradToArithConversionTarget(
    const mlir::TypeConverter &typeConverter, mlir::ConversionTarget &target);

} // namespace altgrad

#endif // ALTGRAD_CONVERSION_ALTGRADTOARITH_ALTGRADTOARITH_H
