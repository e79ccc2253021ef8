// Constant folding of altgrad.update_stall_count against docs/spec.md
// section 6: an element is stalled when fake_quantize(w) ==
// fake_quantize(w_new) as floats and |w_new - w| > threshold (one f32
// subtraction); the results are (stalled, total).
//
// E5M2 values near 1: 0.875, 1.0, 1.25, 1.5 (spacing 0.125 below 1, 0.25 in
// [1, 2)).
//
// RUN: altgrad-opt %s -canonicalize | FileCheck %s

// w = 1 with new values 1.1 (nearer 1.0 than 1.25: stalled), 1.125 (the
// midpoint, ties to 1.0, code 0x3C even: stalled), 1.2 (rounds to 1.25:
// moved), 0.9 (rounds to 0.875: moved), 0.95 (0.9375 is the midpoint of
// 0.875 and 1.0, 0.95 above it rounds to 1.0: stalled).
// CHECK-LABEL: func.func @near_one
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK-DAG: %[[FIVE:.*]] = arith.constant 5 : i64
// CHECK: return %[[THREE]], %[[FIVE]]
func.func @near_one() -> (i64, i64) {
  %w = arith.constant dense<1.0> : tensor<5xf32>
  %n = arith.constant dense<[1.1, 1.125, 1.2, 0.9, 0.95]> : tensor<5xf32>
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) : tensor<5xf32>
  return %st, %tot : i64, i64
}

// Only |w_new - w| > threshold counts: an unchanged weight asks for no move.
// w = 1 and w_new = [1, 1 + 2^-23]: both quantize to 1.0; the change is 0
// and 2^-23 = 1.19e-7. Default threshold 1e-10: 1 stalled; threshold 1e-6:
// 0; threshold 0: still 1 (0 > 0 is false).
// CHECK-LABEL: func.func @threshold
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[TWO:.*]] = arith.constant 2 : i64
// CHECK: return %[[ONE]], %[[ZERO]], %[[ONE]], %[[TWO]]
func.func @threshold() -> (i64, i64, i64, i64) {
  %w = arith.constant dense<1.0> : tensor<2xf32>
  %n = arith.constant dense<[1.0, 1.00000012]> : tensor<2xf32>
  %s = arith.constant 1.0 : f32
  %a, %tot = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) : tensor<2xf32>
  %b, %t1 = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) {threshold = 1.0e-6 : f32} : tensor<2xf32>
  %c, %t2 = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) {threshold = 0.0 : f32} : tensor<2xf32>
  return %a, %b, %c, %tot : i64, i64, i64, i64
}

// E7M0 (neighbours a factor of two apart): w = [1, 0.5, 2, 0.25] and
// w_new = [0.9, 0.4, 1.9, 0.15]: 0.9 -> 1 (midpoint 0.75), 0.4 -> 0.5
// (midpoint 0.375), 1.9 -> 2 (midpoint 1.5) stall; 0.15 -> 0.125 (midpoint
// 0.1875) moves: 3 of 4. The scale moves the grid: with scale 2, the same
// values are [0.5, 0.25, 1, 0.125] against [0.45, 0.2, 0.95, 0.075] on it:
// 0.45 -> 0.5, 0.2 -> 0.25 (midpoint 0.1875), 0.95 -> 1 stall; 0.075 ->
// 0.0625 (midpoint 0.09375) moves: 3 again, a vector this time.
// CHECK-LABEL: func.func @e7m0
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK-DAG: %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK: return %[[THREE]], %[[THREE]], %[[FOUR]]
func.func @e7m0() -> (i64, i64, i64) {
  %w = arith.constant dense<[1.0, 0.5, 2.0, 0.25]> : vector<4xf32>
  %n = arith.constant dense<[0.9, 0.4, 1.9, 0.15]> : vector<4xf32>
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %a, %tot = altgrad.update_stall_count %w, %n, %one format(!altgrad.fp<E7M0>) : vector<4xf32>
  %b, %t1 = altgrad.update_stall_count %w, %n, %two format(!altgrad.fp<E7M0>) : vector<4xf32>
  return %a, %b, %tot : i64, i64, i64
}

// +0 equals -0: w = 0 and w_new = -1e-9 quantize to +0 and -0 in E5M2
// (below 2^-17), and the change 1e-9 is above the threshold: stalled. NaN
// equals nothing: a NaN weight or a NaN new value never stalls.
// CHECK-LABEL: func.func @zero_and_nan
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK: return %[[ONE]], %[[THREE]]
func.func @zero_and_nan() -> (i64, i64) {
  %w = arith.constant dense<[0.0, 0x7FC00000, 1.0]> : tensor<3xf32>
  %n = arith.constant dense<[-1.0e-9, 1.0, 0x7FC00000]> : tensor<3xf32>
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) : tensor<3xf32>
  return %st, %tot : i64, i64
}

// Beyond the range: w = 1e6 and w_new = 999999. Saturated, both are 448 in
// E4M3FN: stalled. With overflow<ieee> both are NaN (E4M3FN has no Inf):
// not stalled.
// CHECK-LABEL: func.func @overflow
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: return %[[ONE]], %[[ZERO]]
func.func @overflow() -> (i64, i64) {
  %w = arith.constant 1.0e6 : f32
  %n = arith.constant 999999.0 : f32
  %s = arith.constant 1.0 : f32
  %a, %t0 = altgrad.update_stall_count %w, %n, %s format(f8E4M3FN) : f32
  %b, %t1 = altgrad.update_stall_count %w, %n, %s format(f8E4M3FN) overflow<ieee> : f32
  return %a, %b : i64, i64
}

// Operands that are not constants stay.
// CHECK-LABEL: func.func @not_constant
// CHECK: altgrad.update_stall_count
func.func @not_constant(%w: tensor<4xf32>, %n: tensor<4xf32>) -> (i64, i64) {
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) : tensor<4xf32>
  return %st, %tot : i64, i64
}
