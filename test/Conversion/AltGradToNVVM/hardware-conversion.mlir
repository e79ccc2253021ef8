// RUN: altgrad-opt %s --convert-altgrad-to-arith=keep-hardware-conversions -split-input-file | FileCheck %s --check-prefix=KEEP
// RUN: altgrad-opt %s --convert-altgrad-to-nvvm -split-input-file | FileCheck %s

// convert-altgrad-to-arith with keep-hardware-conversions leaves saturating
// f32 quantizations to E5M2 and E4M3FN as scalar altgrad.quantize ops to
// the builtin type inside the element code; other formats and overflow
// modes get the integer element code.
// KEEP-LABEL: func.func @tensors
// KEEP: linalg.generic
// KEEP: %[[Q:.*]] = altgrad.quantize %{{.*}}, %{{.*}} : f32 to f8E5M2
// KEEP-NEXT: %[[C:.*]] = arith.bitcast %[[Q]] : f8E5M2 to i8
// KEEP-NEXT: linalg.yield %[[C]] : i8
// KEEP: linalg.generic
// KEEP-NOT: altgrad.quantize
// KEEP: arith.divf
// KEEP: linalg.yield %{{.*}} : i8
// KEEP: linalg.generic
// KEEP-NOT: altgrad.quantize
// KEEP: arith.divf
// KEEP: linalg.yield %{{.*}} : i8
func.func @tensors(%x: tensor<?xf32>, %s: f32) -> (tensor<?x!altgrad.fp<E5M2>>, tensor<?x!altgrad.fp<E5M2>>, tensor<?x!altgrad.fp<E3M4>>) {
  %a = altgrad.quantize %x, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  %b = altgrad.quantize %x, %s overflow<ieee> : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  %c = altgrad.quantize %x, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E3M4>>
  return %a, %b, %c : tensor<?x!altgrad.fp<E5M2>>, tensor<?x!altgrad.fp<E5M2>>, tensor<?x!altgrad.fp<E3M4>>
}

// -----

// convert-altgrad-to-nvvm: in a kernel, x / scale converted by
// cvt.rn.satfinite (nvvm.convert.f32x2.to.f8x2, the low byte), its NaN
// replaced by the canonical NaN with the sign of x: E4M3FN 0x7F / 0xFF
// (127 / -1 as i8). Outside kernels the op stays.
// CHECK-LABEL: func.func @in_kernel
// CHECK-SAME: (%[[X:.*]]: f32, %[[S:.*]]: f32, %[[OUT:.*]]: memref<f8E4M3FN>)
// CHECK: gpu.launch
// CHECK: %[[Y:.*]] = arith.divf %[[X]], %[[S]] : f32
// CHECK-NEXT: %[[PAIR:.*]] = nvvm.convert.f32x2.to.f8x2 %[[Y]], %[[Y]] {rnd = #nvvm.fp_rnd_mode<rn>, sat = #nvvm.sat_mode<satfinite>} : i16(f8E4M3FN)
// CHECK-NEXT: %[[CODE:.*]] = arith.trunci %[[PAIR]] : i16 to i8
// CHECK: %[[BITS:.*]] = arith.bitcast %[[X]] : f32 to i32
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[BITS]], %{{.*}} : i32
// CHECK-DAG: %[[NANNEG:.*]] = arith.constant -1 : i8
// CHECK-DAG: %[[NANPOS:.*]] = arith.constant 127 : i8
// CHECK: %[[NAN:.*]] = arith.select %[[NEG]], %[[NANNEG]], %[[NANPOS]] : i8
// CHECK-NEXT: %[[ISNAN:.*]] = arith.cmpf uno, %[[Y]], %[[Y]] : f32
// CHECK-NEXT: %[[FIXED:.*]] = arith.select %[[ISNAN]], %[[NAN]], %[[CODE]] : i8
// CHECK-NEXT: %[[R:.*]] = arith.bitcast %[[FIXED]] : i8 to f8E4M3FN
// CHECK-NEXT: memref.store %[[R]], %[[OUT]][]
// CHECK: gpu.terminator
// CHECK: %[[HOST:.*]] = altgrad.quantize %[[X]], %[[S]] : f32 to f8E4M3FN
// CHECK-NEXT: return %[[HOST]]
func.func @in_kernel(%x: f32, %s: f32, %out: memref<f8E4M3FN>) -> f8E4M3FN {
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %v = %c1, %w = %c1) {
    %q = altgrad.quantize %x, %s : f32 to f8E4M3FN
    memref.store %q, %out[] : memref<f8E4M3FN>
    gpu.terminator
  }
  %h = altgrad.quantize %x, %s : f32 to f8E4M3FN
  return %h : f8E4M3FN
}

// -----

// Not converted: IEEE overflow (satfinite saturates), and E3M4, which has
// no conversion instruction.
// CHECK-LABEL: func.func @not_hardware
// CHECK-NOT: nvvm.
// CHECK: altgrad.quantize %{{.*}}, %{{.*}} overflow<ieee> : f32 to f8E5M2
// CHECK: altgrad.quantize %{{.*}}, %{{.*}} : f32 to f8E3M4
func.func @not_hardware(%x: f32, %s: f32, %a: memref<f8E5M2>, %b: memref<f8E3M4>) {
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %v = %c1, %w = %c1) {
    %p = altgrad.quantize %x, %s overflow<ieee> : f32 to f8E5M2
    memref.store %p, %a[] : memref<f8E5M2>
    %q = altgrad.quantize %x, %s : f32 to f8E3M4
    memref.store %q, %b[] : memref<f8E3M4>
    gpu.terminator
  }
  return
}
