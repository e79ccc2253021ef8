// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s
// The folders give the same codes, scales and values:
// RUN: altgrad-opt %s --inline --canonicalize | FileCheck %s --check-prefix=FOLDED
// FOLDED-LABEL: func.func @main
// FOLDED-NOT: altgrad.block_
// FOLDED: return
// RUN: altgrad-opt %s --inline --canonicalize --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// Block scaling (docs/spec.md section 8) executed: rows of 10 in blocks of
// 4, so each row has two full blocks and a partial one of 2. The blocks hit
// each boundary of the scale rules: amax a power of two (8), just below and
// just above one, E4M3FN's largest times 2^2 (1792) and just above it, zero,
// f32 subnormals, NaN and Inf. Expected codes, scales and values come from
// the brute-force reference (unittests/Reference/BruteForceBlockScale), and
// were checked by hand on the boundaries (docs/block-scaling.md). The
// two-level cases take the first two rows (a NaN or Inf would make the
// tensor scale 1).


func.func @floor_E4M3FN(%x: tensor<3x10xf32>) {
  %c, %s = altgrad.block_quantize %x block(4) scale<floor> : tensor<3x10xf32> to tensor<3x10x!altgrad.fp<E4M3FN>>, tensor<3x3xf8E8M0FNU>
  %y = altgrad.block_dequantize %c, %s block(4) : tensor<3x10x!altgrad.fp<E4M3FN>>, tensor<3x3xf8E8M0FNU> to tensor<3x10xf32>
  %ci = builtin.unrealized_conversion_cast %c : tensor<3x10x!altgrad.fp<E4M3FN>> to tensor<3x10xi8>
  call @print3(%ci, %s, %y) : (tensor<3x10xi8>, tensor<3x3xf8E8M0FNU>, tensor<3x10xf32>) -> ()
  return
}

func.func @rceil_E4M3FN(%x: tensor<3x10xf32>) {
  %c, %s = altgrad.block_quantize %x block(4) scale<rceil> : tensor<3x10xf32> to tensor<3x10x!altgrad.fp<E4M3FN>>, tensor<3x3xf8E8M0FNU>
  %y = altgrad.block_dequantize %c, %s block(4) : tensor<3x10x!altgrad.fp<E4M3FN>>, tensor<3x3xf8E8M0FNU> to tensor<3x10xf32>
  %ci = builtin.unrealized_conversion_cast %c : tensor<3x10x!altgrad.fp<E4M3FN>> to tensor<3x10xi8>
  call @print3(%ci, %s, %y) : (tensor<3x10xi8>, tensor<3x3xf8E8M0FNU>, tensor<3x10xf32>) -> ()
  return
}

func.func @two_level_E4M3FN(%x: tensor<2x10xf32>) {
  %c, %s, %t = altgrad.block_quantize %x block(4) scale<two_level> : tensor<2x10xf32> to tensor<2x10x!altgrad.fp<E4M3FN>>, tensor<2x3xf8E4M3FN>, f32
  %y = altgrad.block_dequantize %c, %s tensor_scale(%t) block(4) : tensor<2x10x!altgrad.fp<E4M3FN>>, tensor<2x3xf8E4M3FN> to tensor<2x10xf32>
  %ci = builtin.unrealized_conversion_cast %c : tensor<2x10x!altgrad.fp<E4M3FN>> to tensor<2x10xi8>
  call @print2(%ci, %s, %y) : (tensor<2x10xi8>, tensor<2x3xf8E4M3FN>, tensor<2x10xf32>) -> ()
  vector.print %t : f32
  return
}

func.func @floor_E2M1(%x: tensor<3x10xf32>) {
  %c, %s = altgrad.block_quantize %x block(4) scale<floor> : tensor<3x10xf32> to tensor<3x10x!altgrad.fp<E2M1>>, tensor<3x3xf8E8M0FNU>
  %y = altgrad.block_dequantize %c, %s block(4) : tensor<3x10x!altgrad.fp<E2M1>>, tensor<3x3xf8E8M0FNU> to tensor<3x10xf32>
  %ci = builtin.unrealized_conversion_cast %c : tensor<3x10x!altgrad.fp<E2M1>> to tensor<3x10xi8>
  call @print3(%ci, %s, %y) : (tensor<3x10xi8>, tensor<3x3xf8E8M0FNU>, tensor<3x10xf32>) -> ()
  return
}

func.func @rceil_E2M1(%x: tensor<3x10xf32>) {
  %c, %s = altgrad.block_quantize %x block(4) scale<rceil> : tensor<3x10xf32> to tensor<3x10x!altgrad.fp<E2M1>>, tensor<3x3xf8E8M0FNU>
  %y = altgrad.block_dequantize %c, %s block(4) : tensor<3x10x!altgrad.fp<E2M1>>, tensor<3x3xf8E8M0FNU> to tensor<3x10xf32>
  %ci = builtin.unrealized_conversion_cast %c : tensor<3x10x!altgrad.fp<E2M1>> to tensor<3x10xi8>
  call @print3(%ci, %s, %y) : (tensor<3x10xi8>, tensor<3x3xf8E8M0FNU>, tensor<3x10xf32>) -> ()
  return
}

func.func @two_level_E2M1(%x: tensor<2x10xf32>) {
  %c, %s, %t = altgrad.block_quantize %x block(4) scale<two_level> : tensor<2x10xf32> to tensor<2x10x!altgrad.fp<E2M1>>, tensor<2x3xf8E4M3FN>, f32
  %y = altgrad.block_dequantize %c, %s tensor_scale(%t) block(4) : tensor<2x10x!altgrad.fp<E2M1>>, tensor<2x3xf8E4M3FN> to tensor<2x10xf32>
  %ci = builtin.unrealized_conversion_cast %c : tensor<2x10x!altgrad.fp<E2M1>> to tensor<2x10xi8>
  call @print2(%ci, %s, %y) : (tensor<2x10xi8>, tensor<2x3xf8E4M3FN>, tensor<2x10xf32>) -> ()
  vector.print %t : f32
  return
}

func.func @print3(%c: tensor<3x10xi8>, %s: tensor<3x3xf8E8M0FNU>, %y: tensor<3x10xf32>) {
  %c0 = arith.constant 0 : index
  %p8 = arith.constant 0 : i8
  %pf = arith.constant 0.0 : f32
  %cv = vector.transfer_read %c[%c0, %c0], %p8 : tensor<3x10xi8>, vector<3x10xi8>
  %cw = arith.extui %cv : vector<3x10xi8> to vector<3x10xi32>
  vector.print %cw : vector<3x10xi32>
  %si = arith.bitcast %s : tensor<3x3xf8E8M0FNU> to tensor<3x3xi8>
  %sv = vector.transfer_read %si[%c0, %c0], %p8 : tensor<3x3xi8>, vector<3x3xi8>
  %sw = arith.extui %sv : vector<3x3xi8> to vector<3x3xi32>
  vector.print %sw : vector<3x3xi32>
  %yv = vector.transfer_read %y[%c0, %c0], %pf : tensor<3x10xf32>, vector<3x10xf32>
  vector.print %yv : vector<3x10xf32>
  return
}

func.func @print2(%c: tensor<2x10xi8>, %s: tensor<2x3xf8E4M3FN>, %y: tensor<2x10xf32>) {
  %c0 = arith.constant 0 : index
  %p8 = arith.constant 0 : i8
  %pf = arith.constant 0.0 : f32
  %cv = vector.transfer_read %c[%c0, %c0], %p8 : tensor<2x10xi8>, vector<2x10xi8>
  %cw = arith.extui %cv : vector<2x10xi8> to vector<2x10xi32>
  vector.print %cw : vector<2x10xi32>
  %si = arith.bitcast %s : tensor<2x3xf8E4M3FN> to tensor<2x3xi8>
  %sv = vector.transfer_read %si[%c0, %c0], %p8 : tensor<2x3xi8>, vector<2x3xi8>
  %sw = arith.extui %sv : vector<2x3xi8> to vector<2x3xi32>
  vector.print %sw : vector<2x3xi32>
  %yv = vector.transfer_read %y[%c0, %c0], %pf : tensor<2x10xf32>, vector<2x10xf32>
  vector.print %yv : vector<2x10xf32>
  return
}

func.func @main() {
  %x3 = arith.constant dense<[[8.0, -1.0, 0.5, 3.0, 7.99999952, 1.0, -0.3, 2.5, -8.00000095, 7.0],
     [1792.0, -600.0, 0.7, 1.0, 1792.00012, 1.0, -2.0, 0.25, 0.0, -0.0],
     [1.0e-40, -3.0e-41, 1.4e-45, 0.0, 1.0, 0x7FC00000, -2.0, 3.0, 0xFF800000, 1.0]]> : tensor<3x10xf32>
  %x2 = tensor.extract_slice %x3[0, 0] [2, 10] [1, 1] : tensor<3x10xf32> to tensor<2x10xf32>
  call @floor_E4M3FN(%x3) : (tensor<3x10xf32>) -> ()
  // CHECK: ( ( 120, 224, 88, 108, 126, 104, 218, 114, 248, 118 ), ( 126, 241, 35, 40, 126, 40, 176, 24, 0, 128 ), ( 9, 131, 0, 0, 127, 127, 127, 127, 127, 127 ) )
  // CHECK-NEXT: ( ( 122, 121, 122 ), ( 129, 129, 0 ), ( 0, 255, 255 ) )
  // CHECK-NEXT: ( ( 8, -1, 0.5, 3, 7, 1, -0.3125, 2.5, -8, 7 ), ( 1792, -576, 0.6875, 1, 1792, 1, -2, 0.25, 0, -0 ), ( 1.03315e-40, -3.44383e-41, 0, 0, nan, nan, nan, nan, nan, nan ) )
  call @rceil_E4M3FN(%x3) : (tensor<3x10xf32>) -> ()
  // CHECK-NEXT: ( ( 120, 224, 88, 108, 120, 96, 210, 106, 248, 118 ), ( 126, 241, 35, 40, 118, 32, 168, 16, 0, 128 ), ( 9, 131, 0, 0, 127, 127, 127, 127, 127, 127 ) )
  // CHECK-NEXT: ( ( 122, 122, 122 ), ( 129, 130, 0 ), ( 0, 255, 255 ) )
  // CHECK-NEXT: ( ( 8, -1, 0.5, 3, 8, 1, -0.3125, 2.5, -8, 7 ), ( 1792, -576, 0.6875, 1, 1792, 1, -2, 0.25, 0, -0 ), ( 1.03315e-40, -3.44383e-41, 0, 0, nan, nan, nan, nan, nan, nan ) )
  call @two_level_E4M3FN(%x2) : (tensor<2x10xf32>) -> ()
  // CHECK-NEXT: ( ( 126, 230, 94, 114, 126, 102, 216, 113, 254, 124 ), ( 126, 241, 35, 40, 126, 40, 176, 24, 0, 0 ) )
  // CHECK-NEXT: ( ( 64, 64, 64 ), ( 126, 126, 0 ) )
  // CHECK-NEXT: ( ( 8, -1, 0.5, 2.85714, 8, 1, -0.285714, 2.57143, -8, 6.85714 ), ( 1792, -576, 0.6875, 1, 1792, 1, -2, 0.25, 0, 0 ) )
  // CHECK-NEXT: 0.00892857
  call @floor_E2M1(%x3) : (tensor<3x10xf32>) -> ()
  // CHECK-NEXT: ( ( 6, 9, 0, 3, 7, 2, 9, 4, 14, 6 ), ( 7, 12, 0, 0, 7, 0, 8, 0, 0, 8 ), ( 0, 8, 0, 0, 0, 0, 0, 0, 0, 0 ) )
  // CHECK-NEXT: ( ( 128, 127, 128 ), ( 135, 135, 0 ), ( 0, 255, 255 ) )
  // CHECK-NEXT: ( ( 8, -1, 0, 3, 6, 1, -0.5, 2, -8, 8 ), ( 1536, -512, 0, 0, 1536, 0, -0, 0, 0, -0 ), ( 0, -0, 0, 0, nan, nan, nan, nan, nan, nan ) )
  call @rceil_E2M1(%x3) : (tensor<3x10xf32>) -> ()
  // CHECK-NEXT: ( ( 6, 9, 0, 3, 6, 1, 8, 2, 14, 6 ), ( 6, 10, 0, 0, 6, 0, 8, 0, 0, 8 ), ( 0, 8, 0, 0, 0, 0, 0, 0, 0, 0 ) )
  // CHECK-NEXT: ( ( 128, 128, 128 ), ( 136, 136, 0 ), ( 0, 255, 255 ) )
  // CHECK-NEXT: ( ( 8, -1, 0, 3, 8, 1, -0, 2, -8, 8 ), ( 2048, -512, 0, 0, 2048, 0, -0, 0, 0, -0 ), ( 0, -0, 0, 0, nan, nan, nan, nan, nan, nan ) )
  call @two_level_E2M1(%x2) : (tensor<2x10xf32>) -> ()
  // CHECK-NEXT: ( ( 7, 10, 1, 4, 7, 2, 8, 4, 15, 7 ), ( 7, 12, 0, 0, 7, 0, 8, 0, 0, 0 ) )
  // CHECK-NEXT: ( ( 64, 64, 64 ), ( 126, 126, 0 ) )
  // CHECK-NEXT: ( ( 8, -1.33333, 0.666667, 2.66667, 8, 1.33333, -0, 2.66667, -8, 8 ), ( 1792, -597.333, 0, 0, 1792, 0, -0, 0, 0, 0 ) )
  // CHECK-NEXT: 0.666667
  return
}
