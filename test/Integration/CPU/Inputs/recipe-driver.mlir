// Spliced into the module altgrad-apply-recipe makes of recipe-step.mlir
// (see ../recipe-step.test): the same step written by hand with altgrad ops
// from docs/spec.md section 9 (hybrid formats, delayed scaling, histories of
// 16, the amax rule max) and the stall probe of section 6, and a driver that
// runs both for three steps and compares every result bit for bit.

// The results in docs/recipes.md's order: the step's own, the four sites'
// new histories, each site's amax, scale and rejected count, the probe of
// params/w and the sums over probes.
func.func @step_hand(%w: tensor<8x3xf32>, %x: tensor<4x8xf32>,
                     %t: tensor<4x3xf32>, %lr: f32,
                     %hx: !altgrad.history<16>, %hw: !altgrad.history<16>,
                     %hxt: !altgrad.history<16>, %hdy: !altgrad.history<16>)
    -> (tensor<8x3xf32>, tensor<4x3xf32>,
        !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>,
        f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64,
        i64, i64, i64, i64) {
  // Each site: scale = compute_scale(H.amax(), F) with the history as it
  // came in, the operand fake-quantized with it, then H.update(x).
  %rx = altgrad.history.amax %hx : !altgrad.history<16>
  %sx = altgrad.compute_scale %rx format(f8E4M3FN)
  %xq = altgrad.fake_quantize %x, %sx format(f8E4M3FN) : tensor<4x8xf32>
  %hx1 = altgrad.history.update %hx, %x : !altgrad.history<16>, tensor<4x8xf32>
  %ax = altgrad.amax %x : tensor<4x8xf32>
  %jx = altgrad.history.rejected %hx1 : !altgrad.history<16>

  %rw = altgrad.history.amax %hw : !altgrad.history<16>
  %sw = altgrad.compute_scale %rw format(f8E4M3FN)
  %wq = altgrad.fake_quantize %w, %sw format(f8E4M3FN) : tensor<8x3xf32>
  %hw1 = altgrad.history.update %hw, %w : !altgrad.history<16>, tensor<8x3xf32>
  %aw = altgrad.amax %w : tensor<8x3xf32>
  %jw = altgrad.history.rejected %hw1 : !altgrad.history<16>

  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x3xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %y = linalg.matmul ins(%xq, %wq : tensor<4x8xf32>, tensor<8x3xf32>)
      outs(%acc : tensor<4x3xf32>) -> tensor<4x3xf32>
  %dy = arith.subf %y, %t : tensor<4x3xf32>
  %et = tensor.empty() : tensor<8x4xf32>
  %xt = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%et : tensor<8x4xf32>)
      permutation = [1, 0]

  // x^T is a forward value (E4M3FN), dy a gradient (E5M2).
  %rxt = altgrad.history.amax %hxt : !altgrad.history<16>
  %sxt = altgrad.compute_scale %rxt format(f8E4M3FN)
  %xtq = altgrad.fake_quantize %xt, %sxt format(f8E4M3FN) : tensor<8x4xf32>
  %hxt1 = altgrad.history.update %hxt, %xt : !altgrad.history<16>, tensor<8x4xf32>
  %axt = altgrad.amax %xt : tensor<8x4xf32>
  %jxt = altgrad.history.rejected %hxt1 : !altgrad.history<16>

  %rdy = altgrad.history.amax %hdy : !altgrad.history<16>
  %sdy = altgrad.compute_scale %rdy format(f8E5M2)
  %dyq = altgrad.fake_quantize %dy, %sdy format(f8E5M2) : tensor<4x3xf32>
  %hdy1 = altgrad.history.update %hdy, %dy : !altgrad.history<16>, tensor<4x3xf32>
  %ady = altgrad.amax %dy : tensor<4x3xf32>
  %jdy = altgrad.history.rejected %hdy1 : !altgrad.history<16>

  %ew = tensor.empty() : tensor<8x3xf32>
  %accw = linalg.fill ins(%zero : f32) outs(%ew : tensor<8x3xf32>) -> tensor<8x3xf32>
  %dw = linalg.matmul ins(%xtq, %dyq : tensor<8x4xf32>, tensor<4x3xf32>)
      outs(%accw : tensor<8x3xf32>) -> tensor<8x3xf32>
  %lrs = tensor.splat %lr : tensor<8x3xf32>
  %u = arith.mulf %lrs, %dw : tensor<8x3xf32>
  %w_new = arith.subf %w, %u : tensor<8x3xf32>

  // The probe: w against w_new in E4M3FN, scaled from w's amax.
  %pw = altgrad.compute_scale %aw format(f8E4M3FN)
  %st, %tot = altgrad.update_stall_count %w, %w_new, %pw format(f8E4M3FN) : tensor<8x3xf32>
  return %w_new, %y, %hx1, %hw1, %hxt1, %hdy1,
         %ax, %sx, %jx, %aw, %sw, %jw, %axt, %sxt, %jxt, %ady, %sdy, %jdy,
         %st, %tot, %st, %tot
      : tensor<8x3xf32>, tensor<4x3xf32>,
        !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>,
        f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64,
        i64, i64, i64, i64
}

// How many elements differ in their bits.
func.func @differ(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>) -> i64 {
  %ai = arith.bitcast %a : tensor<?x?xf32> to tensor<?x?xi32>
  %bi = arith.bitcast %b : tensor<?x?xf32> to tensor<?x?xi32>
  %ne = arith.cmpi ne, %ai, %bi : tensor<?x?xi32>
  %n = arith.extui %ne : tensor<?x?xi1> to tensor<?x?xi64>
  %zero = arith.constant 0 : i64
  %init = tensor.from_elements %zero : tensor<i64>
  %sum = linalg.reduce ins(%n : tensor<?x?xi64>) outs(%init : tensor<i64>) dimensions = [0, 1]
    (%in: i64, %s: i64) {
      %next = arith.addi %in, %s : i64
      linalg.yield %next : i64
    }
  %r = tensor.extract %sum[] : tensor<i64>
  return %r : i64
}
func.func @differ_f32(%a: f32, %b: f32) -> i64 {
  %ai = arith.bitcast %a : f32 to i32
  %bi = arith.bitcast %b : f32 to i32
  %ne = arith.cmpi ne, %ai, %bi : i32
  %n = arith.extui %ne : i1 to i64
  return %n : i64
}
func.func @differ_i64(%a: i64, %b: i64) -> i64 {
  %ne = arith.cmpi ne, %a, %b : i64
  %n = arith.extui %ne : i1 to i64
  return %n : i64
}
func.func @differ_history(%a: !altgrad.history<16>, %b: !altgrad.history<16>) -> i64 {
  %am = altgrad.history.amax %a : !altgrad.history<16>
  %bm = altgrad.history.amax %b : !altgrad.history<16>
  %ar = altgrad.history.amax %a policy<most_recent> : !altgrad.history<16>
  %br = altgrad.history.amax %b policy<most_recent> : !altgrad.history<16>
  %aj = altgrad.history.rejected %a : !altgrad.history<16>
  %bj = altgrad.history.rejected %b : !altgrad.history<16>
  %d0 = func.call @differ_f32(%am, %bm) : (f32, f32) -> i64
  %d1 = func.call @differ_f32(%ar, %br) : (f32, f32) -> i64
  %d2 = func.call @differ_i64(%aj, %bj) : (i64, i64) -> i64
  %s0 = arith.addi %d0, %d1 : i64
  %s1 = arith.addi %s0, %d2 : i64
  return %s1 : i64
}

func.func @main() {
  %w0 = arith.constant dense<[[0.5, -0.25, 0.125], [-0.75, 0.3, 0.2], [0.1, 0.6, -0.4],
                              [0.05, -0.15, 0.7], [-0.33, 0.44, -0.55], [0.66, -0.07, 0.01],
                              [0.2, 0.2, -0.2], [-0.6, 0.35, 0.45]]> : tensor<8x3xf32>
  %x = arith.constant dense<[[1.0, -2.0, 0.5, 3.0, -0.25, 0.125, 1.5, -1.0],
                             [0.3, 0.7, -1.1, 2.2, -2.9, 0.01, 0.4, 1.9],
                             [-1.3, 0.2, 2.5, -0.6, 0.9, -1.7, 0.05, 0.8],
                             [2.1, -0.4, -0.3, 1.2, 0.6, 2.7, -2.2, -0.15]]> : tensor<4x8xf32>
  %t = arith.constant dense<[[1.0, 0.0, -1.0], [0.5, -0.5, 2.0], [-2.0, 1.0, 0.25], [0.0, 1.5, -0.75]]> : tensor<4x3xf32>
  %lr = arith.constant 0.05 : f32
  %h = altgrad.history.empty : !altgrad.history<16>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %wa_end, %wb_end, %ha_end, %hb_end = scf.for %i = %c0 to %c3 step %c1
      iter_args(%wa = %w0, %wb = %w0, %ha = %h, %hb = %h)
      -> (tensor<8x3xf32>, tensor<8x3xf32>, !altgrad.history<16>, !altgrad.history<16>) {
    // The transformed step and the hand-written one, each carrying its own
    // state (here only the forward input's history is carried across
    // steps, the others start empty each step, for both alike).
    %a:22 = func.call @step(%wa, %x, %t, %lr, %ha, %h, %h, %h)
        : (tensor<8x3xf32>, tensor<4x8xf32>, tensor<4x3xf32>, f32,
           !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>)
        -> (tensor<8x3xf32>, tensor<4x3xf32>,
            !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>,
            f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64,
            i64, i64, i64, i64)
    %b:22 = func.call @step_hand(%wb, %x, %t, %lr, %hb, %h, %h, %h)
        : (tensor<8x3xf32>, tensor<4x8xf32>, tensor<4x3xf32>, f32,
           !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>)
        -> (tensor<8x3xf32>, tensor<4x3xf32>,
            !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>,
            f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64,
            i64, i64, i64, i64)
    %wad = tensor.cast %a#0 : tensor<8x3xf32> to tensor<?x?xf32>
    %wbd = tensor.cast %b#0 : tensor<8x3xf32> to tensor<?x?xf32>
    %yad = tensor.cast %a#1 : tensor<4x3xf32> to tensor<?x?xf32>
    %ybd = tensor.cast %b#1 : tensor<4x3xf32> to tensor<?x?xf32>
    %dw = func.call @differ(%wad, %wbd) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i64
    %dy = func.call @differ(%yad, %ybd) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i64
    %dh0 = func.call @differ_history(%a#2, %b#2) : (!altgrad.history<16>, !altgrad.history<16>) -> i64
    %dh1 = func.call @differ_history(%a#3, %b#3) : (!altgrad.history<16>, !altgrad.history<16>) -> i64
    %dh2 = func.call @differ_history(%a#4, %b#4) : (!altgrad.history<16>, !altgrad.history<16>) -> i64
    %dh3 = func.call @differ_history(%a#5, %b#5) : (!altgrad.history<16>, !altgrad.history<16>) -> i64
    %d6 = func.call @differ_f32(%a#6, %b#6) : (f32, f32) -> i64
    %d7 = func.call @differ_f32(%a#7, %b#7) : (f32, f32) -> i64
    %d8 = func.call @differ_i64(%a#8, %b#8) : (i64, i64) -> i64
    %d9 = func.call @differ_f32(%a#9, %b#9) : (f32, f32) -> i64
    %d10 = func.call @differ_f32(%a#10, %b#10) : (f32, f32) -> i64
    %d11 = func.call @differ_i64(%a#11, %b#11) : (i64, i64) -> i64
    %d12 = func.call @differ_f32(%a#12, %b#12) : (f32, f32) -> i64
    %d13 = func.call @differ_f32(%a#13, %b#13) : (f32, f32) -> i64
    %d14 = func.call @differ_i64(%a#14, %b#14) : (i64, i64) -> i64
    %d15 = func.call @differ_f32(%a#15, %b#15) : (f32, f32) -> i64
    %d16 = func.call @differ_f32(%a#16, %b#16) : (f32, f32) -> i64
    %d17 = func.call @differ_i64(%a#17, %b#17) : (i64, i64) -> i64
    %d18 = func.call @differ_i64(%a#18, %b#18) : (i64, i64) -> i64
    %d19 = func.call @differ_i64(%a#19, %b#19) : (i64, i64) -> i64
    %d20 = func.call @differ_i64(%a#20, %b#20) : (i64, i64) -> i64
    %d21 = func.call @differ_i64(%a#21, %b#21) : (i64, i64) -> i64
    %all = vector.from_elements %dw, %dy, %dh0, %dh1, %dh2, %dh3, %d6, %d7, %d8, %d9,
        %d10, %d11, %d12, %d13, %d14, %d15, %d16, %d17, %d18, %d19, %d20, %d21 : vector<22xi64>
    %mismatches = vector.reduction <add>, %all : vector<22xi64> into i64
    vector.print %mismatches : i64
    // What the recipe did, so that the equality is not vacuous: the x
    // site's scale and the stall counts of the 24 weights.
    vector.print %a#7 : f32
    %counts = vector.from_elements %a#18, %a#19 : vector<2xi64>
    vector.print %counts : vector<2xi64>
    scf.yield %a#0, %b#0, %a#2, %b#2
        : tensor<8x3xf32>, tensor<8x3xf32>, !altgrad.history<16>, !altgrad.history<16>
  }
  // Quantization changes the numbers: x w0 in f32 differs from the first
  // step's y (x saturated at 448 * (1 / 448) = 1.0 by the empty history's
  // scale, w0 rounded to E4M3FN) in every one of its 12 elements.
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x3xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %y32 = linalg.matmul ins(%x, %w0 : tensor<4x8xf32>, tensor<8x3xf32>)
      outs(%acc : tensor<4x3xf32>) -> tensor<4x3xf32>
  %h16 = altgrad.history.empty : !altgrad.history<16>
  %first:22 = func.call @step(%w0, %x, %t, %lr, %h16, %h16, %h16, %h16)
      : (tensor<8x3xf32>, tensor<4x8xf32>, tensor<4x3xf32>, f32,
         !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>)
      -> (tensor<8x3xf32>, tensor<4x3xf32>,
          !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>,
          f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64,
          i64, i64, i64, i64)
  %y32d = tensor.cast %y32 : tensor<4x3xf32> to tensor<?x?xf32>
  %y8d = tensor.cast %first#1 : tensor<4x3xf32> to tensor<?x?xf32>
  %changed = func.call @differ(%y32d, %y8d) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i64
  vector.print %changed : i64
  return
}
}
