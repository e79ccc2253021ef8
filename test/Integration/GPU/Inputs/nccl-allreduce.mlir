// The collectives of a distributed recipe (docs/distributed.md) on one GPU,
// through altgrad's CUDA runtime and NCCL, one rank (see ../nccl.test): the
// amaxes' bit patterns (max, a NaN and an infinity among them), stall counts
// beyond 2^32 (sum) and a gradient (sum), in the host buffers the lowering
// hands altgradAllReduce. With one rank every value comes back unchanged.
module {
  shard.grid @ranks(shape = 1)
  func.func @main() {
    %bits = arith.constant dense<[1077936128, 2143289344, 2139095040, 0]> : tensor<4xi32>
    %counts = arith.constant dense<[8589934593, 48]> : tensor<2xi64>
    %gradient = arith.constant dense<[[0.5, -0.25, 3.0e-5], [1.0e6, -0.0, 7.0]]> : tensor<2x3xf32>
    %b = shard.all_reduce %bits on @ranks grid_axes = [0] reduction = max
        : tensor<4xi32> -> tensor<4xi32>
    %c = shard.all_reduce %counts on @ranks grid_axes = [0]
        : tensor<2xi64> -> tensor<2xi64>
    %g = shard.all_reduce %gradient on @ranks grid_axes = [0] reduction = sum
        : tensor<2x3xf32> -> tensor<2x3xf32>
    %c0 = arith.constant 0 : index
    %pi = arith.constant 0 : i32
    %pl = arith.constant 0 : i64
    %pf = arith.constant 0.0 : f32
    %bv = vector.transfer_read %b[%c0], %pi : tensor<4xi32>, vector<4xi32>
    %cv = vector.transfer_read %c[%c0], %pl : tensor<2xi64>, vector<2xi64>
    %gv = vector.transfer_read %g[%c0, %c0], %pf : tensor<2x3xf32>, vector<2x3xf32>
    vector.print %bv : vector<4xi32>
    vector.print %cv : vector<2xi64>
    vector.print %gv : vector<2x3xf32>
    return
  }
}
