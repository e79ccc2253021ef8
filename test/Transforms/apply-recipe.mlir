// altgrad-apply-recipe on small hand-written steps: the sites it finds, their
// roles and formats, the state and statistics it appends to the signature
// (docs/recipes.md gives the order), and the stall probes.
//
// RUN: altgrad-opt %s --split-input-file --altgrad-apply-recipe \
// RUN:   | FileCheck %s --check-prefix=DELAYED
// RUN: altgrad-opt %s --split-input-file --altgrad-apply-recipe=print-sites \
// RUN:   --mlir-print-op-on-diagnostic=false -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SITES
// RUN: altgrad-opt %s --split-input-file \
// RUN:   --altgrad-apply-recipe="format=E3M4 scaling=current stall-format=none" \
// RUN:   | FileCheck %s --check-prefix=CURRENT
// RUN: altgrad-opt %s --split-input-file \
// RUN:   --altgrad-apply-recipe="exclude=gradient,*#1/lhs print-sites history-length=4 amax-rule=most_recent stall-format=E5M2 gradient-format=E7M0" \
// RUN:   --mlir-print-op-on-diagnostic=false -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FILTER
// RUN: altgrad-opt %s --split-input-file \
// RUN:   --altgrad-apply-recipe="exclude=gradient,*#1/lhs history-length=4 amax-rule=most_recent stall-format=E5M2 gradient-format=E7M0" \
// RUN:   | FileCheck %s --check-prefix=FILTER-IR

// One SGD step of y = x w: the forward matmul (x and w, both arguments:
// forward) and the weight gradient x^T dy (x^T looks through the transpose
// to the argument x: forward; dy is an argument marked as a gradient).

// DELAYED-LABEL: func.func @main(
// DELAYED-SAME: %[[W:arg0]]: tensor<4x3xf32> {altgrad.name = "params/w"}
// DELAYED-SAME: %[[X:arg1]]: tensor<2x4xf32>
// DELAYED-SAME: %[[DY:arg2]]: tensor<2x3xf32>
// DELAYED-SAME: %arg3: f32 {altgrad.name = "lr"},
// DELAYED-SAME: %[[H0:arg4]]: !altgrad.history<16> {altgrad.name = "fwd/lhs", altgrad.recipe = "history"},
// DELAYED-SAME: %[[H1:arg5]]: !altgrad.history<16> {altgrad.name = "fwd/rhs", altgrad.recipe = "history"},
// DELAYED-SAME: %[[H2:arg6]]: !altgrad.history<16> {altgrad.name = "dw/lhs", altgrad.recipe = "history"},
// DELAYED-SAME: %[[H3:arg7]]: !altgrad.history<16> {altgrad.name = "dw/rhs", altgrad.recipe = "history"})
// DELAYED-SAME: -> (tensor<4x3xf32> {altgrad.name = "params/w", altgrad.updates = 0 : i64},
// DELAYED-SAME: tensor<2x3xf32> {altgrad.name = "y"},
// DELAYED-SAME: !altgrad.history<16> {altgrad.name = "fwd/lhs", altgrad.recipe = "history", altgrad.updates = 4 : i64},
// DELAYED-SAME: !altgrad.history<16> {altgrad.name = "fwd/rhs", altgrad.recipe = "history", altgrad.updates = 5 : i64},
// DELAYED-SAME: !altgrad.history<16> {altgrad.name = "dw/lhs", altgrad.recipe = "history", altgrad.updates = 6 : i64},
// DELAYED-SAME: !altgrad.history<16> {altgrad.name = "dw/rhs", altgrad.recipe = "history", altgrad.updates = 7 : i64},
// DELAYED-SAME: f32 {altgrad.name = "fwd/lhs/amax", altgrad.recipe = "amax"},
// DELAYED-SAME: f32 {altgrad.name = "fwd/lhs/scale", altgrad.recipe = "scale"},
// DELAYED-SAME: i64 {altgrad.name = "fwd/lhs/rejected", altgrad.recipe = "rejected"},
// DELAYED-SAME: f32 {altgrad.name = "fwd/rhs/amax", altgrad.recipe = "amax"},
// DELAYED-SAME: f32 {altgrad.name = "fwd/rhs/scale", altgrad.recipe = "scale"},
// DELAYED-SAME: i64 {altgrad.name = "fwd/rhs/rejected", altgrad.recipe = "rejected"},
// DELAYED-SAME: f32 {altgrad.name = "dw/lhs/amax", altgrad.recipe = "amax"},
// DELAYED-SAME: f32 {altgrad.name = "dw/lhs/scale", altgrad.recipe = "scale"},
// DELAYED-SAME: i64 {altgrad.name = "dw/lhs/rejected", altgrad.recipe = "rejected"},
// DELAYED-SAME: f32 {altgrad.name = "dw/rhs/amax", altgrad.recipe = "amax"},
// DELAYED-SAME: f32 {altgrad.name = "dw/rhs/scale", altgrad.recipe = "scale"},
// DELAYED-SAME: i64 {altgrad.name = "dw/rhs/rejected", altgrad.recipe = "rejected"},
// DELAYED-SAME: i64 {altgrad.name = "params/w/stalled", altgrad.probes = 0 : i64, altgrad.recipe = "stalled"},
// DELAYED-SAME: i64 {altgrad.name = "params/w/total", altgrad.probes = 0 : i64, altgrad.recipe = "total"},
// DELAYED-SAME: i64 {altgrad.name = "stall/stalled", altgrad.recipe = "stalled_sum"},
// DELAYED-SAME: i64 {altgrad.name = "stall/total", altgrad.recipe = "total_sum"})
// DELAYED-SAME: attributes {altgrad.recipe = {amax_rule = "max", history_length = 16 : i64, probes = 1 : i64, scaling = "delayed", sites = 4 : i64, stall_format = "E4M3FN"}}
// Each site: the scale from the history as it came in, the amax of this
// step recorded, the operand fake-quantized with that scale.
// DELAYED: %[[A0:.*]] = altgrad.amax %[[X]] : tensor<2x4xf32>
// DELAYED-NEXT: %[[R0:.*]] = altgrad.history.amax %[[H0]] : !altgrad.history<16>
// DELAYED-NEXT: %[[S0:.*]] = altgrad.compute_scale %[[R0]] format(f8E4M3FN)
// DELAYED-NEXT: %[[N0:.*]] = altgrad.history.update %[[H0]], %[[A0]] : !altgrad.history<16>, f32
// DELAYED-NEXT: %[[J0:.*]] = altgrad.history.rejected %[[N0]]
// DELAYED-NEXT: %[[Q0:.*]] = altgrad.fake_quantize %[[X]], %[[S0]] format(f8E4M3FN) : tensor<2x4xf32>
// DELAYED: %[[A1:.*]] = altgrad.amax %[[W]]
// DELAYED-NEXT: %[[R1:.*]] = altgrad.history.amax %[[H1]]
// DELAYED-NEXT: %[[S1:.*]] = altgrad.compute_scale %[[R1]] format(f8E4M3FN)
// DELAYED-NEXT: %[[N1:.*]] = altgrad.history.update %[[H1]], %[[A1]]
// DELAYED-NEXT: %[[J1:.*]] = altgrad.history.rejected %[[N1]]
// DELAYED-NEXT: %[[Q1:.*]] = altgrad.fake_quantize %[[W]], %[[S1]] format(f8E4M3FN)
// DELAYED-NEXT: %[[Y:.*]] = linalg.matmul {altgrad.name = "fwd", altgrad.phase = "forward"} ins(%[[Q0]], %[[Q1]] :
// DELAYED: %[[XT:.*]] = linalg.transpose ins(%[[X]]
// DELAYED: %[[A2:.*]] = altgrad.amax %[[XT]]
// DELAYED: %[[S2:.*]] = altgrad.compute_scale %{{.*}} format(f8E4M3FN)
// DELAYED: %[[N2:.*]] = altgrad.history.update %[[H2]], %[[A2]]
// DELAYED-NEXT: %[[J2:.*]] = altgrad.history.rejected %[[N2]]
// DELAYED-NEXT: %[[Q2:.*]] = altgrad.fake_quantize %[[XT]], %[[S2]] format(f8E4M3FN)
// DELAYED: %[[A3:.*]] = altgrad.amax %[[DY]]
// DELAYED: %[[S3:.*]] = altgrad.compute_scale %{{.*}} format(f8E5M2)
// DELAYED: %[[N3:.*]] = altgrad.history.update %[[H3]], %[[A3]]
// DELAYED-NEXT: %[[J3:.*]] = altgrad.history.rejected %[[N3]]
// DELAYED-NEXT: %[[Q3:.*]] = altgrad.fake_quantize %[[DY]], %[[S3]] format(f8E5M2)
// DELAYED-NEXT: linalg.matmul {altgrad.name = "dw", altgrad.phase = "backward"} ins(%[[Q2]], %[[Q3]] :
// The probe: the new weight against the old one, scaled from the old one's
// amax, in the forward format.
// DELAYED: %[[W1:.*]] = arith.subf %[[W]]
// DELAYED-NEXT: %[[AW:.*]] = altgrad.amax %[[W]]
// DELAYED-NEXT: %[[SW:.*]] = altgrad.compute_scale %[[AW]] format(f8E4M3FN)
// DELAYED-NEXT: %[[ST:.*]], %[[TOT:.*]] = altgrad.update_stall_count %[[W]], %[[W1]], %[[SW]] format(f8E4M3FN) : tensor<4x3xf32>
// DELAYED-NEXT: return %[[W1]], %[[Y]], %[[N0]], %[[N1]], %[[N2]], %[[N3]], %[[A0]], %[[S0]], %[[J0]], %[[A1]], %[[S1]], %[[J1]], %[[A2]], %[[S2]], %[[J2]], %[[A3]], %[[S3]], %[[J3]], %[[ST]], %[[TOT]], %[[ST]], %[[TOT]] :

// SITES: remark: site 'fwd/lhs': input 0 of linalg.matmul, role forward (from argument 1 'x'), E4M3FN, delayed scaling
// SITES: remark: site 'fwd/rhs': input 1 of linalg.matmul, role forward (from argument 0 'params/w'), E4M3FN, delayed scaling
// SITES: remark: site 'dw/lhs': input 0 of linalg.matmul, role forward (from argument 1 'x'), E4M3FN, delayed scaling
// SITES: remark: site 'dw/rhs': input 1 of linalg.matmul, role gradient (from argument 2 'dy', explicit altgrad.role), E5M2, delayed scaling
// SITES: remark: stall probe 'params/w' (result 0 updates argument 0): E4M3FN
// SITES: remark: altgrad-apply-recipe: 4 sites, 4 quantized (delayed scaling), 1 stall probes

// One format, current scaling, no probes: no state, each scale from the
// operand's own amax, and only the amax and scale of each site appended.
// CURRENT-LABEL: func.func @main(
// CURRENT-NOT: !altgrad.history
// CURRENT-SAME: -> (tensor<4x3xf32> {altgrad.name = "params/w", altgrad.updates = 0 : i64}, tensor<2x3xf32> {altgrad.name = "y"}, f32 {altgrad.name = "fwd/lhs/amax", altgrad.recipe = "amax"}, f32 {altgrad.name = "fwd/lhs/scale", altgrad.recipe = "scale"}, f32 {altgrad.name = "fwd/rhs/amax", altgrad.recipe = "amax"}, f32 {altgrad.name = "fwd/rhs/scale", altgrad.recipe = "scale"}, f32 {altgrad.name = "dw/lhs/amax", altgrad.recipe = "amax"}, f32 {altgrad.name = "dw/lhs/scale", altgrad.recipe = "scale"}, f32 {altgrad.name = "dw/rhs/amax", altgrad.recipe = "amax"}, f32 {altgrad.name = "dw/rhs/scale", altgrad.recipe = "scale"})
// CURRENT-SAME: attributes {altgrad.recipe = {probes = 0 : i64, scaling = "current", sites = 4 : i64}}
// CURRENT: %[[A:.*]] = altgrad.amax %arg1
// CURRENT-NEXT: %[[S:.*]] = altgrad.compute_scale %[[A]] format(!altgrad.fp<E3M4>)
// CURRENT-NEXT: altgrad.fake_quantize %arg1, %[[S]] format(!altgrad.fp<E3M4>)
// CURRENT: altgrad.compute_scale %{{.*}} format(!altgrad.fp<E3M4>)
// CURRENT: altgrad.compute_scale %{{.*}} format(!altgrad.fp<E3M4>)
// CURRENT: altgrad.compute_scale %{{.*}} format(!altgrad.fp<E3M4>)
// CURRENT-NOT: altgrad.compute_scale
// CURRENT-NOT: update_stall_count

// The filter leaves out the gradient and the lhs of the second contraction
// ("*#1/lhs" matches no name here: the names are the ops' altgrad.name).
// FILTER: remark: site 'fwd/lhs': {{.*}} E4M3FN, delayed scaling
// FILTER: remark: site 'fwd/rhs': {{.*}} E4M3FN, delayed scaling
// FILTER: remark: site 'dw/lhs': {{.*}} E4M3FN, delayed scaling
// FILTER: remark: site 'dw/rhs': input 1 of linalg.matmul, role gradient (from argument 2 'dy', explicit altgrad.role), not quantized, left out by the filter
// FILTER: remark: stall probe 'params/w' (result 0 updates argument 0): E5M2
// FILTER: remark: altgrad-apply-recipe: 4 sites, 3 quantized (delayed scaling), 1 stall probes
// FILTER-IR-LABEL: func.func @main(
// FILTER-IR-SAME: %arg6: !altgrad.history<4> {altgrad.name = "dw/lhs", altgrad.recipe = "history"})
// FILTER-IR-SAME: attributes {altgrad.recipe = {amax_rule = "most_recent", history_length = 4 : i64, probes = 1 : i64, scaling = "delayed", sites = 3 : i64, stall_format = "E5M2"}}
// FILTER-IR: altgrad.history.amax %arg4 policy<most_recent> : !altgrad.history<4>
// FILTER-IR: linalg.matmul {altgrad.name = "dw", altgrad.phase = "backward"} ins(%{{.*}}, %arg2 :
// FILTER-IR: altgrad.update_stall_count %arg0, %{{.*}}, %{{.*}} format(!altgrad.fp<E5M2>)
func.func @main(%w: tensor<4x3xf32> {altgrad.name = "params/w"},
                %x: tensor<2x4xf32> {altgrad.name = "x"},
                %dy: tensor<2x3xf32> {altgrad.name = "dy", altgrad.role = "gradient"},
                %lr: f32 {altgrad.name = "lr"})
    -> (tensor<4x3xf32> {altgrad.name = "params/w", altgrad.updates = 0 : i64},
        tensor<2x3xf32> {altgrad.name = "y"}) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x3xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<2x3xf32>) -> tensor<2x3xf32>
  %y = linalg.matmul {altgrad.name = "fwd", altgrad.phase = "forward"}
      ins(%x, %w : tensor<2x4xf32>, tensor<4x3xf32>)
      outs(%acc : tensor<2x3xf32>) -> tensor<2x3xf32>
  %et = tensor.empty() : tensor<4x2xf32>
  %xt = linalg.transpose ins(%x : tensor<2x4xf32>) outs(%et : tensor<4x2xf32>)
      permutation = [1, 0]
  %ew = tensor.empty() : tensor<4x3xf32>
  %accw = linalg.fill ins(%zero : f32) outs(%ew : tensor<4x3xf32>) -> tensor<4x3xf32>
  %gw = linalg.matmul {altgrad.name = "dw", altgrad.phase = "backward"}
      ins(%xt, %dy : tensor<4x2xf32>, tensor<2x3xf32>)
      outs(%accw : tensor<4x3xf32>) -> tensor<4x3xf32>
  %lrt = tensor.splat %lr : tensor<4x3xf32>
  %u = arith.mulf %lrt, %gw : tensor<4x3xf32>
  %w1 = arith.subf %w, %u : tensor<4x3xf32>
  return %w1, %y : tensor<4x3xf32>, tensor<2x3xf32>
}
