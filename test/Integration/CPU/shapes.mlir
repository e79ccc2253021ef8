// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// The ops on every kind of operand, executed on the CPU: scalars, vectors
// (1-D and 2-D), static and dynamic 2-D tensors, empty tensors (0
// elements), f16 and bf16 inputs. Inputs are function arguments, so nothing
// folds. Expected values are worked out by hand from docs/spec.md (scale 1).

// ---- 2-D dynamic tensors.
func.func @q2d(%x: tensor<?x?xf32>, %s: f32) -> tensor<?x?x!altgrad.fp<E4M3FN>> {
  %q = altgrad.quantize %x, %s : tensor<?x?xf32> to tensor<?x?x!altgrad.fp<E4M3FN>>
  return %q : tensor<?x?x!altgrad.fp<E4M3FN>>
}
func.func @dq2d(%q: tensor<?x?x!altgrad.fp<E4M3FN>>, %s: f32) -> tensor<?x?xf32> {
  %x = altgrad.dequantize %q, %s : tensor<?x?x!altgrad.fp<E4M3FN>> to tensor<?x?xf32>
  return %x : tensor<?x?xf32>
}
func.func @amax2d(%x: tensor<?x?xf32>) -> f32 {
  %a = altgrad.amax %x : tensor<?x?xf32>
  return %a : f32
}
// Prints each of the two rows as a 1-D vector.
func.func @print2d_i8(%t: tensor<?x?xi8>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %pad = arith.constant 0 : i8
  %v0 = vector.transfer_read %t[%c0, %c0], %pad : tensor<?x?xi8>, vector<3xi8>
  %w0 = arith.extui %v0 : vector<3xi8> to vector<3xi32>
  vector.print %w0 : vector<3xi32>
  %v1 = vector.transfer_read %t[%c1, %c0], %pad : tensor<?x?xi8>, vector<3xi8>
  %w1 = arith.extui %v1 : vector<3xi8> to vector<3xi32>
  vector.print %w1 : vector<3xi32>
  return
}
func.func @print2d_f32(%t: tensor<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %pad = arith.constant 0.0 : f32
  %v0 = vector.transfer_read %t[%c0, %c0], %pad : tensor<?x?xf32>, vector<3xf32>
  vector.print %v0 : vector<3xf32>
  %v1 = vector.transfer_read %t[%c1, %c0], %pad : tensor<?x?xf32>, vector<3xf32>
  vector.print %v1 : vector<3xf32>
  return
}

// ---- Empty tensors.
func.func @q1d(%x: tensor<?xf32>, %s: f32) -> tensor<?x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  return %q : tensor<?x!altgrad.fp<E5M2>>
}
func.func @fq1d(%x: tensor<?xf32>, %s: f32) -> tensor<?xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>
  return %y : tensor<?xf32>
}
func.func @amax1d(%x: tensor<?xf32>) -> f32 {
  %a = altgrad.amax %x : tensor<?xf32>
  return %a : f32
}
func.func @q_empty_static(%x: tensor<3x0xf32>, %s: f32) -> (tensor<3x0x!altgrad.fp<E3M4>>, f32, i64, i64) {
  %q = altgrad.quantize %x, %s : tensor<3x0xf32> to tensor<3x0x!altgrad.fp<E3M4>>
  %a = altgrad.amax %x : tensor<3x0xf32>
  %n, %m = altgrad.stall_count %x, %x, %s, %s format(!altgrad.fp<E3M4>) : tensor<3x0xf32>
  return %q, %a, %n, %m : tensor<3x0x!altgrad.fp<E3M4>>, f32, i64, i64
}

// ---- f16 and bf16 inputs (extended to f32 exactly, then one division).
func.func @q_f16(%x: tensor<8xf16>, %s: f32) -> tensor<8x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s : tensor<8xf16> to tensor<8x!altgrad.fp<E5M2>>
  return %q : tensor<8x!altgrad.fp<E5M2>>
}
func.func @q_bf16(%x: vector<4xbf16>, %s: f32) -> vector<4x!altgrad.fp<E3M4>> {
  %q = altgrad.quantize %x, %s : vector<4xbf16> to vector<4x!altgrad.fp<E3M4>>
  return %q : vector<4x!altgrad.fp<E3M4>>
}
func.func @amax_f16(%x: tensor<3xf16>) -> f32 {
  %a = altgrad.amax %x : tensor<3xf16>
  return %a : f32
}
func.func @amax_bf16(%x: vector<4xbf16>) -> f32 {
  %a = altgrad.amax %x : vector<4xbf16>
  return %a : f32
}
func.func @q_f16_scalar(%x: f16, %s: f32) -> !altgrad.fp<E4M3FN> {
  %q = altgrad.quantize %x, %s : f16 to !altgrad.fp<E4M3FN>
  return %q : !altgrad.fp<E4M3FN>
}

// ---- Vectors and scalars.
func.func @q_vec(%x: vector<4xf32>, %s: f32) -> vector<4x!altgrad.fp<E7M0>> {
  %q = altgrad.quantize %x, %s : vector<4xf32> to vector<4x!altgrad.fp<E7M0>>
  return %q : vector<4x!altgrad.fp<E7M0>>
}
func.func @dq_vec(%q: vector<4x!altgrad.fp<E7M0>>, %s: f32) -> vector<4xf32> {
  %x = altgrad.dequantize %q, %s : vector<4x!altgrad.fp<E7M0>> to vector<4xf32>
  return %x : vector<4xf32>
}
func.func @fq_vec2d(%x: vector<2x2xf32>, %s: f32) -> vector<2x2xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E1M6>) : vector<2x2xf32>
  return %y : vector<2x2xf32>
}
func.func @amax_vec(%x: vector<6xf32>) -> f32 {
  %a = altgrad.amax %x : vector<6xf32>
  return %a : f32
}
func.func @scalars(%x: f32, %s: f32) -> (!altgrad.fp<E5M2>, f32, f32, f32) {
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  %d = altgrad.dequantize %q, %s : !altgrad.fp<E5M2> to f32
  %f = altgrad.fake_quantize %x, %s format(!altgrad.fp<E0M7>) : f32
  %a = altgrad.amax %x : f32
  return %q, %d, %f, %a : !altgrad.fp<E5M2>, f32, f32, f32
}

func.func @main() {
  %one = arith.constant 1.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index

  // 2x3 E4M3FN:  1 -> e7 -> 56;  2 -> e8 -> 64;  3 = 1.5 * 2 -> e8 m4 -> 68;
  //  -0.5 -> e6 -> 0x80|48 = 176;  500 > 448 -> 126;  0.3f -> 42 (0.3125).
  %x2s = arith.constant dense<[[1.0, 2.0, 3.0], [-0.5, 500.0, 0.3]]> : tensor<2x3xf32>
  %x2 = tensor.cast %x2s : tensor<2x3xf32> to tensor<?x?xf32>
  %q2 = call @q2d(%x2, %one) : (tensor<?x?xf32>, f32) -> tensor<?x?x!altgrad.fp<E4M3FN>>
  %q2i = builtin.unrealized_conversion_cast %q2 : tensor<?x?x!altgrad.fp<E4M3FN>> to tensor<?x?xi8>
  call @print2d_i8(%q2i) : (tensor<?x?xi8>) -> ()
  %d2 = call @dq2d(%q2, %one) : (tensor<?x?x!altgrad.fp<E4M3FN>>, f32) -> tensor<?x?xf32>
  call @print2d_f32(%d2) : (tensor<?x?xf32>) -> ()
  %a2 = call @amax2d(%x2) : (tensor<?x?xf32>) -> f32
  vector.print %a2 : f32
  // CHECK: ( 56, 64, 68 )
  // CHECK-NEXT: ( 176, 126, 42 )
  // CHECK-NEXT: ( 1, 2, 3 )
  // CHECK-NEXT: ( -0.5, 448, 0.3125 )
  // CHECK-NEXT: 500

  // Empty tensors: a dynamic 1-D tensor with 0 elements quantizes to 0
  // codes and fake-quantizes to 0 values; amax is +0; a static 3x0 tensor
  // keeps its shape; its stall count is ( 0, 0 ).
  %e0 = tensor.empty() : tensor<0xf32>
  %e = tensor.cast %e0 : tensor<0xf32> to tensor<?xf32>
  %qe = call @q1d(%e, %one) : (tensor<?xf32>, f32) -> tensor<?x!altgrad.fp<E5M2>>
  %qen = tensor.dim %qe, %c0 : tensor<?x!altgrad.fp<E5M2>>
  vector.print %qen : index
  %fe = call @fq1d(%e, %one) : (tensor<?xf32>, f32) -> tensor<?xf32>
  %fen = tensor.dim %fe, %c0 : tensor<?xf32>
  vector.print %fen : index
  %ae = call @amax1d(%e) : (tensor<?xf32>) -> f32
  vector.print %ae : f32
  // CHECK-NEXT: 0
  // CHECK-NEXT: 0
  // CHECK-NEXT: 0
  %es = tensor.empty() : tensor<3x0xf32>
  %qs, %as, %ns, %ms = call @q_empty_static(%es, %one) : (tensor<3x0xf32>, f32) -> (tensor<3x0x!altgrad.fp<E3M4>>, f32, i64, i64)
  %qs0 = tensor.dim %qs, %c0 : tensor<3x0x!altgrad.fp<E3M4>>
  %qs1 = tensor.dim %qs, %c1 : tensor<3x0x!altgrad.fp<E3M4>>
  %qsd = vector.from_elements %qs0, %qs1 : vector<2xindex>
  vector.print %qsd : vector<2xindex>
  vector.print %as : f32
  %nm = vector.from_elements %ns, %ms : vector<2xi64>
  vector.print %nm : vector<2xi64>
  // CHECK-NEXT: ( 3, 0 )
  // CHECK-NEXT: 0
  // CHECK-NEXT: ( 0, 0 )

  // f16 -> E5M2:  65504 (f16 max) > 57344 -> 123;  -65504 -> 251;
  //  2^-24 (f16 smallest, 0x0001) is below half of E5M2's smallest 2^-16 -> 0;
  //  1 -> 60;  f16(0.1) = 0.0999756: sp 2^-6, 6.398 -> 6 -> 11<<2|2 = 46;
  //  3.140625: [2, 4) sp 0.5, 6.28 -> 6 -> 3.0 = e16 m2 -> 66;
  //  f16 Inf -> 123;  f16 NaN -> 126.
  %xh = arith.constant dense<[65504.0, -65504.0, 0x0001, 1.0, 0.1, 3.140625, 0x7C00, 0x7E00]> : tensor<8xf16>
  %qh = call @q_f16(%xh, %one) : (tensor<8xf16>, f32) -> tensor<8x!altgrad.fp<E5M2>>
  %qhi = builtin.unrealized_conversion_cast %qh : tensor<8x!altgrad.fp<E5M2>> to tensor<8xi8>
  %pad8 = arith.constant 0 : i8
  %qhv = vector.transfer_read %qhi[%c0], %pad8 : tensor<8xi8>, vector<8xi8>
  %qhw = arith.extui %qhv : vector<8xi8> to vector<8xi32>
  vector.print %qhw : vector<8xi32>
  // CHECK-NEXT: ( 123, 251, 0, 60, 46, 66, 123, 126 )

  // bf16 -> E3M4:  1.0078125 (1 + 2^-7; E3M4 sp 1/16 at 1) -> 1 -> 48;
  //  bf16(3e38) = 3.004e38 -> saturate 111;  -Inf -> 239;
  //  bf16(0.3) = 0.30078125: 0.30078125 * 64 = 19.25 -> 19.
  %xb = arith.constant dense<[1.0078125, 3.0e38, 0xFF80, 0.3]> : vector<4xbf16>
  %qb = call @q_bf16(%xb, %one) : (vector<4xbf16>, f32) -> vector<4x!altgrad.fp<E3M4>>
  %qbi = builtin.unrealized_conversion_cast %qb : vector<4x!altgrad.fp<E3M4>> to vector<4xi8>
  %qbw = arith.extui %qbi : vector<4xi8> to vector<4xi32>
  vector.print %qbw : vector<4xi32>
  // CHECK-NEXT: ( 48, 111, 239, 19 )

  // amax of f16 [-65504, 1, 0.5] = 65504; of bf16 [1, -3, 2, 0.5] = 3.
  // (amax of a vector of rank 2: see
  // nd-vector-and-clone.mlir.)
  %ah = arith.constant dense<[-65504.0, 1.0, 0.5]> : tensor<3xf16>
  %ahr = call @amax_f16(%ah) : (tensor<3xf16>) -> f32
  vector.print %ahr : f32
  %ab = arith.constant dense<[1.0, -3.0, 2.0, 0.5]> : vector<4xbf16>
  %abr = call @amax_bf16(%ab) : (vector<4xbf16>) -> f32
  vector.print %abr : f32
  // CHECK-NEXT: 65504
  // CHECK-NEXT: 3

  // A scalar f16: -2.5 = -(1.25 * 2) -> E4M3FN e8 m2 -> 0x80|66 = 194.
  %sh = arith.constant -2.5 : f16
  %qsh = call @q_f16_scalar(%sh, %one) : (f16, f32) -> !altgrad.fp<E4M3FN>
  %qshi = builtin.unrealized_conversion_cast %qsh : !altgrad.fp<E4M3FN> to i8
  %qshw = arith.extui %qshi : i8 to i32
  vector.print %qshw : i32
  // CHECK-NEXT: 194

  // vector<4xf32> in E7M0: 1.5 -> tie 1/2 -> 64 (2);  3 -> tie 2/4 -> 64 (2);
  //  6 -> tie 4/8 -> 66 (8);  -0.7 -> -0.5 = 0x80|62 = 190.
  %xv = arith.constant dense<[1.5, 3.0, 6.0, -0.7]> : vector<4xf32>
  %qv = call @q_vec(%xv, %one) : (vector<4xf32>, f32) -> vector<4x!altgrad.fp<E7M0>>
  %qvi = builtin.unrealized_conversion_cast %qv : vector<4x!altgrad.fp<E7M0>> to vector<4xi8>
  %qvw = arith.extui %qvi : vector<4xi8> to vector<4xi32>
  vector.print %qvw : vector<4xi32>
  %dv = call @dq_vec(%qv, %one) : (vector<4x!altgrad.fp<E7M0>>, f32) -> vector<4xf32>
  vector.print %dv : vector<4xf32>
  // CHECK-NEXT: ( 64, 64, 66, 190 )
  // CHECK-NEXT: ( 2, 2, 8, -0.5 )

  // vector<2x2xf32> in E1M6 (multiples of 1/32 up to 63/32):
  //  0.1 -> 3.2/32 -> 3/32 = 0.09375;  -0.1 -> -0.09375;
  //  1.99 > 1.96875 -> saturate 1.96875;  0.046875 = 1.5/32: tie -> 2/32.
  %xv2 = arith.constant dense<[[0.1, -0.1], [1.99, 0.046875]]> : vector<2x2xf32>
  %fv2 = call @fq_vec2d(%xv2, %one) : (vector<2x2xf32>, f32) -> vector<2x2xf32>
  %fr0 = vector.extract %fv2[0] : vector<2xf32> from vector<2x2xf32>
  %fr1 = vector.extract %fv2[1] : vector<2xf32> from vector<2x2xf32>
  vector.print %fr0 : vector<2xf32>
  vector.print %fr1 : vector<2xf32>
  // CHECK-NEXT: ( 0.09375, -0.09375 )
  // CHECK-NEXT: ( 1.96875, 0.0625 )

  // amax of a vector<6xf32>: |-7.5| = 7.5.
  %av = arith.constant dense<[1.0, -7.5, 2.0, 0.0, 3.0, -0.0]> : vector<6xf32>
  %avr = call @amax_vec(%av) : (vector<6xf32>) -> f32
  vector.print %avr : f32
  // CHECK-NEXT: 7.5

  // Scalars, x = -0.1f: E5M2 code 0x80|46 = 174, dequantized -0.09375;
  //  E0M7 fake_quantize: -0.1 * 128 = -12.8 -> -13/128 = -0.1015625
  //  (%g -0.101562); amax 0.1.
  %xs = arith.constant -0.1 : f32
  %sq, %sd, %sf, %sa = call @scalars(%xs, %one) : (f32, f32) -> (!altgrad.fp<E5M2>, f32, f32, f32)
  %sqi = builtin.unrealized_conversion_cast %sq : !altgrad.fp<E5M2> to i8
  %sqw = arith.extui %sqi : i8 to i32
  vector.print %sqw : i32
  %sv = vector.from_elements %sd, %sf, %sa : vector<3xf32>
  vector.print %sv : vector<3xf32>
  // CHECK-NEXT: 174
  // CHECK-NEXT: ( -0.09375, -0.101562, 0.1 )
  return
}
