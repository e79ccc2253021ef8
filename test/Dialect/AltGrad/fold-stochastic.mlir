// Constant folding of stochastic rounding (docs/spec.md section 7). Every
// expected code is worked out by hand in the comment above its check; the
// Philox words are SPEC's first known answer (counter 0, key 0: element i
// of block 0 takes word i: 6627e8d5 e169c58d bc57ac4c 9b00dbd8).
//
// #altgrad.codes print their bytes as signed i8 (0x80 = -128, 0x81 = -127).
//
// RUN: altgrad-opt %s -canonicalize | FileCheck %s

// 1.1f = 1.10000002384 lies between E5M2's 1.0 (code 60) and 1.25 (61):
// delta = 0.4000000954, D = floor(delta * 2^32) = 1717987328, so a word
// rounds up when it is at least 2^32 - D = 2576979968 = 0x99999800:
// 6627e8d5 stays at 60, the other three go to 61.
// CHECK-LABEL: func.func @philox_words
// CHECK-NEXT: altgrad.constant #altgrad.codes<dense<[60, 61, 61, 61]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E5M2>>
func.func @philox_words() -> tensor<4x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<1.1> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %zero = arith.constant 0 : i64
  %q = altgrad.quantize %x, %s rounding<stochastic> seed(%zero) offset(%zero) : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  return %q : tensor<4x!altgrad.fp<E5M2>>
}

// The same words through fake_quantize, the splat input giving one value
// per element: 1.0, 1.25, 1.25.
// CHECK-LABEL: func.func @philox_fake
// CHECK-NEXT: arith.constant dense<[1.000000e+00, 1.250000e+00, 1.250000e+00]> : tensor<3xf32>
func.func @philox_fake() -> tensor<3xf32> {
  %x = arith.constant dense<1.1> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %zero = arith.constant 0 : i64
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) rounding<stochastic> seed(%zero) offset(%zero) : tensor<3xf32>
  return %y : tensor<3xf32>
}

// The boundary itself, with given words: 2^32 - D - 1 = 2576979967
// (-1717987329 as i32) stays at 60, 2^32 - D (-1717987328) reaches 61;
// words 0 and 2^32 - 1 (-1) give 60 and 61.
// CHECK-LABEL: func.func @boundary_words
// CHECK-NEXT: altgrad.constant #altgrad.codes<dense<[60, 61, 60, 61]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E5M2>>
func.func @boundary_words() -> tensor<4x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<1.1> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %r = arith.constant dense<[-1717987329, -1717987328, 0, -1]> : tensor<4xi32>
  %q = altgrad.quantize %x, %s rounding<stochastic> random(%r : tensor<4xi32>) : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  return %q : tensor<4x!altgrad.fp<E5M2>>
}

// Below the smallest subnormal: -2^-20 lies between -0 and E5M2's -2^-16
// (code 0x81) with delta = 1/16, D = 2^28, so the word 2^32 - 2^28 - 1
// (-268435457) gives -0 (0x80) and 2^32 - 2^28 (-268435456) gives 0x81. A
// value of the format (2.0, code 64) stays whatever the word; 60000 lies
// beyond 57344 and saturates to code 123 (0x7B) even with the word 2^32 - 1.
// CHECK-LABEL: func.func @signs_and_edges
// CHECK-NEXT: altgrad.constant #altgrad.codes<dense<[-128, -127, 64, 123]> : tensor<4xi8>> : tensor<4x!altgrad.fp<E5M2>>
func.func @signs_and_edges() -> tensor<4x!altgrad.fp<E5M2>> {
  %x = arith.constant dense<[-9.5367431640625e-07, -9.5367431640625e-07, 2.0, 60000.0]> : tensor<4xf32>
  %s = arith.constant 1.0 : f32
  %r = arith.constant dense<[-268435457, -268435456, -1, -1]> : tensor<4xi32>
  %q = altgrad.quantize %x, %s rounding<stochastic> random(%r : tensor<4xi32>) : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  return %q : tensor<4x!altgrad.fp<E5M2>>
}

// fnuz formats have no -0: in E5M2FNUZ (smallest subnormal 2^-17) -2^-20
// has delta = 1/8, D = 2^29; the word 2^32 - 2^29 - 1 (-536870913) gives +0,
// 2^32 - 2^29 (-536870912) code 0x81. NaN gives the one NaN, 0x80.
// CHECK-LABEL: func.func @fnuz
// CHECK-NEXT: altgrad.constant #altgrad.codes<dense<[0, -127, -128]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2FNUZ>>
func.func @fnuz() -> tensor<3x!altgrad.fp<E5M2FNUZ>> {
  %x = arith.constant dense<[-9.5367431640625e-07, -9.5367431640625e-07, 0x7FC00000]> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %r = arith.constant dense<[-536870913, -536870912, 0]> : tensor<3xi32>
  %q = altgrad.quantize %x, %s rounding<stochastic> random(%r : tensor<3xi32>) : tensor<3xf32> to tensor<3x!altgrad.fp<E5M2FNUZ>>
  return %q : tensor<3x!altgrad.fp<E5M2FNUZ>>
}

// A scalar with a scalar word, after the division: 3.3f / 2 rounds to
// 1.64999997616 in f32, between E2M1's 1.5 (code 3) and 2.0 (4), delta =
// 0.2999999523, D = 1288489984; the word 2^32 - D = 3006477312
// (-1288489984 as i32) rounds up.
// CHECK-LABEL: func.func @scalar_word
// CHECK-NEXT: altgrad.constant #altgrad.codes<dense<4> : tensor<i8>> : !altgrad.fp<E2M1>
func.func @scalar_word() -> !altgrad.fp<E2M1> {
  %x = arith.constant 3.3 : f32
  %s = arith.constant 2.0 : f32
  %r = arith.constant -1288489984 : i32
  %q = altgrad.quantize %x, %s rounding<stochastic> random(%r : i32) : f32 to !altgrad.fp<E2M1>
  return %q : !altgrad.fp<E2M1>
}

// Operands that are not constants, and splats too large to spell out one
// code per element, stay.
// CHECK-LABEL: func.func @not_folded
// CHECK: altgrad.quantize
// CHECK: altgrad.quantize
func.func @not_folded(%seed: i64) -> (tensor<4x!altgrad.fp<E5M2>>, tensor<65537x!altgrad.fp<E5M2>>) {
  %x = arith.constant dense<1.1> : tensor<4xf32>
  %big = arith.constant dense<1.1> : tensor<65537xf32>
  %s = arith.constant 1.0 : f32
  %zero = arith.constant 0 : i64
  %q = altgrad.quantize %x, %s rounding<stochastic> seed(%seed) offset(%zero) : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  %b = altgrad.quantize %big, %s rounding<stochastic> seed(%zero) offset(%zero) : tensor<65537xf32> to tensor<65537x!altgrad.fp<E5M2>>
  return %q, %b : tensor<4x!altgrad.fp<E5M2>>, tensor<65537x!altgrad.fp<E5M2>>
}
