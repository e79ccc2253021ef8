// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// amax and compute_scale executed on the CPU for every plan format, E4M3FN
// and the builtin f8E5M2, over dynamically shaped tensors passed as
// arguments (nothing folds). docs/spec.md section 3:
//   s = max(amax / largest_finite, 1e-10) in f32; NaN or Inf amax -> 1.0.
// Largest finite values (docs/spec.md section 1): E0M7 127/128, E1M6 63/32,
// E3M4 15.5, E5M2 57344, E7M0 2^63, E4M3FN 448.
// Each case prints "( amax, scale )" with %g, then the scale's f32 bits as
// an unsigned decimal (hex in the comments).

func.func @show(%a: f32, %s: f32) {
  %v = vector.from_elements %a, %s : vector<2xf32>
  vector.print %v : vector<2xf32>
  %b = arith.bitcast %s : f32 to i32
  %w = arith.extui %b : i32 to i64
  vector.print %w : i64
  return
}
func.func @scale_E0M7(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E0M7>)
  return %a, %s : f32, f32
}
func.func @scale_E1M6(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E1M6>)
  return %a, %s : f32, f32
}
func.func @scale_E3M4(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E3M4>)
  return %a, %s : f32, f32
}
func.func @scale_E5M2(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  return %a, %s : f32, f32
}
func.func @scale_E7M0(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E7M0>)
  return %a, %s : f32, f32
}
func.func @scale_E4M3FN(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E4M3FN>)
  return %a, %s : f32, f32
}
func.func @scale_f8E5M2(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(f8E5M2)
  return %a, %s : f32, f32
}
func.func @scale_E5M2_min(%x: tensor<?xf32>) -> (f32, f32) {
  %a = altgrad.amax %x : tensor<?xf32>
  %s = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = 0.5 : f32}
  return %a, %s : f32, f32
}
func.func @scale_of(%a: f32) -> f32 {
  %s = altgrad.compute_scale %a format(!altgrad.fp<E4M3FN>)
  return %s : f32
}

func.func @main() {
  // E0M7: amax |-1.984375| = 1.984375; 1.984375 / (127/128) = 2 exactly
  // (0x40000000 = 1073741824).
  %x0 = arith.constant dense<[0.5, -1.984375, 1.0, 0.0]> : tensor<4xf32>
  %d0 = tensor.cast %x0 : tensor<4xf32> to tensor<?xf32>
  %a0, %s0 = call @scale_E0M7(%d0) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a0, %s0) : (f32, f32) -> ()
  // CHECK: ( 1.98438, 2 )
  // CHECK-NEXT: 1073741824

  // E1M6: amax 3.9375; 3.9375 / 1.96875 = 2.
  %x1 = arith.constant dense<[-3.9375, 1.0, 0.0, 2.0]> : tensor<4xf32>
  %d1 = tensor.cast %x1 : tensor<4xf32> to tensor<?xf32>
  %a1, %s1 = call @scale_E1M6(%d1) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a1, %s1) : (f32, f32) -> ()
  // CHECK-NEXT: ( 3.9375, 2 )
  // CHECK-NEXT: 1073741824

  // E3M4: amax 31; 31 / 15.5 = 2 (with the plan's 240 it would be 0.129).
  %x2 = arith.constant dense<[31.0, -7.0, 0.25, 0.0]> : tensor<4xf32>
  %d2 = tensor.cast %x2 : tensor<4xf32> to tensor<?xf32>
  %a2, %s2 = call @scale_E3M4(%d2) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a2, %s2) : (f32, f32) -> ()
  // CHECK-NEXT: ( 31, 2 )
  // CHECK-NEXT: 1073741824
  // E3M4, amax 1: 1 / 15.5 = 2/31 = 1.0000100001..b * 2^-4 -> mantissa
  // 0x042108 (rounded down) -> 0x3D842108 = 1032069384 (0.0645161).
  %x2b = arith.constant dense<[1.0, -1.0, 0.5, 0.0]> : tensor<4xf32>
  %d2b = tensor.cast %x2b : tensor<4xf32> to tensor<?xf32>
  %a2b, %s2b = call @scale_E3M4(%d2b) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a2b, %s2b) : (f32, f32) -> ()
  // CHECK-NEXT: ( 1, 0.0645161 )
  // CHECK-NEXT: 1032069384

  // E5M2: amax 1; 1 / 57344 = (1/7) * 2^-13. f32(1/7) = 0x3E124925
  // (8/7 = 1.001001..b, rounded up), times 2^-13: 0x37924925 = 932333861
  // (1.74386e-05).
  %x3 = arith.constant dense<[1.0, -0.5, 0.25, 0.0]> : tensor<4xf32>
  %d3 = tensor.cast %x3 : tensor<4xf32> to tensor<?xf32>
  %a3, %s3 = call @scale_E5M2(%d3) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a3, %s3) : (f32, f32) -> ()
  // CHECK-NEXT: ( 1, 1.74386e-05 )
  // CHECK-NEXT: 932333861
  // E5M2, amax 3: 3 / 57344 = (12/7) * 2^-15; 12/7 = 1.101101..b, mantissa
  // 0x5B6DB7 (rounded up) -> 0x385B6DB7 = 945515959 (5.23158e-05).
  %x3b = arith.constant dense<[-3.0, 2.0, 0.0, 1.0]> : tensor<4xf32>
  %d3b = tensor.cast %x3b : tensor<4xf32> to tensor<?xf32>
  %a3b, %s3b = call @scale_E5M2(%d3b) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a3b, %s3b) : (f32, f32) -> ()
  // CHECK-NEXT: ( 3, 5.23158e-05 )
  // CHECK-NEXT: 945515959

  // E7M0: amax 2^33 (0x50000000); 2^33 / 2^63 = 2^-30 (> 1e-10) =
  // 0x30800000 = 813694976 (9.31323e-10).
  %x4 = arith.constant dense<[0x50000000, -4.0, 1.0, 0.0]> : tensor<4xf32>
  %d4 = tensor.cast %x4 : tensor<4xf32> to tensor<?xf32>
  %a4, %s4 = call @scale_E7M0(%d4) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a4, %s4) : (f32, f32) -> ()
  // CHECK-NEXT: ( 8.58993e+09, 9.31323e-10 )
  // CHECK-NEXT: 813694976
  // E7M0, amax 8: 8 / 2^63 = 2^-60 = 8.7e-19 is below scale_min, so the
  // scale clamps to f32(1e-10) = 0x2EDBE6FF = 786163455: with E7M0's range
  // ordinary magnitudes need no scaling.
  %x4b = arith.constant dense<[8.0, -4.0, 1.0, 0.0]> : tensor<4xf32>
  %d4b = tensor.cast %x4b : tensor<4xf32> to tensor<?xf32>
  %a4b, %s4b = call @scale_E7M0(%d4b) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a4b, %s4b) : (f32, f32) -> ()
  // CHECK-NEXT: ( 8, 1e-10 )
  // CHECK-NEXT: 786163455

  // E4M3FN: amax 448 -> 1 (0x3F800000 = 1065353216).
  %x5 = arith.constant dense<[448.0, -1.0, 0.0, 3.0]> : tensor<4xf32>
  %d5 = tensor.cast %x5 : tensor<4xf32> to tensor<?xf32>
  %a5, %s5 = call @scale_E4M3FN(%d5) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a5, %s5) : (f32, f32) -> ()
  // CHECK-NEXT: ( 448, 1 )
  // CHECK-NEXT: 1065353216
  // E4M3FN: amax 100; 100 / 448 = 25/112 = 1.7857142..(1.11001001..b) * 2^-3,
  // mantissa 0x649249 (rounded down) -> 0x3E649249 = 1046778441 (0.223214).
  %x5b = arith.constant dense<[-100.0, 50.0, 0.0, 3.0]> : tensor<4xf32>
  %d5b = tensor.cast %x5b : tensor<4xf32> to tensor<?xf32>
  %a5b, %s5b = call @scale_E4M3FN(%d5b) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a5b, %s5b) : (f32, f32) -> ()
  // CHECK-NEXT: ( 100, 0.223214 )
  // CHECK-NEXT: 1046778441

  // builtin f8E5M2 = E5M2: the same as the amax 1 case above.
  %a6, %s6 = call @scale_f8E5M2(%d3) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a6, %s6) : (f32, f32) -> ()
  // CHECK-NEXT: ( 1, 1.74386e-05 )
  // CHECK-NEXT: 932333861

  // All zeros (one of them -0): amax +0, 0 / 57344 = 0 < 1e-10, so the scale
  // is scale_min = f32(1e-10) = 0x2EDBE6FF = 786163455.
  %x7 = arith.constant dense<[0.0, -0.0, 0.0, 0.0]> : tensor<4xf32>
  %d7 = tensor.cast %x7 : tensor<4xf32> to tensor<?xf32>
  %a7, %s7 = call @scale_E5M2(%d7) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a7, %s7) : (f32, f32) -> ()
  // CHECK-NEXT: ( 0, 1e-10 )
  // CHECK-NEXT: 786163455

  // A tiny amax: 1e-30 / 57344 = 1.7e-35 < 1e-10 -> 1e-10.
  %x8 = arith.constant dense<[1.0e-30, 0.0, -1.0e-31, 0.0]> : tensor<4xf32>
  %d8 = tensor.cast %x8 : tensor<4xf32> to tensor<?xf32>
  %a8, %s8 = call @scale_E5M2(%d8) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a8, %s8) : (f32, f32) -> ()
  // CHECK-NEXT: ( 1e-30, 1e-10 )
  // CHECK-NEXT: 786163455

  // A NaN element makes amax NaN; the scale is the neutral 1.0.
  %x9 = arith.constant dense<[1.0, 0x7FC00000, 2.0, 0xFF800000]> : tensor<4xf32>
  %d9 = tensor.cast %x9 : tensor<4xf32> to tensor<?xf32>
  %a9, %s9 = call @scale_E4M3FN(%d9) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a9, %s9) : (f32, f32) -> ()
  // CHECK-NEXT: ( {{-?}}nan, 1 )
  // CHECK-NEXT: 1065353216

  // An infinite element (no NaN): amax +Inf, scale 1.0.
  %x10 = arith.constant dense<[1.0, 0xFF800000, 2.0, 0.0]> : tensor<4xf32>
  %d10 = tensor.cast %x10 : tensor<4xf32> to tensor<?xf32>
  %a10, %s10 = call @scale_E4M3FN(%d10) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a10, %s10) : (f32, f32) -> ()
  // CHECK-NEXT: ( inf, 1 )
  // CHECK-NEXT: 1065353216

  // An empty tensor: amax +0, scale 1e-10.
  %x11 = tensor.empty() : tensor<0xf32>
  %d11 = tensor.cast %x11 : tensor<0xf32> to tensor<?xf32>
  %a11, %s11 = call @scale_E5M2(%d11) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a11, %s11) : (f32, f32) -> ()
  // CHECK-NEXT: ( 0, 1e-10 )
  // CHECK-NEXT: 786163455

  // scale_min = 0.5: 1 / 57344 < 0.5 -> 0.5 (0x3F000000 = 1056964608).
  %a12, %s12 = call @scale_E5M2_min(%d3) : (tensor<?xf32>) -> (f32, f32)
  call @show(%a12, %s12) : (f32, f32) -> ()
  // CHECK-NEXT: ( 1, 0.5 )
  // CHECK-NEXT: 1056964608

  // compute_scale on a given amax (E4M3FN): NaN, +Inf, -Inf -> 1.0;
  // 896 / 448 = 2.
  %nan = arith.constant 0x7FC00000 : f32
  %inf = arith.constant 0x7F800000 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c896 = arith.constant 896.0 : f32
  %r0 = call @scale_of(%nan) : (f32) -> f32
  %r1 = call @scale_of(%inf) : (f32) -> f32
  %r2 = call @scale_of(%ninf) : (f32) -> f32
  %r3 = call @scale_of(%c896) : (f32) -> f32
  %rv = vector.from_elements %r0, %r1, %r2, %r3 : vector<4xf32>
  vector.print %rv : vector<4xf32>
  // CHECK-NEXT: ( 1, 1, 1, 2 )
  return
}
