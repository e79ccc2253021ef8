// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s

// altgrad.fake_quantize is quantize then dequantize in one elementwise body:
// one division, the rounding of quantize kept as the f32 bits of the
// rounded value (no i8 code assembled and decoded), one multiplication. No
// float truncation.

// CHECK-LABEL: func.func @scalar
// CHECK-SAME: (%[[X:.*]]: f32, %[[S:.*]]: f32) -> f32
// CHECK: %[[Y:.*]] = arith.divf %[[X]], %[[S]] : f32
// CHECK: %[[BITS:.*]] = arith.bitcast %[[Y]] : f32 to i32
// E5M2's largest finite value, 57344, saturates the rounded bits.
// CHECK: arith.minui %{{.*}}, %{{.*}} : i32
// CHECK: %[[V:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK: %[[NAN:.*]] = arith.select %{{.*}}, %{{.*}}, %[[V]] : f32
// CHECK-NEXT: %[[R:.*]] = arith.mulf %[[NAN]], %[[S]] : f32
// CHECK-NEXT: return %[[R]] : f32
// CHECK-NOT: trunci
func.func @scalar(%x: f32, %s: f32) -> f32 {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : f32
  return %y : f32
}

// -----

// CHECK-LABEL: func.func @vector
// CHECK-SAME: (%[[X:.*]]: vector<8xf32>, %{{.*}}: f32) -> vector<8xf32>
// CHECK: arith.divf %[[X]], %{{.*}} : vector<8xf32>
// CHECK: arith.addf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: arith.subf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: arith.minui %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK: arith.mulf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK-NOT: linalg.generic
func.func @vector(%x: vector<8xf32>, %s: f32) -> vector<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E0M7>) : vector<8xf32>
  return %y : vector<8xf32>
}

// -----

// A builtin format: no code of the builtin type appears.
// CHECK-LABEL: func.func @dynamic_tensor_builtin
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xf32>, %[[S:.*]]: f32) -> tensor<?x?xf32>
// CHECK: tensor.dim %[[X]]
// CHECK: tensor.dim %[[X]]
// CHECK: %[[INIT:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<?x?xf32>
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[X]] : tensor<?x?xf32>) outs(%[[INIT]] : tensor<?x?xf32>)
// CHECK: arith.divf %{{.*}}, %[[S]] : f32
// CHECK-NOT: f8E4M3FN
// CHECK: %[[V:.*]] = arith.mulf %{{.*}}, %[[S]] : f32
// CHECK-NEXT: linalg.yield %[[V]] : f32
// CHECK: return %[[R]]
func.func @dynamic_tensor_builtin(%x: tensor<?x?xf32>, %s: f32) -> tensor<?x?xf32> {
  %y = altgrad.fake_quantize %x, %s format(f8E4M3FN) : tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}
