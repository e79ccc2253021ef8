// The shard dialect is not in IREE's bindings: altgrad-import writes its ops
// in the generic form, which LLVM/MLIR 22 parses as shard ops and lowers.
// RUN: %altgrad-import iree %s | FileCheck %s --check-prefix=GENERIC
// RUN: %altgrad-import iree %s | altgrad-opt | FileCheck %s
// RUN: %altgrad-import iree %s | altgrad-opt --lower-fp8=target=cpu -o /dev/null
// Any other optimization barrier is an error:
// RUN: sed 's/altgrad_all_reduce_sum_over_2/other/' %s > %t.other.mlir
// RUN: not %altgrad-import iree %t.other.mlir 2>&1 | FileCheck %s --check-prefix=OTHER

// What iree-compile --compile-to=input makes of step.all_reduce_sum (a
// data-parallel step's gradients, corpus/transformer/export.py with ranks):
// one util.optimization_barrier per array in JAX's name scope
// altgrad_all_reduce_sum_over_<ranks>, each a shard.all_reduce (sum) over
// a grid @ranks of that many processes (docs/distributed.md).

// CHECK:       shard.grid @ranks(shape = 2)
// CHECK-LABEL: func.func public @main(
// CHECK-SAME:    %[[A:[a-z0-9]+]]: tensor<4x3xf32>, %[[B:[a-z0-9]+]]: tensor<5xf32>
// CHECK:         %[[RA:.*]] = shard.all_reduce %[[A]] on @ranks grid_axes = [0] {{.*}}: tensor<4x3xf32> -> tensor<4x3xf32>
// CHECK:         %[[RB:.*]] = shard.all_reduce %[[B]] on @ranks grid_axes = [0] {{.*}}: tensor<5xf32> -> tensor<5xf32>
// CHECK:         return %[[RA]], %[[RB]]
// GENERIC: "shard.grid"() {shape = array<i64: 2>, sym_name = "ranks"} : () -> ()
// GENERIC: "shard.all_reduce"(%{{.*}}) {{{.*}}grid = @ranks, grid_axes = array<i16: 0>} : (tensor<4x3xf32>) -> tensor<4x3xf32>
// OTHER: util.optimization_barrier outside step.all_reduce_sum has no rewrite in altgrad-import
util.func public @main(%a: tensor<4x3xf32>, %b: tensor<5xf32>) -> (tensor<4x3xf32>, tensor<5xf32>) {
  %ra = util.optimization_barrier %a : tensor<4x3xf32> loc("optimization_barrier"("jit(train_step)/altgrad_all_reduce_sum_over_2"("step.py":72:15)))
  %rb = util.optimization_barrier %b : tensor<5xf32> loc("optimization_barrier"("jit(train_step)/altgrad_all_reduce_sum_over_2"("step.py":72:15)))
  util.return %ra, %rb : tensor<4x3xf32>, tensor<5xf32>
}
