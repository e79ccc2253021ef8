// Parameters stored in a format (weight-format, docs/recipes.md): the
// update of params/w is rounded to the format with scale 1, the optimizer
// state opt/m is not, and the probe counts the stored value's stalls.
//
// RUN: altgrad-opt %s "--altgrad-apply-recipe=format=E5M2 scaling=current weight-format=E3M4" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,NEAREST
// RUN: altgrad-opt %s "--altgrad-apply-recipe=format=E5M2 scaling=current weight-format=E3M4 weight-rounding=stochastic weight-seed=7" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STOCHASTIC
// RUN: altgrad-opt %s "--altgrad-apply-recipe=format=E5M2 scaling=current weight-format=E3M4 stall-format=none print-sites" \
// RUN:   --mlir-print-op-on-diagnostic=false 2>&1 | FileCheck %s --check-prefix=UNPROBED

// NEAREST: func.func @main(%[[W:.*]]: tensor<4xf32> {altgrad.name = "params/w"}, %[[M:.*]]: tensor<4xf32> {altgrad.name = "opt/m"}, %{{.*}}: tensor<2x4xf32>) ->
// STOCHASTIC: func.func @main(%[[W:.*]]: tensor<4xf32> {altgrad.name = "params/w"}, %[[M:.*]]: tensor<4xf32> {altgrad.name = "opt/m"}, %{{.*}}: tensor<2x4xf32>, %[[STEP:.*]]: i64 {altgrad.name = "weight/step", altgrad.recipe = "step"}) ->
// STOCHASTIC-SAME: i64 {altgrad.name = "stall/total", altgrad.recipe = "total_sum"}, i64 {altgrad.name = "weight/step", altgrad.recipe = "step", altgrad.updates = 3 : i64})
// NEAREST-SAME: altgrad.recipe = {probes = 1 : i64, scaling = "current", sites = 2 : i64, stall_format = "E3M4", weight_format = "E3M4", weight_rounding = "nearest"}
// STOCHASTIC-SAME: altgrad.recipe = {probes = 1 : i64, scaling = "current", sites = 2 : i64, stall_format = "E3M4", weight_format = "E3M4", weight_rounding = "stochastic"}
// CHECK:      %[[NEW:.*]] = arith.addf %[[W]], %[[M]] : tensor<4xf32>
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// NEAREST-NEXT: %[[STORED:.*]] = altgrad.fake_quantize %[[NEW]], %[[ONE]] format(!altgrad.fp<E3M4>) : tensor<4xf32>
// Seed 7 + the argument's index 0; offset the step counter.
// STOCHASTIC-NEXT: %[[SEED:.*]] = arith.constant 7 : i64
// STOCHASTIC-NEXT: %[[STORED:.*]] = altgrad.fake_quantize %[[NEW]], %[[ONE]] format(!altgrad.fp<E3M4>) rounding<stochastic> seed(%[[SEED]]) offset(%[[STEP]]) : tensor<4xf32>
// The stall count: stored == old and |new - old| > 1e-10, and every element.
// CHECK:      %[[COUNT:.*]]:2 = linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[W]], %[[NEW]], %[[STORED]] : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%{{.*}}, %{{.*}} : tensor<i64>, tensor<i64>)
// CHECK-NEXT: ^bb0(%[[OLD_E:.*]]: f32, %[[NEW_E:.*]]: f32, %[[STORED_E:.*]]: f32, %[[S:.*]]: i64, %[[T:.*]]: i64):
// CHECK-NEXT:   %[[SAME:.*]] = arith.cmpf oeq, %[[STORED_E]], %[[OLD_E]] : f32
// CHECK-NEXT:   %[[D:.*]] = arith.subf %[[NEW_E]], %[[OLD_E]] : f32
// CHECK-NEXT:   %[[A:.*]] = math.absf %[[D]] : f32
// CHECK-NEXT:   %[[THR:.*]] = arith.constant 1.000000e-10 : f32
// CHECK-NEXT:   %[[MOVED:.*]] = arith.cmpf ogt, %[[A]], %[[THR]] : f32
// CHECK-NEXT:   %[[BOTH:.*]] = arith.andi %[[SAME]], %[[MOVED]] : i1
// CHECK-NEXT:   %[[I:.*]] = arith.extui %[[BOTH]] : i1 to i64
// CHECK-NEXT:   %[[C1:.*]] = arith.constant 1 : i64
// CHECK-NEXT:   %[[S2:.*]] = arith.addi %[[S]], %[[I]] : i64
// CHECK-NEXT:   %[[T2:.*]] = arith.addi %[[T]], %[[C1]] : i64
// CHECK-NEXT:   linalg.yield %[[S2]], %[[T2]] : i64, i64
// CHECK:      %[[STALLED:.*]] = tensor.extract %[[COUNT]]#0[] : tensor<i64>
// CHECK-NEXT: %[[TOTAL:.*]] = tensor.extract %[[COUNT]]#1[] : tensor<i64>
// STOCHASTIC: %[[NEXT:.*]] = arith.addi %[[STEP]], %{{.*}} : i64
// NEAREST:    return %[[STORED]], %[[M]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[STALLED]], %[[TOTAL]], %[[STALLED]], %[[TOTAL]] :
// STOCHASTIC: return %[[STORED]], %[[M]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[STALLED]], %[[TOTAL]], %[[STALLED]], %[[TOTAL]], %[[NEXT]] :

// Without counts, the update is still stored in the format.
// UNPROBED: remark: stall probe 'params/w' (result 0 updates argument 0): stored in E3M4, nearest rounding
// UNPROBED: remark: stall probe 'opt/m' (result 1 updates argument 1): not probed, excluded by 'probe'
// UNPROBED: remark: altgrad-apply-recipe: 2 sites, 2 quantized (current scaling), 1 stall probes
// UNPROBED: altgrad.recipe = {probes = 1 : i64, scaling = "current", sites = 2 : i64, weight_format = "E3M4", weight_rounding = "nearest"}
// UNPROBED: %[[NEW:.*]] = arith.addf
// UNPROBED: %[[STORED:.*]] = altgrad.fake_quantize %[[NEW]], %{{.*}} format(!altgrad.fp<E3M4>) : tensor<4xf32>
// UNPROBED-NOT: linalg.generic
// UNPROBED: return %[[STORED]], %{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}}, %{{[^,]*}} : tensor<4xf32>, tensor<4xf32>, tensor<2xf32>, f32, f32, f32, f32{{$}}
func.func @main(%w: tensor<4xf32> {altgrad.name = "params/w"},
                %m: tensor<4xf32> {altgrad.name = "opt/m"},
                %x: tensor<2x4xf32>)
    -> (tensor<4xf32> {altgrad.updates = 0 : i64},
        tensor<4xf32> {altgrad.updates = 1 : i64}, tensor<2xf32>) {
  %e = tensor.empty() : tensor<2xf32>
  %y = linalg.matvec ins(%x, %w : tensor<2x4xf32>, tensor<4xf32>)
      outs(%e : tensor<2xf32>) -> tensor<2xf32>
  %w2 = arith.addf %w, %m : tensor<4xf32>
  return %w2, %m, %y : tensor<4xf32>, tensor<4xf32>, tensor<2xf32>
}
