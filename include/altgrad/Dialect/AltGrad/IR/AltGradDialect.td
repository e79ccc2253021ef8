//===- AltGradDialect.td - The altgrad dialect -------------*- tablegen -*-===//

#ifndef ALTGRAD_DIALECT
#define ALTGRAD_DIALECT

include "mlir/IR/OpBase.td"

def AltGrad_Dialect : Dialect {
  let name = "altgrad";
  let cppNamespace = "::altgrad";
  let summary = "8-bit floating-point formats, scaling and bit-stall";
  let description = [{
    The altgrad dialect expresses the numerics of 8-bit floating-point
    training research: format types for any exponent/mantissa split of a
    byte, quantization with a per-tensor scale, the scale computed from a
    tensor's range, an amax history for delayed scaling, and the bit-stall
    count of an SGD step. Every number follows altgrad's docs/spec.md.

    Ops that take a format accept `!altgrad.fp<...>` and, where MLIR has a
    builtin type with the same semantics (`f8E5M2`, `f8E3M4`, `f8E4M3FN`,
    `f8E4M3`, `f8E5M2FNUZ`, `f8E4M3FNUZ`, `f6E2M3FN`, `f6E3M2FN`,
    `f4E2M1FN`), that builtin type, with bit-identical results.
  }];
  let useDefaultTypePrinterParser = 1;
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let extraClassDeclaration = [{
    void registerTypes();
    void registerAttributes();
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

#endif // ALTGRAD_DIALECT
