// RUN: altgrad-opt %s --altgrad-fuse-parallel-elementwise -split-input-file | FileCheck %s
// The same ops under upstream's pass, which the GPU pipeline ran before:
// RUN: altgrad-opt %s --linalg-fuse-elementwise-ops -split-input-file | FileCheck %s --check-prefix=UPSTREAM

// A Dense layer: the (batch, length, width) input collapsed for a matmul,
// then the bias added and gelu's tanh taken. The two maps become one
// generic; the matmul stays a matmul of the collapsed input (upstream's
// reshape folding makes it a generic with two M loops, which
// convert-linalg-to-blaslt does not take).
// CHECK-LABEL: func.func @dense
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>, %[[W:.*]]: tensor<4x5xf32>, %[[B:.*]]: tensor<5xf32>)
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[X]] {{\[\[}}0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK: %[[M:.*]] = linalg.matmul ins(%[[C]], %[[W]] : tensor<6x4xf32>, tensor<4x5xf32>)
// CHECK: %[[G:.*]] = linalg.generic
// CHECK-SAME: ins(%[[M]], %[[B]] : tensor<6x5xf32>, tensor<5xf32>)
// CHECK: arith.addf
// CHECK-NEXT: math.tanh
// CHECK-NEXT: linalg.yield
// CHECK-NOT: linalg.generic
// CHECK: return %[[G]]
// UPSTREAM-LABEL: func.func @dense
// UPSTREAM-NOT: linalg.matmul
// UPSTREAM: linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel", "reduction"]
func.func @dense(%x: tensor<2x3x4xf32>, %w: tensor<4x5xf32>, %b: tensor<5xf32>) -> tensor<6x5xf32> {
  %c = tensor.collapse_shape %x [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<6x5xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<6x5xf32>) -> tensor<6x5xf32>
  %m = linalg.matmul ins(%c, %w : tensor<6x4xf32>, tensor<4x5xf32>) outs(%f : tensor<6x5xf32>) -> tensor<6x5xf32>
  %e1 = tensor.empty() : tensor<6x5xf32>
  %a = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>,
                                        affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<6x5xf32>, tensor<5xf32>) outs(%e1 : tensor<6x5xf32>) {
  ^bb0(%in: f32, %bias: f32, %o: f32):
    %s = arith.addf %in, %bias : f32
    linalg.yield %s : f32
  } -> tensor<6x5xf32>
  %e2 = tensor.empty() : tensor<6x5xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<6x5xf32>) outs(%e2 : tensor<6x5xf32>) {
  ^bb0(%in: f32, %o: f32):
    %h = math.tanh %in : f32
    linalg.yield %h : f32
  } -> tensor<6x5xf32>
  return %t : tensor<6x5xf32>
}

// -----

// A delayed-scaling step over a transposed tensor: the codes and the amax
// in one pass (altgrad-fuse-sibling-generics' form, its loops reductions)
// over the transpose's result. The transpose stays its own op, so the
// pass keeps its identity maps (upstream inlines the transpose, and the
// reduction loops then index the codes through a permuted input).
// CHECK-LABEL: func.func @transposed_delayed_step
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>
// CHECK: %[[T:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[X]] : tensor<4x8xf32>)
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["reduction", "reduction"]
// CHECK-SAME: ins(%[[T]] : tensor<8x4xf32>)
// UPSTREAM-LABEL: func.func @transposed_delayed_step
// UPSTREAM-COUNT-1: linalg.generic
// UPSTREAM-SAME: iterator_types = ["reduction", "reduction"]
// UPSTREAM-NOT: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @transposed_delayed_step(%x: tensor<4x8xf32>, %scale: f32) -> (tensor<8x4xf32>, tensor<f32>) {
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, #id],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  } -> tensor<8x4xf32>
  %zero = arith.constant 0.0 : f32
  %i = tensor.empty() : tensor<f32>
  %fill = linalg.fill ins(%zero : f32) outs(%i : tensor<f32>) -> tensor<f32>
  %codes = tensor.empty() : tensor<8x4xf32>
  %r:2 = linalg.generic {indexing_maps = [#id, #id, affine_map<(d0, d1) -> ()>],
                         iterator_types = ["reduction", "reduction"]}
      ins(%t : tensor<8x4xf32>) outs(%codes, %fill : tensor<8x4xf32>, tensor<f32>) {
  ^bb0(%in: f32, %o: f32, %acc: f32):
    %q = arith.divf %in, %scale : f32
    %abs = math.absf %in : f32
    %m = arith.maximumf %acc, %abs : f32
    linalg.yield %q, %m : f32, f32
  } -> (tensor<8x4xf32>, tensor<f32>)
  return %r#0, %r#1 : tensor<8x4xf32>, tensor<f32>
}

// -----

// Reshapes still fold into parallel ops: the map over a collapsed tensor
// runs over the expanded one.
// CHECK-LABEL: func.func @collapsed_map
// UPSTREAM-LABEL: func.func @collapsed_map
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK: %[[G:.*]] = linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<2x3xf32>)
// CHECK: tensor.collapse_shape %[[G]]
func.func @collapsed_map(%x: tensor<2x3xf32>) -> tensor<6xf32> {
  %c = tensor.collapse_shape %x [[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
  %e = tensor.empty() : tensor<6xf32>
  %n = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%c : tensor<6xf32>) outs(%e : tensor<6xf32>) {
  ^bb0(%in: f32, %o: f32):
    %m = arith.negf %in : f32
    linalg.yield %m : f32
  } -> tensor<6xf32>
  return %n : tensor<6xf32>
}
