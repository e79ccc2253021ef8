//===- Passes.td - altgrad conversion passes ---------------*- tablegen -*-===//

#ifndef ALTGRAD_CONVERSION_PASSES
#define ALTGRAD_CONVERSION_PASSES

include "mlir/Pass/PassBase.td"

def ConvertAltGradToArith : Pass<"convert-altgrad-to-arith", "::mlir::ModuleOp"> {
  let summary = "Lower altgrad ops and types to arith, math, vector and linalg";
  let description = [{
    Lowers every altgrad op to format-generic integer code driven by the
    format's parameters: one f32 division and integer rounding, never a
    conversion through f16, bf16 or an 8-bit float type. Elementwise ops on
    tensors become `linalg.generic` maps; `amax`, `stall_count` and history
    updates become `linalg.generic` reductions. `!altgrad.fp` values become
    `i8` codes; an `!altgrad.history<L>` becomes a `vector<Lxf32>` of
    records and an `i64` rejected count, through function signatures, calls
    and `scf` control flow.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect",
  ];
}

#endif // ALTGRAD_CONVERSION_PASSES
