// Constant folding of the amax history ops against docs/spec.md section 4.
//
// RUN: altgrad-opt %s -canonicalize | FileCheck %s

// An empty history reports 1.0 under either policy and has rejected nothing.
// CHECK-LABEL: func.func @empty
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [], rejected = 0> : !altgrad.history<16>
// CHECK: return %[[ONE]], %[[ONE]], %[[ZERO]], %[[H]]
func.func @empty() -> (f32, f32, i64, !altgrad.history) {
  %h = altgrad.history.empty : !altgrad.history
  %a = altgrad.history.amax %h : !altgrad.history<16>
  %b = altgrad.history.amax %h policy<most_recent> : !altgrad.history<16>
  %r = altgrad.history.rejected %h : !altgrad.history<16>
  return %a, %b, %r, %h : f32, f32, i64, !altgrad.history
}

// Three batches with amax max |x| = 1, 4 and 2 are recorded in order; the
// history reports their max 4.0, or the newest 2.0 under most_recent.
// CHECK-LABEL: func.func @tracks_updates
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [1.000000e+00, 4.000000e+00, 2.000000e+00], rejected = 0> : !altgrad.history<16>
// CHECK-DAG: %[[MAX:.*]] = arith.constant 4.000000e+00 : f32
// CHECK-DAG: %[[NEW:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG: %[[REJ:.*]] = arith.constant 0 : i64
// CHECK: return %[[H]], %[[MAX]], %[[NEW]], %[[REJ]]
func.func @tracks_updates() -> (!altgrad.history, f32, f32, i64) {
  %x0 = arith.constant dense<[1.0, -0.5]> : tensor<2xf32>
  %x1 = arith.constant dense<[-4.0, 2.0]> : tensor<2xf32>
  %x2 = arith.constant dense<2.0> : tensor<3xf32>
  %h0 = altgrad.history.empty : !altgrad.history
  %h1 = altgrad.history.update %h0, %x0 : !altgrad.history<16>, tensor<2xf32>
  %h2 = altgrad.history.update %h1, %x1 : !altgrad.history<16>, tensor<2xf32>
  %h3 = altgrad.history.update %h2, %x2 : !altgrad.history<16>, tensor<3xf32>
  %max = altgrad.history.amax %h3 : !altgrad.history<16>
  %new = altgrad.history.amax %h3 policy<most_recent> : !altgrad.history<16>
  %rej = altgrad.history.rejected %h3 : !altgrad.history<16>
  return %h3, %max, %new, %rej : !altgrad.history, f32, f32, i64
}

// The reported amax feeds compute_scale: the max record 7 over E5M2's
// 57344 = 7 * 2^13 is 2^-13, checked as the f32 bits (127 - 13) << 23 =
// 0x39000000 = 956301312.
// CHECK-LABEL: func.func @history_scale
// CHECK-NEXT: %[[S:.*]] = arith.constant 956301312 : i32
// CHECK-NEXT: return %[[S]]
func.func @history_scale() -> i32 {
  %x0 = arith.constant dense<[1.0, -7.0]> : tensor<2xf32>
  %x1 = arith.constant dense<[2.0, 0.5]> : tensor<2xf32>
  %h0 = altgrad.history.empty : !altgrad.history
  %h1 = altgrad.history.update %h0, %x0 : !altgrad.history<16>, tensor<2xf32>
  %h2 = altgrad.history.update %h1, %x1 : !altgrad.history<16>, tensor<2xf32>
  %a = altgrad.history.amax %h2 : !altgrad.history<16>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  %b = arith.bitcast %s : f32 to i32
  return %b : i32
}

// A batch with a NaN or an Inf records nothing and counts one rejection:
// after [3], [1, NaN], [Inf, 1], [-Inf] and [0.5] the records are [3, 0.5]
// and 3 updates were rejected. max is 3.0; the newest record is 0.5.
// CHECK-LABEL: func.func @rejects_nan_inf
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [3.000000e+00, 5.000000e-01], rejected = 3> : !altgrad.history<8>
// CHECK-DAG: %[[MAX:.*]] = arith.constant 3.000000e+00 : f32
// CHECK-DAG: %[[NEW:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-DAG: %[[REJ:.*]] = arith.constant 3 : i64
// CHECK: return %[[H]], %[[MAX]], %[[NEW]], %[[REJ]]
func.func @rejects_nan_inf() -> (!altgrad.history<8>, f32, f32, i64) {
  %x0 = arith.constant dense<3.0> : tensor<1xf32>
  %x1 = arith.constant dense<[1.0, 0x7FC00000]> : tensor<2xf32>
  %x2 = arith.constant dense<[0x7F800000, 1.0]> : tensor<2xf32>
  %x3 = arith.constant 0xFF800000 : f32
  %x4 = arith.constant dense<[0.5, -0.25]> : vector<2xf32>
  %h0 = altgrad.history.empty : !altgrad.history<8>
  %h1 = altgrad.history.update %h0, %x0 : !altgrad.history<8>, tensor<1xf32>
  %h2 = altgrad.history.update %h1, %x1 : !altgrad.history<8>, tensor<2xf32>
  %h3 = altgrad.history.update %h2, %x2 : !altgrad.history<8>, tensor<2xf32>
  %h4 = altgrad.history.update %h3, %x3 : !altgrad.history<8>, f32
  %h5 = altgrad.history.update %h4, %x4 : !altgrad.history<8>, vector<2xf32>
  %max = altgrad.history.amax %h5 : !altgrad.history<8>
  %new = altgrad.history.amax %h5 policy<most_recent> : !altgrad.history<8>
  %rej = altgrad.history.rejected %h5 : !altgrad.history<8>
  return %h5, %max, %new, %rej : !altgrad.history<8>, f32, f32, i64
}

// A NaN batch as the only update: nothing is recorded, so the amax is the
// empty history's 1.0, and one batch was rejected.
// CHECK-LABEL: func.func @nan_only
// CHECK-DAG: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[R:.*]] = arith.constant 1 : i64
// CHECK: return %[[A]], %[[R]]
func.func @nan_only() -> (f32, i64) {
  %x = arith.constant dense<[0xFFC00000, 2.0]> : tensor<2xf32>
  %h0 = altgrad.history.empty : !altgrad.history
  %h1 = altgrad.history.update %h0, %x : !altgrad.history<16>, tensor<2xf32>
  %a = altgrad.history.amax %h1 : !altgrad.history<16>
  %r = altgrad.history.rejected %h1 : !altgrad.history<16>
  return %a, %r : f32, i64
}

// Length 2: after 5, 1, 2 the oldest record, 5, is gone: records [1, 2],
// max 2.0.
// CHECK-LABEL: func.func @drops_oldest
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [1.000000e+00, 2.000000e+00], rejected = 0> : !altgrad.history<2>
// CHECK-DAG: %[[MAX:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: return %[[H]], %[[MAX]]
func.func @drops_oldest() -> (!altgrad.history<2>, f32) {
  %x0 = arith.constant 5.0 : f32
  %x1 = arith.constant 1.0 : f32
  %x2 = arith.constant -2.0 : f32
  %h0 = altgrad.history.empty : !altgrad.history<2>
  %h1 = altgrad.history.update %h0, %x0 : !altgrad.history<2>, f32
  %h2 = altgrad.history.update %h1, %x1 : !altgrad.history<2>, f32
  %h3 = altgrad.history.update %h2, %x2 : !altgrad.history<2>, f32
  %max = altgrad.history.amax %h3 : !altgrad.history<2>
  return %h3, %max : !altgrad.history<2>, f32
}

// The default length 16: one batch of amax 100 and 15 of amax 1 fill it and
// the max is 100; one more batch of 1 drops the 100 and the max is 1.
// CHECK-LABEL: func.func @default_length
// CHECK-DAG: %[[FULL:.*]] = arith.constant 1.000000e+02 : f32
// CHECK-DAG: %[[AFTER:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: return %[[FULL]], %[[AFTER]]
func.func @default_length() -> (f32, f32) {
  %big = arith.constant 100.0 : f32
  %one = arith.constant dense<[-1.0, 0.5]> : tensor<2xf32>
  %h = altgrad.history.empty : !altgrad.history
  %h0 = altgrad.history.update %h, %big : !altgrad.history, f32
  %h1 = altgrad.history.update %h0, %one : !altgrad.history, tensor<2xf32>
  %h2 = altgrad.history.update %h1, %one : !altgrad.history, tensor<2xf32>
  %h3 = altgrad.history.update %h2, %one : !altgrad.history, tensor<2xf32>
  %h4 = altgrad.history.update %h3, %one : !altgrad.history, tensor<2xf32>
  %h5 = altgrad.history.update %h4, %one : !altgrad.history, tensor<2xf32>
  %h6 = altgrad.history.update %h5, %one : !altgrad.history, tensor<2xf32>
  %h7 = altgrad.history.update %h6, %one : !altgrad.history, tensor<2xf32>
  %h8 = altgrad.history.update %h7, %one : !altgrad.history, tensor<2xf32>
  %h9 = altgrad.history.update %h8, %one : !altgrad.history, tensor<2xf32>
  %h10 = altgrad.history.update %h9, %one : !altgrad.history, tensor<2xf32>
  %h11 = altgrad.history.update %h10, %one : !altgrad.history, tensor<2xf32>
  %h12 = altgrad.history.update %h11, %one : !altgrad.history, tensor<2xf32>
  %h13 = altgrad.history.update %h12, %one : !altgrad.history, tensor<2xf32>
  %h14 = altgrad.history.update %h13, %one : !altgrad.history, tensor<2xf32>
  %h15 = altgrad.history.update %h14, %one : !altgrad.history, tensor<2xf32>
  %full = altgrad.history.amax %h15 : !altgrad.history
  %h16 = altgrad.history.update %h15, %one : !altgrad.history, tensor<2xf32>
  %after = altgrad.history.amax %h16 : !altgrad.history
  return %full, %after : f32, f32
}

// Length 1 keeps the newest record only: after 7 and 3, max and most_recent
// are both 3.
// CHECK-LABEL: func.func @length_one
// CHECK-DAG: %[[A:.*]] = arith.constant 3.000000e+00 : f32
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [3.000000e+00], rejected = 0> : !altgrad.history<1>
// CHECK: return %[[H]], %[[A]], %[[A]]
func.func @length_one() -> (!altgrad.history<1>, f32, f32) {
  %x0 = arith.constant 7.0 : f32
  %x1 = arith.constant 3.0 : f32
  %h0 = altgrad.history.empty : !altgrad.history<1>
  %h1 = altgrad.history.update %h0, %x0 : !altgrad.history<1>, f32
  %h2 = altgrad.history.update %h1, %x1 : !altgrad.history<1>, f32
  %a = altgrad.history.amax %h2 : !altgrad.history<1>
  %b = altgrad.history.amax %h2 policy<most_recent> : !altgrad.history<1>
  return %h2, %a, %b : !altgrad.history<1>, f32, f32
}

// most_recent differs from max when the newest record is not the largest:
// records [8, 1] report 8 (max) and 1 (most_recent).
// CHECK-LABEL: func.func @policies
// CHECK-DAG: %[[MAX:.*]] = arith.constant 8.000000e+00 : f32
// CHECK-DAG: %[[NEW:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: return %[[MAX]], %[[NEW]]
func.func @policies() -> (f32, f32) {
  %h = altgrad.constant #altgrad.history<records = [8.0, 1.0], rejected = 0> : !altgrad.history<4>
  %max = altgrad.history.amax %h policy<max> : !altgrad.history<4>
  %new = altgrad.history.amax %h policy<most_recent> : !altgrad.history<4>
  return %max, %new : f32, f32
}

// Reset forgets the records and the rejected count: amax 1.0, rejected 0.
// CHECK-LABEL: func.func @reset
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [], rejected = 0> : !altgrad.history<4>
// CHECK-DAG: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[R:.*]] = arith.constant 0 : i64
// CHECK: return %[[H]], %[[A]], %[[R]]
func.func @reset() -> (!altgrad.history<4>, f32, i64) {
  %h0 = altgrad.constant #altgrad.history<records = [1.0, 8.0], rejected = 5> : !altgrad.history<4>
  %x = arith.constant dense<[0x7FC00000]> : tensor<1xf32>
  %h1 = altgrad.history.update %h0, %x : !altgrad.history<4>, tensor<1xf32>
  %h2 = altgrad.history.reset %h1 : !altgrad.history<4>
  %a = altgrad.history.amax %h2 : !altgrad.history<4>
  %r = altgrad.history.rejected %h2 : !altgrad.history<4>
  return %h2, %a, %r : !altgrad.history<4>, f32, i64
}

// Reset folds whatever the state: an unknown history becomes the empty one.
// CHECK-LABEL: func.func @reset_unknown(
// CHECK-NEXT: %[[H:.*]] = altgrad.constant #altgrad.history<records = [], rejected = 0> : !altgrad.history<4>
// CHECK-NEXT: return %[[H]]
func.func @reset_unknown(%h: !altgrad.history<4>) -> !altgrad.history<4> {
  %r = altgrad.history.reset %h : !altgrad.history<4>
  return %r : !altgrad.history<4>
}

// Updating a constant state continues it: [1, 8] with 5 rejections, then a
// batch of amax 2: [1, 8, 2], still 5 rejections.
// CHECK-LABEL: func.func @continue_state
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [1.000000e+00, 8.000000e+00, 2.000000e+00], rejected = 5> : !altgrad.history<4>
// CHECK-DAG: %[[R:.*]] = arith.constant 5 : i64
// CHECK: return %[[H]], %[[R]]
func.func @continue_state() -> (!altgrad.history<4>, i64) {
  %h0 = altgrad.constant #altgrad.history<records = [1.0, 8.0], rejected = 5> : !altgrad.history<4>
  %x = arith.constant dense<[[2.0, -1.0], [0.0, 1.5]]> : tensor<2x2xf32>
  %h1 = altgrad.history.update %h0, %x : !altgrad.history<4>, tensor<2x2xf32>
  %r = altgrad.history.rejected %h1 : !altgrad.history<4>
  return %h1, %r : !altgrad.history<4>, i64
}

// An all-zero batch records 0; the amax is 0 and the scale clamps to
// scale_min (1e-10).
// CHECK-LABEL: func.func @all_zero
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [0.000000e+00], rejected = 0> : !altgrad.history<16>
// CHECK-DAG: %[[A:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[S:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: return %[[H]], %[[A]], %[[S]]
func.func @all_zero() -> (!altgrad.history, f32, f32) {
  %x = arith.constant dense<[0.0, -0.0, 0.0]> : tensor<3xf32>
  %h0 = altgrad.history.empty : !altgrad.history
  %h1 = altgrad.history.update %h0, %x : !altgrad.history, tensor<3xf32>
  %a = altgrad.history.amax %h1 : !altgrad.history
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  return %h1, %a, %s : !altgrad.history, f32, f32
}

// An empty batch changes nothing: the update of an unknown state folds to
// that state, and a constant state keeps its records and rejections.
// CHECK-LABEL: func.func @empty_batch(
// CHECK-SAME: %[[ARG:[^:]*]]: !altgrad.history<4>)
// CHECK-DAG: %[[H:.*]] = altgrad.constant #altgrad.history<records = [2.000000e+00], rejected = 1> : !altgrad.history<4>
// CHECK: return %[[ARG]], %[[H]], %[[ARG]]
func.func @empty_batch(%h: !altgrad.history<4>)
    -> (!altgrad.history<4>, !altgrad.history<4>, !altgrad.history<4>) {
  %e = arith.constant dense<> : tensor<0xf32>
  %c = altgrad.constant #altgrad.history<records = [2.0], rejected = 1> : !altgrad.history<4>
  %a = altgrad.history.update %h, %e : !altgrad.history<4>, tensor<0xf32>
  %b = altgrad.history.update %c, %e : !altgrad.history<4>, tensor<0xf32>
  %u = tensor.empty() : tensor<3x0xf16>
  %d = altgrad.history.update %h, %u : !altgrad.history<4>, tensor<3x0xf16>
  return %a, %b, %d : !altgrad.history<4>, !altgrad.history<4>, !altgrad.history<4>
}

// f16 and bf16 batches: f16 -65504 records 65504; bf16 0xC040 (-3.0) records
// 3.
// CHECK-LABEL: func.func @half_inputs
// CHECK-NEXT: %[[H:.*]] = altgrad.constant #altgrad.history<records = [6.550400e+04, 3.000000e+00], rejected = 0> : !altgrad.history<4>
// CHECK-NEXT: return %[[H]]
func.func @half_inputs() -> !altgrad.history<4> {
  %x = arith.constant dense<[-65504.0, 2.0]> : tensor<2xf16>
  %y = arith.constant dense<[0xC040, 0.5]> : vector<2xbf16>
  %h0 = altgrad.history.empty : !altgrad.history<4>
  %h1 = altgrad.history.update %h0, %x : !altgrad.history<4>, tensor<2xf16>
  %h2 = altgrad.history.update %h1, %y : !altgrad.history<4>, vector<2xbf16>
  return %h2 : !altgrad.history<4>
}

// Nothing folds without constant operands (the reset does: see above).
// CHECK-LABEL: func.func @not_constant(
// CHECK-SAME: %[[H:[^:]*]]: !altgrad.history<4>, %[[X:[^:]*]]: tensor<?xf32>)
// CHECK-DAG: %[[C:.*]] = arith.constant dense<1.000000e+00> : tensor<2xf32>
// CHECK-DAG: %[[E:.*]] = altgrad.constant #altgrad.history<records = [], rejected = 0> : !altgrad.history<4>
// CHECK: %[[U:.*]] = altgrad.history.update %[[H]], %[[C]]
// CHECK-NEXT: %[[V:.*]] = altgrad.history.update %[[E]], %[[X]]
// CHECK-NEXT: %[[A:.*]] = altgrad.history.amax %[[H]]
// CHECK-NEXT: %[[R:.*]] = altgrad.history.rejected %[[H]]
// CHECK-NEXT: return %[[U]], %[[V]], %[[A]], %[[R]]
func.func @not_constant(%h: !altgrad.history<4>, %x: tensor<?xf32>)
    -> (!altgrad.history<4>, !altgrad.history<4>, f32, i64) {
  %c = arith.constant dense<1.0> : tensor<2xf32>
  %e = altgrad.history.empty : !altgrad.history<4>
  %u = altgrad.history.update %h, %c : !altgrad.history<4>, tensor<2xf32>
  %v = altgrad.history.update %e, %x : !altgrad.history<4>, tensor<?xf32>
  %a = altgrad.history.amax %h : !altgrad.history<4>
  %r = altgrad.history.rejected %h : !altgrad.history<4>
  return %u, %v, %a, %r : !altgrad.history<4>, !altgrad.history<4>, f32, i64
}
