// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s

// Upstream ops carrying !altgrad.fp values (arith.select, ub.poison,
// linalg.fill, tensor.pad, linalg.map with a format block argument,
// func.call_indirect, scf.execute_region, scf.forall) lower with the codes
// as i8 and run.

func.func @pick(%c: i1, %a: !altgrad.fp<E5M2>, %b: !altgrad.fp<E5M2>)
    -> !altgrad.fp<E5M2> {
  %r = arith.select %c, %a, %b : !altgrad.fp<E5M2>
  return %r : !altgrad.fp<E5M2>
}
func.func @padded(%x: !altgrad.fp<E5M2>, %p: !altgrad.fp<E5M2>)
    -> tensor<4x!altgrad.fp<E5M2>> {
  %e = tensor.empty() : tensor<2x!altgrad.fp<E5M2>>
  %f = linalg.fill ins(%x : !altgrad.fp<E5M2>)
      outs(%e : tensor<2x!altgrad.fp<E5M2>>) -> tensor<2x!altgrad.fp<E5M2>>
  %r = tensor.pad %f low[1] high[1] {
  ^bb0(%i: index):
    tensor.yield %p : !altgrad.fp<E5M2>
  } : tensor<2x!altgrad.fp<E5M2>> to tensor<4x!altgrad.fp<E5M2>>
  return %r : tensor<4x!altgrad.fp<E5M2>>
}
func.func @values(%q: tensor<4x!altgrad.fp<E5M2>>, %s: f32) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.map ins(%q : tensor<4x!altgrad.fp<E5M2>>) outs(%e : tensor<4xf32>)
    (%c: !altgrad.fp<E5M2>, %o: f32) {
      %d = altgrad.dequantize %c, %s : !altgrad.fp<E5M2> to f32
      linalg.yield %d : f32
    }
  return %r : tensor<4xf32>
}
func.func @regions(%t: tensor<4x!altgrad.fp<E5M2>>, %a: !altgrad.fp<E5M2>)
    -> tensor<4x!altgrad.fp<E5M2>> {
  %b = scf.execute_region -> !altgrad.fp<E5M2> {
    scf.yield %a : !altgrad.fp<E5M2>
  }
  %r = scf.forall (%i) in (2) shared_outs(%o = %t) -> tensor<4x!altgrad.fp<E5M2>> {
    %v = tensor.from_elements %b : tensor<1x!altgrad.fp<E5M2>>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %v into %o[%i] [1] [1]
          : tensor<1x!altgrad.fp<E5M2>> into tensor<4x!altgrad.fp<E5M2>>
    }
  }
  return %r : tensor<4x!altgrad.fp<E5M2>>
}
func.func @poison() -> !altgrad.fp<E5M2> {
  %p = ub.poison : !altgrad.fp<E5M2>
  return %p : !altgrad.fp<E5M2>
}

func.func @main() {
  %c0 = arith.constant 0 : index
  %true = arith.constant true
  %one = arith.constant 1.0 : f32
  %pad = arith.constant 0.0 : f32
  // E5M2 0x40 = 2.0, 0x3C = 1.0.
  %two = altgrad.constant #altgrad.codes<dense<64> : tensor<i8>> : !altgrad.fp<E5M2>
  %unit = altgrad.constant #altgrad.codes<dense<60> : tensor<i8>> : !altgrad.fp<E5M2>
  %pick = func.constant @pick : (i1, !altgrad.fp<E5M2>, !altgrad.fp<E5M2>)
      -> !altgrad.fp<E5M2>
  %x = func.call_indirect %pick(%true, %two, %unit)
      : (i1, !altgrad.fp<E5M2>, !altgrad.fp<E5M2>) -> !altgrad.fp<E5M2>
  %t = call @padded(%x, %unit)
      : (!altgrad.fp<E5M2>, !altgrad.fp<E5M2>) -> tensor<4x!altgrad.fp<E5M2>>
  %v = call @values(%t, %one) : (tensor<4x!altgrad.fp<E5M2>>, f32) -> tensor<4xf32>
  %vv = vector.transfer_read %v[%c0], %pad : tensor<4xf32>, vector<4xf32>
  // CHECK: ( 1, 2, 2, 1 )
  vector.print %vv : vector<4xf32>
  // E5M2 0x42 = 1.5 x 2 = 3.0, written by the forall into the first two
  // elements.
  %three = altgrad.constant #altgrad.codes<dense<66> : tensor<i8>> : !altgrad.fp<E5M2>
  %u = call @regions(%t, %three)
      : (tensor<4x!altgrad.fp<E5M2>>, !altgrad.fp<E5M2>) -> tensor<4x!altgrad.fp<E5M2>>
  %w = call @values(%u, %one) : (tensor<4x!altgrad.fp<E5M2>>, f32) -> tensor<4xf32>
  %wv = vector.transfer_read %w[%c0], %pad : tensor<4xf32>, vector<4xf32>
  // CHECK: ( 3, 3, 2, 1 )
  vector.print %wv : vector<4xf32>
  %p = call @poison() : () -> !altgrad.fp<E5M2>
  return
}
