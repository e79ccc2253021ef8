// Spliced into the module altgrad-apply-recipe makes of dp-step.mlir (see
// ../recipe-ranks.test): every rank runs three steps of @step_dp on its slice
// of the batch (rows rank * @ROWS@ ...) and of @step_full on the whole batch,
// and prints per step how many of the state and statistics differ from the
// one-rank run, and the new weights' bits (which the test compares across
// ranks). Then one step with +inf, and one with NaN, in the last rank's
// slice only.

func.func private @altgradMpiRank() -> i32

// !altgrad.history<16>ow many elements of a and b are farther apart than 1e-6 * max(1, |b|).
func.func @apart(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>) -> i64 {
  %true = arith.constant true
  %zero = arith.constant 0 : i64
  %init = tensor.from_elements %zero : tensor<i64>
  %sum = linalg.generic {
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>,
                       affine_map<(i, j) -> ()>],
      iterator_types = ["reduction", "reduction"]}
      ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>) outs(%init : tensor<i64>) {
  ^bb0(%p: f32, %q: f32, %s: i64):
    %d = arith.subf %p, %q : f32
    %ad = math.absf %d : f32
    %aq = math.absf %q : f32
    %one = arith.constant 1.0 : f32
    %m = arith.maximumf %aq, %one : f32
    %tol = arith.constant 1.0e-6 : f32
    %lim = arith.mulf %m, %tol : f32
    %ok = arith.cmpf ole, %ad, %lim : f32
    %bad = arith.xori %ok, %true : i1
    %n = arith.extui %bad : i1 to i64
    %next = arith.addi %s, %n : i64
    linalg.yield %next : i64
  } -> tensor<i64>
  %r = tensor.extract %sum[] : tensor<i64>
  return %r : i64
}

// !altgrad.history<16>ow many elements differ in their bits.
func.func @differ_bits(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>) -> i64 {
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
  %rows = arith.constant @ROWS@ : index
  %ranks = arith.constant @RANKS@ : i64
  %rank32 = func.call @altgradMpiRank() : () -> i32
  %rank = arith.index_cast %rank32 : i32 to index
  %first = arith.muli %rank, %rows : index
  %xr = tensor.extract_slice %x[%first, 0] [@ROWS@, 8] [1, 1] : tensor<4x8xf32> to tensor<@ROWS@x8xf32>
  %tr = tensor.extract_slice %t[%first, 0] [@ROWS@, 3] [1, 1] : tensor<4x3xf32> to tensor<@ROWS@x3xf32>
  %pad = arith.constant 0.0 : f32
  %end:10 = scf.for %i = %c0 to %c3 step %c1
      iter_args(%wa = %w0, %wb = %w0, %ha0 = %h, %ha1 = %h, %ha2 = %h, %ha3 = %h,
                %hb0 = %h, %hb1 = %h, %hb2 = %h, %hb3 = %h)
      -> (tensor<8x3xf32>, tensor<8x3xf32>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>) {
    %a:22 = func.call @step_dp(%wa, %xr, %tr, %lr, %ha0, %ha1, %ha2, %ha3) : (tensor<8x3xf32>, tensor<@ROWS@x8xf32>, tensor<@ROWS@x3xf32>, f32, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>) -> (tensor<8x3xf32>, tensor<@ROWS@x3xf32>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64, i64, i64, i64, i64)
    %b:22 = func.call @step_full(%wb, %x, %t, %lr, %hb0, %hb1, %hb2, %hb3) : (tensor<8x3xf32>, tensor<4x8xf32>, tensor<4x3xf32>, f32, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>) -> (tensor<8x3xf32>, tensor<4x3xf32>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64, i64, i64, i64, i64)
    // !altgrad.history<16>istories, amaxes, scales and rejected counts: bit for bit the
    // one-rank run's.
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
    %state = vector.from_elements %dh0, %dh1, %dh2, %dh3, %d6, %d7, %d8, %d9, %d10,
        %d11, %d12, %d13, %d14, %d15, %d16, %d17 : vector<16xi64>
    %mismatches = vector.reduction <add>, %state : vector<16xi64> into i64
    vector.print %mismatches : i64
    // The weights and the rank's rows of y: the one-rank run's within
    // 1e-6 (the gradient's sum over rows runs in another order).
    %wad = tensor.cast %a#0 : tensor<8x3xf32> to tensor<?x?xf32>
    %wbd = tensor.cast %b#0 : tensor<8x3xf32> to tensor<?x?xf32>
    %yb = tensor.extract_slice %b#1[%first, 0] [@ROWS@, 3] [1, 1] : tensor<4x3xf32> to tensor<@ROWS@x3xf32>
    %yad = tensor.cast %a#1 : tensor<@ROWS@x3xf32> to tensor<?x?xf32>
    %ybd = tensor.cast %yb : tensor<@ROWS@x3xf32> to tensor<?x?xf32>
    %wapart = func.call @apart(%wad, %wbd) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i64
    %yapart = func.call @apart(%yad, %ybd) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i64
    // Every rank probes the same replicated weights: the summed counts are
    // @RANKS@ times the one-rank run's.
    %sb = arith.muli %b#18, %ranks : i64
    %tb = arith.muli %b#19, %ranks : i64
    %ds = func.call @differ_i64(%a#18, %sb) : (i64, i64) -> i64
    %dt = func.call @differ_i64(%a#19, %tb) : (i64, i64) -> i64
    %checks = vector.from_elements %wapart, %yapart, %ds, %dt : vector<4xi64>
    vector.print %checks : vector<4xi64>
    // What the recipe did, so that the equalities are not vacuous.
    vector.print %a#6 : f32
    vector.print %a#7 : f32
    %counts = vector.from_elements %a#18, %a#19 : vector<2xi64>
    vector.print %counts : vector<2xi64>
    // The new weights' bits, which the test compares across ranks.
    %wv = vector.transfer_read %a#0[%c0, %c0], %pad : tensor<8x3xf32>, vector<8x3xf32>
    %wbits = vector.bitcast %wv : vector<8x3xf32> to vector<8x3xi32>
    vector.print %wbits : vector<8x3xi32>
    scf.yield %a#0, %b#0, %a#2, %a#3, %a#4, %a#5, %b#2, %b#3, %b#4, %b#5
        : tensor<8x3xf32>, tensor<8x3xf32>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>
  }

  // A non-finite element in the last rank's slice: the x site's amax is
  // non-finite on every rank, and every rank's history rejects it.
  %lastrank = arith.constant @LAST@ : i32
  %last = arith.cmpi eq, %rank32, %lastrank : i32
  %x00 = tensor.extract %xr[%c0, %c0] : tensor<@ROWS@x8xf32>
  %inf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %vinf = arith.select %last, %inf, %x00 : f32
  %vnan = arith.select %last, %nan, %x00 : f32
  %xinf = tensor.insert %vinf into %xr[%c0, %c0] : tensor<@ROWS@x8xf32>
  %xnan = tensor.insert %vnan into %xr[%c0, %c0] : tensor<@ROWS@x8xf32>
  %i:22 = func.call @step_dp(%w0, %xinf, %tr, %lr, %h, %h, %h, %h) : (tensor<8x3xf32>, tensor<@ROWS@x8xf32>, tensor<@ROWS@x3xf32>, f32, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>) -> (tensor<8x3xf32>, tensor<@ROWS@x3xf32>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64, i64, i64, i64, i64)
  %n:22 = func.call @step_dp(%w0, %xnan, %tr, %lr, %h, %h, %h, %h) : (tensor<8x3xf32>, tensor<@ROWS@x8xf32>, tensor<@ROWS@x3xf32>, f32, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>) -> (tensor<8x3xf32>, tensor<@ROWS@x3xf32>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64, i64, i64, i64, i64)
  vector.print %i#6 : f32
  vector.print %i#8 : i64
  vector.print %n#6 : f32
  vector.print %n#8 : i64
  return
}
}
