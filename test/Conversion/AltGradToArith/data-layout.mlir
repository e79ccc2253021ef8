// RUN: altgrad-opt %s | FileCheck %s --check-prefix=PARSED
// RUN: altgrad-opt %s --lower-fp8=target=cpu | FileCheck %s

// A format value has the size and alignment of one byte, so ops that ask
// the data layout about their element type (vector.bitcast,
// vector.transfer_read from memory) accept formats, and lower as i8.

// PARSED-LABEL: func.func @bitcast
// CHECK-LABEL: llvm.func @bitcast
// CHECK: llvm.bitcast %{{.*}} : vector<4xi8> to vector<1xi32>
func.func @bitcast(%v: vector<4x!altgrad.fp<E5M2>>) -> vector<1xi32> {
  %b = vector.bitcast %v : vector<4x!altgrad.fp<E5M2>> to vector<1xi32>
  return %b : vector<1xi32>
}

// PARSED-LABEL: func.func @read
// CHECK-LABEL: llvm.func @read
// CHECK: llvm.load %{{.*}} {alignment = 1 : i64} : !llvm.ptr -> vector<4xi8>
func.func @read(%m: memref<8x!altgrad.fp<E4M3FN>>) -> vector<4x!altgrad.fp<E4M3FN>> {
  %c0 = arith.constant 0 : index
  %pad = altgrad.constant #altgrad.codes<dense<0> : tensor<i8>> : !altgrad.fp<E4M3FN>
  %r = vector.transfer_read %m[%c0], %pad {in_bounds = [true]} : memref<8x!altgrad.fp<E4M3FN>>, vector<4x!altgrad.fp<E4M3FN>>
  return %r : vector<4x!altgrad.fp<E4M3FN>>
}
