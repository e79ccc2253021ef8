// Compiled for 2 ranks and run as one (see ../nccl.test): the first
// collective stops the program.
module {
  shard.grid @ranks(shape = 2)
  func.func @main() {
    %bits = arith.constant dense<[1077936128, 0]> : tensor<2xi32>
    %b = shard.all_reduce %bits on @ranks grid_axes = [0] reduction = max
        : tensor<2xi32> -> tensor<2xi32>
    %c0 = arith.constant 0 : index
    %pi = arith.constant 0 : i32
    %bv = vector.transfer_read %b[%c0], %pi : tensor<2xi32>, vector<2xi32>
    vector.print %bv : vector<2xi32>
    return
  }
}
