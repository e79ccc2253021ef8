// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s

// altgrad.dequantize: decode the i8 code with integer ops into an exact f32
// value, then one f32 multiplication by the scale.

// CHECK-LABEL: func.func @scalar
// CHECK-SAME: (%[[Q:.*]]: i8, %[[S:.*]]: f32) -> f32
// CHECK: arith.extui %[[Q]] : i8 to i32
// E4M3FNUZ: 8 codes of 2^8, magnitude mask 0x7F, sign 0x80, 3 mantissa
// bits; its only NaN is 0x80 = 128.
// CHECK-DAG: arith.constant 255 : i32
// CHECK-DAG: arith.constant 127 : i32
// CHECK: arith.uitofp %{{.*}} : i32 to f32
// CHECK: arith.constant 128 : i32
// CHECK-DAG: %[[NAN:.*]] = arith.constant 0x7FC00000 : f32
// CHECK-DAG: %[[ISNAN:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : i32
// CHECK: %[[V:.*]] = arith.select %[[ISNAN]], %[[NAN]], %{{.*}} : f32
// CHECK-NEXT: %[[R:.*]] = arith.mulf %[[V]], %[[S]] : f32
// CHECK-NEXT: return %[[R]] : f32
// fnuz has no infinity.
// CHECK-NOT: 0x7F800000
func.func @scalar(%q: !altgrad.fp<E4M3FNUZ>, %s: f32) -> f32 {
  %x = altgrad.dequantize %q, %s : !altgrad.fp<E4M3FNUZ> to f32
  return %x : f32
}

// -----

// Builtin 8-bit float codes are bit-cast to i8, never extended as floats.
// CHECK-LABEL: func.func @builtin_vector
// CHECK-SAME: (%[[Q:.*]]: vector<4xf8E5M2>, %[[S:.*]]: f32) -> vector<4xf32>
// CHECK: %[[I:.*]] = arith.bitcast %[[Q]] : vector<4xf8E5M2> to vector<4xi8>
// CHECK-NEXT: arith.extui %[[I]] : vector<4xi8> to vector<4xi32>
// E5M2 has infinities.
// CHECK-DAG: arith.constant dense<0x7F800000> : vector<4xf32>
// CHECK-DAG: arith.constant dense<0xFF800000> : vector<4xf32>
// CHECK: %[[SV:.*]] = vector.broadcast %[[S]] : f32 to vector<4xf32>
// CHECK-NEXT: %[[R:.*]] = arith.mulf %{{.*}}, %[[SV]] : vector<4xf32>
// CHECK-NEXT: return %[[R]] : vector<4xf32>
// CHECK-NOT: arith.extf
func.func @builtin_vector(%q: vector<4xf8E5M2>, %s: f32) -> vector<4xf32> {
  %x = altgrad.dequantize %q, %s : vector<4xf8E5M2> to vector<4xf32>
  return %x : vector<4xf32>
}

// -----

// CHECK: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @dynamic_tensor
// CHECK-SAME: (%[[Q:.*]]: tensor<?xi8>, %[[S:.*]]: f32) -> tensor<?xf32>
// CHECK: %[[D:.*]] = tensor.dim %[[Q]], %{{.*}} : tensor<?xi8>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[D]]) : tensor<?xf32>
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[ID]], #[[ID]]], iterator_types = ["parallel"]
// CHECK-SAME: ins(%[[Q]] : tensor<?xi8>) outs(%[[INIT]] : tensor<?xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: i8, %{{.*}}: f32):
// CHECK-NEXT: arith.extui %[[IN]] : i8 to i32
// CHECK: %[[V:.*]] = arith.mulf %{{.*}}, %[[S]] : f32
// CHECK-NEXT: linalg.yield %[[V]] : f32
// CHECK: return %[[R]] : tensor<?xf32>
func.func @dynamic_tensor(%q: tensor<?x!altgrad.fp<E7M0>>, %s: f32) -> tensor<?xf32> {
  %x = altgrad.dequantize %q, %s : tensor<?x!altgrad.fp<E7M0>> to tensor<?xf32>
  return %x : tensor<?xf32>
}

// -----

// CHECK-LABEL: func.func @static_tensor
// CHECK-SAME: (%[[Q:.*]]: tensor<2x3xi8>, %{{.*}}: f32) -> tensor<2x3xf32>
// CHECK: tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[Q]] : tensor<2x3xi8>)
func.func @static_tensor(%q: tensor<2x3x!altgrad.fp<E1M6>>, %s: f32) -> tensor<2x3xf32> {
  %x = altgrad.dequantize %q, %s : tensor<2x3x!altgrad.fp<E1M6>> to tensor<2x3xf32>
  return %x : tensor<2x3xf32>
}
