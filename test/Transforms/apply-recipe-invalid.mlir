// Inputs altgrad-apply-recipe refuses, each with a diagnostic.
//
// RUN: altgrad-opt %s --split-input-file --verify-diagnostics --altgrad-apply-recipe
// Every one of them exits 1 with an error on stderr:
// RUN: not altgrad-opt %s --split-input-file --altgrad-apply-recipe -o /dev/null 2>&1 \
// RUN:   | FileCheck %s
// CHECK-COUNT-7: error: altgrad-apply-recipe:

// expected-error @+1 {{altgrad-apply-recipe: @main has no contraction (linalg.matmul, batch_matmul, a contraction linalg.generic or a convolution): nothing to quantize}}
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = arith.addf %x, %x : tensor<4xf32>
  return %y : tensor<4xf32>
}

// -----

func.func @main(%x: tensor<2x2xf64>) -> tensor<2x2xf64> {
  // expected-error @+1 {{altgrad-apply-recipe: site 'linalg.matmul/lhs' has element type 'f64'; the recipe quantizes f32, f16 and bf16 operands (exclude the site to leave it)}}
  %y = linalg.matmul ins(%x, %x : tensor<2x2xf64>, tensor<2x2xf64>) outs(%x : tensor<2x2xf64>) -> tensor<2x2xf64>
  return %y : tensor<2x2xf64>
}

// -----

func.func @main(%x: tensor<2x2xi8>, %acc: tensor<2x2xi32>) -> tensor<2x2xi32> {
  // expected-error @+1 {{altgrad-apply-recipe: site 'linalg.matmul/lhs' has element type 'i8'}}
  %y = linalg.matmul ins(%x, %x : tensor<2x2xi8>, tensor<2x2xi8>) outs(%acc : tensor<2x2xi32>) -> tensor<2x2xi32>
  return %y : tensor<2x2xi32>
}

// -----

func.func @main(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{altgrad-apply-recipe: altgrad.roles needs one role per input (2), got ["gradient"]}}
  %y = linalg.matmul {altgrad.roles = ["gradient"]} ins(%x, %x : tensor<2x2xf32>, tensor<2x2xf32>) outs(%x : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// -----

func.func @main(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{altgrad-apply-recipe: a role is "forward" or "gradient", got "weight"}}
  %y = linalg.matmul {altgrad.roles = ["weight", "forward"]} ins(%x, %x : tensor<2x2xf32>, tensor<2x2xf32>) outs(%x : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// -----

func.func @main(%x: tensor<2x2xf32>, %n: index) -> tensor<2x2xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %x) -> tensor<2x2xf32> {
    // expected-error @+1 {{altgrad-apply-recipe: a contraction inside 'scf.for' is not supported: the recipe carries its state through the function's body only}}
    %y = linalg.matmul ins(%a, %a : tensor<2x2xf32>, tensor<2x2xf32>) outs(%a : tensor<2x2xf32>) -> tensor<2x2xf32>
    scf.yield %y : tensor<2x2xf32>
  }
  return %r : tensor<2x2xf32>
}

// -----

// expected-error @+1 {{altgrad-apply-recipe: @main already has a recipe (altgrad.recipe)}}
func.func @main(%x: tensor<2x2xf32>) -> tensor<2x2xf32> attributes {altgrad.recipe = {scaling = "current"}} {
  %y = linalg.matmul ins(%x, %x : tensor<2x2xf32>, tensor<2x2xf32>) outs(%x : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}
