// REQUIRES: cuda
// RUN: %gpu-run %s | FileCheck %s

// quantize, dequantize and fake_quantize in E5M2 as GPU kernels; the same
// inputs and values as the CPU path (values worked out from docs/spec.md).

func.func private @printMemrefF32(tensor<*xf32>)

func.func @roundtrip(%x: tensor<?xf32>, %s: f32) -> (tensor<?xf32>, tensor<?xf32>) {
  %q = altgrad.quantize %x, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  %d = altgrad.dequantize %q, %s : tensor<?x!altgrad.fp<E5M2>> to tensor<?xf32>
  %f = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) overflow<ieee> : tensor<?xf32>
  return %d, %f : tensor<?xf32>, tensor<?xf32>
}

func.func @main() {
  %one = arith.constant 1.0 : f32
  // 3.5 = 1.75 * 2^1 is exact; 1.125 lies halfway between 1.0 and 1.25 and
  // goes to the even code (1.0); 57344 is the largest finite value; 61440
  // is max + ulp/2: saturates to 57344, or overflows to inf under ieee;
  // -0 keeps its sign; 2^-17 is half the smallest subnormal 2^-16 and rounds
  // to the even code 0.
  %c = arith.constant dense<[3.5, 1.125, 57344.0, 61440.0, -0.0, 7.62939453e-06, 0x7FC00000, 0xFF800000]> : tensor<8xf32>
  %x = tensor.cast %c : tensor<8xf32> to tensor<?xf32>
  %d, %f = call @roundtrip(%x, %one) : (tensor<?xf32>, f32) -> (tensor<?xf32>, tensor<?xf32>)
  %du = tensor.cast %d : tensor<?xf32> to tensor<*xf32>
  %fu = tensor.cast %f : tensor<?xf32> to tensor<*xf32>
  // CHECK: [3.5, 1, 57344, 57344, -0, 0, nan, -57344]
  call @printMemrefF32(%du) : (tensor<*xf32>) -> ()
  // CHECK: [3.5, 1, 57344, inf, -0, 0, nan, -inf]
  call @printMemrefF32(%fu) : (tensor<*xf32>) -> ()
  return
}
