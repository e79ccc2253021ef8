// RUN: altgrad-opt %s --convert-altgrad-to-arith | FileCheck %s \
// RUN:   --implicit-check-not=altgrad --implicit-check-not=arith.truncf \
// RUN:   --implicit-check-not=arith.extf --implicit-check-not=scaling_ \
// RUN:   --implicit-check-not=f16
// Every arith op that mentions a builtin 8-, 6- or 4-bit float type is a
// bit cast between the code and an integer (never a float conversion):
// RUN: altgrad-opt %s --convert-altgrad-to-arith \
// RUN:   | grep -E 'arith\.[a-z_]+ .*f(8|6|4)E' | FileCheck %s --check-prefix=CAST
// RUN: altgrad-opt %s --convert-altgrad-to-arith \
// RUN:   | grep -E 'arith\.[a-z_]+ .*f(8|6|4)E' | not grep -v arith.bitcast

// The builtin types with the same semantics as registered formats. Their
// codes are bit-cast to and from an integer of their width (i8, i6, i4);
// the arithmetic is the same integer code as for !altgrad.fp. 8 divisions
// per function, as in no-narrow-float-casts-altgrad.mlir.
// CAST: arith.bitcast %{{.*}} : i8 to f8E5M2
// CAST: arith.bitcast %{{.*}} : f8E5M2 to i8
// CAST: arith.bitcast %{{.*}} : i6 to f6E2M3FN
// CAST: arith.bitcast %{{.*}} : f6E2M3FN to i6
// CAST: arith.bitcast %{{.*}} : i4 to f4E2M1FN
// CAST: arith.bitcast %{{.*}} : f4E2M1FN to i4

// CHECK-LABEL: func.func @f8E5M2
// CHECK-SAME: -> (f8E5M2, f8E5M2, vector<4xf8E5M2>, tensor<?xf8E5M2>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f8E5M2(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f8E5M2, f8E5M2, vector<4xf8E5M2>, tensor<?xf8E5M2>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f8E5M2
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E5M2
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf8E5M2>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf8E5M2>
  %d0 = altgrad.dequantize %q0, %s : f8E5M2 to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf8E5M2> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f8E5M2) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f8E5M2) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f8E5M2)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f8E5M2, f8E5M2, vector<4xf8E5M2>, tensor<?xf8E5M2>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f8E4M3FN
// CHECK-SAME: -> (f8E4M3FN, f8E4M3FN, vector<4xf8E4M3FN>, tensor<?xf8E4M3FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f8E4M3FN(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f8E4M3FN, f8E4M3FN, vector<4xf8E4M3FN>, tensor<?xf8E4M3FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f8E4M3FN
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E4M3FN
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf8E4M3FN>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf8E4M3FN>
  %d0 = altgrad.dequantize %q0, %s : f8E4M3FN to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf8E4M3FN> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f8E4M3FN) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f8E4M3FN) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f8E4M3FN)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f8E4M3FN, f8E4M3FN, vector<4xf8E4M3FN>, tensor<?xf8E4M3FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f8E3M4
// CHECK-SAME: -> (f8E3M4, f8E3M4, vector<4xf8E3M4>, tensor<?xf8E3M4>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f8E3M4(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f8E3M4, f8E3M4, vector<4xf8E3M4>, tensor<?xf8E3M4>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f8E3M4
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E3M4
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf8E3M4>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf8E3M4>
  %d0 = altgrad.dequantize %q0, %s : f8E3M4 to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf8E3M4> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f8E3M4) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f8E3M4) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f8E3M4)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f8E3M4, f8E3M4, vector<4xf8E3M4>, tensor<?xf8E3M4>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f8E4M3
// CHECK-SAME: -> (f8E4M3, f8E4M3, vector<4xf8E4M3>, tensor<?xf8E4M3>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f8E4M3(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f8E4M3, f8E4M3, vector<4xf8E4M3>, tensor<?xf8E4M3>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f8E4M3
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E4M3
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf8E4M3>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf8E4M3>
  %d0 = altgrad.dequantize %q0, %s : f8E4M3 to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf8E4M3> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f8E4M3) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f8E4M3) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f8E4M3)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f8E4M3, f8E4M3, vector<4xf8E4M3>, tensor<?xf8E4M3>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f8E5M2FNUZ
// CHECK-SAME: -> (f8E5M2FNUZ, f8E5M2FNUZ, vector<4xf8E5M2FNUZ>, tensor<?xf8E5M2FNUZ>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f8E5M2FNUZ(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f8E5M2FNUZ, f8E5M2FNUZ, vector<4xf8E5M2FNUZ>, tensor<?xf8E5M2FNUZ>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f8E5M2FNUZ
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E5M2FNUZ
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf8E5M2FNUZ>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf8E5M2FNUZ>
  %d0 = altgrad.dequantize %q0, %s : f8E5M2FNUZ to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf8E5M2FNUZ> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f8E5M2FNUZ) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f8E5M2FNUZ) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f8E5M2FNUZ)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f8E5M2FNUZ, f8E5M2FNUZ, vector<4xf8E5M2FNUZ>, tensor<?xf8E5M2FNUZ>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f8E4M3FNUZ
// CHECK-SAME: -> (f8E4M3FNUZ, f8E4M3FNUZ, vector<4xf8E4M3FNUZ>, tensor<?xf8E4M3FNUZ>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f8E4M3FNUZ(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f8E4M3FNUZ, f8E4M3FNUZ, vector<4xf8E4M3FNUZ>, tensor<?xf8E4M3FNUZ>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f8E4M3FNUZ
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E4M3FNUZ
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf8E4M3FNUZ>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf8E4M3FNUZ>
  %d0 = altgrad.dequantize %q0, %s : f8E4M3FNUZ to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf8E4M3FNUZ> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f8E4M3FNUZ) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f8E4M3FNUZ) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f8E4M3FNUZ)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f8E4M3FNUZ, f8E4M3FNUZ, vector<4xf8E4M3FNUZ>, tensor<?xf8E4M3FNUZ>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f6E2M3FN
// CHECK-SAME: -> (f6E2M3FN, f6E2M3FN, vector<4xf6E2M3FN>, tensor<?xf6E2M3FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f6E2M3FN(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f6E2M3FN, f6E2M3FN, vector<4xf6E2M3FN>, tensor<?xf6E2M3FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f6E2M3FN
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f6E2M3FN
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf6E2M3FN>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf6E2M3FN>
  %d0 = altgrad.dequantize %q0, %s : f6E2M3FN to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf6E2M3FN> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f6E2M3FN) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f6E2M3FN) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f6E2M3FN)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f6E2M3FN, f6E2M3FN, vector<4xf6E2M3FN>, tensor<?xf6E2M3FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f6E3M2FN
// CHECK-SAME: -> (f6E3M2FN, f6E3M2FN, vector<4xf6E3M2FN>, tensor<?xf6E3M2FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f6E3M2FN(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f6E3M2FN, f6E3M2FN, vector<4xf6E3M2FN>, tensor<?xf6E3M2FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f6E3M2FN
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f6E3M2FN
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf6E3M2FN>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf6E3M2FN>
  %d0 = altgrad.dequantize %q0, %s : f6E3M2FN to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf6E3M2FN> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f6E3M2FN) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f6E3M2FN) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f6E3M2FN)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f6E3M2FN, f6E3M2FN, vector<4xf6E3M2FN>, tensor<?xf6E3M2FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @f4E2M1FN
// CHECK-SAME: -> (f4E2M1FN, f4E2M1FN, vector<4xf4E2M1FN>, tensor<?xf4E2M1FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @f4E2M1FN(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (f4E2M1FN, f4E2M1FN, vector<4xf4E2M1FN>, tensor<?xf4E2M1FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to f4E2M1FN
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to f4E2M1FN
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4xf4E2M1FN>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?xf4E2M1FN>
  %d0 = altgrad.dequantize %q0, %s : f4E2M1FN to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4xf4E2M1FN> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(f4E2M1FN) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(f4E2M1FN) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(f4E2M1FN)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : f4E2M1FN, f4E2M1FN, vector<4xf4E2M1FN>, tensor<?xf4E2M1FN>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}
