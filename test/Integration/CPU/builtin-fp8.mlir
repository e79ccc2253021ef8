// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// Ordinary ops on builtin 8-bit floats, executed on the CPU: a matmul of
// f8E4M3FN tensors (its loops extend the codes), truncf to f8E4M3FN
// (IEEE rounding and overflow), and addf in f8E5M2 (computed in f32, rounded
// once). Expected values are worked out by hand from docs/spec.md section 2.

func.func @matmul(%a: tensor<2x4xf8E4M3FN>, %b: tensor<4x2xf8E4M3FN>)
    -> tensor<2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<2x2xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<2x2xf32>)
      -> tensor<2x2xf32>
  %r = linalg.matmul ins(%a, %b : tensor<2x4xf8E4M3FN>, tensor<4x2xf8E4M3FN>)
      outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}
func.func @to_e4m3fn(%x: tensor<8xf32>) -> tensor<8xf8E4M3FN> {
  %q = arith.truncf %x : tensor<8xf32> to tensor<8xf8E4M3FN>
  return %q : tensor<8xf8E4M3FN>
}
func.func @add_e5m2(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %a = arith.truncf %x : tensor<4xf32> to tensor<4xf8E5M2>
  %b = arith.truncf %y : tensor<4xf32> to tensor<4xf8E5M2>
  %s = arith.addf %a, %b : tensor<4xf8E5M2>
  %r = arith.extf %s : tensor<4xf8E5M2> to tensor<4xf32>
  return %r : tensor<4xf32>
}

func.func @print_codes(%t: tensor<8xf8E4M3FN>) {
  %c0 = arith.constant 0 : index
  %bits = arith.bitcast %t : tensor<8xf8E4M3FN> to tensor<8xi8>
  %pad = arith.constant 0 : i8
  %v = vector.transfer_read %bits[%c0], %pad : tensor<8xi8>, vector<8xi8>
  %w = arith.extui %v : vector<8xi8> to vector<8xi32>
  vector.print %w : vector<8xi32>
  return
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %a32 = arith.constant dense<[[1.0, 2.0, 0.5, -3.0],
                               [448.0, 0.015625, 0.001953125, 1.5]]>
      : tensor<2x4xf32>
  %b32 = arith.constant dense<[[1.0, 0.25], [2.0, 1.0], [4.0, -1.0],
                               [1.0, 8.0]]> : tensor<4x2xf32>
  %a = arith.truncf %a32 : tensor<2x4xf32> to tensor<2x4xf8E4M3FN>
  %b = arith.truncf %b32 : tensor<4x2xf32> to tensor<4x2xf8E4M3FN>
  %mm = call @matmul(%a, %b)
      : (tensor<2x4xf8E4M3FN>, tensor<4x2xf8E4M3FN>) -> tensor<2x2xf32>
  %mmv = vector.transfer_read %mm[%c0, %c0], %pad
      : tensor<2x2xf32>, vector<2x2xf32>
  // 1 + 4 + 2 - 3, 0.25 + 2 - 0.5 - 24; 448 + 2^-5 + 2^-7 + 1.5 and
  // 112 + 2^-6 - 2^-9 + 12, exact in f32 (printed to 6 digits).
  // CHECK: ( ( 4, -22.25 ), ( 449.539, 124.014 ) )
  vector.print %mmv : vector<2x2xf32>

  // 1.0, the largest value, its tie with the next binade (even: 448),
  // beyond it (NaN: no Inf in E4M3FN), -Inf and NaN (NaN, sign kept),
  // half the smallest subnormal (tie to even: +0), 1.5 subnormals (tie: 2).
  %x1 = arith.constant dense<[1.0, 448.0, 464.0, 500.0, 0xFF800000,
                              0x7FC00000, 0.0009765625, 0.0029296875]>
      : tensor<8xf32>
  %q1 = call @to_e4m3fn(%x1) : (tensor<8xf32>) -> tensor<8xf8E4M3FN>
  // CHECK: ( 56, 126, 126, 127, 255, 127, 0, 2 )
  call @print_codes(%q1) : (tensor<8xf8E4M3FN>) -> ()
  // -0, a tie at 1 (even: 1.0) and at -1 (even: -1.0), 240, 0.5, 3, an
  // f32 far below the smallest subnormal, the largest negative value.
  %x2 = arith.constant dense<[-0.0, 1.0625, -1.0625, 240.0, 0.5, 3.0,
                              1.0e-30, -448.0]> : tensor<8xf32>
  %q2 = call @to_e4m3fn(%x2) : (tensor<8xf32>) -> tensor<8xf8E4M3FN>
  // CHECK: ( 128, 56, 184, 119, 48, 68, 0, 254 )
  call @print_codes(%q2) : (tensor<8xf8E4M3FN>) -> ()

  // 1 + 1/8 ties between 1 and 1.25 (even: 1); 3 + 0.5 is exact;
  // 57344 + 57344 overflows to Inf; 0.5 + 0.25 is exact.
  %x3 = arith.constant dense<[1.0, 3.0, 57344.0, 0.5]> : tensor<4xf32>
  %y3 = arith.constant dense<[0.125, 0.5, 57344.0, 0.25]> : tensor<4xf32>
  %s3 = call @add_e5m2(%x3, %y3)
      : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %s3v = vector.transfer_read %s3[%c0], %pad : tensor<4xf32>, vector<4xf32>
  // CHECK: ( 1, 3.5, inf, 0.75 )
  vector.print %s3v : vector<4xf32>
  return
}
