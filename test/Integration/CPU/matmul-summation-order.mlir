// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// The CPU pipeline tiles a matmul into vector registers
// (altgrad-vectorize-contractions) but every output element still sums its
// terms in k order: (2^25 + 1) - 2^25 is 0 in f32 (2^25 + 1 rounds to
// 2^25), where (2^25 - 2^25) + 1 would be 1.

func.func @matmul(%a: tensor<1x3xf32>, %b: tensor<3x16xf32>) -> tensor<1x16xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<1x16xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<1x16xf32>) -> tensor<1x16xf32>
  %r = linalg.matmul ins(%a, %b : tensor<1x3xf32>, tensor<3x16xf32>)
      outs(%init : tensor<1x16xf32>) -> tensor<1x16xf32>
  return %r : tensor<1x16xf32>
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %a = arith.constant dense<[[33554432.0, 1.0, -33554432.0]]> : tensor<1x3xf32>
  %b = arith.constant dense<1.0> : tensor<3x16xf32>
  %r = call @matmul(%a, %b) : (tensor<1x3xf32>, tensor<3x16xf32>) -> tensor<1x16xf32>
  %v = vector.transfer_read %r[%c0, %c0], %pad : tensor<1x16xf32>, vector<16xf32>
  // CHECK: ( 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 )
  vector.print %v : vector<16xf32>
  return
}
