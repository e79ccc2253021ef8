// RUN: altgrad-opt %s -split-input-file -verify-diagnostics

//===----------------------------------------------------------------------===//
// Format type: parser
//===----------------------------------------------------------------------===//

// expected-error @+1 {{unknown format 'E4M3B11FNUZ': expected one of E0M7, E1M6, E3M4, E5M2, E7M0, E4M3FN, E4M3, E5M2FNUZ, E4M3FNUZ, E2M3, E3M2, E2M1 or E<e>M<m> with explicit parameters}}
func.func private @f(!altgrad.fp<E4M3B11FNUZ>)

// -----

// Format names are case-sensitive.
// expected-error @+1 {{unknown format 'e5m2'}}
func.func private @f(!altgrad.fp<e5m2>)

// -----

// expected-error @+1 {{unknown format 'FP8'}}
func.func private @f(!altgrad.fp<FP8, bias = 7>)

// -----

// A negative bit count is not a format name: the keyword ends at the '-'.
// expected-error @+1 {{unknown format 'E': expected one of}}
func.func private @f(!altgrad.fp<E-1M7>)

// -----

// A registered name that is not of the E<e>M<m> form takes no parameters.
// expected-error @+1 {{registered format 'E4M3FN' takes no parameters; spell out the others as E<e>M<m>, bias = <int>, rule = <rule>}}
func.func private @f(!altgrad.fp<E4M3FN, bias = 7>)

// -----

// expected-error @+1 {{registered format 'E5M2FNUZ' takes no parameters}}
func.func private @f(!altgrad.fp<E5M2FNUZ, rule = fnuz>)

// -----

// expected-error @+1 {{unknown special-value rule 'ocp': expected ieee, fn, fnuz or none}}
func.func private @f(!altgrad.fp<E4M3, rule = ocp>)

// -----

// expected-error @+1 {{unknown format parameter 'sign': expected bias or rule}}
func.func private @f(!altgrad.fp<E4M3, sign = 1>)

// -----

// expected-error @+1 {{expected integer value}}
func.func private @f(!altgrad.fp<E4M3, bias = fn>)

// -----

// expected-error @+1 {{integer value too large}}
func.func private @f(!altgrad.fp<E4M3, bias = 2147483648>)

// -----

// expected-error @+1 {{expected valid keyword}}
func.func private @f(!altgrad.fp<8>)

// -----

// expected-error @+1 {{expected '='}}
func.func private @f(!altgrad.fp<E4M3, bias 7>)

// -----

// expected-error @+1 {{expected '>'}}
func.func private @f(!altgrad.fp<E4M3 bias = 7>)

// -----

//===----------------------------------------------------------------------===//
// Format type: verifier
//===----------------------------------------------------------------------===//

// 1 + 5 + 3 = 9 bits.
// expected-error @+1 {{invalid format E5M3 with bias 15 and rule ieee: 1 + E + M = 9 bits do not fit in an 8-bit code}}
func.func private @f(!altgrad.fp<E5M3>)

// -----

// 1 + 0 + 8 = 9 bits.
// expected-error @+1 {{invalid format E0M8 with bias 1 and rule none: 1 + E + M = 9 bits do not fit in an 8-bit code}}
func.func private @f(!altgrad.fp<E0M8>)

// -----

// A bit count that would wrap around in 32 bits: 1 + (2^32 - 2) + 3 is not 2.
// expected-error @+1 {{invalid format E4294967294M3 with bias 0 and rule ieee: 1 + E + M = 4294967298 bits do not fit in an 8-bit code}}
func.func private @f(!altgrad.fp<E4294967294M3>)

// -----

// expected-error @+1 {{invalid format E0M0 with bias 1 and rule none: a format needs at least one exponent or mantissa bit}}
func.func private @f(!altgrad.fp<E0M0>)

// -----

// expected-error @+1 {{invalid format E0M7 with bias 1 and rule ieee: the ieee rule reserves the all-ones exponent and needs at least one exponent bit}}
func.func private @f(!altgrad.fp<E0M7, rule = ieee>)

// -----

// E1M0 ieee: exponent 0 is zero and exponent 1 is NaN; nothing positive.
// expected-error @+1 {{invalid format E1M0 with bias 0 and rule ieee: the format has no positive finite value}}
func.func private @f(!altgrad.fp<E1M0>)

// -----

// E1M0 fn: code 1 is the NaN; only zero is left.
// expected-error @+1 {{invalid format E1M0 with bias 0 and rule fn: the format has no positive finite value}}
func.func private @f(!altgrad.fp<E1M0, rule = fn>)

// -----

// E5M2 bias 200: the smallest value is 2^(1 - 200 - 2) = 2^-201 < 2^-149.
// expected-error @+1 {{invalid format E5M2 with bias 200 and rule ieee: bias 200 puts the smallest value 2^-201 below the f32 range}}
func.func private @f(!altgrad.fp<E5M2, bias = 200>)

// -----

// E0M7 bias 144: the smallest value is 2^(1 - 144 - 7) = 2^-150.
// expected-error @+1 {{bias 144 puts the smallest value 2^-150 below the f32 range}}
func.func private @f(!altgrad.fp<E0M7, bias = 144>)

// -----

// E5M2 bias 0: the largest value is 1.75 * 2^30, fine; bias -100 gives
// 1.75 * 2^130, above the f32 maximum (just under 2^128).
// expected-error @+1 {{invalid format E5M2 with bias -100 and rule ieee: bias -100 puts the largest value above 2^130, beyond the f32 range}}
func.func private @f(!altgrad.fp<E5M2, bias = -100>)

// -----

// E7M0 bias -1: the largest value is 2^(126 + 1) = 2^127, fine; bias -2 is
// 2^128.
// expected-error @+1 {{bias -2 puts the largest value above 2^128, beyond the f32 range}}
func.func private @f(!altgrad.fp<E7M0, bias = -2>)

// -----

// The most negative int: 1 - bias does not fit in an int.
// expected-error @+1 {{invalid format E5M2 with bias -2147483648 and rule ieee: bias -2147483648 puts the smallest value 2^2147483647 beyond the f32 range}}
func.func private @f(!altgrad.fp<E5M2, bias = -2147483648>)

// -----

// The largest int: 1 - bias - 7 does not fit in an int.
// expected-error @+1 {{invalid format E0M7 with bias 2147483647 and rule none: bias 2147483647 puts the smallest value 2^-2147483653 below the f32 range}}
func.func private @f(!altgrad.fp<E0M7, bias = 2147483647>)

// -----

//===----------------------------------------------------------------------===//
// History type
//===----------------------------------------------------------------------===//

// expected-error @+1 {{amax history length 0 is not between 1 and 8192}}
func.func private @f(!altgrad.history<0>)

// -----

// expected-error @+1 {{amax history length -1 is not between 1 and 8192}}
func.func private @f(!altgrad.history<-1>)

// -----

// expected-error @+1 {{amax history length 8193 is not between 1 and 8192}}
func.func private @f(!altgrad.history<8193>)

// -----

// expected-error @+1 {{amax history length 4294967296 is not between 1 and 8192}}
func.func private @f(!altgrad.history<4294967296>)

// -----

// expected-error @+1 {{expected integer value}}
func.func private @f(!altgrad.history<>)

// -----

// expected-error @+1 {{expected '>'}}
func.func private @f(!altgrad.history<4, 8>)

// -----

//===----------------------------------------------------------------------===//
// #altgrad.codes
//===----------------------------------------------------------------------===//

func.func @f() {
  // expected-error @+1 {{codes must be i8, got 'i16'}}
  %0 = altgrad.constant #altgrad.codes<dense<60> : tensor<i16>> : !altgrad.fp<E5M2>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{codes of shape 'tensor<3xi8>' do not match 'tensor<4x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.constant #altgrad.codes<dense<[1, 2, 3]> : tensor<3xi8>> : tensor<4x!altgrad.fp<E5M2>>
  return
}

// -----

// A scalar takes a 0-d tensor of codes.
func.func @f() {
  // expected-error @+1 {{codes of shape 'tensor<1xi8>' do not match '!altgrad.fp<E5M2>'}}
  %0 = altgrad.constant #altgrad.codes<dense<60> : tensor<1xi8>> : !altgrad.fp<E5M2>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{codes of shape 'tensor<4xi8>' do not match 'tensor<?x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.constant #altgrad.codes<dense<1> : tensor<4xi8>> : tensor<?x!altgrad.fp<E5M2>>
  return
}

// -----

// E2M1 codes have 1 + 2 + 1 = 4 bits: 0 .. 15.
func.func @f() {
  // expected-error @+1 {{code 16 does not fit in the 4 bits of '!altgrad.fp<E2M1>'}}
  %0 = altgrad.constant #altgrad.codes<dense<[15, 16]> : tensor<2xi8>> : tensor<2x!altgrad.fp<E2M1>>
  return
}

// -----

// The i8 -1 is the byte 0xFF = 255, too wide for 4 bits.
func.func @f() {
  // expected-error @+1 {{code 255 does not fit in the 4 bits of '!altgrad.fp<E2M1>'}}
  %0 = altgrad.constant #altgrad.codes<dense<-1> : tensor<i8>> : !altgrad.fp<E2M1>
  return
}

// -----

// E3M2 codes have 1 + 3 + 2 = 6 bits: 0 .. 63.
func.func @f() {
  // expected-error @+1 {{code 64 does not fit in the 6 bits of '!altgrad.fp<E3M2>'}}
  %0 = altgrad.constant #altgrad.codes<dense<64> : tensor<i8>> : !altgrad.fp<E3M2>
  return
}

// -----

// A general 5-bit format: 1 + 0 + 4 bits, codes 0 .. 31.
func.func @f() {
  // expected-error @+1 {{code 32 does not fit in the 5 bits of '!altgrad.fp<E0M4, bias = 1, rule = none>'}}
  %0 = altgrad.constant #altgrad.codes<dense<32> : tensor<i8>> : !altgrad.fp<E0M4>
  return
}

// -----

// Builtin 8-bit float constants are dense float attributes, not codes.
func.func @f() {
  // expected-error @+1 {{codes need an !altgrad.fp type or a vector or ranked tensor of one, got 'f8E5M2'}}
  %0 = altgrad.constant #altgrad.codes<dense<60> : tensor<i8>> : f8E5M2
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{codes need an !altgrad.fp type or a vector or ranked tensor of one, got 'tensor<*x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.constant #altgrad.codes<dense<60> : tensor<i8>> : tensor<*x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{codes need an !altgrad.fp type or a vector or ranked tensor of one, got 'memref<2x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.constant #altgrad.codes<dense<60> : tensor<2xi8>> : memref<2x!altgrad.fp<E5M2>>
  return
}

// -----

// Without a type the attribute has none.
func.func @f() attributes {
  // expected-error @+1 {{codes need an !altgrad.fp type or a vector or ranked tensor of one, got 'none'}}
  some.codes = #altgrad.codes<dense<60> : tensor<i8>>} {
  return
}

// -----

func.func @f() {
  // expected-error @+2 {{invalid kind of attribute specified}}
  // expected-error @+1 {{failed to parse AltGrad_CodesAttr parameter 'codes' which is to be a `::mlir::DenseIntElementsAttr`}}
  %0 = altgrad.constant #altgrad.codes<dense<1.0> : tensor<f32>> : !altgrad.fp<E5M2>
  return
}

// -----

//===----------------------------------------------------------------------===//
// #altgrad.history
//===----------------------------------------------------------------------===//

// Three records do not fit a history of length 2.
func.func @f() {
  // expected-error @+1 {{3 records exceed the length 2 of '!altgrad.history<2>'}}
  %0 = altgrad.constant #altgrad.history<records = [1.0, 2.0, 3.0], rejected = 0> : !altgrad.history<2>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{recorded amax -1.000000e+00 is not a finite non-negative number}}
  %0 = altgrad.constant #altgrad.history<records = [2.0, -1.0], rejected = 0> : !altgrad.history<4>
  return
}

// -----

// 1e39 is beyond the largest f32: the record is +Inf.
func.func @f() {
  // expected-error @+1 {{recorded amax INF is not a finite non-negative number}}
  %0 = altgrad.constant #altgrad.history<records = [1.0e39], rejected = 0> : !altgrad.history<4>
  return
}

// -----

// Hexadecimal array elements are read as f64 bits: 0x7FF8000000000000 is NaN.
func.func @f() {
  // expected-error @+1 {{recorded amax nan is not a finite non-negative number}}
  %0 = altgrad.constant #altgrad.history<records = [0x7FF8000000000000], rejected = 0> : !altgrad.history<4>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{history state needs an !altgrad.history type, got 'f32'}}
  %0 = altgrad.constant #altgrad.history<records = [], rejected = 0> : f32
  return
}

// -----

func.func @f() attributes {
  // expected-error @+1 {{history state needs an !altgrad.history type, got 'none'}}
  some.history = #altgrad.history<records = [], rejected = 0>} {
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{expected ','}}
  %0 = altgrad.constant #altgrad.history<records = [1.0]> : !altgrad.history<4>
  return
}

// -----

// -1 is not read as 2^64 - 1.
func.func @f() {
  // expected-error @+2 {{expected a count from 0 to 2^64 - 1, got -1}}
  // expected-error @+1 {{failed to parse AltGrad_HistoryAttr parameter 'rejected' which is to be a `uint64_t`}}
  %0 = altgrad.constant #altgrad.history<records = [1.0], rejected = -1> : !altgrad.history<4>
  return
}

// -----

func.func @f() {
  // expected-error @+2 {{expected a count from 0 to 2^64 - 1, got 18446744073709551616}}
  // expected-error @+1 {{failed to parse AltGrad_HistoryAttr parameter 'rejected'}}
  %0 = altgrad.constant #altgrad.history<records = [1.0], rejected = 18446744073709551616> : !altgrad.history<4>
  return
}

// -----

//===----------------------------------------------------------------------===//
// altgrad.constant
//===----------------------------------------------------------------------===//

func.func @f() {
  // expected-error @+1 {{'altgrad.constant' op expects a #altgrad.codes or #altgrad.history value; use arith.constant for 1.000000e+00 : f32}}
  %0 = altgrad.constant 1.0 : f32
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'altgrad.constant' op expects a #altgrad.codes or #altgrad.history value; use arith.constant for dense<60> : tensor<2xi8>}}
  %0 = altgrad.constant dense<60> : tensor<2xi8>
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'altgrad.constant' op expects a #altgrad.codes or #altgrad.history value; use arith.constant for 3.500000e+00 : f8E5M2}}
  %0 = altgrad.constant 3.5 : f8E5M2
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'altgrad.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "altgrad.constant"() <{value = #altgrad.codes<dense<60> : tensor<i8>> : !altgrad.fp<E5M2>}> : () -> !altgrad.fp<E3M4>
  return
}

// -----

//===----------------------------------------------------------------------===//
// altgrad.quantize
//===----------------------------------------------------------------------===//

func.func @f(%x: i32, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op operand #0 must be}}
  %0 = altgrad.quantize %x, %s : i32 to !altgrad.fp<E5M2>
  return
}

// -----

// f64 is not extended exactly to f32.
func.func @f(%x: f64, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op operand #0 must be}}
  %0 = altgrad.quantize %x, %s : f64 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @f(%x: tensor<4xf64>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op operand #0 must be}}
  %0 = altgrad.quantize %x, %s : tensor<4xf64> to tensor<4x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%x: memref<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op operand #0 must be}}
  %0 = altgrad.quantize %x, %s : memref<4xf32> to memref<4x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%x: tensor<*xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op operand #0 must be}}
  %0 = altgrad.quantize %x, %s : tensor<*xf32> to tensor<*x!altgrad.fp<E5M2>>
  return
}

// -----

// The custom form fixes the scale type to f32.
func.func @f(%x: f32, %s: f16) {
  // expected-note @-1 {{prior use here}}
  // expected-error @+1 {{use of value '%s' expects different type than prior uses: 'f32' vs 'f16'}}
  %0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  return
}

// -----

func.func @f(%x: f32, %s: f16) {
  // expected-error @+1 {{'altgrad.quantize' op operand #1 must be 32-bit float, but got 'f16'}}
  %0 = "altgrad.quantize"(%x, %s) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>}> : (f32, f16) -> !altgrad.fp<E5M2>
  return
}

// -----

func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op result #0 must be altgrad format or builtin float type altgrad models (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E3M4, f6E2M3FN, f6E3M2FN, f4E2M1FN) or fixed-length vector of altgrad format or builtin float type altgrad models (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E3M4, f6E2M3FN, f6E3M2FN, f4E2M1FN) values with fewer than 2^32 lanes or ranked tensor of altgrad format or builtin float type altgrad models (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E3M4, f6E2M3FN, f6E3M2FN, f4E2M1FN) values, but got 'i8'}}
  %0 = altgrad.quantize %x, %s : f32 to i8
  return
}

// -----

func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op result #0 must be altgrad format or builtin float type altgrad models}}
  %0 = altgrad.quantize %x, %s : f32 to f16
  return
}

// -----

// f8E8M0FNU has no sign bit; it is not an altgrad format, and the message
// lists those that are.
func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op result #0 must be altgrad format or builtin float type altgrad models (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E3M4, f6E2M3FN, f6E3M2FN, f4E2M1FN)}}
  %0 = altgrad.quantize %x, %s : f32 to f8E8M0FNU
  return
}

// -----

// f8E4M3B11FNUZ has no registered format.
func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op result #0 must be altgrad format or builtin float type altgrad models}}
  %0 = altgrad.quantize %x, %s : f32 to f8E4M3B11FNUZ
  return
}

// -----

func.func @f(%x: tensor<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op result #0 must be}}
  %0 = altgrad.quantize %x, %s : tensor<4xf32> to tensor<*x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%x: tensor<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op expects input and result of the same shape, got 'tensor<4xf32>' and 'tensor<3x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.quantize %x, %s : tensor<4xf32> to tensor<3x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%x: tensor<4x2xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op expects input and result of the same shape, got 'tensor<4x2xf32>' and 'tensor<8x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.quantize %x, %s : tensor<4x2xf32> to tensor<8x!altgrad.fp<E5M2>>
  return
}

// -----

// A dynamic dimension does not match a static one.
func.func @f(%x: tensor<?xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op expects input and result of the same shape, got 'tensor<?xf32>' and 'tensor<4x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.quantize %x, %s : tensor<?xf32> to tensor<4x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%x: vector<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op expects input and result of the same shape, got 'vector<4xf32>' and 'tensor<4x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.quantize %x, %s : vector<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op expects input and result of the same shape, got 'f32' and 'tensor<!altgrad.fp<E5M2>>'}}
  %0 = altgrad.quantize %x, %s : f32 to tensor<!altgrad.fp<E5M2>>
  return
}

// -----

// Scalable vectors: the lowering works on a fixed number of lanes.
func.func @f(%x: vector<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op result #0 must be altgrad format or builtin float type altgrad models (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E3M4, f6E2M3FN, f6E3M2FN, f4E2M1FN) or fixed-length vector of}}
  %0 = altgrad.quantize %x, %s : vector<4xf32> to vector<[4]x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%x: f32, %s: f32) {
  // expected-error @+2 {{expected ::altgrad::OverflowMode to be one of: saturate, ieee}}
  // expected-error @+1 {{failed to parse AltGrad_OverflowModeAttr parameter 'value'}}
  %0 = altgrad.quantize %x, %s overflow<wrap> : f32 to !altgrad.fp<E5M2>
  return
}

// -----

//===----------------------------------------------------------------------===//
// altgrad.dequantize
//===----------------------------------------------------------------------===//

func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.dequantize' op operand #0 must be altgrad format or builtin float type altgrad models}}
  %0 = altgrad.dequantize %x, %s : f32 to f32
  return
}

// -----

func.func @f(%x: i8, %s: f32) {
  // expected-error @+1 {{'altgrad.dequantize' op operand #0 must be altgrad format or builtin float type altgrad models}}
  %0 = altgrad.dequantize %x, %s : i8 to f32
  return
}

// -----

// Dequantization gives f32, f16 or bf16.
func.func @f(%x: !altgrad.fp<E5M2>, %s: f32) {
  // expected-error @+1 {{'altgrad.dequantize' op result #0 must be 32-bit float or 16-bit float or bfloat16 type or fixed-length vector of 32-bit float or 16-bit float or bfloat16 type values with fewer than 2^32 lanes or ranked tensor of 32-bit float or 16-bit float or bfloat16 type values, but got 'f64'}}
  %0 = altgrad.dequantize %x, %s : !altgrad.fp<E5M2> to f64
  return
}

// -----

func.func @f(%x: tensor<2x!altgrad.fp<E5M2>>, %s: f32) {
  // expected-error @+1 {{'altgrad.dequantize' op expects input and result of the same shape, got 'tensor<2x!altgrad.fp<E5M2>>' and 'tensor<1x2xf32>'}}
  %0 = altgrad.dequantize %x, %s : tensor<2x!altgrad.fp<E5M2>> to tensor<1x2xf32>
  return
}

// -----

func.func @f(%x: memref<2x!altgrad.fp<E5M2>>, %s: f32) {
  // expected-error @+1 {{'altgrad.dequantize' op operand #0 must be}}
  %0 = altgrad.dequantize %x, %s : memref<2x!altgrad.fp<E5M2>> to memref<2xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// altgrad.fake_quantize
//===----------------------------------------------------------------------===//

func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.fake_quantize' op attribute 'format' failed to satisfy constraint: altgrad format or builtin float type altgrad models}}
  %0 = altgrad.fake_quantize %x, %s format(f32) : f32
  return
}

// -----

func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.fake_quantize' op attribute 'format' failed to satisfy constraint: altgrad format or builtin float type altgrad models}}
  %0 = altgrad.fake_quantize %x, %s format(!altgrad.history<4>) : f32
  return
}

// -----

func.func @f(%x: f64, %s: f32) {
  // expected-error @+1 {{'altgrad.fake_quantize' op operand #0 must be 32-bit float or 16-bit float or bfloat16 type or fixed-length vector of 32-bit float or 16-bit float or bfloat16 type values with fewer than 2^32 lanes or ranked tensor of 32-bit float or 16-bit float or bfloat16 type values, but got 'f64'}}
  %0 = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : f64
  return
}

// -----

func.func @f(%x: tensor<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.fake_quantize' op failed to verify that all of {input, result} have same type}}
  %0 = "altgrad.fake_quantize"(%x, %s) <{format = !altgrad.fp<E5M2>, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, overflow = #altgrad.overflow<saturate>}> : (tensor<4xf32>, f32) -> tensor<2xf32>
  return
}

// -----

func.func @f(%x: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.fake_quantize' op requires attribute 'format'}}
  %0 = "altgrad.fake_quantize"(%x, %s) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>}> : (f32, f32) -> f32
  return
}

// -----

//===----------------------------------------------------------------------===//
// altgrad.amax, altgrad.compute_scale
//===----------------------------------------------------------------------===//

func.func @f(%x: tensor<4xi32>) {
  // expected-error @+1 {{'altgrad.amax' op operand #0 must be}}
  %0 = altgrad.amax %x : tensor<4xi32>
  return
}

// -----

func.func @f(%x: tensor<4xf32>) {
  // expected-error @+1 {{'altgrad.amax' op result #0 must be 32-bit float, but got 'f16'}}
  %0 = "altgrad.amax"(%x) : (tensor<4xf32>) -> f16
  return
}

// -----

func.func @f(%a: f32) {
  // expected-error @+1 {{'altgrad.compute_scale' op attribute 'format' failed to satisfy constraint: altgrad format or builtin float type altgrad models}}
  %0 = altgrad.compute_scale %a format(i8)
  return
}

// -----

func.func @f(%a: f32) {
  // expected-error @+1 {{'altgrad.compute_scale' op attribute 'scale_min' failed to satisfy constraint: 32-bit float attribute whose value is a positive finite number}}
  %0 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = 0.0 : f32}
  return
}

// -----

func.func @f(%a: f32) {
  // expected-error @+1 {{'scale_min' failed to satisfy constraint: 32-bit float attribute whose value is a positive finite number}}
  %0 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = -0.0 : f32}
  return
}

// -----

func.func @f(%a: f32) {
  // expected-error @+1 {{'scale_min' failed to satisfy constraint: 32-bit float attribute whose value is a positive finite number}}
  %0 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = -1.0e-10 : f32}
  return
}

// -----

func.func @f(%a: f32) {
  // expected-error @+1 {{'scale_min' failed to satisfy constraint: 32-bit float attribute whose value is a positive finite number}}
  %0 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = 0x7FC00000 : f32}
  return
}

// -----

// A floor of +Inf would make every scale infinite.
func.func @f(%a: f32) {
  // expected-error @+1 {{'scale_min' failed to satisfy constraint: 32-bit float attribute whose value is a positive finite number}}
  %0 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = 0x7F800000 : f32}
  return
}

// -----

func.func @f(%a: f32) {
  // expected-error @+1 {{'scale_min' failed to satisfy constraint: 32-bit float attribute whose value is a positive finite number}}
  %0 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>) {scale_min = 1.0e-10 : f64}
  return
}

// -----

func.func @f(%a: f16) {
  // expected-error @+1 {{'altgrad.compute_scale' op operand #0 must be 32-bit float, but got 'f16'}}
  %0 = "altgrad.compute_scale"(%a) <{format = !altgrad.fp<E5M2>}> : (f16) -> f32
  return
}

// -----

//===----------------------------------------------------------------------===//
// History ops
//===----------------------------------------------------------------------===//

func.func @f() {
  // expected-error @+1 {{'altgrad.history.empty' op result #0 must be the state of an amax history for delayed scaling, but got 'f32'}}
  %0 = altgrad.history.empty : f32
  return
}

// -----

func.func @f(%h: f32, %x: tensor<4xf32>) {
  // expected-error @+1 {{'altgrad.history.update' op operand #0 must be the state of an amax history for delayed scaling, but got 'f32'}}
  %0 = altgrad.history.update %h, %x : f32, tensor<4xf32>
  return
}

// -----

func.func @f(%h: !altgrad.history<8>, %x: tensor<4xi32>) {
  // expected-error @+1 {{'altgrad.history.update' op operand #1 must be}}
  %0 = altgrad.history.update %h, %x : !altgrad.history<8>, tensor<4xi32>
  return
}

// -----

func.func @f(%h: !altgrad.history<8>, %x: tensor<*xf32>) {
  // expected-error @+1 {{'altgrad.history.update' op operand #1 must be}}
  %0 = altgrad.history.update %h, %x : !altgrad.history<8>, tensor<*xf32>
  return
}

// -----

// The custom form names the history type once: a mismatch is a use of a
// value at a type it does not have.
func.func @f(%h: !altgrad.history<8>, %x: tensor<4xf32>) {
  // expected-note @-1 {{prior use here}}
  // expected-error @+1 {{use of value '%h' expects different type than prior uses: '!altgrad.history<16>' vs '!altgrad.history<8>'}}
  %0 = altgrad.history.update %h, %x : !altgrad.history, tensor<4xf32>
  return
}

// -----

func.func @f(%h: !altgrad.history<8>, %x: tensor<4xf32>) {
  // expected-error @+1 {{'altgrad.history.update' op failed to verify that all of {history, result} have same type}}
  %0 = "altgrad.history.update"(%h, %x) : (!altgrad.history<8>, tensor<4xf32>) -> !altgrad.history<4>
  return
}

// -----

func.func @f(%h: !altgrad.history<8>) {
  // expected-error @+1 {{'altgrad.history.reset' op failed to verify that all of {history, result} have same type}}
  %0 = "altgrad.history.reset"(%h) : (!altgrad.history<8>) -> !altgrad.history<16>
  return
}

// -----

func.func @f(%h: tensor<4xf32>) {
  // expected-error @+1 {{'altgrad.history.amax' op operand #0 must be the state of an amax history for delayed scaling, but got 'tensor<4xf32>'}}
  %0 = altgrad.history.amax %h : tensor<4xf32>
  return
}

// -----

func.func @f(%h: !altgrad.history<8>) {
  // expected-error @+2 {{expected ::altgrad::AmaxPolicy to be one of: max, most_recent}}
  // expected-error @+1 {{failed to parse AltGrad_AmaxPolicyAttr parameter 'value'}}
  %0 = altgrad.history.amax %h policy<mean> : !altgrad.history<8>
  return
}

// -----

func.func @f(%h: !altgrad.history<8>) {
  // expected-error @+1 {{'altgrad.history.rejected' op result #0 must be 64-bit signless integer, but got 'i32'}}
  %0 = "altgrad.history.rejected"(%h) : (!altgrad.history<8>) -> i32
  return
}

// -----

func.func @f(%h: !altgrad.fp<E5M2>) {
  // expected-error @+1 {{'altgrad.history.rejected' op operand #0 must be the state of an amax history for delayed scaling, but got '!altgrad.fp<E5M2>'}}
  %0 = altgrad.history.rejected %h : !altgrad.fp<E5M2>
  return
}

// -----

//===----------------------------------------------------------------------===//
// altgrad.stall_count
//===----------------------------------------------------------------------===//

func.func @f(%w: tensor<4xf32>, %g: tensor<8xf32>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op needs a weight and a gradient of one type, got 'tensor<4xf32>' and 'tensor<8xf32>'}}
  %0:2 = "altgrad.stall_count"(%w, %g, %lr, %s) <{format = !altgrad.fp<E7M0>}> : (tensor<4xf32>, tensor<8xf32>, f32, f32) -> (i64, i64)
  return
}

// -----

// A vector weight and a tensor gradient, each type written.
func.func @f(%w: vector<4xf32>, %g: tensor<4xf32>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op needs a weight and a gradient of one type, got 'vector<4xf32>' and 'tensor<4xf32>'}}
  %0:2 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : vector<4xf32>, tensor<4xf32>
  return
}

// -----

func.func @f(%w: tensor<4xf64>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op operand #0 must be 32-bit float or 16-bit float or bfloat16 type or fixed-length vector of 32-bit float or 16-bit float or bfloat16 type values with fewer than 2^32 lanes or ranked tensor of 32-bit float or 16-bit float or bfloat16 type values, but got 'tensor<4xf64>'}}
  %0:2 = altgrad.stall_count %w, %w, %lr, %s format(!altgrad.fp<E7M0>) : tensor<4xf64>
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %lr: f64, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op operand #2 must be 32-bit float, but got 'f64'}}
  %0:2 = "altgrad.stall_count"(%w, %w, %lr, %s) <{format = !altgrad.fp<E7M0>}> : (tensor<4xf32>, tensor<4xf32>, f64, f32) -> (i64, i64)
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op attribute 'format' failed to satisfy constraint: altgrad format or builtin float type altgrad models}}
  %0:2 = altgrad.stall_count %w, %w, %lr, %s format(bf16) : tensor<4xf32>
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op attribute 'threshold' failed to satisfy constraint: 32-bit float attribute whose value is a non-negative number}}
  %0:2 = altgrad.stall_count %w, %w, %lr, %s format(!altgrad.fp<E7M0>) {threshold = -1.0e-10 : f32} : tensor<4xf32>
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op attribute 'threshold' failed to satisfy constraint: 32-bit float attribute whose value is a non-negative number}}
  %0:2 = altgrad.stall_count %w, %w, %lr, %s format(!altgrad.fp<E7M0>) {threshold = 0x7FC00000 : f32} : tensor<4xf32>
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op attribute 'threshold' failed to satisfy constraint: 32-bit float attribute whose value is a non-negative number}}
  %0:2 = altgrad.stall_count %w, %w, %lr, %s format(!altgrad.fp<E7M0>) {threshold = 1 : i32} : tensor<4xf32>
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %lr: f32, %s: f32) {
  // expected-error @+1 {{'altgrad.stall_count' op result #1 must be 64-bit signless integer, but got 'i32'}}
  %0:2 = "altgrad.stall_count"(%w, %w, %lr, %s) <{format = !altgrad.fp<E7M0>}> : (tensor<4xf32>, tensor<4xf32>, f32, f32) -> (i64, i32)
  return
}

// -----

func.func @f(%x: vector<[4]xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.quantize' op operand #0 must be 32-bit float or 16-bit float or bfloat16 type or fixed-length vector of}}
  %0 = altgrad.quantize %x, %s : vector<[4]xf32> to vector<[4]x!altgrad.fp<E5M2>>
  return
}

// -----

//===----------------------------------------------------------------------===//
// altgrad.update_stall_count
//===----------------------------------------------------------------------===//

func.func @f(%w: tensor<4xf32>, %n: tensor<8xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.update_stall_count' op failed to verify that all of {weight, updated} have same type}}
  %0:2 = "altgrad.update_stall_count"(%w, %n, %s) <{format = !altgrad.fp<E7M0>}> : (tensor<4xf32>, tensor<8xf32>, f32) -> (i64, i64)
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{codes need a fixed-length vector, got 'vector<[4]x!altgrad.fp<E5M2>>'}}
  %0 = altgrad.constant #altgrad.codes<dense<[1, 2, 3, 4]> : tensor<4xi8>> : vector<[4]x!altgrad.fp<E5M2>>
  return
}

// -----

func.func @f(%w: tensor<4xf64>, %s: f32) {
  // expected-error @+1 {{'altgrad.update_stall_count' op operand #0 must be 32-bit float or 16-bit float or bfloat16 type or fixed-length vector of 32-bit float or 16-bit float or bfloat16 type values with fewer than 2^32 lanes or ranked tensor of 32-bit float or 16-bit float or bfloat16 type values, but got 'tensor<4xf64>'}}
  %0:2 = altgrad.update_stall_count %w, %w, %s format(!altgrad.fp<E7M0>) : tensor<4xf64>
  return
}

// -----

// A splat is checked once, not per element (2^31 of them here).
func.func @f() {
  // expected-error @+1 {{code 30 does not fit in the 4 bits of '!altgrad.fp<E2M1>'}}
  %0 = altgrad.constant #altgrad.codes<dense<30> : tensor<2147483648xi8>> : tensor<2147483648x!altgrad.fp<E2M1>>
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.update_stall_count' op attribute 'format' failed to satisfy constraint: altgrad format or builtin float type altgrad models}}
  %0:2 = altgrad.update_stall_count %w, %w, %s format(f16) : tensor<4xf32>
  return
}

// -----

func.func @f(%w: tensor<4xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.update_stall_count' op attribute 'threshold' failed to satisfy constraint: 32-bit float attribute whose value is a non-negative number}}
  %0:2 = altgrad.update_stall_count %w, %w, %s format(!altgrad.fp<E7M0>) {threshold = -1.0 : f32} : tensor<4xf32>
  return
}

// -----

// LLVM counts vector lanes in 32 bits: longer vectors are rejected here,
// not left to crash the vector lowering.
func.func @f(%x: vector<4294967296xf32>, %s: f32) {
  // expected-error @+1 {{'altgrad.fake_quantize' op operand #0 must be 32-bit float or 16-bit float or bfloat16 type or fixed-length vector of 32-bit float or 16-bit float or bfloat16 type values with fewer than 2^32 lanes or ranked tensor of 32-bit float or 16-bit float or bfloat16 type values, but got 'vector<4294967296xf32>'}}
  %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : vector<4294967296xf32>
  return
}
