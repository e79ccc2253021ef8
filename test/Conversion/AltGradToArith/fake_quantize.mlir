// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s

// altgrad.fake_quantize is quantize then dequantize in one elementwise body:
// one division, an i8 code, one multiplication. No float truncation.

// CHECK-LABEL: func.func @scalar
// CHECK-SAME: (%[[X:.*]]: f32, %[[S:.*]]: f32) -> f32
// CHECK: arith.divf %[[X]], %[[S]] : f32
// CHECK: %[[C:.*]] = arith.trunci %{{.*}} : i32 to i8
// CHECK-NEXT: arith.extui %[[C]] : i8 to i32
// CHECK: %[[R:.*]] = arith.mulf %{{.*}}, %[[S]] : f32
// CHECK-NEXT: return %[[R]] : f32
func.func @scalar(%x: f32, %s: f32) -> f32 {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : f32
  return %y : f32
}

// -----

// CHECK-LABEL: func.func @vector
// CHECK-SAME: (%[[X:.*]]: vector<8xf32>, %{{.*}}: f32) -> vector<8xf32>
// CHECK: arith.divf %[[X]], %{{.*}} : vector<8xf32>
// CHECK: arith.trunci %{{.*}} : vector<8xi32> to vector<8xi8>
// CHECK: arith.mulf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK-NOT: linalg.generic
func.func @vector(%x: vector<8xf32>, %s: f32) -> vector<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E0M7>) : vector<8xf32>
  return %y : vector<8xf32>
}

// -----

// A builtin format: the code is bit-cast to the builtin type and back.
// CHECK-LABEL: func.func @dynamic_tensor_builtin
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xf32>, %[[S:.*]]: f32) -> tensor<?x?xf32>
// CHECK: tensor.dim %[[X]]
// CHECK: tensor.dim %[[X]]
// CHECK: %[[INIT:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<?x?xf32>
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[X]] : tensor<?x?xf32>) outs(%[[INIT]] : tensor<?x?xf32>)
// CHECK: arith.divf %{{.*}}, %[[S]] : f32
// CHECK: %[[C:.*]] = arith.trunci %{{.*}} : i32 to i8
// CHECK-NEXT: %[[F:.*]] = arith.bitcast %[[C]] : i8 to f8E4M3FN
// CHECK-NEXT: %[[I:.*]] = arith.bitcast %[[F]] : f8E4M3FN to i8
// CHECK-NEXT: arith.extui %[[I]] : i8 to i32
// CHECK: %[[V:.*]] = arith.mulf %{{.*}}, %[[S]] : f32
// CHECK-NEXT: linalg.yield %[[V]] : f32
// CHECK: return %[[R]]
func.func @dynamic_tensor_builtin(%x: tensor<?x?xf32>, %s: f32) -> tensor<?x?xf32> {
  %y = altgrad.fake_quantize %x, %s format(f8E4M3FN) : tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}
