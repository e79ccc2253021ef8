// The driver of recipe-weights.test under round-to-nearest: one step with
// every weight 1.0 and every update 0.05 (E5M2's spacing above 1.0 is 0.25,
// so the update is below half of it), then one with 0.2 (above half).
func.func @main() {
  %one = arith.constant dense<1.0> : tensor<4096xf32>
  %small = arith.constant dense<0.05> : tensor<4096xf32>
  %large = arith.constant dense<0.2> : tensor<4096xf32>
  %x = arith.constant dense<1.0> : tensor<2x2xf32>
  %c0 = arith.constant 0 : index
  %r:10 = func.call @step(%one, %small, %x) : (tensor<4096xf32>, tensor<4096xf32>, tensor<2x2xf32>) -> (tensor<4096xf32>, tensor<2x2xf32>, f32, f32, f32, f32, i64, i64, i64, i64)
  %w0 = tensor.extract %r#0[%c0] : tensor<4096xf32>
  vector.print %w0 : f32
  vector.print %r#6 : i64
  vector.print %r#7 : i64
  %s:10 = func.call @step(%one, %large, %x) : (tensor<4096xf32>, tensor<4096xf32>, tensor<2x2xf32>) -> (tensor<4096xf32>, tensor<2x2xf32>, f32, f32, f32, f32, i64, i64, i64, i64)
  %w1 = tensor.extract %s#0[%c0] : tensor<4096xf32>
  vector.print %w1 : f32
  vector.print %s#6 : i64
  return
}
}
