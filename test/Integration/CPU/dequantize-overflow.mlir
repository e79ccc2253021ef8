// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// overflow<ieee>, the fnuz formats, and dequantize of every kind of code
// (zeros, subnormals, the largest value, Inf and NaN codes), executed on
// the CPU. The ops take their inputs as function arguments, so nothing is
// folded. Expected values are worked out by hand from docs/spec.md section 2;
// codes print as unsigned decimals, values with %g.

func.func @codes(%t: tensor<8xi8>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0 : i8
  %v = vector.transfer_read %t[%c0], %pad : tensor<8xi8>, vector<8xi8>
  %w = arith.extui %v : vector<8xi8> to vector<8xi32>
  vector.print %w : vector<8xi32>
  return
}
func.func @values(%t: tensor<8xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %t[%c0], %pad : tensor<8xf32>, vector<8xf32>
  vector.print %v : vector<8xf32>
  return
}
func.func @bits(%t: tensor<8xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %t[%c0], %pad : tensor<8xf32>, vector<8xf32>
  %b = arith.bitcast %v : vector<8xf32> to vector<8xi32>
  %w = arith.extui %b : vector<8xi32> to vector<8xi64>
  vector.print %w : vector<8xi64>
  return
}
func.func @qi_E5M2(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2>>
  return %q : tensor<8x!altgrad.fp<E5M2>>
}
func.func @fqi_E5M2(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) overflow<ieee> : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qi_E3M4(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E3M4>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E3M4>>
  return %q : tensor<8x!altgrad.fp<E3M4>>
}
func.func @fqi_E3M4(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) overflow<ieee> : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qi_E4M3FN(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E4M3FN>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E4M3FN>>
  return %q : tensor<8x!altgrad.fp<E4M3FN>>
}
func.func @fqi_E4M3FN(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E4M3FN>) overflow<ieee> : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qi_E7M0(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E7M0>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E7M0>>
  return %q : tensor<8x!altgrad.fp<E7M0>>
}
func.func @fqi_E7M0(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E7M0>) overflow<ieee> : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qi_E1M6(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E1M6>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E1M6>>
  return %q : tensor<8x!altgrad.fp<E1M6>>
}
func.func @fqi_E1M6(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E1M6>) overflow<ieee> : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qi_E0M7(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E0M7>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E0M7>>
  return %q : tensor<8x!altgrad.fp<E0M7>>
}
func.func @fqi_E0M7(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E0M7>) overflow<ieee> : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qi_E5M2FNUZ(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E5M2FNUZ>> {
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2FNUZ>>
  return %q : tensor<8x!altgrad.fp<E5M2FNUZ>>
}
func.func @fqi_E5M2FNUZ(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2FNUZ>) overflow<ieee> : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qs_E5M2FNUZ(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E5M2FNUZ>> {
  %q = altgrad.quantize %x, %s : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2FNUZ>>
  return %q : tensor<8x!altgrad.fp<E5M2FNUZ>>
}
func.func @fqs_E5M2FNUZ(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2FNUZ>) : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @qs_E4M3FNUZ(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E4M3FNUZ>> {
  %q = altgrad.quantize %x, %s : tensor<8xf32> to tensor<8x!altgrad.fp<E4M3FNUZ>>
  return %q : tensor<8x!altgrad.fp<E4M3FNUZ>>
}
func.func @fqs_E4M3FNUZ(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E4M3FNUZ>) : tensor<8xf32>
  return %y : tensor<8xf32>
}
func.func @dq_E5M2(%q: tensor<8x!altgrad.fp<E5M2>>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8x!altgrad.fp<E5M2>> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq_E4M3FN(%q: tensor<8x!altgrad.fp<E4M3FN>>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8x!altgrad.fp<E4M3FN>> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq_E7M0(%q: tensor<8x!altgrad.fp<E7M0>>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8x!altgrad.fp<E7M0>> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq_E0M7(%q: tensor<8x!altgrad.fp<E0M7>>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8x!altgrad.fp<E0M7>> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq_E1M6(%q: tensor<8x!altgrad.fp<E1M6>>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8x!altgrad.fp<E1M6>> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq_E3M4(%q: tensor<8x!altgrad.fp<E3M4>>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8x!altgrad.fp<E3M4>> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq_E5M2FNUZ(%q: tensor<8x!altgrad.fp<E5M2FNUZ>>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8x!altgrad.fp<E5M2FNUZ>> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq_f8E4M3FN(%q: tensor<8xf8E4M3FN>, %s: f32) -> tensor<8xf32> {
  %x = altgrad.dequantize %q, %s : tensor<8xf8E4M3FN> to tensor<8xf32>
  return %x : tensor<8xf32>
}
func.func @dq16_E5M2(%q: tensor<16x!altgrad.fp<E5M2>>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16x!altgrad.fp<E5M2>> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @values16(%t: tensor<16xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %t[%c0], %pad : tensor<16xf32>, vector<16xf32>
  vector.print %v : vector<16xf32>
  return
}

func.func @main() {
  %one = arith.constant 1.0 : f32

  // ---- overflow<ieee>: beyond the largest finite value, round as if the
  // exponent were unbounded; a result past the largest gives Inf, or NaN
  // where the format has no Inf. At exactly max + ulp/2 the tie goes to the
  // even code: E3M4, E5M2 (and E1M6, E5M2FNUZ) overflow there because their
  // largest code is odd; E4M3FN (0x7E) and E7M0 (0x7E) keep the largest.

  // E5M2 (max 57344 = 0x7B, ulp 8192 there, Inf 0x7C, NaN 0x7E):
  //  57344 -> 123;  61440 = max + 4096: tie, 0x7C even -> Inf 124;
  //  61439.996 (0x476FFFFF, just below the tie) -> 123;
  //  1e6 -> Inf 124;  -1e6 -> -Inf 0xFC = 252;  +Inf -> 124;  -Inf -> 252;
  //  NaN -> 126.
  %xe5 = arith.constant dense<[57344.0, 61440.0, 0x476FFFFF, 1.0e6, -1.0e6, 0x7F800000, 0xFF800000, 0x7FC00000]> : tensor<8xf32>
  %qe5 = call @qi_E5M2(%xe5, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E5M2>>
  %qe5i = builtin.unrealized_conversion_cast %qe5 : tensor<8x!altgrad.fp<E5M2>> to tensor<8xi8>
  call @codes(%qe5i) : (tensor<8xi8>) -> ()
  %fe5 = call @fqi_E5M2(%xe5, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%fe5) : (tensor<8xf32>) -> ()
  // CHECK: ( 123, 124, 123, 124, 252, 124, 252, 126 )
  // CHECK-NEXT: ( 57344, inf, 57344, inf, -inf, inf, -inf, {{-?}}nan )

  // E3M4 (max 15.5 = 0x6F, ulp 0.5 there, Inf 0x70, NaN 0x78):
  //  15.5 -> 111;  15.75 tie, 0x70 even -> Inf 112;  -15.75 -> 0xF0 = 240;
  //  15.7f = 15.6999998 < 15.75 -> 111;  1000 -> 112;  -Inf -> 240;
  //  -NaN -> 0xF8 = 248;  0 -> 0.
  %xe3 = arith.constant dense<[15.5, 15.75, -15.75, 15.7, 1000.0, 0xFF800000, 0xFFC00000, 0.0]> : tensor<8xf32>
  %qe3 = call @qi_E3M4(%xe3, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E3M4>>
  %qe3i = builtin.unrealized_conversion_cast %qe3 : tensor<8x!altgrad.fp<E3M4>> to tensor<8xi8>
  call @codes(%qe3i) : (tensor<8xi8>) -> ()
  %fe3 = call @fqi_E3M4(%xe3, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%fe3) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 111, 112, 240, 111, 112, 240, 248, 0 )
  // CHECK-NEXT: ( 15.5, inf, -inf, 15.5, inf, -inf, {{-?}}nan, 0 )

  // E4M3FN (max 448 = 0x7E, ulp 32, no Inf, NaN 0x7F / 0xFF):
  //  448 -> 126;  464 = max + 16: tie, 0x7E is even -> stays 126;
  //  464.00003 (0x43E80001) -> past the tie -> NaN 127;  its negative -> 255;
  //  1e4 -> 127;  +Inf -> NaN 127;  -Inf -> 255;  480 -> 127.
  %xf = arith.constant dense<[448.0, 464.0, 0x43E80001, 0xC3E80001, 1.0e4, 0x7F800000, 0xFF800000, 480.0]> : tensor<8xf32>
  %qf = call @qi_E4M3FN(%xf, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E4M3FN>>
  %qfi = builtin.unrealized_conversion_cast %qf : tensor<8x!altgrad.fp<E4M3FN>> to tensor<8xi8>
  call @codes(%qfi) : (tensor<8xi8>) -> ()
  %ff = call @fqi_E4M3FN(%xf, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%ff) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 126, 126, 127, 255, 127, 127, 255, 127 )
  // CHECK-NEXT: ( 448, 448, {{-?}}nan, {{-?}}nan, {{-?}}nan, {{-?}}nan, {{-?}}nan, {{-?}}nan )

  // E7M0 (max 2^63 = 0x7E, next unbounded value 2^64, no Inf, NaN 0x7F):
  //  2^63 -> 126;  1.5 * 2^63 (0x5F400000): tie, 0x7E even -> 126;
  //  0x5F400001 (just past) -> NaN 127;  -2^64 -> 0xFF = 255;
  //  +Inf -> 127;  -Inf -> 255;  1 -> 63;  3: tie 2 (64) / 4 (65) -> 64.
  %x7 = arith.constant dense<[0x5F000000, 0x5F400000, 0x5F400001, 0xDF800000, 0x7F800000, 0xFF800000, 1.0, 3.0]> : tensor<8xf32>
  %q7 = call @qi_E7M0(%x7, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E7M0>>
  %q7i = builtin.unrealized_conversion_cast %q7 : tensor<8x!altgrad.fp<E7M0>> to tensor<8xi8>
  call @codes(%q7i) : (tensor<8xi8>) -> ()
  %f7 = call @fqi_E7M0(%x7, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%f7) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 126, 126, 127, 255, 127, 255, 63, 64 )
  // CHECK-NEXT: ( 9.22337e+18, 9.22337e+18, {{-?}}nan, {{-?}}nan, {{-?}}nan, {{-?}}nan, 1, 2 )

  // E1M6 (max 63/32 = 0x3F, ulp 1/32, Inf 0x40, NaN 0x60):
  //  1.96875 -> 63;  127/64 = max + 1/64: tie, 0x40 even -> Inf 64;
  //  1.98f = 1.98000002 < 1.984375 -> 63;  -3 -> -Inf 0xC0 = 192;
  //  +Inf -> 64;  -Inf -> 192;  NaN -> 96;  0.5 = 16/32 -> 16.
  %x1 = arith.constant dense<[1.96875, 1.984375, 1.98, -3.0, 0x7F800000, 0xFF800000, 0x7FC00000, 0.5]> : tensor<8xf32>
  %q1 = call @qi_E1M6(%x1, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E1M6>>
  %q1i = builtin.unrealized_conversion_cast %q1 : tensor<8x!altgrad.fp<E1M6>> to tensor<8xi8>
  call @codes(%q1i) : (tensor<8xi8>) -> ()
  %f1 = call @fqi_E1M6(%x1, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%f1) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 63, 64, 63, 192, 64, 192, 96, 16 )
  // CHECK-NEXT: ( 1.96875, inf, 1.96875, -inf, inf, -inf, {{-?}}nan, 0.5 )

  // E0M7 has no Inf and no NaN (rule none): it always saturates, NaN -> +0.
  //  1 -> 127;  -1 -> 255;  +Inf -> 127;  -Inf -> 255;  NaN -> 0;
  //  255/256 -> 127;  100 -> 127;  0.5 -> 64.
  %x0 = arith.constant dense<[1.0, -1.0, 0x7F800000, 0xFF800000, 0x7FC00000, 0.99609375, 100.0, 0.5]> : tensor<8xf32>
  %q0 = call @qi_E0M7(%x0, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E0M7>>
  %q0i = builtin.unrealized_conversion_cast %q0 : tensor<8x!altgrad.fp<E0M7>> to tensor<8xi8>
  call @codes(%q0i) : (tensor<8xi8>) -> ()
  %f0 = call @fqi_E0M7(%x0, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%f0) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 127, 255, 127, 255, 0, 127, 127, 64 )
  // CHECK-NEXT: ( 0.992188, -0.992188, 0.992188, -0.992188, 0, 0.992188, 0.992188, 0.5 )

  // ---- fnuz: no Inf, no negative zero, 0x80 is the only NaN.
  // E5M2FNUZ (bias 16, max 1.75 * 2^15 = 57344 at 0x7F, smallest 2^-17):
  //  ieee: 57344 -> 127;  61440 = max + ulp/2: tie, the next code 0x80 is
  //  even -> overflow -> NaN 128;  -1e6 -> 128;  +Inf -> 128;  NaN -> 128;
  //  -NaN -> 128;  -0 -> 0 (no negative zero);  -2^-19 (a quarter of the
  //  smallest) rounds to zero -> 0, not 0x80.
  %xz = arith.constant dense<[57344.0, 61440.0, -1.0e6, 0x7F800000, 0x7FC00000, 0xFFC00000, -0.0, 0xB6000000]> : tensor<8xf32>
  %qz = call @qi_E5M2FNUZ(%xz, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E5M2FNUZ>>
  %qzi = builtin.unrealized_conversion_cast %qz : tensor<8x!altgrad.fp<E5M2FNUZ>> to tensor<8xi8>
  call @codes(%qzi) : (tensor<8xi8>) -> ()
  %fz = call @fqi_E5M2FNUZ(%xz, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%fz) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 127, 128, 128, 128, 128, 128, 0, 0 )
  // CHECK-NEXT: ( 57344, {{-?}}nan, {{-?}}nan, {{-?}}nan, {{-?}}nan, {{-?}}nan, 0, 0 )
  //  saturate, same inputs: 61440 -> 127;  -1e6 -> 0x80|0x7F = 255;
  //  +Inf -> 127; NaN, -NaN -> 128; -0, -2^-19 -> 0.
  %qz2 = call @qs_E5M2FNUZ(%xz, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E5M2FNUZ>>
  %qz2i = builtin.unrealized_conversion_cast %qz2 : tensor<8x!altgrad.fp<E5M2FNUZ>> to tensor<8xi8>
  call @codes(%qz2i) : (tensor<8xi8>) -> ()
  %fz2 = call @fqs_E5M2FNUZ(%xz, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%fz2) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 127, 127, 255, 127, 128, 128, 0, 0 )
  // CHECK-NEXT: ( 57344, 57344, -57344, 57344, {{-?}}nan, {{-?}}nan, 0, 0 )

  // E4M3FNUZ (bias 8, max 1.875 * 2^7 = 240 at 0x7F, smallest 2^-10),
  // saturate:  -0 -> 0;  -1e-5 (< 2^-11) -> 0;  240 -> 127;  -300 -> 255;
  //  NaN -> 128;  -Inf -> 255;  1 = 2^(8-8) -> 8<<3 = 64;
  //  0.1f: e = 4 (2^-4), ulp 2^-7, 0.1 * 128 = 12.8 -> 13 -> m = 5 ->
  //  4<<3|5 = 37, value 13/128 = 0.1015625 (%g 0.101562).
  %xu = arith.constant dense<[-0.0, -1.0e-5, 240.0, -300.0, 0x7FC00000, 0xFF800000, 1.0, 0.1]> : tensor<8xf32>
  %qu = call @qs_E4M3FNUZ(%xu, %one) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E4M3FNUZ>>
  %qui = builtin.unrealized_conversion_cast %qu : tensor<8x!altgrad.fp<E4M3FNUZ>> to tensor<8xi8>
  call @codes(%qui) : (tensor<8xi8>) -> ()
  %fu = call @fqs_E4M3FNUZ(%xu, %one) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values(%fu) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 0, 0, 127, 255, 128, 255, 64, 37 )
  // CHECK-NEXT: ( 0, 0, 240, -240, {{-?}}nan, -240, 1, 0.101562 )

  // ---- dequantize of given codes: value(code) * scale, NaN and Inf codes
  // give NaN and Inf.
  // E5M2: 0 -> 0;  0x80 -> -0;  60 -> 1;  1 -> 2^-16;  123 -> 57344;
  //  124 -> inf;  252 -> -inf;  126, 254, 125, 127, 255 -> nan;
  //  4 = e1 m0 -> 2^-14 = 6.10352e-05;  3 = subnormal 3/4 * 2^-14 = 4.57764e-05;
  //  193 = -(1.25 * 2) = -2.5;  251 -> -57344.
  %ce5 = altgrad.constant #altgrad.codes<dense<[0, -128, 60, 1, 123, 124, -4, 126, -2, 125, 127, 4, 3, -63, -5, -1]> : tensor<16xi8>> : tensor<16x!altgrad.fp<E5M2>>
  %de5 = call @dq16_E5M2(%ce5, %one) : (tensor<16x!altgrad.fp<E5M2>>, f32) -> tensor<16xf32>
  call @values16(%de5) : (tensor<16xf32>) -> ()
  // CHECK-NEXT: ( 0, -0, 1, 1.52588e-05, 57344, inf, -inf, {{-?}}nan, {{-?}}nan, {{-?}}nan, {{-?}}nan, 6.10352e-05, 4.57764e-05, -2.5, -57344, {{-?}}nan )

  // E4M3FN: 0x7F, 0xFF -> nan;  0x7E -> 448;  0xFE -> -448;
  //  0x78 = e15 m0 -> 2^8 = 256 (finite in fn);  1 -> 2^-9;  0x38 -> 1;  0x80 -> -0.
  %cf = altgrad.constant #altgrad.codes<dense<[127, -1, 126, -2, 120, 1, 56, -128]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E4M3FN>>
  %df = call @dq_E4M3FN(%cf, %one) : (tensor<8x!altgrad.fp<E4M3FN>>, f32) -> tensor<8xf32>
  call @values(%df) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( {{-?}}nan, {{-?}}nan, 448, -448, 256, 0.00195312, 1, -0 )
  // The builtin f8E4M3FN with the same codes (bit-cast from i8) decodes alike.
  %cfi = arith.constant dense<[127, -1, 126, -2, 120, 1, 56, -128]> : tensor<8xi8>
  %cfb = arith.bitcast %cfi : tensor<8xi8> to tensor<8xf8E4M3FN>
  %dfb = call @dq_f8E4M3FN(%cfb, %one) : (tensor<8xf8E4M3FN>, f32) -> tensor<8xf32>
  call @values(%dfb) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( {{-?}}nan, {{-?}}nan, 448, -448, 256, 0.00195312, 1, -0 )

  // E7M0: 0 -> 0;  1 -> 2^-62;  63 -> 1;  126 -> 2^63;  0x7F, 0xFF -> nan;
  //  0xBF = -(2^0) = -1;  0x80 -> -0.
  %c7 = altgrad.constant #altgrad.codes<dense<[0, 1, 63, 126, 127, -1, -65, -128]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E7M0>>
  %d7 = call @dq_E7M0(%c7, %one) : (tensor<8x!altgrad.fp<E7M0>>, f32) -> tensor<8xf32>
  call @values(%d7) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 0, 2.1684e-19, 1, 9.22337e+18, {{-?}}nan, {{-?}}nan, -1, -0 )

  // E0M7: 0, -0;  1 -> 1/128;  64 -> 0.5;  127 -> 127/128;  255 -> -127/128;
  //  200 = 0x80 | 72 -> -72/128 = -0.5625;  96 -> 0.75.
  %c0c = altgrad.constant #altgrad.codes<dense<[0, -128, 1, 64, 127, -1, -56, 96]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E0M7>>
  %d0 = call @dq_E0M7(%c0c, %one) : (tensor<8x!altgrad.fp<E0M7>>, f32) -> tensor<8xf32>
  call @values(%d0) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 0, -0, 0.0078125, 0.5, 0.992188, -0.992188, -0.5625, 0.75 )

  // E1M6: 0x40 -> inf;  0xC0 -> -inf;  0x60, 0x41 -> nan;  0x3F -> 63/32;
  //  1 -> 1/32;  0x20 -> 1;  0xA0 -> -1.
  %c1 = altgrad.constant #altgrad.codes<dense<[64, -64, 96, 65, 63, 1, 32, -96]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E1M6>>
  %d1 = call @dq_E1M6(%c1, %one) : (tensor<8x!altgrad.fp<E1M6>>, f32) -> tensor<8xf32>
  call @values(%d1) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( inf, -inf, {{-?}}nan, {{-?}}nan, 1.96875, 0.03125, 1, -1 )

  // E3M4: 0x70 -> inf;  0xF0 -> -inf;  0x78, 0x71 -> nan;  0x6F -> 15.5;
  //  1 -> 1/64;  0x30 -> 1;  0x13 = e1 m3 -> (1 + 3/16) / 4 = 0.296875.
  %c3 = altgrad.constant #altgrad.codes<dense<[112, -16, 120, 113, 111, 1, 48, 19]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E3M4>>
  %d3 = call @dq_E3M4(%c3, %one) : (tensor<8x!altgrad.fp<E3M4>>, f32) -> tensor<8xf32>
  call @values(%d3) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( inf, -inf, {{-?}}nan, {{-?}}nan, 15.5, 0.015625, 1, 0.296875 )

  // E5M2FNUZ: 0x80 -> nan;  0 -> 0;  0x7F -> 57344;  0xFF -> -57344;
  //  0x7C = e31 m0 -> 2^15 = 32768 (finite: fnuz has no Inf);
  //  1 -> 2^-17 = 7.62939e-06;  0x40 = e16 -> 1;  0xC0 -> -1.
  %cz = altgrad.constant #altgrad.codes<dense<[-128, 0, 127, -1, 124, 1, 64, -64]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E5M2FNUZ>>
  %dz = call @dq_E5M2FNUZ(%cz, %one) : (tensor<8x!altgrad.fp<E5M2FNUZ>>, f32) -> tensor<8xf32>
  call @values(%dz) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( {{-?}}nan, 0, 57344, -57344, 32768, 7.62939e-06, 1, -1 )

  // E5M2 with scale 0.1f (0x3DCCCCCD): one rounded f32 multiplication.
  // Bits, as unsigned decimals:
  //  60: 1 * 0.1f = 0x3DCCCCCD = 1036831949
  //  61: 1.25 * 0.1f = 0.12500000186 -> 0.125 = 0x3E000000 = 1040187392
  //  62: 1.5 * 0.1f = 0.15000000224 -> 0x3E19999A (0.15000000596) = 1041865114
  //  63: 1.75 * 0.1f = 0.17500000261 -> 0x3E333333 (0.17499999702) = 1043542835
  //  123: 57344 * 0.1f = 5734.40008545 -> 0x45B33333 (5734.39990234) = 1169371955
  //  1: 2^-16 * 0.1f, exact: 0x3DCCCCCD - (16 << 23) = 0x35CCCCCD = 902614221
  //  124: inf * 0.1f = inf = 0x7F800000 = 2139095040;  0: 0.
  %s01 = arith.constant 0.1 : f32
  %cs = altgrad.constant #altgrad.codes<dense<[60, 61, 62, 63, 123, 1, 124, 0]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E5M2>>
  %ds = call @dq_E5M2(%cs, %s01) : (tensor<8x!altgrad.fp<E5M2>>, f32) -> tensor<8xf32>
  call @values(%ds) : (tensor<8xf32>) -> ()
  call @bits(%ds) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 0.1, 0.125, 0.15, 0.175, 5734.4, 1.52588e-06, inf, 0 )
  // CHECK-NEXT: ( 1036831949, 1040187392, 1041865114, 1043542835, 1169371955, 902614221, 2139095040, 0 )
  return
}
