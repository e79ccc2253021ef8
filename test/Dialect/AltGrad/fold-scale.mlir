// Constant folding of altgrad.amax and altgrad.compute_scale against docs/spec.md
// section 3: scale = max(amax / largest_finite(format), scale_min) in f32,
// 1.0 for a NaN or infinite amax. Scales that do not print exactly are
// checked through arith.bitcast to their f32 bits.
//
// RUN: altgrad-opt %s -canonicalize | FileCheck %s

//===----------------------------------------------------------------------===//
// compute_scale: each plan format's largest value and a known amax
//===----------------------------------------------------------------------===//

// E0M7: the largest value is 127/128 = 0.9921875, so amax 0.9921875 gives
// 1.0 and amax 127 gives 127 / (127/128) = 128.
// CHECK-LABEL: func.func @scale_e0m7
// CHECK-DAG: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 1.280000e+02 : f32
// CHECK: return %[[A]], %[[B]]
func.func @scale_e0m7() -> (f32, f32) {
  %max = arith.constant 0.9921875 : f32
  %amax = arith.constant 127.0 : f32
  %a = altgrad.compute_scale %max format(!altgrad.fp<E0M7>)
  %b = altgrad.compute_scale %amax format(!altgrad.fp<E0M7>)
  return %a, %b : f32, f32
}

// E1M6: the largest value is 63/32 = 1.96875; amax 63 gives 32.
// CHECK-LABEL: func.func @scale_e1m6
// CHECK-DAG: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 3.200000e+01 : f32
// CHECK: return %[[A]], %[[B]]
func.func @scale_e1m6() -> (f32, f32) {
  %max = arith.constant 1.96875 : f32
  %amax = arith.constant 63.0 : f32
  %a = altgrad.compute_scale %max format(!altgrad.fp<E1M6>)
  %b = altgrad.compute_scale %amax format(!altgrad.fp<E1M6>)
  return %a, %b : f32, f32
}

// E3M4: the largest value is 15.5 (docs/spec.md; not the plan's 240): amax 15.5
// gives 1.0 and amax 31 gives 2.0. With the plan's 240 as amax the scale is
// 240 / 15.5 = 480/31 = 15 + 15/31 = 1111.01111 01111 ...b
// = 1.11101111011110111101111 01111...b * 2^3: the 23 fraction bits are
// 111 0111 1011 1101 1110 1111 = 0x77BDEF and the rest (0.01111...) rounds
// down; the f32 bits are (130 << 23) | 0x77BDEF = 0x4177BDEF = 1098366447.
// CHECK-LABEL: func.func @scale_e3m4
// CHECK-DAG: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG: %[[C:.*]] = arith.constant 1098366447 : i32
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @scale_e3m4() -> (f32, f32, i32) {
  %max = arith.constant 15.5 : f32
  %amax = arith.constant 31.0 : f32
  %plan = arith.constant 240.0 : f32
  %a = altgrad.compute_scale %max format(!altgrad.fp<E3M4>)
  %b = altgrad.compute_scale %amax format(!altgrad.fp<E3M4>)
  %c = altgrad.compute_scale %plan format(!altgrad.fp<E3M4>)
  %ci = arith.bitcast %c : f32 to i32
  return %a, %b, %ci : f32, f32, i32
}

// E3M4, amax 1: 1 / 15.5 = 2/31 = 1.0000100001000010000100001...b * 2^-4
// (1/31 = 0.(00001)b). The 23 fraction bits have ones at 5, 10, 15 and 20,
// 2^18 + 2^13 + 2^8 + 2^3 = 270600 = 0x42108, and the rest (0.01...) rounds
// down: (123 << 23) | 0x42108 = 0x3D842108 = 1032069384.
// CHECK-LABEL: func.func @scale_e3m4_inexact
// CHECK-NEXT: %[[C:.*]] = arith.constant 1032069384 : i32
// CHECK-NEXT: return %[[C]]
func.func @scale_e3m4_inexact() -> i32 {
  %amax = arith.constant 1.0 : f32
  %s = altgrad.compute_scale %amax format(!altgrad.fp<E3M4>)
  %si = arith.bitcast %s : f32 to i32
  return %si : i32
}

// E5M2: the largest value is 57344 (1.0); amax 448 gives 448 / 57344 = 2^-7
// = 0.0078125.
// CHECK-LABEL: func.func @scale_e5m2
// CHECK-DAG: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 7.812500e-03 : f32
// CHECK: return %[[A]], %[[B]]
func.func @scale_e5m2() -> (f32, f32) {
  %max = arith.constant 57344.0 : f32
  %amax = arith.constant 448.0 : f32
  %a = altgrad.compute_scale %max format(!altgrad.fp<E5M2>)
  %b = altgrad.compute_scale %amax format(!altgrad.fp<E5M2>)
  return %a, %b : f32, f32
}

// E7M0: the largest value is 2^63 (1.0); amax 2^64 gives 2.0. Amax 1 gives
// 2^-63 = 1.08e-19, below the default scale_min 1e-10, which it becomes;
// with scale_min = 1e-30 it stays 2^-63, f32 bits (127 - 63) << 23 =
// 0x20000000 = 536870912.
// CHECK-LABEL: func.func @scale_e7m0
// CHECK-DAG: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG: %[[C:.*]] = arith.constant 1.000000e-10 : f32
// CHECK-DAG: %[[D:.*]] = arith.constant 536870912 : i32
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @scale_e7m0() -> (f32, f32, f32, i32) {
  %max = arith.constant 9223372036854775808.0 : f32
  %amax = arith.constant 18446744073709551616.0 : f32
  %one = arith.constant 1.0 : f32
  %a = altgrad.compute_scale %max format(!altgrad.fp<E7M0>)
  %b = altgrad.compute_scale %amax format(!altgrad.fp<E7M0>)
  %c = altgrad.compute_scale %one format(!altgrad.fp<E7M0>)
  %d = altgrad.compute_scale %one format(!altgrad.fp<E7M0>) {scale_min = 1.0e-30 : f32}
  %di = arith.bitcast %d : f32 to i32
  return %a, %b, %c, %di : f32, f32, f32, i32
}

// Other formats, builtin types included, all with amax 448: E4M3FN and
// f8E4M3FN (largest 448) give 1; f8E5M2 (57344) gives 2^-7; f6E3M2FN (28)
// gives 448 / 28 = 16.
// CHECK-LABEL: func.func @scale_other_formats
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[E5:.*]] = arith.constant 7.812500e-03 : f32
// CHECK-DAG: %[[SIX:.*]] = arith.constant 1.600000e+01 : f32
// CHECK: return %[[ONE]], %[[ONE]], %[[E5]], %[[SIX]]
func.func @scale_other_formats() -> (f32, f32, f32, f32) {
  %amax = arith.constant 448.0 : f32
  %a = altgrad.compute_scale %amax format(!altgrad.fp<E4M3FN>)
  %b = altgrad.compute_scale %amax format(f8E4M3FN)
  %c = altgrad.compute_scale %amax format(f8E5M2)
  %d = altgrad.compute_scale %amax format(f6E3M2FN)
  return %a, %b, %c, %d : f32, f32, f32, f32
}

// E4M3 (IEEE-style, 240) and E2M1 (6): amax 240 and 6 give 1.0, amax 480
// and 3 give 2.0 and 0.5.
// CHECK-LABEL: func.func @scale_e4m3_e2m1
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG: %[[HALF:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: return %[[ONE]], %[[TWO]], %[[ONE]], %[[HALF]]
func.func @scale_e4m3_e2m1() -> (f32, f32, f32, f32) {
  %a240 = arith.constant 240.0 : f32
  %a480 = arith.constant 480.0 : f32
  %a6 = arith.constant 6.0 : f32
  %a3 = arith.constant 3.0 : f32
  %a = altgrad.compute_scale %a240 format(!altgrad.fp<E4M3>)
  %b = altgrad.compute_scale %a480 format(f8E4M3)
  %c = altgrad.compute_scale %a6 format(!altgrad.fp<E2M1>)
  %d = altgrad.compute_scale %a3 format(f4E2M1FN)
  return %a, %b, %c, %d : f32, f32, f32, f32
}

// A general format: E2M5 with bias 1 has the largest value 3.9375; amax
// 7.875 gives 2.
// CHECK-LABEL: func.func @scale_general
// CHECK-NEXT: %[[C:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: return %[[C]]
func.func @scale_general() -> f32 {
  %amax = arith.constant 7.875 : f32
  %s = altgrad.compute_scale %amax format(!altgrad.fp<E2M5>)
  return %s : f32
}

//===----------------------------------------------------------------------===//
// compute_scale: the floor and the neutral scale
//===----------------------------------------------------------------------===//

// An all-zero tensor has amax 0: 0 / 57344 = 0 clamps to scale_min, by
// default f32(1e-10); -0 and a negative amax clamp the same way. With
// scale_min = 0.5 the floor is 0.5.
// CHECK-LABEL: func.func @scale_floor
// CHECK-DAG: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK-DAG: %[[HALF:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: return %[[MIN]], %[[MIN]], %[[MIN]], %[[HALF]]
func.func @scale_floor() -> (f32, f32, f32, f32) {
  %zeros = arith.constant dense<0.0> : tensor<8xf32>
  %zero = altgrad.amax %zeros : tensor<8xf32>
  %minus = arith.constant -0.0 : f32
  %negative = arith.constant -1.0 : f32
  %a = altgrad.compute_scale %zero format(!altgrad.fp<E5M2>)
  %b = altgrad.compute_scale %minus format(!altgrad.fp<E5M2>)
  %c = altgrad.compute_scale %negative format(!altgrad.fp<E5M2>)
  %d = altgrad.compute_scale %zero format(!altgrad.fp<E5M2>) {scale_min = 0.5 : f32}
  return %a, %b, %c, %d : f32, f32, f32, f32
}

// A tiny amax clamps: 2^-20 / 2^63 = 2^-83 < 1e-10.
// CHECK-LABEL: func.func @scale_tiny
// CHECK-NEXT: %[[C:.*]] = arith.constant 1.000000e-10 : f32
// CHECK-NEXT: return %[[C]]
func.func @scale_tiny() -> f32 {
  %amax = arith.constant 9.5367431640625e-07 : f32
  %s = altgrad.compute_scale %amax format(!altgrad.fp<E7M0>)
  return %s : f32
}

// NaN, +Inf and -Inf give the neutral scale 1.0, whatever scale_min is.
// CHECK-LABEL: func.func @scale_neutral
// CHECK-NEXT: %[[C:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: return %[[C]], %[[C]], %[[C]], %[[C]]
func.func @scale_neutral() -> (f32, f32, f32, f32) {
  %nan = arith.constant 0x7FC00000 : f32
  %inf = arith.constant 0x7F800000 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %a = altgrad.compute_scale %nan format(!altgrad.fp<E5M2>)
  %b = altgrad.compute_scale %inf format(!altgrad.fp<E3M4>)
  %c = altgrad.compute_scale %ninf format(!altgrad.fp<E7M0>)
  %d = altgrad.compute_scale %nan format(!altgrad.fp<E0M7>) {scale_min = 4.0 : f32}
  return %a, %b, %c, %d : f32, f32, f32, f32
}

// Nothing folds without a constant amax.
// CHECK-LABEL: func.func @scale_not_constant(
// CHECK-SAME: %[[A:[^:]*]]: f32)
// CHECK-NEXT: %[[S:.*]] = altgrad.compute_scale %[[A]] format(!altgrad.fp<E5M2>)
// CHECK-NEXT: return %[[S]]
func.func @scale_not_constant(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  return %s : f32
}

//===----------------------------------------------------------------------===//
// amax
//===----------------------------------------------------------------------===//

// max |x|: [1, -3.5, 2] gives 3.5; [-0] gives +0; a scalar -2.5 gives 2.5;
// the empty tensor gives +0.
// CHECK-LABEL: func.func @amax_values
// CHECK-DAG: %[[A:.*]] = arith.constant 3.500000e+00 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[C:.*]] = arith.constant 2.500000e+00 : f32
// CHECK: return %[[A]], %[[B]], %[[C]], %[[B]]
func.func @amax_values() -> (f32, f32, f32, f32) {
  %x = arith.constant dense<[1.0, -3.5, 2.0]> : tensor<3xf32>
  %z = arith.constant dense<-0.0> : vector<2xf32>
  %y = arith.constant -2.5 : f32
  %e = arith.constant dense<> : tensor<0xf32>
  %a = altgrad.amax %x : tensor<3xf32>
  %b = altgrad.amax %z : vector<2xf32>
  %c = altgrad.amax %y : f32
  %d = altgrad.amax %e : tensor<0xf32>
  return %a, %b, %c, %d : f32, f32, f32, f32
}

// NaN anywhere gives NaN (even with an Inf); Inf of either sign without NaN
// gives +Inf.
// CHECK-LABEL: func.func @amax_specials
// CHECK-DAG: %[[A:.*]] = arith.constant 0x{{[7F]}}FC00000 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 0x7F800000 : f32
// CHECK: return %[[A]], %[[B]]
func.func @amax_specials() -> (f32, f32) {
  %x = arith.constant dense<[1.0, 0x7F800000, 0xFFC00000, 2.0]> : tensor<4xf32>
  %y = arith.constant dense<[[1.0, 0xFF800000], [2.0, 3.0]]> : tensor<2x2xf32>
  %a = altgrad.amax %x : tensor<4xf32>
  %b = altgrad.amax %y : tensor<2x2xf32>
  return %a, %b : f32, f32
}

// f16 and bf16 inputs: f16 -65504 gives 65504; bf16 0x4040 (3.0) and -0.5
// give 3.0.
// CHECK-LABEL: func.func @amax_half
// CHECK-DAG: %[[A:.*]] = arith.constant 6.550400e+04 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 3.000000e+00 : f32
// CHECK: return %[[A]], %[[B]]
func.func @amax_half() -> (f32, f32) {
  %x = arith.constant dense<[-65504.0, 1.0]> : tensor<2xf16>
  %y = arith.constant dense<[0x4040, -0.5]> : vector<2xbf16>
  %a = altgrad.amax %x : tensor<2xf16>
  %b = altgrad.amax %y : vector<2xbf16>
  return %a, %b : f32, f32
}

// amax, compute_scale and quantize fold together: x = [-448, 1, 0.5] has
// amax 448, so the E5M2 scale is 2^-7 and x / scale = [-57344, 128, 64]:
// -57344 is 0xFB = -5, 128 = 2^7 is e = 22: 0 10110 00 = 0x58 = 88, 64 =
// 2^6 is 0x54 = 84.
// CHECK-LABEL: func.func @amax_scale_quantize
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[-5, 88, 84]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @amax_scale_quantize() -> tensor<3x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[-448.0, 1.0, 0.5]> : tensor<3xf32>
  %a = altgrad.amax %x : tensor<3xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  %q = altgrad.quantize %x, %s : tensor<3xf32> to tensor<3x!altgrad.fp<E5M2>>
  return %q : tensor<3x!altgrad.fp<E5M2>>
}

// The amax of a tensor lands on the largest code of every plan format, even
// when amax / largest is inexact: 10 / (10 / 15.5) rounds to within an f32
// ulp of 15.5, nearest to 15.5 in E3M4 (0x6F = 111); 10 / (10 / 57344) to
// 57344 in E5M2 (123); 10 / (10 / 0.9921875) to 127/128 in E0M7 (127);
// 10 / (10 / 1.96875) to 63/32 in E1M6 (63). E7M0 needs a larger amax, as
// 10 / 2^63 is below scale_min: 1e30 / (1e30 / 2^63) is within an ulp of
// 2^63 (126), far from the midpoints 0.75 * 2^63 and 1.5 * 2^63.
// CHECK-LABEL: func.func @amax_maps_to_largest
// CHECK-DAG: altgrad.constant #altgrad.codes<dense<[111, -17]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E3M4>>
// CHECK-DAG: altgrad.constant #altgrad.codes<dense<[123, -5]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E5M2>>
// CHECK-DAG: altgrad.constant #altgrad.codes<dense<[127, -1]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E0M7>>
// CHECK-DAG: altgrad.constant #altgrad.codes<dense<[63, -65]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E1M6>>
// CHECK-DAG: altgrad.constant #altgrad.codes<dense<[126, -2]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E7M0>>
// CHECK: return
func.func @amax_maps_to_largest() -> (tensor<2x!altgrad.fp<E3M4>>, tensor<2x!altgrad.fp<E5M2>>,
                                      tensor<2x!altgrad.fp<E0M7>>, tensor<2x!altgrad.fp<E1M6>>,
                                      tensor<2x!altgrad.fp<E7M0>>) {
  %x = arith.constant dense<[10.0, -10.0]> : tensor<2xf32>
  %a = altgrad.amax %x : tensor<2xf32>
  %s0 = altgrad.compute_scale %a format(!altgrad.fp<E3M4>)
  %s1 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  %s2 = altgrad.compute_scale %a format(!altgrad.fp<E0M7>)
  %s3 = altgrad.compute_scale %a format(!altgrad.fp<E1M6>)
  %y = arith.constant dense<[1.0e30, -1.0e30]> : tensor<2xf32>
  %b = altgrad.amax %y : tensor<2xf32>
  %s4 = altgrad.compute_scale %b format(!altgrad.fp<E7M0>)
  %q0 = altgrad.quantize %x, %s0 : tensor<2xf32> to tensor<2x!altgrad.fp<E3M4>>
  %q1 = altgrad.quantize %x, %s1 : tensor<2xf32> to tensor<2x!altgrad.fp<E5M2>>
  %q2 = altgrad.quantize %x, %s2 : tensor<2xf32> to tensor<2x!altgrad.fp<E0M7>>
  %q3 = altgrad.quantize %x, %s3 : tensor<2xf32> to tensor<2x!altgrad.fp<E1M6>>
  %q4 = altgrad.quantize %y, %s4 : tensor<2xf32> to tensor<2x!altgrad.fp<E7M0>>
  return %q0, %q1, %q2, %q3, %q4 : tensor<2x!altgrad.fp<E3M4>>, tensor<2x!altgrad.fp<E5M2>>,
                                   tensor<2x!altgrad.fp<E0M7>>, tensor<2x!altgrad.fp<E1M6>>,
                                   tensor<2x!altgrad.fp<E7M0>>
}

// Nothing folds without a constant input.
// CHECK-LABEL: func.func @amax_not_constant(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?xf32>)
// CHECK-NEXT: %[[A:.*]] = altgrad.amax %[[X]] : tensor<?xf32>
// CHECK-NEXT: return %[[A]]
func.func @amax_not_constant(%x: tensor<?xf32>) -> f32 {
  %a = altgrad.amax %x : tensor<?xf32>
  return %a : f32
}
