// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// Contractions that altgrad-vectorize-contractions tiles (tiles of 6 x 10
// with 7 steps, 8 x 16 with 8, a batch and a head of one) against the same
// sums computed by generics it leaves alone (each product times an operand
// of ones, so not a contraction; the reference's loops are
// upstream's, the contraction's the pass's vectors): element by element, with small integers
// every sum is exact in either order and with or without fused
// multiply-adds, so the counts of differing elements must be 0.

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#scalar = affine_map<(m, n, k) -> ()>

// Small integers from the indices: (3i + 5j) mod 7 - 3.
func.func @values() -> tensor<64x64xf32> {
  %shape = tensor.empty() : tensor<64x64xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>],
      iterator_types = ["parallel", "parallel"]} outs(%shape : tensor<64x64xf32>) {
  ^bb0(%out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %c3 = arith.constant 3 : index
    %c5 = arith.constant 5 : index
    %c7 = arith.constant 7 : index
    %a = arith.muli %i, %c3 : index
    %b = arith.muli %j, %c5 : index
    %s = arith.addi %a, %b : index
    %m = arith.remui %s, %c7 : index
    %v = arith.index_cast %m : index to i32
    %f = arith.sitofp %v : i32 to f32
    %three = arith.constant 3.0 : f32
    %x = arith.subf %f, %three : f32
    linalg.yield %x : f32
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

func.func @mismatches(%x: tensor<?x?xf32>, %y: tensor<?x?xf32>) -> i32 {
  %zero = arith.constant 0 : i32
  %init = tensor.empty() : tensor<i32>
  %acc = linalg.fill ins(%zero : i32) outs(%init : tensor<i32>) -> tensor<i32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>,
      affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> ()>],
      iterator_types = ["reduction", "reduction"]}
      ins(%x, %y : tensor<?x?xf32>, tensor<?x?xf32>) outs(%acc : tensor<i32>) {
  ^bb0(%a: f32, %b: f32, %out: i32):
    %ne = arith.cmpf une, %a, %b : f32
    %one = arith.extui %ne : i1 to i32
    %s = arith.addi %out, %one : i32
    linalg.yield %s : i32
  } -> tensor<i32>
  %v = tensor.extract %r[] : tensor<i32>
  return %v : i32
}

// A call, so that no folder sees the ones and turns the reference into a
// contraction.
func.func @one() -> tensor<f32> {
  %one = arith.constant 1.0 : f32
  %ones = tensor.from_elements %one : tensor<f32>
  return %ones : tensor<f32>
}

func.func @main() {
  %ones = call @one() : () -> tensor<f32>
  %all = call @values() : () -> tensor<64x64xf32>
  %zero = arith.constant 0.0 : f32

  // A (12 x 7) B (7 x 20).
  %a1 = tensor.extract_slice %all[0, 0] [12, 7] [1, 1] : tensor<64x64xf32> to tensor<12x7xf32>
  %b1 = tensor.extract_slice %all[0, 0] [7, 20] [1, 1] : tensor<64x64xf32> to tensor<7x20xf32>
  %z1e = tensor.empty() : tensor<12x20xf32>
  %z1 = linalg.fill ins(%zero : f32) outs(%z1e : tensor<12x20xf32>) -> tensor<12x20xf32>
  %r1 = linalg.matmul ins(%a1, %b1 : tensor<12x7xf32>, tensor<7x20xf32>)
      outs(%z1 : tensor<12x20xf32>) -> tensor<12x20xf32>
  %w1 = linalg.generic {indexing_maps = [#mk, #kn, #scalar, #mn],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a1, %b1, %ones : tensor<12x7xf32>, tensor<7x20xf32>, tensor<f32>)
      outs(%z1 : tensor<12x20xf32>) {
  ^bb0(%x: f32, %y: f32, %u: f32, %out: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.mulf %p, %u : f32
    %s = arith.addf %out, %q : f32
    linalg.yield %s : f32
  } -> tensor<12x20xf32>
  %r1d = tensor.cast %r1 : tensor<12x20xf32> to tensor<?x?xf32>
  %w1d = tensor.cast %w1 : tensor<12x20xf32> to tensor<?x?xf32>
  %n1 = call @mismatches(%r1d, %w1d) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i32
  // CHECK: matmul 12x7x20 differing: 0
  vector.print str "matmul 12x7x20 differing: "
  vector.print %n1 : i32

  // A (16 x 64) B^T (B: 48 x 64).
  %a2 = tensor.extract_slice %all[0, 0] [16, 64] [1, 1] : tensor<64x64xf32> to tensor<16x64xf32>
  %b2 = tensor.extract_slice %all[0, 0] [48, 64] [1, 1] : tensor<64x64xf32> to tensor<48x64xf32>
  %z2e = tensor.empty() : tensor<16x48xf32>
  %z2 = linalg.fill ins(%zero : f32) outs(%z2e : tensor<16x48xf32>) -> tensor<16x48xf32>
  %r2 = linalg.matmul indexing_maps = [#mk, #nk, #mn]
      ins(%a2, %b2 : tensor<16x64xf32>, tensor<48x64xf32>)
      outs(%z2 : tensor<16x48xf32>) -> tensor<16x48xf32>
  %w2 = linalg.generic {indexing_maps = [#mk, #nk, #scalar, #mn],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a2, %b2, %ones : tensor<16x64xf32>, tensor<48x64xf32>, tensor<f32>)
      outs(%z2 : tensor<16x48xf32>) {
  ^bb0(%x: f32, %y: f32, %u: f32, %out: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.mulf %p, %u : f32
    %s = arith.addf %out, %q : f32
    linalg.yield %s : f32
  } -> tensor<16x48xf32>
  %r2d = tensor.cast %r2 : tensor<16x48xf32> to tensor<?x?xf32>
  %w2d = tensor.cast %w2 : tensor<16x48xf32> to tensor<?x?xf32>
  %n2 = call @mismatches(%r2d, %w2d) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i32
  // CHECK: transposed 16x64x48 differing: 0
  vector.print str "transposed 16x64x48 differing: "
  vector.print %n2 : i32

  // Heads: out[b, t, h, d] = sum_k x[b, t, k] w[k, h, d], with
  // x 3 x 8 x 32 and w 32 x 4 x 16 (a head's tile has one b and one h).
  %x3f = tensor.extract_slice %all[0, 0] [24, 32] [1, 1] : tensor<64x64xf32> to tensor<24x32xf32>
  %w3f = tensor.extract_slice %all[0, 0] [32, 64] [1, 1] : tensor<64x64xf32> to tensor<32x64xf32>
  %z3fe = tensor.empty() : tensor<24x64xf32>
  %z3f = linalg.fill ins(%zero : f32) outs(%z3fe : tensor<24x64xf32>) -> tensor<24x64xf32>
  %x3 = tensor.expand_shape %x3f [[0, 1], [2]] output_shape [3, 8, 32] : tensor<24x32xf32> into tensor<3x8x32xf32>
  %w3 = tensor.expand_shape %w3f [[0], [1, 2]] output_shape [32, 4, 16] : tensor<32x64xf32> into tensor<32x4x16xf32>
  %z3 = tensor.expand_shape %z3f [[0, 1], [2, 3]] output_shape [3, 8, 4, 16] : tensor<24x64xf32> into tensor<3x8x4x16xf32>
  %r3 = linalg.generic {indexing_maps = [
      affine_map<(b, t, h, d, k) -> (b, t, k)>, affine_map<(b, t, h, d, k) -> (k, h, d)>,
      affine_map<(b, t, h, d, k) -> (b, t, h, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%x3, %w3 : tensor<3x8x32xf32>, tensor<32x4x16xf32>)
      outs(%z3 : tensor<3x8x4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %out, %p : f32
    linalg.yield %s : f32
  } -> tensor<3x8x4x16xf32>
  %v3 = linalg.generic {indexing_maps = [
      affine_map<(b, t, h, d, k) -> (b, t, k)>, affine_map<(b, t, h, d, k) -> (k, h, d)>,
      affine_map<(b, t, h, d, k) -> ()>, affine_map<(b, t, h, d, k) -> (b, t, h, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%x3, %w3, %ones : tensor<3x8x32xf32>, tensor<32x4x16xf32>, tensor<f32>)
      outs(%z3 : tensor<3x8x4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %u: f32, %out: f32):
    %p = arith.mulf %x, %y : f32
    %q = arith.mulf %p, %u : f32
    %s = arith.addf %out, %q : f32
    linalg.yield %s : f32
  } -> tensor<3x8x4x16xf32>
  %r3f = tensor.collapse_shape %r3 [[0, 1], [2, 3]] : tensor<3x8x4x16xf32> into tensor<24x64xf32>
  %v3f = tensor.collapse_shape %v3 [[0, 1], [2, 3]] : tensor<3x8x4x16xf32> into tensor<24x64xf32>
  %r3d = tensor.cast %r3f : tensor<24x64xf32> to tensor<?x?xf32>
  %v3d = tensor.cast %v3f : tensor<24x64xf32> to tensor<?x?xf32>
  %n3 = call @mismatches(%r3d, %v3d) : (tensor<?x?xf32>, tensor<?x?xf32>) -> i32
  // CHECK: heads 3x8x32x4x16 differing: 0
  vector.print str "heads 3x8x32x4x16 differing: "
  vector.print %n3 : i32

  // And one element against its sum worked out by hand: the sum over
  // k < 32 of x[0, 1, k] w[k, 0, 0] = ((3 + 5k) mod 7 - 3) ((3k) mod 7 - 3).
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %e = tensor.extract %r3[%c0, %c1, %c0, %c0] : tensor<3x8x4x16xf32>
  // CHECK: heads[0, 1, 0, 0]: 64
  vector.print str "heads[0, 1, 0, 0]: "
  vector.print %e : f32
  return
}
