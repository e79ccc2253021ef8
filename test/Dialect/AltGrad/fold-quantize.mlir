// Constant folding of altgrad.quantize against docs/spec.md section 2. Every
// expected code is worked out by hand in the comment above its check.
//
// #altgrad.codes print their bytes as signed i8: a code c >= 0x80 prints as
// c - 256 (0x80 = -128, 0xFE = -2, 0xFF = -1).
//
// RUN: altgrad-opt %s -canonicalize | FileCheck %s

//===----------------------------------------------------------------------===//
// E5M2: bias 15, 2 mantissa bits, ieee. Code s eeeee mm.
//===----------------------------------------------------------------------===//

// 3.5 = 1.75 * 2^1: e = 1 + 15 = 16, m = 0.75 * 4 = 3:
// 0 10000 11 = 0x43 = 67.
// CHECK-LABEL: func.func @e5m2_exact
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<67> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_exact() -> !altgrad.fp<E5M2> {
  %x = arith.constant 3.5 : f32
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  return %q : !altgrad.fp<E5M2>
}

// -3.5: the sign bit on 0x43 is 0xC3 = 195, printed as 195 - 256 = -61.
// CHECK-LABEL: func.func @e5m2_negative
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<-61> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_negative() -> !altgrad.fp<E5M2> {
  %x = arith.constant -3.5 : f32
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  return %q : !altgrad.fp<E5M2>
}

// The largest value 57344 = 1.75 * 2^15: e = 30, m = 3: 0 11110 11 = 0x7B = 123.
// The smallest normal 2^-14: e = 1, m = 0: 0 00001 00 = 0x04 = 4.
// The smallest subnormal 2^-16 = (1/4) * 2^-14: 0 00000 01 = 0x01 = 1.
// 1.0: e = 15: 0 01111 00 = 0x3C = 60.
// CHECK-LABEL: func.func @e5m2_landmarks
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[123, 4, 1, 60]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_landmarks() -> tensor<4x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[57344.0, 6.103515625e-05, 1.52587890625e-05, 1.0]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  return %q : tensor<4x!altgrad.fp<E5M2>>
}

// Exact midpoints go to the even code:
//   1.125  between 1.0   (0x3C = 60) and 1.25 (0x3D = 61) -> 60
//   1.375  between 1.25  (61)        and 1.5  (0x3E = 62) -> 62
//   1.625  between 1.5   (62)        and 1.75 (0x3F = 63) -> 62
//   1.875  between 1.75  (63)        and 2.0  (0x40 = 64) -> 64, a carry into
//          the exponent
//   2^-17  between 0     (0)         and 2^-16 (1)        -> 0
//   3*2^-17 between 2^-16 (1)        and 2^-15 (2)        -> 2
//   7*2^-17 between 3*2^-16 (3)      and 2^-14 (4)        -> 4, subnormal to
//          normal
//   53248  between 49152 (0x7A = 122) and 57344 (123)     -> 122
// CHECK-LABEL: func.func @e5m2_midpoints
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[60, 62, 62, 64, 0, 2, 4, 122]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_midpoints() -> tensor<8x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[1.125, 1.375, 1.625, 1.875, 7.62939453125e-06, 2.288818359375e-05, 5.340576171875e-05, 53248.0]> : tensor<8xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2>>
  return %q : tensor<8x!altgrad.fp<E5M2>>
}

// One f32 ulp off a midpoint decides it: 1.125 + 2^-23 goes up to 1.25
// (61), 1.125 - 2^-23 down to 1.0 (60); 1.625 + 2^-23 to 1.75 (63).
// 1.125 + 2^-23 also shows there is one rounding only: through f16 it would
// first become 1.125 and then tie to 1.0.
// CHECK-LABEL: func.func @e5m2_near_midpoints
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[61, 60, 63]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_near_midpoints() -> tensor<3x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[0x3F900001, 0x3F8FFFFF, 0x3FD00001]> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<3xf32> to tensor<3x!altgrad.fp<E5M2>>
  return %q : tensor<3x!altgrad.fp<E5M2>>
}

// +0 is code 0; -0 keeps its sign: 0x80 = -128. -2^-20 is below half the
// smallest subnormal (2^-17) and rounds to -0 as well.
// CHECK-LABEL: func.func @e5m2_zeros
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[0, -128, -128, 0]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_zeros() -> tensor<4x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[0.0, -0.0, -9.5367431640625e-07, 9.5367431640625e-07]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  return %q : tensor<4x!altgrad.fp<E5M2>>
}

// NaN: all-ones exponent and the top mantissa bit, with the input's sign:
// 0 11111 10 = 0x7E = 126, 1 11111 10 = 0xFE = -2. The payload of the
// signaling NaN 0x7F800001 and of the quiet NaN 0x7FE00000 (whose top payload
// bits APFloat would keep, giving 0x7F) is dropped.
// CHECK-LABEL: func.func @e5m2_nan
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[126, -2, 126, 126, -2]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_nan() -> tensor<5x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[0x7FC00000, 0xFFC00000, 0x7F800001, 0x7FE00000, 0xFFFFFFFF]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<5xf32> to tensor<5x!altgrad.fp<E5M2>>
  return %q : tensor<5x!altgrad.fp<E5M2>>
}

// Saturation (the default): +-Inf, 61440 = max + ulp/2 (the ulp at 2^15 is
// 2^13 = 8192) and 1e6 all clamp to +-57344: 0x7B = 123, 0xFB = -5.
// CHECK-LABEL: func.func @e5m2_saturate
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[123, -5, 123, -5, 123]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_saturate() -> tensor<5x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[0x7F800000, 0xFF800000, 61440.0, -61440.0, 1.0e6]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<5xf32> to tensor<5x!altgrad.fp<E5M2>>
  return %q : tensor<5x!altgrad.fp<E5M2>>
}

// IEEE overflow: 61440 ties between 0x7B (odd) and 0x7C (even, Inf), so it
// overflows to Inf 0 11111 00 = 0x7C = 124; -61440 to 0xFC = -4. The f32
// just below, 61440 - 2^-8 = 61439.99609375, stays at 57344 (123). +-Inf
// give +-Inf (124, -4).
// CHECK-LABEL: func.func @e5m2_overflow_ieee
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[124, -4, 123, 124, -4, 123]> : tensor<6xi8>> : tensor<6x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2_overflow_ieee() -> tensor<6x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[61440.0, -61440.0, 61439.99609375, 0x7F800000, 0xFF800000, 57344.0]> : tensor<6xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<6xf32> to tensor<6x!altgrad.fp<E5M2>>
  return %q : tensor<6x!altgrad.fp<E5M2>>
}

//===----------------------------------------------------------------------===//
// The scale: y = x / scale, one f32 division.
//===----------------------------------------------------------------------===//

// 3.5 / 2 = 1.75: 0 01111 11 = 0x3F = 63. 3.5 / 0.5 = 7 = 1.75 * 2^2:
// 0 10001 11 = 0x47 = 71. 1 / -1 = -1: 1 01111 00 = 0xBC = 188 -> -68.
// CHECK-LABEL: func.func @scale_divides
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<63> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<71> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: %[[C:.*]] = altgrad.constant #altgrad.codes<dense<-68> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: return %[[A]], %[[B]], %[[C]]
func.func @scale_divides() -> (!altgrad.fp<E5M2>, !altgrad.fp<E5M2>, !altgrad.fp<E5M2>) {
  %x = arith.constant 3.5 : f32
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %half = arith.constant 0.5 : f32
  %minus = arith.constant -1.0 : f32
  %a = altgrad.quantize %x, %two : f32 to !altgrad.fp<E5M2>
  %b = altgrad.quantize %x, %half : f32 to !altgrad.fp<E5M2>
  %c = altgrad.quantize %one, %minus : f32 to !altgrad.fp<E5M2>
  return %a, %b, %c : !altgrad.fp<E5M2>, !altgrad.fp<E5M2>, !altgrad.fp<E5M2>
}

// A division, not a multiplication by the reciprocal. 11.375 / 7 = 1.625
// exactly, the midpoint of 1.5 (0x3E = 62) and 1.75 (63): even 62. Times
// f32(1/7) it would be 1.6250001 and give 63. 76.875 / 41 = 1.875 exactly,
// the midpoint of 1.75 (63) and 2.0 (64): even 64; times f32(1/41) it would
// be 1.8749999 and give 63.
// CHECK-LABEL: func.func @scale_no_reciprocal
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<62> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<64> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @scale_no_reciprocal() -> (!altgrad.fp<E5M2>, !altgrad.fp<E5M2>) {
  %x0 = arith.constant 11.375 : f32
  %s0 = arith.constant 7.0 : f32
  %x1 = arith.constant 76.875 : f32
  %s1 = arith.constant 41.0 : f32
  %a = altgrad.quantize %x0, %s0 : f32 to !altgrad.fp<E5M2>
  %b = altgrad.quantize %x1, %s1 : f32 to !altgrad.fp<E5M2>
  return %a, %b : !altgrad.fp<E5M2>, !altgrad.fp<E5M2>
}

// A zero scale makes 1 / 0 = +Inf, which saturates to 123, or is Inf (124)
// with overflow<ieee>.
// CHECK-LABEL: func.func @scale_zero
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<123> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<124> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @scale_zero() -> (!altgrad.fp<E5M2>, !altgrad.fp<E5M2>) {
  %x = arith.constant 1.0 : f32
  %s = arith.constant 0.0 : f32
  %a = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  %b = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E5M2>
  return %a, %b : !altgrad.fp<E5M2>, !altgrad.fp<E5M2>
}

//===----------------------------------------------------------------------===//
// f32 subnormals are neither inputs nor quotients to flush.
//===----------------------------------------------------------------------===//

// scale = 2^-126 (0x00800000). x = 2^-140 (f32 bits 2^9 = 0x200) gives
// y = 2^-14, the smallest E5M2 normal: 0x04 = 4. x = 3 * 2^-143 (bits
// 3 * 2^6 = 0xC0) gives y = 3 * 2^-17, the midpoint of 2^-16 (1) and 2^-15
// (2): even 2. x = -2^-149 (bits 0x80000001) gives -2^-23, which rounds
// to -0: 0x80 = -128.
// CHECK-LABEL: func.func @subnormal_inputs
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[4, 2, -128]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[Q]]
func.func @subnormal_inputs() -> tensor<3x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[0x00000200, 0x000000C0, 0x80000001]> : tensor<3xf32>
  %s = arith.constant 0x00800000 : f32
  %q = altgrad.quantize %x, %s : tensor<3xf32> to tensor<3x!altgrad.fp<E5M2>>
  return %q : tensor<3x!altgrad.fp<E5M2>>
}

// E4M3 with bias 140 lives among the f32 subnormals: its subnormals are
// m * 2^(1 - 140 - 3) = m * 2^-142, its smallest normal 2^-139. With scale 1:
//   2^-142 (bits 0x80)          -> m = 1: code 1
//   3 * 2^-143 (bits 0xC0)      -> midpoint of m = 1 and m = 2: even 2
//   2^-139 (bits 0x400)         -> e = 1, m = 0: 0 0001 000 = 0x08 = 8
//   15 * 2^-143 (bits 0x3C0)    -> midpoint of 7 * 2^-142 (code 7) and
//                                  2^-139 (code 8): even 8
//   2^-149 (bits 0x1)           -> below 2^-143, half the smallest: 0
// CHECK-LABEL: func.func @subnormal_format
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[1, 2, 8, 8, 0]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E4M3, bias = 140, rule = ieee>>
// CHECK-NEXT: return %[[Q]]
func.func @subnormal_format() -> tensor<5x!altgrad.fp<E4M3, bias = 140>> {
  %x = arith.constant dense<[0x00000080, 0x000000C0, 0x00000400, 0x000003C0, 0x00000001]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<5xf32> to tensor<5x!altgrad.fp<E4M3, bias = 140>>
  return %q : tensor<5x!altgrad.fp<E4M3, bias = 140>>
}

//===----------------------------------------------------------------------===//
// f16 and bf16 inputs are extended to f32 exactly, then rounded once.
//===----------------------------------------------------------------------===//

// f16 1.125 ties to 1.0 (60); f16 1.625 ties to 1.5 (62); f16 65504 (its
// largest) saturates to 123; f16 2^-24 (its smallest, 0x0001) over the
// scale 2^-8 is 2^-16, the smallest E5M2 subnormal (1). Scale 2^-8 divides
// the others too: 1.125 * 256 = 288 = 1.125 * 2^8, a tie between 256 (0x5C)
// and 320 (0x5D): even 0x5C = 92.
// CHECK-LABEL: func.func @f16_inputs
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<[60, 62, 123]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2>>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<[92, 1]> : tensor<2xi8>> : vector<2x!altgrad.fp<E5M2>>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @f16_inputs() -> (tensor<3x!altgrad.fp<E5M2>>, vector<2x!altgrad.fp<E5M2>>) {
  %x = arith.constant dense<[1.125, 1.625, 65504.0]> : tensor<3xf16>
  %v = arith.constant dense<[1.125, 0x0001]> : vector<2xf16>
  %one = arith.constant 1.0 : f32
  %s = arith.constant 0.00390625 : f32
  %a = altgrad.quantize %x, %one : tensor<3xf16> to tensor<3x!altgrad.fp<E5M2>>
  %b = altgrad.quantize %v, %s : vector<2xf16> to vector<2x!altgrad.fp<E5M2>>
  return %a, %b : tensor<3x!altgrad.fp<E5M2>>, vector<2x!altgrad.fp<E5M2>>
}

// bf16 1.375 ties to 1.5 (62); bf16 NaN (0x7FC0) is 126; bf16 -Inf (0xFF80)
// saturates to -57344 (0xFB = -5); f16 -0 is -0 (0x80 = -128).
// CHECK-LABEL: func.func @bf16_inputs
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<[62, 126, -5]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2>>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<-128> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @bf16_inputs() -> (tensor<3x!altgrad.fp<E5M2>>, !altgrad.fp<E5M2>) {
  %x = arith.constant dense<[1.375, 0x7FC0, 0xFF80]> : tensor<3xbf16>
  %h = arith.constant -0.0 : f16
  %s = arith.constant 1.0 : f32
  %a = altgrad.quantize %x, %s : tensor<3xbf16> to tensor<3x!altgrad.fp<E5M2>>
  %b = altgrad.quantize %h, %s : f16 to !altgrad.fp<E5M2>
  return %a, %b : tensor<3x!altgrad.fp<E5M2>>, !altgrad.fp<E5M2>
}

//===----------------------------------------------------------------------===//
// E3M4: bias 3, 4 mantissa bits, ieee (MLIR's f8E3M4). Code s eee mmmm.
//===----------------------------------------------------------------------===//

// 1.0: e = 3: 0 011 0000 = 0x30 = 48. The largest value is 15.5 =
// 1.9375 * 2^3: e = 6, m = 15: 0 110 1111 = 0x6F = 111 (not the plan's 240,
// which saturates to it). The smallest subnormal 2^-6 = (1/16) * 2^-2: 1.
// CHECK-LABEL: func.func @e3m4_landmarks
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[48, 111, 111, 1]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E3M4>>
// CHECK-NEXT: return %[[Q]]
func.func @e3m4_landmarks() -> tensor<4x!altgrad.fp<E3M4>> {
  %x = arith.constant dense<[1.0, 15.5, 240.0, 0.015625]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E3M4>>
  return %q : tensor<4x!altgrad.fp<E3M4>>
}

// Midpoints (the spacing in [1, 2) is 2^-4):
//   1.03125 = 1 + 1/32  between 1.0 (48) and 1.0625 (49)   -> 48
//   1.09375 = 1 + 3/32  between 1.0625 (49) and 1.125 (50) -> 50
//   15.25               between 15.0 (0x6E = 110) and 15.5 (111) -> 110
//   2^-7                between 0 and 2^-6 (1)             -> 0
//   3 * 2^-7            between 2^-6 (1) and 2^-5 (2)      -> 2
//   0.2421875 = 15.5 * 2^-6  between the largest subnormal 15 * 2^-6 (15)
//                            and the smallest normal 2^-2 (0 001 0000 = 16)
//                            -> 16
//   0.4921875                between 0.484375 = 1.9375 * 2^-2 (0x1F = 31)
//                            and 0.5 (0x20 = 32) -> 32
// CHECK-LABEL: func.func @e3m4_midpoints
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[48, 50, 110, 0, 2, 16, 32]> : tensor<7xi8>> : tensor<7x!altgrad.fp<E3M4>>
// CHECK-NEXT: return %[[Q]]
func.func @e3m4_midpoints() -> tensor<7x!altgrad.fp<E3M4>> {
  %x = arith.constant dense<[1.03125, 1.09375, 15.25, 0.0078125, 0.0234375, 0.2421875, 0.4921875]> : tensor<7xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<7xf32> to tensor<7x!altgrad.fp<E3M4>>
  return %q : tensor<7x!altgrad.fp<E3M4>>
}

// NaN: 0 111 1000 = 0x78 = 120, 1 111 1000 = 0xF8 = -8. -0: 0x80 = -128.
// CHECK-LABEL: func.func @e3m4_specials
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[120, -8, -128]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E3M4>>
// CHECK-NEXT: return %[[Q]]
func.func @e3m4_specials() -> tensor<3x!altgrad.fp<E3M4>> {
  %x = arith.constant dense<[0x7FC00000, 0xFFC00000, -0.0]> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<3xf32> to tensor<3x!altgrad.fp<E3M4>>
  return %q : tensor<3x!altgrad.fp<E3M4>>
}

// max + ulp/2 = 15.5 + 0.25 = 15.75 ties between 111 (odd) and 112 (Inf,
// 0 111 0000 = 0x70): IEEE overflow gives Inf 112, saturation 111. 15.74 is
// below the tie: 111 either way. -Inf: 0xF0 = -16 (ieee), 0xEF = -17
// (saturate).
// CHECK-LABEL: func.func @e3m4_overflow
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<[112, 111, -16]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E3M4>>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<[111, 111, -17]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E3M4>>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @e3m4_overflow() -> (tensor<3x!altgrad.fp<E3M4>>, tensor<3x!altgrad.fp<E3M4>>) {
  %x = arith.constant dense<[15.75, 15.74, 0xFF800000]> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %a = altgrad.quantize %x, %s overflow<ieee> : tensor<3xf32> to tensor<3x!altgrad.fp<E3M4>>
  %b = altgrad.quantize %x, %s : tensor<3xf32> to tensor<3x!altgrad.fp<E3M4>>
  return %a, %b : tensor<3x!altgrad.fp<E3M4>>, tensor<3x!altgrad.fp<E3M4>>
}

//===----------------------------------------------------------------------===//
// E1M6: bias 0, 6 mantissa bits, ieee. Exponent 0 holds every finite value,
// m/64 * 2^1 = m/32; exponent 1 is Inf and NaN. Code s e mmmmmm.
//===----------------------------------------------------------------------===//

// 1.0 = 32/32: 0 0 100000 = 0x20 = 32. The largest, 63/32 = 1.96875: 0x3F
// = 63. Midpoints: 65/64 (between 32 and 33) -> 32; 67/64 (33, 34) -> 34;
// 1/64 (0, 1) -> 0.
// CHECK-LABEL: func.func @e1m6_values
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[32, 63, 32, 34, 0]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E1M6>>
// CHECK-NEXT: return %[[Q]]
func.func @e1m6_values() -> tensor<5x!altgrad.fp<E1M6>> {
  %x = arith.constant dense<[1.0, 1.96875, 1.015625, 1.046875, 0.015625]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<5xf32> to tensor<5x!altgrad.fp<E1M6>>
  return %q : tensor<5x!altgrad.fp<E1M6>>
}

// NaN: 0 1 100000 = 0x60 = 96, 1 1 100000 = 0xE0 = -32. Inf: 0 1 000000 =
// 0x40 = 64, -Inf 0xC0 = -64 (ieee). max + ulp/2 = 127/64 = 1.984375 ties
// between 63 and 64 (Inf): ieee gives 64.
// CHECK-LABEL: func.func @e1m6_specials
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[96, -32, 64, -64, 64, -128]> : tensor<6xi8>> : tensor<6x!altgrad.fp<E1M6>>
// CHECK-NEXT: return %[[Q]]
func.func @e1m6_specials() -> tensor<6x!altgrad.fp<E1M6>> {
  %x = arith.constant dense<[0x7FC00000, 0xFFC00000, 0x7F800000, 0xFF800000, 1.984375, -0.0]> : tensor<6xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<6xf32> to tensor<6x!altgrad.fp<E1M6>>
  return %q : tensor<6x!altgrad.fp<E1M6>>
}

// Saturated, 1.984375 and +Inf clamp to 63, -Inf to 0xBF = -65.
// CHECK-LABEL: func.func @e1m6_saturate
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[63, 63, -65]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E1M6>>
// CHECK-NEXT: return %[[Q]]
func.func @e1m6_saturate() -> tensor<3x!altgrad.fp<E1M6>> {
  %x = arith.constant dense<[1.984375, 0x7F800000, 0xFF800000]> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<3xf32> to tensor<3x!altgrad.fp<E1M6>>
  return %q : tensor<3x!altgrad.fp<E1M6>>
}

//===----------------------------------------------------------------------===//
// E0M7: fixed point m/128, rule none. Code s mmmmmmm.
//===----------------------------------------------------------------------===//

// 0.5 = 64/128: 0x40 = 64. The largest, 127/128 = 0.9921875: 127.
// Midpoints: 1/256 (0, 1) -> 0; 3/256 (1, 2) -> 2; 129/256 (64, 65) -> 64;
// 253/256 (126, 127) -> 126.
// CHECK-LABEL: func.func @e0m7_values
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[64, 127, 0, 2, 64, 126]> : tensor<6xi8>> : tensor<6x!altgrad.fp<E0M7>>
// CHECK-NEXT: return %[[Q]]
func.func @e0m7_values() -> tensor<6x!altgrad.fp<E0M7>> {
  %x = arith.constant dense<[0.5, 0.9921875, 0.00390625, 0.01171875, 0.50390625, 0.98828125]> : tensor<6xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<6xf32> to tensor<6x!altgrad.fp<E0M7>>
  return %q : tensor<6x!altgrad.fp<E0M7>>
}

// Rule none has no NaN and no Inf. NaN of either sign gives +0; overflow
// saturates even under overflow<ieee>: 1.0, 255/256 = max + ulp/2 and +Inf
// give 127, -Inf gives 0xFF = -1. -0 is 0x80 = -128.
// CHECK-LABEL: func.func @e0m7_specials
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[0, 0, 127, 127, 127, -1, -128]> : tensor<7xi8>> : tensor<7x!altgrad.fp<E0M7>>
// CHECK-NEXT: return %[[Q]]
func.func @e0m7_specials() -> tensor<7x!altgrad.fp<E0M7>> {
  %x = arith.constant dense<[0x7FC00000, 0xFFC00000, 1.0, 0.99609375, 0x7F800000, 0xFF800000, -0.0]> : tensor<7xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<7xf32> to tensor<7x!altgrad.fp<E0M7>>
  return %q : tensor<7x!altgrad.fp<E0M7>>
}

//===----------------------------------------------------------------------===//
// E7M0: powers of two 2^(e - 63), e = 1 .. 126; e = 127 is NaN, no Inf.
//===----------------------------------------------------------------------===//

// 1.0: e = 63 = 0x3F. The largest 2^63: e = 126 = 0x7E. The smallest 2^-62:
// e = 1. 2^-63 is the midpoint of 0 and 2^-62: even 0.
// Midpoints 1.5 * 2^k lie between e and e + 1:
//   1.5  between 1 (63) and 2 (64)     -> 64
//   3.0  between 2 (64) and 4 (65)     -> 64
//   0.75 between 0.5 (62) and 1 (63)   -> 62
// 1.4 is below 1.5: 63; 1.6 above: 64.
// CHECK-LABEL: func.func @e7m0_values
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[63, 126, 1, 0, 64, 64, 62, 63, 64]> : tensor<9xi8>> : tensor<9x!altgrad.fp<E7M0>>
// CHECK-NEXT: return %[[Q]]
func.func @e7m0_values() -> tensor<9x!altgrad.fp<E7M0>> {
  %x = arith.constant dense<[1.0, 9223372036854775808.0, 2.168404344971009e-19, 1.0842021724855044e-19, 1.5, 3.0, 0.75, 1.4, 1.6]> : tensor<9xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<9xf32> to tensor<9x!altgrad.fp<E7M0>>
  return %q : tensor<9x!altgrad.fp<E7M0>>
}

// 1.5 * 2^63 is "max + ulp/2" and ties between 126 (even) and 127 (NaN): it
// stays at 2^63 (126) in both modes. Just above it (f32 0x5F400001) IEEE
// overflow gives NaN (0x7F = 127) and saturation 126. +-Inf give NaN
// 0x7F = 127 / 0xFF = -1 under overflow<ieee>. NaN keeps its sign.
// CHECK-LABEL: func.func @e7m0_overflow
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<[126, 127, 127, -1, 127, -1]> : tensor<6xi8>> : tensor<6x!altgrad.fp<E7M0>>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<[126, 126, 126, -2, 127, -1]> : tensor<6xi8>> : tensor<6x!altgrad.fp<E7M0>>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @e7m0_overflow() -> (tensor<6x!altgrad.fp<E7M0>>, tensor<6x!altgrad.fp<E7M0>>) {
  %x = arith.constant dense<[0x5F400000, 0x5F400001, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000]> : tensor<6xf32>
  %s = arith.constant 1.0 : f32
  %a = altgrad.quantize %x, %s overflow<ieee> : tensor<6xf32> to tensor<6x!altgrad.fp<E7M0>>
  %b = altgrad.quantize %x, %s : tensor<6xf32> to tensor<6x!altgrad.fp<E7M0>>
  return %a, %b : tensor<6x!altgrad.fp<E7M0>>, tensor<6x!altgrad.fp<E7M0>>
}

//===----------------------------------------------------------------------===//
// The other registered formats.
//===----------------------------------------------------------------------===//

// E4M3FN: bias 7, only s 1111 111 is NaN. The largest: 1.75 * 2^8 = 448,
// 0 1111 110 = 0x7E = 126. The ulp there is 2^5 = 32, so 464 = 448 + 16
// ties between 126 (even) and 127: it stays at 448 even with overflow<ieee>.
// 465 rounds up past 448: NaN 0x7F = 127 (ieee), -465 NaN 0xFF = -1. +-Inf
// give NaN 127 / -1. NaN keeps its sign: 127, -1.
// CHECK-LABEL: func.func @e4m3fn_overflow_ieee
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[126, 126, 127, -1, 127, -1, 127, -1]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E4M3FN>>
// CHECK-NEXT: return %[[Q]]
func.func @e4m3fn_overflow_ieee() -> tensor<8x!altgrad.fp<E4M3FN>> {
  %x = arith.constant dense<[448.0, 464.0, 465.0, -465.0, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000]> : tensor<8xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<8xf32> to tensor<8x!altgrad.fp<E4M3FN>>
  return %q : tensor<8x!altgrad.fp<E4M3FN>>
}

// Saturated: 465 and +Inf give 126, -465 and -Inf 0xFE = -2.
// CHECK-LABEL: func.func @e4m3fn_saturate
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[126, -2, 126, -2]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E4M3FN>>
// CHECK-NEXT: return %[[Q]]
func.func @e4m3fn_saturate() -> tensor<4x!altgrad.fp<E4M3FN>> {
  %x = arith.constant dense<[465.0, -465.0, 0x7F800000, 0xFF800000]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E4M3FN>>
  return %q : tensor<4x!altgrad.fp<E4M3FN>>
}

// E4M3FN midpoints: 1.0625 between 1.0 (0 0111 000 = 0x38 = 56) and 1.125
// (57) -> 56; 1.1875 between 1.125 (57) and 1.25 (58) -> 58; 2^-10 between
// 0 and 2^-9 (the smallest subnormal, 1) -> 0; in the top binade the
// spacing is 32: 384 = 1.5 * 2^8 is 0 1111 100 = 0x7C = 124, 416 is 125 and
// 448 is 126, so 400 -> 124 and 432 -> 126.
// CHECK-LABEL: func.func @e4m3fn_midpoints
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[56, 58, 0, 124, 126]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E4M3FN>>
// CHECK-NEXT: return %[[Q]]
func.func @e4m3fn_midpoints() -> tensor<5x!altgrad.fp<E4M3FN>> {
  %x = arith.constant dense<[1.0625, 1.1875, 0.0009765625, 400.0, 432.0]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<5xf32> to tensor<5x!altgrad.fp<E4M3FN>>
  return %q : tensor<5x!altgrad.fp<E4M3FN>>
}

// E4M3 (ieee, bias 7): the largest is 1.875 * 2^7 = 240, 0 1110 111 = 0x77
// = 119; Inf is 0x78 = 120; NaN 0 1111 100 = 0x7C = 124, -NaN 0xFC = -4.
// 248 = 240 + 16/2 ties between 119 (odd) and 120 (Inf): Inf under
// overflow<ieee>, 119 saturated.
// CHECK-LABEL: func.func @e4m3_overflow
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<[119, 120, 124, -4]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E4M3>>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<[119, 119, 124, -4]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E4M3>>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @e4m3_overflow() -> (tensor<4x!altgrad.fp<E4M3>>, tensor<4x!altgrad.fp<E4M3>>) {
  %x = arith.constant dense<[240.0, 248.0, 0x7FC00000, 0xFFC00000]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %a = altgrad.quantize %x, %s overflow<ieee> : tensor<4xf32> to tensor<4x!altgrad.fp<E4M3>>
  %b = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E4M3>>
  return %a, %b : tensor<4x!altgrad.fp<E4M3>>, tensor<4x!altgrad.fp<E4M3>>
}

// E5M2FNUZ (bias 16): 1.0 is e = 16: 0 10000 00 = 0x40 = 64; the largest
// 1.75 * 2^15 = 57344 is 0x7F = 127. No negative zero: -0 and -2^-20 give
// +0. The only NaN is 0x80 = -128, whatever the sign of the NaN.
// CHECK-LABEL: func.func @e5m2fnuz_specials
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[64, 127, 0, 0, -128, -128, -64]> : tensor<7xi8>> : tensor<7x!altgrad.fp<E5M2FNUZ>>
// CHECK-NEXT: return %[[Q]]
func.func @e5m2fnuz_specials() -> tensor<7x!altgrad.fp<E5M2FNUZ>> {
  %x = arith.constant dense<[1.0, 57344.0, -0.0, -9.5367431640625e-07, 0x7FC00000, 0xFFC00000, -1.0]> : tensor<7xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<7xf32> to tensor<7x!altgrad.fp<E5M2FNUZ>>
  return %q : tensor<7x!altgrad.fp<E5M2FNUZ>>
}

// E5M2FNUZ overflow: 61440 ties between 127 (odd) and 128 (beyond the
// largest): NaN 0x80 = -128 under overflow<ieee>, for either sign and for
// +-Inf; saturated, 127 and 0xFF = -1.
// CHECK-LABEL: func.func @e5m2fnuz_overflow
// CHECK-NEXT: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<-128> : tensor<4xi8>> : tensor<4x!altgrad.fp<E5M2FNUZ>>
// CHECK-NEXT: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<[127, -1, 127, -1]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E5M2FNUZ>>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @e5m2fnuz_overflow() -> (tensor<4x!altgrad.fp<E5M2FNUZ>>, tensor<4x!altgrad.fp<E5M2FNUZ>>) {
  %x = arith.constant dense<[61440.0, -61440.0, 0x7F800000, 0xFF800000]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %a = altgrad.quantize %x, %s overflow<ieee> : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2FNUZ>>
  %b = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2FNUZ>>
  return %a, %b : tensor<4x!altgrad.fp<E5M2FNUZ>>, tensor<4x!altgrad.fp<E5M2FNUZ>>
}

// E4M3FNUZ (bias 8): 1.0 is e = 8: 0 1000 000 = 0x40 = 64, -1.0 0xC0 = -64;
// the largest 1.875 * 2^7 = 240 is 0x7F = 127; 248 ties to the odd 127's
// neighbour 128, beyond the largest: NaN -128 (ieee).
// CHECK-LABEL: func.func @e4m3fnuz_values
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[64, -64, 127, -128, 0]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E4M3FNUZ>>
// CHECK-NEXT: return %[[Q]]
func.func @e4m3fnuz_values() -> tensor<5x!altgrad.fp<E4M3FNUZ>> {
  %x = arith.constant dense<[1.0, -1.0, 240.0, 248.0, -0.0]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<5xf32> to tensor<5x!altgrad.fp<E4M3FNUZ>>
  return %q : tensor<5x!altgrad.fp<E4M3FNUZ>>
}

// E2M3 (MX FP6, bias 1, none): 1.0 is 0 01 000 = 0x08 = 8; -1.0 sets bit 5:
// 0x28 = 40; the largest 1.875 * 2^2 = 7.5 is 0 11 111 = 0x1F = 31; 7.75
// (the tie above it) and +Inf saturate to 31 even under overflow<ieee>;
// -Inf gives 0x3F = 63; NaN gives 0; -0 gives 0x20 = 32. The midpoint 1.0625
// of 1.0 (8) and 1.125 (9) gives 8.
// CHECK-LABEL: func.func @e2m3_values
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[8, 40, 31, 31, 31, 63, 0, 32, 8]> : tensor<9xi8>> : tensor<9x!altgrad.fp<E2M3>>
// CHECK-NEXT: return %[[Q]]
func.func @e2m3_values() -> tensor<9x!altgrad.fp<E2M3>> {
  %x = arith.constant dense<[1.0, -1.0, 7.5, 7.75, 0x7F800000, 0xFF800000, 0x7FC00000, -0.0, 1.0625]> : tensor<9xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<9xf32> to tensor<9x!altgrad.fp<E2M3>>
  return %q : tensor<9x!altgrad.fp<E2M3>>
}

// E3M2 (MX FP6, bias 3, none): 1.0 is 0 011 00 = 0x0C = 12; the largest
// 1.75 * 2^4 = 28 is 0x1F = 31; 30 (the tie above) saturates to 31; -28 is
// 0x3F = 63; 1.125 between 1.0 (12) and 1.25 (13) -> 12.
// CHECK-LABEL: func.func @e3m2_values
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[12, 31, 31, 63, 12]> : tensor<5xi8>> : tensor<5x!altgrad.fp<E3M2>>
// CHECK-NEXT: return %[[Q]]
func.func @e3m2_values() -> tensor<5x!altgrad.fp<E3M2>> {
  %x = arith.constant dense<[1.0, 28.0, 30.0, -28.0, 1.125]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<5xf32> to tensor<5x!altgrad.fp<E3M2>>
  return %q : tensor<5x!altgrad.fp<E3M2>>
}

// E2M1 (MX FP4, bias 1, none): the values 0, 0.5, 1, 1.5, 2, 3, 4, 6 are
// codes 0 .. 7; the sign is bit 3. Midpoints: 0.25 (0, 1) -> 0; 0.75 (1, 2)
// -> 2; 1.25 (2, 3) -> 2; 1.75 (3, 4) -> 4; 2.5 (4, 5) -> 4; 3.5 (5, 6) -> 6;
// 5.0 (6, 7) -> 6; -5.0 -> 8 + 6 = 14; 7.0 saturates to 7; NaN gives 0.
// CHECK-LABEL: func.func @e2m1_values
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[0, 2, 2, 4, 4, 6, 6, 14, 7, 0]> : tensor<10xi8>> : tensor<10x!altgrad.fp<E2M1>>
// CHECK-NEXT: return %[[Q]]
func.func @e2m1_values() -> tensor<10x!altgrad.fp<E2M1>> {
  %x = arith.constant dense<[0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 5.0, -5.0, 7.0, 0x7FC00000]> : tensor<10xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : tensor<10xf32> to tensor<10x!altgrad.fp<E2M1>>
  return %q : tensor<10x!altgrad.fp<E2M1>>
}

// A general format: E2M5 with the IEEE defaults (bias 1). 1.0 is
// 0 01 00000 = 0x20 = 32; its largest value is (1 + 31/32) * 2^(2 - 1) =
// 3.9375 = 0x5F = 95; Inf is 0x60 = 96 and NaN 0 11 10000 = 0x70 = 112.
// CHECK-LABEL: func.func @general_format
// CHECK-NEXT: %[[Q:.*]] = altgrad.constant #altgrad.codes<dense<[32, 95, 96, 112]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E2M5, bias = 1, rule = ieee>>
// CHECK-NEXT: return %[[Q]]
func.func @general_format() -> tensor<4x!altgrad.fp<E2M5>> {
  %x = arith.constant dense<[1.0, 3.9375, 4.0, 0x7FC00000]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s overflow<ieee> : tensor<4xf32> to tensor<4x!altgrad.fp<E2M5>>
  return %q : tensor<4x!altgrad.fp<E2M5>>
}

//===----------------------------------------------------------------------===//
// Builtin types: the same codes as the !altgrad.fp form. arith.bitcast folds
// the f8 constant to its bits.
//===----------------------------------------------------------------------===//

// The E5M2 cases above through f8E5M2: 3.5 (67), -3.5 (-61), 1.125 (60),
// 1.875 (64), -0 (-128), NaN (126), -NaN (-2), 61440 (saturated, 123).
// CHECK-LABEL: func.func @builtin_f8e5m2
// CHECK-DAG: %[[F:.*]] = arith.constant dense<[3.500000e+00, -3.500000e+00, 1.000000e+00, 2.000000e+00, -0.000000e+00, 0x7E, 0xFE, 5.734400e+04]> : tensor<8xf8E5M2>
// CHECK-DAG: %[[I:.*]] = arith.constant dense<[67, -61, 60, 64, -128, 126, -2, 123]> : tensor<8xi8>
// CHECK-DAG: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<[67, -61, 60, 64, -128, 126, -2, 123]> : tensor<8xi8>> : tensor<8x!altgrad.fp<E5M2>>
// CHECK: return %[[F]], %[[I]], %[[A]]
func.func @builtin_f8e5m2() -> (tensor<8xf8E5M2>, tensor<8xi8>, tensor<8x!altgrad.fp<E5M2>>) {
  %x = arith.constant dense<[3.5, -3.5, 1.125, 1.875, -0.0, 0x7FC00000, 0xFFC00000, 61440.0]> : tensor<8xf32>
  %s = arith.constant 1.0 : f32
  %f = altgrad.quantize %x, %s : tensor<8xf32> to tensor<8xf8E5M2>
  %i = arith.bitcast %f : tensor<8xf8E5M2> to tensor<8xi8>
  %a = altgrad.quantize %x, %s : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2>>
  return %f, %i, %a : tensor<8xf8E5M2>, tensor<8xi8>, tensor<8x!altgrad.fp<E5M2>>
}

// A scalar f8E3M4 result is a float attribute: 15.75 overflows to +Inf
// (0x70 = 112) under overflow<ieee>.
// CHECK-LABEL: func.func @builtin_f8e3m4_scalar
// CHECK-DAG: %[[F:.*]] = arith.constant 0x70 : f8E3M4
// CHECK-DAG: %[[I:.*]] = arith.constant 112 : i8
// CHECK: return %[[F]], %[[I]]
func.func @builtin_f8e3m4_scalar() -> (f8E3M4, i8) {
  %x = arith.constant 15.75 : f32
  %s = arith.constant 1.0 : f32
  %f = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E3M4
  %i = arith.bitcast %f : f8E3M4 to i8
  return %f, %i : f8E3M4, i8
}

// f8E4M3FN: 464 stays 448 (126), 465 is NaN (127) under overflow<ieee>,
// -NaN is 0xFF = -1, -0 is -128.
// CHECK-LABEL: func.func @builtin_f8e4m3fn
// CHECK-DAG: %[[I:.*]] = arith.constant dense<[126, 127, -1, -128]> : tensor<4xi8>
// CHECK-DAG: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<[126, 127, -1, -128]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E4M3FN>>
// CHECK: return %[[I]], %[[A]]
func.func @builtin_f8e4m3fn() -> (tensor<4xi8>, tensor<4x!altgrad.fp<E4M3FN>>) {
  %x = arith.constant dense<[464.0, 465.0, 0xFFC00000, -0.0]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %f = altgrad.quantize %x, %s overflow<ieee> : tensor<4xf32> to tensor<4xf8E4M3FN>
  %i = arith.bitcast %f : tensor<4xf8E4M3FN> to tensor<4xi8>
  %a = altgrad.quantize %x, %s overflow<ieee> : tensor<4xf32> to tensor<4x!altgrad.fp<E4M3FN>>
  return %i, %a : tensor<4xi8>, tensor<4x!altgrad.fp<E4M3FN>>
}

// f8E4M3 (IEEE, 240) and the two FNUZ types, on 248, -0 and NaN:
//   E4M3:     248 -> Inf 120, -0 -> -128, NaN -> 124
//   E5M2FNUZ: 248 = 1.9375 * 2^7 lies between 224 = 1.75 * 2^7 (e = 23,
//             m = 3: 0x5F = 95) and 256 = 2^8 (0 11000 00 = 0x60 = 96),
//             above their midpoint 240 -> 96; -0 -> 0; NaN -> -128
//   E4M3FNUZ: 248 -> NaN -128 (see above); -0 -> 0; NaN -> -128
// CHECK-LABEL: func.func @builtin_other_f8
// CHECK-DAG: %[[A:.*]] = arith.constant dense<[120, -128, 124]> : tensor<3xi8>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[96, 0, -128]> : tensor<3xi8>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<[-128, 0, -128]> : tensor<3xi8>
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @builtin_other_f8() -> (tensor<3xi8>, tensor<3xi8>, tensor<3xi8>) {
  %x = arith.constant dense<[248.0, -0.0, 0x7FC00000]> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %a = altgrad.quantize %x, %s overflow<ieee> : tensor<3xf32> to tensor<3xf8E4M3>
  %b = altgrad.quantize %x, %s overflow<ieee> : tensor<3xf32> to tensor<3xf8E5M2FNUZ>
  %c = altgrad.quantize %x, %s overflow<ieee> : tensor<3xf32> to tensor<3xf8E4M3FNUZ>
  %ai = arith.bitcast %a : tensor<3xf8E4M3> to tensor<3xi8>
  %bi = arith.bitcast %b : tensor<3xf8E5M2FNUZ> to tensor<3xi8>
  %ci = arith.bitcast %c : tensor<3xf8E4M3FNUZ> to tensor<3xi8>
  return %ai, %bi, %ci : tensor<3xi8>, tensor<3xi8>, tensor<3xi8>
}

// The MX types: the codes of @e2m3_values, @e3m2_values and @e2m1_values.
// Bitcast to i6 and i4, codes with the sign bit set print negative: E2M3
// -1.0 is 40 - 64 = -24, -Inf 63 - 64 = -1, -0 32 - 64 = -32; E3M2 -28 is
// 63 - 64 = -1; E2M1 -5.0 is 14 - 16 = -2.
// CHECK-LABEL: func.func @builtin_mx
// CHECK-DAG: %[[A:.*]] = arith.constant dense<[8, -24, 31, 31, 31, -1, 0, -32, 8]> : tensor<9xi6>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[12, 31, 31, -1, 12]> : tensor<5xi6>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<[0, 2, 2, 4, 4, 6, 6, -2, 7, 0]> : tensor<10xi4>
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @builtin_mx() -> (tensor<9xi6>, tensor<5xi6>, tensor<10xi4>) {
  %x = arith.constant dense<[1.0, -1.0, 7.5, 7.75, 0x7F800000, 0xFF800000, 0x7FC00000, -0.0, 1.0625]> : tensor<9xf32>
  %y = arith.constant dense<[1.0, 28.0, 30.0, -28.0, 1.125]> : tensor<5xf32>
  %z = arith.constant dense<[0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 5.0, -5.0, 7.0, 0x7FC00000]> : tensor<10xf32>
  %s = arith.constant 1.0 : f32
  %a = altgrad.quantize %x, %s overflow<ieee> : tensor<9xf32> to tensor<9xf6E2M3FN>
  %b = altgrad.quantize %y, %s overflow<ieee> : tensor<5xf32> to tensor<5xf6E3M2FN>
  %c = altgrad.quantize %z, %s : tensor<10xf32> to tensor<10xf4E2M1FN>
  %ai = arith.bitcast %a : tensor<9xf6E2M3FN> to tensor<9xi6>
  %bi = arith.bitcast %b : tensor<5xf6E3M2FN> to tensor<5xi6>
  %ci = arith.bitcast %c : tensor<10xf4E2M1FN> to tensor<10xi4>
  return %ai, %bi, %ci : tensor<9xi6>, tensor<5xi6>, tensor<10xi4>
}

//===----------------------------------------------------------------------===//
// Shapes
//===----------------------------------------------------------------------===//

// A splat stays a splat; a 2-D tensor keeps its shape; a 0-d tensor and a
// vector work too. 1.5 in E5M2 is 0x3E = 62, 2.0 is 0x40 = 64, -2.0 is
// 0xC0 = -64, 0.25 = 2^-2 is e = 13: 0 01101 00 = 0x34 = 52.
// CHECK-LABEL: func.func @shapes
// CHECK-DAG: %[[A:.*]] = altgrad.constant #altgrad.codes<dense<62> : tensor<16xi8>> : tensor<16x!altgrad.fp<E5M2>>
// CHECK-DAG: %[[B:.*]] = altgrad.constant #altgrad.codes<dense<{{\[}}[62, 64], [-64, 52]]> : tensor<2x2xi8>> : tensor<2x2x!altgrad.fp<E5M2>>
// CHECK-DAG: %[[C:.*]] = altgrad.constant #altgrad.codes<dense<64> : tensor<i8>> : tensor<!altgrad.fp<E5M2>>
// CHECK-DAG: %[[D:.*]] = altgrad.constant #altgrad.codes<dense<[52, -64]> : tensor<2xi8>> : vector<2x!altgrad.fp<E5M2>>
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @shapes() -> (tensor<16x!altgrad.fp<E5M2>>, tensor<2x2x!altgrad.fp<E5M2>>,
                        tensor<!altgrad.fp<E5M2>>, vector<2x!altgrad.fp<E5M2>>) {
  %s = arith.constant 1.0 : f32
  %xa = arith.constant dense<1.5> : tensor<16xf32>
  %xb = arith.constant dense<[[1.5, 2.0], [-2.0, 0.25]]> : tensor<2x2xf32>
  %xc = arith.constant dense<2.0> : tensor<f32>
  %xd = arith.constant dense<[0.25, -2.0]> : vector<2xf32>
  %a = altgrad.quantize %xa, %s : tensor<16xf32> to tensor<16x!altgrad.fp<E5M2>>
  %b = altgrad.quantize %xb, %s : tensor<2x2xf32> to tensor<2x2x!altgrad.fp<E5M2>>
  %c = altgrad.quantize %xc, %s : tensor<f32> to tensor<!altgrad.fp<E5M2>>
  %d = altgrad.quantize %xd, %s : vector<2xf32> to vector<2x!altgrad.fp<E5M2>>
  return %a, %b, %c, %d : tensor<16x!altgrad.fp<E5M2>>, tensor<2x2x!altgrad.fp<E5M2>>,
                          tensor<!altgrad.fp<E5M2>>, vector<2x!altgrad.fp<E5M2>>
}

// Nothing folds without constant operands.
// CHECK-LABEL: func.func @not_constant(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?xf32>, %[[S:[^:]*]]: f32)
// CHECK-NEXT: %[[C:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %[[A:.*]] = altgrad.quantize %[[X]], %[[S]] : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
// CHECK-NEXT: %[[B:.*]] = altgrad.quantize %[[C]], %[[S]] : f32 to !altgrad.fp<E5M2>
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @not_constant(%x: tensor<?xf32>, %s: f32) -> (tensor<?x!altgrad.fp<E5M2>>, !altgrad.fp<E5M2>) {
  %c = arith.constant 2.0 : f32
  %a = altgrad.quantize %x, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  %b = altgrad.quantize %c, %s : f32 to !altgrad.fp<E5M2>
  return %a, %b : tensor<?x!altgrad.fp<E5M2>>, !altgrad.fp<E5M2>
}
