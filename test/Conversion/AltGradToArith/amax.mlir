// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s --implicit-check-not=altgrad

// altgrad.amax: max |x| with NaN-propagating maximumf, starting from +0.

// CHECK-LABEL: func.func @scalar
// CHECK-SAME: (%[[X:.*]]: f32) -> f32
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ABS_BITS:.*]] = arith.bitcast %[[X]] : f32 to i32
// CHECK: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK: %[[M:.*]] = arith.maximumf %[[ABS]], %[[ZERO]] : f32
// CHECK: return %[[M]] : f32
func.func @scalar(%x: f32) -> f32 {
  %a = altgrad.amax %x : f32
  return %a : f32
}

// -----

// A vector of any rank is flattened and reduced with vector.reduction.
// CHECK-LABEL: func.func @vector
// CHECK-SAME: (%[[X:.*]]: vector<2x4xf32>) -> f32
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ABS_BITS:.*]] = arith.bitcast %[[X]] : vector<2x4xf32> to vector<2x4xi32>
// CHECK: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : vector<2x4xi32>
// CHECK: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : vector<2x4xi32> to vector<2x4xf32>
// CHECK: %[[FLAT:.*]] = vector.shape_cast %[[ABS]] : vector<2x4xf32> to vector<8xf32>
// CHECK: %[[M:.*]] = vector.reduction <maximumf>, %[[FLAT]], %[[ZERO]] : vector<8xf32> into f32
// CHECK: return %[[M]] : f32
func.func @vector(%x: vector<2x4xf32>) -> f32 {
  %a = altgrad.amax %x : vector<2x4xf32>
  return %a : f32
}

// -----

// A tensor becomes a linalg.generic reduction over every dimension into a
// 0-d tensor filled with +0 (tensor.empty + linalg.fill, which bufferizes
// without a copy), read back with tensor.extract.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @static_tensor
// CHECK-SAME: (%[[X:.*]]: tensor<3x5xf32>) -> f32
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[EMPTY0:.*]] = tensor.empty() : tensor<f32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY0]] : tensor<f32>) -> tensor<f32>
// CHECK: %[[RED:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[SCALAR]]], iterator_types = ["reduction", "reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<3x5xf32>) outs(%[[INIT]] : tensor<f32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[ABS_BITS:.*]] = arith.bitcast %[[IN]] : f32 to i32
// CHECK-NEXT: %[[ABS_MASK:.*]] = arith.constant 2147483647 : i32
// CHECK-NEXT: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %[[ABS_MASK]] : i32
// CHECK-NEXT: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-NEXT: %[[M:.*]] = arith.maximumf %[[ACC]], %[[ABS]] : f32
// CHECK-NEXT: linalg.yield %[[M]] : f32
// CHECK-NEXT: } -> tensor<f32>
// CHECK-NEXT: %[[A:.*]] = tensor.extract %[[RED]][] : tensor<f32>
// CHECK-NEXT: return %[[A]] : f32
func.func @static_tensor(%x: tensor<3x5xf32>) -> f32 {
  %a = altgrad.amax %x : tensor<3x5xf32>
  return %a : f32
}

// -----

// Dynamic f16 and bf16 tensors: each element is extended to f32 (exact).
// CHECK-LABEL: func.func @dynamic_half
// CHECK-SAME: (%[[H:.*]]: tensor<?xf16>, %[[B:.*]]: tensor<?x?xbf16>) -> (f32, f32)
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["reduction"]
// CHECK-SAME: ins(%[[H]] : tensor<?xf16>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f16, %{{.*}}: f32):
// CHECK-NEXT: %[[E:.*]] = arith.extf %[[IN]] : f16 to f32
// CHECK-NEXT: %[[ABS_BITS:.*]] = arith.bitcast %[[E]] : f32 to i32
// CHECK-NEXT: %[[ABS_MASK:.*]] = arith.constant 2147483647 : i32
// CHECK-NEXT: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %[[ABS_MASK]] : i32
// CHECK-NEXT: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["reduction", "reduction"]
// CHECK-SAME: ins(%[[B]] : tensor<?x?xbf16>)
// CHECK-NEXT: ^bb0(%[[IN2:.*]]: bf16, %{{.*}}: f32):
// CHECK-NEXT: arith.extf %[[IN2]] : bf16 to f32
func.func @dynamic_half(%h: tensor<?xf16>, %b: tensor<?x?xbf16>) -> (f32, f32) {
  %a = altgrad.amax %h : tensor<?xf16>
  %c = altgrad.amax %b : tensor<?x?xbf16>
  return %a, %c : f32, f32
}
