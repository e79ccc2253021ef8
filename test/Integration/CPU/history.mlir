// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// The amax history (delayed scaling, docs/spec.md section 4) executed on the
// CPU: a training loop carries the history through scf.for iter_args and
// func.call over several batches, NaN/Inf batches are rejected and counted,
// the oldest record is dropped once L are held, reset, the empty history
// gives 1.0, all-zero batches record 0 (scale = scale_min), empty batches
// record nothing. Expected values are worked out by hand in the comments.
//
// Each report prints "( amax policy<max>, amax policy<most_recent> )" and
// then the rejected count.

func.func @report(%h: !altgrad.history<4>) {
  %a = altgrad.history.amax %h : !altgrad.history<4>
  %r = altgrad.history.amax %h policy<most_recent> : !altgrad.history<4>
  %n = altgrad.history.rejected %h : !altgrad.history<4>
  %v = vector.from_elements %a, %r : vector<2xf32>
  vector.print %v : vector<2xf32>
  vector.print %n : i64
  return
}

func.func @step(%h: !altgrad.history<4>, %x: tensor<?xf32>) -> !altgrad.history<4> {
  %h1 = altgrad.history.update %h, %x : !altgrad.history<4>, tensor<?xf32>
  return %h1 : !altgrad.history<4>
}

// batch i = base * factors[i], elementwise.
func.func @batch(%base: tensor<?xf32>, %f: f32) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %base, %c0 : tensor<?xf32>
  %init = tensor.empty(%n) : tensor<?xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%base : tensor<?xf32>) outs(%init : tensor<?xf32>) {
  ^bb0(%b: f32, %o: f32):
    %m = arith.mulf %b, %f : f32
    linalg.yield %m : f32
  } -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// Runs one update per factor, reporting after each, and returns the state.
func.func @train(%h0: !altgrad.history<4>, %base: tensor<?xf32>, %factors: tensor<?xf32>) -> !altgrad.history<4> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tensor.dim %factors, %c0 : tensor<?xf32>
  %h = scf.for %i = %c0 to %n step %c1 iter_args(%hi = %h0) -> (!altgrad.history<4>) {
    %f = tensor.extract %factors[%i] : tensor<?xf32>
    %x = func.call @batch(%base, %f) : (tensor<?xf32>, f32) -> tensor<?xf32>
    %hn = func.call @step(%hi, %x) : (!altgrad.history<4>, tensor<?xf32>) -> !altgrad.history<4>
    func.call @report(%hn) : (!altgrad.history<4>) -> ()
    scf.yield %hn : !altgrad.history<4>
  }
  return %h : !altgrad.history<4>
}

// The plan's form: batch i is row i of a 2-D tensor, taken with
// tensor.extract_slice at a dynamic offset.
func.func @train_rows(%h0: !altgrad.history<4>, %xs: tensor<?x4xf32>) -> !altgrad.history<4> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tensor.dim %xs, %c0 : tensor<?x4xf32>
  %h = scf.for %i = %c0 to %n step %c1 iter_args(%hi = %h0) -> (!altgrad.history<4>) {
    %row = tensor.extract_slice %xs[%i, 0] [1, 4] [1, 1] : tensor<?x4xf32> to tensor<4xf32>
    %hn = altgrad.history.update %hi, %row : !altgrad.history<4>, tensor<4xf32>
    scf.yield %hn : !altgrad.history<4>
  }
  return %h : !altgrad.history<4>
}

func.func @reset(%h: !altgrad.history<4>) -> !altgrad.history<4> {
  %r = altgrad.history.reset %h : !altgrad.history<4>
  return %r : !altgrad.history<4>
}

func.func @empty() -> !altgrad.history<4> {
  %h = altgrad.history.empty : !altgrad.history<4>
  return %h : !altgrad.history<4>
}

func.func @scale_E5M2(%h: !altgrad.history<4>) -> f32 {
  %a = altgrad.history.amax %h : !altgrad.history<4>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  return %s : f32
}

func.func @step_scalar(%h: !altgrad.history<4>, %a: f32) -> !altgrad.history<4> {
  %h1 = altgrad.history.update %h, %a : !altgrad.history<4>, f32
  return %h1 : !altgrad.history<4>
}

func.func @step_f16(%h: !altgrad.history<4>, %x: tensor<3xf16>) -> !altgrad.history<4> {
  %h1 = altgrad.history.update %h, %x : !altgrad.history<4>, tensor<3xf16>
  return %h1 : !altgrad.history<4>
}

func.func @step_bf16(%h: !altgrad.history<4>, %x: vector<3xbf16>) -> !altgrad.history<4> {
  %h1 = altgrad.history.update %h, %x : !altgrad.history<4>, vector<3xbf16>
  return %h1 : !altgrad.history<4>
}

// Delayed scaling: the scale comes from the history, the next batch is
// quantized with it.
func.func @delayed_E3M4(%h: !altgrad.history<4>, %x: tensor<4xf32>) -> (f32, tensor<4x!altgrad.fp<E3M4>>) {
  %a = altgrad.history.amax %h : !altgrad.history<4>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E3M4>)
  %q = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E3M4>>
  return %s, %q : f32, tensor<4x!altgrad.fp<E3M4>>
}

func.func @main() {
  // base has amax 1 (and a 0, so that Inf * 0 gives NaN).
  %base_s = arith.constant dense<[1.0, -0.5, 0.25, 0.0]> : tensor<4xf32>
  %base = tensor.cast %base_s : tensor<4xf32> to tensor<?xf32>
  %f_s = arith.constant dense<[3.0, -5.0, 0x7FC00000, 2.0, 0x7F800000, 1.0, 0.5, 0.25]> : tensor<8xf32>
  %factors = tensor.cast %f_s : tensor<8xf32> to tensor<?xf32>
  %h0 = call @empty() : () -> !altgrad.history<4>
  call @report(%h0) : (!altgrad.history<4>) -> ()
  // Empty history: 1.0 for both policies, nothing rejected.
  // CHECK: ( 1, 1 )
  // CHECK-NEXT: 0

  %h = call @train(%h0, %base, %factors) : (!altgrad.history<4>, tensor<?xf32>, tensor<?xf32>) -> !altgrad.history<4>
  // batch amax = |factor| * 1; records oldest first, L = 4.
  //  f = 3     amax 3    records [3]            max 3  newest 3     rejected 0
  // CHECK-NEXT: ( 3, 3 )
  // CHECK-NEXT: 0
  //  f = -5    amax 5    [3, 5]                 max 5  newest 5     0
  // CHECK-NEXT: ( 5, 5 )
  // CHECK-NEXT: 0
  //  f = NaN   every element NaN: rejected, records unchanged        1
  // CHECK-NEXT: ( 5, 5 )
  // CHECK-NEXT: 1
  //  f = 2     [3, 5, 2]                        max 5  newest 2     1
  // CHECK-NEXT: ( 5, 2 )
  // CHECK-NEXT: 1
  //  f = +Inf  batch [Inf, -Inf, Inf, NaN (Inf * 0)]: rejected        2
  // CHECK-NEXT: ( 5, 2 )
  // CHECK-NEXT: 2
  //  f = 1     [3, 5, 2, 1] (full)              max 5  newest 1     2
  // CHECK-NEXT: ( 5, 1 )
  // CHECK-NEXT: 2
  //  f = 0.5   3 dropped: [5, 2, 1, 0.5]        max 5  newest 0.5   2
  // CHECK-NEXT: ( 5, 0.5 )
  // CHECK-NEXT: 2
  //  f = 0.25  5 dropped: [2, 1, 0.5, 0.25]     max 2  newest 0.25  2
  // CHECK-NEXT: ( 2, 0.25 )
  // CHECK-NEXT: 2

  // Rows as batches: [1, -2, 0.5, 0] -> 2;  [0.25, NaN, 1, 1] -> rejected;
  // [-6, 3, 0, 1] -> 6.  Records [2, 6]: max 6, newest 6, rejected 1.
  %rows_s = arith.constant dense<[[1.0, -2.0, 0.5, 0.0], [0.25, 0x7FC00000, 1.0, 1.0], [-6.0, 3.0, 0.0, 1.0]]> : tensor<3x4xf32>
  %rows = tensor.cast %rows_s : tensor<3x4xf32> to tensor<?x4xf32>
  %hrows = call @train_rows(%h0, %rows) : (!altgrad.history<4>, tensor<?x4xf32>) -> !altgrad.history<4>
  call @report(%hrows) : (!altgrad.history<4>) -> ()
  // CHECK-NEXT: ( 6, 6 )
  // CHECK-NEXT: 1

  // An empty batch records nothing and is not a rejection.
  %e0 = tensor.empty() : tensor<0xf32>
  %e = tensor.cast %e0 : tensor<0xf32> to tensor<?xf32>
  %he = call @step(%h, %e) : (!altgrad.history<4>, tensor<?xf32>) -> !altgrad.history<4>
  call @report(%he) : (!altgrad.history<4>) -> ()
  // CHECK-NEXT: ( 2, 0.25 )
  // CHECK-NEXT: 2

  // reset forgets the records and the rejected count.
  %hr = call @reset(%he) : (!altgrad.history<4>) -> !altgrad.history<4>
  call @report(%hr) : (!altgrad.history<4>) -> ()
  // CHECK-NEXT: ( 1, 1 )
  // CHECK-NEXT: 0

  // An empty batch on an empty history: still nothing recorded, amax 1.0.
  %hre = call @step(%hr, %e) : (!altgrad.history<4>, tensor<?xf32>) -> !altgrad.history<4>
  call @report(%hre) : (!altgrad.history<4>) -> ()
  // CHECK-NEXT: ( 1, 1 )
  // CHECK-NEXT: 0

  // All zeros (one -0) record 0: amax 0, and the E5M2 scale 0 / 57344
  // clamps to scale_min, f32(1e-10) = 0x2EDBE6FF = 786163455.
  %z_s = arith.constant dense<[0.0, -0.0, 0.0, 0.0]> : tensor<4xf32>
  %z = tensor.cast %z_s : tensor<4xf32> to tensor<?xf32>
  %hz = call @step(%hr, %z) : (!altgrad.history<4>, tensor<?xf32>) -> !altgrad.history<4>
  call @report(%hz) : (!altgrad.history<4>) -> ()
  %sz = call @scale_E5M2(%hz) : (!altgrad.history<4>) -> f32
  vector.print %sz : f32
  %szb = arith.bitcast %sz : f32 to i32
  vector.print %szb : i32
  // CHECK-NEXT: ( 0, 0 )
  // CHECK-NEXT: 0
  // CHECK-NEXT: 1e-10
  // CHECK-NEXT: 786163455

  // The empty history's scale: amax 1.0, 1 / 57344 = 0x37924925
  // (= 932333861, see scale.mlir for the arithmetic).
  %s0 = call @scale_E5M2(%hr) : (!altgrad.history<4>) -> f32
  %s0b = arith.bitcast %s0 : f32 to i32
  vector.print %s0b : i32
  // CHECK-NEXT: 932333861

  // A scalar update is an amax reduced elsewhere: |-7| = 7; then -0 records
  // 0 and NaN is rejected.
  %m7 = arith.constant -7.0 : f32
  %mz = arith.constant -0.0 : f32
  %mn = arith.constant 0x7FC00000 : f32
  %hs1 = call @step_scalar(%hr, %m7) : (!altgrad.history<4>, f32) -> !altgrad.history<4>
  %hs2 = call @step_scalar(%hs1, %mz) : (!altgrad.history<4>, f32) -> !altgrad.history<4>
  %hs3 = call @step_scalar(%hs2, %mn) : (!altgrad.history<4>, f32) -> !altgrad.history<4>
  call @report(%hs3) : (!altgrad.history<4>) -> ()
  // records [7, 0]: max 7, newest 0, rejected 1.
  // CHECK-NEXT: ( 7, 0 )
  // CHECK-NEXT: 1

  // f16 and bf16 batches: [-2.5, 1, 0.5] in f16 -> amax 2.5; then a bf16
  // vector [1, -3, 2] -> 3; then a bf16 vector with -Inf -> rejected.
  %x16 = arith.constant dense<[-2.5, 1.0, 0.5]> : tensor<3xf16>
  %hf1 = call @step_f16(%hr, %x16) : (!altgrad.history<4>, tensor<3xf16>) -> !altgrad.history<4>
  %xb = arith.constant dense<[1.0, -3.0, 2.0]> : vector<3xbf16>
  %hf2 = call @step_bf16(%hf1, %xb) : (!altgrad.history<4>, vector<3xbf16>) -> !altgrad.history<4>
  %xbi = arith.constant dense<[1.0, 0xFF80, 2.0]> : vector<3xbf16>
  %hf3 = call @step_bf16(%hf2, %xbi) : (!altgrad.history<4>, vector<3xbf16>) -> !altgrad.history<4>
  call @report(%hf3) : (!altgrad.history<4>) -> ()
  // records [2.5, 3]: max 3, newest 3, rejected 1.
  // CHECK-NEXT: ( 3, 3 )
  // CHECK-NEXT: 1

  // Delayed scaling in E3M4: history with the amax 31 recorded gives the
  // scale 31 / 15.5 = 2; the next batch [3, -31, 40, 1] / 2 =
  // [1.5, -15.5, 20, 0.5] quantizes to
  //  1.5 = (1 + 8/16) * 2^0: e=3, m=8 -> 0x38 = 56
  //  -15.5 -> 0x80|0x6F = 239;  20 > 15.5 -> saturate 111
  //  0.5 = 2^-1: e=2, m=0 -> 0x20 = 32
  %c31 = arith.constant 31.0 : f32
  %hd = call @step_scalar(%hr, %c31) : (!altgrad.history<4>, f32) -> !altgrad.history<4>
  %nx = arith.constant dense<[3.0, -31.0, 40.0, 1.0]> : tensor<4xf32>
  %sd, %qd = call @delayed_E3M4(%hd, %nx) : (!altgrad.history<4>, tensor<4xf32>) -> (f32, tensor<4x!altgrad.fp<E3M4>>)
  vector.print %sd : f32
  %qdi = builtin.unrealized_conversion_cast %qd : tensor<4x!altgrad.fp<E3M4>> to tensor<4xi8>
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0 : i8
  %qv = vector.transfer_read %qdi[%c0], %pad : tensor<4xi8>, vector<4xi8>
  %qw = arith.extui %qv : vector<4xi8> to vector<4xi32>
  vector.print %qw : vector<4xi32>
  // CHECK-NEXT: 2
  // CHECK-NEXT: ( 56, 239, 111, 32 )

  // A constant history state: records [1, 4] (oldest first), 2 rejected.
  %hc = altgrad.constant #altgrad.history<records = [1.0, 4.0], rejected = 2> : !altgrad.history<4>
  call @report(%hc) : (!altgrad.history<4>) -> ()
  // CHECK-NEXT: ( 4, 4 )
  // CHECK-NEXT: 2
  %hc2 = call @step_scalar(%hc, %mz) : (!altgrad.history<4>, f32) -> !altgrad.history<4>
  call @report(%hc2) : (!altgrad.history<4>) -> ()
  // then -0 records 0: [1, 4, 0]: max 4, newest 0.
  // CHECK-NEXT: ( 4, 0 )
  // CHECK-NEXT: 2
  return
}
