// The contractions bench/gpu/gemm-bench times, lowered by `altgrad-opt
// --lower-fp8` (to convert-linalg-to-blaslt's altgradGemm calls). Each
// writes a caller-owned device buffer.

// bf16 x bf16 -> bf16, row-major A[m][k], B[k][n].
func.func @gemm_bf16(%a: memref<?x?xbf16>, %b: memref<?x?xbf16>, %c: memref<?x?xbf16>)
    attributes {llvm.emit_c_interface} {
  %zero = arith.constant 0.0 : bf16
  linalg.fill ins(%zero : bf16) outs(%c : memref<?x?xbf16>)
  linalg.matmul ins(%a, %b : memref<?x?xbf16>, memref<?x?xbf16>)
      outs(%c : memref<?x?xbf16>)
  return
}

// E4M3FN codes A[m][k] and B's transpose [n][k], per-tensor scales, bf16
// result: the contraction altgrad-quantized-contractions-to-codes makes of
// fake-quantized operands.
func.func @gemm_e4m3(%a: memref<?x?xf8E4M3FN>, %bt: memref<?x?xf8E4M3FN>,
                     %sa: f32, %sb: f32, %c: memref<?x?xbf16>)
    attributes {llvm.emit_c_interface} {
  %zero = arith.constant 0.0 : bf16
  linalg.fill ins(%zero : bf16) outs(%c : memref<?x?xbf16>)
  linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                                   affine_map<(m, n, k) -> (n, k)>,
                                   affine_map<(m, n, k) -> (m, n)>],
                  iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %bt : memref<?x?xf8E4M3FN>, memref<?x?xf8E4M3FN>)
      outs(%c : memref<?x?xbf16>) {
  ^bb0(%x: f8E4M3FN, %y: f8E4M3FN, %acc: bf16):
    %xf = arith.extf %x : f8E4M3FN to f32
    %xs = arith.mulf %xf, %sa : f32
    %yf = arith.extf %y : f8E4M3FN to f32
    %ys = arith.mulf %yf, %sb : f32
    %p = arith.mulf %xs, %ys : f32
    %accf = arith.extf %acc : bf16 to f32
    %s = arith.addf %accf, %p : f32
    %r = arith.truncf %s : f32 to bf16
    linalg.yield %r : bf16
  }
  return
}
