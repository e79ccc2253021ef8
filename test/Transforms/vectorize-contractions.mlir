// RUN: altgrad-opt %s --altgrad-vectorize-contractions --split-input-file | FileCheck %s

// A matmul in tiles of 8 x 16 outputs: the tile loaded before the loop over
// the reduction (steps of 8), carried through it in registers, stored after
// it; each step an outer product, a vector.fma per row of the tile.

// CHECK-LABEL: func.func @matmul
// CHECK:       scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:         scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-COUNT-8:   vector.load {{.*}} vector<16xf32>
// CHECK:           scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (vector<8x16xf32>) {
// CHECK-COUNT-64:    vector.fma {{.*}} : vector<16xf32>
// CHECK:             scf.yield {{.*}} : vector<8x16xf32>
// CHECK-COUNT-8:   vector.store {{.*}} vector<16xf32>
// CHECK-NOT:   linalg.matmul
func.func @matmul(%a: memref<32x64xf32>, %b: memref<64x48xf32>, %c: memref<32x48xf32>) {
  linalg.matmul ins(%a, %b : memref<32x64xf32>, memref<64x48xf32>) outs(%c : memref<32x48xf32>)
  return
}

// -----

// Tile sizes divide the extents: 12 x 20 outputs with 7 steps give tiles of
// 6 x 10 and one step loop of 7.

// CHECK-LABEL: func.func @divisors
// CHECK:       scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (vector<6x10xf32>) {
// CHECK-COUNT-42: vector.fma {{.*}} : vector<10xf32>
// CHECK-NOT:   vector.fma
func.func @divisors(%a: memref<12x7xf32>, %b: memref<7x20xf32>, %c: memref<12x20xf32>) {
  linalg.matmul ins(%a, %b : memref<12x7xf32>, memref<7x20xf32>) outs(%c : memref<12x20xf32>)
  return
}

// -----

// A generic contraction over heads (out[b, t, h, d] = sum_k x[b, t, k]
// w[k, h, d]): rows along t (x's dimension), columns along d, one b and one
// h per tile, dropped from the contraction.

// CHECK-LABEL: func.func @heads
// CHECK:       iter_args(%{{.*}} = %{{.*}}) -> (vector<8x16xf32>)
// CHECK-COUNT-64: vector.fma {{.*}} : vector<16xf32>
// CHECK-NOT:   linalg.generic
func.func @heads(%x: memref<4x32x64xf32>, %w: memref<64x4x16xf32>, %out: memref<4x32x4x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(b, t, h, d, k) -> (b, t, k)>,
      affine_map<(b, t, h, d, k) -> (k, h, d)>, affine_map<(b, t, h, d, k) -> (b, t, h, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : memref<4x32x64xf32>, memref<64x4x16xf32>) outs(%out : memref<4x32x4x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %acc: f32):
    %p = arith.mulf %in, %in_0 : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Left to the loops: columns that would fill fewer than 4 lanes, a
// reduction of one step per tile, integers, tensors.

// CHECK-LABEL: func.func @left_alone
// CHECK-NOT:   vector.
// CHECK:       linalg.matmul {{.*}} memref<8x3xf32>
// CHECK:       linalg.matmul {{.*}} memref<16x13xf32>
// CHECK:       linalg.matmul {{.*}} memref<8x16xi32>
// CHECK:       linalg.matmul {{.*}} tensor<8x16xf32>
func.func @left_alone(%a: memref<8x4xf32>, %b: memref<4x3xf32>, %c: memref<8x3xf32>,
                      %d: memref<16x13xf32>, %e: memref<13x16xf32>, %f: memref<16x16xf32>,
                      %g: memref<8x4xi32>, %h: memref<4x16xi32>, %i: memref<8x16xi32>,
                      %j: tensor<8x4xf32>, %k: tensor<4x16xf32>, %l: tensor<8x16xf32>) -> tensor<8x16xf32> {
  linalg.matmul ins(%a, %b : memref<8x4xf32>, memref<4x3xf32>) outs(%c : memref<8x3xf32>)
  linalg.matmul ins(%d, %e : memref<16x13xf32>, memref<13x16xf32>) outs(%f : memref<16x16xf32>)
  linalg.matmul ins(%g, %h : memref<8x4xi32>, memref<4x16xi32>) outs(%i : memref<8x16xi32>)
  %r = linalg.matmul ins(%j, %k : tensor<8x4xf32>, tensor<4x16xf32>) outs(%l : tensor<8x16xf32>) -> tensor<8x16xf32>
  return %r : tensor<8x16xf32>
}
