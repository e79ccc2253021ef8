// A delayed-scaling site whose operand is a transpose (the recipe on an
// imported step): the quantization and the amax read the transpose's result
// and become one generic over identity maps. On the GPU the transpose is
// not fused into that generic, which has a reduction loop
// (altgrad-fuse-parallel-elementwise fuses only between all-parallel ops):
// with it inside, no GPU kernel would compute the generic.
// RUN: altgrad-opt %s --lower-fp8=binary-format=isa | FileCheck %s
// RUN: altgrad-opt %s --lower-fp8=target=cpu | FileCheck %s --check-prefix=CPU

// CHECK: gpu.launch_func
// CPU: llvm.func @site
func.func @site(%x: tensor<64x32xf32>, %s: f32) -> (tensor<32x64x!altgrad.fp<E5M2>>, f32) {
  %e = tensor.empty() : tensor<32x64xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(i, j) -> (j, i)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<64x32xf32>) outs(%e : tensor<32x64xf32>) {
  ^bb0(%in: f32, %o: f32):
    linalg.yield %in : f32
  } -> tensor<32x64xf32>
  %q = altgrad.quantize %t, %s : tensor<32x64xf32> to tensor<32x64x!altgrad.fp<E5M2>>
  %a = altgrad.amax %t : tensor<32x64xf32>
  return %q, %a : tensor<32x64x!altgrad.fp<E5M2>>, f32
}
