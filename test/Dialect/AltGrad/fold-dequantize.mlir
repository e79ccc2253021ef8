// Constant folding of altgrad.dequantize and altgrad.fake_quantize against
// docs/spec.md section 2: value(code) * scale in one f32 multiplication, and
// dequantize(quantize(x, scale), scale). Inf and NaN f32 results print as
// hex; the sign of a NaN is not specified, so the checks accept either.
//
// RUN: altgrad-opt %s -canonicalize | FileCheck %s

//===----------------------------------------------------------------------===//
// dequantize
//===----------------------------------------------------------------------===//

// E5M2 codes with scale 1:
//   0x3C = 0 01111 00 = 2^0 = 1.0
//   0x43 = 0 10000 11 = 1.75 * 2^1 = 3.5
//   0x7B = 0 11110 11 = 1.75 * 2^15 = 57344, 0xFB = -57344
//   0x7C = +Inf, 0xFC = -Inf
//   0x7E, 0x7D = NaN
//   0x80 = -0
// CHECK-LABEL: func.func @e5m2_codes
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[1.000000e+00, 3.500000e+00, 5.734400e+04, -5.734400e+04, 0x7F800000, 0xFF800000, 0x{{[7F]}}FC00000, 0x{{[7F]}}FC00000, -0.000000e+00]> : tensor<9xf32>
// CHECK-NEXT: return %[[D]]
func.func @e5m2_codes() -> tensor<9xf32> {
  %c = altgrad.constant #altgrad.codes<dense<[0x3C, 0x43, 0x7B, 0xFB, 0x7C, 0xFC, 0x7E, 0x7D, 0x80]> : tensor<9xi8>> : tensor<9x!altgrad.fp<E5M2>>
  %s = arith.constant 1.0 : f32
  %d = altgrad.dequantize %c, %s : tensor<9x!altgrad.fp<E5M2>> to tensor<9xf32>
  return %d : tensor<9xf32>
}

// The scale multiplies: 0x43 (3.5) * 2 = 7, 0x3C (1.0) * 2 = 2; the
// smallest subnormal 0x01 (2^-16) * 2^16 = 1.
// CHECK-LABEL: func.func @e5m2_scaled
// CHECK-DAG: %[[A:.*]] = arith.constant dense<[7.000000e+00, 2.000000e+00]> : vector<2xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: return %[[A]], %[[B]]
func.func @e5m2_scaled() -> (vector<2xf32>, f32) {
  %c = altgrad.constant #altgrad.codes<dense<[0x43, 0x3C]> : tensor<2xi8>> : vector<2x!altgrad.fp<E5M2>>
  %m = altgrad.constant #altgrad.codes<dense<0x01> : tensor<i8>> : !altgrad.fp<E5M2>
  %two = arith.constant 2.0 : f32
  %big = arith.constant 65536.0 : f32
  %a = altgrad.dequantize %c, %two : vector<2x!altgrad.fp<E5M2>> to vector<2xf32>
  %b = altgrad.dequantize %m, %big : !altgrad.fp<E5M2> to f32
  return %a, %b : vector<2xf32>, f32
}

// One f32 rounding: 1.25 (0x3D) * f32(0.1) = 1.25 * 13421773 * 2^-27 =
// (2^24 + 0.25) * 2^-27, which rounds to 2^24 * 2^-27 = 0.125.
// CHECK-LABEL: func.func @rounded_product
// CHECK-NEXT: %[[D:.*]] = arith.constant 1.250000e-01 : f32
// CHECK-NEXT: return %[[D]]
func.func @rounded_product() -> f32 {
  %c = altgrad.constant #altgrad.codes<dense<0x3D> : tensor<i8>> : !altgrad.fp<E5M2>
  %s = arith.constant 0.1 : f32
  %d = altgrad.dequantize %c, %s : !altgrad.fp<E5M2> to f32
  return %d : f32
}

// The product may leave the f32 range: 57344 * 2^120 = 1.75 * 2^135 is +Inf;
// 2^-16 * 2^-140 = 2^-156 is below half the smallest f32 subnormal (2^-150)
// and is +0. 2^-16 * 2^-130 = 2^-146 is an f32 subnormal with bits
// 2^(149 - 146) = 8, seen through arith.bitcast.
// CHECK-LABEL: func.func @product_range
// CHECK-DAG: %[[A:.*]] = arith.constant 0x7F800000 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[C:.*]] = arith.constant 8 : i32
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @product_range() -> (f32, f32, i32) {
  %max = altgrad.constant #altgrad.codes<dense<0x7B> : tensor<i8>> : !altgrad.fp<E5M2>
  %min = altgrad.constant #altgrad.codes<dense<0x01> : tensor<i8>> : !altgrad.fp<E5M2>
  // 2^120, 2^-140 and 2^-130 as f32 bits.
  %big = arith.constant 0x7B800000 : f32
  %tiny = arith.constant 0x00000200 : f32
  %sub = arith.constant 0x00080000 : f32
  %a = altgrad.dequantize %max, %big : !altgrad.fp<E5M2> to f32
  %b = altgrad.dequantize %min, %tiny : !altgrad.fp<E5M2> to f32
  %c = altgrad.dequantize %min, %sub : !altgrad.fp<E5M2> to f32
  %ci = arith.bitcast %c : f32 to i32
  return %a, %b, %ci : f32, f32, i32
}

// E7M0 (powers of two 2^(e - 63)): 0x3F = 1, 0x40 = 2, 0x3E = 0.5, 0xBF =
// -1, 0x00 = 0, 0x80 = -0; 0x7F and 0xFF are NaN.
// CHECK-LABEL: func.func @e7m0_codes
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 5.000000e-01, -1.000000e+00, 0.000000e+00, -0.000000e+00, 0x{{[7F]}}FC00000, 0x{{[7F]}}FC00000]> : tensor<8xf32>
// CHECK-NEXT: return %[[D]]
func.func @e7m0_codes() -> tensor<8xf32> {
  %c = altgrad.constant #altgrad.codes<dense<[0x3F, 0x40, 0x3E, 0xBF, 0x00, 0x80, 0x7F, 0xFF]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E7M0>>
  %s = arith.constant 1.0 : f32
  %d = altgrad.dequantize %c, %s : tensor<8x!altgrad.fp<E7M0>> to tensor<8xf32>
  return %d : tensor<8xf32>
}

// E7M0 extremes: the largest 0x7E = 2^63 times 2^-63 (bits 64 << 23 =
// 0x20000000) is 1; the smallest 0x01 = 2^-62 times 2^62 (bits 189 << 23 =
// 0x5E800000) is 1.
// CHECK-LABEL: func.func @e7m0_extremes
// CHECK-NEXT: %[[D:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: return %[[D]], %[[D]]
func.func @e7m0_extremes() -> (f32, f32) {
  %max = altgrad.constant #altgrad.codes<dense<0x7E> : tensor<i8>> : !altgrad.fp<E7M0>
  %min = altgrad.constant #altgrad.codes<dense<0x01> : tensor<i8>> : !altgrad.fp<E7M0>
  %down = arith.constant 0x20000000 : f32
  %up = arith.constant 0x5E800000 : f32
  %a = altgrad.dequantize %max, %down : !altgrad.fp<E7M0> to f32
  %b = altgrad.dequantize %min, %up : !altgrad.fp<E7M0> to f32
  return %a, %b : f32, f32
}

// E0M7 (m/128): 0x40 = 0.5, 0x7F = 127/128 = 0.9921875, 0x01 = 1/128 =
// 0.0078125, 0x80 = -0, 0xFF = -0.9921875 (seven digits print in full).
// CHECK-LABEL: func.func @e0m7_codes
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[5.000000e-01, 0.9921875, 7.812500e-03, -0.000000e+00, -0.9921875]> : tensor<5xf32>
// CHECK-NEXT: return %[[D]]
func.func @e0m7_codes() -> tensor<5xf32> {
  %c = altgrad.constant #altgrad.codes<dense<[0x40, 0x7F, 0x01, 0x80, 0xFF]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E0M7>>
  %s = arith.constant 1.0 : f32
  %d = altgrad.dequantize %c, %s : tensor<5x!altgrad.fp<E0M7>> to tensor<5xf32>
  return %d : tensor<5xf32>
}

// E1M6 (m/32 below the all-ones exponent): 0x20 = 1, 0x3F = 63/32 =
// 1.96875; 0x40 = +Inf, 0xC0 = -Inf, 0x60 and 0x41 are NaN.
// CHECK-LABEL: func.func @e1m6_codes
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[1.000000e+00, 1.968750e+00, 0x7F800000, 0xFF800000, 0x{{[7F]}}FC00000, 0x{{[7F]}}FC00000]> : tensor<6xf32>
// CHECK-NEXT: return %[[D]]
func.func @e1m6_codes() -> tensor<6xf32> {
  %c = altgrad.constant #altgrad.codes<dense<[0x20, 0x3F, 0x40, 0xC0, 0x60, 0x41]> : tensor<6xi8>> : tensor<6x!altgrad.fp<E1M6>>
  %s = arith.constant 1.0 : f32
  %d = altgrad.dequantize %c, %s : tensor<6x!altgrad.fp<E1M6>> to tensor<6xf32>
  return %d : tensor<6xf32>
}

// E3M4: 0x30 = 1, 0x6F = 15.5, 0x01 = 2^-6 = 0.015625, 0x70 = +Inf, 0x78 =
// NaN.
// CHECK-LABEL: func.func @e3m4_codes
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[1.000000e+00, 1.550000e+01, 1.562500e-02, 0x7F800000, 0x{{[7F]}}FC00000]> : tensor<5xf32>
// CHECK-NEXT: return %[[D]]
func.func @e3m4_codes() -> tensor<5xf32> {
  %c = altgrad.constant #altgrad.codes<dense<[0x30, 0x6F, 0x01, 0x70, 0x78]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E3M4>>
  %s = arith.constant 1.0 : f32
  %d = altgrad.dequantize %c, %s : tensor<5x!altgrad.fp<E3M4>> to tensor<5xf32>
  return %d : tensor<5xf32>
}

// E4M3FN: 0x7E = 448; 0x78 = 0 1111 000 = 2^8 = 256 (fn reserves no
// exponent, only 0x7F and 0xFF, both NaN).
// E5M2FNUZ: 0x80 is its NaN, 0x7F = 57344, 0x40 = 2^(16 - 16) = 1.
// CHECK-LABEL: func.func @fn_fnuz_codes
// CHECK-DAG: %[[A:.*]] = arith.constant dense<[4.480000e+02, 2.560000e+02, 0x{{[7F]}}FC00000, 0x{{[7F]}}FC00000]> : tensor<4xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[0x{{[7F]}}FC00000, 5.734400e+04, 1.000000e+00]> : tensor<3xf32>
// CHECK: return %[[A]], %[[B]]
func.func @fn_fnuz_codes() -> (tensor<4xf32>, tensor<3xf32>) {
  %a = altgrad.constant #altgrad.codes<dense<[0x7E, 0x78, 0x7F, 0xFF]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E4M3FN>>
  %b = altgrad.constant #altgrad.codes<dense<[0x80, 0x7F, 0x40]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2FNUZ>>
  %s = arith.constant 1.0 : f32
  %da = altgrad.dequantize %a, %s : tensor<4x!altgrad.fp<E4M3FN>> to tensor<4xf32>
  %db = altgrad.dequantize %b, %s : tensor<3x!altgrad.fp<E5M2FNUZ>> to tensor<3xf32>
  return %da, %db : tensor<4xf32>, tensor<3xf32>
}

// E2M1: 7 = 6.0, 15 = -6.0, 8 = -0, 1 = 0.5; scale 0.5.
// CHECK-LABEL: func.func @e2m1_codes
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[3.000000e+00, -3.000000e+00, -0.000000e+00, 2.500000e-01]> : tensor<4xf32>
// CHECK-NEXT: return %[[D]]
func.func @e2m1_codes() -> tensor<4xf32> {
  %c = altgrad.constant #altgrad.codes<dense<[7, 15, 8, 1]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E2M1>>
  %s = arith.constant 0.5 : f32
  %d = altgrad.dequantize %c, %s : tensor<4x!altgrad.fp<E2M1>> to tensor<4xf32>
  return %d : tensor<4xf32>
}

// Builtin constants are dense float attributes: f8E4M3FN 448 and -0.5 times
// 0.5 are 224 and -0.25; f4E2M1FN 6 and -0.5 times 2 are 12 and -1;
// f8E4M3FNUZ 0x80 is NaN; f8E5M2 0x7C is +Inf.
// CHECK-LABEL: func.func @builtin_codes
// CHECK-DAG: %[[A:.*]] = arith.constant dense<[2.240000e+02, -2.500000e-01]> : tensor<2xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[1.200000e+01, -1.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[C:.*]] = arith.constant 0x{{[7F]}}FC00000 : f32
// CHECK-DAG: %[[D:.*]] = arith.constant 0x7F800000 : f32
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @builtin_codes() -> (tensor<2xf32>, tensor<2xf32>, f32, f32) {
  %a = arith.constant dense<[448.0, -0.5]> : tensor<2xf8E4M3FN>
  %b = arith.constant dense<[6.0, -0.5]> : tensor<2xf4E2M1FN>
  %c = arith.constant 0x80 : f8E4M3FNUZ
  %d = arith.constant 0x7C : f8E5M2
  %half = arith.constant 0.5 : f32
  %two = arith.constant 2.0 : f32
  %one = arith.constant 1.0 : f32
  %da = altgrad.dequantize %a, %half : tensor<2xf8E4M3FN> to tensor<2xf32>
  %db = altgrad.dequantize %b, %two : tensor<2xf4E2M1FN> to tensor<2xf32>
  %dc = altgrad.dequantize %c, %one : f8E4M3FNUZ to f32
  %dd = altgrad.dequantize %d, %one : f8E5M2 to f32
  return %da, %db, %dc, %dd : tensor<2xf32>, tensor<2xf32>, f32, f32
}

// A splat stays a splat: 0x3E (1.5) * 4 = 6.
// CHECK-LABEL: func.func @splat
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<6.000000e+00> : tensor<4x8xf32>
// CHECK-NEXT: return %[[D]]
func.func @splat() -> tensor<4x8xf32> {
  %c = altgrad.constant #altgrad.codes<dense<0x3E> : tensor<4x8xi8>> : tensor<4x8x!altgrad.fp<E5M2>>
  %s = arith.constant 4.0 : f32
  %d = altgrad.dequantize %c, %s : tensor<4x8x!altgrad.fp<E5M2>> to tensor<4x8xf32>
  return %d : tensor<4x8xf32>
}

// Quantize then dequantize folds through: 3.3 in E5M2 is 3.5 (between 3.0
// and 3.5, nearer 3.5).
// CHECK-LABEL: func.func @round_trip
// CHECK-NEXT: %[[D:.*]] = arith.constant 3.500000e+00 : f32
// CHECK-NEXT: return %[[D]]
func.func @round_trip() -> f32 {
  %x = arith.constant 3.3 : f32
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  %d = altgrad.dequantize %q, %s : !altgrad.fp<E5M2> to f32
  return %d : f32
}

// Nothing folds without constant operands.
// CHECK-LABEL: func.func @not_constant(
// CHECK-SAME: %[[C:[^:]*]]: tensor<4x!altgrad.fp<E5M2>>, %[[S:[^:]*]]: f32)
// CHECK-NEXT: %[[D:.*]] = altgrad.dequantize %[[C]], %[[S]]
// CHECK-NEXT: return %[[D]]
func.func @not_constant(%c: tensor<4x!altgrad.fp<E5M2>>, %s: f32) -> tensor<4xf32> {
  %d = altgrad.dequantize %c, %s : tensor<4x!altgrad.fp<E5M2>> to tensor<4xf32>
  return %d : tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// fake_quantize
//===----------------------------------------------------------------------===//

// E5M2 with scale 1: 1e5 and -1e6 saturate to +-57344; 0.3 lies in
// [0.25, 0.5) where the spacing is 0.0625, between 0.25 and 0.3125, nearer
// 0.3125; 3.3 lies between 3.0 and 3.5, nearer 3.5.
// CHECK-LABEL: func.func @fake_e5m2
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[5.734400e+04, -5.734400e+04, 3.125000e-01, 3.500000e+00]> : tensor<4xf32>
// CHECK-NEXT: return %[[D]]
func.func @fake_e5m2() -> tensor<4xf32> {
  %x = arith.constant dense<[1.0e5, -1.0e6, 0.3, 3.3]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : tensor<4xf32>
  return %y : tensor<4xf32>
}

// With overflow<ieee>, 1e5 >= 61440 gives +Inf and -1e6 -Inf.
// CHECK-LABEL: func.func @fake_e5m2_ieee
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[0x7F800000, 0xFF800000, 3.125000e-01, 3.500000e+00]> : tensor<4xf32>
// CHECK-NEXT: return %[[D]]
func.func @fake_e5m2_ieee() -> tensor<4xf32> {
  %x = arith.constant dense<[1.0e5, -1.0e6, 0.3, 3.3]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) overflow<ieee> : tensor<4xf32>
  return %y : tensor<4xf32>
}

// The scale divides first and multiplies back: 1.3 / 0.25 = 5.2, in [4, 8)
// with spacing 1, rounds to 5; 5 * 0.25 = 1.25.
// CHECK-LABEL: func.func @fake_scaled
// CHECK-NEXT: %[[D:.*]] = arith.constant 1.250000e+00 : f32
// CHECK-NEXT: return %[[D]]
func.func @fake_scaled() -> f32 {
  %x = arith.constant 1.3 : f32
  %s = arith.constant 0.25 : f32
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : f32
  return %y : f32
}

// f8E4M3FN with overflow<ieee>: 464 stays 448, 465 is NaN, -0 stays -0,
// 1.0625 ties to 1.0.
// CHECK-LABEL: func.func @fake_e4m3fn
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[4.480000e+02, 0x{{[7F]}}FC00000, -0.000000e+00, 1.000000e+00]> : tensor<4xf32>
// CHECK-NEXT: return %[[D]]
func.func @fake_e4m3fn() -> tensor<4xf32> {
  %x = arith.constant dense<[464.0, 465.0, -0.0, 1.0625]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %y = altgrad.fake_quantize %x, %s format(f8E4M3FN) overflow<ieee> : tensor<4xf32>
  return %y : tensor<4xf32>
}

// fnuz has no -0: -0 and -1e-9 come back as +0.
// CHECK-LABEL: func.func @fake_fnuz_zero
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<0.000000e+00> : tensor<2xf32>
// CHECK-NEXT: return %[[D]]
func.func @fake_fnuz_zero() -> tensor<2xf32> {
  %x = arith.constant dense<[-0.0, -1.0e-9]> : tensor<2xf32>
  %s = arith.constant 1.0 : f32
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2FNUZ>) : tensor<2xf32>
  return %y : tensor<2xf32>
}

// E2M1 (rule none): NaN gives code 0, +0; +-Inf saturate to +-6; 5.0 ties to
// 4.0 (code 6, even).
// CHECK-LABEL: func.func @fake_e2m1
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[0.000000e+00, 6.000000e+00, -6.000000e+00, 4.000000e+00]> : tensor<4xf32>
// CHECK-NEXT: return %[[D]]
func.func @fake_e2m1() -> tensor<4xf32> {
  %x = arith.constant dense<[0x7FC00000, 0x7F800000, 0xFF800000, 5.0]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E2M1>) overflow<ieee> : tensor<4xf32>
  return %y : tensor<4xf32>
}

// E7M0: 0.7 lies between 0.5 and 1.0, below their midpoint 0.75: 0.5.
// E3M4 with scale 8: 100 / 8 = 12.5 is exact in E3M4 (spacing 0.5 in
// [8, 16)): 100; 1000 / 8 = 125 saturates to 15.5: 124.
// CHECK-LABEL: func.func @fake_other
// CHECK-DAG: %[[A:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[1.000000e+02, 1.240000e+02]> : vector<2xf32>
// CHECK: return %[[A]], %[[B]]
func.func @fake_other() -> (f32, vector<2xf32>) {
  %x = arith.constant 0.7 : f32
  %v = arith.constant dense<[100.0, 1000.0]> : vector<2xf32>
  %one = arith.constant 1.0 : f32
  %eight = arith.constant 8.0 : f32
  %a = altgrad.fake_quantize %x, %one format(!altgrad.fp<E7M0>) : f32
  %b = altgrad.fake_quantize %v, %eight format(!altgrad.fp<E3M4>) : vector<2xf32>
  return %a, %b : f32, vector<2xf32>
}

// E4M3 with bias 140 (subnormals m * 2^-142): 3 * 2^-143 (bits 0xC0) ties to
// m = 2, 2 * 2^-142 = 2^-141, f32 bits 2^(149 - 141) = 256.
// CHECK-LABEL: func.func @fake_subnormal
// CHECK-NEXT: %[[D:.*]] = arith.constant 256 : i32
// CHECK-NEXT: return %[[D]]
func.func @fake_subnormal() -> i32 {
  %x = arith.constant 0x000000C0 : f32
  %s = arith.constant 1.0 : f32
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E4M3, bias = 140>) : f32
  %b = arith.bitcast %y : f32 to i32
  return %b : i32
}

// Nothing folds without constant operands.
// CHECK-LABEL: func.func @fake_not_constant(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?xf32>, %[[S:[^:]*]]: f32)
// CHECK-NEXT: %[[Y:.*]] = altgrad.fake_quantize %[[X]], %[[S]] format(!altgrad.fp<E5M2>)
// CHECK-NEXT: return %[[Y]]
func.func @fake_not_constant(%x: tensor<?xf32>, %s: f32) -> tensor<?xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : tensor<?xf32>
  return %y : tensor<?xf32>
}

//===----------------------------------------------------------------------===//
// f16 and bf16
//===----------------------------------------------------------------------===//

// E4M3FN 0x39 (1.125) and 0x7E (448) times 0.1: the f32 products 0.1125
// and 44.8 round once to bf16, 1.796875 * 2^-4 = 0.1123046875 and
// 1.3984375 * 2^5 = 44.75.
// CHECK-LABEL: func.func @dequantize_bf16
// CHECK-NEXT: %[[D:.*]] = arith.constant dense<[1.123050e-01, 4.475000e+01]> : tensor<2xbf16>
// CHECK-NEXT: return %[[D]]
func.func @dequantize_bf16() -> tensor<2xbf16> {
  %c = altgrad.constant #altgrad.codes<dense<[0x39, 0x7E]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E4M3FN>>
  %s = arith.constant 0.1 : f32
  %d = altgrad.dequantize %c, %s : tensor<2x!altgrad.fp<E4M3FN>> to tensor<2xbf16>
  return %d : tensor<2xbf16>
}

// f16 3.25 ties between the E5M2 values 3 and 3.5 (even: 3); -0.3 is
// nearest to -0.3125; both exact in f16.
// CHECK-LABEL: func.func @fake_quantize_f16
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<[3.000000e+00, -3.125000e-01]> : vector<2xf16>
// CHECK-NEXT: return %[[F]]
func.func @fake_quantize_f16() -> vector<2xf16> {
  %x = arith.constant dense<[3.25, -0.3]> : vector<2xf16>
  %s = arith.constant 1.0 : f32
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : vector<2xf16>
  return %y : vector<2xf16>
}
