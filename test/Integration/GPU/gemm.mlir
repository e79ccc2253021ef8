// REQUIRES: cuda
// RUN: %gpu-run %s | FileCheck %s --check-prefixes=CHECK,EXACT
// RUN: %gpu-run %s fp8-tensor-cores | FileCheck %s --check-prefixes=CHECK,TENSOR-CORES
// LOWER-FP8-VARIANT: fp8-tensor-cores fp8-tensor-cores=true

// Contractions lowered by --lower-fp8 to cuBLASLt (convert-linalg-to-blaslt):
// small ones with results worked out by hand, and quantized ones (bf16 values
// of E4M3FN and of E3M4/E5M2 codes) against the contraction of the
// fake-quantized operands computed in f64 on the host (an f64 contraction
// stays in loops), within f32 accumulation's bound
// K * 2^-23 * max_ij sum_k |a_ik b_kj|. Compiled again with
// fp8-tensor-cores (scripts/gpu-pack's LOWER-FP8-VARIANT), the E4M3FN pair is
// an FP8 GEMM, whose sums keep about 13 bits (docs/gpu.md, "FP8
// accumulation"): within 2^-11 * max_ij sum_k |a_ik b_kj|, not f32's bound.

func.func private @printMemrefF32(tensor<*xf32>)

func.func @matmul(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x2xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<2x2xf32>) -> tensor<2x2xf32>
  %r = linalg.matmul ins(%a, %b : tensor<2x3xf32>, tensor<3x2xf32>)
      outs(%init : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

func.func @batch_matmul(%a: tensor<2x2x2xbf16>, %b: tensor<2x2x2xbf16>) -> tensor<2x2x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x2x2xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  %r = linalg.batch_matmul ins(%a, %b : tensor<2x2x2xbf16>, tensor<2x2x2xbf16>)
      outs(%init : tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  return %r : tensor<2x2x2xf32>
}

// B given transposed; the result accumulates into %c.
func.func @matmul_bt(%a: tensor<2x2xf16>, %bt: tensor<2x2xf16>, %c: tensor<2x2xf16>) -> tensor<2x2xf16> {
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                                      affine_map<(m, n, k) -> (n, k)>,
                                      affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %bt : tensor<2x2xf16>, tensor<2x2xf16>)
      outs(%c : tensor<2x2xf16>) -> tensor<2x2xf16>
  return %r : tensor<2x2xf16>
}

// Deterministic data with full f32 mantissas: ((7i + 13j + seed) mod 31 - 15) * 0.173.
func.func @data(%seed: index, %out: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %c7 = arith.constant 7 : index
  %c13 = arith.constant 13 : index
  %c31 = arith.constant 31 : index
  %c15 = arith.constant 15.0 : f32
  %step = arith.constant 0.173 : f32
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      outs(%out : tensor<?x?xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %i7 = arith.muli %i, %c7 : index
    %j13 = arith.muli %j, %c13 : index
    %s0 = arith.addi %i7, %j13 : index
    %s = arith.addi %s0, %seed : index
    %m = arith.remui %s, %c31 : index
    %mi = arith.index_cast %m : index to i32
    %mf = arith.sitofp %mi : i32 to f32
    %c = arith.subf %mf, %c15 : f32
    %v = arith.mulf %c, %step : f32
    linalg.yield %v : f32
  } -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// What the recipe pass makes of a site pair: E4M3FN x E4M3FN (bf16 values
// of the codes, an FP8 GEMM with fp8-tensor-cores), and E3M4 x E5M2 (bf16
// values of the codes).
func.func @fp8_matmul(%a: tensor<64x128xf32>, %b: tensor<128x32xf32>, %sa: f32, %sb: f32) -> tensor<64x32xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x32xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<64x32xf32>) -> tensor<64x32xf32>
  %aq = altgrad.fake_quantize %a, %sa format(f8E4M3FN) : tensor<64x128xf32>
  %bq = altgrad.fake_quantize %b, %sb format(f8E4M3FN) : tensor<128x32xf32>
  %r = linalg.matmul ins(%aq, %bq : tensor<64x128xf32>, tensor<128x32xf32>)
      outs(%init : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}

func.func @bf16_matmul(%a: tensor<64x128xf32>, %b: tensor<128x32xf32>, %sa: f32, %sb: f32) -> tensor<64x32xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x32xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<64x32xf32>) -> tensor<64x32xf32>
  %aq = altgrad.fake_quantize %a, %sa format(!altgrad.fp<E3M4>) : tensor<64x128xf32>
  %bq = altgrad.fake_quantize %b, %sb format(!altgrad.fp<E5M2>) : tensor<128x32xf32>
  %r = linalg.matmul ins(%aq, %bq : tensor<64x128xf32>, tensor<128x32xf32>)
      outs(%init : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}

func.func @fake_quantize_e4m3fn(%x: tensor<?x?xf32>, %s: f32) -> tensor<?x?xf32> {
  %q = altgrad.fake_quantize %x, %s format(f8E4M3FN) : tensor<?x?xf32>
  return %q : tensor<?x?xf32>
}
func.func @fake_quantize_e3m4(%x: tensor<?x?xf32>, %s: f32) -> tensor<?x?xf32> {
  %q = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) : tensor<?x?xf32>
  return %q : tensor<?x?xf32>
}
func.func @fake_quantize_e5m2(%x: tensor<?x?xf32>, %s: f32) -> tensor<?x?xf32> {
  %q = altgrad.fake_quantize %x, %s format(!altgrad.fp<E5M2>) : tensor<?x?xf32>
  return %q : tensor<?x?xf32>
}

// Prints max |c - sum_k a b| / (K * 2^-23 * max sum_k |a b|), in f64,
// whether it is at most 1 (f32 accumulation's bound) and whether it is at
// most 32 (2^-11 * max sum_k |a b|, FP8 tensor cores' documented bound).
func.func @compare(%c: tensor<64x32xf32>, %a: tensor<?x?xf32>, %b: tensor<?x?xf32>) {
  %zero = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<64x32xf64>
  %init = linalg.fill ins(%zero : f64) outs(%e : tensor<64x32xf64>) -> tensor<64x32xf64>
  %sums:2 = linalg.generic {
      indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>,
                       affine_map<(m, n, k) -> (m, n)>, affine_map<(m, n, k) -> (m, n)>],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<?x?xf32>, tensor<?x?xf32>) outs(%init, %init : tensor<64x32xf64>, tensor<64x32xf64>) {
  ^bb0(%x: f32, %y: f32, %s: f64, %t: f64):
    %xd = arith.extf %x : f32 to f64
    %yd = arith.extf %y : f32 to f64
    %p = arith.mulf %xd, %yd : f64
    %ap = math.absf %p : f64
    %s2 = arith.addf %s, %p : f64
    %t2 = arith.addf %t, %ap : f64
    linalg.yield %s2, %t2 : f64, f64
  } -> (tensor<64x32xf64>, tensor<64x32xf64>)
  %e0 = tensor.empty() : tensor<f64>
  %i0 = linalg.fill ins(%zero : f64) outs(%e0 : tensor<f64>) -> tensor<f64>
  %max:2 = linalg.generic {
      indexing_maps = [affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (m, n)>,
                       affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> ()>, affine_map<(m, n) -> ()>],
      iterator_types = ["reduction", "reduction"]}
      ins(%c, %sums#0, %sums#1 : tensor<64x32xf32>, tensor<64x32xf64>, tensor<64x32xf64>)
      outs(%i0, %i0 : tensor<f64>, tensor<f64>) {
  ^bb0(%cv: f32, %r: f64, %t: f64, %err: f64, %big: f64):
    %cd = arith.extf %cv : f32 to f64
    %d = arith.subf %cd, %r : f64
    %ad = math.absf %d : f64
    %err2 = arith.maximumf %err, %ad : f64
    %big2 = arith.maximumf %big, %t : f64
    linalg.yield %err2, %big2 : f64, f64
  } -> (tensor<f64>, tensor<f64>)
  %err = tensor.extract %max#0[] : tensor<f64>
  %big = tensor.extract %max#1[] : tensor<f64>
  // K * 2^-23 = 128 * 2^-23 = 2^-16
  %tol = arith.constant 1.52587890625e-05 : f64
  %bound = arith.mulf %big, %tol : f64
  %ratio = arith.divf %err, %bound : f64
  vector.print %ratio : f64
  %one = arith.constant 1.0 : f64
  %ok = arith.cmpf ole, %ratio, %one : f64
  vector.print %ok : i1
  %thirtytwo = arith.constant 32.0 : f64
  %hardware = arith.cmpf ole, %ratio, %thirtytwo : f64
  vector.print %hardware : i1
  return
}

func.func @main() {
  %a = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = arith.constant dense<[[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]> : tensor<3x2xf32>
  %r = call @matmul(%a, %b) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %ru = tensor.cast %r : tensor<2x2xf32> to tensor<*xf32>
  // CHECK:      [58,   64],
  // CHECK-NEXT: [139,   154]]
  call @printMemrefF32(%ru) : (tensor<*xf32>) -> ()

  %ba = arith.constant dense<[[[1.0, 2.0], [3.0, 4.0]], [[2.0, 0.0], [0.0, 2.0]]]> : tensor<2x2x2xbf16>
  %bb = arith.constant dense<[[[5.0, 6.0], [7.0, 8.0]], [[1.0, 2.0], [3.0, 4.0]]]> : tensor<2x2x2xbf16>
  %br = call @batch_matmul(%ba, %bb) : (tensor<2x2x2xbf16>, tensor<2x2x2xbf16>) -> tensor<2x2x2xf32>
  %bru = tensor.cast %br : tensor<2x2x2xf32> to tensor<*xf32>
  // CHECK:      {{\[\[\[}}19,   22],
  // CHECK-NEXT: [43,   50]],
  // CHECK-NEXT: {{\[\[}}2,   4],
  // CHECK-NEXT: [6,   8]]]
  call @printMemrefF32(%bru) : (tensor<*xf32>) -> ()

  // A [[1, 2], [3, 4]], B [[1, 0], [1, 1]] (given as its transpose), C 0.5:
  // A B + C = [[3.5, 2.5], [7.5, 4.5]].
  %ta = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf16>
  %tb = arith.constant dense<[[1.0, 1.0], [0.0, 1.0]]> : tensor<2x2xf16>
  %tc = arith.constant dense<0.5> : tensor<2x2xf16>
  %tr = call @matmul_bt(%ta, %tb, %tc) : (tensor<2x2xf16>, tensor<2x2xf16>, tensor<2x2xf16>) -> tensor<2x2xf16>
  %trf = arith.extf %tr : tensor<2x2xf16> to tensor<2x2xf32>
  %tru = tensor.cast %trf : tensor<2x2xf32> to tensor<*xf32>
  // CHECK:      [3.5,   2.5],
  // CHECK-NEXT: [7.5,   4.5]]
  call @printMemrefF32(%tru) : (tensor<*xf32>) -> ()

  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %ea = tensor.empty() : tensor<64x128xf32>
  %eb = tensor.empty() : tensor<128x32xf32>
  %ead = tensor.cast %ea : tensor<64x128xf32> to tensor<?x?xf32>
  %ebd = tensor.cast %eb : tensor<128x32xf32> to tensor<?x?xf32>
  %xa = call @data(%c0, %ead) : (index, tensor<?x?xf32>) -> tensor<?x?xf32>
  %xb = call @data(%c5, %ebd) : (index, tensor<?x?xf32>) -> tensor<?x?xf32>
  %xas = tensor.cast %xa : tensor<?x?xf32> to tensor<64x128xf32>
  %xbs = tensor.cast %xb : tensor<?x?xf32> to tensor<128x32xf32>
  %sa = arith.constant 0.0061 : f32
  %sb = arith.constant 0.0117 : f32
  %f8 = call @fp8_matmul(%xas, %xbs, %sa, %sb) : (tensor<64x128xf32>, tensor<128x32xf32>, f32, f32) -> tensor<64x32xf32>
  %qa = call @fake_quantize_e4m3fn(%xa, %sa) : (tensor<?x?xf32>, f32) -> tensor<?x?xf32>
  %qb = call @fake_quantize_e4m3fn(%xb, %sb) : (tensor<?x?xf32>, f32) -> tensor<?x?xf32>
  // CHECK: {{^}}[[RATIO:[0-9.e+-]+]]{{$}}
  // EXACT-NEXT: 1
  // TENSOR-CORES-NEXT: {{^[01]$}}
  // CHECK-NEXT: 1
  call @compare(%f8, %qa, %qb) : (tensor<64x32xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> ()

  %s3 = arith.constant 0.25 : f32
  %s5 = arith.constant 0.0019 : f32
  %h = call @bf16_matmul(%xas, %xbs, %s3, %s5) : (tensor<64x128xf32>, tensor<128x32xf32>, f32, f32) -> tensor<64x32xf32>
  %ha = call @fake_quantize_e3m4(%xa, %s3) : (tensor<?x?xf32>, f32) -> tensor<?x?xf32>
  %hb = call @fake_quantize_e5m2(%xb, %s5) : (tensor<?x?xf32>, f32) -> tensor<?x?xf32>
  // CHECK: {{^}}[[RATIO:[0-9.e+-]+]]{{$}}
  // CHECK-NEXT: 1
  // CHECK-NEXT: 1
  call @compare(%h, %ha, %hb) : (tensor<64x32xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> ()
  return
}
