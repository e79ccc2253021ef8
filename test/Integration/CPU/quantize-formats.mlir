// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// quantize, dequantize and fake_quantize executed on the CPU for the five
// plan formats, E4M3FN and the builtin f8E5M2 and f4E2M1FN, 16 inputs each.
// The ops sit in functions that take the inputs as arguments, so nothing is
// constant-folded: the lowered integer code computes every result (see
// folded-vs-runtime.mlir for the folded side).
//
// Every expected value is worked out by hand from docs/spec.md section 2 (scale
// 1 unless stated, so y = x). Codes print as unsigned decimals; each format
// line is: codes, then dequantize(quantize(x)), then fake_quantize(x), both
// printed with %g (6 significant digits).
//
// !altgrad.fp codes are read as i8 through builtin.unrealized_conversion_cast,
// which the conversion turns into an i8 -> i8 identity that canonicalize
// drops; builtin types are bit-cast.

func.func @codes(%t: tensor<16xi8>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0 : i8
  %v = vector.transfer_read %t[%c0], %pad : tensor<16xi8>, vector<16xi8>
  %w = arith.extui %v : vector<16xi8> to vector<16xi32>
  vector.print %w : vector<16xi32>
  return
}
func.func @values(%t: tensor<16xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %t[%c0], %pad : tensor<16xf32>, vector<16xf32>
  vector.print %v : vector<16xf32>
  return
}
func.func @codes8(%t: tensor<8xi8>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0 : i8
  %v = vector.transfer_read %t[%c0], %pad : tensor<8xi8>, vector<8xi8>
  %w = arith.extui %v : vector<8xi8> to vector<8xi32>
  vector.print %w : vector<8xi32>
  return
}
func.func @values8(%t: tensor<8xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %t[%c0], %pad : tensor<8xf32>, vector<8xf32>
  vector.print %v : vector<8xf32>
  return
}

// One quantize / dequantize / fake_quantize triple per format.
func.func @q_E0M7(%x: tensor<16xf32>, %s: f32) -> tensor<16x!altgrad.fp<E0M7>> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16x!altgrad.fp<E0M7>>
  return %q : tensor<16x!altgrad.fp<E0M7>>
}
func.func @dq_E0M7(%q: tensor<16x!altgrad.fp<E0M7>>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16x!altgrad.fp<E0M7>> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_E0M7(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E0M7>) : tensor<16xf32>
  return %y : tensor<16xf32>
}
func.func @q_E1M6(%x: tensor<16xf32>, %s: f32) -> tensor<16x!altgrad.fp<E1M6>> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16x!altgrad.fp<E1M6>>
  return %q : tensor<16x!altgrad.fp<E1M6>>
}
func.func @dq_E1M6(%q: tensor<16x!altgrad.fp<E1M6>>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16x!altgrad.fp<E1M6>> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_E1M6(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E1M6>) : tensor<16xf32>
  return %y : tensor<16xf32>
}
func.func @q_E3M4(%x: tensor<16xf32>, %s: f32) -> tensor<16x!altgrad.fp<E3M4>> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16x!altgrad.fp<E3M4>>
  return %q : tensor<16x!altgrad.fp<E3M4>>
}
func.func @dq_E3M4(%q: tensor<16x!altgrad.fp<E3M4>>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16x!altgrad.fp<E3M4>> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_E3M4(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) : tensor<16xf32>
  return %y : tensor<16xf32>
}
func.func @q_E5M2(%x: tensor<16xf32>, %s: f32) -> tensor<16x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16x!altgrad.fp<E5M2>>
  return %q : tensor<16x!altgrad.fp<E5M2>>
}
func.func @dq_E5M2(%q: tensor<16x!altgrad.fp<E5M2>>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16x!altgrad.fp<E5M2>> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_E5M2(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : tensor<16xf32>
  return %y : tensor<16xf32>
}
func.func @q_E7M0(%x: tensor<16xf32>, %s: f32) -> tensor<16x!altgrad.fp<E7M0>> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16x!altgrad.fp<E7M0>>
  return %q : tensor<16x!altgrad.fp<E7M0>>
}
func.func @dq_E7M0(%q: tensor<16x!altgrad.fp<E7M0>>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16x!altgrad.fp<E7M0>> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_E7M0(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E7M0>) : tensor<16xf32>
  return %y : tensor<16xf32>
}
func.func @q_E4M3FN(%x: tensor<16xf32>, %s: f32) -> tensor<16x!altgrad.fp<E4M3FN>> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16x!altgrad.fp<E4M3FN>>
  return %q : tensor<16x!altgrad.fp<E4M3FN>>
}
func.func @dq_E4M3FN(%q: tensor<16x!altgrad.fp<E4M3FN>>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16x!altgrad.fp<E4M3FN>> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_E4M3FN(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E4M3FN>) : tensor<16xf32>
  return %y : tensor<16xf32>
}
func.func @q_f8E5M2(%x: tensor<16xf32>, %s: f32) -> tensor<16xf8E5M2> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16xf8E5M2>
  return %q : tensor<16xf8E5M2>
}
func.func @dq_f8E5M2(%q: tensor<16xf8E5M2>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16xf8E5M2> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_f8E5M2(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(f8E5M2) : tensor<16xf32>
  return %y : tensor<16xf32>
}
func.func @codes_f8E5M2(%t: tensor<16xf8E5M2>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f8E5M2
  %v = vector.transfer_read %t[%c0], %pad : tensor<16xf8E5M2>, vector<16xf8E5M2>
  %i = arith.bitcast %v : vector<16xf8E5M2> to vector<16xi8>
  %w = arith.extui %i : vector<16xi8> to vector<16xi32>
  vector.print %w : vector<16xi32>
  return
}
func.func @q_f4E2M1FN(%x: tensor<16xf32>, %s: f32) -> tensor<16xf4E2M1FN> {
  %q = altgrad.quantize %x, %s : tensor<16xf32> to tensor<16xf4E2M1FN>
  return %q : tensor<16xf4E2M1FN>
}
func.func @dq_f4E2M1FN(%q: tensor<16xf4E2M1FN>, %s: f32) -> tensor<16xf32> {
  %x = altgrad.dequantize %q, %s : tensor<16xf4E2M1FN> to tensor<16xf32>
  return %x : tensor<16xf32>
}
func.func @fq_f4E2M1FN(%x: tensor<16xf32>, %s: f32) -> tensor<16xf32> {
  %y = altgrad.fake_quantize %x, %s format(f4E2M1FN) : tensor<16xf32>
  return %y : tensor<16xf32>
}
// Sub-byte codes are read one element at a time: a memref of f4E2M1FN holds
// one code per byte, while a vector<16xi4> load would read packed nibbles.
func.func @codes_f4E2M1FN(%t: tensor<16xf4E2M1FN>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %init = arith.constant dense<0> : vector<16xi32>
  %v = scf.for %i = %c0 to %c16 step %c1 iter_args(%acc = %init) -> (vector<16xi32>) {
    %e = tensor.extract %t[%i] : tensor<16xf4E2M1FN>
    %b = arith.bitcast %e : f4E2M1FN to i4
    %w = arith.extui %b : i4 to i32
    %n = vector.insert %w, %acc[%i] : i32 into vector<16xi32>
    scf.yield %n : vector<16xi32>
  }
  vector.print %v : vector<16xi32>
  return
}
func.func @q_E5M2_8(%x: tensor<8xf32>, %s: f32) -> tensor<8x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s : tensor<8xf32> to tensor<8x!altgrad.fp<E5M2>>
  return %q : tensor<8x!altgrad.fp<E5M2>>
}
func.func @fq_E5M2_8(%x: tensor<8xf32>, %s: f32) -> tensor<8xf32> {
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : tensor<8xf32>
  return %y : tensor<8xf32>
}

func.func @main() {
  %one = arith.constant 1.0 : f32

  // E0M7: E=0, M=7, bias 1, rule none. Every code is m/128 (m = 0..127),
  // sign 0x80, largest 127/128 at 0x7F; NaN gives +0, +-Inf saturates.
  //  x            y*128         code
  //  0            0             0
  //  -0           -0            0x80 = 128 (negative zero kept)
  //  0.5          64            64
  //  -0.25        -32           0x80|32 = 160
  //  1/128        1             1
  //  3/256        1.5 tie       2 (even)
  //  5/256        2.5 tie       2 (even)
  //  1/256        0.5 tie       0 (even)
  //  0.3f         38.4000015    38           -> 38/128 = 0.296875
  //  0.99f        126.72        127          -> 0.9921875
  //  255/256      127.5         127 (largest; no larger code)
  //  1.0          128 > max     127 (saturate)
  //  -5.0                       0xFF = 255
  //  +Inf / -Inf                127 / 255
  //  NaN                        0 (rule none: NaN gives +0)
  %x0 = arith.constant dense<[0.0, -0.0, 0.5, -0.25, 0.0078125, 0.01171875, 0.01953125, 0.00390625, 0.3, 0.99, 0.99609375, 1.0, -5.0, 0x7F800000, 0xFF800000, 0x7FC00000]> : tensor<16xf32>
  %q0 = call @q_E0M7(%x0, %one) : (tensor<16xf32>, f32) -> tensor<16x!altgrad.fp<E0M7>>
  %q0i = builtin.unrealized_conversion_cast %q0 : tensor<16x!altgrad.fp<E0M7>> to tensor<16xi8>
  call @codes(%q0i) : (tensor<16xi8>) -> ()
  %d0 = call @dq_E0M7(%q0, %one) : (tensor<16x!altgrad.fp<E0M7>>, f32) -> tensor<16xf32>
  call @values(%d0) : (tensor<16xf32>) -> ()
  %f0 = call @fq_E0M7(%x0, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f0) : (tensor<16xf32>) -> ()
  // CHECK: ( 0, 128, 64, 160, 1, 2, 2, 0, 38, 127, 127, 127, 255, 127, 255, 0 )
  // CHECK-NEXT: ( 0, -0, 0.5, -0.25, 0.0078125, 0.015625, 0.015625, 0, 0.296875, 0.992188, 0.992188, 0.992188, -0.992188, 0.992188, -0.992188, 0 )
  // CHECK-NEXT: ( 0, -0, 0.5, -0.25, 0.0078125, 0.015625, 0.015625, 0, 0.296875, 0.992188, 0.992188, 0.992188, -0.992188, 0.992188, -0.992188, 0 )

  // E1M6: E=1, M=6, bias 0, ieee. Exponent field 0: m/64 * 2^1 = m/32;
  // field 1 is Inf (0x40) / NaN (canonical 0x60). Largest 63/32 = 1.96875.
  //  x            y*32          code
  //  0, -0                      0, 128
  //  1.0          32            32 (0x20)
  //  -1.5         -48           0x80|48 = 176
  //  1/32         1             1
  //  1/64         0.5 tie       0 (even)
  //  3/64         1.5 tie       2 (even)
  //  0.1f         3.2000000477  3            -> 3/32 = 0.09375
  //  1.96875      63            63
  //  127/64       63.5 (max + ulp/2): saturate 63
  //  100, -100                  63, 0x80|63 = 191
  //  +Inf, -Inf                 63, 191 (saturate)
  //  NaN, -NaN                  0x60 = 96, 0xE0 = 224 (sign kept)
  %x1 = arith.constant dense<[0.0, -0.0, 1.0, -1.5, 0.03125, 0.015625, 0.046875, 0.1, 1.96875, 1.984375, 100.0, -100.0, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000]> : tensor<16xf32>
  %q1 = call @q_E1M6(%x1, %one) : (tensor<16xf32>, f32) -> tensor<16x!altgrad.fp<E1M6>>
  %q1i = builtin.unrealized_conversion_cast %q1 : tensor<16x!altgrad.fp<E1M6>> to tensor<16xi8>
  call @codes(%q1i) : (tensor<16xi8>) -> ()
  %d1 = call @dq_E1M6(%q1, %one) : (tensor<16x!altgrad.fp<E1M6>>, f32) -> tensor<16xf32>
  call @values(%d1) : (tensor<16xf32>) -> ()
  %f1 = call @fq_E1M6(%x1, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f1) : (tensor<16xf32>) -> ()
  // CHECK-NEXT: ( 0, 128, 32, 176, 1, 0, 2, 3, 63, 63, 63, 191, 63, 191, 96, 224 )
  // CHECK-NEXT: ( 0, -0, 1, -1.5, 0.03125, 0, 0.0625, 0.09375, 1.96875, 1.96875, 1.96875, -1.96875, 1.96875, -1.96875, {{-?}}nan, {{-?}}nan )
  // CHECK-NEXT: ( 0, -0, 1, -1.5, 0.03125, 0, 0.0625, 0.09375, 1.96875, 1.96875, 1.96875, -1.96875, 1.96875, -1.96875, {{-?}}nan, {{-?}}nan )

  // E3M4: E=3, M=4, bias 3, ieee. Subnormals m/16 * 2^-2 = m/64; normals
  // (1 + m/16) * 2^(e-3); code = e<<4 | m. Largest (31/16)*2^3 = 15.5 at
  // 0x6F = 111 (docs/spec.md: not the plan's 240). Inf 0x70, NaN 0x78.
  //  x            reasoning                                   code
  //  0, -0                                                    0, 128
  //  1.0          e=3, m=0                                    0x30 = 48
  //  15.5         largest                                     111
  //  15.75        max + ulp/2 (ulp 2^(6-3-4) = 0.5): saturate 111
  //  16.0, -1000  saturate                                    111, 0xEF = 239
  //  1/64         smallest subnormal                          1
  //  1/128        half of it: tie                             0 (even)
  //  3/128        1.5/64: tie                                 2 (even)
  //  1.03125      between 1 (0x30) and 1.0625 (0x31): tie     0x30 = 48
  //  1.09375      between 1.0625 (0x31) and 1.125 (0x32): tie 0x32 = 50
  //  0.3f         e=1 (2^-2), ulp 1/64, 0.3*64 = 19.2 -> 19    0x13 = 19 (19/64 = 0.296875)
  //  +Inf         saturate                                    111
  //  NaN, -NaN                                                0x78 = 120, 0xF8 = 248
  %x2 = arith.constant dense<[0.0, -0.0, 1.0, 15.5, 15.75, 16.0, -1000.0, 0.015625, 0.0078125, 0.0234375, 1.03125, 1.09375, 0.3, 0x7F800000, 0x7FC00000, 0xFFC00000]> : tensor<16xf32>
  %q2 = call @q_E3M4(%x2, %one) : (tensor<16xf32>, f32) -> tensor<16x!altgrad.fp<E3M4>>
  %q2i = builtin.unrealized_conversion_cast %q2 : tensor<16x!altgrad.fp<E3M4>> to tensor<16xi8>
  call @codes(%q2i) : (tensor<16xi8>) -> ()
  %d2 = call @dq_E3M4(%q2, %one) : (tensor<16x!altgrad.fp<E3M4>>, f32) -> tensor<16xf32>
  call @values(%d2) : (tensor<16xf32>) -> ()
  %f2 = call @fq_E3M4(%x2, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f2) : (tensor<16xf32>) -> ()
  // CHECK-NEXT: ( 0, 128, 48, 111, 111, 111, 239, 1, 0, 2, 48, 50, 19, 111, 120, 248 )
  // CHECK-NEXT: ( 0, -0, 1, 15.5, 15.5, 15.5, -15.5, 0.015625, 0, 0.03125, 1, 1.125, 0.296875, 15.5, {{-?}}nan, {{-?}}nan )
  // CHECK-NEXT: ( 0, -0, 1, 15.5, 15.5, 15.5, -15.5, 0.015625, 0, 0.03125, 1, 1.125, 0.296875, 15.5, {{-?}}nan, {{-?}}nan )

  // E5M2: E=5, M=2, bias 15, ieee (= OCP E5M2). Largest 1.75 * 2^15 = 57344
  // at 0x7B = 123; Inf 0x7C; NaN 0x7E.
  //  x            reasoning                                      code
  //  0, -0                                                       0, 128
  //  1.0          e=15                                           15<<2 = 60
  //  -2.5         1.25 * 2^1: e=16, m=1                          0x80|65 = 193
  //  57344        largest                                        123
  //  61440        max + ulp/2 (ulp 2^(30-15-2) = 8192): saturate 123
  //  1e6, -Inf    saturate                                       123, 0xFB = 251
  //  2^-16        smallest subnormal (1/4 * 2^-14)               1
  //  2^-17        tie between 0 and 1                            0 (even)
  //  3 * 2^-17    tie between 1 and 2                            2 (even)
  //  1.125        tie between 1.0 (60) and 1.25 (61)             60
  //  1.375        tie between 1.25 (61) and 1.5 (62)             62
  //  0.1f         e=11 (2^-4), ulp 2^-6, 0.1 * 64 = 6.4 -> 6     11<<2|2 = 46 (0.09375)
  //  NaN, -NaN                                                   0x7E = 126, 0xFE = 254
  %x3 = arith.constant dense<[0.0, -0.0, 1.0, -2.5, 57344.0, 61440.0, 1.0e6, 0xFF800000, 0x37800000, 0x37000000, 0x37C00000, 1.125, 1.375, 0.1, 0x7FC00000, 0xFFC00000]> : tensor<16xf32>
  %q3 = call @q_E5M2(%x3, %one) : (tensor<16xf32>, f32) -> tensor<16x!altgrad.fp<E5M2>>
  %q3i = builtin.unrealized_conversion_cast %q3 : tensor<16x!altgrad.fp<E5M2>> to tensor<16xi8>
  call @codes(%q3i) : (tensor<16xi8>) -> ()
  %d3 = call @dq_E5M2(%q3, %one) : (tensor<16x!altgrad.fp<E5M2>>, f32) -> tensor<16xf32>
  call @values(%d3) : (tensor<16xf32>) -> ()
  %f3 = call @fq_E5M2(%x3, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f3) : (tensor<16xf32>) -> ()
  // 2^-16 = 1.52587890625e-05, 3 * 2^-17 rounds to 2 * 2^-16 = 3.0517578125e-05.
  // CHECK-NEXT: ( 0, 128, 60, 193, 123, 123, 123, 251, 1, 0, 2, 60, 62, 46, 126, 254 )
  // CHECK-NEXT: ( 0, -0, 1, -2.5, 57344, 57344, 57344, -57344, 1.52588e-05, 0, 3.05176e-05, 1, 1.5, 0.09375, {{-?}}nan, {{-?}}nan )
  // CHECK-NEXT: ( 0, -0, 1, -2.5, 57344, 57344, 57344, -57344, 1.52588e-05, 0, 3.05176e-05, 1, 1.5, 0.09375, {{-?}}nan, {{-?}}nan )

  // The builtin f8E5M2 is the same format: the same inputs give the same
  // codes and values.
  %q3b = call @q_f8E5M2(%x3, %one) : (tensor<16xf32>, f32) -> tensor<16xf8E5M2>
  call @codes_f8E5M2(%q3b) : (tensor<16xf8E5M2>) -> ()
  %d3b = call @dq_f8E5M2(%q3b, %one) : (tensor<16xf8E5M2>, f32) -> tensor<16xf32>
  call @values(%d3b) : (tensor<16xf32>) -> ()
  %f3b = call @fq_f8E5M2(%x3, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f3b) : (tensor<16xf32>) -> ()
  // CHECK-NEXT: ( 0, 128, 60, 193, 123, 123, 123, 251, 1, 0, 2, 60, 62, 46, 126, 254 )
  // CHECK-NEXT: ( 0, -0, 1, -2.5, 57344, 57344, 57344, -57344, 1.52588e-05, 0, 3.05176e-05, 1, 1.5, 0.09375, {{-?}}nan, {{-?}}nan )
  // CHECK-NEXT: ( 0, -0, 1, -2.5, 57344, 57344, 57344, -57344, 1.52588e-05, 0, 3.05176e-05, 1, 1.5, 0.09375, {{-?}}nan, {{-?}}nan )

  // E7M0: E=7, M=0, bias 63, ieee with M = 0: the values are 2^(e-63) at
  // code e (1..126) and 0; e = 127 is NaN (0x7F), no Inf. Largest 2^63 at
  // 0x7E = 126, smallest 2^-62 at 1. A tie between 2^k and 2^(k+1) goes to
  // the even code, i.e. the even exponent field.
  //  x              reasoning                                    code
  //  0, -0                                                       0, 128
  //  1.0, -1.0      e = 63                                       63, 0x80|63 = 191
  //  1.5            tie 1 (63) / 2 (64)                          64
  //  3.0            tie 2 (64) / 4 (65)                          64
  //  6.0            tie 4 (65) / 8 (66)                          66
  //  1.4f           |1.4 - 1| = 0.4 < |2 - 1.4| = 0.6            63
  //  0.7f           |0.7 - 0.5| = 0.2 < 0.3                      62
  //  2^63 (0x5F000000)   largest                                 126
  //  2^64 (0x5F800000)   saturate                                126
  //  2^-62 (0x20800000)  smallest                                1
  //  2^-63 (0x20000000)  tie 0 / 2^-62                           0 (even)
  //  1.5 * 2^-63 (0x20400000) = 0.75 * 2^-62 -> nearer 2^-62     1
  //  +Inf           saturate                                     126
  //  NaN                                                         0x7F = 127
  %x4 = arith.constant dense<[0.0, -0.0, 1.0, -1.0, 1.5, 3.0, 6.0, 1.4, 0.7, 0x5F000000, 0x5F800000, 0x20800000, 0x20000000, 0x20400000, 0x7F800000, 0x7FC00000]> : tensor<16xf32>
  %q4 = call @q_E7M0(%x4, %one) : (tensor<16xf32>, f32) -> tensor<16x!altgrad.fp<E7M0>>
  %q4i = builtin.unrealized_conversion_cast %q4 : tensor<16x!altgrad.fp<E7M0>> to tensor<16xi8>
  call @codes(%q4i) : (tensor<16xi8>) -> ()
  %d4 = call @dq_E7M0(%q4, %one) : (tensor<16x!altgrad.fp<E7M0>>, f32) -> tensor<16xf32>
  call @values(%d4) : (tensor<16xf32>) -> ()
  %f4 = call @fq_E7M0(%x4, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f4) : (tensor<16xf32>) -> ()
  // 2^63 = 9.22337e+18, 2^-62 = 2.1684e-19 (%g).
  // CHECK-NEXT: ( 0, 128, 63, 191, 64, 64, 66, 63, 62, 126, 126, 1, 0, 1, 126, 127 )
  // CHECK-NEXT: ( 0, -0, 1, -1, 2, 2, 8, 1, 0.5, 9.22337e+18, 9.22337e+18, 2.1684e-19, 0, 2.1684e-19, 9.22337e+18, {{-?}}nan )
  // CHECK-NEXT: ( 0, -0, 1, -1, 2, 2, 8, 1, 0.5, 9.22337e+18, 9.22337e+18, 2.1684e-19, 0, 2.1684e-19, 9.22337e+18, {{-?}}nan )

  // E4M3FN: E=4, M=3, bias 7, fn: only 0x7F / 0xFF are NaN. Largest
  // 1.75 * 2^8 = 448 at 0x7E = 126.
  //  x              reasoning                                     code
  //  0, -0                                                        0, 128
  //  1.0            e=7                                           7<<3 = 56
  //  448            largest                                       126
  //  464            max + ulp/2 (ulp 2^(15-7-3) = 32): saturate   126
  //  480, -1000     saturate                                      126, 0xFE = 254
  //  2^-9           smallest subnormal (1/8 * 2^-6)               1
  //  2^-10          tie 0 / 1                                     0
  //  3 * 2^-10      tie 1 / 2                                     2
  //  1.0625         tie 1 (56) / 1.125 (57)                       56
  //  1.1875         tie 1.125 (57) / 1.25 (58)                    58
  //  0.3f           e=5 (2^-2), ulp 1/32, 0.3*32 = 9.6 -> 10       5<<3|2 = 42 (0.3125)
  //  +Inf           saturate                                      126
  //  NaN, -NaN                                                    0x7F = 127, 0xFF = 255
  %x5 = arith.constant dense<[0.0, -0.0, 1.0, 448.0, 464.0, 480.0, -1000.0, 0x3B000000, 0x3A800000, 0x3B400000, 1.0625, 1.1875, 0.3, 0x7F800000, 0x7FC00000, 0xFFC00000]> : tensor<16xf32>
  %q5 = call @q_E4M3FN(%x5, %one) : (tensor<16xf32>, f32) -> tensor<16x!altgrad.fp<E4M3FN>>
  %q5i = builtin.unrealized_conversion_cast %q5 : tensor<16x!altgrad.fp<E4M3FN>> to tensor<16xi8>
  call @codes(%q5i) : (tensor<16xi8>) -> ()
  %d5 = call @dq_E4M3FN(%q5, %one) : (tensor<16x!altgrad.fp<E4M3FN>>, f32) -> tensor<16xf32>
  call @values(%d5) : (tensor<16xf32>) -> ()
  %f5 = call @fq_E4M3FN(%x5, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f5) : (tensor<16xf32>) -> ()
  // 2^-9 = 0.001953125 prints 0.00195312 (%g, round half even); 2 * 2^-9 = 0.00390625.
  // CHECK-NEXT: ( 0, 128, 56, 126, 126, 126, 254, 1, 0, 2, 56, 58, 42, 126, 127, 255 )
  // CHECK-NEXT: ( 0, -0, 1, 448, 448, 448, -448, 0.00195312, 0, 0.00390625, 1, 1.25, 0.3125, 448, {{-?}}nan, {{-?}}nan )
  // CHECK-NEXT: ( 0, -0, 1, 448, 448, 448, -448, 0.00195312, 0, 0.00390625, 1, 1.25, 0.3125, 448, {{-?}}nan, {{-?}}nan )

  // f4E2M1FN (= E2M1: E=2, M=1, bias 1, rule none), codes in 4 bits, sign
  // 0x8. Values by code: 0:0 1:0.5 2:1 3:1.5 4:2 5:3 6:4 7:6.
  //  x      reasoning                 code
  //  0, -0                            0, 8
  //  0.25   tie 0 (0) / 0.5 (1)       0
  //  0.75   tie 0.5 (1) / 1 (2)       2
  //  1.25   tie 1 (2) / 1.5 (3)       2
  //  2.5    tie 2 (4) / 3 (5)         4
  //  3.5    tie 3 (5) / 4 (6)         6
  //  5      tie 4 (6) / 6 (7)         6
  //  6, 7   largest, saturate         7, 7
  //  -100   saturate                  8|7 = 15
  //  +Inf   saturate                  7
  //  NaN, -NaN  rule none: +0         0, 0
  //  1.0, -3.0                        2, 8|5 = 13
  %x6 = arith.constant dense<[0.0, -0.0, 0.25, 0.75, 1.25, 2.5, 3.5, 5.0, 6.0, 7.0, -100.0, 0x7F800000, 0x7FC00000, 0xFFC00000, 1.0, -3.0]> : tensor<16xf32>
  %q6 = call @q_f4E2M1FN(%x6, %one) : (tensor<16xf32>, f32) -> tensor<16xf4E2M1FN>
  call @codes_f4E2M1FN(%q6) : (tensor<16xf4E2M1FN>) -> ()
  %d6 = call @dq_f4E2M1FN(%q6, %one) : (tensor<16xf4E2M1FN>, f32) -> tensor<16xf32>
  call @values(%d6) : (tensor<16xf32>) -> ()
  %f6 = call @fq_f4E2M1FN(%x6, %one) : (tensor<16xf32>, f32) -> tensor<16xf32>
  call @values(%f6) : (tensor<16xf32>) -> ()
  // CHECK-NEXT: ( 0, 8, 0, 2, 2, 4, 6, 6, 7, 7, 15, 7, 0, 0, 2, 13 )
  // CHECK-NEXT: ( 0, -0, 0, 1, 1, 2, 4, 4, 6, 6, -6, 6, 0, 0, 1, -3 )
  // CHECK-NEXT: ( 0, -0, 0, 1, 1, 2, 4, 4, 6, 6, -6, 6, 0, 0, 1, -3 )

  // Scale 7 in E5M2: y = x / 7, one f32 division.
  //  x          y = x/7                         code
  //  11.375     1.625: tie 1.5 (62) / 1.75 (63)  62 -> 1.5 * 7 = 10.5
  //  5.6875     0.8125: tie 0.75 (58) / 0.875    58 -> 0.75 * 7 = 5.25
  //  22.75      3.25: tie 3 (66) / 3.5 (67)      66 -> 3 * 7 = 21
  //  7, -7      1, -1                            60, 188 -> 7, -7
  //  401408     57344 (= 7 * 57344)              123 -> 401408
  //  430080     61440 = max + ulp/2: saturate    123 -> 401408
  //  1e-3f      1.42857e-4 in [2^-13, 2^-12): e=2, ulp 2^-15,
  //             (1.42857e-4 - 1.2207e-4) / 3.0518e-5 = 0.68 -> m=1   9
  //             -> 1.25 * 2^-13 * 7 = 1.068115234375e-3 (%g 0.00106812)
  %s7 = arith.constant 7.0 : f32
  %x7 = arith.constant dense<[11.375, 5.6875, 22.75, 7.0, -7.0, 401408.0, 430080.0, 1.0e-3]> : tensor<8xf32>
  %q7 = call @q_E5M2_8(%x7, %s7) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E5M2>>
  %q7i = builtin.unrealized_conversion_cast %q7 : tensor<8x!altgrad.fp<E5M2>> to tensor<8xi8>
  call @codes8(%q7i) : (tensor<8xi8>) -> ()
  %f7 = call @fq_E5M2_8(%x7, %s7) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values8(%f7) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 62, 58, 66, 60, 188, 123, 123, 9 )
  // CHECK-NEXT: ( 10.5, 5.25, 21, 7, -7, 401408, 401408, 0.00106812 )

  // Scale 0.3f = 0.300000011920928955078125 in E5M2: a true division, not
  // a multiplication by the reciprocal (f32(1/0.3f) = 3.33333325 would land
  // exactly on the ties 1.875, 3.75, 0.9375 and round up to the even codes
  // 64, 68, 60).
  //  x          y = x / 0.3f (f32)            code
  //  0.5625     1.87499988 < tie 1.875        63 (1.75) -> 1.75 * 0.3f = 0.525
  //  1.125      3.74999976 < tie 3.75         67 (3.5)  -> 1.05
  //  0.28125    0.937499940 < tie 0.9375      59 (0.875) -> 0.2625
  //  0.3f       1.0                           60 -> 0.3
  //  -0.3f      -1.0                          188 -> -0.3
  //  0          0                             0 -> 0
  //  0.6f       0.60000002384 / 0.3f = 2.00000004 -> f32 2.0   64 -> 0.6
  //  20000      66666.664 > max: saturate     123 -> 57344 * 0.3f = 17203.2
  %s8 = arith.constant 0.3 : f32
  %x8 = arith.constant dense<[0.5625, 1.125, 0.28125, 0.3, -0.3, 0.0, 0.6, 20000.0]> : tensor<8xf32>
  %q8 = call @q_E5M2_8(%x8, %s8) : (tensor<8xf32>, f32) -> tensor<8x!altgrad.fp<E5M2>>
  %q8i = builtin.unrealized_conversion_cast %q8 : tensor<8x!altgrad.fp<E5M2>> to tensor<8xi8>
  call @codes8(%q8i) : (tensor<8xi8>) -> ()
  %f8 = call @fq_E5M2_8(%x8, %s8) : (tensor<8xf32>, f32) -> tensor<8xf32>
  call @values8(%f8) : (tensor<8xf32>) -> ()
  // CHECK-NEXT: ( 63, 67, 59, 60, 188, 0, 64, 123 )
  // CHECK-NEXT: ( 0.525, 1.05, 0.2625, 0.3, -0.3, 0, 0.6, 17203.2 )
  return
}
