// Constant folding of altgrad.stall_count against docs/spec.md section 5: with
// w2 = w + -(lr * g) in f32, an element is stalled when
// fake_quantize(w) == fake_quantize(w2) as floats and |g| > threshold; the
// results are (stalled, total).
//
// E5M2 values near 1: 0.875, 1.0, 1.25, 1.5 (spacing 0.125 below 1, 0.25 in
// [1, 2)).
//
// RUN: altgrad-opt %s -canonicalize | FileCheck %s

// A small update stalls: w = 1, g = -0.1, lr = 1: w2 = 1.1, nearer 1.0 than
// 1.25, so both quantize to 1.0.
// CHECK-LABEL: func.func @small_update_stalls
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-NEXT: return %[[ONE]], %[[ONE]]
func.func @small_update_stalls() -> (i64, i64) {
  %w = arith.constant 1.0 : f32
  %g = arith.constant -0.1 : f32
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : f32
  return %st, %tot : i64, i64
}

// A large update does not: g = -0.5 makes w2 = 1.5, a different value.
// CHECK-LABEL: func.func @large_update_moves
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: return %[[ZERO]], %[[ONE]]
func.func @large_update_moves() -> (i64, i64) {
  %w = arith.constant 1.0 : f32
  %g = arith.constant -0.5 : f32
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : f32
  return %st, %tot : i64, i64
}

// An update of exactly half the spacing lands on a midpoint and the tie
// decides: 1.0 + 0.125 = 1.125 ties to 1.0 (0x3C, even): stalled; 1.25 +
// 0.125 = 1.375 ties to 1.5 (0x3E), away from 1.25 (0x3D): not stalled.
// CHECK-LABEL: func.func @half_spacing
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[TWO:.*]] = arith.constant 2 : i64
// CHECK: return %[[ONE]], %[[TWO]]
func.func @half_spacing() -> (i64, i64) {
  %w = arith.constant dense<[1.0, 1.25]> : tensor<2xf32>
  %g = arith.constant dense<-0.125> : tensor<2xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<2xf32>
  return %st, %tot : i64, i64
}

// The learning rate scales the step: g = 1 with lr = 0.01 makes w2 = 0.99,
// which quantizes to 1.0 (stalled); with lr = 0.2, w2 = 0.8 quantizes to
// 0.75 (not stalled).
// CHECK-LABEL: func.func @learning_rate
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: return %[[ONE]], %[[ZERO]]
func.func @learning_rate() -> (i64, i64) {
  %w = arith.constant 1.0 : f32
  %g = arith.constant 1.0 : f32
  %small = arith.constant 0.01 : f32
  %large = arith.constant 0.2 : f32
  %s = arith.constant 1.0 : f32
  %a, %t0 = altgrad.stall_count %w, %g, %small, %s format(!altgrad.fp<E5M2>) : f32
  %b, %t1 = altgrad.stall_count %w, %g, %large, %s format(!altgrad.fp<E5M2>) : f32
  return %a, %b : i64, i64
}

// The scale changes the grid: with scale 0.75, w = 1 is 1.3333334 on the
// grid and quantizes to 1.25, w2 = 1.1 is 1.4666667 and quantizes to 1.5:
// not stalled, where scale 1 (above) stalls.
// CHECK-LABEL: func.func @scale
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: return %[[ZERO]], %[[ONE]]
func.func @scale() -> (i64, i64) {
  %w = arith.constant 1.0 : f32
  %g = arith.constant -0.1 : f32
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 0.75 : f32
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : f32
  return %st, %tot : i64, i64
}

// Only |g| > threshold counts. w = 1 and g = [0, 1e-11, 1e-10, 2e-10]: every
// w2 rounds back to 1.0 in f32, so every element quantizes the same. With
// the default threshold 1e-10, g = 0, 1e-11 and 1e-10 (equal, not above) do
// not count: 1 stalled. With threshold 0: 3. With threshold 1e-3: 0.
// CHECK-LABEL: func.func @threshold
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK-DAG: %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK: return %[[ONE]], %[[THREE]], %[[ZERO]], %[[FOUR]]
func.func @threshold() -> (i64, i64, i64, i64) {
  %w = arith.constant dense<1.0> : tensor<4xf32>
  %g = arith.constant dense<[0.0, 1.0e-11, 1.0e-10, 2.0e-10]> : tensor<4xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %a, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<4xf32>
  %b, %t1 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) {threshold = 0.0 : f32} : tensor<4xf32>
  %c, %t2 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) {threshold = 1.0e-3 : f32} : tensor<4xf32>
  return %a, %b, %c, %tot : i64, i64, i64, i64
}

// E7M0 (neighbours a factor of two apart) stalls on ordinary updates: with
// w = 1 and lr * g = 0.1, w2 = 0.9 is above the midpoint 0.75 of 0.5 and 1,
// so all 1024 weights stall. The finer formats move: E5M2 0.9 -> 0.875,
// E3M4 0.9 -> 29/32 = 0.90625 (spacing 1/32 in [0.5, 1)), E1M6 0.9 ->
// 29/32 (spacing 1/32), E0M7 0.9 -> 115/128 while 1.0 saturates to 127/128.
// CHECK-LABEL: func.func @e7m0_ordinary_updates
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ALL:.*]] = arith.constant 1024 : i64
// CHECK: return %[[ALL]], %[[ZERO]], %[[ZERO]], %[[ZERO]], %[[ZERO]], %[[ALL]]
func.func @e7m0_ordinary_updates() -> (i64, i64, i64, i64, i64, i64) {
  %w = arith.constant dense<1.0> : tensor<1024xf32>
  %g = arith.constant dense<0.1> : tensor<1024xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %a, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E7M0>) : tensor<1024xf32>
  %b, %t1 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<1024xf32>
  %c, %t2 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E3M4>) : tensor<1024xf32>
  %d, %t3 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E1M6>) : tensor<1024xf32>
  %e, %t4 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E0M7>) : tensor<1024xf32>
  return %a, %b, %c, %d, %e, %tot : i64, i64, i64, i64, i64, i64
}

// Mixed weights, lr * g = 0.1: w = [1, 0.5, 2, 0.25], w2 = [0.9, 0.4, 1.9,
// 0.15].
//   E7M0: 0.9 -> 1 (midpoint 0.75), 0.4 -> 0.5 (midpoint 0.375), 1.9 -> 2
//         (midpoint 1.5): stalled; 0.15 -> 0.125 (midpoint 0.1875): moved.
//         3 of 4.
//   E5M2: 0.9 -> 0.875, 0.4 -> 0.375 (spacing 0.0625), 0.15 -> 0.15625
//         (spacing 0.03125): moved; 1.9 -> 2.0 (spacing 0.25): stalled.
//         1 of 4.
// CHECK-LABEL: func.func @mixed_weights
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK-DAG: %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK: return %[[THREE]], %[[ONE]], %[[FOUR]]
func.func @mixed_weights() -> (i64, i64, i64) {
  %w = arith.constant dense<[1.0, 0.5, 2.0, 0.25]> : vector<4xf32>
  %g = arith.constant dense<0.1> : vector<4xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %a, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E7M0>) : vector<4xf32>
  %b, %t1 = altgrad.stall_count %w, %g, %lr, %s format(f8E5M2) : vector<4xf32>
  return %a, %b, %tot : i64, i64, i64
}

// A splat weight with varied gradients: w = 1, g = [0.1, 0.5, -0.1, -0.5]:
// w2 = [0.9 -> 0.875, 0.5, 1.1 -> 1.0, 1.5]: only the third stalls.
// CHECK-LABEL: func.func @splat_weight
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[FOUR:.*]] = arith.constant 4 : i64
// CHECK: return %[[ONE]], %[[FOUR]]
func.func @splat_weight() -> (i64, i64) {
  %w = arith.constant dense<1.0> : tensor<2x2xf32>
  %g = arith.constant dense<[[0.1, 0.5], [-0.1, -0.5]]> : tensor<2x2xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<2x2xf32>
  return %st, %tot : i64, i64
}

// E0M7 (spacing 1/128, half 0.00390625): w = 0.5 = 64/128 with updates of
// 0.003 and 0.005 downwards: 0.497 * 128 = 63.6 -> 64 (stalled), 0.495 *
// 128 = 63.36 -> 63 (moved).
// E3M4 (spacing 1/32 below 1, 1/16 above): w = 1 with w2 = 0.99 -> 1.0
// (stalled), 1.03 -> 1.0 (stalled: 0.03 < 0.03125), 1.04 -> 1.0625 (moved).
// CHECK-LABEL: func.func @fine_formats
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[TWO:.*]] = arith.constant 2 : i64
// CHECK-DAG: %[[THREE:.*]] = arith.constant 3 : i64
// CHECK: return %[[ONE]], %[[TWO]], %[[TWO]], %[[THREE]]
func.func @fine_formats() -> (i64, i64, i64, i64) {
  %w0 = arith.constant dense<0.5> : tensor<2xf32>
  %g0 = arith.constant dense<[0.003, 0.005]> : tensor<2xf32>
  %w1 = arith.constant dense<1.0> : tensor<3xf32>
  %g1 = arith.constant dense<[0.01, -0.03, -0.04]> : tensor<3xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %a, %ta = altgrad.stall_count %w0, %g0, %lr, %s format(!altgrad.fp<E0M7>) : tensor<2xf32>
  %b, %tb = altgrad.stall_count %w1, %g1, %lr, %s format(!altgrad.fp<E3M4>) : tensor<3xf32>
  return %a, %ta, %b, %tb : i64, i64, i64, i64
}

// +0 equals -0: w = 0 with g = 1e-9 makes w2 = -1e-9, which quantizes to -0
// in E5M2 (below 2^-17): stalled, as |g| > 1e-10.
// CHECK-LABEL: func.func @signed_zero
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-NEXT: return %[[ONE]], %[[ONE]]
func.func @signed_zero() -> (i64, i64) {
  %w = arith.constant 0.0 : f32
  %g = arith.constant 1.0e-9 : f32
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : f32
  return %st, %tot : i64, i64
}

// NaN equals nothing: a NaN weight, or a NaN gradient (w2 is NaN), never
// stalls.
// CHECK-LABEL: func.func @nan_never_stalls
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[TWO:.*]] = arith.constant 2 : i64
// CHECK: return %[[ZERO]], %[[TWO]]
func.func @nan_never_stalls() -> (i64, i64) {
  %w = arith.constant dense<[0x7FC00000, 1.0]> : tensor<2xf32>
  %g = arith.constant dense<[1.0e-3, 0x7FC00000]> : tensor<2xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<2xf32>
  return %st, %tot : i64, i64
}

// Beyond the range: w = 1e6 and w2 = 999999. Saturated, both are the largest
// value (E5M2 57344, E4M3FN 448): stalled. With overflow<ieee>, E5M2 gives
// +Inf twice, and Inf == Inf: stalled; E4M3FN gives NaN twice: not stalled.
// CHECK-LABEL: func.func @overflow_modes
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: return %[[ONE]], %[[ONE]], %[[ONE]], %[[ZERO]]
func.func @overflow_modes() -> (i64, i64, i64, i64) {
  %w = arith.constant 1.0e6 : f32
  %g = arith.constant 1.0 : f32
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %a, %t0 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : f32
  %b, %t1 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E4M3FN>) : f32
  %c, %t2 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) overflow<ieee> : f32
  %d, %t3 = altgrad.stall_count %w, %g, %lr, %s format(f8E4M3FN) overflow<ieee> : f32
  return %a, %b, %c, %d : i64, i64, i64, i64
}

// Counts add up over steps: 3 of 4 and 1 of 4 (@mixed_weights), 0 of 4
// (every weight moves by 0.5 from 1 to 1.5) and 4 of 4 (E7M0, 1 -> 0.9):
// 8 stalled of 16, a stall rate of 8 / 16 = 0.5.
// CHECK-LABEL: func.func @counts_add_up
// CHECK-DAG: %[[ST:.*]] = arith.constant 8 : i64
// CHECK-DAG: %[[TOT:.*]] = arith.constant 16 : i64
// CHECK-DAG: %[[RATE:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: return %[[ST]], %[[TOT]], %[[RATE]]
func.func @counts_add_up() -> (i64, i64, f32) {
  %w = arith.constant dense<[1.0, 0.5, 2.0, 0.25]> : tensor<4xf32>
  %g = arith.constant dense<0.1> : tensor<4xf32>
  %ones = arith.constant dense<1.0> : tensor<4xf32>
  %big = arith.constant dense<-0.5> : tensor<4xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %s0, %t0 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E7M0>) : tensor<4xf32>
  %s1, %t1 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<4xf32>
  %s2, %t2 = altgrad.stall_count %ones, %big, %lr, %s format(!altgrad.fp<E5M2>) : tensor<4xf32>
  %s3, %t3 = altgrad.stall_count %ones, %g, %lr, %s format(!altgrad.fp<E7M0>) : tensor<4xf32>
  %a0 = arith.addi %s0, %s1 : i64
  %a1 = arith.addi %a0, %s2 : i64
  %stalled = arith.addi %a1, %s3 : i64
  %b0 = arith.addi %t0, %t1 : i64
  %b1 = arith.addi %b0, %t2 : i64
  %total = arith.addi %b1, %t3 : i64
  %fs = arith.sitofp %stalled : i64 to f32
  %ft = arith.sitofp %total : i64 to f32
  %rate = arith.divf %fs, %ft : f32
  return %stalled, %total, %rate : i64, i64, f32
}

// No elements: nothing stalled of nothing.
// CHECK-LABEL: func.func @empty
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-NEXT: return %[[ZERO]], %[[ZERO]]
func.func @empty() -> (i64, i64) {
  %w = arith.constant dense<> : tensor<0xf32>
  %lr = arith.constant 1.0 : f32
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %w, %lr, %s format(!altgrad.fp<E5M2>) : tensor<0xf32>
  return %st, %tot : i64, i64
}

// Nothing folds without constant operands.
// CHECK-LABEL: func.func @not_constant(
// CHECK-SAME: %[[W:[^:]*]]: tensor<?xf32>, %[[LR:[^:]*]]: f32)
// CHECK: %[[ST:.*]], %[[TOT:.*]] = altgrad.stall_count %[[W]], %[[W]], %[[LR]]
// CHECK-NEXT: return %[[ST]], %[[TOT]]
func.func @not_constant(%w: tensor<?xf32>, %lr: f32) -> (i64, i64) {
  %s = arith.constant 1.0 : f32
  %st, %tot = altgrad.stall_count %w, %w, %lr, %s format(!altgrad.fp<E5M2>) : tensor<?xf32>
  return %st, %tot : i64, i64
}
