// RUN: altgrad-opt %s | altgrad-opt | FileCheck %s
// CHECK: altgrad.quantize
func.func @f(%x: f32, %s: f32) -> !altgrad.fp<E5M2> {
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  return %q : !altgrad.fp<E5M2>
}
