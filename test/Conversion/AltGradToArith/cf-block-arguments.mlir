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
