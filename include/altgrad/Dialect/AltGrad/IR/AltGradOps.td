//===- AltGradOps.td - altgrad operations ------------------*- tablegen -*-===//

#ifndef ALTGRAD_OPS
#define ALTGRAD_OPS

include "altgrad/Dialect/AltGrad/IR/AltGradAttrs.td"
include "altgrad/Dialect/AltGrad/IR/AltGradTypes.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/OpBase.td"

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

// Fixed-length vectors LLVM can hold: its lane count is 32-bit.
class AltGrad_VectorOf<list<Type> allowedTypes> : Type<
    And<[FixedVectorOfAnyRank<allowedTypes>.predicate,
         CPred<"::llvm::cast<::mlir::VectorType>($_self).getNumElements() < "
               "(int64_t(1) << 32)">]>,
    FixedVectorOfAnyRank<allowedTypes>.summary # " with fewer than 2^32 lanes",
    "::mlir::VectorType">;

// f32, f16 or bf16 elements: inputs docs/spec.md extends exactly to f32.
def AltGrad_InputFloat : AnyTypeOf<[F32, F16, BF16]>;
def AltGrad_InputLike : AnyTypeOf<[AltGrad_InputFloat,
    AltGrad_VectorOf<[AltGrad_InputFloat]>,
    RankedTensorOf<[AltGrad_InputFloat]>]>;
// An altgrad format or a builtin type with the same semantics.
def AltGrad_FormatElement : Type<
    CPred<"::altgrad::getFormat($_self).has_value()">,
    "altgrad format or builtin float type altgrad models (f8E5M2, f8E4M3, "
    "f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E3M4, f6E2M3FN, f6E3M2FN, "
    "f4E2M1FN)">;
def AltGrad_FormatLike : AnyTypeOf<[AltGrad_FormatElement,
    AltGrad_VectorOf<[AltGrad_FormatElement]>,
    RankedTensorOf<[AltGrad_FormatElement]>]>;

// The random words of stochastic rounding given by the caller: i32 elements
// in the input's shape (the verifier checks the shape).
def AltGrad_WordsLike : AnyTypeOf<[I32, AltGrad_VectorOf<[I32]>,
    RankedTensorOf<[I32]>]>;

def AltGrad_FormatTypeAttr : TypeAttrOf<AnyType> {
  let predicate = And<[TypeAttr.predicate,
      CPred<"::altgrad::getFormat(::llvm::cast<::mlir::TypeAttr>($_self)"
            ".getValue()).has_value()">]>;
  let summary = "altgrad format or builtin float type altgrad models "
                "(f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E3M4, "
                "f6E2M3FN, f6E3M2FN, f4E2M1FN)";
}

def AltGrad_PositiveF32Attr : ConfinedAttr<F32Attr, [
    AttrConstraint<And<[
        CPred<"::llvm::cast<::mlir::FloatAttr>($_self)"
              ".getValue().isFiniteNonZero()">,
        CPred<"!::llvm::cast<::mlir::FloatAttr>($_self)"
              ".getValue().isNegative()">]>,
                   "whose value is a positive finite number">]>;
def AltGrad_NonNegativeF32Attr : ConfinedAttr<F32Attr, [
    AttrConstraint<CPred<"::llvm::cast<::mlir::FloatAttr>($_self)"
                         ".getValue().convertToFloat() >= 0.0f">,
                   "whose value is a non-negative number">]>;

class AltGrad_Op<string mnemonic, list<Trait> traits = []>
    : Op<AltGrad_Dialect, mnemonic, traits>;

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def AltGrad_ConstantOp : AltGrad_Op<"constant",
    [ConstantLike, Pure, AllTypesMatch<["value", "result"]>]> {
  let summary = "a format-typed constant or a history state";
  let description = [{
    Materializes `#altgrad.codes` and `#altgrad.history` attributes; other
    constants are `arith.constant`s.

    ```mlir
    %c = altgrad.constant #altgrad.codes<dense<60> : tensor<i8>> : !altgrad.fp<E5M2>
    ```
  }];
  let arguments = (ins TypedAttrInterface:$value);
  let results = (outs AnyType:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Quantization
//===----------------------------------------------------------------------===//

def AltGrad_QuantizeOp : AltGrad_Op<"quantize",
    [Pure, AttrSizedOperandSegments]> {
  let summary = "rounds scaled values to the codes of a format";
  let description = [{
    `quantize(x, scale)` divides each element by `scale` in f32 and rounds
    the quotient to the nearest value of the result's format, ties to the
    even code, in one rounding (docs/spec.md section 2). f16 and bf16 inputs are
    extended to f32 first. Values beyond the largest finite value saturate
    by default; `overflow<ieee>` gives Inf, or NaN in formats without Inf.

    `rounding<stochastic>` rounds stochastically instead (docs/spec.md
    section 7, docs/rounding.md), always saturating: to the larger of the
    two neighbouring values with a probability that makes the result exact
    on average. The element at row-major index `i` takes its 32-bit random
    word from Philox4x32-10 of the i64 `seed` and `offset` (a step number),
    computed where the op runs; or, with `random(%words : T)`, element `i`
    of the caller's i32 words of the input's shape.

    ```mlir
    %q = altgrad.quantize %x, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
    %r = altgrad.quantize %y, %scale overflow<ieee> : f32 to f8E4M3FN
    %s = altgrad.quantize %x, %scale rounding<stochastic> seed(%seed) offset(%step)
        : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
    ```
  }];
  let arguments = (ins AltGrad_InputLike:$input, F32:$scale,
      Optional<I64>:$seed, Optional<I64>:$offset,
      Optional<AltGrad_WordsLike>:$random,
      DefaultValuedAttr<AltGrad_OverflowModeAttr,
                        "::altgrad::OverflowMode::saturate">:$overflow,
      DefaultValuedAttr<AltGrad_RoundingModeAttr,
                        "::altgrad::RoundingMode::nearest_even">:$rounding);
  let results = (outs AltGrad_FormatLike:$result);
  let assemblyFormat = [{
    $input `,` $scale (`overflow` `` $overflow^)? (`rounding` `` $rounding^)?
    (`seed` `(` $seed^ `)`)? (`offset` `(` $offset^ `)`)?
    (`random` `(` $random^ `:` type($random) `)`)? attr-dict `:`
    type($input) `to` type($result)
  }];
  let builders = [OpBuilder<(ins "::mlir::Type":$result, "::mlir::Value":$input,
      "::mlir::Value":$scale, "::altgrad::OverflowMode":$overflow), [{
    build($_builder, $_state, result, input, scale, /*seed=*/nullptr,
          /*offset=*/nullptr, /*random=*/nullptr, overflow,
          ::altgrad::RoundingMode::nearest_even);
  }]>];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def AltGrad_DequantizeOp : AltGrad_Op<"dequantize", [Pure]> {
  let summary = "turns codes back into scaled f32 values";
  let description = [{
    `dequantize(code, scale) = value(code) * scale`, one f32 multiplication
    rounded to nearest even. NaN and Inf codes give NaN and Inf. An f16 or
    bf16 result is that f32 product rounded once more, to nearest even.

    ```mlir
    %x = altgrad.dequantize %q, %scale : tensor<?x!altgrad.fp<E5M2>> to tensor<?xf32>
    ```
  }];
  let arguments = (ins AltGrad_FormatLike:$input, F32:$scale);
  let results = (outs AltGrad_InputLike:$result);
  let assemblyFormat = [{
    $input `,` $scale attr-dict `:` type($input) `to` type($result)
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def AltGrad_FakeQuantizeOp : AltGrad_Op<"fake_quantize",
    [Pure, AttrSizedOperandSegments, AllTypesMatch<["input", "result"]>]> {
  let summary = "quantizes and dequantizes in one step";
  let description = [{
    `fake_quantize(x, scale) = dequantize(quantize(x, scale), scale)` in the
    given format: the f32 value the network sees after quantization. f16
    and bf16 inputs are extended to f32 and the result rounded back to their
    type, to nearest even. `rounding<stochastic>` and its random words are
    those of `altgrad.quantize`.

    ```mlir
    %y = altgrad.fake_quantize %x, %scale format(!altgrad.fp<E3M4>) : tensor<16xf32>
    %z = altgrad.fake_quantize %x, %scale format(!altgrad.fp<E5M2>)
        rounding<stochastic> seed(%seed) offset(%step) : tensor<16xf32>
    ```
  }];
  let arguments = (ins AltGrad_InputLike:$input, F32:$scale,
      AltGrad_FormatTypeAttr:$format,
      Optional<I64>:$seed, Optional<I64>:$offset,
      Optional<AltGrad_WordsLike>:$random,
      DefaultValuedAttr<AltGrad_OverflowModeAttr,
                        "::altgrad::OverflowMode::saturate">:$overflow,
      DefaultValuedAttr<AltGrad_RoundingModeAttr,
                        "::altgrad::RoundingMode::nearest_even">:$rounding);
  let results = (outs AltGrad_InputLike:$result);
  let assemblyFormat = [{
    $input `,` $scale `format` `(` $format `)`
    (`overflow` `` $overflow^)? (`rounding` `` $rounding^)?
    (`seed` `(` $seed^ `)`)? (`offset` `(` $offset^ `)`)?
    (`random` `(` $random^ `:` type($random) `)`)? attr-dict `:` type($input)
  }];
  let builders = [OpBuilder<(ins "::mlir::Value":$input, "::mlir::Value":$scale,
      "::mlir::Type":$format), [{
    build($_builder, $_state, input.getType(), input, scale, format,
          /*seed=*/nullptr, /*offset=*/nullptr, /*random=*/nullptr);
  }]>];
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Block scaling
//===----------------------------------------------------------------------===//

def AltGrad_BlockScales : RankedTensorOf<[F8E8M0FNU, F8E4M3FN]>;
def AltGrad_PositiveI64Attr : ConfinedAttr<I64Attr, [IntPositive]>;

def AltGrad_BlockQuantizeOp : AltGrad_Op<"block_quantize", [Pure]> {
  let summary = "quantizes blocks of the innermost dimension, one scale each";
  let description = [{
    Splits each row of the innermost dimension into blocks of `block`
    consecutive elements (the last block of a row may be shorter) and
    quantizes each block with its own scale (docs/spec.md section 8,
    docs/block-scaling.md). The scales have the input's shape with the
    innermost extent `ceil(n / block)`.

    - `scale<floor>` (the default, OCP Microscaling) and `scale<rceil>`
      (TransformerEngine's MXFP8 rule): power-of-two scales as
      `f8E8M0FNU` codes; `block` defaults to 32.
    - `scale<two_level>` (NVFP4): `f8E4M3FN` block scales and a third
      result, the f32 scale of the whole tensor; `block` defaults to 16.

    Elements are rounded to nearest even and saturate.

    ```mlir
    %codes, %scales = altgrad.block_quantize %x
        : tensor<4x64xf32> to tensor<4x64xf8E4M3FN>, tensor<4x2xf8E8M0FNU>
    %e, %s, %t = altgrad.block_quantize %x block(16) scale<two_level>
        : tensor<4x64xf32> to tensor<4x64xf4E2M1FN>, tensor<4x4xf8E4M3FN>, f32
    ```
  }];
  let arguments = (ins RankedTensorOf<[AltGrad_InputFloat]>:$input,
      OptionalAttr<AltGrad_PositiveI64Attr>:$block,
      DefaultValuedAttr<AltGrad_BlockScaleKindAttr,
                        "::altgrad::BlockScaleKind::floor">:$kind);
  let results = (outs RankedTensorOf<[AltGrad_FormatElement]>:$codes,
      AltGrad_BlockScales:$scales, Optional<F32>:$tensor_scale);
  let assemblyFormat = [{
    $input (`block` `(` $block^ `)`)? (`scale` `` $kind^)? attr-dict `:`
    type($input) `to` type($codes) `,` type($scales)
    (`,` type($tensor_scale)^)?
  }];
  let extraClassDeclaration = [{
    /// The block size, or the default of the scale kind.
    int64_t getBlockSize();
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def AltGrad_BlockDequantizeOp : AltGrad_Op<"block_dequantize", [Pure]> {
  let summary = "turns block-scaled codes back into f32 values";
  let description = [{
    `value(code) * scale` of each element's block, one f32 multiplication
    (docs/spec.md section 8). `f8E8M0FNU` scales are powers of two (the NaN
    scale gives NaN); `f8E4M3FN` scales are two-level and need the tensor
    scale, `tensor_scale(%t)`: the block's scale is `value(scale) * t`.
    `block` defaults as in `altgrad.block_quantize`. An f16 or bf16 result
    is the f32 value rounded once more, to nearest even.

    ```mlir
    %x = altgrad.block_dequantize %codes, %scales
        : tensor<4x64xf8E4M3FN>, tensor<4x2xf8E8M0FNU> to tensor<4x64xf32>
    ```
  }];
  let arguments = (ins RankedTensorOf<[AltGrad_FormatElement]>:$input,
      AltGrad_BlockScales:$scales, Optional<F32>:$tensor_scale,
      OptionalAttr<AltGrad_PositiveI64Attr>:$block);
  let results = (outs RankedTensorOf<[AltGrad_InputFloat]>:$result);
  let assemblyFormat = [{
    $input `,` $scales (`tensor_scale` `(` $tensor_scale^ `)`)?
    (`block` `(` $block^ `)`)? attr-dict `:` type($input) `,` type($scales)
    `to` type($result)
  }];
  let extraClassDeclaration = [{
    /// The scale kind its scales' type implies (floor stands for both
    /// power-of-two rules, which dequantize alike).
    ::altgrad::BlockScaleKind getScaleKind();
    int64_t getBlockSize();
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Scaling
//===----------------------------------------------------------------------===//

def AltGrad_AmaxOp : AltGrad_Op<"amax", [Pure]> {
  let summary = "the largest magnitude of a tensor";
  let description = [{
    `max |x|` over every element, in f32: NaN when any element is NaN, +Inf
    when any is infinite and none is NaN, +0 for an empty tensor.

    ```mlir
    %a = altgrad.amax %x : tensor<?xf32>
    ```
  }];
  let arguments = (ins AltGrad_InputLike:$input);
  let results = (outs F32:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let builders = [OpBuilder<(ins "::mlir::Value":$input), [{
    build($_builder, $_state, $_builder.getF32Type(), input);
  }]>];
  let hasFolder = 1;
}

def AltGrad_ComputeScaleOp : AltGrad_Op<"compute_scale", [Pure]> {
  let summary = "the scale that maps an amax onto a format's range";
  let description = [{
    `s = max(amax / largest_finite(format), scale_min)` in f32, and the
    neutral scale 1.0 when `amax` is NaN or infinite (docs/spec.md section 3).
    `scale_min` defaults to 1e-10 and must be positive and finite.

    ```mlir
    %s = altgrad.compute_scale %amax format(!altgrad.fp<E5M2>)
    ```
  }];
  let arguments = (ins F32:$amax, AltGrad_FormatTypeAttr:$format,
      DefaultValuedAttr<AltGrad_PositiveF32Attr, "1.0e-10f">:$scale_min);
  let results = (outs F32:$result);
  let assemblyFormat = "$amax `format` `(` $format `)` attr-dict";
  let builders = [OpBuilder<(ins "::mlir::Value":$amax, "::mlir::Type":$format),
    [{
      build($_builder, $_state, $_builder.getF32Type(), amax,
            ::mlir::TypeAttr::get(format), $_builder.getF32FloatAttr(1.0e-10f));
    }]>];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Amax history
//===----------------------------------------------------------------------===//

def AltGrad_HistoryEmptyOp : AltGrad_Op<"history.empty", [Pure]> {
  let summary = "a history with no records";
  let arguments = (ins);
  let results = (outs AltGrad_HistoryType:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
  let hasFolder = 1;
}

def AltGrad_HistoryUpdateOp : AltGrad_Op<"history.update",
    [Pure, AllTypesMatch<["history", "result"]>]> {
  let summary = "records the amax of a batch";
  let description = [{
    Records `max |x|` of the input when it is finite, dropping the oldest
    record once `length` are held. A batch with any NaN or infinite element
    records nothing and counts one rejected update; an empty tensor changes
    nothing. A scalar input is the amax of a batch reduced elsewhere.

    ```mlir
    %h1 = altgrad.history.update %h0, %grad : !altgrad.history<16>, tensor<?xf32>
    ```
  }];
  let arguments = (ins AltGrad_HistoryType:$history, AltGrad_InputLike:$input);
  let results = (outs AltGrad_HistoryType:$result);
  let assemblyFormat = [{
    $history `,` $input attr-dict `:` qualified(type($history)) `,` type($input)
  }];
  let hasFolder = 1;
}

def AltGrad_HistoryAmaxOp : AltGrad_Op<"history.amax", [Pure]> {
  let summary = "the amax a history reports";
  let description = [{
    The largest recorded amax (`max`, the default) or the newest
    (`most_recent`); 1.0 when nothing is recorded.

    ```mlir
    %a = altgrad.history.amax %h policy<most_recent> : !altgrad.history<16>
    ```
  }];
  let arguments = (ins AltGrad_HistoryType:$history,
      DefaultValuedAttr<AltGrad_AmaxPolicyAttr,
                        "::altgrad::AmaxPolicy::max">:$policy);
  let results = (outs F32:$result);
  let assemblyFormat = [{
    $history (`policy` `` $policy^)? attr-dict `:` qualified(type($history))
  }];
  let hasFolder = 1;
}

def AltGrad_HistoryResetOp : AltGrad_Op<"history.reset",
    [Pure, AllTypesMatch<["history", "result"]>]> {
  let summary = "forgets every record and the rejected count";
  let arguments = (ins AltGrad_HistoryType:$history);
  let results = (outs AltGrad_HistoryType:$result);
  let assemblyFormat = "$history attr-dict `:` qualified(type($history))";
  let hasFolder = 1;
}

def AltGrad_HistoryRejectedOp : AltGrad_Op<"history.rejected", [Pure]> {
  let summary = "how many updates a history rejected";
  let arguments = (ins AltGrad_HistoryType:$history);
  let results = (outs I64:$result);
  let assemblyFormat = "$history attr-dict `:` qualified(type($history))";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Bit-stall
//===----------------------------------------------------------------------===//

def AltGrad_StallCountOp : AltGrad_Op<"stall_count", [Pure]> {
  let summary = "counts the weights an SGD step cannot move";
  let description = [{
    For `w2 = w + -(lr * g)`, an element is stalled when
    `fake_quantize(w) == fake_quantize(w2)` as floats and
    `|g| > threshold` (default 1e-10). Returns `(stalled, total)` as `i64`
    (docs/spec.md section 5). f16 and bf16 weights and gradients are extended
    to f32 first; the update is computed in f32. Weight and gradient have
    one type, written once; written as two (`: T, U`), a mismatch is
    reported by the verifier.

    ```mlir
    %stalled, %total = altgrad.stall_count %w, %g, %lr, %scale
        format(!altgrad.fp<E7M0>) : tensor<1024xf32>
    ```
  }];
  let arguments = (ins AltGrad_InputLike:$weight, AltGrad_InputLike:$grad,
      F32:$lr, F32:$scale, AltGrad_FormatTypeAttr:$format,
      DefaultValuedAttr<AltGrad_NonNegativeF32Attr, "1.0e-10f">:$threshold,
      DefaultValuedAttr<AltGrad_OverflowModeAttr,
                        "::altgrad::OverflowMode::saturate">:$overflow);
  let results = (outs I64:$stalled, I64:$total);
  let assemblyFormat = [{
    $weight `,` $grad `,` $lr `,` $scale `format` `(` $format `)`
    (`overflow` `` $overflow^)? attr-dict `:`
    custom<WeightAndGradTypes>(type($weight), type($grad))
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def AltGrad_UpdateStallCountOp : AltGrad_Op<"update_stall_count",
    [Pure, AllTypesMatch<["weight", "updated"]>]> {
  let summary = "counts the weights a given update cannot move";
  let description = [{
    The bit-stall of an update computed elsewhere (Adam, momentum, any
    optimizer): an element is stalled when `fake_quantize(w) ==
    fake_quantize(w_new)` as floats and `|w_new - w| > threshold` (one f32
    subtraction; default 1e-10). Returns `(stalled, total)` as `i64`
    (docs/spec.md section 6). f16 and bf16 weights are extended to f32
    first.

    ```mlir
    %stalled, %total = altgrad.update_stall_count %w, %w_new, %scale
        format(!altgrad.fp<E5M2>) : tensor<1024xf32>
    ```
  }];
  let arguments = (ins AltGrad_InputLike:$weight, AltGrad_InputLike:$updated,
      F32:$scale, AltGrad_FormatTypeAttr:$format,
      DefaultValuedAttr<AltGrad_NonNegativeF32Attr, "1.0e-10f">:$threshold,
      DefaultValuedAttr<AltGrad_OverflowModeAttr,
                        "::altgrad::OverflowMode::saturate">:$overflow);
  let results = (outs I64:$stalled, I64:$total);
  let assemblyFormat = [{
    $weight `,` $updated `,` $scale `format` `(` $format `)`
    (`overflow` `` $overflow^)? attr-dict `:` type($weight)
  }];
  let hasFolder = 1;
}

#endif // ALTGRAD_OPS
