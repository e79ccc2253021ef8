// RUN: altgrad-opt %s --altgrad-splat-constants-to-fills | FileCheck %s

// A zero tensor a scatter writes into: a fill, no constant tensor left.
// CHECK-LABEL: func.func @scatter_start
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[EMPTY:.*]] = tensor.empty() : tensor<8x512xf32>
// CHECK: %[[FILL:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<8x512xf32>) -> tensor<8x512xf32>
// CHECK: tensor.insert %{{.*}} into %[[FILL]]
// CHECK-NOT: dense<
func.func @scatter_start(%v: f32, %i: index) -> tensor<8x512xf32> {
  %zeros = arith.constant dense<0.0> : tensor<8x512xf32>
  %r = tensor.insert %v into %zeros[%i, %i] : tensor<8x512xf32>
  return %r : tensor<8x512xf32>
}

// Integers and indices too; the element's own value and type.
// CHECK-LABEL: func.func @integers
// CHECK: %[[A:.*]] = arith.constant -3 : i32
// CHECK: linalg.fill ins(%[[A]] : i32) outs(%{{.*}} : tensor<4x3xi32>)
// CHECK: %[[B:.*]] = arith.constant 7 : index
// CHECK: linalg.fill ins(%[[B]] : index) outs(%{{.*}} : tensor<16xindex>)
func.func @integers() -> (tensor<4x3xi32>, tensor<16xindex>) {
  %a = arith.constant dense<-3> : tensor<4x3xi32>
  %b = arith.constant dense<7> : tensor<16xindex>
  return %a, %b : tensor<4x3xi32>, tensor<16xindex>
}

// Left as they are: constants of distinct elements, one element, a scalar.
// CHECK-LABEL: func.func @kept
// CHECK-NOT: linalg.fill
// CHECK: arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK: arith.constant dense<5.000000e+00> : tensor<1xf32>
// CHECK: arith.constant 4.000000e+00 : f32
func.func @kept() -> (tensor<2xf32>, tensor<1xf32>, f32) {
  %a = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = arith.constant dense<5.0> : tensor<1xf32>
  %c = arith.constant 4.0 : f32
  return %a, %b, %c : tensor<2xf32>, tensor<1xf32>, f32
}
