// Delayed scaling and bit-stall on constants. Every altgrad op folds when its
// operands are constants, with the numbers of docs/spec.md, so
// `altgrad-opt -canonicalize` turns this file into the results.

// One training step with delayed scaling to E5M2.
func.func @delayed_scaling() -> (!altgrad.history<4>, f32, i64, f32,
                                 tensor<4x!altgrad.fp<E5M2>>, tensor<4xf32>) {
  // Three batches go through an amax history that keeps 4 records. The
  // second holds a NaN: it records nothing and counts as rejected, so one
  // bad batch cannot poison the scale.
  %b1 = arith.constant dense<[0.5, -3.0, 1.0, 0.25]> : tensor<4xf32>
  %b2 = arith.constant dense<[1.0, 0x7FC00000, 2.0, 0.0]> : tensor<4xf32>
  %b3 = arith.constant dense<[-1.5, 1.0, 2.0, 0.5]> : tensor<4xf32>
  %h0 = altgrad.history.empty : !altgrad.history<4>
  %h1 = altgrad.history.update %h0, %b1 : !altgrad.history<4>, tensor<4xf32>
  %h2 = altgrad.history.update %h1, %b2 : !altgrad.history<4>, tensor<4xf32>
  %h3 = altgrad.history.update %h2, %b3 : !altgrad.history<4>, tensor<4xf32>

  // The largest recorded amax, 3.0, sets the scale: 3 / 57344, E5M2's
  // largest finite value.
  %amax = altgrad.history.amax %h3 : !altgrad.history<4>
  %rejected = altgrad.history.rejected %h3 : !altgrad.history<4>
  %scale = altgrad.compute_scale %amax format(!altgrad.fp<E5M2>)

  // The last batch in E5M2 and back: two mantissa bits give four values per
  // power of two, so only -1.5 comes back exactly.
  %q = altgrad.quantize %b3, %scale
      : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  %d = altgrad.dequantize %q, %scale
      : tensor<4x!altgrad.fp<E5M2>> to tensor<4xf32>
  return %h3, %amax, %rejected, %scale, %q, %d
      : !altgrad.history<4>, f32, i64, f32, tensor<4x!altgrad.fp<E5M2>>,
        tensor<4xf32>
}

// One SGD step w - lr * g on weights of 1.0, counted in two formats.
func.func @bit_stall() -> (i64, i64, i64, i64) {
  %w = arith.constant dense<1.0> : tensor<4xf32>
  %g = arith.constant dense<[0.1, 1.0, 10.0, 0.0]> : tensor<4xf32>
  %lr = arith.constant 0.01 : f32
  %scale = arith.constant 1.0 : f32
  // E7M0 holds only powers of two: next to 1.0 are 0.5 and 2.0, so even the
  // largest update (to 0.9) rounds back to 1.0. Three of four stall; the
  // zero gradient is below the threshold and never counts.
  %e7m0_stalled, %e7m0_total = altgrad.stall_count %w, %g, %lr, %scale
      format(!altgrad.fp<E7M0>) : tensor<4xf32>
  // E5M2 has 0.875 below 1.0: the step to 0.9 moves, two of four stall.
  %e5m2_stalled, %e5m2_total = altgrad.stall_count %w, %g, %lr, %scale
      format(!altgrad.fp<E5M2>) : tensor<4xf32>
  return %e7m0_stalled, %e7m0_total, %e5m2_stalled, %e5m2_total
      : i64, i64, i64, i64
}
