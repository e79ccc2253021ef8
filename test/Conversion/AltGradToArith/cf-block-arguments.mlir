// RUN: altgrad-opt %s --convert-altgrad-to-arith --split-input-file | FileCheck %s --implicit-check-not=altgrad

// Block arguments of non-entry blocks convert too: codes become i8, a
// history becomes (vector<Lxf32>, i64), across cf branches.

// CHECK-LABEL: func.func @code_block_argument
// CHECK-SAME: (%[[A:.*]]: i8) -> i8
// CHECK: cf.br ^[[BB:.*]](%[[A]] : i8)
// CHECK: ^[[BB]](%[[R:.*]]: i8):
// CHECK: return %[[R]] : i8
func.func @code_block_argument(%a: !altgrad.fp<E2M1>) -> !altgrad.fp<E2M1> {
  cf.br ^bb1(%a : !altgrad.fp<E2M1>)
^bb1(%r: !altgrad.fp<E2M1>):
  return %r : !altgrad.fp<E2M1>
}

// -----

// CHECK-LABEL: func.func @history_block_argument
// CHECK: cf.cond_br %{{.*}}, ^[[JOIN:.*]](%{{.*}}, %{{.*}} : vector<4xf32>, i64), ^{{.*}}
// CHECK: cf.br ^[[JOIN]](%{{.*}}, %{{.*}} : vector<4xf32>, i64)
// CHECK: ^[[JOIN]](%[[R:.*]]: vector<4xf32>, %{{.*}}: i64):
// CHECK: vector.reduction <maximumf>, %[[R]] : vector<4xf32> into f32
func.func @history_block_argument(%a: tensor<2xf32>, %c: i1) -> f32 {
  %h0 = altgrad.history.empty : !altgrad.history<4>
  cf.cond_br %c, ^join(%h0 : !altgrad.history<4>), ^update
^update:
  %h1 = altgrad.history.update %h0, %a : !altgrad.history<4>, tensor<2xf32>
  cf.br ^join(%h1 : !altgrad.history<4>)
^join(%r: !altgrad.history<4>):
  %x = altgrad.history.amax %r : !altgrad.history<4>
  return %x : f32
}

// -----

// cf.switch forwards histories as their two parts to every destination.

// CHECK-LABEL: func.func @switch_history
// CHECK-SAME: (%[[I:.*]]: i32, %[[R:.*]]: vector<4xf32>, %[[N:.*]]: i64, %[[C:.*]]: i8)
// CHECK: cf.switch %[[I]] : i32, [
// CHECK-NEXT: default: ^[[BB:.*]](%[[R]], %[[N]], %[[C]] : vector<4xf32>, i64, i8),
// CHECK-NEXT: 7: ^[[BB]](%[[R]], %[[N]], %[[C]] : vector<4xf32>, i64, i8)
// CHECK: ^[[BB]](%{{.*}}: vector<4xf32>, %{{.*}}: i64, %{{.*}}: i8):
func.func @switch_history(%i: i32, %h: !altgrad.history<4>, %c: !altgrad.fp<E5M2>)
    -> (!altgrad.history<4>, !altgrad.fp<E5M2>) {
  cf.switch %i : i32, [
    default: ^bb1(%h, %c : !altgrad.history<4>, !altgrad.fp<E5M2>),
    7: ^bb1(%h, %c : !altgrad.history<4>, !altgrad.fp<E5M2>)
  ]
^bb1(%g: !altgrad.history<4>, %d: !altgrad.fp<E5M2>):
  return %g, %d : !altgrad.history<4>, !altgrad.fp<E5M2>
}

// -----

// Function values: func.constant and func.call_indirect take the converted
// signature, a history as its two parts.

// CHECK-LABEL: func.func @callee
// CHECK-SAME: (%{{.*}}: vector<2xf32>, %{{.*}}: i64, %{{.*}}: i8) -> (vector<2xf32>, i64, i8)
// CHECK-LABEL: func.func @indirect
// CHECK: %[[F:.*]] = constant @callee : (vector<2xf32>, i64, i8) -> (vector<2xf32>, i64, i8)
// CHECK: %[[R:.*]]:3 = call_indirect %[[F]](%{{.*}}, %{{.*}}, %{{.*}}) : (vector<2xf32>, i64, i8) -> (vector<2xf32>, i64, i8)
// CHECK: return %[[R]]#0, %[[R]]#1, %[[R]]#2
func.func @callee(%h: !altgrad.history<2>, %c: !altgrad.fp<E4M3FN>)
    -> (!altgrad.history<2>, !altgrad.fp<E4M3FN>) {
  return %h, %c : !altgrad.history<2>, !altgrad.fp<E4M3FN>
}
func.func @indirect(%h: !altgrad.history<2>, %c: !altgrad.fp<E4M3FN>)
    -> (!altgrad.history<2>, !altgrad.fp<E4M3FN>) {
  %f = func.constant @callee : (!altgrad.history<2>, !altgrad.fp<E4M3FN>)
      -> (!altgrad.history<2>, !altgrad.fp<E4M3FN>)
  %r:2 = func.call_indirect %f(%h, %c) : (!altgrad.history<2>, !altgrad.fp<E4M3FN>)
      -> (!altgrad.history<2>, !altgrad.fp<E4M3FN>)
  return %r#0, %r#1 : !altgrad.history<2>, !altgrad.fp<E4M3FN>
}
