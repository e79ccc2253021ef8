// Every type, attribute and op of the dialect survives printing and parsing,
// in the custom form, through the generic form, and through bytecode.
//
// RUN: altgrad-opt %s | altgrad-opt | FileCheck %s
// RUN: altgrad-opt %s --mlir-print-op-generic | altgrad-opt | FileCheck %s
// RUN: altgrad-opt %s --emit-bytecode | altgrad-opt | FileCheck %s
// RUN: altgrad-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

//===----------------------------------------------------------------------===//
// Format types
//===----------------------------------------------------------------------===//

// Every registered format prints under its name.
// CHECK-LABEL: func.func private @registered_formats(
// CHECK-SAME: !altgrad.fp<E0M7>, !altgrad.fp<E1M6>, !altgrad.fp<E3M4>,
// CHECK-SAME: !altgrad.fp<E5M2>, !altgrad.fp<E7M0>, !altgrad.fp<E4M3FN>,
// CHECK-SAME: !altgrad.fp<E4M3>, !altgrad.fp<E5M2FNUZ>, !altgrad.fp<E4M3FNUZ>,
// CHECK-SAME: !altgrad.fp<E2M3>, !altgrad.fp<E3M2>, !altgrad.fp<E2M1>)
func.func private @registered_formats(
    !altgrad.fp<E0M7>, !altgrad.fp<E1M6>, !altgrad.fp<E3M4>,
    !altgrad.fp<E5M2>, !altgrad.fp<E7M0>, !altgrad.fp<E4M3FN>,
    !altgrad.fp<E4M3>, !altgrad.fp<E5M2FNUZ>, !altgrad.fp<E4M3FNUZ>,
    !altgrad.fp<E2M3>, !altgrad.fp<E3M2>, !altgrad.fp<E2M1>)

// Spelled-out parameters that match a registered format print as its name:
// E5M2 with the IEEE defaults (bias 2^4 - 1 = 15); E4M3 with rule fn is
// E4M3FN (default bias 2^3 - 1 = 7); E5M2 bias 16 fnuz is E5M2FNUZ; E4M3
// bias 8 fnuz is E4M3FNUZ; E0M7 defaults to bias 1 and rule none (its
// fixed-point form); E2M1 bias 1 none is the MX FP4 element.
// CHECK-LABEL: func.func private @normalized_to_names(
// CHECK-SAME: !altgrad.fp<E5M2>, !altgrad.fp<E5M2>, !altgrad.fp<E4M3FN>,
// CHECK-SAME: !altgrad.fp<E5M2FNUZ>, !altgrad.fp<E4M3FNUZ>, !altgrad.fp<E0M7>,
// CHECK-SAME: !altgrad.fp<E2M1>, !altgrad.fp<E3M4>)
func.func private @normalized_to_names(
    !altgrad.fp<E5M2, bias = 15>, !altgrad.fp<E5M2, rule = ieee, bias = 15>,
    !altgrad.fp<E4M3, rule = fn>, !altgrad.fp<E5M2, bias = 16, rule = fnuz>,
    !altgrad.fp<E4M3, bias = 8, rule = fnuz>, !altgrad.fp<E0M7, bias = 1>,
    !altgrad.fp<E2M1, bias = 1, rule = none>, !altgrad.fp<E3M4, rule = ieee>)

// General forms print every parameter. A name with parameters is the general
// form with IEEE defaults: E2M3 with bias 1 alone is rule ieee, not the MX
// element (rule none). E6M1 defaults to bias 2^5 - 1 = 31; E2M5 to bias 1;
// E0M3 to bias 1 and rule none. Negative biases are fine while every value
// is an f32 number: E3M4 bias -100 spans 2^98 .. 15.5 * 2^103.
// CHECK-LABEL: func.func private @general_formats(
// CHECK-SAME: !altgrad.fp<E4M3, bias = 9, rule = fnuz>,
// CHECK-SAME: !altgrad.fp<E2M3, bias = 1, rule = ieee>,
// CHECK-SAME: !altgrad.fp<E6M1, bias = 31, rule = ieee>,
// CHECK-SAME: !altgrad.fp<E2M5, bias = 1, rule = ieee>,
// CHECK-SAME: !altgrad.fp<E0M3, bias = 1, rule = none>,
// CHECK-SAME: !altgrad.fp<E0M7, bias = 5, rule = none>,
// CHECK-SAME: !altgrad.fp<E5M2, bias = 15, rule = fn>,
// CHECK-SAME: !altgrad.fp<E7M0, bias = 100, rule = none>,
// CHECK-SAME: !altgrad.fp<E3M4, bias = -100, rule = ieee>,
// CHECK-SAME: !altgrad.fp<E1M0, bias = 0, rule = none>)
func.func private @general_formats(
    !altgrad.fp<E4M3, bias = 9, rule = fnuz>, !altgrad.fp<E2M3, bias = 1>,
    !altgrad.fp<E6M1>, !altgrad.fp<E2M5>, !altgrad.fp<E0M3>,
    !altgrad.fp<E0M7, bias = 5>, !altgrad.fp<E5M2, rule = fn>,
    !altgrad.fp<E7M0, rule = none, bias = 100>,
    !altgrad.fp<E3M4, bias = -100>, !altgrad.fp<E1M0, rule = none>)

// Format types as elements of vectors, tensors and memrefs.
// CHECK-LABEL: func.func private @format_containers(
// CHECK-SAME: vector<4x!altgrad.fp<E5M2>>, vector<[8]x!altgrad.fp<E3M4>>,
// CHECK-SAME: tensor<2x?x!altgrad.fp<E7M0>>, tensor<*x!altgrad.fp<E1M6>>,
// CHECK-SAME: memref<16x!altgrad.fp<E4M3, bias = 9, rule = fnuz>>)
func.func private @format_containers(
    vector<4x!altgrad.fp<E5M2>>, vector<[8]x!altgrad.fp<E3M4>>,
    tensor<2x?x!altgrad.fp<E7M0>>, tensor<*x!altgrad.fp<E1M6>>,
    memref<16x!altgrad.fp<E4M3, bias = 9, rule = fnuz>>)

//===----------------------------------------------------------------------===//
// History types
//===----------------------------------------------------------------------===//

// No length means the default, 16.
// CHECK-LABEL: func.func private @history_types(
// CHECK-SAME: !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<1>,
// CHECK-SAME: !altgrad.history<1024>, !altgrad.history<8192>)
func.func private @history_types(
    !altgrad.history, !altgrad.history<16>, !altgrad.history<1>,
    !altgrad.history<1024>, !altgrad.history<8192>)

//===----------------------------------------------------------------------===//
// Constants and their attributes
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @codes_scalar
// CHECK: altgrad.constant #altgrad.codes<dense<60> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK: altgrad.constant #altgrad.codes<dense<-2> : tensor<i8>> : !altgrad.fp<E5M2>
// CHECK: altgrad.constant #altgrad.codes<dense<15> : tensor<i8>> : !altgrad.fp<E2M1>
// CHECK: altgrad.constant #altgrad.codes<dense<63> : tensor<i8>> : !altgrad.fp<E2M3>
// CHECK: altgrad.constant #altgrad.codes<dense<-128> : tensor<i8>> : !altgrad.fp<E4M3, bias = 9, rule = fnuz>
// GENERIC-LABEL: sym_name = "codes_scalar"
// GENERIC: "altgrad.constant"() <{value = #altgrad.codes<dense<60> : tensor<i8>> : !altgrad.fp<E5M2>}> : () -> !altgrad.fp<E5M2>
func.func @codes_scalar() -> (!altgrad.fp<E5M2>, !altgrad.fp<E5M2>,
                              !altgrad.fp<E2M1>, !altgrad.fp<E2M3>,
                              !altgrad.fp<E4M3, bias = 9, rule = fnuz>) {
  %0 = altgrad.constant #altgrad.codes<dense<60> : tensor<i8>> : !altgrad.fp<E5M2>
  // 0xFE prints as the signed i8 -2.
  %1 = altgrad.constant #altgrad.codes<dense<0xFE> : tensor<i8>> : !altgrad.fp<E5M2>
  // The largest 4-bit and 6-bit codes.
  %2 = altgrad.constant #altgrad.codes<dense<15> : tensor<i8>> : !altgrad.fp<E2M1>
  %3 = altgrad.constant #altgrad.codes<dense<63> : tensor<i8>> : !altgrad.fp<E2M3>
  %4 = altgrad.constant #altgrad.codes<dense<-128> : tensor<i8>> : !altgrad.fp<E4M3, bias = 9, rule = fnuz>
  return %0, %1, %2, %3, %4 : !altgrad.fp<E5M2>, !altgrad.fp<E5M2>,
                              !altgrad.fp<E2M1>, !altgrad.fp<E2M3>,
                              !altgrad.fp<E4M3, bias = 9, rule = fnuz>
}

// CHECK-LABEL: func.func @codes_shaped
// CHECK: altgrad.constant #altgrad.codes<dense<[60, 126, -4, 0]> : tensor<4xi8>> : vector<4x!altgrad.fp<E5M2>>
// CHECK: altgrad.constant #altgrad.codes<dense<{{\[}}[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi8>> : tensor<2x3x!altgrad.fp<E7M0>>
// CHECK: altgrad.constant #altgrad.codes<dense<7> : tensor<8xi8>> : tensor<8x!altgrad.fp<E2M1>>
// CHECK: altgrad.constant #altgrad.codes<dense<> : tensor<0xi8>> : tensor<0x!altgrad.fp<E3M4>>
// CHECK: altgrad.constant #altgrad.codes<dense<1> : tensor<i8>> : tensor<!altgrad.fp<E1M6>>
func.func @codes_shaped() -> (vector<4x!altgrad.fp<E5M2>>,
                              tensor<2x3x!altgrad.fp<E7M0>>,
                              tensor<8x!altgrad.fp<E2M1>>,
                              tensor<0x!altgrad.fp<E3M4>>,
                              tensor<!altgrad.fp<E1M6>>) {
  %0 = altgrad.constant #altgrad.codes<dense<[60, 126, 252, 0]> : tensor<4xi8>> : vector<4x!altgrad.fp<E5M2>>
  %1 = altgrad.constant #altgrad.codes<dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi8>> : tensor<2x3x!altgrad.fp<E7M0>>
  %2 = altgrad.constant #altgrad.codes<dense<7> : tensor<8xi8>> : tensor<8x!altgrad.fp<E2M1>>
  %3 = altgrad.constant #altgrad.codes<dense<> : tensor<0xi8>> : tensor<0x!altgrad.fp<E3M4>>
  %4 = altgrad.constant #altgrad.codes<dense<1> : tensor<i8>> : tensor<!altgrad.fp<E1M6>>
  return %0, %1, %2, %3, %4 : vector<4x!altgrad.fp<E5M2>>,
                              tensor<2x3x!altgrad.fp<E7M0>>,
                              tensor<8x!altgrad.fp<E2M1>>,
                              tensor<0x!altgrad.fp<E3M4>>,
                              tensor<!altgrad.fp<E1M6>>
}

// The struct parameters of #altgrad.history may come in any order; they print
// records first.
// CHECK-LABEL: func.func @history_constants
// CHECK: altgrad.constant #altgrad.history<records = [], rejected = 0> : !altgrad.history<16>
// CHECK: altgrad.constant #altgrad.history<records = [1.000000e+00, 4.000000e+00, 0.000000e+00], rejected = 2> : !altgrad.history<3>
// CHECK: altgrad.constant #altgrad.history<records = [3.400000e+38], rejected = 18446744073709551615> : !altgrad.history<1>
// GENERIC-LABEL: sym_name = "history_constants"
// GENERIC: "altgrad.constant"() <{value = #altgrad.history<records = [], rejected = 0> : !altgrad.history<16>}> : () -> !altgrad.history<16>
func.func @history_constants() -> (!altgrad.history, !altgrad.history<3>,
                                   !altgrad.history<1>) {
  %0 = altgrad.constant #altgrad.history<records = [], rejected = 0> : !altgrad.history
  %1 = altgrad.constant #altgrad.history<rejected = 2, records = [1.0, 4.0, 0.0]> : !altgrad.history<3>
  %2 = altgrad.constant #altgrad.history<records = [3.4e38], rejected = 18446744073709551615> : !altgrad.history<1>
  return %0, %1, %2 : !altgrad.history, !altgrad.history<3>, !altgrad.history<1>
}

//===----------------------------------------------------------------------===//
// Quantization ops
//===----------------------------------------------------------------------===//

// Stochastic rounding with Philox words or the caller's; the generic form
// records which optional operands are there.
// CHECK-LABEL: func.func @quantize_stochastic(
// CHECK-SAME: %[[X:.*]]: tensor<?xf32>, %[[S:.*]]: f32, %[[SEED:.*]]: i64, %[[OFF:.*]]: i64, %[[R:.*]]: tensor<?xi32>)
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] rounding<stochastic> seed(%[[SEED]]) offset(%[[OFF]]) : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] rounding<stochastic> random(%[[R]] : tensor<?xi32>) : tensor<?xf32> to tensor<?x!altgrad.fp<E2M1>>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : tensor<?xf32> to tensor<?xf8E4M3FN>
// CHECK-NEXT: altgrad.fake_quantize %[[X]], %[[S]] format(!altgrad.fp<E3M4>) rounding<stochastic> seed(%[[SEED]]) offset(%[[OFF]]) : tensor<?xf32>
// CHECK-NEXT: altgrad.fake_quantize %[[X]], %[[S]] format(f8E5M2) rounding<stochastic> random(%[[R]] : tensor<?xi32>) : tensor<?xf32>
// GENERIC-LABEL: sym_name = "quantize_stochastic"
// GENERIC: "altgrad.quantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}, %{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{operandSegmentSizes = array<i32: 1, 1, 1, 1, 0>, overflow = #altgrad.overflow<saturate>, rounding = #altgrad.rounding<stochastic>}>
// GENERIC: "altgrad.quantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 1>, overflow = #altgrad.overflow<saturate>, rounding = #altgrad.rounding<stochastic>}>
func.func @quantize_stochastic(%x: tensor<?xf32>, %s: f32, %seed: i64, %off: i64, %r: tensor<?xi32>) {
  %0 = altgrad.quantize %x, %s rounding<stochastic> seed(%seed) offset(%off) : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  %1 = altgrad.quantize %x, %s rounding<stochastic> random(%r : tensor<?xi32>) : tensor<?xf32> to tensor<?x!altgrad.fp<E2M1>>
  %2 = altgrad.quantize %x, %s rounding<nearest_even> : tensor<?xf32> to tensor<?xf8E4M3FN>
  %3 = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) rounding<stochastic> seed(%seed) offset(%off) : tensor<?xf32>
  %4 = altgrad.fake_quantize %x, %s format(f8E5M2) rounding<stochastic> random(%r : tensor<?xi32>) : tensor<?xf32>
  return
}

// The default overflow<saturate> is elided; the generic form spells it out.
// CHECK-LABEL: func.func @quantize_scalar(
// CHECK-SAME: %[[X:.*]]: f32, %[[S:.*]]: f32, %[[H:.*]]: f16, %[[B:.*]]: bf16)
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : f32 to !altgrad.fp<E5M2>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : f32 to !altgrad.fp<E3M4>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] overflow<ieee> : f32 to !altgrad.fp<E4M3FN>
// CHECK-NEXT: altgrad.quantize %[[H]], %[[S]] : f16 to !altgrad.fp<E0M7>
// CHECK-NEXT: altgrad.quantize %[[B]], %[[S]] overflow<ieee> : bf16 to !altgrad.fp<E7M0>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : f32 to f8E5M2
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] {some.attr = 1 : i32} : f32 to !altgrad.fp<E1M6>
// GENERIC-LABEL: sym_name = "quantize_scalar"
// GENERIC: "altgrad.quantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, overflow = #altgrad.overflow<saturate>, rounding = #altgrad.rounding<nearest_even>}> : (f32, f32) -> !altgrad.fp<E5M2>
// GENERIC: "altgrad.quantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, overflow = #altgrad.overflow<saturate>, rounding = #altgrad.rounding<nearest_even>}> : (f32, f32) -> !altgrad.fp<E3M4>
// GENERIC: "altgrad.quantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, overflow = #altgrad.overflow<ieee>, rounding = #altgrad.rounding<nearest_even>}> : (f32, f32) -> !altgrad.fp<E4M3FN>
func.func @quantize_scalar(%x: f32, %s: f32, %h: f16, %b: bf16) {
  %0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  %1 = altgrad.quantize %x, %s overflow<saturate> : f32 to !altgrad.fp<E3M4>
  %2 = altgrad.quantize %x, %s overflow<ieee> : f32 to !altgrad.fp<E4M3FN>
  %3 = altgrad.quantize %h, %s : f16 to !altgrad.fp<E0M7>
  %4 = altgrad.quantize %b, %s overflow<ieee> : bf16 to !altgrad.fp<E7M0>
  %5 = altgrad.quantize %x, %s : f32 to f8E5M2
  %6 = altgrad.quantize %x, %s {some.attr = 1 : i32} : f32 to !altgrad.fp<E1M6>
  return
}

// Every builtin type the dialect accepts as a format.
// CHECK-LABEL: func.func @quantize_builtin(
// CHECK-SAME: %[[X:.*]]: vector<4xf32>, %[[S:.*]]: f32)
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf8E5M2>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf8E3M4>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf8E4M3FN>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf8E4M3>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf8E5M2FNUZ>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf8E4M3FNUZ>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf6E2M3FN>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] : vector<4xf32> to vector<4xf6E3M2FN>
// CHECK-NEXT: altgrad.quantize %[[X]], %[[S]] overflow<ieee> : vector<4xf32> to vector<4xf4E2M1FN>
func.func @quantize_builtin(%x: vector<4xf32>, %s: f32) {
  %0 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf8E5M2>
  %1 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf8E3M4>
  %2 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf8E4M3FN>
  %3 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf8E4M3>
  %4 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf8E5M2FNUZ>
  %5 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf8E4M3FNUZ>
  %6 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf6E2M3FN>
  %7 = altgrad.quantize %x, %s : vector<4xf32> to vector<4xf6E3M2FN>
  %8 = altgrad.quantize %x, %s overflow<ieee> : vector<4xf32> to vector<4xf4E2M1FN>
  return
}

// CHECK-LABEL: func.func @quantize_shaped(
// CHECK-SAME: %[[T:[^:]*]]: tensor<2x3xf32>, %[[D:[^:]*]]: tensor<?x?xf16>,
// CHECK-SAME: %[[V:[^:]*]]: vector<4xbf16>, %[[Z:[^:]*]]: tensor<f32>, %[[S:[^:]*]]: f32)
// CHECK-NEXT: altgrad.quantize %[[T]], %[[S]] : tensor<2x3xf32> to tensor<2x3x!altgrad.fp<E5M2>>
// CHECK-NEXT: altgrad.quantize %[[D]], %[[S]] overflow<ieee> : tensor<?x?xf16> to tensor<?x?x!altgrad.fp<E4M3, bias = 9, rule = fnuz>>
// CHECK-NEXT: altgrad.quantize %[[V]], %[[S]] : vector<4xbf16> to vector<4x!altgrad.fp<E2M3>>
// CHECK-NEXT: altgrad.quantize %[[Z]], %[[S]] : tensor<f32> to tensor<f8E4M3FNUZ>
func.func @quantize_shaped(%t: tensor<2x3xf32>, %d: tensor<?x?xf16>,
                           %v: vector<4xbf16>, %z: tensor<f32>, %s: f32) {
  %0 = altgrad.quantize %t, %s : tensor<2x3xf32> to tensor<2x3x!altgrad.fp<E5M2>>
  %1 = altgrad.quantize %d, %s overflow<ieee> : tensor<?x?xf16> to tensor<?x?x!altgrad.fp<E4M3, bias = 9, rule = fnuz>>
  %2 = altgrad.quantize %v, %s : vector<4xbf16> to vector<4x!altgrad.fp<E2M3>>
  %3 = altgrad.quantize %z, %s : tensor<f32> to tensor<f8E4M3FNUZ>
  return
}

// CHECK-LABEL: func.func @dequantize(
// CHECK-SAME: %[[A:[^:]*]]: !altgrad.fp<E7M0>, %[[B:[^:]*]]: vector<8x!altgrad.fp<E1M6>>,
// CHECK-SAME: %[[C:[^:]*]]: tensor<4x?x!altgrad.fp<E5M2FNUZ>>, %[[D:[^:]*]]: tensor<16xf4E2M1FN>, %[[S:[^:]*]]: f32)
// CHECK-NEXT: altgrad.dequantize %[[A]], %[[S]] : !altgrad.fp<E7M0> to f32
// CHECK-NEXT: altgrad.dequantize %[[B]], %[[S]] : vector<8x!altgrad.fp<E1M6>> to vector<8xf32>
// CHECK-NEXT: altgrad.dequantize %[[C]], %[[S]] : tensor<4x?x!altgrad.fp<E5M2FNUZ>> to tensor<4x?xf32>
// CHECK-NEXT: altgrad.dequantize %[[D]], %[[S]] : tensor<16xf4E2M1FN> to tensor<16xf32>
// GENERIC-LABEL: sym_name = "dequantize"
// GENERIC: "altgrad.dequantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}) : (!altgrad.fp<E7M0>, f32) -> f32
func.func @dequantize(%a: !altgrad.fp<E7M0>, %b: vector<8x!altgrad.fp<E1M6>>,
                      %c: tensor<4x?x!altgrad.fp<E5M2FNUZ>>,
                      %d: tensor<16xf4E2M1FN>, %s: f32) {
  %0 = altgrad.dequantize %a, %s : !altgrad.fp<E7M0> to f32
  %1 = altgrad.dequantize %b, %s : vector<8x!altgrad.fp<E1M6>> to vector<8xf32>
  %2 = altgrad.dequantize %c, %s : tensor<4x?x!altgrad.fp<E5M2FNUZ>> to tensor<4x?xf32>
  %3 = altgrad.dequantize %d, %s : tensor<16xf4E2M1FN> to tensor<16xf32>
  return
}

// CHECK-LABEL: func.func @fake_quantize(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[V:[^:]*]]: vector<2x2xf32>, %[[T:[^:]*]]: tensor<?xf32>, %[[S:[^:]*]]: f32)
// CHECK-NEXT: altgrad.fake_quantize %[[X]], %[[S]] format(!altgrad.fp<E3M4>) : f32
// CHECK-NEXT: altgrad.fake_quantize %[[V]], %[[S]] format(f8E4M3FN) overflow<ieee> : vector<2x2xf32>
// CHECK-NEXT: altgrad.fake_quantize %[[T]], %[[S]] format(!altgrad.fp<E0M3, bias = 1, rule = none>) : tensor<?xf32>
// CHECK-NEXT: altgrad.fake_quantize %[[T]], %[[S]] format(!altgrad.fp<E5M2>) : tensor<?xf32>
// GENERIC-LABEL: sym_name = "fake_quantize"
// GENERIC: "altgrad.fake_quantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{format = !altgrad.fp<E3M4>, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, overflow = #altgrad.overflow<saturate>, rounding = #altgrad.rounding<nearest_even>}> : (f32, f32) -> f32
// GENERIC: "altgrad.fake_quantize"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{format = f8E4M3FN, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, overflow = #altgrad.overflow<ieee>, rounding = #altgrad.rounding<nearest_even>}> : (vector<2x2xf32>, f32) -> vector<2x2xf32>
func.func @fake_quantize(%x: f32, %v: vector<2x2xf32>, %t: tensor<?xf32>,
                         %s: f32) {
  %0 = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) : f32
  %1 = altgrad.fake_quantize %v, %s format(f8E4M3FN) overflow<ieee> : vector<2x2xf32>
  %2 = altgrad.fake_quantize %t, %s format(!altgrad.fp<E0M3>) : tensor<?xf32>
  %3 = altgrad.fake_quantize %t, %s format(!altgrad.fp<E5M2, bias = 15, rule = ieee>) : tensor<?xf32>
  return
}

//===----------------------------------------------------------------------===//
// Scaling ops
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @amax(
// CHECK-SAME: %[[X:[^:]*]]: f32, %[[V:[^:]*]]: vector<8xbf16>, %[[T:[^:]*]]: tensor<?x4xf16>)
// CHECK-NEXT: altgrad.amax %[[X]] : f32
// CHECK-NEXT: altgrad.amax %[[V]] : vector<8xbf16>
// CHECK-NEXT: altgrad.amax %[[T]] : tensor<?x4xf16>
// GENERIC-LABEL: sym_name = "amax"
// GENERIC: "altgrad.amax"(%{{[a-z0-9]+}}) : (f32) -> f32
func.func @amax(%x: f32, %v: vector<8xbf16>, %t: tensor<?x4xf16>) {
  %0 = altgrad.amax %x : f32
  %1 = altgrad.amax %v : vector<8xbf16>
  %2 = altgrad.amax %t : tensor<?x4xf16>
  return
}

// The default scale_min (1e-10) is elided; the generic form spells it out.
// CHECK-LABEL: func.func @compute_scale(
// CHECK-SAME: %[[A:[^:]*]]: f32)
// CHECK-NEXT: altgrad.compute_scale %[[A]] format(!altgrad.fp<E5M2>){{$}}
// CHECK-NEXT: altgrad.compute_scale %[[A]] format(!altgrad.fp<E7M0>) {scale_min = 2.500000e-01 : f32}
// CHECK-NEXT: altgrad.compute_scale %[[A]] format(f6E3M2FN) {scale_min = 1.401300e-45 : f32}
// CHECK-NEXT: altgrad.compute_scale %[[A]] format(!altgrad.fp<E2M5, bias = 1, rule = ieee>){{$}}
// GENERIC-LABEL: sym_name = "compute_scale"
// GENERIC: "altgrad.compute_scale"(%{{[a-z0-9]+}}) <{format = !altgrad.fp<E5M2>, scale_min = 1.000000e-10 : f32}> : (f32) -> f32
// GENERIC: "altgrad.compute_scale"(%{{[a-z0-9]+}}) <{format = !altgrad.fp<E7M0>, scale_min = 2.500000e-01 : f32}> : (f32) -> f32
func.func @compute_scale(%a: f32) {
  %0 = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  %1 = altgrad.compute_scale %a format(!altgrad.fp<E7M0>) {scale_min = 0.25 : f32}
  // The smallest f32 subnormal, 2^-149, is a positive scale_min.
  %2 = altgrad.compute_scale %a format(f6E3M2FN) {scale_min = 0x00000001 : f32}
  %3 = altgrad.compute_scale %a format(!altgrad.fp<E2M5>) {scale_min = 1.0e-10 : f32}
  return
}

//===----------------------------------------------------------------------===//
// History ops
//===----------------------------------------------------------------------===//

// The default policy<max> is elided.
// CHECK-LABEL: func.func @history_ops(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?xf32>, %[[V:[^:]*]]: vector<4xf16>, %[[A:[^:]*]]: f32, %[[B:[^:]*]]: tensor<2x?xbf16>)
// CHECK-NEXT: %[[H0:.*]] = altgrad.history.empty : !altgrad.history<16>
// CHECK-NEXT: %[[H1:.*]] = altgrad.history.update %[[H0]], %[[X]] : !altgrad.history<16>, tensor<?xf32>
// CHECK-NEXT: %[[H2:.*]] = altgrad.history.update %[[H1]], %[[V]] : !altgrad.history<16>, vector<4xf16>
// CHECK-NEXT: %[[H3:.*]] = altgrad.history.update %[[H2]], %[[A]] : !altgrad.history<16>, f32
// CHECK-NEXT: %[[H4:.*]] = altgrad.history.update %[[H3]], %[[B]] : !altgrad.history<16>, tensor<2x?xbf16>
// CHECK-NEXT: altgrad.history.amax %[[H4]] : !altgrad.history<16>
// CHECK-NEXT: altgrad.history.amax %[[H4]] : !altgrad.history<16>
// CHECK-NEXT: altgrad.history.amax %[[H4]] policy<most_recent> : !altgrad.history<16>
// CHECK-NEXT: altgrad.history.rejected %[[H4]] : !altgrad.history<16>
// CHECK-NEXT: altgrad.history.reset %[[H4]] : !altgrad.history<16>
// GENERIC-LABEL: sym_name = "history_ops"
// GENERIC: "altgrad.history.empty"() : () -> !altgrad.history<16>
// GENERIC: "altgrad.history.update"(%{{.*}}, %{{[a-z0-9]+}}) : (!altgrad.history<16>, tensor<?xf32>) -> !altgrad.history<16>
// GENERIC: "altgrad.history.amax"(%{{.*}}) <{policy = #altgrad.policy<max>}> : (!altgrad.history<16>) -> f32
// GENERIC: "altgrad.history.amax"(%{{.*}}) <{policy = #altgrad.policy<max>}> : (!altgrad.history<16>) -> f32
// GENERIC: "altgrad.history.amax"(%{{.*}}) <{policy = #altgrad.policy<most_recent>}> : (!altgrad.history<16>) -> f32
// GENERIC: "altgrad.history.rejected"(%{{.*}}) : (!altgrad.history<16>) -> i64
// GENERIC: "altgrad.history.reset"(%{{.*}}) : (!altgrad.history<16>) -> !altgrad.history<16>
func.func @history_ops(%x: tensor<?xf32>, %v: vector<4xf16>, %a: f32,
                       %b: tensor<2x?xbf16>) {
  %h0 = altgrad.history.empty : !altgrad.history
  %h1 = altgrad.history.update %h0, %x : !altgrad.history<16>, tensor<?xf32>
  %h2 = altgrad.history.update %h1, %v : !altgrad.history<16>, vector<4xf16>
  %h3 = altgrad.history.update %h2, %a : !altgrad.history, f32
  %h4 = altgrad.history.update %h3, %b : !altgrad.history<16>, tensor<2x?xbf16>
  %0 = altgrad.history.amax %h4 : !altgrad.history<16>
  %1 = altgrad.history.amax %h4 policy<max> : !altgrad.history<16>
  %2 = altgrad.history.amax %h4 policy<most_recent> : !altgrad.history<16>
  %3 = altgrad.history.rejected %h4 : !altgrad.history<16>
  %4 = altgrad.history.reset %h4 : !altgrad.history<16>
  return
}

// A history state is an ordinary value: it goes through block arguments and
// function results.
// CHECK-LABEL: func.func @history_length_one(
// CHECK-SAME: %[[H:[^:]*]]: !altgrad.history<1>, %[[X:[^:]*]]: tensor<3xf32>) -> !altgrad.history<1>
// CHECK-NEXT: %[[U:.*]] = altgrad.history.update %[[H]], %[[X]] : !altgrad.history<1>, tensor<3xf32>
// CHECK-NEXT: return %[[U]] : !altgrad.history<1>
func.func @history_length_one(%h: !altgrad.history<1>, %x: tensor<3xf32>)
    -> !altgrad.history<1> {
  %u = altgrad.history.update %h, %x : !altgrad.history<1>, tensor<3xf32>
  return %u : !altgrad.history<1>
}

//===----------------------------------------------------------------------===//
// Bit-stall
//===----------------------------------------------------------------------===//

// The default threshold (1e-10) and overflow are elided.
// CHECK-LABEL: func.func @stall_count(
// CHECK-SAME: %[[W:[^:]*]]: tensor<?xf32>, %[[G:[^:]*]]: tensor<?xf32>, %[[V:[^:]*]]: vector<16xf32>, %[[X:[^:]*]]: f32, %[[LR:[^:]*]]: f32, %[[S:[^:]*]]: f32)
// CHECK-NEXT: %[[ST:.*]], %[[TOT:.*]] = altgrad.stall_count %[[W]], %[[G]], %[[LR]], %[[S]] format(!altgrad.fp<E7M0>) : tensor<?xf32>
// CHECK-NEXT: altgrad.stall_count %[[V]], %[[V]], %[[LR]], %[[S]] format(f8E5M2) overflow<ieee> {threshold = 0.000000e+00 : f32} : vector<16xf32>
// CHECK-NEXT: altgrad.stall_count %[[X]], %[[X]], %[[LR]], %[[S]] format(!altgrad.fp<E4M3, bias = 9, rule = fnuz>) {threshold = 1.000000e-03 : f32} : f32
// Both types written, equal: printed once.
// CHECK-NEXT: altgrad.stall_count %[[W]], %[[G]], %[[LR]], %[[S]] format(!altgrad.fp<E7M0>) : tensor<?xf32>{{$}}
// CHECK-NEXT: return %[[ST]], %[[TOT]] : i64, i64
// GENERIC-LABEL: sym_name = "stall_count"
// GENERIC: "altgrad.stall_count"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}, %{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{format = !altgrad.fp<E7M0>, overflow = #altgrad.overflow<saturate>, threshold = 1.000000e-10 : f32}> : (tensor<?xf32>, tensor<?xf32>, f32, f32) -> (i64, i64)
func.func @stall_count(%w: tensor<?xf32>, %g: tensor<?xf32>,
                       %v: vector<16xf32>, %x: f32, %lr: f32, %s: f32)
    -> (i64, i64) {
  %st, %tot = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>
  %0:2 = altgrad.stall_count %v, %v, %lr, %s format(f8E5M2) overflow<ieee> {threshold = 0.0 : f32} : vector<16xf32>
  %1:2 = altgrad.stall_count %x, %x, %lr, %s format(!altgrad.fp<E4M3, bias = 9, rule = fnuz>) {threshold = 1.0e-3 : f32} : f32
  %2:2 = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>, tensor<?xf32>
  return %st, %tot : i64, i64
}

// CHECK-LABEL: func.func @update_stall_count(
// CHECK-SAME: %[[W:[^:]*]]: tensor<?xf32>, %[[N:[^:]*]]: tensor<?xf32>, %[[V:[^:]*]]: vector<16xf32>, %[[X:[^:]*]]: f32, %[[S:[^:]*]]: f32)
// CHECK-NEXT: %[[ST:.*]], %[[TOT:.*]] = altgrad.update_stall_count %[[W]], %[[N]], %[[S]] format(!altgrad.fp<E7M0>) : tensor<?xf32>
// CHECK-NEXT: altgrad.update_stall_count %[[V]], %[[V]], %[[S]] format(f8E5M2) overflow<ieee> {threshold = 0.000000e+00 : f32} : vector<16xf32>
// CHECK-NEXT: altgrad.update_stall_count %[[X]], %[[X]], %[[S]] format(!altgrad.fp<E4M3, bias = 9, rule = fnuz>) {threshold = 1.000000e-03 : f32} : f32
// CHECK-NEXT: return %[[ST]], %[[TOT]] : i64, i64
// GENERIC-LABEL: sym_name = "update_stall_count"
// GENERIC: "altgrad.update_stall_count"(%{{[a-z0-9]+}}, %{{[a-z0-9]+}}, %{{[a-z0-9]+}}) <{format = !altgrad.fp<E7M0>, overflow = #altgrad.overflow<saturate>, threshold = 1.000000e-10 : f32}> : (tensor<?xf32>, tensor<?xf32>, f32) -> (i64, i64)
func.func @update_stall_count(%w: tensor<?xf32>, %n: tensor<?xf32>,
                              %v: vector<16xf32>, %x: f32, %s: f32)
    -> (i64, i64) {
  %st, %tot = altgrad.update_stall_count %w, %n, %s format(!altgrad.fp<E7M0>) : tensor<?xf32>
  %0:2 = altgrad.update_stall_count %v, %v, %s format(f8E5M2) overflow<ieee> {threshold = 0.0 : f32} : vector<16xf32>
  %1:2 = altgrad.update_stall_count %x, %x, %s format(!altgrad.fp<E4M3, bias = 9, rule = fnuz>) {threshold = 1.0e-3 : f32} : f32
  return %st, %tot : i64, i64
}

// CHECK-LABEL: func.func @block_scaling
// CHECK: altgrad.block_quantize %{{.*}} : tensor<4x40xf32> to tensor<4x40xf8E4M3FN>, tensor<4x2xf8E8M0FNU>
// CHECK: altgrad.block_quantize %{{.*}} block(16) scale<rceil> : tensor<4x?xbf16> to tensor<4x?x!altgrad.fp<E3M2>>, tensor<4x?xf8E8M0FNU>
// CHECK: altgrad.block_quantize %{{.*}} scale<two_level> : tensor<40xf32> to tensor<40xf4E2M1FN>, tensor<3xf8E4M3FN>, f32
// CHECK: altgrad.block_dequantize %{{.*}}, %{{.*}} tensor_scale(%{{.*}}) : tensor<40xf4E2M1FN>, tensor<3xf8E4M3FN> to tensor<40xf16>
func.func @block_scaling(%x: tensor<4x40xf32>, %h: tensor<4x?xbf16>, %v: tensor<40xf32>) {
  %c, %s = altgrad.block_quantize %x : tensor<4x40xf32> to tensor<4x40xf8E4M3FN>, tensor<4x2xf8E8M0FNU>
  %c2, %s2 = altgrad.block_quantize %h block(16) scale<rceil> : tensor<4x?xbf16> to tensor<4x?x!altgrad.fp<E3M2>>, tensor<4x?xf8E8M0FNU>
  %c3, %s3, %t = altgrad.block_quantize %v scale<two_level> : tensor<40xf32> to tensor<40xf4E2M1FN>, tensor<3xf8E4M3FN>, f32
  %y = altgrad.block_dequantize %c3, %s3 tensor_scale(%t) : tensor<40xf4E2M1FN>, tensor<3xf8E4M3FN> to tensor<40xf16>
  return
}
