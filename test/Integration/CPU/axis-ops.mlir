// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// The linalg ops of training steps that are not element-wise: a softmax
// and a layer norm along the last axis, a transpose, a broadcast add and
// sums and maxima along an axis, at sizes that take many GPU blocks (one
// per row) and rows longer than a block. The inputs make every result
// exact whatever the order of a sum (GPU blocks sum in another order than
// the CPU): equal values, sums of multiples of 1/4 far below 2^24 ulps.
// Expected values are worked out by hand.

#id2 = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#col = affine_map<(d0, d1) -> (d1)>

// Per row: the maximum (-inf start), then sum of exp(x - max), then the
// quotient.
func.func @softmax(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %rows = tensor.dim %x, %c0 : tensor<?x?xf32>
  %cols = tensor.dim %x, %c1 : tensor<?x?xf32>
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty(%rows) : tensor<?xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%e : tensor<?xf32>) -> tensor<?xf32>
  %m = linalg.generic {indexing_maps = [#id2, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<?x?xf32>) outs(%mi : tensor<?xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %acc, %a : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  %si = linalg.fill ins(%zero : f32) outs(%e : tensor<?xf32>) -> tensor<?xf32>
  %s = linalg.generic {indexing_maps = [#id2, #row, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x, %m : tensor<?x?xf32>, tensor<?xf32>) outs(%si : tensor<?xf32>) {
  ^bb0(%a: f32, %mx: f32, %acc: f32):
    %d = arith.subf %a, %mx : f32
    %ex = math.exp %d : f32
    %r = arith.addf %acc, %ex : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  %e2 = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %y = linalg.generic {indexing_maps = [#id2, #row, #row, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%x, %m, %s : tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>) outs(%e2 : tensor<?x?xf32>) {
  ^bb0(%a: f32, %mx: f32, %sum: f32, %o: f32):
    %d = arith.subf %a, %mx : f32
    %ex = math.exp %d : f32
    %r = arith.divf %ex, %sum : f32
    linalg.yield %r : f32
  } -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// (x - mean) / sqrt(variance) * scale + bias per row (no epsilon, so that
// the checks stay exact).
func.func @layer_norm(%x: tensor<?x?xf32>, %scale: tensor<?xf32>, %bias: tensor<?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %rows = tensor.dim %x, %c0 : tensor<?x?xf32>
  %cols = tensor.dim %x, %c1 : tensor<?x?xf32>
  %n = arith.index_cast %cols : index to i64
  %nf = arith.sitofp %n : i64 to f32
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty(%rows) : tensor<?xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<?xf32>) -> tensor<?xf32>
  %sum = linalg.generic {indexing_maps = [#id2, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<?x?xf32>) outs(%z : tensor<?xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %acc, %a : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  %sq = linalg.generic {indexing_maps = [#id2, #row, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x, %sum : tensor<?x?xf32>, tensor<?xf32>) outs(%z : tensor<?xf32>) {
  ^bb0(%a: f32, %s: f32, %acc: f32):
    %mean = arith.divf %s, %nf : f32
    %d = arith.subf %a, %mean : f32
    %d2 = arith.mulf %d, %d : f32
    %r = arith.addf %acc, %d2 : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  %e2 = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %y = linalg.generic {indexing_maps = [#id2, #row, #row, #col, #col, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%x, %sum, %sq, %scale, %bias : tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>, tensor<?xf32>)
      outs(%e2 : tensor<?x?xf32>) {
  ^bb0(%a: f32, %s: f32, %q: f32, %g: f32, %b: f32, %o: f32):
    %mean = arith.divf %s, %nf : f32
    %var = arith.divf %q, %nf : f32
    %sd = math.sqrt %var : f32
    %d = arith.subf %a, %mean : f32
    %nrm = arith.divf %d, %sd : f32
    %t = arith.mulf %nrm, %g : f32
    %r = arith.addf %t, %b : f32
    linalg.yield %r : f32
  } -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

func.func @transpose(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %e = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%x : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  return %t : tensor<3x2xf32>
}

func.func @broadcast_add(%b: tensor<4xf32>, %x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %e = tensor.empty() : tensor<3x4xf32>
  %y = linalg.generic {indexing_maps = [#col, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%b, %x : tensor<4xf32>, tensor<3x4xf32>) outs(%e : tensor<3x4xf32>) {
  ^bb0(%u: f32, %v: f32, %o: f32):
    %s = arith.addf %u, %v : f32
    linalg.yield %s : f32
  } -> tensor<3x4xf32>
  return %y : tensor<3x4xf32>
}

// Sums of each row and maxima of each column (a reduction along the first
// axis) of the same matrix.
func.func @row_sums_column_maxima(%x: tensor<?x?xf32>) -> (tensor<?xf32>, tensor<?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %rows = tensor.dim %x, %c0 : tensor<?x?xf32>
  %cols = tensor.dim %x, %c1 : tensor<?x?xf32>
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %er = tensor.empty(%rows) : tensor<?xf32>
  %z = linalg.fill ins(%zero : f32) outs(%er : tensor<?xf32>) -> tensor<?xf32>
  %sums = linalg.reduce ins(%x : tensor<?x?xf32>) outs(%z : tensor<?xf32>) dimensions = [1]
    (%a: f32, %acc: f32) {
      %r = arith.addf %a, %acc : f32
      linalg.yield %r : f32
    }
  %ec = tensor.empty(%cols) : tensor<?xf32>
  %n = linalg.fill ins(%ninf : f32) outs(%ec : tensor<?xf32>) -> tensor<?xf32>
  %maxima = linalg.reduce ins(%x : tensor<?x?xf32>) outs(%n : tensor<?xf32>) dimensions = [0]
    (%a: f32, %acc: f32) {
      %r = arith.maximumf %a, %acc : f32
      linalg.yield %r : f32
    }
  return %sums, %maxima : tensor<?xf32>, tensor<?xf32>
}

// rows x cols with element (i, j) = (j mod 4) / 4 + i: row i sums to
// cols * i + 1.5 * cols / 4, column j's maximum is (j mod 4) / 4 + rows - 1.
func.func @ramp(%rows: index, %cols: index) -> tensor<?x?xf32> {
  %e = tensor.empty(%rows, %cols) : tensor<?x?xf32>
  %c4 = arith.constant 4 : index
  %quarter = arith.constant 0.25 : f32
  %y = linalg.generic {indexing_maps = [#id2], iterator_types = ["parallel", "parallel"]}
      outs(%e : tensor<?x?xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %jm = arith.remui %j, %c4 : index
    %ii = arith.index_cast %i : index to i64
    %ji = arith.index_cast %jm : index to i64
    %if = arith.sitofp %ii : i64 to f32
    %jf = arith.sitofp %ji : i64 to f32
    %q = arith.mulf %jf, %quarter : f32
    %r = arith.addf %q, %if : f32
    linalg.yield %r : f32
  } -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c299 = arith.constant 299 : index
  %c300 = arith.constant 300 : index
  %c1000 = arith.constant 1000 : index
  %pad = arith.constant 0.0 : f32

  // Softmax: 300 rows of 1000 equal values (exp(0) = 1 each, 1 / 1000
  // correctly rounded), a row with -inf in its first half (0) and equal
  // values in the second (1/2), and one of four equal values.
  %three = arith.constant 3.0 : f32
  %sx0 = tensor.splat %three[%c300, %c1000] : tensor<?x?xf32>
  %sm0 = call @softmax(%sx0) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %sv0 = vector.transfer_read %sm0[%c299, %c0], %pad : tensor<?x?xf32>, vector<2xf32>
  // CHECK: ( 0.001, 0.001 )
  vector.print %sv0 : vector<2xf32>
  %mixed = arith.constant dense<[[0xFF800000, 0xFF800000, 5.0, 5.0], [1.0, 1.0, 1.0, 1.0]]> : tensor<2x4xf32>
  %mixedd = tensor.cast %mixed : tensor<2x4xf32> to tensor<?x?xf32>
  %sm1 = call @softmax(%mixedd) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %sv1 = vector.transfer_read %sm1[%c0, %c0], %pad : tensor<?x?xf32>, vector<4xf32>
  %sv2 = vector.transfer_read %sm1[%c1, %c0], %pad : tensor<?x?xf32>, vector<4xf32>
  // CHECK-NEXT: ( 0, 0, 0.5, 0.5 )
  vector.print %sv1 : vector<4xf32>
  // CHECK-NEXT: ( 0.25, 0.25, 0.25, 0.25 )
  vector.print %sv2 : vector<4xf32>

  // Layer norm of rows alternating -3, 3 (1000 columns: mean 0, variance
  // 9, standard deviation 3), scale 2, bias 0.5: -1.5, 2.5.
  %ln = arith.constant dense<[[-3.0, 3.0, -3.0, 3.0]]> : tensor<1x4xf32>
  %lnx0 = tensor.empty(%c300, %c1000) : tensor<?x?xf32>
  %lnx = linalg.generic {indexing_maps = [#id2], iterator_types = ["parallel", "parallel"]}
      outs(%lnx0 : tensor<?x?xf32>) {
  ^bb0(%o: f32):
    %j = linalg.index 1 : index
    %jm = arith.remui %j, %c2 : index
    %v = tensor.extract %ln[%c0, %jm] : tensor<1x4xf32>
    linalg.yield %v : f32
  } -> tensor<?x?xf32>
  %two = arith.constant 2.0 : f32
  %half = arith.constant 0.5 : f32
  %scale = tensor.splat %two[%c1000] : tensor<?xf32>
  %bias = tensor.splat %half[%c1000] : tensor<?xf32>
  %lny = call @layer_norm(%lnx, %scale, %bias) : (tensor<?x?xf32>, tensor<?xf32>, tensor<?xf32>) -> tensor<?x?xf32>
  %lv0 = vector.transfer_read %lny[%c0, %c0], %pad : tensor<?x?xf32>, vector<4xf32>
  %lv1 = vector.transfer_read %lny[%c299, %c0], %pad : tensor<?x?xf32>, vector<4xf32>
  // CHECK-NEXT: ( -1.5, 2.5, -1.5, 2.5 )
  vector.print %lv0 : vector<4xf32>
  // CHECK-NEXT: ( -1.5, 2.5, -1.5, 2.5 )
  vector.print %lv1 : vector<4xf32>

  // Transpose of [[1, 2, 3], [4, 5, 6]].
  %tx = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %ty = call @transpose(%tx) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %tv = vector.transfer_read %ty[%c0, %c0], %pad : tensor<3x2xf32>, vector<3x2xf32>
  // CHECK-NEXT: ( ( 1, 4 ), ( 2, 5 ), ( 3, 6 ) )
  vector.print %tv : vector<3x2xf32>

  // [10, 20, 30, 40] added to each row of [[1..4], [5..8], [9..12]].
  %bb = arith.constant dense<[10.0, 20.0, 30.0, 40.0]> : tensor<4xf32>
  %bx = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]]> : tensor<3x4xf32>
  %by = call @broadcast_add(%bb, %bx) : (tensor<4xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
  %bv = vector.transfer_read %by[%c0, %c0], %pad : tensor<3x4xf32>, vector<3x4xf32>
  // CHECK-NEXT: ( ( 11, 22, 33, 44 ), ( 15, 26, 37, 48 ), ( 19, 30, 41, 52 ) )
  vector.print %bv : vector<3x4xf32>

  // The ramp of 300 x 1000: row 0 sums to 375, row 1 to 1375, row 299 to
  // 299375; columns 0..3 have maxima 299, 299.25, 299.5, 299.75, column
  // 999 (999 mod 4 = 3) 299.75.
  %r = call @ramp(%c300, %c1000) : (index, index) -> tensor<?x?xf32>
  %sums, %maxima = call @row_sums_column_maxima(%r) : (tensor<?x?xf32>) -> (tensor<?xf32>, tensor<?xf32>)
  %s0 = tensor.extract %sums[%c0] : tensor<?xf32>
  %s1 = tensor.extract %sums[%c1] : tensor<?xf32>
  %s299 = tensor.extract %sums[%c299] : tensor<?xf32>
  %sv = vector.from_elements %s0, %s1, %s299 : vector<3xf32>
  // CHECK-NEXT: ( 375, 1375, 299375 )
  vector.print %sv : vector<3xf32>
  %c999 = arith.constant 999 : index
  %mv = vector.transfer_read %maxima[%c0], %pad : tensor<?xf32>, vector<4xf32>
  %m999 = tensor.extract %maxima[%c999] : tensor<?xf32>
  // CHECK-NEXT: ( 299, 299.25, 299.5, 299.75 )
  vector.print %mv : vector<4xf32>
  // CHECK-NEXT: 299.75
  vector.print %m999 : f32
  return
}
