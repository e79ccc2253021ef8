// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s --implicit-check-not=altgrad

// !altgrad.fp<...> becomes i8 everywhere: in function signatures, calls,
// inside tensors, vectors and memrefs, in ops of other dialects, in block
// arguments and scf results. Builtin 8-bit float types are kept.

// CHECK-LABEL: func.func private @decl(i8, tensor<?xi8>, vector<4xi8>, memref<2x?xi8>) -> tensor<3xi8>
func.func private @decl(!altgrad.fp<E5M2>, tensor<?x!altgrad.fp<E3M4>>, vector<4x!altgrad.fp<E7M0>>, memref<2x?x!altgrad.fp<E0M7>>) -> tensor<3x!altgrad.fp<E1M6>>

// CHECK-LABEL: func.func @tensor_ops
// CHECK-SAME: (%[[T:.*]]: tensor<?xi8>, %[[I:.*]]: index, %[[C:.*]]: i8) -> (i8, tensor<?xi8>, tensor<2xi8>, tensor<4xi8>)
// CHECK: %[[E:.*]] = tensor.extract %[[T]][%[[I]]] : tensor<?xi8>
// CHECK: %[[INS:.*]] = tensor.insert %[[C]] into %[[T]][%[[I]]] : tensor<?xi8>
// CHECK: %[[FE:.*]] = tensor.from_elements %[[E]], %[[C]] : tensor<2xi8>
// CHECK: %[[EM:.*]] = tensor.empty() : tensor<4xi8>
// CHECK: return %[[E]], %[[INS]], %[[FE]], %[[EM]] : i8, tensor<?xi8>, tensor<2xi8>, tensor<4xi8>
func.func @tensor_ops(%t: tensor<?x!altgrad.fp<E5M2>>, %i: index, %c: !altgrad.fp<E5M2>)
    -> (!altgrad.fp<E5M2>, tensor<?x!altgrad.fp<E5M2>>, tensor<2x!altgrad.fp<E5M2>>, tensor<4x!altgrad.fp<E5M2>>) {
  %e = tensor.extract %t[%i] : tensor<?x!altgrad.fp<E5M2>>
  %ins = tensor.insert %c into %t[%i] : tensor<?x!altgrad.fp<E5M2>>
  %fe = tensor.from_elements %e, %c : tensor<2x!altgrad.fp<E5M2>>
  %em = tensor.empty() : tensor<4x!altgrad.fp<E5M2>>
  return %e, %ins, %fe, %em : !altgrad.fp<E5M2>, tensor<?x!altgrad.fp<E5M2>>, tensor<2x!altgrad.fp<E5M2>>, tensor<4x!altgrad.fp<E5M2>>
}

// CHECK-LABEL: func.func @calls
// CHECK-SAME: (%[[A:.*]]: i8, %[[T:.*]]: tensor<?xi8>, %[[V:.*]]: vector<4xi8>, %[[M:.*]]: memref<2x?xi8>) -> tensor<3xi8>
// CHECK: %[[R:.*]] = call @decl(%[[A]], %[[T]], %[[V]], %[[M]]) : (i8, tensor<?xi8>, vector<4xi8>, memref<2x?xi8>) -> tensor<3xi8>
// CHECK: return %[[R]] : tensor<3xi8>
func.func @calls(%a: !altgrad.fp<E5M2>, %t: tensor<?x!altgrad.fp<E3M4>>, %v: vector<4x!altgrad.fp<E7M0>>, %m: memref<2x?x!altgrad.fp<E0M7>>) -> tensor<3x!altgrad.fp<E1M6>> {
  %r = func.call @decl(%a, %t, %v, %m) : (!altgrad.fp<E5M2>, tensor<?x!altgrad.fp<E3M4>>, vector<4x!altgrad.fp<E7M0>>, memref<2x?x!altgrad.fp<E0M7>>) -> tensor<3x!altgrad.fp<E1M6>>
  return %r : tensor<3x!altgrad.fp<E1M6>>
}

// -----

// CHECK-LABEL: func.func @memref_and_vector
// CHECK-SAME: (%[[M:.*]]: memref<?xi8>, %[[V:.*]]: vector<4xi8>, %[[I:.*]]: index) -> i8
// CHECK: %[[L:.*]] = memref.load %[[M]][%[[I]]] : memref<?xi8>
// CHECK: %[[X:.*]] = vector.extract %[[V]][0] : i8 from vector<4xi8>
// CHECK: memref.store %[[X]], %[[M]][%[[I]]] : memref<?xi8>
// CHECK: %[[A:.*]] = memref.alloc() : memref<8xi8>
// CHECK: memref.dealloc %[[A]] : memref<8xi8>
// CHECK: return %[[L]] : i8
func.func @memref_and_vector(%m: memref<?x!altgrad.fp<E4M3FN>>, %v: vector<4x!altgrad.fp<E4M3FN>>, %i: index) -> !altgrad.fp<E4M3FN> {
  %l = memref.load %m[%i] : memref<?x!altgrad.fp<E4M3FN>>
  %x = vector.extract %v[0] : !altgrad.fp<E4M3FN> from vector<4x!altgrad.fp<E4M3FN>>
  memref.store %x, %m[%i] : memref<?x!altgrad.fp<E4M3FN>>
  %a = memref.alloc() : memref<8x!altgrad.fp<E4M3FN>>
  memref.dealloc %a : memref<8x!altgrad.fp<E4M3FN>>
  return %l : !altgrad.fp<E4M3FN>
}

// -----

// Constant codes become i8 constants of the same shape (a scalar code from
// its 0-d tensor); builtin 8-bit constants stay as they are.
// CHECK-LABEL: func.func @constants
// CHECK-DAG: %[[S:.*]] = arith.constant 60 : i8
// CHECK-DAG: %[[T:.*]] = arith.constant dense<[60, 126, -128]> : tensor<3xi8>
// CHECK-DAG: %[[V:.*]] = arith.constant dense<1> : vector<2xi8>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<1.000000e+00> : tensor<2xf8E4M3FN>
// CHECK: return %[[S]], %[[T]], %[[V]], %[[B]] : i8, tensor<3xi8>, vector<2xi8>, tensor<2xf8E4M3FN>
func.func @constants() -> (!altgrad.fp<E5M2>, tensor<3x!altgrad.fp<E5M2>>, vector<2x!altgrad.fp<E7M0>>, tensor<2xf8E4M3FN>) {
  %s = altgrad.constant #altgrad.codes<dense<60> : tensor<i8>> : !altgrad.fp<E5M2>
  %t = altgrad.constant #altgrad.codes<dense<[60, 126, -128]> : tensor<3xi8>> : tensor<3x!altgrad.fp<E5M2>>
  %v = altgrad.constant #altgrad.codes<dense<1> : vector<2xi8>> : vector<2x!altgrad.fp<E7M0>>
  %b = arith.constant dense<1.0> : tensor<2xf8E4M3FN>
  return %s, %t, %v, %b : !altgrad.fp<E5M2>, tensor<3x!altgrad.fp<E5M2>>, vector<2x!altgrad.fp<E7M0>>, tensor<2xf8E4M3FN>
}

// -----

// Codes through scf.for iter_args and scf.if results (cf block arguments:
// cf-block-arguments.mlir).
// CHECK-LABEL: func.func @control_flow
// CHECK-SAME: (%[[A:.*]]: i8, %[[B:.*]]: i8, %[[C:.*]]: i1, %[[N:.*]]: index) -> i8
// CHECK: %[[F:.*]] = scf.for %{{.*}} = %{{.*}} to %[[N]] step %{{.*}} iter_args(%[[X:.*]] = %[[A]]) -> (i8) {
// CHECK: %[[Y:.*]] = scf.if %[[C]] -> (i8) {
// CHECK: scf.yield %[[B]] : i8
// CHECK: scf.yield %[[X]] : i8
// CHECK: scf.yield %[[Y]] : i8
// CHECK: return %[[F]] : i8
func.func @control_flow(%a: !altgrad.fp<E2M1>, %b: !altgrad.fp<E2M1>, %c: i1, %n: index) -> !altgrad.fp<E2M1> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = scf.for %i = %c0 to %n step %c1 iter_args(%x = %a) -> (!altgrad.fp<E2M1>) {
    %y = scf.if %c -> !altgrad.fp<E2M1> {
      scf.yield %b : !altgrad.fp<E2M1>
    } else {
      scf.yield %x : !altgrad.fp<E2M1>
    }
    scf.yield %y : !altgrad.fp<E2M1>
  }
  return %f : !altgrad.fp<E2M1>
}

// -----

// Quantize, extract one code, dequantize it: the chain stays in i8.
// CHECK-LABEL: func.func @extract_then_dequantize
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>, %[[S:.*]]: f32, %[[I:.*]]: index) -> f32
// CHECK: %[[Q:.*]] = linalg.generic
// CHECK: } -> tensor<4xi8>
// CHECK: %[[E:.*]] = tensor.extract %[[Q]][%[[I]]] : tensor<4xi8>
// CHECK: arith.extui %[[E]] : i8 to i32
// CHECK: %[[R:.*]] = arith.mulf %{{.*}}, %[[S]] : f32
// CHECK: return %[[R]] : f32
func.func @extract_then_dequantize(%x: tensor<4xf32>, %s: f32, %i: index) -> f32 {
  %q = altgrad.quantize %x, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E3M2>>
  %e = tensor.extract %q[%i] : tensor<4x!altgrad.fp<E3M2>>
  %d = altgrad.dequantize %e, %s : !altgrad.fp<E3M2> to f32
  return %d : f32
}

// -----

// A type held as an inherent attribute converts too: memref.global's type
// was left as it was while memref.get_global's result became i8, and the
// verifier rejected the pair (docs/robustness.md).
// CHECK-LABEL: memref.global "private" @buffer : memref<2xi8> = uninitialized
// CHECK-LABEL: func.func @global
// CHECK: memref.get_global @buffer : memref<2xi8>
memref.global "private" @buffer : memref<2x!altgrad.fp<E5M2>> = uninitialized
func.func @global() -> memref<2x!altgrad.fp<E5M2>> {
  %g = memref.get_global @buffer : memref<2x!altgrad.fp<E5M2>>
  return %g : memref<2x!altgrad.fp<E5M2>>
}
