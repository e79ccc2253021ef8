// A module's symbol named like the recipe's grid must be a shard.grid of
// `ranks` processes.
//
// RUN: altgrad-opt %s --split-input-file --verify-diagnostics \
// RUN:   --altgrad-apply-recipe=ranks=2
// RUN: not altgrad-opt %s --split-input-file --altgrad-apply-recipe=ranks=2 \
// RUN:   -o /dev/null 2>&1 | FileCheck %s
// CHECK-COUNT-2: error: altgrad-apply-recipe: @ranks must be a shard.grid of shape 2 (option 'grid')

module {
  // expected-error @+1 {{altgrad-apply-recipe: @ranks must be a shard.grid of shape 2 (option 'grid')}}
  shard.grid @ranks(shape = 4)
  func.func @main(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
    %y = linalg.matmul ins(%a, %b : tensor<2x2xf32>, tensor<2x2xf32>) outs(%a : tensor<2x2xf32>) -> tensor<2x2xf32>
    return %y : tensor<2x2xf32>
  }
}

// -----

module {
  // expected-error @+1 {{altgrad-apply-recipe: @ranks must be a shard.grid of shape 2 (option 'grid')}}
  func.func private @ranks()
  func.func @main(%a: tensor<2x2xf32>, %b: tensor<2x2xf32>) -> tensor<2x2xf32> {
    %y = linalg.matmul ins(%a, %b : tensor<2x2xf32>, tensor<2x2xf32>) outs(%a : tensor<2x2xf32>) -> tensor<2x2xf32>
    return %y : tensor<2x2xf32>
  }
}
