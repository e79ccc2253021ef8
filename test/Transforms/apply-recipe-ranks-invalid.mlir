// Distributed recipes altgrad-apply-recipe refuses, each with a diagnostic.
//
// RUN: altgrad-opt %s --split-input-file --verify-diagnostics \
// RUN:   --altgrad-apply-recipe="ranks=2 scaling=current"
// RUN: not altgrad-opt %s --split-input-file \
// RUN:   --altgrad-apply-recipe="ranks=2 scaling=current" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s
// CHECK-COUNT-1: error: altgrad-apply-recipe:

// expected-error @+1 {{altgrad-apply-recipe: ranks=2 needs delayed scaling: a current scale depends on its site's own amax, which would take one collective per site}}
func.func @main(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %y = linalg.matmul ins(%a, %b : tensor<2x2xf32>, tensor<2x2xf32>) outs(%a : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}
