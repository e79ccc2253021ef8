func.func @quantize(%x: tensor<8xf32>, %scale: f32)
    -> tensor<8x!altgrad.fp<E3M4>> {
  %q = altgrad.quantize %x, %scale
      : tensor<8xf32> to tensor<8x!altgrad.fp<E3M4>>
  return %q : tensor<8x!altgrad.fp<E3M4>>
}
