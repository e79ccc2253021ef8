// Spliced into the module altgrad-apply-recipe makes of dp-step.mlir on 2
// ranks (see ../rank-faults.test): rank 1 calls @FAULT@(@ARG@) before the
// first step's collectives, rank 0 runs the step and, if its collectives
// ever came back, prints "survived".

func.func private @altgradMpiRank() -> i32
func.func private @raise(i32) -> i32
func.func private @sleep(i32) -> i32
func.func private @exit(i32) -> i32

func.func @main() {
  %w = arith.constant dense<0.5> : tensor<8x3xf32>
  %x = arith.constant dense<1.0> : tensor<2x8xf32>
  %t = arith.constant dense<0.0> : tensor<2x3xf32>
  %lr = arith.constant 0.05 : f32
  %h = altgrad.history.empty : !altgrad.history<16>
  %rank = func.call @altgradMpiRank() : () -> i32
  %one = arith.constant 1 : i32
  %victim = arith.cmpi eq, %rank, %one : i32
  scf.if %victim {
    // raise: SIGKILL, as when the OOM killer ends a rank; sleep: a rank
    // that stalls for longer than the others' time limit; exit: one that
    // ends without an error, and without its share of the step.
    %signal = arith.constant 9 : i32
    %seconds = arith.constant 60 : i32
    %status = arith.constant 0 : i32
    %r = func.call @@FAULT@(@ARG@) : (i32) -> i32
  }
  %a:22 = func.call @step_dp(%w, %x, %t, %lr, %h, %h, %h, %h)
      : (tensor<8x3xf32>, tensor<2x8xf32>, tensor<2x3xf32>, f32,
         !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>)
      -> (tensor<8x3xf32>, tensor<2x3xf32>,
          !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>, !altgrad.history<16>,
          f32, f32, i64, f32, f32, i64, f32, f32, i64, f32, f32, i64,
          i64, i64, i64, i64)
  vector.print str "survived\n"
  return
}
}
