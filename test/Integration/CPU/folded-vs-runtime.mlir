// The same expressions computed two ways must agree, and agree with the
// hand-worked docs/spec.md values:
// 1. @runtime: the ops sit in functions that take their inputs as
//    arguments, so the lowered integer code computes them at run time;
// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e runtime -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s
// 2. @folded: the same ops applied to constants directly; --canonicalize
//    folds every one of them with the dialect's folders before anything is
//    lowered;
// RUN: altgrad-opt %s --canonicalize --lower-fp8=target=cpu \
// RUN: | mlir-runner -e folded -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s
// and that really leaves no computing altgrad op in @folded (format-typed
// results stay as altgrad.constant codes):
// RUN: altgrad-opt %s --canonicalize | FileCheck %s --check-prefix=FOLDED
// FOLDED-LABEL: func.func @folded
// FOLDED-NOT: altgrad.{{(quantize|dequantize|fake_quantize|amax|compute_scale|stall_count|history)}}
// FOLDED: altgrad.constant #altgrad.codes<dense<[112, -16, 111, 120]>
// FOLDED-NOT: altgrad.{{(quantize|dequantize|fake_quantize|amax|compute_scale|stall_count|history)}}
// FOLDED: altgrad.constant #altgrad.codes<dense<[60, -63, 123, 0, 62, 126, -128, 46]>
// FOLDED-NOT: altgrad.{{(quantize|dequantize|fake_quantize|amax|compute_scale|stall_count|history)}}
// FOLDED: return
//
// (--inline cannot put the constants next to the ops of @runtime's
// callees: the altgrad dialect has no DialectInlinerInterface, so the
// inliner refuses functions that contain altgrad ops.)

func.func private @quantize_E5M2(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2>>
  return %q : tensor<8x!altgrad.fp<E5M2>>
}
func.func private @quantize_E3M4_ieee(%x: vector<4xf32>, %s: f32) -> vector<4x!altgrad.fp<E3M4>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : vector<4xf32> to vector<4x!altgrad.fp<E3M4>>
  return %q : vector<4x!altgrad.fp<E3M4>>
}
func.func private @fake_E7M0(%x: vector<4xf32>, %s: f32) -> vector<4xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E7M0>) : vector<4xf32>
  return %y : vector<4xf32>
}
func.func private @dequantize_E0M7(%q: vector<4x!altgrad.fp<E0M7>>, %s: f32) -> vector<4xf32> {
  %x = altgrad.dequantize %q, %s : vector<4x!altgrad.fp<E0M7>> to vector<4xf32>
  return %x : vector<4xf32>
}
func.func private @scale_E5M2(%x: vector<4xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : vector<4xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  return %a, %s : f32, f32
}
func.func private @stall_E5M2(%w: vector<4xf32>, %g: vector<4xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : vector<4xf32>
  return %n, %m : i64, i64
}
func.func private @history(%x: vector<2xf32>, %bad: f32) -> (f32, f32, i64) {
  %h0 = altgrad.history.empty : !altgrad.history<4>
  %h1 = altgrad.history.update %h0, %x : !altgrad.history<4>, vector<2xf32>
  %h2 = altgrad.history.update %h1, %bad : !altgrad.history<4>, f32
  %a = altgrad.history.amax %h2 : !altgrad.history<4>
  %h3 = altgrad.history.reset %h2 : !altgrad.history<4>
  %e = altgrad.history.amax %h3 : !altgrad.history<4>
  %r = altgrad.history.rejected %h2 : !altgrad.history<4>
  return %a, %e, %r : f32, f32, i64
}

func.func @runtime() {
  %one = arith.constant 1.0 : f32
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0 : i8

  // E5M2 (see quantize-formats.mlir for each step): 1 -> 60;
  //  -2.5 -> 0x80|65 = 193;  61440 = max + ulp/2 -> saturate 123;
  //  2^-17 -> tie 0/1 -> 0;  1.375 -> tie 61/62 -> 62;  NaN -> 126;
  //  -0 -> 128;  0.1f -> 46.
  %x = arith.constant dense<[1.0, -2.5, 61440.0, 0x37000000, 1.375, 0x7FC00000, -0.0, 0.1]> : tensor<8xf32>
  %q = call @quantize_E5M2(%x, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E5M2>>
  %qi = builtin.unrealized_conversion_cast %q : tensor<8x!altgrad.fp<E5M2>> to tensor<8xi8>
  %qv = vector.transfer_read %qi[%c0], %pad : tensor<8xi8>, vector<8xi8>
  %qw = arith.extui %qv : vector<8xi8> to vector<8xi32>
  vector.print %qw : vector<8xi32>
  // CHECK: ( 60, 193, 123, 0, 62, 126, 128, 46 )

  // E3M4 overflow<ieee> (see dequantize-overflow.mlir): 15.75 -> Inf 112;
  //  -15.75 -> 240;  15.7f -> 111;  NaN -> 120.
  %y = arith.constant dense<[15.75, -15.75, 15.7, 0x7FC00000]> : vector<4xf32>
  %q3 = call @quantize_E3M4_ieee(%y, %one) : (vector<4xf32>, f32) -> vector<4x!altgrad.fp<E3M4>>
  %q3i = builtin.unrealized_conversion_cast %q3 : vector<4x!altgrad.fp<E3M4>> to vector<4xi8>
  %q3w = arith.extui %q3i : vector<4xi8> to vector<4xi32>
  vector.print %q3w : vector<4xi32>
  // CHECK-NEXT: ( 112, 240, 111, 120 )

  // E7M0 fake_quantize: 1.5 -> 2, 3 -> 2, 6 -> 8 (ties to the even
  // exponent), -0.7 -> -0.5.
  %z = arith.constant dense<[1.5, 3.0, 6.0, -0.7]> : vector<4xf32>
  %f = call @fake_E7M0(%z, %one) : (vector<4xf32>, f32) -> vector<4xf32>
  vector.print %f : vector<4xf32>
  // CHECK-NEXT: ( 2, 2, 8, -0.5 )

  // E0M7 codes 1, 64, 255, 200 (= 0x80|72) with scale 2:
  //  2/128 = 0.015625, 1, -254/128 = -1.984375 (%g -1.98438), -144/128 = -1.125.
  %two = arith.constant 2.0 : f32
  %c = altgrad.constant #altgrad.codes<dense<[1, 64, -1, -56]> : vector<4xi8>> : vector<4x!altgrad.fp<E0M7>>
  %d = call @dequantize_E0M7(%c, %two) : (vector<4x!altgrad.fp<E0M7>>, f32) -> vector<4xf32>
  vector.print %d : vector<4xf32>
  // CHECK-NEXT: ( 0.015625, 1, -1.98438, -1.125 )

  // amax [1, -3, 2, 0.5] = 3; E5M2 scale 3 / 57344 = 0x385B6DB7 = 945515959
  // (see scale.mlir).
  %v = arith.constant dense<[1.0, -3.0, 2.0, 0.5]> : vector<4xf32>
  %a, %s = call @scale_E5M2(%v) : (vector<4xf32>) -> (f32, f32)
  vector.print %a : f32
  %sb = arith.bitcast %s : f32 to i32
  vector.print %sb : i32
  // CHECK-NEXT: 3
  // CHECK-NEXT: 945515959

  // stall_count E5M2, w = 1, g = [0.01, -0.01, 0.1, 1e-3], lr = 1: only
  // w2 = 0.9 moves (to 0.875): ( 3, 4 ) (see stall.mlir).
  %w = arith.constant dense<1.0> : vector<4xf32>
  %g = arith.constant dense<[0.01, -0.01, 0.1, 1.0e-3]> : vector<4xf32>
  %n, %m = call @stall_E5M2(%w, %g, %one, %one) : (vector<4xf32>, vector<4xf32>, f32, f32) -> (i64, i64)
  %nm = vector.from_elements %n, %m : vector<2xi64>
  vector.print %nm : vector<2xi64>
  // CHECK-NEXT: ( 3, 4 )

  // History: [1, -3] records 3; a NaN scalar is rejected; amax 3,
  // after reset 1.0; rejected 1.
  %hx = arith.constant dense<[1.0, -3.0]> : vector<2xf32>
  %nan = arith.constant 0x7FC00000 : f32
  %ha, %he, %hr = call @history(%hx, %nan) : (vector<2xf32>, f32) -> (f32, f32, i64)
  %hv = vector.from_elements %ha, %he : vector<2xf32>
  vector.print %hv : vector<2xf32>
  vector.print %hr : i64
  // CHECK-NEXT: ( 3, 1 )
  // CHECK-NEXT: 1
  return
}

// The same expressions with constant operands; the expected output is the
// one above, line for line.
func.func @folded() {
  %one = arith.constant 1.0 : f32
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0 : i8

  %x = arith.constant dense<[1.0, -2.5, 61440.0, 0x37000000, 1.375, 0x7FC00000, -0.0, 0.1]> : tensor<8xf32>
  %q = altgrad.quantize %x, %one : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2>>
  %qi = builtin.unrealized_conversion_cast %q : tensor<8x!altgrad.fp<E5M2>> to tensor<8xi8>
  %qv = vector.transfer_read %qi[%c0], %pad : tensor<8xi8>, vector<8xi8>
  %qw = arith.extui %qv : vector<8xi8> to vector<8xi32>
  vector.print %qw : vector<8xi32>

  %y = arith.constant dense<[15.75, -15.75, 15.7, 0x7FC00000]> : vector<4xf32>
  %q3 = altgrad.quantize %y, %one overflow<ieee> : vector<4xf32> to vector<4x!altgrad.fp<E3M4>>
  %q3i = builtin.unrealized_conversion_cast %q3 : vector<4x!altgrad.fp<E3M4>> to vector<4xi8>
  %q3w = arith.extui %q3i : vector<4xi8> to vector<4xi32>
  vector.print %q3w : vector<4xi32>

  %z = arith.constant dense<[1.5, 3.0, 6.0, -0.7]> : vector<4xf32>
  %f = altgrad.fake_quantize %z, %one format(!altgrad.fp<E7M0>) : vector<4xf32>
  vector.print %f : vector<4xf32>

  %two = arith.constant 2.0 : f32
  %c = altgrad.constant #altgrad.codes<dense<[1, 64, -1, -56]> : vector<4xi8>> : vector<4x!altgrad.fp<E0M7>>
  %d = altgrad.dequantize %c, %two : vector<4x!altgrad.fp<E0M7>> to vector<4xf32>
  vector.print %d : vector<4xf32>

  %v = arith.constant dense<[1.0, -3.0, 2.0, 0.5]> : vector<4xf32>
  %a = altgrad.amax %v : vector<4xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  vector.print %a : f32
  %sb = arith.bitcast %s : f32 to i32
  vector.print %sb : i32

  %w = arith.constant dense<1.0> : vector<4xf32>
  %g = arith.constant dense<[0.01, -0.01, 0.1, 1.0e-3]> : vector<4xf32>
  %n, %m = altgrad.stall_count %w, %g, %one, %one format(!altgrad.fp<E5M2>) : vector<4xf32>
  %nm = vector.from_elements %n, %m : vector<2xi64>
  vector.print %nm : vector<2xi64>

  %hx = arith.constant dense<[1.0, -3.0]> : vector<2xf32>
  %nan = arith.constant 0x7FC00000 : f32
  %h0 = altgrad.history.empty : !altgrad.history<4>
  %h1 = altgrad.history.update %h0, %hx : !altgrad.history<4>, vector<2xf32>
  %h2 = altgrad.history.update %h1, %nan : !altgrad.history<4>, f32
  %ha = altgrad.history.amax %h2 : !altgrad.history<4>
  %h3 = altgrad.history.reset %h2 : !altgrad.history<4>
  %he = altgrad.history.amax %h3 : !altgrad.history<4>
  %hr = altgrad.history.rejected %h2 : !altgrad.history<4>
  %hv = vector.from_elements %ha, %he : vector<2xf32>
  vector.print %hv : vector<2xf32>
  vector.print %hr : i64
  return
}
