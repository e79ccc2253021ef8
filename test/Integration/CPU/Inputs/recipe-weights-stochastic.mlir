// The driver of recipe-weights.test under stochastic rounding: steps 0 and
// 1, each from weights 1.0 with updates 0.05. Prints per step the stored
// weights' sum, whether the number of weights that moved (to 1.25) lies
// within 6 sigma of its expectation, and whether the probe's stalled count
// is the number that did not; then whether the two steps' words differ,
// and the step counter the step returns.
func.func @sum(%t: tensor<4096xf32>) -> f32 {
  %zero = arith.constant dense<0.0> : tensor<f32>
  %s = linalg.reduce ins(%t : tensor<4096xf32>) outs(%zero : tensor<f32>) dimensions = [0]
    (%a: f32, %b: f32) {
      %c = arith.addf %a, %b : f32
      linalg.yield %c : f32
    }
  %v = tensor.extract %s[] : tensor<f32>
  return %v : f32
}

func.func @check(%w: tensor<4096xf32>, %stalled: i64, %total: i64) {
  %sum = func.call @sum(%w) : (tensor<4096xf32>) -> f32
  vector.print %sum : f32
  // Each weight moves to 1.25 with probability 0.2: 819.2 of 4096 on
  // average, sigma 25.6. The sum of 1.0s and 1.25s is exact in f32.
  %base = arith.constant 4096.0 : f32
  %four = arith.constant 4.0 : f32
  %d = arith.subf %sum, %base : f32
  %m = arith.mulf %d, %four : f32
  %lo = arith.constant 665.0 : f32
  %hi = arith.constant 973.0 : f32
  %above = arith.cmpf oge, %m, %lo : f32
  %below = arith.cmpf ole, %m, %hi : f32
  %in = arith.andi %above, %below : i1
  vector.print %in : i1
  %moved = arith.fptoui %m : f32 to i64
  %left = arith.subi %total, %moved : i64
  %same = arith.cmpi eq, %left, %stalled : i64
  vector.print %same : i1
  return
}

func.func @main() {
  %one = arith.constant dense<1.0> : tensor<4096xf32>
  %small = arith.constant dense<0.05> : tensor<4096xf32>
  %x = arith.constant dense<1.0> : tensor<2x2xf32>
  %step0 = arith.constant 0 : i64
  %r:11 = func.call @step(%one, %small, %x, %step0) : (tensor<4096xf32>, tensor<4096xf32>, tensor<2x2xf32>, i64) -> (tensor<4096xf32>, tensor<2x2xf32>, f32, f32, f32, f32, i64, i64, i64, i64, i64)
  func.call @check(%r#0, %r#6, %r#7) : (tensor<4096xf32>, i64, i64) -> ()
  %s:11 = func.call @step(%one, %small, %x, %r#10) : (tensor<4096xf32>, tensor<4096xf32>, tensor<2x2xf32>, i64) -> (tensor<4096xf32>, tensor<2x2xf32>, f32, f32, f32, f32, i64, i64, i64, i64, i64)
  func.call @check(%s#0, %s#6, %s#7) : (tensor<4096xf32>, i64, i64) -> ()
  %e = tensor.empty() : tensor<4096xf32>
  %diff = linalg.sub ins(%r#0, %s#0 : tensor<4096xf32>, tensor<4096xf32>) outs(%e : tensor<4096xf32>) -> tensor<4096xf32>
  %sq = linalg.mul ins(%diff, %diff : tensor<4096xf32>, tensor<4096xf32>) outs(%e : tensor<4096xf32>) -> tensor<4096xf32>
  %dist = func.call @sum(%sq) : (tensor<4096xf32>) -> f32
  %zero = arith.constant 0.0 : f32
  %differ = arith.cmpf ogt, %dist, %zero : f32
  vector.print %differ : i1
  vector.print %s#10 : i64
  return
}
}
