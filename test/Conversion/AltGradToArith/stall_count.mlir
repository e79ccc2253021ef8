// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s --implicit-check-not=altgrad

// altgrad.stall_count: u = -(lr * g), w2 = w + u, stalled where
// fake_quantize(w) == fake_quantize(w2) (ordered equality) and |g| > 1e-10,
// summed as i64; total is the element count.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @dynamic_tensor
// CHECK-SAME: (%[[W:.*]]: tensor<?xf32>, %[[G:.*]]: tensor<?xf32>, %[[LR:.*]]: f32, %[[S:.*]]: f32) -> (i64, i64)
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK: %[[EMPTY0:.*]] = tensor.empty() : tensor<i64>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : i64) outs(%[[EMPTY0]] : tensor<i64>) -> tensor<i64>
// CHECK: %[[RED:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[SCALAR]]], iterator_types = ["reduction"]}
// CHECK-SAME: ins(%[[W]], %[[G]] : tensor<?xf32>, tensor<?xf32>) outs(%[[INIT]] : tensor<i64>)
// CHECK-NEXT: ^bb0(%[[WI:.*]]: f32, %[[GI:.*]]: f32, %[[ACC:.*]]: i64):
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[LR]], %[[GI]] : f32
// CHECK-NEXT: %[[U:.*]] = arith.negf %[[P]] : f32
// CHECK-NEXT: %[[W2:.*]] = arith.addf %[[WI]], %[[U]] : f32
// The two quantizations, each one division. Equal codes are equal values
// unless NaN (E7M0: magnitudes above 0x7E = 126); different codes are
// dequantized (one multiplication each) and compared as floats.
// CHECK-DAG: arith.divf %[[WI]], %[[S]] : f32
// CHECK-DAG: arith.divf %[[W2]], %[[S]] : f32
// CHECK: %[[SAMECODE:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[SAME:.*]] = scf.if %[[SAMECODE]] -> (i1) {
// CHECK: %[[NANMAX:.*]] = arith.constant 126 : i32
// CHECK: %[[NAN:.*]] = arith.cmpi ugt, %{{.*}}, %[[NANMAX]] : i32
// CHECK-NEXT: %[[NOTNAN:.*]] = arith.xori %[[NAN]], %{{.*}} : i1
// CHECK-NEXT: scf.yield %[[NOTNAN]] : i1
// CHECK-NEXT: } else {
// CHECK-COUNT-2: arith.mulf %{{.*}}, %[[S]] : f32
// CHECK-NEXT: %[[EQ:.*]] = arith.cmpf oeq, %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: scf.yield %[[EQ]] : i1
// CHECK-NEXT: }
// CHECK-DAG: %[[AG_BITS:.*]] = arith.bitcast %[[GI]] : f32 to i32
// CHECK-DAG: %[[AG_CLEARED:.*]] = arith.andi %[[AG_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[AG:.*]] = arith.bitcast %[[AG_CLEARED]] : i32 to f32
// CHECK-DAG: %[[TH:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[BIG:.*]] = arith.cmpf ogt, %[[AG]], %[[TH]] : f32
// CHECK: %[[ST:.*]] = arith.andi %[[SAME]], %[[BIG]] : i1
// CHECK: %[[ONE:.*]] = arith.extui %[[ST]] : i1 to i64
// CHECK: %[[SUM:.*]] = arith.addi %[[ACC]], %[[ONE]] : i64
// CHECK: linalg.yield %[[SUM]] : i64
// CHECK: %[[STALLED:.*]] = tensor.extract %[[RED]][] : tensor<i64>
// CHECK: %[[D:.*]] = tensor.dim %[[W]], %{{.*}} : tensor<?xf32>
// CHECK: %[[DI:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK: %[[TOTAL:.*]] = arith.muli %{{.*}}, %[[DI]] : i64
// CHECK: return %[[STALLED]], %[[TOTAL]] : i64, i64
func.func @dynamic_tensor(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>
  return %a, %b : i64, i64
}

// -----

// Static 2-D tensor: every dimension is a reduction; the total is a product
// of constants; a custom threshold.
// CHECK-LABEL: func.func @static_tensor
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["reduction", "reduction"]
// CHECK-SAME: outs(%{{.*}} : tensor<i64>)
// CHECK: arith.constant 5.000000e-01 : f32
// CHECK: arith.cmpf ogt
// CHECK: tensor.extract
// CHECK-DAG: arith.constant 4 : i64
// CHECK-DAG: arith.constant 6 : i64
// CHECK: return
func.func @static_tensor(%w: tensor<4x6xf32>, %g: tensor<4x6xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) {threshold = 0.5 : f32} : tensor<4x6xf32>
  return %a, %b : i64, i64
}

// -----

// A vector reduces with vector.reduction <add> over i64 lanes.
// CHECK-LABEL: func.func @vector
// CHECK-SAME: (%[[W:.*]]: vector<8xf32>, %[[G:.*]]: vector<8xf32>, %[[LR:.*]]: f32, %{{.*}}: f32) -> (i64, i64)
// CHECK: %[[LRV:.*]] = vector.broadcast %[[LR]] : f32 to vector<8xf32>
// CHECK: arith.mulf %[[LRV]], %[[G]] : vector<8xf32>
// CHECK: arith.cmpf oeq, %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: %[[E:.*]] = arith.extui %{{.*}} : vector<8xi1> to vector<8xi64>
// CHECK: %[[F:.*]] = vector.shape_cast %[[E]] : vector<8xi64> to vector<8xi64>
// CHECK: %[[N:.*]] = vector.reduction <add>, %[[F]], %{{.*}} : vector<8xi64> into i64
// CHECK-NOT: linalg.generic
// CHECK: return %[[N]], %{{.*}} : i64, i64
func.func @vector(%w: vector<8xf32>, %g: vector<8xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.stall_count %w, %g, %lr, %s format(f8E4M3FN) : vector<8xf32>
  return %a, %b : i64, i64
}

// -----

// A scalar: the count is 0 or 1, the total 1.
// CHECK-LABEL: func.func @scalar
// CHECK: %[[E:.*]] = arith.extui %{{.*}} : i1 to i64
// CHECK: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: return %[[E]], %[[ONE]] : i64, i64
func.func @scalar(%w: f32, %g: f32, %lr: f32, %s: f32) -> (i64, i64) {
  %a, %b = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E0M7>) : f32
  return %a, %b : i64, i64
}
