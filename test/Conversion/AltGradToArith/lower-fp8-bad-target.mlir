// RUN: not altgrad-opt %s --lower-fp8=target=bogus 2>&1 | FileCheck %s
// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(lower-fp8{target=gpu-nonexistent})' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NESTED

// An unknown target is refused as an option parsing error that names it:
// a non-zero exit status and no output IR.
// CHECK: --target option: Cannot find option named 'bogus'
// CHECK-NOT: func.func
// NESTED: --target option: Cannot find option named 'gpu-nonexistent'
// NESTED: error: failed to add `lower-fp8` with options `target=gpu-nonexistent`
// NESTED-NOT: func.func

func.func @f(%x: f32, %s: f32) -> !altgrad.fp<E5M2> {
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  return %q : !altgrad.fp<E5M2>
}
