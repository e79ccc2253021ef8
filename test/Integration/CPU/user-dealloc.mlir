// RUN: altgrad-opt %s --lower-fp8=target=cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN: | FileCheck %s
// RUN: altgrad-opt %s --lower-fp8=target=cpu | FileCheck %s --check-prefix=IR

// Buffers the program allocates and frees itself, around an altgrad op:
// the pipeline frees each once (one free per allocation), and the
// program runs.

// IR-COUNT-2: llvm.call @free
// IR-NOT: llvm.call @free

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  %x = arith.constant 3.25 : f32
  %buffer = memref.alloc() : memref<2xf32>
  memref.store %x, %buffer[%c0] : memref<2xf32>
  memref.store %one, %buffer[%c1] : memref<2xf32>
  %codes = memref.alloc() : memref<2x!altgrad.fp<E5M2>>
  %v = memref.load %buffer[%c0] : memref<2xf32>
  // 3.25 = 1.101b x 2: E5M2 keeps two mantissa bits and ties to even, 3.0.
  %q = altgrad.quantize %v, %one : f32 to !altgrad.fp<E5M2>
  memref.store %q, %codes[%c0] : memref<2x!altgrad.fp<E5M2>>
  %r = memref.load %codes[%c0] : memref<2x!altgrad.fp<E5M2>>
  %d = altgrad.dequantize %r, %one : !altgrad.fp<E5M2> to f32
  memref.dealloc %buffer : memref<2xf32>
  memref.dealloc %codes : memref<2x!altgrad.fp<E5M2>>
  // CHECK: 3
  vector.print %d : f32
  return
}
