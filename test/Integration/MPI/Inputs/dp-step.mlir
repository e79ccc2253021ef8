// Data-parallel SGD on @RANKS@ ranks (see ../recipe-ranks.test): the linear
// least-squares step of ../../CPU/Inputs/recipe-step.mlir on a slice of
// @ROWS@ rows of the batch, its weight gradient summed across the ranks by
// shard.all_reduce (the step's loss 0.5 |x w - t|^2 sums over rows, so the
// sum of the slices' gradients is the whole batch's), and the same step on
// the whole batch of 4 rows on one rank. @RANKS@ and @ROWS@ = 4 / @RANKS@
// are put in by the test.
module {
shard.grid @ranks(shape = @RANKS@)

func.func @step_dp(%w: tensor<8x3xf32> {altgrad.name = "params/w"},
                   %x: tensor<@ROWS@x8xf32> {altgrad.name = "x"},
                   %t: tensor<@ROWS@x3xf32> {altgrad.name = "t"},
                   %lr: f32 {altgrad.name = "lr"})
    -> (tensor<8x3xf32> {altgrad.name = "params/w", altgrad.updates = 0 : i64},
        tensor<@ROWS@x3xf32> {altgrad.name = "y"}) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<@ROWS@x3xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<@ROWS@x3xf32>) -> tensor<@ROWS@x3xf32>
  %y = linalg.matmul {altgrad.name = "y", altgrad.phase = "forward"}
      ins(%x, %w : tensor<@ROWS@x8xf32>, tensor<8x3xf32>)
      outs(%acc : tensor<@ROWS@x3xf32>) -> tensor<@ROWS@x3xf32>
  %dy = arith.subf %y, %t {altgrad.phase = "backward"} : tensor<@ROWS@x3xf32>
  %et = tensor.empty() : tensor<8x@ROWS@xf32>
  %xt = linalg.transpose ins(%x : tensor<@ROWS@x8xf32>) outs(%et : tensor<8x@ROWS@xf32>)
      permutation = [1, 0] {altgrad.phase = "backward"}
  %ew = tensor.empty() : tensor<8x3xf32>
  %accw = linalg.fill ins(%zero : f32) outs(%ew : tensor<8x3xf32>) -> tensor<8x3xf32>
  %dw_slice = linalg.matmul {altgrad.name = "dw", altgrad.phase = "backward"}
      ins(%xt, %dy : tensor<8x@ROWS@xf32>, tensor<@ROWS@x3xf32>)
      outs(%accw : tensor<8x3xf32>) -> tensor<8x3xf32>
  %dw = shard.all_reduce %dw_slice on @ranks grid_axes = [0] reduction = sum
      : tensor<8x3xf32> -> tensor<8x3xf32>
  %lrs = tensor.splat %lr : tensor<8x3xf32>
  %u = arith.mulf %lrs, %dw {altgrad.phase = "other"} : tensor<8x3xf32>
  %w_new = arith.subf %w, %u {altgrad.phase = "other"} : tensor<8x3xf32>
  return %w_new, %y : tensor<8x3xf32>, tensor<@ROWS@x3xf32>
}

func.func @step_full(%w: tensor<8x3xf32> {altgrad.name = "params/w"},
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
}
