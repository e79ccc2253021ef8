// altgrad-apply-recipe's distributed mode (ranks=N, docs/distributed.md):
// the amaxes of all sites reduced in one shard.all_reduce before any history
// records them, the stall counts summed in one more.
//
// RUN: altgrad-opt %s --split-input-file --altgrad-apply-recipe=ranks=4 \
// RUN:   | FileCheck %s

// Two contractions, four sites, one probe. A new 1-D grid of 4 ranks, and
// MPICH's ABI for upstream's MPI lowering.
// CHECK:       module attributes {dlti.map = #dlti.map<"MPI:Implementation" = "MPICH">}
// CHECK:       shard.grid @ranks(shape = 4)
// CHECK-LABEL: func.func @main(
// CHECK-SAME:  altgrad.recipe = {{{.*}}grid = "ranks"{{.*}}ranks = 4 : i64
// Each site's amax where its operand is, its scale from the history as it
// came in; no history records anything before the collective.
// CHECK:       %[[A0:.*]] = altgrad.amax %arg1
// CHECK-NOT:   altgrad.history.update
// CHECK:       %[[A1:.*]] = altgrad.amax %arg0
// CHECK-NOT:   altgrad.history.update
// CHECK:       %[[A2:.*]] = altgrad.amax %{{.*}} : tensor<4x2xf32>
// CHECK-NOT:   altgrad.history.update
// CHECK:       %[[A3:.*]] = altgrad.amax %arg2
// CHECK-NOT:   altgrad.history.update
// The magnitudes' bit patterns, reduced by one max.
// CHECK:       %[[MAG:.*]] = arith.constant 2147483647 : i32
// CHECK:       %[[B0:.*]] = arith.bitcast %[[A0]] : f32 to i32
// CHECK:       %[[M0:.*]] = arith.andi %[[B0]], %[[MAG]]
// CHECK:       %[[B3:.*]] = arith.bitcast %[[A3]] : f32 to i32
// CHECK:       %[[M3:.*]] = arith.andi %[[B3]], %[[MAG]]
// CHECK:       %[[P:.*]] = tensor.from_elements %[[M0]], %{{.*}}, %{{.*}}, %[[M3]] : tensor<4xi32>
// CHECK:       %[[R:.*]] = shard.all_reduce %[[P]] on @ranks grid_axes = [0] reduction = max : tensor<4xi32> -> tensor<4xi32>
// CHECK-NOT:   shard.all_reduce
// CHECK:       %[[E0:.*]] = tensor.extract %[[R]][%{{.*}}]
// CHECK:       %[[E1:.*]] = tensor.extract %[[R]][%{{.*}}]
// CHECK:       %[[E2:.*]] = tensor.extract %[[R]][%{{.*}}]
// CHECK:       %[[E3:.*]] = tensor.extract %[[R]][%{{.*}}]
// CHECK:       %[[R0:.*]] = arith.bitcast %[[E0]] : i32 to f32
// CHECK:       arith.bitcast %[[E1]] : i32 to f32
// CHECK:       arith.bitcast %[[E2]] : i32 to f32
// CHECK:       %[[R3:.*]] = arith.bitcast %[[E3]] : i32 to f32
// The histories record the reduced amaxes, which are also the step's.
// CHECK:       %[[H0:.*]] = altgrad.history.update %arg4, %[[R0]]
// CHECK:       %[[H3:.*]] = altgrad.history.update %arg7, %[[R3]]
// The probe's counts, summed across the ranks by one collective.
// CHECK:       %[[S:.*]], %[[T:.*]] = altgrad.update_stall_count
// CHECK:       %[[C:.*]] = tensor.from_elements %[[S]], %[[T]] : tensor<2xi64>
// CHECK:       %[[CR:.*]] = shard.all_reduce %[[C]] on @ranks grid_axes = [0] : tensor<2xi64> -> tensor<2xi64>
// CHECK:       %[[CS:.*]] = tensor.extract %[[CR]]
// CHECK:       %[[CT:.*]] = tensor.extract %[[CR]]
// CHECK:       return %{{.*}}, %{{.*}}, %[[H0]], %{{.*}}, %{{.*}}, %[[H3]], %[[R0]], {{.*}}, %[[R3]], %{{.*}}, %{{.*}}, %[[CS]], %[[CT]], %[[CS]], %[[CT]] :
func.func @main(%w: tensor<4x3xf32> {altgrad.name = "params/w"},
                %x: tensor<2x4xf32> {altgrad.name = "x"},
                %dy: tensor<2x3xf32> {altgrad.name = "dy", altgrad.role = "gradient"},
                %lr: f32 {altgrad.name = "lr"})
    -> (tensor<4x3xf32> {altgrad.name = "params/w", altgrad.updates = 0 : i64},
        tensor<2x3xf32> {altgrad.name = "y"}) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x3xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<2x3xf32>) -> tensor<2x3xf32>
  %y = linalg.matmul {altgrad.name = "fwd"} ins(%x, %w : tensor<2x4xf32>, tensor<4x3xf32>)
      outs(%acc : tensor<2x3xf32>) -> tensor<2x3xf32>
  %et = tensor.empty() : tensor<4x2xf32>
  %xt = linalg.transpose ins(%x : tensor<2x4xf32>) outs(%et : tensor<4x2xf32>) permutation = [1, 0]
  %ew = tensor.empty() : tensor<4x3xf32>
  %accw = linalg.fill ins(%zero : f32) outs(%ew : tensor<4x3xf32>) -> tensor<4x3xf32>
  %dw = linalg.matmul {altgrad.name = "dw"} ins(%xt, %dy : tensor<4x2xf32>, tensor<2x3xf32>)
      outs(%accw : tensor<4x3xf32>) -> tensor<4x3xf32>
  %lrs = tensor.splat %lr : tensor<4x3xf32>
  %u = arith.mulf %lrs, %dw : tensor<4x3xf32>
  %w1 = arith.subf %w, %u : tensor<4x3xf32>
  return %w1, %y : tensor<4x3xf32>, tensor<2x3xf32>
}

// -----

// The module's grid, when it has the shape the option says; its DLTI map
// is left alone.
// CHECK-LABEL: module attributes {dlti.map = #dlti.map<"MPI:Implementation" = "OpenMPI">}
// CHECK:       shard.grid @ranks(shape = 4)
// CHECK-NOT:   shard.grid
// CHECK:       shard.all_reduce {{.*}} on @ranks grid_axes = [0] reduction = max : tensor<2xi32>
module attributes {dlti.map = #dlti.map<"MPI:Implementation" = "OpenMPI">} {
  shard.grid @ranks(shape = 4)
  func.func @main(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
    %y = linalg.matmul ins(%a, %b : tensor<2x2xf32>, tensor<2x2xf32>) outs(%a : tensor<2x2xf32>) -> tensor<2x2xf32>
    return %y : tensor<2x2xf32>
  }
}
