// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// Bit-stall counting (docs/spec.md section 5) executed on the CPU:
//   u = -(lr * g), w2 = w + u; stalled where fake_quantize(w) ==
//   fake_quantize(w2) (+0 == -0, NaN equals nothing) and |g| > threshold.
// Inputs are function arguments (nothing folds). Each count prints as
// "( stalled, total )"; rates print as f32. Expected counts are worked out
// element by element in the comments (scale 1: fake_quantize rounds to the
// nearest format value; "sp" is the format's spacing at the value).

func.func @show(%n: i64, %m: i64) {
  %v = vector.from_elements %n, %m : vector<2xi64>
  vector.print %v : vector<2xi64>
  return
}
// stalled / total, 0 when total is 0 (docs/spec.md section 5).
func.func @rate(%n: i64, %m: i64) -> f32 {
  %zero = arith.constant 0 : i64
  %fz = arith.constant 0.0 : f32
  %none = arith.cmpi eq, %m, %zero : i64
  %a = arith.uitofp %n : i64 to f32
  %b = arith.uitofp %m : i64 to f32
  %r = arith.divf %a, %b : f32
  %s = arith.select %none, %fz, %r : f32
  return %s : f32
}
func.func @stall_E0M7(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E0M7>) : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_E1M6(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E1M6>) : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_E3M4(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E3M4>) : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_E5M2(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_E7M0(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_E4M3FN(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E4M3FN>) : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_f8E5M2(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(f8E5M2) : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_E5M2_th(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) {threshold = 0.5 : f32} : tensor<?xf32>
  return %n, %m : i64, i64
}
func.func @stall_vec_E5M2(%w: vector<4xf32>, %g: vector<4xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : vector<4xf32>
  return %n, %m : i64, i64
}
// Accumulates the counts of one stall_count per learning rate.
func.func @accumulate(%w: tensor<?xf32>, %g: tensor<?xf32>, %lrs: tensor<?xf32>, %s: f32) -> (i64, i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i64
  %steps = tensor.dim %lrs, %c0 : tensor<?xf32>
  %r:2 = scf.for %i = %c0 to %steps step %c1 iter_args(%sn = %zero, %sm = %zero) -> (i64, i64) {
    %lr = tensor.extract %lrs[%i] : tensor<?xf32>
    %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : tensor<?xf32>
    func.call @show(%n, %m) : (i64, i64) -> ()
    %an = arith.addi %sn, %n : i64
    %am = arith.addi %sm, %m : i64
    scf.yield %an, %am : i64, i64
  }
  return %r#0, %r#1 : i64, i64
}

func.func @main() {
  %one = arith.constant 1.0 : f32

  // ---- One weight w = 0.5 (a value of every format) and eight gradients,
  // lr = 1, so w2 = 0.5 - g:
  //   g:  -0.003  -0.01  -0.02  -0.05  -0.1  -0.2  0.3   0
  //   w2:  0.503   0.51   0.52   0.55   0.6   0.7  0.2   0.5
  // g = 0 is never counted (|g| > 1e-10 fails); w2 = 0.2 always moves.
  //  E0M7 (sp 1/128 = 0.0078125): 0.503*128 = 64.38 -> 64 stalls;
  //       0.51 -> 65.28 -> 65 moves; the rest move.              1 of 8
  //  E1M6 (sp 1/32): 0.503 -> 16.10, 0.51 -> 16.32 stall; 0.52 -> 16.64
  //       -> 17 moves.                                             2 of 8
  //  E3M4 (sp 1/32 on [0.5, 1)): 0.503 (0.10 sp), 0.51 (0.32 sp) stall;
  //       0.52 (0.64 sp) moves.                                    2 of 8
  //  E5M2 (sp 1/8 on [0.5, 1)): 0.503, 0.51, 0.52, 0.55 (0.4 sp) stall;
  //       0.6 (0.8 sp) moves.                                      4 of 8
  //  E7M0 (neighbours 0.25, 1; boundaries 0.375, 0.75): 0.503 ... 0.7
  //       stay at 0.5 (6 stall); 0.2 (> 0.1875) -> 0.25 moves.     6 of 8
  //  E4M3FN (sp 1/16 on [0.5, 1)): 0.503, 0.51, 0.52 (0.32 sp) stall;
  //       0.55 (0.8 sp) moves.                                     3 of 8
  //  f8E5M2 = E5M2                                                 4 of 8
  %w8_s = arith.constant dense<0.5> : tensor<8xf32>
  %w8 = tensor.cast %w8_s : tensor<8xf32> to tensor<?xf32>
  %g8_s = arith.constant dense<[-0.003, -0.01, -0.02, -0.05, -0.1, -0.2, 0.3, 0.0]> : tensor<8xf32>
  %g8 = tensor.cast %g8_s : tensor<8xf32> to tensor<?xf32>
  %a0, %b0 = call @stall_E0M7(%w8, %g8, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%a0, %b0) : (i64, i64) -> ()
  %a1, %b1 = call @stall_E1M6(%w8, %g8, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%a1, %b1) : (i64, i64) -> ()
  %a2, %b2 = call @stall_E3M4(%w8, %g8, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%a2, %b2) : (i64, i64) -> ()
  %a3, %b3 = call @stall_E5M2(%w8, %g8, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%a3, %b3) : (i64, i64) -> ()
  %a4, %b4 = call @stall_E7M0(%w8, %g8, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%a4, %b4) : (i64, i64) -> ()
  %a5, %b5 = call @stall_E4M3FN(%w8, %g8, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%a5, %b5) : (i64, i64) -> ()
  %a6, %b6 = call @stall_f8E5M2(%w8, %g8, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%a6, %b6) : (i64, i64) -> ()
  // CHECK: ( 1, 8 )
  // CHECK-NEXT: ( 2, 8 )
  // CHECK-NEXT: ( 2, 8 )
  // CHECK-NEXT: ( 4, 8 )
  // CHECK-NEXT: ( 6, 8 )
  // CHECK-NEXT: ( 3, 8 )
  // CHECK-NEXT: ( 4, 8 )

  // ---- Small gradients stall, large ones do not (E5M2, w = 1, lr = 1;
  // around 1 the spacing is 1/8 below and 1/4 above).
  //  g = 0.01 -> 0.99 -> 1 stall;  -0.01 -> 1.01 -> 1 stall;
  //  0.1 -> 0.9: |0.9 - 0.875| < |1 - 0.9| -> 0.875 moves;
  //  1e-3 -> 0.999 -> 1 stall.                                     3 of 4
  %w4_s = arith.constant dense<1.0> : tensor<4xf32>
  %w4 = tensor.cast %w4_s : tensor<4xf32> to tensor<?xf32>
  %gs_s = arith.constant dense<[0.01, -0.01, 0.1, 1.0e-3]> : tensor<4xf32>
  %gs = tensor.cast %gs_s : tensor<4xf32> to tensor<?xf32>
  %c0, %d0 = call @stall_E5M2(%w4, %gs, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%c0, %d0) : (i64, i64) -> ()
  // CHECK-NEXT: ( 3, 4 )
  //  g = 1, -1, 0.5, -2 -> w2 = 0, 2, 0.5, 3: all move.           0 of 4
  %gl_s = arith.constant dense<[1.0, -1.0, 0.5, -2.0]> : tensor<4xf32>
  %gl = tensor.cast %gl_s : tensor<4xf32> to tensor<?xf32>
  %c1, %d1 = call @stall_E5M2(%w4, %gl, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%c1, %d1) : (i64, i64) -> ()
  // CHECK-NEXT: ( 0, 4 )

  // ---- A weight on a representable value stalls when its update is below
  // half the spacing there (E3M4, w = 1: spacing 1/16 above, 1/32 below).
  //  g = -0.03  -> w2 = 1.03 (f32 1.02999997) < 1 + 1/32 = 1.03125 -> 1 stall
  //  g = -0.032 -> w2 = 1.032 > 1.03125 -> 1.0625 moves
  //  g = 0.015  -> w2 = 0.985 > 1 - 1/64 = 0.984375 -> 1 stall
  //  g = 0.016  -> w2 = 0.984 < 0.984375 -> 0.96875 moves         2 of 4
  %gh_s = arith.constant dense<[-0.03, -0.032, 0.015, 0.016]> : tensor<4xf32>
  %gh = tensor.cast %gh_s : tensor<4xf32> to tensor<?xf32>
  %c2, %d2 = call @stall_E3M4(%w4, %gh, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%c2, %d2) : (i64, i64) -> ()
  // CHECK-NEXT: ( 2, 4 )

  // ---- The gradient threshold 1e-10 (E5M2, w = 1, lr = 1): g = 0, 1e-11,
  // -0 are not counted although w does not move; 2e-10 is.        1 of 4
  %gt_s = arith.constant dense<[0.0, 1.0e-11, 2.0e-10, -0.0]> : tensor<4xf32>
  %gt = tensor.cast %gt_s : tensor<4xf32> to tensor<?xf32>
  %c3, %d3 = call @stall_E5M2(%w4, %gt, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%c3, %d3) : (i64, i64) -> ()
  // CHECK-NEXT: ( 1, 4 )
  // threshold = 0.5, w = 1, lr = 1e-3 (w2 rounds back to 1 for all):
  // |g| = 0.3, 0.6, 0.7, 0.5 -> only 0.6 and 0.7 are > 0.5.        2 of 4
  %lr3 = arith.constant 1.0e-3 : f32
  %gth_s = arith.constant dense<[0.3, 0.6, -0.7, 0.5]> : tensor<4xf32>
  %gth = tensor.cast %gth_s : tensor<4xf32> to tensor<?xf32>
  %c4, %d4 = call @stall_E5M2_th(%w4, %gth, %lr3, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%c4, %d4) : (i64, i64) -> ()
  // CHECK-NEXT: ( 2, 4 )

  // ---- Zeros and NaN (E5M2, lr = 1):
  //  w = 0, g = 1e-9: w2 = -1e-9 -> fake_quantize -0; +0 == -0: stall
  //  w = NaN, g = 0.01: NaN equals nothing: no stall
  //  w = 1, g = NaN: |NaN| > 1e-10 is false: no stall
  //  w = 1, g = 0.01: stall                                        2 of 4
  %wn_s = arith.constant dense<[0.0, 0x7FC00000, 1.0, 1.0]> : tensor<4xf32>
  %wn = tensor.cast %wn_s : tensor<4xf32> to tensor<?xf32>
  %gn_s = arith.constant dense<[1.0e-9, 0.01, 0x7FC00000, 0.01]> : tensor<4xf32>
  %gn = tensor.cast %gn_s : tensor<4xf32> to tensor<?xf32>
  %c5, %d5 = call @stall_E5M2(%wn, %gn, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%c5, %d5) : (i64, i64) -> ()
  // CHECK-NEXT: ( 2, 4 )

  // ---- E7M0 on ordinary updates: 16 weights, lr = 0.1, w2 = w - 0.1 g:
  //   #   w       g      w2      E7M0          E5M2              E4M3FN             E3M4
  //   1   0.37    0.5    0.32    .25 .25 S     .375 .3125        .375 .3125         24/64 20/64
  //   2  -0.82   -1.2   -0.70    1 .5          .875 .75          .8125 .6875        26/32 22/32
  //   3   1.3     0.8    1.22    1 1 S         1.25 1.25 S       1.25 1.25 S        21/16 20/16
  //   4   0.05    0.3    0.02    .0625 .0156   .0469 .0195       13/256 10/512      3/64 1/64
  //   5  -0.6    -0.7   -0.53    .5 .5 S       .625 .5           .625 .5            19/32 17/32
  //   6   2.2     1.5    2.05    2 2 S         2 2 S             2.25 2             18/8 16/8
  //   7   0.9    -0.4    0.94    1 1 S         .875 1            .875 .9375         29/32 30/32
  //   8  -1.1     0.9   -1.19    1 1 S         1 1.25            1.125 1.25         18/16 19/16
  //   9   0.26   -1.1    0.37    .25 .25 S     .25 .375          8/32 12/32         17/64 24/64
  //  10  -0.45    0.6   -0.51    .5 .5 S       .4375 .5          .4375 .5           29/64 16/32
  //  11   3.1    -2.0    3.3     4 4 S         3 3.5             3 3.25             25/8 26/8
  //  12   0.748  -0.5    0.798   .5 1          .75 .75 S         .75 .8125          24/32 26/32
  //  13  -0.19    1.3   -0.32    .25 .25 S     .1875 .3125       .1875 .3125        12/64 20/64
  //  14   1.6    -0.8    1.68    2 2 S         1.5 1.75          1.625 1.625 S      26/16 27/16
  //  15  -2.7     0.45  -2.745   2 2 S         2.5 2.5 S         2.75 2.75 S        22/8 22/8 S
  //  16   0.12   -0.25   0.145   .125 .125 S   .125 .15625       15/128 9/64        8/64 9/64
  // (E7M0 rounds to the nearest power of two: boundaries at 1.5 * 2^k.)
  // Stalled: E7M0 13 of 16 (rate 0.8125), E5M2 4 (0.25), E4M3FN 3 (0.1875),
  // E3M4 1 (0.0625).
  %wo_s = arith.constant dense<[0.37, -0.82, 1.3, 0.05, -0.6, 2.2, 0.9, -1.1, 0.26, -0.45, 3.1, 0.748, -0.19, 1.6, -2.7, 0.12]> : tensor<16xf32>
  %wo = tensor.cast %wo_s : tensor<16xf32> to tensor<?xf32>
  %go_s = arith.constant dense<[0.5, -1.2, 0.8, 0.3, -0.7, 1.5, -0.4, 0.9, -1.1, 0.6, -2.0, -0.5, 1.3, -0.8, 0.45, -0.25]> : tensor<16xf32>
  %go = tensor.cast %go_s : tensor<16xf32> to tensor<?xf32>
  %lr1 = arith.constant 0.1 : f32
  %e0, %f0 = call @stall_E7M0(%wo, %go, %lr1, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  %e1, %f1 = call @stall_E5M2(%wo, %go, %lr1, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  %e2, %f2 = call @stall_E4M3FN(%wo, %go, %lr1, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  %e3, %f3 = call @stall_E3M4(%wo, %go, %lr1, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%e0, %f0) : (i64, i64) -> ()
  call @show(%e1, %f1) : (i64, i64) -> ()
  call @show(%e2, %f2) : (i64, i64) -> ()
  call @show(%e3, %f3) : (i64, i64) -> ()
  %r0 = call @rate(%e0, %f0) : (i64, i64) -> f32
  %r1 = call @rate(%e1, %f1) : (i64, i64) -> f32
  %r2 = call @rate(%e2, %f2) : (i64, i64) -> f32
  %r3 = call @rate(%e3, %f3) : (i64, i64) -> f32
  %rates = vector.from_elements %r0, %r1, %r2, %r3 : vector<4xf32>
  vector.print %rates : vector<4xf32>
  // CHECK-NEXT: ( 13, 16 )
  // CHECK-NEXT: ( 4, 16 )
  // CHECK-NEXT: ( 3, 16 )
  // CHECK-NEXT: ( 1, 16 )
  // CHECK-NEXT: ( 0.8125, 0.25, 0.1875, 0.0625 )

  // ---- Counts add up over steps (E5M2, w = 1, g = [0.5, -0.5, 1, -1]):
  //  lr = 1e-3: updates <= 1e-3 -> all 4 stall                    ( 4, 4 )
  //  lr = 1:    w2 = 0.5, 1.5, 0, 2 -> all move                   ( 0, 4 )
  //  lr = 0.1:  w2 = 0.95 -> 1 S, 1.05 -> 1 S, 0.9 -> 0.875, 1.1 -> 1 S
  //                                                                ( 3, 4 )
  //  total ( 7, 12 ), rate 7/12 = 0.583333
  %ga_s = arith.constant dense<[0.5, -0.5, 1.0, -1.0]> : tensor<4xf32>
  %ga = tensor.cast %ga_s : tensor<4xf32> to tensor<?xf32>
  %lrs_s = arith.constant dense<[1.0e-3, 1.0, 0.1]> : tensor<3xf32>
  %lrs = tensor.cast %lrs_s : tensor<3xf32> to tensor<?xf32>
  %tn, %tm = call @accumulate(%w4, %ga, %lrs, %one) : (tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, f32) -> (i64, i64)
  call @show(%tn, %tm) : (i64, i64) -> ()
  %tr = call @rate(%tn, %tm) : (i64, i64) -> f32
  vector.print %tr : f32
  // CHECK-NEXT: ( 4, 4 )
  // CHECK-NEXT: ( 0, 4 )
  // CHECK-NEXT: ( 3, 4 )
  // CHECK-NEXT: ( 7, 12 )
  // CHECK-NEXT: 0.583333

  // ---- An empty tensor: ( 0, 0 ), rate 0.
  %em = tensor.empty() : tensor<0xf32>
  %emd = tensor.cast %em : tensor<0xf32> to tensor<?xf32>
  %z0, %z1 = call @stall_E7M0(%emd, %emd, %one, %one) : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
  call @show(%z0, %z1) : (i64, i64) -> ()
  %zr = call @rate(%z0, %z1) : (i64, i64) -> f32
  vector.print %zr : f32
  // CHECK-NEXT: ( 0, 0 )
  // CHECK-NEXT: 0

  // ---- The vector form: the small-gradient case above.            ( 3, 4 )
  %wv = arith.constant dense<1.0> : vector<4xf32>
  %gv = arith.constant dense<[0.01, -0.01, 0.1, 1.0e-3]> : vector<4xf32>
  %v0, %v1 = call @stall_vec_E5M2(%wv, %gv, %one, %one) : (vector<4xf32>, vector<4xf32>, f32, f32) -> (i64, i64)
  call @show(%v0, %v1) : (i64, i64) -> ()
  // CHECK-NEXT: ( 3, 4 )
  return
}
