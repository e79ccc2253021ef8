// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// f16 and bf16 in fake_quantize, dequantize and stall_count, executed on
// the CPU: inputs extend exactly to f32, results round once to their type.
// The ops take their inputs as function arguments, so nothing is folded.
// Expected values are worked out by hand from docs/spec.md sections 2 and 5.

func.func @fake_e5m2(%x: tensor<4xf16>, %s: f32) -> tensor<4xf16> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : tensor<4xf16>
  return %y : tensor<4xf16>
}
func.func @dequantize_bf16(%q: tensor<4x!altgrad.fp<E4M3FN>>, %s: f32)
    -> tensor<4xbf16> {
  %y = altgrad.dequantize %q, %s : tensor<4x!altgrad.fp<E4M3FN>> to tensor<4xbf16>
  return %y : tensor<4xbf16>
}
func.func @stall_f16(%w: tensor<2xf16>, %g: tensor<2xf16>, %lr: f32, %s: f32)
    -> (i64, i64) {
  %stalled, %total = altgrad.stall_count %w, %g, %lr, %s
      format(!altgrad.fp<E5M2>) : tensor<2xf16>
  return %stalled, %total : i64, i64
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %one = arith.constant 1.0 : f32
  %half_pad = arith.constant 0.0 : f16
  %bf16_pad = arith.constant 0.0 : bf16

  // 1 is exact; 3.25 ties between 3 and 3.5 (even: 3); 100 = 1.1001b x 2^6
  // rounds to 96; -0.3 is nearest to -0.3125. All exact in f16.
  %x = arith.constant dense<[1.0, 3.25, 100.0, -0.3]> : tensor<4xf16>
  %fq = call @fake_e5m2(%x, %one) : (tensor<4xf16>, f32) -> tensor<4xf16>
  %fqv = vector.transfer_read %fq[%c0], %half_pad : tensor<4xf16>, vector<4xf16>
  %fq32 = arith.extf %fqv : vector<4xf16> to vector<4xf32>
  // CHECK: ( 1, 3, 96, -0.3125 )
  vector.print %fq32 : vector<4xf32>

  // Codes 0x39 (1.125) and 0x7E (448) times 3 are exact in bf16; times 0.1
  // the f32 product 0.1125 rounds to the bf16 1.796875 x 2^-4 = 0.112305.
  %codes = altgrad.constant #altgrad.codes<dense<[57, 126, 57, 0]> : tensor<4xi8>>
      : tensor<4x!altgrad.fp<E4M3FN>>
  %three = arith.constant 3.0 : f32
  %tenth = arith.constant 0.1 : f32
  %d3 = call @dequantize_bf16(%codes, %three)
      : (tensor<4x!altgrad.fp<E4M3FN>>, f32) -> tensor<4xbf16>
  %d3v = vector.transfer_read %d3[%c0], %bf16_pad : tensor<4xbf16>, vector<4xbf16>
  %d332 = arith.extf %d3v : vector<4xbf16> to vector<4xf32>
  // CHECK: ( 3.375, 1344, 3.375, 0 )
  vector.print %d332 : vector<4xf32>
  %d1 = call @dequantize_bf16(%codes, %tenth)
      : (tensor<4x!altgrad.fp<E4M3FN>>, f32) -> tensor<4xbf16>
  %d1v = vector.transfer_read %d1[%c0], %bf16_pad : tensor<4xbf16>, vector<4xbf16>
  %d132 = arith.extf %d1v : vector<4xbf16> to vector<4xf32>
  // CHECK: ( 0.112305, 44.75, 0.112305, 0 )
  vector.print %d132 : vector<4xf32>

  // 1 - 0.001 rounds back to 1 in E5M2 (stalled); 1 - 0.5 moves.
  %w = arith.constant dense<[1.0, 1.0]> : tensor<2xf16>
  %g = arith.constant dense<[0.001, 0.5]> : tensor<2xf16>
  %stalled, %total = call @stall_f16(%w, %g, %one, %one)
      : (tensor<2xf16>, tensor<2xf16>, f32, f32) -> (i64, i64)
  // CHECK: 1
  vector.print %stalled : i64
  // CHECK: 2
  vector.print %total : i64
  return
}
