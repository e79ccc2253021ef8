// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s --implicit-check-not=altgrad

// !altgrad.history<L> lowers to two values: the records as vector<Lxf32>,
// oldest first, -1.0 in empty slots, and the rejected count as i64. They
// travel through function arguments and results, func.call, scf.for
// iter_args and scf.if results.

// CHECK: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK: #[[SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @step
// CHECK-SAME: (%[[REC:.*]]: vector<4xf32>, %[[REJ:.*]]: i64, %[[X:.*]]: tensor<8xf32>) -> (vector<4xf32>, i64)
// The batch amax is a reduction over every element into a 0-d tensor.
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[EMPTY0:.*]] = tensor.empty() : tensor<f32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY0]] : tensor<f32>) -> tensor<f32>
// CHECK: %[[RED:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[SCALAR]]], iterator_types = ["reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<8xf32>) outs(%[[INIT]] : tensor<f32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[ABS_BITS:.*]] = arith.bitcast %[[IN]] : f32 to i32
// CHECK-NEXT: %[[ABS_MASK:.*]] = arith.constant 2147483647 : i32
// CHECK-NEXT: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %[[ABS_MASK]] : i32
// CHECK-NEXT: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-NEXT: %[[MAX:.*]] = arith.maximumf %[[ACC]], %[[ABS]] : f32
// CHECK-NEXT: linalg.yield %[[MAX]] : f32
// CHECK: %[[AMAX:.*]] = tensor.extract %[[RED]][] : tensor<f32>
// Recorded when finite (amax < +Inf is false for NaN and Inf) and not empty.
// CHECK: %[[FINITE:.*]] = arith.cmpf olt, %[[AMAX]], %{{.*}} : f32
// CHECK: %[[NONEMPTY:.*]] = arith.cmpi sgt, %{{.*}}, %{{.*}} : i64
// CHECK: %[[KEEP:.*]] = arith.andi %[[FINITE]], %[[NONEMPTY]] : i1
// CHECK: %[[REFUSE:.*]] = arith.xori %[[NONEMPTY]], %[[KEEP]] : i1
// Drop the oldest slot, append the new amax.
// CHECK: %[[NEW:.*]] = vector.broadcast %[[AMAX]] : f32 to vector<1xf32>
// CHECK: %[[SHIFT:.*]] = vector.shuffle %[[REC]], %[[NEW]] [1, 2, 3, 4] : vector<4xf32>, vector<1xf32>
// CHECK: %[[REC2:.*]] = arith.select %[[KEEP]], %[[SHIFT]], %[[REC]] : vector<4xf32>
// CHECK: %[[INC:.*]] = arith.extui %[[REFUSE]] : i1 to i64
// CHECK: %[[REJ2:.*]] = arith.addi %[[REJ]], %[[INC]] : i64
// CHECK: return %[[REC2]], %[[REJ2]] : vector<4xf32>, i64
func.func @step(%h: !altgrad.history<4>, %x: tensor<8xf32>) -> !altgrad.history<4> {
  %h1 = altgrad.history.update %h, %x : !altgrad.history<4>, tensor<8xf32>
  return %h1 : !altgrad.history<4>
}

// CHECK-LABEL: func.func @loop
// CHECK-SAME: (%[[XS:.*]]: tensor<3x8xf32>) -> (f32, i64)
// history.empty: every slot -1.0, no rejection.
// CHECK-DAG: %[[EMPTY:.*]] = arith.constant dense<-1.000000e+00> : vector<4xf32>
// CHECK-DAG: %[[NOREJ:.*]] = arith.constant 0 : i64
// CHECK: %[[H:.*]]:2 = scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[R:.*]] = %[[EMPTY]], %[[J:.*]] = %[[NOREJ]]) -> (vector<4xf32>, i64) {
// CHECK: %[[N:.*]]:2 = func.call @step(%[[R]], %[[J]], %{{.*}}) : (vector<4xf32>, i64, tensor<8xf32>) -> (vector<4xf32>, i64)
// CHECK-NEXT: scf.yield %[[N]]#0, %[[N]]#1 : vector<4xf32>, i64
// policy<most_recent>: the last slot; 1.0 when it is an empty (negative) slot.
// CHECK: %[[LAST:.*]] = vector.extract %[[H]]#0[3] : f32 from vector<4xf32>
// CHECK: %[[NONE:.*]] = arith.cmpf olt, %[[LAST]], %{{.*}} : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[A:.*]] = arith.select %[[NONE]], %[[ONE]], %[[LAST]] : f32
// history.rejected is the second part.
// CHECK: return %[[A]], %[[H]]#1 : f32, i64
func.func @loop(%xs: tensor<3x8xf32>) -> (f32, i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %h0 = altgrad.history.empty : !altgrad.history<4>
  %h = scf.for %i = %c0 to %c3 step %c1 iter_args(%hi = %h0) -> (!altgrad.history<4>) {
    %row = tensor.extract_slice %xs[%i, 0] [1, 8] [1, 1] : tensor<3x8xf32> to tensor<8xf32>
    %hn = func.call @step(%hi, %row) : (!altgrad.history<4>, tensor<8xf32>) -> !altgrad.history<4>
    scf.yield %hn : !altgrad.history<4>
  }
  %a = altgrad.history.amax %h policy<most_recent> : !altgrad.history<4>
  %r = altgrad.history.rejected %h : !altgrad.history<4>
  return %a, %r : f32, i64
}

// -----

// policy<max> (the default) reduces the records with maximumf.
// CHECK-LABEL: func.func @amax_max
// CHECK-SAME: (%[[REC:.*]]: vector<16xf32>, %{{.*}}: i64) -> f32
// CHECK: %[[M:.*]] = vector.reduction <maximumf>, %[[REC]] : vector<16xf32> into f32
// CHECK: %[[NONE:.*]] = arith.cmpf olt, %[[M]], %{{.*}} : f32
// CHECK: %[[A:.*]] = arith.select %[[NONE]], %{{.*}}, %[[M]] : f32
// CHECK: return %[[A]] : f32
func.func @amax_max(%h: !altgrad.history) -> f32 {
  %a = altgrad.history.amax %h : !altgrad.history
  return %a : f32
}

// -----

// A constant history fills the newest slots and leaves the oldest empty;
// reset is an empty history; both flow through scf.if.
// CHECK-LABEL: func.func @constant_and_reset
// CHECK-SAME: (%[[C:.*]]: i1) -> (vector<4xf32>, i64)
// CHECK-DAG: %[[K:.*]] = arith.constant dense<[-1.000000e+00, -1.000000e+00, 1.000000e+00, 4.000000e+00]> : vector<4xf32>
// CHECK-DAG: %[[KR:.*]] = arith.constant 2 : i64
// CHECK: %[[R:.*]]:2 = scf.if %[[C]] -> (vector<4xf32>, i64) {
// CHECK-DAG: %[[E:.*]] = arith.constant dense<-1.000000e+00> : vector<4xf32>
// CHECK-DAG: %[[Z:.*]] = arith.constant 0 : i64
// CHECK: scf.yield %[[E]], %[[Z]] : vector<4xf32>, i64
// CHECK: } else {
// CHECK: scf.yield %[[K]], %[[KR]] : vector<4xf32>, i64
// CHECK: return %[[R]]#0, %[[R]]#1 : vector<4xf32>, i64
func.func @constant_and_reset(%c: i1) -> !altgrad.history<4> {
  %h = altgrad.constant #altgrad.history<records = [1.0, 4.0], rejected = 2> : !altgrad.history<4>
  %r = scf.if %c -> !altgrad.history<4> {
    %z = altgrad.history.reset %h : !altgrad.history<4>
    scf.yield %z : !altgrad.history<4>
  } else {
    scf.yield %h : !altgrad.history<4>
  }
  return %r : !altgrad.history<4>
}

// -----

// A scalar input is an amax reduced elsewhere; a dynamic tensor counts its
// elements with tensor.dim so that an empty batch records nothing.
// CHECK-LABEL: func.func @scalar_and_dynamic
// CHECK-SAME: (%[[REC:.*]]: vector<2xf32>, %[[REJ:.*]]: i64, %[[A:.*]]: f32, %[[X:.*]]: tensor<?x4xbf16>) -> (vector<2xf32>, i64)
// CHECK: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK: arith.maximumf %[[ABS]], %{{.*}} : f32
// CHECK: vector.shuffle %[[REC]], %{{.*}} [1, 2] : vector<2xf32>, vector<1xf32>
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["reduction", "reduction"]
// CHECK-SAME: ins(%[[X]] : tensor<?x4xbf16>)
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x4xbf16>
// CHECK: arith.index_cast %[[D]] : index to i64
// CHECK: return
func.func @scalar_and_dynamic(%h: !altgrad.history<2>, %a: f32, %x: tensor<?x4xbf16>) -> !altgrad.history<2> {
  %h1 = altgrad.history.update %h, %a : !altgrad.history<2>, f32
  %h2 = altgrad.history.update %h1, %x : !altgrad.history<2>, tensor<?x4xbf16>
  return %h2 : !altgrad.history<2>
}

// -----

// An external function keeps the two-part signature at its declaration.
// CHECK-LABEL: func.func private @external(vector<8xf32>, i64) -> (vector<8xf32>, i64)
func.func private @external(!altgrad.history<8>) -> !altgrad.history<8>
// CHECK-LABEL: func.func @caller
// CHECK-SAME: (%[[R:.*]]: vector<8xf32>, %[[J:.*]]: i64) -> i64
// CHECK: %[[N:.*]]:2 = call @external(%[[R]], %[[J]]) : (vector<8xf32>, i64) -> (vector<8xf32>, i64)
// CHECK: return %[[N]]#1 : i64
func.func @caller(%h: !altgrad.history<8>) -> i64 {
  %n = func.call @external(%h) : (!altgrad.history<8>) -> !altgrad.history<8>
  %r = altgrad.history.rejected %n : !altgrad.history<8>
  return %r : i64
}
