// RUN: altgrad-opt %s -split-input-file -verify-diagnostics

// Block scaling (docs/spec.md section 8): every invalid combination of block
// size, scale kind, element format and scale tensor.

func.func @zero_block(%x: tensor<4x64xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op attribute 'block' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive}}
  %c, %s = altgrad.block_quantize %x block(0) : tensor<4x64xf32> to tensor<4x64xf8E4M3FN>, tensor<4x2xf8E8M0FNU>
  return
}

// -----

func.func @scale_count(%x: tensor<4x40xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op expects scales of type 'tensor<4x2xf8E8M0FNU>' (power-of-two scales of blocks of 32), got 'tensor<4x1xf8E8M0FNU>'}}
  %c, %s = altgrad.block_quantize %x : tensor<4x40xf32> to tensor<4x40xf8E4M3FN>, tensor<4x1xf8E8M0FNU>
  return
}

// -----

func.func @scale_type(%x: tensor<4x64xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op expects scales of type 'tensor<4x2xf8E8M0FNU>' (power-of-two scales of blocks of 32), got 'tensor<4x2xf8E4M3FN>'}}
  %c, %s = altgrad.block_quantize %x scale<rceil> : tensor<4x64xf32> to tensor<4x64xf8E4M3FN>, tensor<4x2xf8E4M3FN>
  return
}

// -----

func.func @two_level_scale_type(%x: tensor<4x64xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op expects scales of type 'tensor<4x4xf8E4M3FN>' (two-level scales of blocks of 16), got 'tensor<4x4xf8E8M0FNU>'}}
  %c, %s, %t = altgrad.block_quantize %x scale<two_level> : tensor<4x64xf32> to tensor<4x64xf4E2M1FN>, tensor<4x4xf8E8M0FNU>, f32
  return
}

// -----

func.func @dynamic_scales(%x: tensor<4x?xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op expects scales of type 'tensor<4x?xf8E8M0FNU>'}}
  %c, %s = altgrad.block_quantize %x : tensor<4x?xf32> to tensor<4x?xf8E4M3FN>, tensor<4x2xf8E8M0FNU>
  return
}

// -----

func.func @codes_shape(%x: tensor<4x64xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op expects input and result of the same shape, got 'tensor<4x64xf32>' and 'tensor<4x32xf8E4M3FN>'}}
  %c, %s = altgrad.block_quantize %x : tensor<4x64xf32> to tensor<4x32xf8E4M3FN>, tensor<4x2xf8E8M0FNU>
  return
}

// -----

func.func @rank_zero(%x: tensor<f32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op splits the innermost dimension into blocks and needs a tensor of rank 1 or more}}
  %c, %s = altgrad.block_quantize %x : tensor<f32> to tensor<f8E4M3FN>, tensor<f8E8M0FNU>
  return
}

// -----

func.func @missing_tensor_scale(%x: tensor<64xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op with two-level scales needs the f32 scale of the whole tensor (a third result)}}
  %c, %s = altgrad.block_quantize %x scale<two_level> : tensor<64xf32> to tensor<64xf4E2M1FN>, tensor<4xf8E4M3FN>
  return
}

// -----

func.func @extra_tensor_scale(%x: tensor<64xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op with power-of-two scales has no tensor scale (a third result)}}
  %c, %s, %t = altgrad.block_quantize %x : tensor<64xf32> to tensor<64xf8E4M3FN>, tensor<2xf8E8M0FNU>, f32
  return
}

// -----

// E7M0 with bias 0: the largest value 2^126 times 448 is beyond f32.
func.func @two_level_range(%x: tensor<64xf32>) {
  // expected-error @+1 {{'altgrad.block_quantize' op cannot scale blocks of '!altgrad.fp<E7M0, bias = 0, rule = ieee>': two-level scales need the largest element value times 448 to be an exact f32 number}}
  %c, %s, %t = altgrad.block_quantize %x scale<two_level> : tensor<64xf32> to tensor<64x!altgrad.fp<E7M0, bias = 0>>, tensor<4xf8E4M3FN>, f32
  return
}

// -----

func.func @dequantize_missing_tensor_scale(%c: tensor<64xf4E2M1FN>, %s: tensor<4xf8E4M3FN>) {
  // expected-error @+1 {{'altgrad.block_dequantize' op with two-level scales needs the f32 scale of the whole tensor (tensor_scale(...))}}
  %x = altgrad.block_dequantize %c, %s : tensor<64xf4E2M1FN>, tensor<4xf8E4M3FN> to tensor<64xf32>
  return
}

// -----

func.func @dequantize_scale_count(%c: tensor<64xf8E4M3FN>, %s: tensor<4xf8E8M0FNU>) {
  // expected-error @+1 {{'altgrad.block_dequantize' op expects scales of type 'tensor<2xf8E8M0FNU>' (power-of-two scales of blocks of 32), got 'tensor<4xf8E8M0FNU>'}}
  %x = altgrad.block_dequantize %c, %s : tensor<64xf8E4M3FN>, tensor<4xf8E8M0FNU> to tensor<64xf32>
  return
}

// -----

func.func @dequantize_extra_tensor_scale(%c: tensor<64xf8E4M3FN>, %s: tensor<2xf8E8M0FNU>, %t: f32) {
  // expected-error @+1 {{'altgrad.block_dequantize' op with power-of-two scales has no tensor scale (tensor_scale(...))}}
  %x = altgrad.block_dequantize %c, %s tensor_scale(%t) : tensor<64xf8E4M3FN>, tensor<2xf8E8M0FNU> to tensor<64xf32>
  return
}
