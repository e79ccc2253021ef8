#loc = loc(unknown)
#loc1 = loc("-":2:26)
#loc2 = loc("-":2:49)
#loc3 = loc("-":2:75)
#loc4 = loc("-":2:98)
#loc5 = loc("-":2:124)
#loc6 = loc("-":2:147)
#loc7 = loc("-":2:173)
#loc8 = loc("-":2:199)
#loc9 = loc("le")
#loc10 = loc("_classification.py":400:17)
#loc11 = loc("add")
#loc12 = loc("scatter-add")
#loc13 = loc("_classification.py":402:4)
#loc14 = loc("broadcast_in_dim")
#loc15 = loc("linear.py":287:8)
#loc16 = loc("linear.py":294:11)
#loc17 = loc("linear.py":294:6)
#loc18 = loc("max")
#loc19 = loc("export.py":21:12)
#loc20 = loc("export.py":22:12)
#loc21 = loc("_classification.py":401:14)
#loc22 = loc("lt")
#loc23 = loc("select_n")
#loc24 = loc("reshape")
#loc25 = loc("ge")
#loc26 = loc("and")
#loc27 = loc("reduce_and")
#loc28 = loc("gather")
#loc29 = loc("_classification.py":403:20)
#loc30 = loc("_classification.py":404:8)
#loc31 = loc("export.py":40:19)
#loc32 = loc("params['Dense_2']['kernel']")
#loc33 = loc("params['Dense_1']['kernel']")
#loc34 = loc("transform.py":507:37)
#loc35 = loc("update.py":42:45)
#loc36 = loc("params['Dense_0']['bias']")
#loc37 = loc("params['Dense_0']['kernel']")
#loc38 = loc("params['Dense_1']['bias']")
#loc39 = loc("params['Dense_2']['bias']")
#map = affine_map<(d0, d1) -> (0, d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0) -> (d0)>
#map5 = affine_map<(d0) -> ()>
#map6 = affine_map<(d0, d1) -> (d0)>
#map7 = affine_map<() -> ()>
#map8 = affine_map<(d0, d1) -> (d1, d0)>
#loc41 = loc("jit(train_step)/jvp(jit(take_along_axis))"(#loc10))
#loc43 = loc("jit(train_step)/transpose(jvp(jit(take_along_axis)))"(#loc10))
#loc44 = loc("jit(train_step)/jvp(MLP)/Dense_0"(#loc15))
#loc45 = loc("jit(train_step)/jvp(MLP)/Dense_0"(#loc16))
#loc46 = loc("jit(train_step)/jvp(MLP)/Dense_0"(#loc17))
#loc47 = loc("jit(train_step)/jvp(MLP)"(#loc19))
#loc48 = loc("jit(train_step)/jvp(MLP)/Dense_1"(#loc15))
#loc49 = loc("jit(train_step)/jvp(MLP)/Dense_1"(#loc16))
#loc50 = loc("jit(train_step)/jvp(MLP)/Dense_1"(#loc17))
#loc51 = loc("jit(train_step)/jvp(MLP)"(#loc20))
#loc52 = loc("jit(train_step)/jvp(MLP)/Dense_2"(#loc15))
#loc53 = loc("jit(train_step)/jvp(MLP)/Dense_2"(#loc16))
#loc54 = loc("jit(train_step)/jvp(MLP)/Dense_2"(#loc17))
#loc55 = loc("jit(train_step)/jvp()"(#loc21))
#loc56 = loc("jit(train_step)/jvp(jit(_take))"(#loc13))
#loc57 = loc("jit(train_step)/jvp()"(#loc29))
#loc58 = loc("jit(train_step)/jvp()"(#loc30))
#loc59 = loc("jit(train_step)/jvp()"(#loc31))
#loc60 = loc("jit(train_step)/transpose(jvp())"(#loc31))
#loc61 = loc("jit(train_step)/transpose(jvp())"(#loc30))
#loc62 = loc("jit(train_step)/transpose(jvp())"(#loc29))
#loc63 = loc("jit(train_step)/transpose(jvp())"(#loc10))
#loc64 = loc("jit(train_step)/transpose(jvp(MLP))/Dense_2"(#loc17))
#loc65 = loc("jit(train_step)/transpose(jvp(MLP))/Dense_2"(#loc15))
#loc66 = loc("jit(train_step)/transpose(jvp(MLP))"(#loc20))
#loc67 = loc("jit(train_step)/transpose(jvp(MLP))/Dense_1"(#loc17))
#loc68 = loc("jit(train_step)/transpose(jvp(MLP))/Dense_1"(#loc15))
#loc69 = loc("jit(train_step)/transpose(jvp(MLP))"(#loc19))
#loc70 = loc("jit(train_step)/transpose(jvp(MLP))/Dense_0"(#loc17))
#loc71 = loc("jit(train_step)/transpose(jvp(MLP))/Dense_0"(#loc15))
#loc72 = loc("jit(train_step)"(#loc34))
#loc73 = loc("jit(train_step)"(#loc35))
#loc75 = loc(callsite(#loc9 at #loc41))
#loc76 = loc(callsite(#loc11 at #loc41))
#loc79 = loc("dot_general"(#loc44))
#loc80 = loc("reshape"(#loc45))
#loc81 = loc("add"(#loc46))
#loc82 = loc("jit(relu)"(#loc47))
#loc83 = loc("gt"(#loc47))
#loc84 = loc("dot_general"(#loc48))
#loc85 = loc("reshape"(#loc49))
#loc86 = loc("add"(#loc50))
#loc87 = loc("jit(relu)"(#loc51))
#loc88 = loc("gt"(#loc51))
#loc89 = loc("dot_general"(#loc52))
#loc90 = loc("reshape"(#loc53))
#loc91 = loc("add"(#loc54))
#loc92 = loc("broadcast_in_dim"(#loc55))
#loc93 = loc(callsite(#loc22 at #loc41))
#loc94 = loc(callsite(#loc23 at #loc41))
#loc95 = loc(callsite(#loc24 at #loc41))
#loc96 = loc(callsite(#loc25 at #loc41))
#loc97 = loc(callsite(#loc26 at #loc41))
#loc98 = loc(callsite(#loc27 at #loc41))
#loc99 = loc(callsite(#loc28 at #loc41))
#loc100 = loc(callsite(#loc26 at #loc56))
#loc101 = loc(callsite(#loc27 at #loc56))
#loc102 = loc(callsite(#loc28 at #loc56))
#loc103 = loc(callsite(#loc14 at #loc56))
#loc104 = loc(callsite(#loc23 at #loc56))
#loc105 = loc("reduce_max"(#loc57))
#loc106 = loc("is_finite"(#loc57))
#loc107 = loc("max"(#loc57))
#loc108 = loc("select_n"(#loc57))
#loc109 = loc("sub"(#loc57))
#loc110 = loc("exp"(#loc57))
#loc111 = loc("reduce_sum"(#loc57))
#loc112 = loc("abs"(#loc57))
#loc113 = loc("ge"(#loc57))
#loc114 = loc("log"(#loc57))
#loc115 = loc("add"(#loc57))
#loc116 = loc("sub"(#loc58))
#loc117 = loc("reduce_sum"(#loc59))
#loc118 = loc("div"(#loc59))
#loc119 = loc("div"(#loc60))
#loc120 = loc("broadcast_in_dim"(#loc60))
#loc121 = loc("neg"(#loc61))
#loc122 = loc("div"(#loc62))
#loc123 = loc("select_n"(#loc62))
#loc124 = loc("neg"(#loc62))
#loc125 = loc("add_any"(#loc62))
#loc126 = loc("broadcast_in_dim"(#loc62))
#loc127 = loc("mul"(#loc62))
#loc129 = loc(callsite(#loc at #loc43))
#loc130 = loc(callsite(#loc12 at #loc43))
#loc132 = loc("add_any"(#loc63))
#loc133 = loc("reduce_sum"(#loc64))
#loc134 = loc("dot_general"(#loc65))
#loc135 = loc("transpose"(#loc65))
#loc136 = loc("select_n"(#loc66))
#loc137 = loc("reduce_sum"(#loc67))
#loc138 = loc("dot_general"(#loc68))
#loc139 = loc("transpose"(#loc68))
#loc140 = loc("select_n"(#loc69))
#loc141 = loc("reduce_sum"(#loc70))
#loc142 = loc("dot_general"(#loc71))
#loc143 = loc("transpose"(#loc71))
#loc144 = loc("mul"(#loc72))
#loc145 = loc("add"(#loc73))
#loc146 = loc(callsite(#loc18 at #loc82))
#loc147 = loc(callsite(#loc18 at #loc87))
module @jit_train_step {
  func.func public @main(%arg0: tensor<64xf32> {altgrad.name = "params/Dense_0/bias"} loc("-":2:26), %arg1: tensor<32x64xf32> {altgrad.name = "params/Dense_0/kernel"} loc("-":2:49), %arg2: tensor<64xf32> {altgrad.name = "params/Dense_1/bias"} loc("-":2:75), %arg3: tensor<64x64xf32> {altgrad.name = "params/Dense_1/kernel"} loc("-":2:98), %arg4: tensor<10xf32> {altgrad.name = "params/Dense_2/bias"} loc("-":2:124), %arg5: tensor<64x10xf32> {altgrad.name = "params/Dense_2/kernel"} loc("-":2:147), %arg6: tensor<16x32xf32> {altgrad.name = "x"} loc("-":2:173), %arg7: tensor<16xi32> {altgrad.name = "y"} loc("-":2:199)) -> (tensor<64xf32> {altgrad.name = "params/Dense_0/bias", altgrad.updates = 0 : i64}, tensor<32x64xf32> {altgrad.name = "params/Dense_0/kernel", altgrad.updates = 1 : i64}, tensor<64xf32> {altgrad.name = "params/Dense_1/bias", altgrad.updates = 2 : i64}, tensor<64x64xf32> {altgrad.name = "params/Dense_1/kernel", altgrad.updates = 3 : i64}, tensor<10xf32> {altgrad.name = "params/Dense_2/bias", altgrad.updates = 4 : i64}, tensor<64x10xf32> {altgrad.name = "params/Dense_2/kernel", altgrad.updates = 5 : i64}, tensor<f32> {altgrad.name = "loss"}) attributes {llvm.emit_c_interface} {
    %cst = arith.constant 6.250000e-02 : f32 loc(#loc)
    %cst_0 = arith.constant -1.000000e-01 : f32 loc(#loc)
    %cst_1 = arith.constant 1.600000e+01 : f32 loc(#loc)
    %cst_2 = arith.constant 0x7F800000 : f32 loc(#loc)
    %cst_3 = arith.constant 0xFF800000 : f32 loc(#loc)
    %cst_4 = arith.constant 0x7FC00000 : f32 loc(#loc)
    %c9 = arith.constant 9 : index loc(#loc)
    %c0 = arith.constant 0 : index loc(#loc)
    %true = arith.constant true loc(#loc)
    %c9_i32 = arith.constant {altgrad.phase = "forward"} 9 : i32 loc(#loc75)
    %c10_i32 = arith.constant {altgrad.phase = "forward"} 10 : i32 loc(#loc76)
    %c0_i32 = arith.constant 0 : i32 loc(#loc)
    %cst_5 = arith.constant 0.000000e+00 : f32 loc(#loc)
    %cst_6 = arith.constant {altgrad.phase = "backward"} dense<0> : tensor<1x1xi32> loc(#loc77)
    %cst_7 = arith.constant {altgrad.phase = "backward"} dense<0.000000e+00> : tensor<16x10xf32> loc(#loc78)
    %cst_8 = arith.constant {altgrad.phase = "backward"} dense<0.000000e+00> : tensor<1x16xf32> loc(#loc77)
    %0 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xf32> loc(#loc79)
    %1 = linalg.fill {altgrad.phase = "forward"} ins(%cst_5 : f32) outs(%0 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc79)
    %2 = linalg.matmul {altgrad.phase = "forward"} ins(%arg6, %arg1 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%1 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc79)
    %expanded = tensor.expand_shape %arg0 [[0, 1]] output_shape [1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x64xf32> loc(#loc80)
    %3 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xf32> loc(#loc81)
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%expanded : tensor<1x64xf32>) outs(%3 : tensor<16x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc45)), %out: f32 loc("add"(#loc46))):
      linalg.yield %in : f32 loc(#loc81)
    } -> tensor<16x64xf32> loc(#loc81)
    %5 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xf32> loc(#loc81)
    %6 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%2, %4 : tensor<16x64xf32>, tensor<16x64xf32>) outs(%5 : tensor<16x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc44)), %in_21: f32 loc("add"(#loc46)), %out: f32 loc("add"(#loc46))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc81)
      linalg.yield %185 : f32 loc(#loc81)
    } -> tensor<16x64xf32> loc(#loc81)
    %7 = tensor.empty() {altgrad.phase = "forward,other"} : tensor<16x64xf32> loc(#loc146)
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%6 : tensor<16x64xf32>) outs(%7 : tensor<16x64xf32>) attrs =  {altgrad.phase = "forward,other"} {
    ^bb0(%in: f32 loc("add"(#loc46)), %out: f32 loc(callsite(#loc18 at #loc82))):
      %185 = arith.maximumf %in, %cst_5 : f32 loc(#loc146)
      linalg.yield %185 : f32 loc(#loc146)
    } -> tensor<16x64xf32> loc(#loc146)
    %9 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xi1> loc(#loc83)
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%6 : tensor<16x64xf32>) outs(%9 : tensor<16x64xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc46)), %out: i1 loc("gt"(#loc47))):
      %185 = arith.cmpf ogt, %in, %cst_5 : f32 loc(#loc83)
      linalg.yield %185 : i1 loc(#loc83)
    } -> tensor<16x64xi1> loc(#loc83)
    %11 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xf32> loc(#loc84)
    %12 = linalg.fill {altgrad.phase = "forward"} ins(%cst_5 : f32) outs(%11 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc84)
    %13 = linalg.matmul {altgrad.phase = "forward"} ins(%8, %arg3 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%12 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc84)
    %expanded_9 = tensor.expand_shape %arg2 [[0, 1]] output_shape [1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x64xf32> loc(#loc85)
    %14 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xf32> loc(#loc86)
    %15 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%expanded_9 : tensor<1x64xf32>) outs(%14 : tensor<16x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc49)), %out: f32 loc("add"(#loc50))):
      linalg.yield %in : f32 loc(#loc86)
    } -> tensor<16x64xf32> loc(#loc86)
    %16 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xf32> loc(#loc86)
    %17 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%13, %15 : tensor<16x64xf32>, tensor<16x64xf32>) outs(%16 : tensor<16x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc48)), %in_21: f32 loc("add"(#loc50)), %out: f32 loc("add"(#loc50))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc86)
      linalg.yield %185 : f32 loc(#loc86)
    } -> tensor<16x64xf32> loc(#loc86)
    %18 = tensor.empty() {altgrad.phase = "forward,other"} : tensor<16x64xf32> loc(#loc147)
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%17 : tensor<16x64xf32>) outs(%18 : tensor<16x64xf32>) attrs =  {altgrad.phase = "forward,other"} {
    ^bb0(%in: f32 loc("add"(#loc50)), %out: f32 loc(callsite(#loc18 at #loc87))):
      %185 = arith.maximumf %in, %cst_5 : f32 loc(#loc147)
      linalg.yield %185 : f32 loc(#loc147)
    } -> tensor<16x64xf32> loc(#loc147)
    %20 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x64xi1> loc(#loc88)
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%17 : tensor<16x64xf32>) outs(%20 : tensor<16x64xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc50)), %out: i1 loc("gt"(#loc51))):
      %185 = arith.cmpf ogt, %in, %cst_5 : f32 loc(#loc88)
      linalg.yield %185 : i1 loc(#loc88)
    } -> tensor<16x64xi1> loc(#loc88)
    %22 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x10xf32> loc(#loc89)
    %23 = linalg.fill {altgrad.phase = "forward"} ins(%cst_5 : f32) outs(%22 : tensor<16x10xf32>) -> tensor<16x10xf32> loc(#loc89)
    %24 = linalg.matmul {altgrad.phase = "forward"} ins(%19, %arg5 : tensor<16x64xf32>, tensor<64x10xf32>) outs(%23 : tensor<16x10xf32>) -> tensor<16x10xf32> loc(#loc89)
    %expanded_10 = tensor.expand_shape %arg4 [[0, 1]] output_shape [1, 10] {altgrad.phase = "forward"} : tensor<10xf32> into tensor<1x10xf32> loc(#loc90)
    %25 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x10xf32> loc(#loc91)
    %26 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%expanded_10 : tensor<1x10xf32>) outs(%25 : tensor<16x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc53)), %out: f32 loc("add"(#loc54))):
      linalg.yield %in : f32 loc(#loc91)
    } -> tensor<16x10xf32> loc(#loc91)
    %27 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x10xf32> loc(#loc91)
    %28 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%24, %26 : tensor<16x10xf32>, tensor<16x10xf32>) outs(%27 : tensor<16x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc52)), %in_21: f32 loc("add"(#loc54)), %out: f32 loc("add"(#loc54))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc91)
      linalg.yield %185 : f32 loc(#loc91)
    } -> tensor<16x10xf32> loc(#loc91)
    %expanded_11 = tensor.expand_shape %arg7 [[0, 1]] output_shape [16, 1] {altgrad.phase = "forward"} : tensor<16xi32> into tensor<16x1xi32> loc(#loc92)
    %29 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1xi1> loc(#loc93)
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%expanded_11 : tensor<16x1xi32>) outs(%29 : tensor<16x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("broadcast_in_dim"(#loc55)), %out: i1 loc(callsite(#loc22 at #loc41))):
      %185 = arith.cmpi slt, %in, %c0_i32 : i32 loc(#loc93)
      linalg.yield %185 : i1 loc(#loc93)
    } -> tensor<16x1xi1> loc(#loc93)
    %31 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1xi32> loc(#loc76)
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%expanded_11 : tensor<16x1xi32>) outs(%31 : tensor<16x1xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("broadcast_in_dim"(#loc55)), %out: i32 loc(callsite(#loc11 at #loc41))):
      %185 = arith.addi %in, %c10_i32 : i32 loc(#loc76)
      linalg.yield %185 : i32 loc(#loc76)
    } -> tensor<16x1xi32> loc(#loc76)
    %33 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1xi32> loc(#loc94)
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%30, %32, %expanded_11 : tensor<16x1xi1>, tensor<16x1xi32>, tensor<16x1xi32>) outs(%33 : tensor<16x1xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc22 at #loc41)), %in_21: i32 loc(callsite(#loc11 at #loc41)), %in_22: i32 loc("broadcast_in_dim"(#loc55)), %out: i32 loc(callsite(#loc23 at #loc41))):
      %185 = arith.select %in, %in_21, %in_22 : i32 loc(#loc94)
      linalg.yield %185 : i32 loc(#loc94)
    } -> tensor<16x1xi32> loc(#loc94)
    %expanded_12 = tensor.expand_shape %34 [[0], [1, 2]] output_shape [16, 1, 1] {altgrad.phase = "forward"} : tensor<16x1xi32> into tensor<16x1x1xi32> loc(#loc95)
    %35 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1x1xi1> loc(#loc96)
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<16x1x1xi32>) outs(%35 : tensor<16x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc24 at #loc41)), %out: i1 loc(callsite(#loc25 at #loc41))):
      %185 = arith.cmpi sge, %in, %c0_i32 : i32 loc(#loc96)
      linalg.yield %185 : i1 loc(#loc96)
    } -> tensor<16x1x1xi1> loc(#loc96)
    %37 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1x1xi1> loc(#loc75)
    %38 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<16x1x1xi32>) outs(%37 : tensor<16x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc24 at #loc41)), %out: i1 loc(callsite(#loc9 at #loc41))):
      %185 = arith.cmpi sle, %in, %c9_i32 : i32 loc(#loc75)
      linalg.yield %185 : i1 loc(#loc75)
    } -> tensor<16x1x1xi1> loc(#loc75)
    %39 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1x1xi1> loc(#loc97)
    %40 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %38 : tensor<16x1x1xi1>, tensor<16x1x1xi1>) outs(%39 : tensor<16x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc25 at #loc41)), %in_21: i1 loc(callsite(#loc9 at #loc41)), %out: i1 loc(callsite(#loc26 at #loc41))):
      %185 = arith.andi %in, %in_21 : i1 loc(#loc97)
      linalg.yield %185 : i1 loc(#loc97)
    } -> tensor<16x1x1xi1> loc(#loc97)
    %41 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1xi1> loc(#loc98)
    %42 = linalg.fill {altgrad.phase = "forward"} ins(%true : i1) outs(%41 : tensor<16x1xi1>) -> tensor<16x1xi1> loc(#loc98)
    %43 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%40 : tensor<16x1x1xi1>) outs(%42 : tensor<16x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc27 at #loc41)), %out: i1 loc(callsite(#loc27 at #loc41))):
      %185 = arith.andi %out, %in : i1 loc(#loc98)
      linalg.yield %185 : i1 loc(#loc98)
    } -> tensor<16x1xi1> loc(#loc98)
    %44 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1xf32> loc(#loc99)
    %45 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel"]} outs(%44 : tensor<16x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: f32 loc(callsite(#loc28 at #loc41))):
      %185 = linalg.index 0 : index loc(#loc99)
      %extracted = tensor.extract %expanded_12[%185, %c0, %c0] : tensor<16x1x1xi32> loc(#loc99)
      %186 = arith.index_cast %extracted : i32 to index loc(#loc99)
      %187 = arith.maxsi %186, %c0 : index loc(#loc99)
      %188 = arith.minsi %187, %c9 : index loc(#loc99)
      %extracted_21 = tensor.extract %28[%185, %188] : tensor<16x10xf32> loc(#loc99)
      linalg.yield %extracted_21 : f32 loc(#loc99)
    } -> tensor<16x1xf32> loc(#loc99)
    %46 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x1xf32> loc(#loc94)
    %47 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%43, %45 : tensor<16x1xi1>, tensor<16x1xf32>) outs(%46 : tensor<16x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc27 at #loc41)), %in_21: f32 loc(callsite(#loc28 at #loc41)), %out: f32 loc(callsite(#loc23 at #loc41))):
      %185 = arith.select %in, %in_21, %cst_4 : f32 loc(#loc94)
      linalg.yield %185 : f32 loc(#loc94)
    } -> tensor<16x1xf32> loc(#loc94)
    %48 = tensor.empty() {altgrad.phase = "forward"} : tensor<1xi1> loc(#loc100)
    %49 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%48 : tensor<1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: i1 loc(callsite(#loc26 at #loc56))):
      linalg.yield %true : i1 loc(#loc100)
    } -> tensor<1xi1> loc(#loc100)
    %50 = tensor.empty() {altgrad.phase = "forward"} : tensor<i1> loc(#loc101)
    %51 = linalg.fill {altgrad.phase = "forward"} ins(%true : i1) outs(%50 : tensor<i1>) -> tensor<i1> loc(#loc101)
    %52 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["reduction"]} ins(%49 : tensor<1xi1>) outs(%51 : tensor<i1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc27 at #loc56)), %out: i1 loc(callsite(#loc27 at #loc56))):
      %185 = arith.andi %out, %in : i1 loc(#loc101)
      linalg.yield %185 : i1 loc(#loc101)
    } -> tensor<i1> loc(#loc101)
    %collapsed = tensor.collapse_shape %47 [[0, 1]] {altgrad.phase = "forward"} : tensor<16x1xf32> into tensor<16xf32> loc(#loc102)
    %53 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xi1> loc(#loc103)
    %54 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel"]} ins(%52 : tensor<i1>) outs(%53 : tensor<16xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc27 at #loc56)), %out: i1 loc(callsite(#loc14 at #loc56))):
      linalg.yield %in : i1 loc(#loc103)
    } -> tensor<16xi1> loc(#loc103)
    %55 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc104)
    %56 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%54, %collapsed : tensor<16xi1>, tensor<16xf32>) outs(%55 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc14 at #loc56)), %in_21: f32 loc(callsite(#loc28 at #loc56)), %out: f32 loc(callsite(#loc23 at #loc56))):
      %185 = arith.select %in, %in_21, %cst_4 : f32 loc(#loc104)
      linalg.yield %185 : f32 loc(#loc104)
    } -> tensor<16xf32> loc(#loc104)
    %57 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc105)
    %58 = linalg.fill {altgrad.phase = "forward"} ins(%cst_3 : f32) outs(%57 : tensor<16xf32>) -> tensor<16xf32> loc(#loc105)
    %59 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "reduction"]} ins(%28 : tensor<16x10xf32>) outs(%58 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_max"(#loc57)), %out: f32 loc("reduce_max"(#loc57))):
      %185 = arith.maximumf %out, %in : f32 loc(#loc105)
      linalg.yield %185 : f32 loc(#loc105)
    } -> tensor<16xf32> loc(#loc105)
    %60 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xi1> loc(#loc106)
    %61 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%59 : tensor<16xf32>) outs(%60 : tensor<16xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc57)), %out: i1 loc("is_finite"(#loc57))):
      %185 = math.absf %in : f32 loc(#loc106)
      %186 = arith.cmpf one, %185, %cst_2 : f32 loc(#loc106)
      linalg.yield %186 : i1 loc(#loc106)
    } -> tensor<16xi1> loc(#loc106)
    %62 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc108)
    %63 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%61, %59 : tensor<16xi1>, tensor<16xf32>) outs(%62 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("is_finite"(#loc57)), %in_21: f32 loc("max"(#loc57)), %out: f32 loc("select_n"(#loc57))):
      %185 = arith.select %in, %in_21, %cst_5 : f32 loc(#loc108)
      linalg.yield %185 : f32 loc(#loc108)
    } -> tensor<16xf32> loc(#loc108)
    %64 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x10xf32> loc(#loc109)
    %65 = linalg.generic {indexing_maps = [#map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%63 : tensor<16xf32>) outs(%64 : tensor<16x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc57)), %out: f32 loc("sub"(#loc57))):
      linalg.yield %in : f32 loc(#loc109)
    } -> tensor<16x10xf32> loc(#loc109)
    %66 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x10xf32> loc(#loc109)
    %67 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%28, %65 : tensor<16x10xf32>, tensor<16x10xf32>) outs(%66 : tensor<16x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc54)), %in_21: f32 loc("sub"(#loc57)), %out: f32 loc("sub"(#loc57))):
      %185 = arith.subf %in, %in_21 : f32 loc(#loc109)
      linalg.yield %185 : f32 loc(#loc109)
    } -> tensor<16x10xf32> loc(#loc109)
    %68 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x10xf32> loc(#loc110)
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%67 : tensor<16x10xf32>) outs(%68 : tensor<16x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc57)), %out: f32 loc("exp"(#loc57))):
      %185 = math.exp %in : f32 loc(#loc110)
      linalg.yield %185 : f32 loc(#loc110)
    } -> tensor<16x10xf32> loc(#loc110)
    %70 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc111)
    %71 = linalg.fill {altgrad.phase = "forward"} ins(%cst_5 : f32) outs(%70 : tensor<16xf32>) -> tensor<16xf32> loc(#loc111)
    %72 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "reduction"]} ins(%69 : tensor<16x10xf32>) outs(%71 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc57)), %out: f32 loc("reduce_sum"(#loc57))):
      %185 = arith.addf %out, %in : f32 loc(#loc111)
      linalg.yield %185 : f32 loc(#loc111)
    } -> tensor<16xf32> loc(#loc111)
    %73 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc112)
    %74 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%72 : tensor<16xf32>) outs(%73 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc57)), %out: f32 loc("abs"(#loc57))):
      %185 = math.absf %in : f32 loc(#loc112)
      linalg.yield %185 : f32 loc(#loc112)
    } -> tensor<16xf32> loc(#loc112)
    %75 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xi1> loc(#loc113)
    %76 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%72 : tensor<16xf32>) outs(%75 : tensor<16xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc57)), %out: i1 loc("ge"(#loc57))):
      %185 = arith.cmpf oge, %in, %cst_5 : f32 loc(#loc113)
      linalg.yield %185 : i1 loc(#loc113)
    } -> tensor<16xi1> loc(#loc113)
    %77 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc114)
    %78 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%74 : tensor<16xf32>) outs(%77 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("abs"(#loc57)), %out: f32 loc("log"(#loc57))):
      %185 = math.log %in : f32 loc(#loc114)
      linalg.yield %185 : f32 loc(#loc114)
    } -> tensor<16xf32> loc(#loc114)
    %79 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc115)
    %80 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%78, %63 : tensor<16xf32>, tensor<16xf32>) outs(%79 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("log"(#loc57)), %in_21: f32 loc("select_n"(#loc57)), %out: f32 loc("add"(#loc57))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc115)
      linalg.yield %185 : f32 loc(#loc115)
    } -> tensor<16xf32> loc(#loc115)
    %81 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc116)
    %82 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%80, %56 : tensor<16xf32>, tensor<16xf32>) outs(%81 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc57)), %in_21: f32 loc(callsite(#loc23 at #loc56)), %out: f32 loc("sub"(#loc58))):
      %185 = arith.subf %in, %in_21 : f32 loc(#loc116)
      linalg.yield %185 : f32 loc(#loc116)
    } -> tensor<16xf32> loc(#loc116)
    %83 = tensor.empty() {altgrad.phase = "forward"} : tensor<f32> loc(#loc117)
    %84 = linalg.fill {altgrad.phase = "forward"} ins(%cst_5 : f32) outs(%83 : tensor<f32>) -> tensor<f32> loc(#loc117)
    %85 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["reduction"]} ins(%82 : tensor<16xf32>) outs(%84 : tensor<f32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc59)), %out: f32 loc("reduce_sum"(#loc59))):
      %185 = arith.addf %out, %in : f32 loc(#loc117)
      linalg.yield %185 : f32 loc(#loc117)
    } -> tensor<f32> loc(#loc117)
    %86 = tensor.empty() {altgrad.phase = "forward"} : tensor<f32> loc(#loc118)
    %87 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = []} ins(%85 : tensor<f32>) outs(%86 : tensor<f32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc59)), %out: f32 loc("div"(#loc59))):
      %185 = arith.divf %in, %cst_1 : f32 loc(#loc118)
      linalg.yield %185 : f32 loc(#loc118)
    } -> tensor<f32> loc(#loc118)
    %88 = tensor.empty() {altgrad.phase = "backward"} : tensor<f32> loc(#loc119)
    %89 = linalg.generic {indexing_maps = [#map7], iterator_types = []} outs(%88 : tensor<f32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: f32 loc("div"(#loc60))):
      linalg.yield %cst : f32 loc(#loc119)
    } -> tensor<f32> loc(#loc119)
    %90 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc120)
    %91 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel"]} ins(%89 : tensor<f32>) outs(%90 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc60)), %out: f32 loc("broadcast_in_dim"(#loc60))):
      linalg.yield %in : f32 loc(#loc120)
    } -> tensor<16xf32> loc(#loc120)
    %92 = tensor.empty() {altgrad.phase = "backward"} : tensor<f32> loc(#loc121)
    %93 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = []} ins(%89 : tensor<f32>) outs(%92 : tensor<f32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc60)), %out: f32 loc("neg"(#loc61))):
      %185 = arith.negf %in : f32 loc(#loc121)
      linalg.yield %185 : f32 loc(#loc121)
    } -> tensor<f32> loc(#loc121)
    %94 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc121)
    %95 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel"]} ins(%93 : tensor<f32>) outs(%94 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc61)), %out: f32 loc("neg"(#loc61))):
      linalg.yield %in : f32 loc(#loc121)
    } -> tensor<16xf32> loc(#loc121)
    %96 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc122)
    %97 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%91, %74 : tensor<16xf32>, tensor<16xf32>) outs(%96 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc60)), %in_21: f32 loc("abs"(#loc57)), %out: f32 loc("div"(#loc62))):
      %185 = arith.divf %in, %in_21 : f32 loc(#loc122)
      linalg.yield %185 : f32 loc(#loc122)
    } -> tensor<16xf32> loc(#loc122)
    %98 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc123)
    %99 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%76, %97 : tensor<16xi1>, tensor<16xf32>) outs(%98 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("ge"(#loc57)), %in_21: f32 loc("div"(#loc62)), %out: f32 loc("select_n"(#loc62))):
      %185 = arith.select %in, %cst_5, %in_21 : f32 loc(#loc123)
      linalg.yield %185 : f32 loc(#loc123)
    } -> tensor<16xf32> loc(#loc123)
    %100 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc123)
    %101 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%76, %97 : tensor<16xi1>, tensor<16xf32>) outs(%100 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("ge"(#loc57)), %in_21: f32 loc("div"(#loc62)), %out: f32 loc("select_n"(#loc62))):
      %185 = arith.select %in, %in_21, %cst_5 : f32 loc(#loc123)
      linalg.yield %185 : f32 loc(#loc123)
    } -> tensor<16xf32> loc(#loc123)
    %102 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc124)
    %103 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%99 : tensor<16xf32>) outs(%102 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc62)), %out: f32 loc("neg"(#loc62))):
      %185 = arith.negf %in : f32 loc(#loc124)
      linalg.yield %185 : f32 loc(#loc124)
    } -> tensor<16xf32> loc(#loc124)
    %104 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc125)
    %105 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%101, %103 : tensor<16xf32>, tensor<16xf32>) outs(%104 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc62)), %in_21: f32 loc("neg"(#loc62)), %out: f32 loc("add_any"(#loc62))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc125)
      linalg.yield %185 : f32 loc(#loc125)
    } -> tensor<16xf32> loc(#loc125)
    %106 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x10xf32> loc(#loc126)
    %107 = linalg.generic {indexing_maps = [#map6, #map1], iterator_types = ["parallel", "parallel"]} ins(%105 : tensor<16xf32>) outs(%106 : tensor<16x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc62)), %out: f32 loc("broadcast_in_dim"(#loc62))):
      linalg.yield %in : f32 loc(#loc126)
    } -> tensor<16x10xf32> loc(#loc126)
    %108 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x10xf32> loc(#loc127)
    %109 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%107, %69 : tensor<16x10xf32>, tensor<16x10xf32>) outs(%108 : tensor<16x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc62)), %in_21: f32 loc("exp"(#loc57)), %out: f32 loc("mul"(#loc62))):
      %185 = arith.mulf %in, %in_21 : f32 loc(#loc127)
      linalg.yield %185 : f32 loc(#loc127)
    } -> tensor<16x10xf32> loc(#loc127)
    %expanded_13 = tensor.expand_shape %95 [[0, 1, 2]] output_shape [1, 1, 16] {altgrad.phase = "backward"} : tensor<16xf32> into tensor<1x1x16xf32> loc(#loc77)
    %c1 = arith.constant {altgrad.phase = "backward"} 1 : index loc(#loc77)
    %c16 = arith.constant {altgrad.phase = "backward"} 16 : index loc(#loc77)
    %c0_14 = arith.constant {altgrad.phase = "backward"} 0 : index loc(#loc77)
    %110 = scf.for %arg8 = %c0_14 to %c1 step %c1 iter_args(%arg9 = %cst_8) -> (tensor<1x16xf32>) {
      %185 = scf.for %arg10 = %c0_14 to %c1 step %c1 iter_args(%arg11 = %arg9) -> (tensor<1x16xf32>) {
        %186 = scf.for %arg12 = %c0_14 to %c16 step %c1 iter_args(%arg13 = %arg11) -> (tensor<1x16xf32>) {
          %extracted = tensor.extract %cst_6[%arg8, %c0_14] : tensor<1x1xi32> loc(#loc77)
          %187 = arith.index_cast %extracted : i32 to index loc(#loc77)
          %188 = arith.addi %arg10, %187 : index loc(#loc77)
          %189 = arith.cmpi ult, %188, %c1 : index loc(#loc77)
          %190 = arith.cmpi ult, %arg12, %c16 : index loc(#loc77)
          %191 = arith.andi %189, %190 : i1 loc(#loc77)
          %192 = scf.if %191 -> (tensor<1x16xf32>) {
            %extracted_21 = tensor.extract %expanded_13[%arg8, %arg10, %arg12] : tensor<1x1x16xf32> loc(#loc77)
            %extracted_22 = tensor.extract %arg13[%188, %arg12] : tensor<1x16xf32> loc(#loc77)
            %193 = arith.addf %extracted_22, %extracted_21 : f32 loc(#loc128)
            %inserted = tensor.insert %193 into %arg13[%188, %arg12] : tensor<1x16xf32> loc(#loc77)
            scf.yield %inserted : tensor<1x16xf32> loc(#loc77)
          } else {
            scf.yield %arg13 : tensor<1x16xf32> loc(#loc77)
          } loc(#loc77)
          scf.yield %192 : tensor<1x16xf32> loc(#loc77)
        } loc(#loc77)
        scf.yield %186 : tensor<1x16xf32> loc(#loc77)
      } loc(#loc77)
      scf.yield %185 : tensor<1x16xf32> loc(#loc77)
    } {altgrad.phase = "backward"} loc(#loc77)
    %collapsed_15 = tensor.collapse_shape %110 [[0, 1]] {altgrad.phase = "backward"} : tensor<1x16xf32> into tensor<16xf32> loc(#loc77)
    %111 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x1x1xi32> loc(#loc129)
    %112 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel", "parallel", "parallel"]} outs(%111 : tensor<16x1x1xi32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: i32 loc(callsite(#loc at #loc43))):
      %185 = linalg.index 0 : index loc(#loc129)
      %186 = arith.index_cast %185 : index to i32 loc(#loc129)
      linalg.yield %186 : i32 loc(#loc129)
    } -> tensor<16x1x1xi32> loc(#loc129)
    %113 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x1x2xi32> loc(#loc129)
    %inserted_slice = tensor.insert_slice %112 into %113[0, 0, 0] [16, 1, 1] [1, 1, 1] {altgrad.phase = "backward"} : tensor<16x1x1xi32> into tensor<16x1x2xi32> loc(#loc129)
    %inserted_slice_16 = tensor.insert_slice %expanded_12 into %inserted_slice[0, 0, 1] [16, 1, 1] [1, 1, 1] {altgrad.phase = "backward"} : tensor<16x1x1xi32> into tensor<16x1x2xi32> loc(#loc129)
    %collapsed_17 = tensor.collapse_shape %inserted_slice_16 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<16x1x2xi32> into tensor<16x2xi32> loc(#loc130)
    %c1_18 = arith.constant {altgrad.phase = "backward"} 1 : index loc(#loc130)
    %c16_19 = arith.constant {altgrad.phase = "backward"} 16 : index loc(#loc130)
    %c10 = arith.constant {altgrad.phase = "backward"} 10 : index loc(#loc130)
    %c0_20 = arith.constant {altgrad.phase = "backward"} 0 : index loc(#loc130)
    %114 = scf.for %arg8 = %c0_20 to %c16_19 step %c1_18 iter_args(%arg9 = %cst_7) -> (tensor<16x10xf32>) {
      %extracted = tensor.extract %collapsed_17[%arg8, %c0_20] : tensor<16x2xi32> loc(#loc130)
      %185 = arith.index_cast %extracted : i32 to index loc(#loc130)
      %186 = arith.addi %c0_20, %185 : index loc(#loc130)
      %extracted_21 = tensor.extract %collapsed_17[%arg8, %c1_18] : tensor<16x2xi32> loc(#loc130)
      %187 = arith.index_cast %extracted_21 : i32 to index loc(#loc130)
      %188 = arith.addi %c0_20, %187 : index loc(#loc130)
      %189 = arith.cmpi ult, %186, %c16_19 : index loc(#loc130)
      %190 = arith.cmpi ult, %188, %c10 : index loc(#loc130)
      %191 = arith.andi %189, %190 : i1 loc(#loc130)
      %192 = scf.if %191 -> (tensor<16x10xf32>) {
        %extracted_22 = tensor.extract %collapsed_15[%arg8] : tensor<16xf32> loc(#loc130)
        %extracted_23 = tensor.extract %arg9[%186, %188] : tensor<16x10xf32> loc(#loc130)
        %193 = arith.addf %extracted_23, %extracted_22 : f32 loc(#loc131)
        %inserted = tensor.insert %193 into %arg9[%186, %188] : tensor<16x10xf32> loc(#loc130)
        scf.yield %inserted : tensor<16x10xf32> loc(#loc130)
      } else {
        scf.yield %arg9 : tensor<16x10xf32> loc(#loc130)
      } loc(#loc130)
      scf.yield %192 : tensor<16x10xf32> loc(#loc130)
    } {altgrad.phase = "backward"} loc(#loc130)
    %115 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x10xf32> loc(#loc132)
    %116 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%109, %114 : tensor<16x10xf32>, tensor<16x10xf32>) outs(%115 : tensor<16x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc62)), %in_21: f32 loc(callsite(#loc12 at #loc43)), %out: f32 loc("add_any"(#loc63))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc132)
      linalg.yield %185 : f32 loc(#loc132)
    } -> tensor<16x10xf32> loc(#loc132)
    %117 = tensor.empty() {altgrad.phase = "backward"} : tensor<10xf32> loc(#loc133)
    %118 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%117 : tensor<10xf32>) -> tensor<10xf32> loc(#loc133)
    %119 = linalg.generic {indexing_maps = [#map8, #map6], iterator_types = ["parallel", "reduction"]} ins(%116 : tensor<16x10xf32>) outs(%118 : tensor<10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc64)), %out: f32 loc("reduce_sum"(#loc64))):
      %185 = arith.addf %out, %in : f32 loc(#loc133)
      linalg.yield %185 : f32 loc(#loc133)
    } -> tensor<10xf32> loc(#loc133)
    %120 = tensor.empty() {altgrad.phase = "backward"} : tensor<10x16xf32> loc(#loc134)
    %121 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%116 : tensor<16x10xf32>) outs(%120 : tensor<10x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc63)), %out: f32 loc("dot_general"(#loc65))):
      linalg.yield %in : f32 loc(#loc134)
    } -> tensor<10x16xf32> loc(#loc134)
    %122 = tensor.empty() {altgrad.phase = "backward"} : tensor<10x64xf32> loc(#loc134)
    %123 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%122 : tensor<10x64xf32>) -> tensor<10x64xf32> loc(#loc134)
    %124 = linalg.matmul {altgrad.phase = "backward"} ins(%121, %19 : tensor<10x16xf32>, tensor<16x64xf32>) outs(%123 : tensor<10x64xf32>) -> tensor<10x64xf32> loc(#loc134)
    %125 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x10xf32> loc(#loc135)
    %126 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%124 : tensor<10x64xf32>) outs(%125 : tensor<64x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc65)), %out: f32 loc("transpose"(#loc65))):
      linalg.yield %in : f32 loc(#loc135)
    } -> tensor<64x10xf32> loc(#loc135)
    %127 = tensor.empty() {altgrad.phase = "backward"} : tensor<10x64xf32> loc(#loc134)
    %128 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg5 : tensor<64x10xf32>) outs(%127 : tensor<10x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Dense_2']['kernel']"), %out: f32 loc("dot_general"(#loc65))):
      linalg.yield %in : f32 loc(#loc134)
    } -> tensor<10x64xf32> loc(#loc134)
    %129 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x64xf32> loc(#loc134)
    %130 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%129 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc134)
    %131 = linalg.matmul {altgrad.phase = "backward"} ins(%116, %128 : tensor<16x10xf32>, tensor<10x64xf32>) outs(%130 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc134)
    %132 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x64xf32> loc(#loc136)
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%21, %131 : tensor<16x64xi1>, tensor<16x64xf32>) outs(%132 : tensor<16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("gt"(#loc51)), %in_21: f32 loc("dot_general"(#loc65)), %out: f32 loc("select_n"(#loc66))):
      %185 = arith.select %in, %in_21, %cst_5 : f32 loc(#loc136)
      linalg.yield %185 : f32 loc(#loc136)
    } -> tensor<16x64xf32> loc(#loc136)
    %134 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc137)
    %135 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%134 : tensor<64xf32>) -> tensor<64xf32> loc(#loc137)
    %136 = linalg.generic {indexing_maps = [#map8, #map6], iterator_types = ["parallel", "reduction"]} ins(%133 : tensor<16x64xf32>) outs(%135 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc67)), %out: f32 loc("reduce_sum"(#loc67))):
      %185 = arith.addf %out, %in : f32 loc(#loc137)
      linalg.yield %185 : f32 loc(#loc137)
    } -> tensor<64xf32> loc(#loc137)
    %137 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x16xf32> loc(#loc138)
    %138 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%133 : tensor<16x64xf32>) outs(%137 : tensor<64x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc66)), %out: f32 loc("dot_general"(#loc68))):
      linalg.yield %in : f32 loc(#loc138)
    } -> tensor<64x16xf32> loc(#loc138)
    %139 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc138)
    %140 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%139 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc138)
    %141 = linalg.matmul {altgrad.phase = "backward"} ins(%138, %8 : tensor<64x16xf32>, tensor<16x64xf32>) outs(%140 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc138)
    %142 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc139)
    %143 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%141 : tensor<64x64xf32>) outs(%142 : tensor<64x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc68)), %out: f32 loc("transpose"(#loc68))):
      linalg.yield %in : f32 loc(#loc139)
    } -> tensor<64x64xf32> loc(#loc139)
    %144 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc138)
    %145 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg3 : tensor<64x64xf32>) outs(%144 : tensor<64x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Dense_1']['kernel']"), %out: f32 loc("dot_general"(#loc68))):
      linalg.yield %in : f32 loc(#loc138)
    } -> tensor<64x64xf32> loc(#loc138)
    %146 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x64xf32> loc(#loc138)
    %147 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%146 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc138)
    %148 = linalg.matmul {altgrad.phase = "backward"} ins(%133, %145 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%147 : tensor<16x64xf32>) -> tensor<16x64xf32> loc(#loc138)
    %149 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x64xf32> loc(#loc140)
    %150 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%10, %148 : tensor<16x64xi1>, tensor<16x64xf32>) outs(%149 : tensor<16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("gt"(#loc47)), %in_21: f32 loc("dot_general"(#loc68)), %out: f32 loc("select_n"(#loc69))):
      %185 = arith.select %in, %in_21, %cst_5 : f32 loc(#loc140)
      linalg.yield %185 : f32 loc(#loc140)
    } -> tensor<16x64xf32> loc(#loc140)
    %151 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc141)
    %152 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%151 : tensor<64xf32>) -> tensor<64xf32> loc(#loc141)
    %153 = linalg.generic {indexing_maps = [#map8, #map6], iterator_types = ["parallel", "reduction"]} ins(%150 : tensor<16x64xf32>) outs(%152 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc70)), %out: f32 loc("reduce_sum"(#loc70))):
      %185 = arith.addf %out, %in : f32 loc(#loc141)
      linalg.yield %185 : f32 loc(#loc141)
    } -> tensor<64xf32> loc(#loc141)
    %154 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x16xf32> loc(#loc142)
    %155 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%150 : tensor<16x64xf32>) outs(%154 : tensor<64x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc69)), %out: f32 loc("dot_general"(#loc71))):
      linalg.yield %in : f32 loc(#loc142)
    } -> tensor<64x16xf32> loc(#loc142)
    %156 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x32xf32> loc(#loc142)
    %157 = linalg.fill {altgrad.phase = "backward"} ins(%cst_5 : f32) outs(%156 : tensor<64x32xf32>) -> tensor<64x32xf32> loc(#loc142)
    %158 = linalg.matmul {altgrad.phase = "backward"} ins(%155, %arg6 : tensor<64x16xf32>, tensor<16x32xf32>) outs(%157 : tensor<64x32xf32>) -> tensor<64x32xf32> loc(#loc142)
    %159 = tensor.empty() {altgrad.phase = "backward"} : tensor<32x64xf32> loc(#loc143)
    %160 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%158 : tensor<64x32xf32>) outs(%159 : tensor<32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc71)), %out: f32 loc("transpose"(#loc71))):
      linalg.yield %in : f32 loc(#loc143)
    } -> tensor<32x64xf32> loc(#loc143)
    %161 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc144)
    %162 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%153 : tensor<64xf32>) outs(%161 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc70)), %out: f32 loc("mul"(#loc72))):
      %185 = arith.mulf %in, %cst_0 : f32 loc(#loc144)
      linalg.yield %185 : f32 loc(#loc144)
    } -> tensor<64xf32> loc(#loc144)
    %163 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc144)
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%160 : tensor<32x64xf32>) outs(%163 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc71)), %out: f32 loc("mul"(#loc72))):
      %185 = arith.mulf %in, %cst_0 : f32 loc(#loc144)
      linalg.yield %185 : f32 loc(#loc144)
    } -> tensor<32x64xf32> loc(#loc144)
    %165 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc144)
    %166 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%136 : tensor<64xf32>) outs(%165 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc67)), %out: f32 loc("mul"(#loc72))):
      %185 = arith.mulf %in, %cst_0 : f32 loc(#loc144)
      linalg.yield %185 : f32 loc(#loc144)
    } -> tensor<64xf32> loc(#loc144)
    %167 = tensor.empty() {altgrad.phase = "other"} : tensor<64x64xf32> loc(#loc144)
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%143 : tensor<64x64xf32>) outs(%167 : tensor<64x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc68)), %out: f32 loc("mul"(#loc72))):
      %185 = arith.mulf %in, %cst_0 : f32 loc(#loc144)
      linalg.yield %185 : f32 loc(#loc144)
    } -> tensor<64x64xf32> loc(#loc144)
    %169 = tensor.empty() {altgrad.phase = "other"} : tensor<10xf32> loc(#loc144)
    %170 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%119 : tensor<10xf32>) outs(%169 : tensor<10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc64)), %out: f32 loc("mul"(#loc72))):
      %185 = arith.mulf %in, %cst_0 : f32 loc(#loc144)
      linalg.yield %185 : f32 loc(#loc144)
    } -> tensor<10xf32> loc(#loc144)
    %171 = tensor.empty() {altgrad.phase = "other"} : tensor<64x10xf32> loc(#loc144)
    %172 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%126 : tensor<64x10xf32>) outs(%171 : tensor<64x10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc65)), %out: f32 loc("mul"(#loc72))):
      %185 = arith.mulf %in, %cst_0 : f32 loc(#loc144)
      linalg.yield %185 : f32 loc(#loc144)
    } -> tensor<64x10xf32> loc(#loc144)
    %173 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc145)
    %174 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg0, %162 : tensor<64xf32>, tensor<64xf32>) outs(%173 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['bias']"), %in_21: f32 loc("mul"(#loc72)), %out: f32 loc("add"(#loc73))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc145)
      linalg.yield %185 : f32 loc(#loc145)
    } -> tensor<64xf32> loc(#loc145)
    %175 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc145)
    %176 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg1, %164 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%175 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['kernel']"), %in_21: f32 loc("mul"(#loc72)), %out: f32 loc("add"(#loc73))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc145)
      linalg.yield %185 : f32 loc(#loc145)
    } -> tensor<32x64xf32> loc(#loc145)
    %177 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc145)
    %178 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg2, %166 : tensor<64xf32>, tensor<64xf32>) outs(%177 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_1']['bias']"), %in_21: f32 loc("mul"(#loc72)), %out: f32 loc("add"(#loc73))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc145)
      linalg.yield %185 : f32 loc(#loc145)
    } -> tensor<64xf32> loc(#loc145)
    %179 = tensor.empty() {altgrad.phase = "other"} : tensor<64x64xf32> loc(#loc145)
    %180 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg3, %168 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%179 : tensor<64x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_1']['kernel']"), %in_21: f32 loc("mul"(#loc72)), %out: f32 loc("add"(#loc73))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc145)
      linalg.yield %185 : f32 loc(#loc145)
    } -> tensor<64x64xf32> loc(#loc145)
    %181 = tensor.empty() {altgrad.phase = "other"} : tensor<10xf32> loc(#loc145)
    %182 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg4, %170 : tensor<10xf32>, tensor<10xf32>) outs(%181 : tensor<10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_2']['bias']"), %in_21: f32 loc("mul"(#loc72)), %out: f32 loc("add"(#loc73))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc145)
      linalg.yield %185 : f32 loc(#loc145)
    } -> tensor<10xf32> loc(#loc145)
    %183 = tensor.empty() {altgrad.phase = "other"} : tensor<64x10xf32> loc(#loc145)
    %184 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg5, %172 : tensor<64x10xf32>, tensor<64x10xf32>) outs(%183 : tensor<64x10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_2']['kernel']"), %in_21: f32 loc("mul"(#loc72)), %out: f32 loc("add"(#loc73))):
      %185 = arith.addf %in, %in_21 : f32 loc(#loc145)
      linalg.yield %185 : f32 loc(#loc145)
    } -> tensor<64x10xf32> loc(#loc145)
    return {altgrad.phase = "other"} %174, %176, %178, %180, %182, %184, %87 : tensor<64xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<10xf32>, tensor<64x10xf32>, tensor<f32> loc(#loc74)
  } loc(#loc)
} loc(#loc)
#loc40 = loc("jax_export.py":106:14)
#loc42 = loc("jit(train_step)/transpose(jvp(jit(_take)))"(#loc13))
#loc74 = loc("jit(train_step)"(#loc40))
#loc77 = loc(callsite(#loc12 at #loc42))
#loc78 = loc(callsite(#loc14 at #loc43))
#loc128 = loc(callsite(#loc11 at #loc42))
#loc131 = loc(callsite(#loc11 at #loc43))
