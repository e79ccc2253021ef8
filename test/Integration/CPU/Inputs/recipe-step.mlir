// One SGD step of a linear least-squares model, unquantized, in the form the
// importer gives (names, updates, phases): y = x w, dy = y - t (the gradient
// of 0.5 |y - t|^2 at y), dw = x^T dy, w_new = w - lr dw. recipe-step.mlir
// applies altgrad-apply-recipe to it and runs it against recipe-driver.mlir's
// hand-written FP8 version.
func.func @step(%w: tensor<8x3xf32> {altgrad.name = "params/w"},
                %x: tensor<4x8xf32> {altgrad.name = "x"},
                %t: tensor<4x3xf32> {altgrad.name = "t"},
                %lr: f32 {altgrad.name = "lr"})
    -> (tensor<8x3xf32> {altgrad.name = "params/w", altgrad.updates = 0 : i64},
        tensor<4x3xf32> {altgrad.name = "y"}) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x3xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %y = linalg.matmul {altgrad.name = "y", altgrad.phase = "forward"}
      ins(%x, %w : tensor<4x8xf32>, tensor<8x3xf32>)
      outs(%acc : tensor<4x3xf32>) -> tensor<4x3xf32>
  %dy = arith.subf %y, %t {altgrad.phase = "backward"} : tensor<4x3xf32>
  %et = tensor.empty() : tensor<8x4xf32>
  %xt = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%et : tensor<8x4xf32>)
      permutation = [1, 0] {altgrad.phase = "backward"}
  %ew = tensor.empty() : tensor<8x3xf32>
  %accw = linalg.fill ins(%zero : f32) outs(%ew : tensor<8x3xf32>) -> tensor<8x3xf32>
  %dw = linalg.matmul {altgrad.name = "dw", altgrad.phase = "backward"}
      ins(%xt, %dy : tensor<8x4xf32>, tensor<4x3xf32>)
      outs(%accw : tensor<8x3xf32>) -> tensor<8x3xf32>
  %lrs = tensor.splat %lr : tensor<8x3xf32>
  %u = arith.mulf %lrs, %dw {altgrad.phase = "other"} : tensor<8x3xf32>
  %w_new = arith.subf %w, %u {altgrad.phase = "other"} : tensor<8x3xf32>
  return %w_new, %y : tensor<8x3xf32>, tensor<4x3xf32>
}
