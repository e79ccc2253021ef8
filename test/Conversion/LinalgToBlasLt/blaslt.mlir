// RUN: altgrad-opt %s --convert-linalg-to-blaslt --cse -split-input-file | FileCheck %s
// RUN: altgrad-opt %s --convert-linalg-to-blaslt=tf32 --cse -split-input-file | FileCheck %s --check-prefix=TF32
// RUN: altgrad-opt %s --convert-linalg-to-blaslt=enqueue --cse -split-input-file | FileCheck %s --check-prefix=ENQUEUE

// convert-linalg-to-blaslt: contractions on memrefs become calls of
// altgradGemm(batch, m, n, k, A: address, type, batch stride, stride along
// m, stride along k, B: ... k, n, C: ... m, n, alpha, A scale, B scale,
// amax, flags, stream); type codes f32 0, f16 1, bf16 2, E4M3FN 3, E5M2 4;
// flags: 1 accumulate into C, 2 TF32, 4 enqueue without waiting (the call
// then marked stream-ordered). Anything else stays as it is.

// A matmul after a fill with +0: the fill goes (beta 0), flags 0.
// CHECK-LABEL: func.func @matmul
// CHECK-SAME: (%[[A:.*]]: memref<64x32xf32>, %[[B:.*]]: memref<32x16xf32>, %[[C:.*]]: memref<64x16xf32>)
// CHECK-NOT: linalg.
// CHECK: %{{.*}}, %[[AOFF:.*]], %[[AS:.*]]:2, %[[ASTR:.*]]:2 = memref.extract_strided_metadata %[[A]]
// CHECK: %[[AP:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[AOFFB:.*]] = arith.muli %[[AOFF]], %[[C4]]
// CHECK: %[[AADDR:.*]] = arith.addi %[[AP]], %[[AOFFB]]
// CHECK: %[[F32:.*]] = arith.constant 0 : i32
// CHECK: %[[ZERO:.*]] = arith.constant 0 : index
// CHECK: %[[ONE:.*]] = arith.constant 1 : index
// CHECK: %{{.*}}, %{{.*}}, %[[BS:.*]]:2, %[[BSTR:.*]]:2 = memref.extract_strided_metadata %[[B]]
// CHECK: %{{.*}}, %{{.*}}, %{{.*}}:2, %[[CSTR:.*]]:2 = memref.extract_strided_metadata %[[C]]
// CHECK: %[[ALPHA:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: call @altgradGemm(%[[ONE]], %[[AS]]#0, %[[BS]]#1, %[[AS]]#1, %[[AADDR]], %[[F32]], %[[ZERO]], %[[ASTR]]#0, %[[ASTR]]#1, %{{.*}}, %[[F32]], %[[ZERO]], %[[BSTR]]#0, %[[BSTR]]#1, %{{.*}}, %[[F32]], %[[ZERO]], %[[CSTR]]#0, %[[CSTR]]#1, %[[ALPHA]], %[[ZERO]], %[[ZERO]], %[[ZERO]], %[[F32]], %[[ZERO]])
// CHECK: func.func private @altgradGemm(index, index, index, index, index, i32, index, index, index, index, i32, index, index, index, index, i32, index, index, index, f32, index, index, index, i32, index)
// TF32-LABEL: func.func @matmul
// TF32: %[[TWO:.*]] = arith.constant 2 : i32
// TF32: call @altgradGemm({{.*}}, %[[TWO]], %{{[^,]*}})
// TF32-NOT: altgrad.gpu_stream_ordered
// ENQUEUE-LABEL: func.func @matmul
// ENQUEUE: %[[FOUR:.*]] = arith.constant 4 : i32
// ENQUEUE: call @altgradGemm({{.*}}, %[[FOUR]], %{{[^,]*}}) {altgrad.gpu_stream_ordered}
func.func @matmul(%a: memref<64x32xf32>, %b: memref<32x16xf32>, %c: memref<64x16xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%c : memref<64x16xf32>)
  linalg.matmul ins(%a, %b : memref<64x32xf32>, memref<32x16xf32>) outs(%c : memref<64x16xf32>)
  return
}

// -----

// Without a fill the result accumulates into C (flags 1); bf16 operands
// (type 2), an f32 result, the batch's extent and strides.
// CHECK-LABEL: func.func @batch_matmul
// CHECK: %{{.*}}, %{{.*}}, %[[AS:.*]]:3, %[[ASTR:.*]]:3 = memref.extract_strided_metadata %arg0
// CHECK: %[[BF16:.*]] = arith.constant 2 : i32
// CHECK: %{{.*}}, %{{.*}}, %[[BS:.*]]:3, %[[BSTR:.*]]:3 = memref.extract_strided_metadata %arg1
// CHECK: %{{.*}}, %{{.*}}, %{{.*}}:3, %[[CSTR:.*]]:3 = memref.extract_strided_metadata %arg2
// CHECK: %[[F32:.*]] = arith.constant 0 : i32
// CHECK: %[[ACC:.*]] = arith.constant 1 : i32
// CHECK: call @altgradGemm(%[[AS]]#0, %[[AS]]#1, %[[BS]]#2, %[[AS]]#2, %{{.*}}, %[[BF16]], %[[ASTR]]#0, %[[ASTR]]#1, %[[ASTR]]#2, %{{.*}}, %[[BF16]], %[[BSTR]]#0, %[[BSTR]]#1, %[[BSTR]]#2, %{{.*}}, %[[F32]], %[[CSTR]]#0, %[[CSTR]]#1, %[[CSTR]]#2, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[ACC]], %{{.*}})
func.func @batch_matmul(%a: memref<?x?x?xbf16>, %b: memref<?x?x?xbf16>, %c: memref<?x?x?xf32>) {
  linalg.batch_matmul ins(%a, %b : memref<?x?x?xbf16>, memref<?x?x?xbf16>) outs(%c : memref<?x?x?xf32>)
  return
}

// -----

// B transposed (indexed (n, k)): its stride along k is that of its dim 1,
// along n that of its dim 0. f16 in and out (type 1).
// CHECK-LABEL: func.func @matmul_transpose_b
// CHECK: %{{.*}}, %{{.*}}, %[[BS:.*]]:2, %[[BSTR:.*]]:2 = memref.extract_strided_metadata %arg1
// CHECK: call @altgradGemm(%{{.*}}, %{{.*}}, %[[BS]]#0, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[BSTR]]#1, %[[BSTR]]#0,
func.func @matmul_transpose_b(%a: memref<64x32xf16>, %b: memref<16x32xf16>, %c: memref<64x16xf16>) {
  linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
    ins(%a, %b : memref<64x32xf16>, memref<16x32xf16>) outs(%c : memref<64x16xf16>)
  return
}

// -----

// A contraction written as a generic, loops in another order (k, n, m),
// A read transposed (k, m) and a strided view as C.
// CHECK-LABEL: func.func @generic
// CHECK: %{{.*}}, %{{.*}}, %[[AS:.*]]:2, %[[ASTR:.*]]:2 = memref.extract_strided_metadata %arg0
// CHECK: %{{.*}}, %{{.*}}, %[[BS:.*]]:2, %{{.*}}:2 = memref.extract_strided_metadata %arg1
// CHECK: call @altgradGemm(%{{.*}}, %[[AS]]#1, %[[BS]]#1, %[[AS]]#0, %{{.*}}, %{{.*}}, %{{.*}}, %[[ASTR]]#1, %[[ASTR]]#0,
func.func @generic(%a: memref<32x64xf32>, %b: memref<32x16xf32>, %c: memref<64x16xf32, strided<[32, 1], offset: 8>>) {
  linalg.generic {indexing_maps = [affine_map<(k, n, m) -> (k, m)>, affine_map<(k, n, m) -> (k, n)>, affine_map<(k, n, m) -> (m, n)>],
                  iterator_types = ["reduction", "parallel", "parallel"]}
      ins(%a, %b : memref<32x64xf32>, memref<32x16xf32>) outs(%c : memref<64x16xf32, strided<[32, 1], offset: 8>>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %y, %x : f32
    %s = arith.addf %p, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// FP8 codes (E4M3FN x E5M2, both contiguous along k), scaled: alpha is the
// product of the scales; a bf16 result accumulated in f32 and rounded.
// CHECK-LABEL: func.func @fp8
// CHECK-SAME: %[[SA:[a-z0-9]+]]: f32, %[[SB:[a-z0-9]+]]: f32
// CHECK: %[[E4M3:.*]] = arith.constant 3 : i32
// CHECK: %[[E5M2:.*]] = arith.constant 4 : i32
// CHECK: %[[BF16:.*]] = arith.constant 2 : i32
// CHECK: %[[ALPHA:.*]] = arith.mulf %[[SA]], %[[SB]] : f32
// CHECK: call @altgradGemm(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[E4M3]], {{.*}}, %[[E5M2]], {{.*}}, %[[BF16]], %{{.*}}, %{{.*}}, %{{.*}}, %[[ALPHA]],
func.func @fp8(%a: memref<64x32xf8E4M3FN>, %bt: memref<16x32xf8E5M2>, %sa: f32, %sb: f32, %c: memref<64x16xbf16>) {
  linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>],
                  iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %bt : memref<64x32xf8E4M3FN>, memref<16x32xf8E5M2>) outs(%c : memref<64x16xbf16>) {
  ^bb0(%x: f8E4M3FN, %y: f8E5M2, %acc: bf16):
    %xf = arith.extf %x : f8E4M3FN to f32
    %xs = arith.mulf %xf, %sa : f32
    %yf = arith.extf %y : f8E5M2 to f32
    %ys = arith.mulf %sb, %yf : f32
    %p = arith.mulf %xs, %ys : f32
    %accf = arith.extf %acc : bf16 to f32
    %s = arith.addf %accf, %p : f32
    %r = arith.truncf %s : f32 to bf16
    linalg.yield %r : bf16
  }
  return
}

// -----

// What stays: FP8 codes of B not contiguous along k (an FP8 GEMM takes
// only "TN"), E5M2 x E5M2 (no Hopper FP8 GEMM), operands of two types, f64,
// a layout with no static unit stride, a fill with another value, a body
// that is not a multiply-add, and two K loops.
// CHECK-LABEL: func.func @stays
// CHECK-NOT: altgradGemm
// CHECK-COUNT-7: linalg.generic
// CHECK: linalg.fill
// CHECK: linalg.matmul
// CHECK-NOT: altgradGemm
// CHECK: return
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
func.func @stays(%a8: memref<64x32xf8E4M3FN>, %b8: memref<32x16xf8E4M3FN>,
                 %a5: memref<64x32xf8E5M2>, %bt5: memref<16x32xf8E5M2>,
                 %a: memref<64x32xf32>, %b16: memref<32x16xbf16>,
                 %a64: memref<64x32xf64>, %b64: memref<32x16xf64>, %c64: memref<64x16xf64>,
                 %as: memref<64x32xf32, strided<[?, ?]>>, %b: memref<32x16xf32>,
                 %a4: memref<64x4x8xf32>, %b4: memref<4x8x16xf32>,
                 %c: memref<64x16xf32>) {
  %one = arith.constant 1.0 : f32
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a8, %b8 : memref<64x32xf8E4M3FN>, memref<32x16xf8E4M3FN>) outs(%c : memref<64x16xf32>) {
  ^bb0(%x: f8E4M3FN, %y: f8E4M3FN, %acc: f32):
    %xf = arith.extf %x : f8E4M3FN to f32
    %yf = arith.extf %y : f8E4M3FN to f32
    %p = arith.mulf %xf, %yf : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a5, %bt5 : memref<64x32xf8E5M2>, memref<16x32xf8E5M2>) outs(%c : memref<64x16xf32>) {
  ^bb0(%x: f8E5M2, %y: f8E5M2, %acc: f32):
    %xf = arith.extf %x : f8E5M2 to f32
    %yf = arith.extf %y : f8E5M2 to f32
    %p = arith.mulf %xf, %yf : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b16 : memref<64x32xf32>, memref<32x16xbf16>) outs(%c : memref<64x16xf32>) {
  ^bb0(%x: f32, %y: bf16, %acc: f32):
    %yf = arith.extf %y : bf16 to f32
    %p = arith.mulf %x, %yf : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a64, %b64 : memref<64x32xf64>, memref<32x16xf64>) outs(%c64 : memref<64x16xf64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %p = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %p : f64
    linalg.yield %s : f64
  }
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%as, %b : memref<64x32xf32, strided<[?, ?]>>, memref<32x16xf32>) outs(%c : memref<64x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<64x32xf32>, memref<32x16xf32>) outs(%c : memref<64x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.maximumf %acc, %p : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [affine_map<(m, n, k, l) -> (m, k, l)>, affine_map<(m, n, k, l) -> (k, l, n)>, affine_map<(m, n, k, l) -> (m, n)>],
                  iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
      ins(%a4, %b4 : memref<64x4x8xf32>, memref<4x8x16xf32>) outs(%c : memref<64x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  linalg.fill ins(%one : f32) outs(%c : memref<64x16xf32>)
  linalg.matmul ins(%as, %b : memref<64x32xf32, strided<[?, ?]>>, memref<32x16xf32>) outs(%c : memref<64x16xf32>)
  return
}

// -----

// The fill of +0 goes only where nothing reads the result in between; the
// matmul that follows the fill of 1.0 accumulates (flags 1).
// CHECK-LABEL: func.func @fills
// CHECK: linalg.fill
// CHECK: memref.load
// CHECK: %[[ACC:.*]] = arith.constant 1 : i32
// CHECK: call @altgradGemm({{.*}}, %[[ACC]], %{{[^,]*}})
func.func @fills(%a: memref<64x32xf32>, %b: memref<32x16xf32>, %c: memref<64x16xf32>) -> f32 {
  %zero = arith.constant 0.0 : f32
  %i = arith.constant 0 : index
  linalg.fill ins(%zero : f32) outs(%c : memref<64x16xf32>)
  %v = memref.load %c[%i, %i] : memref<64x16xf32>
  linalg.matmul ins(%a, %b : memref<64x32xf32>, memref<32x16xf32>) outs(%c : memref<64x16xf32>)
  return %v : f32
}
