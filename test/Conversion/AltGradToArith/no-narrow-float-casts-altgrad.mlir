// RUN: altgrad-opt %s --convert-altgrad-to-arith | FileCheck %s \
// RUN:   --implicit-check-not=altgrad --implicit-check-not=arith.truncf \
// RUN:   --implicit-check-not=arith.extf --implicit-check-not=scaling_ \
// RUN:   --implicit-check-not=f16 --implicit-check-not=f8E \
// RUN:   --implicit-check-not=f6E --implicit-check-not=f4E

// Every registered format, through every element-level op: the lowering is
// integer arithmetic on i8 codes and one f32 division / multiplication. No
// arith.truncf or arith.extf (to or from an 8-, 6- or 4-bit float, or at
// all: the inputs are f32), no f16 or bf16 (the pattern f16 covers bf16),
// and no builtin narrow float type anywhere. Each function has 8 divisions:
// 2 scalar quantizes, 1 vector, 1 tensor, 1 fake_quantize, 2 in stall_count
// (fake_quantize of w and of w2) and 1 in compute_scale.

// CHECK-LABEL: func.func @E0M7
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E0M7(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E0M7>, !altgrad.fp<E0M7>, vector<4x!altgrad.fp<E0M7>>, tensor<?x!altgrad.fp<E0M7>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E0M7>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E0M7>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E0M7>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E0M7>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E0M7> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E0M7>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E0M7>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E0M7>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E0M7>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E0M7>, !altgrad.fp<E0M7>, vector<4x!altgrad.fp<E0M7>>, tensor<?x!altgrad.fp<E0M7>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E1M6
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E1M6(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E1M6>, !altgrad.fp<E1M6>, vector<4x!altgrad.fp<E1M6>>, tensor<?x!altgrad.fp<E1M6>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E1M6>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E1M6>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E1M6>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E1M6>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E1M6> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E1M6>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E1M6>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E1M6>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E1M6>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E1M6>, !altgrad.fp<E1M6>, vector<4x!altgrad.fp<E1M6>>, tensor<?x!altgrad.fp<E1M6>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E3M4
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E3M4(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E3M4>, !altgrad.fp<E3M4>, vector<4x!altgrad.fp<E3M4>>, tensor<?x!altgrad.fp<E3M4>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E3M4>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E3M4>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E3M4>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E3M4>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E3M4> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E3M4>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E3M4>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E3M4>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E3M4>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E3M4>, !altgrad.fp<E3M4>, vector<4x!altgrad.fp<E3M4>>, tensor<?x!altgrad.fp<E3M4>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E5M2
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E5M2(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E5M2>, !altgrad.fp<E5M2>, vector<4x!altgrad.fp<E5M2>>, tensor<?x!altgrad.fp<E5M2>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E5M2>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E5M2>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E5M2> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E5M2>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E5M2>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E5M2>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E5M2>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E5M2>, !altgrad.fp<E5M2>, vector<4x!altgrad.fp<E5M2>>, tensor<?x!altgrad.fp<E5M2>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E7M0
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E7M0(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E7M0>, !altgrad.fp<E7M0>, vector<4x!altgrad.fp<E7M0>>, tensor<?x!altgrad.fp<E7M0>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E7M0>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E7M0>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E7M0>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E7M0>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E7M0> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E7M0>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E7M0>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E7M0>, !altgrad.fp<E7M0>, vector<4x!altgrad.fp<E7M0>>, tensor<?x!altgrad.fp<E7M0>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E4M3FN
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E4M3FN(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E4M3FN>, !altgrad.fp<E4M3FN>, vector<4x!altgrad.fp<E4M3FN>>, tensor<?x!altgrad.fp<E4M3FN>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E4M3FN>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E4M3FN>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E4M3FN>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E4M3FN>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E4M3FN> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E4M3FN>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E4M3FN>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E4M3FN>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E4M3FN>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E4M3FN>, !altgrad.fp<E4M3FN>, vector<4x!altgrad.fp<E4M3FN>>, tensor<?x!altgrad.fp<E4M3FN>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E4M3
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E4M3(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E4M3>, !altgrad.fp<E4M3>, vector<4x!altgrad.fp<E4M3>>, tensor<?x!altgrad.fp<E4M3>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E4M3>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E4M3>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E4M3>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E4M3>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E4M3> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E4M3>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E4M3>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E4M3>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E4M3>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E4M3>, !altgrad.fp<E4M3>, vector<4x!altgrad.fp<E4M3>>, tensor<?x!altgrad.fp<E4M3>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E5M2FNUZ
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E5M2FNUZ(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E5M2FNUZ>, !altgrad.fp<E5M2FNUZ>, vector<4x!altgrad.fp<E5M2FNUZ>>, tensor<?x!altgrad.fp<E5M2FNUZ>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2FNUZ>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E5M2FNUZ>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E5M2FNUZ>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2FNUZ>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E5M2FNUZ> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E5M2FNUZ>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E5M2FNUZ>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E5M2FNUZ>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E5M2FNUZ>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E5M2FNUZ>, !altgrad.fp<E5M2FNUZ>, vector<4x!altgrad.fp<E5M2FNUZ>>, tensor<?x!altgrad.fp<E5M2FNUZ>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E4M3FNUZ
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E4M3FNUZ(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E4M3FNUZ>, !altgrad.fp<E4M3FNUZ>, vector<4x!altgrad.fp<E4M3FNUZ>>, tensor<?x!altgrad.fp<E4M3FNUZ>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E4M3FNUZ>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E4M3FNUZ>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E4M3FNUZ>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E4M3FNUZ>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E4M3FNUZ> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E4M3FNUZ>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E4M3FNUZ>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E4M3FNUZ>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E4M3FNUZ>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E4M3FNUZ>, !altgrad.fp<E4M3FNUZ>, vector<4x!altgrad.fp<E4M3FNUZ>>, tensor<?x!altgrad.fp<E4M3FNUZ>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E2M3
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E2M3(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E2M3>, !altgrad.fp<E2M3>, vector<4x!altgrad.fp<E2M3>>, tensor<?x!altgrad.fp<E2M3>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E2M3>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E2M3>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E2M3>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E2M3>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E2M3> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E2M3>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E2M3>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E2M3>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E2M3>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E2M3>, !altgrad.fp<E2M3>, vector<4x!altgrad.fp<E2M3>>, tensor<?x!altgrad.fp<E2M3>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E3M2
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E3M2(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E3M2>, !altgrad.fp<E3M2>, vector<4x!altgrad.fp<E3M2>>, tensor<?x!altgrad.fp<E3M2>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E3M2>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E3M2>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E3M2>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E3M2>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E3M2> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E3M2>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E3M2>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E3M2>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E3M2>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E3M2>, !altgrad.fp<E3M2>, vector<4x!altgrad.fp<E3M2>>, tensor<?x!altgrad.fp<E3M2>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}

// CHECK-LABEL: func.func @E2M1
// CHECK-SAME: -> (i8, i8, vector<4xi8>, tensor<?xi8>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32)
// CHECK-COUNT-8: arith.divf
// CHECK: return
func.func @E2M1(%x: f32, %v: vector<4xf32>, %t: tensor<?xf32>, %s: f32, %lr: f32)
    -> (!altgrad.fp<E2M1>, !altgrad.fp<E2M1>, vector<4x!altgrad.fp<E2M1>>, tensor<?x!altgrad.fp<E2M1>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E2M1>
  %q1 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E2M1>
  %q2 = altgrad.quantize %v, %s : vector<4xf32> to vector<4x!altgrad.fp<E2M1>>
  %q3 = altgrad.quantize %t, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E2M1>>
  %d0 = altgrad.dequantize %q0, %s : !altgrad.fp<E2M1> to f32
  %d1 = altgrad.dequantize %q2, %s : vector<4x!altgrad.fp<E2M1>> to vector<4xf32>
  %f = altgrad.fake_quantize %t, %s format(!altgrad.fp<E2M1>) : tensor<?xf32>
  %n, %m = altgrad.stall_count %t, %t, %lr, %s format(!altgrad.fp<E2M1>) : tensor<?xf32>
  %c = altgrad.compute_scale %x format(!altgrad.fp<E2M1>)
  return %q0, %q1, %q2, %q3, %d0, %d1, %f, %n, %m, %c : !altgrad.fp<E2M1>, !altgrad.fp<E2M1>, vector<4x!altgrad.fp<E2M1>>, tensor<?x!altgrad.fp<E2M1>>, f32, vector<4xf32>, tensor<?xf32>, i64, i64, f32
}
