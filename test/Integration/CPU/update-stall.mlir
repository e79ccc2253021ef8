// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// Bit-stall of a given update (docs/spec.md section 6) executed on the CPU:
// stalled where fake_quantize(w) == fake_quantize(w_new) (+0 == -0, NaN
// equals nothing) and |w_new - w| > threshold. Inputs are function
// arguments (nothing folds), on tensors (dynamic and static), vectors and
// scalars, so every form of the lowering runs. Each count prints as
// "( stalled, total )".

func.func @show(%n: i64, %m: i64) {
  %v = vector.from_elements %n, %m : vector<2xi64>
  vector.print %v : vector<2xi64>
  return
}
func.func @stall_E5M2(%w: tensor<?xf32>, %n: tensor<?xf32>, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) : tensor<?xf32>
  return %a, %b : i64, i64
}
func.func @stall_E7M0(%w: tensor<2x2xf32>, %n: tensor<2x2xf32>, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E7M0>) : tensor<2x2xf32>
  return %a, %b : i64, i64
}
func.func @stall_vec_E7M0(%w: vector<4xf32>, %n: vector<4xf32>, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E7M0>) : vector<4xf32>
  return %a, %b : i64, i64
}
func.func @stall_scalar_E4M3FN(%w: f32, %n: f32, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.update_stall_count %w, %n, %s format(f8E4M3FN) overflow<ieee> : f32
  return %a, %b : i64, i64
}
func.func @stall_th(%w: tensor<?xf32>, %n: tensor<?xf32>, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E5M2>) {threshold = 1.0e-6 : f32} : tensor<?xf32>
  return %a, %b : i64, i64
}

func.func @main() {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32

  // E5M2 near 1 (spacing 0.125 below 1, 0.25 above): w = 1 with w_new
  // 1.1 (-> 1.0), 1.125 (midpoint, ties to the even code 1.0), 1.2
  // (-> 1.25), 0.9 (-> 0.875), 0.95 (-> 1.0, above the midpoint 0.9375),
  // 1.0 (no change: not counted), then +0 against -1e-9 (-> -0, equal to
  // +0), and a NaN new value: stalled 1.1, 1.125, 0.95 and the zero.
  // CHECK: ( 4, 8 )
  %w_s = arith.constant dense<[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0]> : tensor<8xf32>
  %n_s = arith.constant dense<[1.1, 1.125, 1.2, 0.9, 0.95, 1.0, -1.0e-9, 0x7FC00000]> : tensor<8xf32>
  %w = tensor.cast %w_s : tensor<8xf32> to tensor<?xf32>
  %n = tensor.cast %n_s : tensor<8xf32> to tensor<?xf32>
  %a0, %b0 = call @stall_E5M2(%w, %n, %one) : (tensor<?xf32>, tensor<?xf32>, f32) -> (i64, i64)
  call @show(%a0, %b0) : (i64, i64) -> ()

  // The threshold: w = 1 against 1 + 2^-23 (a change of 1.19e-7, below
  // 1e-6) and 1.1 (a change of 0.1): only 1.1 counts.
  // CHECK-NEXT: ( 1, 2 )
  %tw_s = arith.constant dense<1.0> : tensor<2xf32>
  %tn_s = arith.constant dense<[1.00000012, 1.1]> : tensor<2xf32>
  %tw = tensor.cast %tw_s : tensor<2xf32> to tensor<?xf32>
  %tn = tensor.cast %tn_s : tensor<2xf32> to tensor<?xf32>
  %a1, %b1 = call @stall_th(%tw, %tn, %one) : (tensor<?xf32>, tensor<?xf32>, f32) -> (i64, i64)
  call @show(%a1, %b1) : (i64, i64) -> ()

  // E7M0: w = [1, 0.5, 2, 0.25] and w_new = [0.9, 0.4, 1.9, 0.15]: the
  // first three round back (midpoints 0.75, 0.375, 1.5), 0.15 -> 0.125
  // (midpoint 0.1875) moves; with scale 2 the grid halves and the same
  // three stall (0.45 -> 0.5, 0.2 -> 0.25, 0.95 -> 1; 0.075 -> 0.0625).
  // CHECK-NEXT: ( 3, 4 )
  // CHECK-NEXT: ( 3, 4 )
  %ew = arith.constant dense<[[1.0, 0.5], [2.0, 0.25]]> : tensor<2x2xf32>
  %en = arith.constant dense<[[0.9, 0.4], [1.9, 0.15]]> : tensor<2x2xf32>
  %a2, %b2 = call @stall_E7M0(%ew, %en, %one) : (tensor<2x2xf32>, tensor<2x2xf32>, f32) -> (i64, i64)
  call @show(%a2, %b2) : (i64, i64) -> ()
  %vw = arith.constant dense<[1.0, 0.5, 2.0, 0.25]> : vector<4xf32>
  %vn = arith.constant dense<[0.9, 0.4, 1.9, 0.15]> : vector<4xf32>
  %a3, %b3 = call @stall_vec_E7M0(%vw, %vn, %two) : (vector<4xf32>, vector<4xf32>, f32) -> (i64, i64)
  call @show(%a3, %b3) : (i64, i64) -> ()

  // IEEE overflow in E4M3FN: 1e6 and 999999 are both NaN, which equals
  // nothing: not stalled; 1.0 against 1.01 (spacing 0.125) stalls.
  // CHECK-NEXT: ( 0, 1 )
  // CHECK-NEXT: ( 1, 1 )
  %big = arith.constant 1.0e6 : f32
  %big_n = arith.constant 999999.0 : f32
  %near = arith.constant 1.01 : f32
  %a4, %b4 = call @stall_scalar_E4M3FN(%big, %big_n, %one) : (f32, f32, f32) -> (i64, i64)
  call @show(%a4, %b4) : (i64, i64) -> ()
  %a5, %b5 = call @stall_scalar_E4M3FN(%one, %near, %one) : (f32, f32, f32) -> (i64, i64)
  call @show(%a5, %b5) : (i64, i64) -> ()
  return
}
