// RUN: altgrad-opt %s -split-input-file -verify-diagnostics

// Stochastic rounding (docs/spec.md section 7): every invalid combination
// of the rounding mode, the overflow mode and the random-word operands.

func.func @ieee_overflow(%x: f32, %s: f32, %seed: i64, %off: i64) {
  // expected-error @+1 {{'altgrad.quantize' op with rounding<stochastic> always saturates; overflow<ieee> cannot be combined with it}}
  %q = altgrad.quantize %x, %s overflow<ieee> rounding<stochastic> seed(%seed) offset(%off) : f32 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @ieee_overflow_fake(%x: f32, %s: f32, %seed: i64, %off: i64) {
  // expected-error @+1 {{'altgrad.fake_quantize' op with rounding<stochastic> always saturates; overflow<ieee> cannot be combined with it}}
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) overflow<ieee> rounding<stochastic> seed(%seed) offset(%off) : f32
  return
}

// -----

func.func @seed_without_stochastic(%x: f32, %s: f32, %seed: i64, %off: i64) {
  // expected-error @+1 {{'altgrad.quantize' op takes seed, offset or random words only with rounding<stochastic>}}
  %q = altgrad.quantize %x, %s seed(%seed) offset(%off) : f32 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @random_with_nearest(%x: f32, %s: f32, %r: i32) {
  // expected-error @+1 {{'altgrad.fake_quantize' op takes seed, offset or random words only with rounding<stochastic>}}
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) rounding<nearest_even> random(%r : i32) : f32
  return
}

// -----

func.func @no_words(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op with rounding<stochastic> needs both seed(...) and offset(...), or random(...) words}}
  %q = altgrad.quantize %x, %s rounding<stochastic> : f32 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @seed_only(%x: f32, %s: f32, %seed: i64) {
  // expected-error @+1 {{'altgrad.quantize' op with rounding<stochastic> needs both seed(...) and offset(...), or random(...) words}}
  %q = altgrad.quantize %x, %s rounding<stochastic> seed(%seed) : f32 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @both_sources(%x: f32, %s: f32, %seed: i64, %off: i64, %r: i32) {
  // expected-error @+1 {{'altgrad.quantize' op takes its random words from seed and offset or from random, not both}}
  %q = altgrad.quantize %x, %s rounding<stochastic> seed(%seed) offset(%off) random(%r : i32) : f32 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @words_of_another_shape(%x: tensor<4xf32>, %s: f32, %r: tensor<5xi32>) {
  // expected-error @+1 {{'altgrad.quantize' op expects random words of type 'tensor<4xi32>' (the input's shape), got 'tensor<5xi32>'}}
  %q = altgrad.quantize %x, %s rounding<stochastic> random(%r : tensor<5xi32>) : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @words_of_another_kind(%x: vector<4xf32>, %s: f32, %r: tensor<4xi32>) {
  // expected-error @+1 {{'altgrad.fake_quantize' op expects random words of type 'vector<4xi32>' (the input's shape), got 'tensor<4xi32>'}}
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) rounding<stochastic> random(%r : tensor<4xi32>) : vector<4xf32>
  return
}

// -----

func.func @words_not_i32(%x: f32, %s: f32, %r: i64) {
  // expected-error @+1 {{'altgrad.quantize' op operand #2 must be 32-bit signless integer or fixed-length vector of 32-bit signless integer values with fewer than 2^32 lanes or ranked tensor of 32-bit signless integer values, but got 'i64'}}
  %q = altgrad.quantize %x, %s rounding<stochastic> random(%r : i64) : f32 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @unknown_rounding(%x: f32, %s: f32) {
  // expected-error @+2 {{expected ::altgrad::RoundingMode to be one of: nearest_even, stochastic}}
  // expected-error @+1 {{failed to parse AltGrad_RoundingModeAttr parameter 'value' which is to be a `::altgrad::RoundingMode`}}
  %q = altgrad.quantize %x, %s rounding<up> : f32 to !altgrad.fp<E5M2>
  return
}
