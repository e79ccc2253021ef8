// The role rule of altgrad-apply-recipe (docs/recipes.md): an operand
// followed back through layout-only ops is a gradient when its origin's
// altgrad.phase lists backward but not forward; explicit altgrad.roles on
// the contraction and altgrad.role on the origin win. And the contractions
// that are sites: matmul (transposed too), batch_matmul, contraction
// generics and convolutions, not pooling; f16 and bf16 operands go through
// f32 and back.
//
// RUN: altgrad-opt %s --split-input-file --altgrad-apply-recipe="print-sites gradient-format=E7M0" \
// RUN:   --mlir-print-op-on-diagnostic=false -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SITES
// RUN: altgrad-opt %s --split-input-file --altgrad-apply-recipe="format=E3M4 scaling=current" \
// RUN:   | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>
#tr = affine_map<(d0, d1) -> (d1, d0)>
#row = affine_map<(d0, d1) -> (d1)>
// SITES: remark: site 'a/lhs': input 0 of linalg.matmul, role gradient (from linalg.generic (backward)), E7M0, delayed scaling
// SITES: remark: site 'a/rhs': input 1 of linalg.matmul, role forward (from linalg.generic (forward)), E4M3FN, delayed scaling
// SITES: remark: site 'b/lhs': input 0 of linalg.matmul, role forward (from linalg.generic (forward,backward)), E4M3FN, delayed scaling
// SITES: remark: site 'b/rhs': input 1 of linalg.matmul, role forward (from argument 2, explicit altgrad.role), E4M3FN, delayed scaling
// SITES: remark: site 'c/lhs': input 0 of linalg.matmul, role forward (from explicit altgrad.roles), E4M3FN, delayed scaling
// SITES: remark: site 'c/rhs': input 1 of linalg.matmul, role gradient (from explicit altgrad.roles), E7M0, delayed scaling
// SITES: remark: site 'd/lhs': input 0 of linalg.matmul, role gradient (from arith.mulf, explicit altgrad.role), E7M0, delayed scaling
// SITES: remark: site 'd/rhs': input 1 of linalg.matmul, role forward (from arith.constant, no phase), E4M3FN, delayed scaling
// SITES: remark: altgrad-apply-recipe: 8 sites, 8 quantized (delayed scaling), 0 stall probes
func.func @main(%x: tensor<4x4xf32>, %v: tensor<4xf32>, %z: tensor<4x4xf32> {altgrad.role = "forward"})
    -> (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) {
  %e = tensor.empty() : tensor<4x4xf32>
  // A backward value, transposed by a generic and reshaped twice: gradient.
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) attrs = {altgrad.phase = "backward"} {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<4x4xf32>
  %gt = linalg.generic {indexing_maps = [#tr, #id], iterator_types = ["parallel", "parallel"]}
      ins(%g : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) attrs = {altgrad.phase = "backward"} {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x4xf32>
  %flat = tensor.collapse_shape %gt [[0, 1]] : tensor<4x4xf32> into tensor<16xf32>
  %back = tensor.expand_shape %flat [[0, 1]] output_shape [4, 4] : tensor<16xf32> into tensor<4x4xf32>
  // A forward value broadcast in the backward pass: forward.
  %f = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%e : tensor<4x4xf32>) attrs = {altgrad.phase = "forward"} {
  ^bb0(%out: f32):
    %c = arith.constant 2.0 : f32
    linalg.yield %c : f32
  } -> tensor<4x4xf32>
  %fv = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%f : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) attrs = {altgrad.phase = "backward"} {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<4x4xf32>
  %a = linalg.matmul {altgrad.name = "a"} ins(%back, %fv : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  // A value shared by both passes (IREE merges constants): forward. An
  // argument marked forward, reversed by an extracting generic: forward.
  %s = linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%v : tensor<4xf32>) outs(%e : tensor<4x4xf32>) attrs = {altgrad.phase = "forward,backward"} {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %in : f32
    linalg.yield %m : f32
  } -> tensor<4x4xf32>
  %rev = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%e : tensor<4x4xf32>) attrs = {altgrad.phase = "backward"} {
  ^bb0(%out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %c3 = arith.constant 3 : index
    %ri = arith.subi %c3, %i : index
    %el = tensor.extract %z[%ri, %j] : tensor<4x4xf32>
    linalg.yield %el : f32
  } -> tensor<4x4xf32>
  %b = linalg.matmul {altgrad.name = "b"} ins(%s, %rev : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  // Explicit roles on the contraction.
  %c = linalg.matmul {altgrad.name = "c", altgrad.roles = ["forward", "gradient"]} ins(%g, %x : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  // An explicit role on the origin; a constant without a phase: forward.
  %dy = arith.mulf %x, %x {altgrad.role = "gradient"} : tensor<4x4xf32>
  %k = arith.constant dense<1.0> : tensor<4x4xf32>
  %d = linalg.matmul {altgrad.name = "d"} ins(%dy, %k : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  return %a, %b, %c, %d : tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
// SITES: remark: site 'linalg.batch_matmul/lhs': input 0 of linalg.batch_matmul
// SITES: remark: site 'linalg.batch_matmul/rhs': input 1 of linalg.batch_matmul
// SITES: remark: site 'linalg.matmul/lhs': input 0 of linalg.matmul
// SITES: remark: site 'linalg.matmul/rhs': input 1 of linalg.matmul
// SITES: remark: site 'linalg.conv_2d_nhwc_hwcf/lhs': input 0 of linalg.conv_2d_nhwc_hwcf
// SITES: remark: site 'linalg.conv_2d_nhwc_hwcf/rhs': input 1 of linalg.conv_2d_nhwc_hwcf
// SITES: remark: site 'linalg.generic/lhs': input 0 of linalg.generic
// SITES: remark: site 'linalg.generic/rhs': input 1 of linalg.generic
// SITES-NOT: pooling
// SITES: remark: altgrad-apply-recipe: 8 sites, 8 quantized

// CHECK-LABEL: func.func @main(
// CHECK: altgrad.fake_quantize %arg0, %{{.*}} format(!altgrad.fp<E3M4>) : tensor<2x4x8xf32>
// CHECK: altgrad.fake_quantize %arg1, %{{.*}} format(!altgrad.fp<E3M4>) : tensor<2x8x3xf32>
// CHECK: linalg.batch_matmul
// An f16 operand: the amax of the f16 values, fake quantization in f32
// (the extension is exact), one rounding back to f16.
// CHECK: %[[A:.*]] = altgrad.amax %arg2 : tensor<4x8xf16>
// CHECK-NEXT: %[[S:.*]] = altgrad.compute_scale %[[A]] format(!altgrad.fp<E3M4>)
// CHECK-NEXT: %[[WIDE:.*]] = arith.extf %arg2 : tensor<4x8xf16> to tensor<4x8xf32>
// CHECK-NEXT: %[[FQ:.*]] = altgrad.fake_quantize %[[WIDE]], %[[S]] format(!altgrad.fp<E3M4>) : tensor<4x8xf32>
// CHECK-NEXT: %[[NARROW:.*]] = arith.truncf %[[FQ]] : tensor<4x8xf32> to tensor<4x8xf16>
// CHECK: %[[WQ:.*]] = arith.truncf %{{.*}} : tensor<3x8xf32> to tensor<3x8xf16>
// CHECK-NEXT: linalg.matmul indexing_maps = [{{.*}}] ins(%[[NARROW]], %[[WQ]] :
// CHECK: arith.extf %arg4 : tensor<1x6x6x2xbf16> to tensor<1x6x6x2xf32>
// CHECK: arith.extf %arg5 : tensor<3x3x2x4xbf16> to tensor<3x3x2x4xf32>
// CHECK: linalg.conv_2d_nhwc_hwcf
// CHECK: altgrad.fake_quantize %arg6
// CHECK: altgrad.fake_quantize %arg7
// CHECK: linalg.generic
// CHECK-NOT: altgrad.
// CHECK: linalg.pooling_nhwc_sum {{.*}} ins(%arg4,
func.func @main(%a: tensor<2x4x8xf32>, %b: tensor<2x8x3xf32>, %x: tensor<4x8xf16>,
                %w: tensor<3x8xf16>, %img: tensor<1x6x6x2xbf16>, %f: tensor<3x3x2x4xbf16>,
                %p: tensor<4x8xf32>, %q: tensor<8x3xf32>)
    -> (tensor<2x4x3xf32>, tensor<4x3xf16>, tensor<1x4x4x4xbf16>, tensor<4x3xf32>, tensor<1x2x2x2xbf16>) {
  %e0 = tensor.empty() : tensor<2x4x3xf32>
  %bm = linalg.batch_matmul ins(%a, %b : tensor<2x4x8xf32>, tensor<2x8x3xf32>) outs(%e0 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
  %e1 = tensor.empty() : tensor<4x3xf16>
  %mt = linalg.matmul indexing_maps = [#mk, #nk, #mn] ins(%x, %w : tensor<4x8xf16>, tensor<3x8xf16>) outs(%e1 : tensor<4x3xf16>) -> tensor<4x3xf16>
  %e2 = tensor.empty() : tensor<1x4x4x4xbf16>
  %cv = linalg.conv_2d_nhwc_hwcf ins(%img, %f : tensor<1x6x6x2xbf16>, tensor<3x3x2x4xbf16>) outs(%e2 : tensor<1x4x4x4xbf16>) -> tensor<1x4x4x4xbf16>
  %e3 = tensor.empty() : tensor<4x3xf32>
  %g = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]} ins(%p, %q : tensor<4x8xf32>, tensor<8x3xf32>) outs(%e3 : tensor<4x3xf32>) {
  ^bb0(%l: f32, %r: f32, %o: f32):
    %m = arith.mulf %l, %r : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  } -> tensor<4x3xf32>
  %win = tensor.empty() : tensor<3x3xbf16>
  %e4 = tensor.empty() : tensor<1x2x2x2xbf16>
  %pool = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%img, %win : tensor<1x6x6x2xbf16>, tensor<3x3xbf16>) outs(%e4 : tensor<1x2x2x2xbf16>) -> tensor<1x2x2x2xbf16>
  return %bm, %mt, %cv, %g, %pool : tensor<2x4x3xf32>, tensor<4x3xf16>, tensor<1x4x4x4xbf16>, tensor<4x3xf32>, tensor<1x2x2x2xbf16>
}
