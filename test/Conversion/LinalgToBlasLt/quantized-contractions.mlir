// RUN: altgrad-opt %s --altgrad-quantized-contractions-to-codes=fp8-tensor-cores=true -split-input-file | FileCheck %s
// RUN: altgrad-opt %s --altgrad-quantized-contractions-to-codes -split-input-file | FileCheck %s --check-prefix=EXACT

// altgrad-quantized-contractions-to-codes: a contraction of two
// fake-quantized f32 operands becomes a contraction of their codes, each
// element extf(code) * scale.

// E4M3FN x E5M2, static sizes multiples of 16: FP8 codes, B quantized into
// its transpose (K innermost).
// CHECK-LABEL: func.func @fp8
// CHECK-SAME: (%[[X:.*]]: tensor<32x64xf32>, %[[W:.*]]: tensor<64x16xf32>, %[[SX:.*]]: f32, %[[SW:.*]]: f32)
// CHECK-NOT: altgrad.fake_quantize
// CHECK: %[[QX:.*]] = altgrad.quantize %[[X]], %[[SX]] : tensor<32x64xf32> to tensor<32x64xf8E4M3FN>
// CHECK: %[[E:.*]] = tensor.empty() : tensor<16x64xf8E5M2>
// CHECK: %[[QW:.*]] = linalg.generic {indexing_maps = [#[[T:.*]], #[[ID:.*]]], {{.*}} ins(%[[W]] : tensor<64x16xf32>) outs(%[[E]] : tensor<16x64xf8E5M2>)
// CHECK: altgrad.quantize %{{.*}}, %[[SW]] overflow<ieee> : f32 to f8E5M2
// CHECK: linalg.generic {{.*}} ins(%[[QX]], %[[QW]] : tensor<32x64xf8E4M3FN>, tensor<16x64xf8E5M2>)
// CHECK: ^bb0(%[[A:.*]]: f8E4M3FN, %[[B:.*]]: f8E5M2, %[[ACC:.*]]: f32):
// CHECK: %[[AF:.*]] = arith.extf %[[A]] : f8E4M3FN to f32
// CHECK: %[[AS:.*]] = arith.mulf %[[AF]], %[[SX]] : f32
// CHECK: %[[BF:.*]] = arith.extf %[[B]] : f8E5M2 to f32
// CHECK: %[[BS:.*]] = arith.mulf %[[BF]], %[[SW]] : f32
// CHECK: %[[P:.*]] = arith.mulf %[[AS]], %[[BS]] : f32
// CHECK: %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : f32
// CHECK: linalg.yield %[[S]]
// Without fp8-tensor-cores (the default: Hopper's FP8 sums are not f32's)
// the same pair contracts the exact bf16 values of its codes, in the
// operands' own layouts.
// EXACT-LABEL: func.func @fp8
// EXACT-SAME: (%[[X:.*]]: tensor<32x64xf32>, %[[W:.*]]: tensor<64x16xf32>, %[[SX:.*]]: f32, %[[SW:.*]]: f32)
// EXACT: %[[QX:.*]] = altgrad.quantize %[[X]], %[[SX]] : tensor<32x64xf32> to tensor<32x64xf8E4M3FN>
// EXACT: %[[VX:.*]] = altgrad.dequantize %[[QX]], %{{.*}} : tensor<32x64xf8E4M3FN> to tensor<32x64xbf16>
// EXACT: %[[QW:.*]] = altgrad.quantize %[[W]], %[[SW]] overflow<ieee> : tensor<64x16xf32> to tensor<64x16x!altgrad.fp<E5M2>>
// EXACT: %[[VW:.*]] = altgrad.dequantize %[[QW]], %{{.*}} : tensor<64x16x!altgrad.fp<E5M2>> to tensor<64x16xbf16>
// EXACT: linalg.generic {{.*}} ins(%[[VX]], %[[VW]] : tensor<32x64xbf16>, tensor<64x16xbf16>)
// EXACT-NOT: f8E4M3FN>, tensor
func.func @fp8(%x: tensor<32x64xf32>, %w: tensor<64x16xf32>, %sx: f32, %sw: f32) -> tensor<32x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<32x16xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<32x16xf32>) -> tensor<32x16xf32>
  %xq = altgrad.fake_quantize %x, %sx format(f8E4M3FN) : tensor<32x64xf32>
  %wq = altgrad.fake_quantize %w, %sw format(!altgrad.fp<E5M2>) overflow<ieee> : tensor<64x16xf32>
  %r = linalg.matmul ins(%xq, %wq : tensor<32x64xf32>, tensor<64x16xf32>) outs(%init : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %r : tensor<32x16xf32>
}

// -----

// E3M4 x E4M3FN, and E4M3FN x E4M3FN at sizes an FP8 GEMM does not take
// (K = 8): the exact bf16 values of the codes, in the operands' layouts.
// CHECK-LABEL: func.func @bf16
// CHECK: %[[QA:.*]] = altgrad.quantize %arg0, %arg2 : tensor<32x64xf32> to tensor<32x64x!altgrad.fp<E3M4>>
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[VA:.*]] = altgrad.dequantize %[[QA]], %[[ONE]] : tensor<32x64x!altgrad.fp<E3M4>> to tensor<32x64xbf16>
// CHECK: %[[QB:.*]] = altgrad.quantize %arg1, %arg3 : tensor<64x16xf32> to tensor<64x16xf8E4M3FN>
// CHECK: %[[VB:.*]] = altgrad.dequantize %[[QB]], %{{.*}} : tensor<64x16xf8E4M3FN> to tensor<64x16xbf16>
// CHECK: linalg.generic {{.*}} ins(%[[VA]], %[[VB]] : tensor<32x64xbf16>, tensor<64x16xbf16>)
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: altgrad.quantize %{{.*}} to tensor<32x8xf8E4M3FN>
// CHECK: altgrad.dequantize %{{.*}} to tensor<32x8xbf16>
func.func @bf16(%x: tensor<32x64xf32>, %w: tensor<64x16xf32>, %sx: f32, %sw: f32,
                %y: tensor<32x8xf32>, %v: tensor<8x16xf32>, %c: tensor<32x16xf32>) -> (tensor<32x16xf32>, tensor<32x16xf32>) {
  %xq = altgrad.fake_quantize %x, %sx format(!altgrad.fp<E3M4>) : tensor<32x64xf32>
  %wq = altgrad.fake_quantize %w, %sw format(f8E4M3FN) : tensor<64x16xf32>
  %r = linalg.matmul ins(%xq, %wq : tensor<32x64xf32>, tensor<64x16xf32>) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  %yq = altgrad.fake_quantize %y, %sx format(f8E4M3FN) : tensor<32x8xf32>
  %vq = altgrad.fake_quantize %v, %sw format(f8E4M3FN) : tensor<8x16xf32>
  %s = linalg.matmul ins(%yq, %vq : tensor<32x8xf32>, tensor<8x16xf32>) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %r, %s : tensor<32x16xf32>, tensor<32x16xf32>
}

// -----

// What stays: a format with values beyond bf16's range (E5M2 with bias 140:
// subnormals down to 2^-141, bf16 to 2^-133), one operand not quantized, and a fake
// quantization used elsewhere too (it stays for that use).
// CHECK-LABEL: func.func @stays
// CHECK-COUNT-3: altgrad.fake_quantize
// CHECK-COUNT-2: linalg.matmul
// CHECK-NOT: altgrad.quantize
// CHECK: return
func.func @stays(%x: tensor<32x64xf32>, %w: tensor<64x16xf32>, %s: f32, %c: tensor<32x16xf32>) -> (tensor<32x16xf32>, tensor<32x16xf32>) {
  %xq = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2,bias=140>) : tensor<32x64xf32>
  %wq = altgrad.fake_quantize %w, %s format(f8E4M3FN) : tensor<64x16xf32>
  %wq2 = altgrad.fake_quantize %w, %s format(f8E4M3FN) : tensor<64x16xf32>
  %r = linalg.matmul ins(%xq, %wq : tensor<32x64xf32>, tensor<64x16xf32>) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  %t = linalg.matmul ins(%x, %wq2 : tensor<32x64xf32>, tensor<64x16xf32>) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %r, %t : tensor<32x16xf32>, tensor<32x16xf32>
}
