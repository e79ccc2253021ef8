// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// A linalg.generic whose body takes and yields format values (relu on
// E3M4 codes, requantized with another scale), lowered and executed on the
// CPU. Worked by hand (E3M4: bias 3, values in [2, 4) 1/8 apart, in [4, 8)
// 1/4 apart, largest 15.5):
//   x                     = -1.5, 0, 1, 3.3,  -0.25, 2, 0.75, -8
//   quantize, scale 1     = -1.5, 0, 1, 3.25, -0.25, 2, 0.75, -8
//                           (3.3 lies below the midpoint 3.3125 of 3.25
//                           and 3.375; the others are E3M4 values)
//   body: dequantize with scale 1, relu, quantize with scale 0.5 (x / 0.5):
//                           0, 0, 2, 6.5, 0, 4, 1.5, 0 (all exact)
//   dequantize, scale 1   = 0, 0, 2, 6.5, 0, 4, 1.5, 0
// CHECK: ( 0, 0, 2, 6.5, 0, 4, 1.5, 0 )

#id = affine_map<(d0) -> (d0)>
func.func @relu_requantize(%q: tensor<8x!altgrad.fp<E3M4>>, %s: f32,
                           %t: f32) -> tensor<8x!altgrad.fp<E3M4>> {
  %init = tensor.empty() : tensor<8x!altgrad.fp<E3M4>>
  %r = linalg.generic {indexing_maps = [#id, #id],
                       iterator_types = ["parallel"]}
      ins(%q : tensor<8x!altgrad.fp<E3M4>>)
      outs(%init : tensor<8x!altgrad.fp<E3M4>>) {
  ^bb0(%a: !altgrad.fp<E3M4>, %unused: !altgrad.fp<E3M4>):
    %f = altgrad.dequantize %a, %s : !altgrad.fp<E3M4> to f32
    %zero = arith.constant 0.0 : f32
    %relu = arith.maximumf %f, %zero : f32
    %b = altgrad.quantize %relu, %t : f32 to !altgrad.fp<E3M4>
    linalg.yield %b : !altgrad.fp<E3M4>
  } -> tensor<8x!altgrad.fp<E3M4>>
  return %r : tensor<8x!altgrad.fp<E3M4>>
}

func.func @main() {
  %x = arith.constant dense<[-1.5, 0.0, 1.0, 3.3, -0.25, 2.0, 0.75, -8.0]>
      : tensor<8xf32>
  %one = arith.constant 1.0 : f32
  %half = arith.constant 0.5 : f32
  %q = altgrad.quantize %x, %one
      : tensor<8xf32> to tensor<8x!altgrad.fp<E3M4>>
  %r = call @relu_requantize(%q, %one, %half)
      : (tensor<8x!altgrad.fp<E3M4>>, f32, f32) -> tensor<8x!altgrad.fp<E3M4>>
  %y = altgrad.dequantize %r, %one
      : tensor<8x!altgrad.fp<E3M4>> to tensor<8xf32>
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %v = vector.transfer_read %y[%c0], %pad : tensor<8xf32>, vector<8xf32>
  vector.print %v : vector<8xf32>
  return
}
