// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s

// altgrad.quantize: one f32 division, then integer rounding on the f32 bits,
// truncated to an i8 code. Scalars and vectors are lowered in place; tensors
// become a parallel linalg.generic over a tensor.empty of the same shape.

// CHECK-LABEL: func.func @scalar
// CHECK-SAME: (%[[X:.*]]: f32, %[[S:.*]]: f32) -> i8
// CHECK-NOT: altgrad.
// CHECK: %[[Y:.*]] = arith.divf %[[X]], %[[S]] : f32
// CHECK-NEXT: %[[BITS:.*]] = arith.bitcast %[[Y]] : f32 to i32
// E5M2: smallest normal 2^(1 - 15) = 2^-14 (f32 bits 113 << 23 =
// 947912704), spacing below it 2^(-14 - 2) = 2^-16, so the rounding constant
// is 2^(-16 + 23) = 128; 23 - M = 21 f32 fraction bits are dropped above it,
// rounding with 2^20 - 1 less the rebase (-14 + 126) << 23:
// 1048575 - 939524096 = -938475521. Largest finite magnitude 0x7B = 123
// (57344), the saturation bound; canonical NaN 0x7E / 0xFE = 126 / 254.
// CHECK-DAG: arith.constant 1.280000e+02 : f32
// CHECK-DAG: arith.constant 947912704 : i32
// CHECK-DAG: arith.constant 21 : i32
// CHECK-DAG: arith.constant -938475521 : i32
// CHECK-DAG: arith.constant 123 : i32
// CHECK-DAG: arith.constant 126 : i32
// CHECK-DAG: arith.constant 254 : i32
// CHECK-DAG: arith.minui
// CHECK: %[[CODE:.*]] = arith.trunci %{{.*}} : i32 to i8
// CHECK-NEXT: return %[[CODE]] : i8
func.func @scalar(%x: f32, %s: f32) -> !altgrad.fp<E5M2> {
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  return %q : !altgrad.fp<E5M2>
}

// -----

// CHECK-LABEL: func.func @vector
// CHECK-SAME: (%[[X:.*]]: vector<2x4xf32>, %[[S:.*]]: f32) -> vector<2x4xi8>
// CHECK: %[[SV:.*]] = vector.broadcast %[[S]] : f32 to vector<2x4xf32>
// CHECK-NEXT: %[[Y:.*]] = arith.divf %[[X]], %[[SV]] : vector<2x4xf32>
// CHECK-NEXT: arith.bitcast %[[Y]] : vector<2x4xf32> to vector<2x4xi32>
// E3M4: smallest normal 2^(1 - 3) = 2^-2 (f32 bits 125 << 23 = 1048576000),
// spacing below it 2^-6, rounding constant 2^17 = 131072; 19 fraction bits
// dropped with 2^18 - 1 - (124 << 23) = -1039925249. Largest finite
// magnitude 0x6F = 111 (15.5); NaN 0x78 / 0xF8 = 120 / 248.
// CHECK-DAG: arith.constant dense<1.310720e+05> : vector<2x4xf32>
// CHECK-DAG: arith.constant dense<1048576000> : vector<2x4xi32>
// CHECK-DAG: arith.constant dense<-1039925249> : vector<2x4xi32>
// CHECK-DAG: arith.constant dense<111> : vector<2x4xi32>
// CHECK-DAG: arith.constant dense<120> : vector<2x4xi32>
// CHECK-DAG: arith.constant dense<248> : vector<2x4xi32>
// CHECK: %[[CODE:.*]] = arith.trunci %{{.*}} : vector<2x4xi32> to vector<2x4xi8>
// CHECK-NEXT: return %[[CODE]] : vector<2x4xi8>
// CHECK-NOT: linalg.generic
func.func @vector(%x: vector<2x4xf32>, %s: f32) -> vector<2x4x!altgrad.fp<E3M4>> {
  %q = altgrad.quantize %x, %s : vector<2x4xf32> to vector<2x4x!altgrad.fp<E3M4>>
  return %q : vector<2x4x!altgrad.fp<E3M4>>
}

// -----

// CHECK: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @static_tensor
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[S:.*]]: f32) -> tensor<4x8xi8>
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<4x8xi8>
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: indexing_maps = [#[[ID]], #[[ID]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%[[X]] : tensor<4x8xf32>) outs(%[[INIT]] : tensor<4x8xi8>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: i8):
// CHECK: arith.divf %[[IN]], %[[S]] : f32
// CHECK: %[[CODE:.*]] = arith.trunci %{{.*}} : i32 to i8
// CHECK-NEXT: linalg.yield %[[CODE]] : i8
// CHECK-NEXT: } -> tensor<4x8xi8>
// CHECK-NEXT: return %[[R]] : tensor<4x8xi8>
func.func @static_tensor(%x: tensor<4x8xf32>, %s: f32) -> tensor<4x8x!altgrad.fp<E7M0>> {
  %q = altgrad.quantize %x, %s : tensor<4x8xf32> to tensor<4x8x!altgrad.fp<E7M0>>
  return %q : tensor<4x8x!altgrad.fp<E7M0>>
}

// -----

// A dynamic dimension sizes the destination with tensor.dim.
// CHECK-LABEL: func.func @dynamic_tensor
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x?xf32>, %[[S:.*]]: f32) -> tensor<?x3x?xi8>
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[D0:.*]] = tensor.dim %[[X]], %[[C0]] : tensor<?x3x?xf32>
// CHECK-DAG: %[[D2:.*]] = tensor.dim %[[X]], %[[C2]] : tensor<?x3x?xf32>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[D0]], %[[D2]]) : tensor<?x3x?xi8>
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel"]
// CHECK-SAME: ins(%[[X]] : tensor<?x3x?xf32>) outs(%[[INIT]] : tensor<?x3x?xi8>)
// CHECK: } -> tensor<?x3x?xi8>
func.func @dynamic_tensor(%x: tensor<?x3x?xf32>, %s: f32) -> tensor<?x3x?x!altgrad.fp<E0M7>> {
  %q = altgrad.quantize %x, %s : tensor<?x3x?xf32> to tensor<?x3x?x!altgrad.fp<E0M7>>
  return %q : tensor<?x3x?x!altgrad.fp<E0M7>>
}

// -----

// A tensor encoding stays on the destination, which has the result's type
// (it was dropped, and the linalg.generic was invalid; docs/robustness.md).
// CHECK-LABEL: func.func @encoded_tensor
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<4xi8, "enc">
// CHECK: linalg.generic
// CHECK-SAME: outs(%[[INIT]] : tensor<4xi8, "enc">)
// CHECK: } -> tensor<4xi8, "enc">
func.func @encoded_tensor(%x: tensor<4xf32, "enc">, %s: f32) -> tensor<4x!altgrad.fp<E5M2>, "enc"> {
  %q = altgrad.quantize %x, %s : tensor<4xf32, "enc"> to tensor<4x!altgrad.fp<E5M2>, "enc">
  return %q : tensor<4x!altgrad.fp<E5M2>, "enc">
}

// -----

// f16 and bf16 inputs are extended to f32 (exact) before the one division.
// CHECK-LABEL: func.func @half_inputs
// CHECK-SAME: (%[[H:.*]]: f16, %[[B:.*]]: vector<4xbf16>, %[[S:.*]]: f32) -> (i8, vector<4xi8>)
// CHECK: %[[HX:.*]] = arith.extf %[[H]] : f16 to f32
// CHECK-NEXT: arith.divf %[[HX]], %[[S]] : f32
// CHECK: %[[BX:.*]] = arith.extf %[[B]] : vector<4xbf16> to vector<4xf32>
// CHECK: arith.divf %[[BX]], %{{.*}} : vector<4xf32>
func.func @half_inputs(%h: f16, %b: vector<4xbf16>, %s: f32) -> (!altgrad.fp<E1M6>, vector<4x!altgrad.fp<E1M6>>) {
  %qh = altgrad.quantize %h, %s : f16 to !altgrad.fp<E1M6>
  %qb = altgrad.quantize %b, %s : vector<4xbf16> to vector<4x!altgrad.fp<E1M6>>
  return %qh, %qb : !altgrad.fp<E1M6>, vector<4x!altgrad.fp<E1M6>>
}

// -----

// A builtin 8-bit float result keeps its type: the i8 code is bit-cast to it.
// CHECK-LABEL: func.func @builtin_result
// CHECK-SAME: -> (f8E4M3FN, tensor<2xf8E5M2>)
// CHECK: %[[C:.*]] = arith.trunci %{{.*}} : i32 to i8
// CHECK-NEXT: %[[F:.*]] = arith.bitcast %[[C]] : i8 to f8E4M3FN
// CHECK: linalg.generic
// CHECK: ^bb0(%{{.*}}: f32, %{{.*}}: f8E5M2):
// CHECK: %[[TC:.*]] = arith.trunci %{{.*}} : i32 to i8
// CHECK-NEXT: %[[TF:.*]] = arith.bitcast %[[TC]] : i8 to f8E5M2
// CHECK-NEXT: linalg.yield %[[TF]] : f8E5M2
// CHECK-NOT: arith.truncf
func.func @builtin_result(%x: f32, %t: tensor<2xf32>, %s: f32) -> (f8E4M3FN, tensor<2xf8E5M2>) {
  %q = altgrad.quantize %x, %s : f32 to f8E4M3FN
  %r = altgrad.quantize %t, %s : tensor<2xf32> to tensor<2xf8E5M2>
  return %q, %r : f8E4M3FN, tensor<2xf8E5M2>
}

// -----

// overflow<ieee> in E5M2: beyond 57344 the code is Inf, 0x7C / 0xFC =
// 124 / 252, instead of the saturated 123 / 251.
// CHECK-LABEL: func.func @ieee_overflow
// CHECK-DAG: arith.constant 124 : i32
// CHECK-DAG: arith.constant 252 : i32
// CHECK-NOT: arith.constant 251 : i32
// CHECK: arith.trunci
func.func @ieee_overflow(%x: f32, %s: f32) -> !altgrad.fp<E5M2> {
  %q = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E5M2>
  return %q : !altgrad.fp<E5M2>
}
