// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// Rank-2 vectors (whose flattening leaves ub.poison to lower) and a function
// that may return its own argument (bufferization.clone) run through the CPU
// pipeline. The values below are worked out by hand from docs/spec.md.

func.func @amax_2d(%x: vector<2x3xf32>) -> f32 {
  %a = altgrad.amax %x : vector<2x3xf32>
  return %a : f32
}
func.func @stall_2d(%w: vector<2x2xf32>, %g: vector<2x2xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : vector<2x2xf32>
  return %n, %m : i64, i64
}
// Fake-quantizes only when asked: may return its own argument.
func.func @maybe_fake(%x: tensor<4xf32>, %s: f32, %c: i1) -> tensor<4xf32> {
  %r = scf.if %c -> tensor<4xf32> {
    %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E4M3FN>) : tensor<4xf32>
    scf.yield %y : tensor<4xf32>
  } else {
    scf.yield %x : tensor<4xf32>
  }
  return %r : tensor<4xf32>
}
func.func @print4(%t: tensor<4xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %t[%c0], %pad : tensor<4xf32>, vector<4xf32>
  vector.print %v : vector<4xf32>
  return
}

func.func @main() {
  %one = arith.constant 1.0 : f32
  // amax of [[1, -7.5, 2], [0, 3, -0]] = 7.5.
  %x = arith.constant dense<[[1.0, -7.5, 2.0], [0.0, 3.0, -0.0]]> : vector<2x3xf32>
  %a = call @amax_2d(%x) : (vector<2x3xf32>) -> f32
  vector.print %a : f32
  // CHECK: 7.5

  // E5M2, w = 1, g = [[0.01, -0.01], [0.1, 1e-3]], lr = 1: w2 = 0.99, 1.01,
  // 0.9, 0.999; only 0.9 moves (to 0.875).                      ( 3, 4 )
  %w = arith.constant dense<1.0> : vector<2x2xf32>
  %g = arith.constant dense<[[0.01, -0.01], [0.1, 1.0e-3]]> : vector<2x2xf32>
  %n, %m = call @stall_2d(%w, %g, %one, %one) : (vector<2x2xf32>, vector<2x2xf32>, f32, f32) -> (i64, i64)
  %nm = vector.from_elements %n, %m : vector<2xi64>
  vector.print %nm : vector<2xi64>
  // CHECK-NEXT: ( 3, 4 )

  // E4M3FN: 1.0625 = tie 1 (56) / 1.125 (57) -> 1;  0.3 -> 0.3125;
  // 500 -> 448;  -0 -> -0. Not asked: the input itself.
  %t = arith.constant dense<[1.0625, 0.3, 500.0, -0.0]> : tensor<4xf32>
  %true = arith.constant true
  %false = arith.constant false
  %f1 = call @maybe_fake(%t, %one, %true) : (tensor<4xf32>, f32, i1) -> tensor<4xf32>
  call @print4(%f1) : (tensor<4xf32>) -> ()
  %f0 = call @maybe_fake(%t, %one, %false) : (tensor<4xf32>, f32, i1) -> tensor<4xf32>
  call @print4(%f0) : (tensor<4xf32>) -> ()
  // CHECK-NEXT: ( 1, 0.3125, 448, -0 )
  // CHECK-NEXT: ( 1.0625, 0.3, 500, -0 )
  return
}
