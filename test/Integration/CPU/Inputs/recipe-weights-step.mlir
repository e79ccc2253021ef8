// A step for recipe-weights.test: the parameter params/w takes the update u
// (w + u); the matmul makes it a step the recipe accepts.
func.func @step(%w: tensor<4096xf32> {altgrad.name = "params/w"},
                %u: tensor<4096xf32>, %x: tensor<2x2xf32>)
    -> (tensor<4096xf32> {altgrad.updates = 0 : i64}, tensor<2x2xf32>) {
  %e = tensor.empty() : tensor<4096xf32>
  %w2 = linalg.add ins(%w, %u : tensor<4096xf32>, tensor<4096xf32>)
      outs(%e : tensor<4096xf32>) -> tensor<4096xf32>
  %y = linalg.matmul ins(%x, %x : tensor<2x2xf32>, tensor<2x2xf32>)
      outs(%x : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %w2, %y : tensor<4096xf32>, tensor<2x2xf32>
}
