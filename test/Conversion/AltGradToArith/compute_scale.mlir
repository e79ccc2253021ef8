// RUN: altgrad-opt %s --convert-altgrad-to-arith | FileCheck %s

// altgrad.compute_scale: s = max(amax / largest_finite, scale_min), and 1.0
// where amax is NaN or infinite (docs/spec.md section 3). The divisor is each
// format's largest finite value, derived from (E, M, bias, rule); the
// expected constants below are worked out from docs/spec.md section 1.

// E0M7: E=0, M=7, bias 1, rule none: all codes m/2^7 * 2^(1-1); max 127/128.
// CHECK-LABEL: func.func @scale_E0M7
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 0.9921875 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E0M7(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E0M7>)
  return %s : f32
}

// E1M6: E=1, bias 0, ieee: e=1 reserved, max subnormal 63/64 * 2^1 = 63/32.
// CHECK-LABEL: func.func @scale_E1M6
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 1.968750e+00 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E1M6(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E1M6>)
  return %s : f32
}

// E3M4: (1 + 15/16) * 2^(6-3) = 15.5 (SPEC: not the plan's 240).
// CHECK-LABEL: func.func @scale_E3M4
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 1.550000e+01 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E3M4(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E3M4>)
  return %s : f32
}

// E5M2: (1 + 3/4) * 2^(30-15) = 57344.
// CHECK-LABEL: func.func @scale_E5M2
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 5.734400e+04 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E5M2(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  return %s : f32
}

// E7M0: 2^(126-63) = 2^63 = 9223372036854775808, exact in f32.
// CHECK-LABEL: func.func @scale_E7M0
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 9.22337203E+18 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E7M0(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E7M0>)
  return %s : f32
}

// E4M3FN: fn: only 0x7F is NaN, (1 + 6/8) * 2^(15-7) = 448.
// CHECK-LABEL: func.func @scale_E4M3FN
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 4.480000e+02 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E4M3FN(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E4M3FN>)
  return %s : f32
}

// E4M3: ieee: (1 + 7/8) * 2^(14-7) = 240.
// CHECK-LABEL: func.func @scale_E4M3
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 2.400000e+02 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E4M3(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E4M3>)
  return %s : f32
}

// E5M2FNUZ: bias 16, fnuz: (1 + 3/4) * 2^(31-16) = 57344.
// CHECK-LABEL: func.func @scale_E5M2FNUZ
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 5.734400e+04 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E5M2FNUZ(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2FNUZ>)
  return %s : f32
}

// E4M3FNUZ: bias 8, fnuz: (1 + 7/8) * 2^(15-8) = 240.
// CHECK-LABEL: func.func @scale_E4M3FNUZ
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 2.400000e+02 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E4M3FNUZ(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E4M3FNUZ>)
  return %s : f32
}

// E2M3: bias 1, none: (1 + 7/8) * 2^(3-1) = 7.5.
// CHECK-LABEL: func.func @scale_E2M3
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 7.500000e+00 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E2M3(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E2M3>)
  return %s : f32
}

// E3M2: bias 3, none: (1 + 3/4) * 2^(7-3) = 28.
// CHECK-LABEL: func.func @scale_E3M2
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 2.800000e+01 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E3M2(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E3M2>)
  return %s : f32
}

// E2M1: bias 1, none: (1 + 1/2) * 2^(3-1) = 6.
// CHECK-LABEL: func.func @scale_E2M1
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 6.000000e+00 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_E2M1(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E2M1>)
  return %s : f32
}

// f8E5M2: as E5M2.
// CHECK-LABEL: func.func @scale_f8E5M2
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 5.734400e+04 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f8E5M2(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f8E5M2)
  return %s : f32
}

// f8E4M3FN: as E4M3FN.
// CHECK-LABEL: func.func @scale_f8E4M3FN
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 4.480000e+02 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f8E4M3FN(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f8E4M3FN)
  return %s : f32
}

// f8E3M4: as E3M4.
// CHECK-LABEL: func.func @scale_f8E3M4
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 1.550000e+01 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f8E3M4(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f8E3M4)
  return %s : f32
}

// f8E4M3: as E4M3.
// CHECK-LABEL: func.func @scale_f8E4M3
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 2.400000e+02 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f8E4M3(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f8E4M3)
  return %s : f32
}

// f8E5M2FNUZ: as E5M2FNUZ.
// CHECK-LABEL: func.func @scale_f8E5M2FNUZ
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 5.734400e+04 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f8E5M2FNUZ(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f8E5M2FNUZ)
  return %s : f32
}

// f8E4M3FNUZ: as E4M3FNUZ.
// CHECK-LABEL: func.func @scale_f8E4M3FNUZ
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 2.400000e+02 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f8E4M3FNUZ(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f8E4M3FNUZ)
  return %s : f32
}

// f6E2M3FN: as E2M3.
// CHECK-LABEL: func.func @scale_f6E2M3FN
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 7.500000e+00 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f6E2M3FN(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f6E2M3FN)
  return %s : f32
}

// f6E3M2FN: as E3M2.
// CHECK-LABEL: func.func @scale_f6E3M2FN
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 2.800000e+01 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f6E3M2FN(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f6E3M2FN)
  return %s : f32
}

// f4E2M1FN: as E2M1.
// CHECK-LABEL: func.func @scale_f4E2M1FN
// CHECK-SAME: (%[[A:.*]]: f32) -> f32
// CHECK: %[[MAX:.*]] = arith.constant 6.000000e+00 : f32
// CHECK: %[[R:.*]] = arith.divf %[[A]], %[[MAX]] : f32
// CHECK: %[[MIN:.*]] = arith.constant 1.000000e-10 : f32
// CHECK: %[[C:.*]] = arith.maximumf %[[R]], %[[MIN]] : f32
// CHECK-DAG: %[[ABS_BITS:.*]] = arith.bitcast %[[A]] : f32 to i32
// CHECK-DAG: %[[ABS_CLEARED:.*]] = arith.andi %[[ABS_BITS]], %{{.*}} : i32
// CHECK-DAG: %[[ABS:.*]] = arith.bitcast %[[ABS_CLEARED]] : i32 to f32
// CHECK-DAG: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf olt, %[[ABS]], %[[INF]] : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[S:.*]] = arith.select %[[FIN]], %[[C]], %[[ONE]] : f32
// CHECK-NEXT: return %[[S]] : f32
func.func @scale_f4E2M1FN(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(f4E2M1FN)
  return %s : f32
}

// A custom scale_min replaces 1e-10.
// CHECK-LABEL: func.func @custom_scale_min
// CHECK: arith.constant 1.000000e-03 : f32
// CHECK-NOT: 1.000000e-10
// CHECK: return
func.func @custom_scale_min(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = 1.0e-3 : f32}
  return %s : f32
}
