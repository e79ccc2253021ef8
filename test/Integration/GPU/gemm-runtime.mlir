// REQUIRES: cuda
// RUN: %gpu-run %s | FileCheck %s

// altgradGemm called directly: an FP8 GEMM (E4M3FN, "TN": both operands
// contiguous along K) with per-tensor scales in device memory and the
// amax of its result, and an f32 GEMM that would lose bits as TF32. The
// expected values are worked out by hand below.

func.func private @altgradGemm(index, index, index, index, index, i32, index, index, index, index, i32, index, index, index, index, i32, index, index, index, f32, index, index, index, i32, index)
func.func private @printMemrefF32(memref<*xf32>)

func.func @address(%m: memref<?x?xf8E4M3FN>) -> index {
  %p = memref.extract_aligned_pointer_as_index %m : memref<?x?xf8E4M3FN> -> index
  return %p : index
}

// A 16x32 rows of the identity, Bt 16x32 (B's transpose, n x k) with
// Bt[j][k] = (j + 2k) mod 7 - 3, scales 0.5 and 4: C[i][j] = 2 * B[i][j]
// = 2 * ((j + 2i) mod 7 - 3), whose largest magnitude is 6.
func.func @fp8() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : index
  %c16 = arith.constant 16 : index
  %c32 = arith.constant 32 : index
  %one = arith.constant 1.0 : f32
  %zero = arith.constant 0.0 : f32
  %three = arith.constant 3.0 : f32
  %a = memref.alloc() : memref<16x32xf8E4M3FN>
  %bt = memref.alloc() : memref<16x32xf8E4M3FN>
  %c = memref.alloc() : memref<16x16xf32>
  linalg.generic {indexing_maps = [affine_map<(i, k) -> (i, k)>, affine_map<(i, k) -> (i, k)>],
                  iterator_types = ["parallel", "parallel"]}
      outs(%a, %bt : memref<16x32xf8E4M3FN>, memref<16x32xf8E4M3FN>) {
  ^bb0(%x: f8E4M3FN, %y: f8E4M3FN):
    %i = linalg.index 0 : index
    %k = linalg.index 1 : index
    %eq = arith.cmpi eq, %i, %k : index
    %av = arith.select %eq, %one, %zero : f32
    %a8 = arith.truncf %av : f32 to f8E4M3FN
    %k2 = arith.addi %k, %k : index
    %s = arith.addi %i, %k2 : index
    %r = arith.remui %s, %c7 : index
    %ri = arith.index_cast %r : index to i32
    %rf = arith.sitofp %ri : i32 to f32
    %bv = arith.subf %rf, %three : f32
    %b8 = arith.truncf %bv : f32 to f8E4M3FN
    linalg.yield %a8, %b8 : f8E4M3FN, f8E4M3FN
  }
  %scales = memref.alloc() : memref<3xf32>
  %half = arith.constant 0.5 : f32
  %four = arith.constant 4.0 : f32
  memref.store %half, %scales[%c0] : memref<3xf32>
  memref.store %four, %scales[%c1] : memref<3xf32>
  %sp = memref.extract_aligned_pointer_as_index %scales : memref<3xf32> -> index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %sb = arith.addi %sp, %c4 : index
  %amax = arith.addi %sp, %c8 : index
  %ad = memref.cast %a : memref<16x32xf8E4M3FN> to memref<?x?xf8E4M3FN>
  %bd = memref.cast %bt : memref<16x32xf8E4M3FN> to memref<?x?xf8E4M3FN>
  %ap = call @address(%ad) : (memref<?x?xf8E4M3FN>) -> index
  %bp = call @address(%bd) : (memref<?x?xf8E4M3FN>) -> index
  %cp = memref.extract_aligned_pointer_as_index %c : memref<16x16xf32> -> index
  %e4m3 = arith.constant 3 : i32
  %f32 = arith.constant 0 : i32
  %flags = arith.constant 0 : i32
  call @altgradGemm(%c1, %c16, %c16, %c32,
                    %ap, %e4m3, %c0, %c32, %c1,
                    %bp, %e4m3, %c0, %c1, %c32,
                    %cp, %f32, %c0, %c16, %c1,
                    %one, %sp, %sb, %amax, %flags, %c0)
      : (index, index, index, index, index, i32, index, index, index, index, i32, index, index, index, index, i32, index, index, index, f32, index, index, index, i32, index) -> ()
  %cu = memref.cast %c : memref<16x16xf32> to memref<*xf32>
  call @printMemrefF32(%cu) : (memref<*xf32>) -> ()
  %c2 = arith.constant 2 : index
  %m = memref.load %scales[%c2] : memref<3xf32>
  vector.print %m : f32
  return
}

// A 2x2 of 1 + 2^-20 (TF32 keeps 10 mantissa bits: 1), B 2x2 of ones:
// C = 2 + 2^-19 in f32, 2 as TF32; accumulated into C = 10: 12 + 2^-19.
// Printed as (C - 2) * 2^20 and (C - 12) * 2^20.
func.func @f32(%flags: i32, %init: f32, %base: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %one = arith.constant 1.0 : f32
  %x = arith.constant 1.00000095367431640625 : f32
  %a = memref.alloc() : memref<2x2xf32>
  %b = memref.alloc() : memref<2x2xf32>
  %c = memref.alloc() : memref<2x2xf32>
  linalg.fill ins(%x : f32) outs(%a : memref<2x2xf32>)
  linalg.fill ins(%one : f32) outs(%b : memref<2x2xf32>)
  linalg.fill ins(%init : f32) outs(%c : memref<2x2xf32>)
  %ap = memref.extract_aligned_pointer_as_index %a : memref<2x2xf32> -> index
  %bp = memref.extract_aligned_pointer_as_index %b : memref<2x2xf32> -> index
  %cp = memref.extract_aligned_pointer_as_index %c : memref<2x2xf32> -> index
  %f32 = arith.constant 0 : i32
  call @altgradGemm(%c1, %c2, %c2, %c2,
                    %ap, %f32, %c0, %c2, %c1,
                    %bp, %f32, %c0, %c2, %c1,
                    %cp, %f32, %c0, %c2, %c1,
                    %one, %c0, %c0, %c0, %flags, %c0)
      : (index, index, index, index, index, i32, index, index, index, index, i32, index, index, index, index, i32, index, index, index, f32, index, index, index, i32, index) -> ()
  %v = memref.load %c[%c1, %c0] : memref<2x2xf32>
  %d = arith.subf %v, %base : f32
  %scale = arith.constant 1048576.0 : f32
  %p = arith.mulf %d, %scale : f32
  vector.print %p : f32
  return
}

func.func @main() {
  // CHECK:      [-6,   -4,   -2,   0,   2,   4,   6,   -6,   -4,   -2,   0,   2,   4,   6,   -6,   -4]
  // CHECK-NEXT: [-2,   0,   2,   4,   6,   -6,   -4,   -2,   0,   2,   4,   6,   -6,   -4,   -2,   0]
  // CHECK-NEXT: [2,   4,   6,   -6,   -4,   -2,   0,   2,   4,   6,   -6,   -4,   -2,   0,   2,   4]
  // CHECK-NEXT: [6,   -6,   -4,   -2,   0,   2,   4,   6,   -6,   -4,   -2,   0,   2,   4,   6,   -6]
  // The amax, alone on its line (6 is in the rows too).
  // CHECK:      {{^}}6{{$}}
  call @fp8() : () -> ()
  %zero = arith.constant 0.0 : f32
  %two = arith.constant 2.0 : f32
  %ten = arith.constant 10.0 : f32
  %twelve = arith.constant 12.0 : f32
  %plain = arith.constant 0 : i32
  %accumulate = arith.constant 1 : i32
  %tf32 = arith.constant 2 : i32
  // CHECK-NEXT: {{^}}2{{$}}
  call @f32(%plain, %zero, %two) : (i32, f32, f32) -> ()
  // CHECK-NEXT: {{^}}0{{$}}
  call @f32(%tf32, %zero, %two) : (i32, f32, f32) -> ()
  // CHECK-NEXT: {{^}}2{{$}}
  call @f32(%accumulate, %ten, %twelve) : (i32, f32, f32) -> ()
  return
}
