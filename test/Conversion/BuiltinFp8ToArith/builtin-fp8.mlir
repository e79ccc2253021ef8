// RUN: altgrad-opt %s --convert-builtin-fp8-to-arith --split-input-file \
// RUN:   --verify-diagnostics | FileCheck %s

// extf from a builtin format is the dequantization of its code: no extf
// from an 8-bit float is left, f32 results come straight from the integer
// code, narrower ones through one truncf.

// CHECK-LABEL: func.func @extf
// CHECK-NOT: arith.extf {{.*}} f8E4M3FN
// CHECK: arith.bitcast %{{.*}} : f8E4M3FN to i8
// CHECK-NOT: arith.extf {{.*}} f8E5M2
// CHECK: arith.bitcast %{{.*}} : vector<4xf8E5M2> to vector<4xi8>
// CHECK: arith.truncf %{{.*}} : vector<4xf32> to vector<4xf16>
// CHECK: arith.extf %{{.*}} : f32 to f64
func.func @extf(%a: f8E4M3FN, %b: vector<4xf8E5M2>, %c: f8E3M4)
    -> (f32, vector<4xf16>, f64) {
  %x = arith.extf %a : f8E4M3FN to f32
  %y = arith.extf %b : vector<4xf8E5M2> to vector<4xf16>
  %z = arith.extf %c : f8E3M4 to f64
  return %x, %y, %z : f32, vector<4xf16>, f64
}

// -----

// truncf to a builtin format is the quantization with scale 1: integer
// rounding, then the code bit-cast to the builtin type.

// CHECK-LABEL: func.func @truncf
// CHECK-NOT: arith.truncf
// CHECK: arith.bitcast %{{.*}} : i8 to f8E4M3FN
// CHECK: arith.bitcast %{{.*}} : vector<2xi8> to vector<2xf8E5M2FNUZ>
func.func @truncf(%a: f32, %b: vector<2xbf16>) -> (f8E4M3FN, vector<2xf8E5M2FNUZ>) {
  %x = arith.truncf %a : f32 to f8E4M3FN
  %y = arith.truncf %b to_nearest_even : vector<2xbf16> to vector<2xf8E5M2FNUZ>
  return %x, %y : f8E4M3FN, vector<2xf8E5M2FNUZ>
}

// -----

// Arithmetic on an 8-bit float happens in f32, rounded back once.

// CHECK-LABEL: func.func @addf
// CHECK: %[[SUM:.*]] = arith.addf %{{.*}}, %{{.*}} : f32
// CHECK-NOT: arith.truncf
// CHECK-NOT: arith.extf {{.*}} f8E4M3FN
// CHECK: return %{{.*}} : f8E4M3FN
func.func @addf(%a: f8E4M3FN, %b: f8E4M3FN) -> f8E4M3FN {
  %s = arith.addf %a, %b : f8E4M3FN
  return %s : f8E4M3FN
}

// -----

// Widening and narrowing between types without a format are left alone.

// CHECK-LABEL: func.func @others
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: arith.truncf %{{.*}} : f32 to bf16
func.func @others(%a: f16) -> bf16 {
  %x = arith.extf %a : f16 to f32
  %y = arith.truncf %x : f32 to bf16
  return %y : bf16
}

// -----

func.func @from_f64(%a: f64) -> f8E4M3FN {
  // expected-error @below {{'arith.truncf' op of a builtin 8-bit float cannot be lowered from f64 (through f32 it would round twice)}}
  %x = arith.truncf %a : f64 to f8E4M3FN
  return %x : f8E4M3FN
}

// -----

func.func @toward_zero(%a: f32) -> f8E5M2 {
  // expected-error @below {{'arith.truncf' op of a builtin 8-bit float cannot be lowered with a rounding mode other than to_nearest_even}}
  %x = arith.truncf %a toward_zero : f32 to f8E5M2
  return %x : f8E5M2
}

// -----

func.func @tensor(%a: tensor<4xf8E4M3FN>) -> tensor<4xf32> {
  // expected-error @below {{'arith.extf' op of a builtin 8-bit float cannot be lowered on tensors (lower them to loops first)}}
  %x = arith.extf %a : tensor<4xf8E4M3FN> to tensor<4xf32>
  return %x : tensor<4xf32>
}
