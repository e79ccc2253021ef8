#loc = loc(unknown)
#loc1 = loc("-":2:26)
#loc2 = loc("-":2:48)
#loc3 = loc("-":2:70)
#loc4 = loc("-":2:93)
#loc5 = loc("-":2:116)
#loc6 = loc("-":2:138)
#loc7 = loc("-":2:166)
#loc8 = loc("-":2:189)
#loc9 = loc("-":2:218)
#loc10 = loc("-":2:241)
#loc11 = loc("-":2:268)
#loc12 = loc("-":2:291)
#loc13 = loc("-":2:314)
#loc14 = loc("-":2:338)
#loc15 = loc("-":2:362)
#loc16 = loc("-":2:385)
#loc17 = loc("-":2:408)
#loc18 = loc("-":2:432)
#loc19 = loc("-":2:456)
#loc20 = loc("-":2:479)
#loc21 = loc("-":2:508)
#loc22 = loc("-":2:532)
#loc23 = loc("-":2:562)
#loc24 = loc("-":2:586)
#loc25 = loc("-":2:614)
#loc26 = loc("-":2:645)
#loc27 = loc("pooling.py":73:6)
#loc28 = loc("le")
#loc29 = loc("_classification.py":400:17)
#loc30 = loc("add")
#loc31 = loc("scatter-add")
#loc32 = loc("_classification.py":402:4)
#loc33 = loc("broadcast_in_dim")
#loc34 = loc("linear.py":700:10)
#loc35 = loc("linear.py":725:13)
#loc36 = loc("linear.py":726:6)
#loc37 = loc("normalization.py":57:11)
#loc38 = loc("normalization.py":122:16)
#loc39 = loc("normalization.py":142:29)
#loc40 = loc("normalization.py":142:12)
#loc41 = loc("normalization.py":402:10)
#loc42 = loc("batch_stats['BatchNorm_0']['mean']")
#loc43 = loc("normalization.py":402:42)
#loc44 = loc("normalization.py":404:23)
#loc45 = loc("batch_stats['BatchNorm_0']['var']")
#loc46 = loc("normalization.py":404:54)
#loc47 = loc("normalization.py":204:8)
#loc48 = loc("normalization.py":205:6)
#loc49 = loc("normalization.py":206:18)
#loc50 = loc("normalization.py":206:8)
#loc51 = loc("normalization.py":211:6)
#loc52 = loc("normalization.py":214:4)
#loc53 = loc("normalization.py":216:2)
#loc54 = loc("normalization.py":220:6)
#loc55 = loc("normalization.py":223:4)
#loc56 = loc("max")
#loc57 = loc("export.py":22:12)
#loc58 = loc("batch_stats['BatchNorm_1']['mean']")
#loc59 = loc("batch_stats['BatchNorm_1']['var']")
#loc60 = loc("export.py":25:12)
#loc61 = loc("pooling.py":99:8)
#loc62 = loc("export.py":27:12)
#loc63 = loc("linear.py":287:8)
#loc64 = loc("linear.py":294:11)
#loc65 = loc("linear.py":294:6)
#loc66 = loc("_classification.py":401:14)
#loc67 = loc("lt")
#loc68 = loc("select_n")
#loc69 = loc("reshape")
#loc70 = loc("ge")
#loc71 = loc("and")
#loc72 = loc("reduce_and")
#loc73 = loc("gather")
#loc74 = loc("_classification.py":403:20)
#loc75 = loc("_classification.py":404:8)
#loc76 = loc("export.py":47:19)
#loc77 = loc("params['Dense_0']['kernel']")
#loc78 = loc("normalization.py":203:9)
#loc79 = loc("select_and_scatter")
#loc80 = loc("x")
#loc81 = loc("_accumulation.py":68:25)
#loc82 = loc("opt_state[0].trace['BatchNorm_0']['bias']")
#loc83 = loc("_accumulation.py":68:21)
#loc84 = loc("opt_state[0].trace['BatchNorm_0']['scale']")
#loc85 = loc("opt_state[0].trace['BatchNorm_1']['bias']")
#loc86 = loc("opt_state[0].trace['BatchNorm_1']['scale']")
#loc87 = loc("opt_state[0].trace['Conv_0']['bias']")
#loc88 = loc("opt_state[0].trace['Conv_0']['kernel']")
#loc89 = loc("opt_state[0].trace['Conv_1']['bias']")
#loc90 = loc("opt_state[0].trace['Conv_1']['kernel']")
#loc91 = loc("opt_state[0].trace['Dense_0']['bias']")
#loc92 = loc("opt_state[0].trace['Dense_0']['kernel']")
#loc93 = loc("transform.py":507:37)
#loc94 = loc("update.py":42:45)
#loc95 = loc("params['BatchNorm_0']['bias']")
#loc96 = loc("params['BatchNorm_0']['scale']")
#loc97 = loc("params['BatchNorm_1']['bias']")
#loc98 = loc("params['BatchNorm_1']['scale']")
#loc99 = loc("params['Conv_0']['bias']")
#loc100 = loc("params['Conv_0']['kernel']")
#loc101 = loc("params['Conv_1']['bias']")
#loc102 = loc("params['Conv_1']['kernel']")
#loc103 = loc("params['Dense_0']['bias']")
#map = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3, d0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0)>
#map4 = affine_map<(d0) -> (d0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map6 = affine_map<(d0, d1) -> (0, d1)>
#map7 = affine_map<(d0, d1) -> (d0, d1)>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map10 = affine_map<(d0) -> ()>
#map11 = affine_map<(d0, d1) -> (d0)>
#map12 = affine_map<() -> ()>
#map13 = affine_map<(d0, d1) -> (d1, d0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d3, d1, d2, d0)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d2, d0, d1, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3, d2)>
#map17 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d4, d2 * 2 + d5, d3)>
#map18 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
#map19 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
#map20 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d3, d5)>
#map21 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4, d5)>
#loc106 = loc("jit(train_step)/transpose(jvp(CNN))"(#loc27))
#loc107 = loc("jit(train_step)/jvp(jit(take_along_axis))"(#loc29))
#loc109 = loc("jit(train_step)/transpose(jvp(jit(take_along_axis)))"(#loc29))
#loc110 = loc("jit(train_step)/jvp(CNN)/Conv_0"(#loc34))
#loc111 = loc("jit(train_step)/jvp(CNN)/Conv_0"(#loc35))
#loc112 = loc("jit(train_step)/jvp(CNN)/Conv_0"(#loc36))
#loc113 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc37))
#loc114 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc38))
#loc115 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc39))
#loc116 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc40))
#loc117 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc41))
#loc118 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc43))
#loc119 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc44))
#loc120 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc46))
#loc121 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc47))
#loc122 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc48))
#loc123 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc49))
#loc124 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc50))
#loc125 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc51))
#loc126 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc52))
#loc127 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc53))
#loc128 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc54))
#loc129 = loc("jit(train_step)/jvp(CNN)/BatchNorm_0"(#loc55))
#loc130 = loc("jit(train_step)/jvp(CNN)"(#loc57))
#loc131 = loc("jit(train_step)/jvp(CNN)"(#loc27))
#loc132 = loc("jit(train_step)/jvp(CNN)/Conv_1"(#loc34))
#loc133 = loc("jit(train_step)/jvp(CNN)/Conv_1"(#loc35))
#loc134 = loc("jit(train_step)/jvp(CNN)/Conv_1"(#loc36))
#loc135 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc37))
#loc136 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc38))
#loc137 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc39))
#loc138 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc40))
#loc139 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc41))
#loc140 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc43))
#loc141 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc44))
#loc142 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc46))
#loc143 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc47))
#loc144 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc48))
#loc145 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc49))
#loc146 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc50))
#loc147 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc51))
#loc148 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc52))
#loc149 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc53))
#loc150 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc54))
#loc151 = loc("jit(train_step)/jvp(CNN)/BatchNorm_1"(#loc55))
#loc152 = loc("jit(train_step)/jvp(CNN)"(#loc60))
#loc153 = loc("jit(train_step)/jvp(CNN)"(#loc61))
#loc155 = loc("jit(train_step)/jvp(CNN)/Dense_0"(#loc63))
#loc156 = loc("jit(train_step)/jvp(CNN)/Dense_0"(#loc64))
#loc157 = loc("jit(train_step)/jvp(CNN)/Dense_0"(#loc65))
#loc158 = loc("jit(train_step)/jvp()"(#loc66))
#loc159 = loc("jit(train_step)/jvp(jit(_take))"(#loc32))
#loc160 = loc("jit(train_step)/jvp()"(#loc74))
#loc161 = loc("jit(train_step)/jvp()"(#loc75))
#loc162 = loc("jit(train_step)/jvp()"(#loc76))
#loc163 = loc("jit(train_step)/transpose(jvp())"(#loc76))
#loc164 = loc("jit(train_step)/transpose(jvp())"(#loc75))
#loc165 = loc("jit(train_step)/transpose(jvp())"(#loc74))
#loc166 = loc("jit(train_step)/transpose(jvp())"(#loc29))
#loc167 = loc("jit(train_step)/transpose(jvp(CNN))/Dense_0"(#loc65))
#loc168 = loc("jit(train_step)/transpose(jvp(CNN))/Dense_0"(#loc63))
#loc169 = loc("jit(train_step)/transpose(jvp(CNN))"(#loc62))
#loc170 = loc("jit(train_step)/transpose(jvp(CNN))"(#loc61))
#loc171 = loc("jit(train_step)/transpose(jvp(CNN))"(#loc60))
#loc172 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc55))
#loc173 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc53))
#loc174 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc52))
#loc175 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc51))
#loc176 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc50))
#loc177 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc48))
#loc178 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc47))
#loc179 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc78))
#loc180 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc40))
#loc181 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc39))
#loc182 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc37))
#loc183 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_1"(#loc38))
#loc184 = loc("jit(train_step)/transpose(jvp(CNN))/Conv_1"(#loc36))
#loc185 = loc("jit(train_step)/transpose(jvp(CNN))/Conv_1"(#loc34))
#loc186 = loc("select_and_scatter:"(#loc79))
#loc189 = loc("jit(train_step)/transpose(jvp(CNN))"(#loc57))
#loc190 = loc("slice"(#loc27))
#loc191 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc55))
#loc192 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc53))
#loc193 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc52))
#loc194 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc51))
#loc195 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc50))
#loc196 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc48))
#loc197 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc47))
#loc198 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc78))
#loc199 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc40))
#loc200 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc39))
#loc201 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc37))
#loc202 = loc("jit(train_step)/transpose(jvp(CNN))/BatchNorm_0"(#loc38))
#loc203 = loc("jit(train_step)/transpose(jvp(CNN))/Conv_0"(#loc36))
#loc204 = loc("jit(train_step)/transpose(jvp(CNN))/Conv_0"(#loc34))
#loc205 = loc("jit(train_step)"(#loc81))
#loc206 = loc("jit(train_step)"(#loc83))
#loc207 = loc("jit(train_step)"(#loc93))
#loc208 = loc("jit(train_step)"(#loc94))
#loc211 = loc(callsite(#loc28 at #loc107))
#loc212 = loc(callsite(#loc30 at #loc107))
#loc215 = loc("conv_general_dilated"(#loc110))
#loc216 = loc("reshape"(#loc111))
#loc217 = loc("add"(#loc112))
#loc218 = loc("square"(#loc113))
#loc219 = loc("mul"(#loc113))
#loc220 = loc("reduce_sum"(#loc114))
#loc221 = loc("div"(#loc114))
#loc222 = loc("sub"(#loc115))
#loc223 = loc("max"(#loc116))
#loc224 = loc("eq"(#loc116))
#loc225 = loc("select_n"(#loc116))
#loc226 = loc("div"(#loc116))
#loc227 = loc("mul"(#loc117))
#loc228 = loc("mul"(#loc118))
#loc229 = loc("add"(#loc117))
#loc230 = loc("mul"(#loc119))
#loc231 = loc("mul"(#loc120))
#loc232 = loc("add"(#loc119))
#loc233 = loc("broadcast_in_dim"(#loc121))
#loc234 = loc("sub"(#loc122))
#loc235 = loc("add"(#loc123))
#loc236 = loc("rsqrt"(#loc124))
#loc237 = loc("div"(#loc124))
#loc238 = loc("mul"(#loc124))
#loc239 = loc("reshape"(#loc125))
#loc240 = loc("mul"(#loc126))
#loc241 = loc("mul"(#loc127))
#loc242 = loc("reshape"(#loc128))
#loc243 = loc("add"(#loc129))
#loc244 = loc("jit(relu)"(#loc130))
#loc245 = loc("gt"(#loc130))
#loc246 = loc("reduce_window_max"(#loc131))
#loc247 = loc("conv_general_dilated"(#loc132))
#loc248 = loc("reshape"(#loc133))
#loc249 = loc("add"(#loc134))
#loc250 = loc("square"(#loc135))
#loc251 = loc("mul"(#loc135))
#loc252 = loc("reduce_sum"(#loc136))
#loc253 = loc("div"(#loc136))
#loc254 = loc("sub"(#loc137))
#loc255 = loc("max"(#loc138))
#loc256 = loc("eq"(#loc138))
#loc257 = loc("select_n"(#loc138))
#loc258 = loc("div"(#loc138))
#loc259 = loc("mul"(#loc139))
#loc260 = loc("mul"(#loc140))
#loc261 = loc("add"(#loc139))
#loc262 = loc("mul"(#loc141))
#loc263 = loc("mul"(#loc142))
#loc264 = loc("add"(#loc141))
#loc265 = loc("broadcast_in_dim"(#loc143))
#loc266 = loc("sub"(#loc144))
#loc267 = loc("add"(#loc145))
#loc268 = loc("rsqrt"(#loc146))
#loc269 = loc("div"(#loc146))
#loc270 = loc("mul"(#loc146))
#loc271 = loc("reshape"(#loc147))
#loc272 = loc("mul"(#loc148))
#loc273 = loc("mul"(#loc149))
#loc274 = loc("reshape"(#loc150))
#loc275 = loc("add"(#loc151))
#loc276 = loc("jit(relu)"(#loc152))
#loc277 = loc("gt"(#loc152))
#loc278 = loc("reduce_window_sum"(#loc131))
#loc279 = loc("div"(#loc153))
#loc281 = loc("dot_general"(#loc155))
#loc282 = loc("reshape"(#loc156))
#loc283 = loc("add"(#loc157))
#loc284 = loc("broadcast_in_dim"(#loc158))
#loc285 = loc(callsite(#loc67 at #loc107))
#loc286 = loc(callsite(#loc68 at #loc107))
#loc287 = loc(callsite(#loc69 at #loc107))
#loc288 = loc(callsite(#loc70 at #loc107))
#loc289 = loc(callsite(#loc71 at #loc107))
#loc290 = loc(callsite(#loc72 at #loc107))
#loc291 = loc(callsite(#loc73 at #loc107))
#loc292 = loc(callsite(#loc71 at #loc159))
#loc293 = loc(callsite(#loc72 at #loc159))
#loc294 = loc(callsite(#loc73 at #loc159))
#loc295 = loc(callsite(#loc33 at #loc159))
#loc296 = loc(callsite(#loc68 at #loc159))
#loc297 = loc("reduce_max"(#loc160))
#loc298 = loc("is_finite"(#loc160))
#loc299 = loc("max"(#loc160))
#loc300 = loc("select_n"(#loc160))
#loc301 = loc("sub"(#loc160))
#loc302 = loc("exp"(#loc160))
#loc303 = loc("reduce_sum"(#loc160))
#loc304 = loc("abs"(#loc160))
#loc305 = loc("ge"(#loc160))
#loc306 = loc("log"(#loc160))
#loc307 = loc("add"(#loc160))
#loc308 = loc("sub"(#loc161))
#loc309 = loc("reduce_sum"(#loc162))
#loc310 = loc("div"(#loc162))
#loc311 = loc("div"(#loc163))
#loc312 = loc("broadcast_in_dim"(#loc163))
#loc313 = loc("neg"(#loc164))
#loc314 = loc("div"(#loc165))
#loc315 = loc("select_n"(#loc165))
#loc316 = loc("neg"(#loc165))
#loc317 = loc("add_any"(#loc165))
#loc318 = loc("broadcast_in_dim"(#loc165))
#loc319 = loc("mul"(#loc165))
#loc321 = loc(callsite(#loc at #loc109))
#loc322 = loc(callsite(#loc31 at #loc109))
#loc324 = loc("add_any"(#loc166))
#loc325 = loc("reduce_sum"(#loc167))
#loc326 = loc("dot_general"(#loc168))
#loc327 = loc("transpose"(#loc168))
#loc328 = loc("reshape"(#loc169))
#loc329 = loc("div"(#loc170))
#loc331 = loc("reduce_window_sum"(#loc106))
#loc332 = loc("select_n"(#loc171))
#loc333 = loc("reduce_sum"(#loc172))
#loc334 = loc("mul"(#loc173))
#loc335 = loc("reduce_sum"(#loc173))
#loc336 = loc("reshape"(#loc173))
#loc337 = loc("mul"(#loc174))
#loc338 = loc("reshape"(#loc175))
#loc339 = loc("mul"(#loc176))
#loc340 = loc("neg"(#loc177))
#loc341 = loc("reduce_sum"(#loc177))
#loc343 = loc("reduce_sum"(#loc178))
#loc344 = loc("reduce_sum"(#loc179))
#loc345 = loc("mul"(#loc180))
#loc346 = loc("neg"(#loc181))
#loc347 = loc("mul"(#loc182))
#loc348 = loc("add_any"(#loc182))
#loc349 = loc("div"(#loc183))
#loc350 = loc("broadcast_in_dim"(#loc183))
#loc351 = loc("add_any"(#loc183))
#loc352 = loc("reduce_sum"(#loc184))
#loc353 = loc("conv_general_dilated"(#loc185))
#loc354 = loc("rev"(#loc185))
#loc357 = loc("select_n"(#loc189))
#loc358 = loc(callsite(#loc190 at #loc106))
#loc359 = loc("reduce_sum"(#loc191))
#loc360 = loc("mul"(#loc192))
#loc361 = loc("reduce_sum"(#loc192))
#loc362 = loc("reshape"(#loc192))
#loc363 = loc("mul"(#loc193))
#loc364 = loc("reshape"(#loc194))
#loc365 = loc("mul"(#loc195))
#loc366 = loc("neg"(#loc196))
#loc367 = loc("reduce_sum"(#loc196))
#loc369 = loc("reduce_sum"(#loc197))
#loc370 = loc("reduce_sum"(#loc198))
#loc371 = loc("mul"(#loc199))
#loc372 = loc("neg"(#loc200))
#loc373 = loc("mul"(#loc201))
#loc374 = loc("add_any"(#loc201))
#loc375 = loc("div"(#loc202))
#loc376 = loc("broadcast_in_dim"(#loc202))
#loc377 = loc("add_any"(#loc202))
#loc378 = loc("reduce_sum"(#loc203))
#loc379 = loc("conv_general_dilated"(#loc204))
#loc380 = loc("mul"(#loc205))
#loc381 = loc("add"(#loc206))
#loc382 = loc("mul"(#loc207))
#loc383 = loc("add"(#loc208))
#loc385 = loc(callsite(#loc56 at #loc244))
#loc386 = loc(callsite(#loc56 at #loc276))
#loc389 = loc(""(#loc358))
module @jit_train_step {
  func.func public @main(%arg0: tensor<8xf32> {altgrad.name = "params/BatchNorm_0/bias"} loc("-":2:26), %arg1: tensor<8xf32> {altgrad.name = "params/BatchNorm_0/scale"} loc("-":2:48), %arg2: tensor<16xf32> {altgrad.name = "params/BatchNorm_1/bias"} loc("-":2:70), %arg3: tensor<16xf32> {altgrad.name = "params/BatchNorm_1/scale"} loc("-":2:93), %arg4: tensor<8xf32> {altgrad.name = "params/Conv_0/bias"} loc("-":2:116), %arg5: tensor<3x3x3x8xf32> {altgrad.name = "params/Conv_0/kernel"} loc("-":2:138), %arg6: tensor<16xf32> {altgrad.name = "params/Conv_1/bias"} loc("-":2:166), %arg7: tensor<3x3x8x16xf32> {altgrad.name = "params/Conv_1/kernel"} loc("-":2:189), %arg8: tensor<10xf32> {altgrad.name = "params/Dense_0/bias"} loc("-":2:218), %arg9: tensor<256x10xf32> {altgrad.name = "params/Dense_0/kernel"} loc("-":2:241), %arg10: tensor<8xf32> {altgrad.name = "batch_stats/BatchNorm_0/mean"} loc("-":2:268), %arg11: tensor<8xf32> {altgrad.name = "batch_stats/BatchNorm_0/var"} loc("-":2:291), %arg12: tensor<16xf32> {altgrad.name = "batch_stats/BatchNorm_1/mean"} loc("-":2:314), %arg13: tensor<16xf32> {altgrad.name = "batch_stats/BatchNorm_1/var"} loc("-":2:338), %arg14: tensor<8xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_0/bias"} loc("-":2:362), %arg15: tensor<8xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_0/scale"} loc("-":2:385), %arg16: tensor<16xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_1/bias"} loc("-":2:408), %arg17: tensor<16xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_1/scale"} loc("-":2:432), %arg18: tensor<8xf32> {altgrad.name = "opt_state/0/trace/Conv_0/bias"} loc("-":2:456), %arg19: tensor<3x3x3x8xf32> {altgrad.name = "opt_state/0/trace/Conv_0/kernel"} loc("-":2:479), %arg20: tensor<16xf32> {altgrad.name = "opt_state/0/trace/Conv_1/bias"} loc("-":2:508), %arg21: tensor<3x3x8x16xf32> {altgrad.name = "opt_state/0/trace/Conv_1/kernel"} loc("-":2:532), %arg22: tensor<10xf32> {altgrad.name = "opt_state/0/trace/Dense_0/bias"} loc("-":2:562), %arg23: tensor<256x10xf32> {altgrad.name = "opt_state/0/trace/Dense_0/kernel"} loc("-":2:586), %arg24: tensor<8x16x16x3xf32> {altgrad.name = "x"} loc("-":2:614), %arg25: tensor<8xi32> {altgrad.name = "y"} loc("-":2:645)) -> (tensor<8xf32> {altgrad.name = "params/BatchNorm_0/bias", altgrad.updates = 0 : i64}, tensor<8xf32> {altgrad.name = "params/BatchNorm_0/scale", altgrad.updates = 1 : i64}, tensor<16xf32> {altgrad.name = "params/BatchNorm_1/bias", altgrad.updates = 2 : i64}, tensor<16xf32> {altgrad.name = "params/BatchNorm_1/scale", altgrad.updates = 3 : i64}, tensor<8xf32> {altgrad.name = "params/Conv_0/bias", altgrad.updates = 4 : i64}, tensor<3x3x3x8xf32> {altgrad.name = "params/Conv_0/kernel", altgrad.updates = 5 : i64}, tensor<16xf32> {altgrad.name = "params/Conv_1/bias", altgrad.updates = 6 : i64}, tensor<3x3x8x16xf32> {altgrad.name = "params/Conv_1/kernel", altgrad.updates = 7 : i64}, tensor<10xf32> {altgrad.name = "params/Dense_0/bias", altgrad.updates = 8 : i64}, tensor<256x10xf32> {altgrad.name = "params/Dense_0/kernel", altgrad.updates = 9 : i64}, tensor<8xf32> {altgrad.name = "batch_stats/BatchNorm_0/mean", altgrad.updates = 10 : i64}, tensor<8xf32> {altgrad.name = "batch_stats/BatchNorm_0/var", altgrad.updates = 11 : i64}, tensor<16xf32> {altgrad.name = "batch_stats/BatchNorm_1/mean", altgrad.updates = 12 : i64}, tensor<16xf32> {altgrad.name = "batch_stats/BatchNorm_1/var", altgrad.updates = 13 : i64}, tensor<8xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_0/bias", altgrad.updates = 14 : i64}, tensor<8xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_0/scale", altgrad.updates = 15 : i64}, tensor<16xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_1/bias", altgrad.updates = 16 : i64}, tensor<16xf32> {altgrad.name = "opt_state/0/trace/BatchNorm_1/scale", altgrad.updates = 17 : i64}, tensor<8xf32> {altgrad.name = "opt_state/0/trace/Conv_0/bias", altgrad.updates = 18 : i64}, tensor<3x3x3x8xf32> {altgrad.name = "opt_state/0/trace/Conv_0/kernel", altgrad.updates = 19 : i64}, tensor<16xf32> {altgrad.name = "opt_state/0/trace/Conv_1/bias", altgrad.updates = 20 : i64}, tensor<3x3x8x16xf32> {altgrad.name = "opt_state/0/trace/Conv_1/kernel", altgrad.updates = 21 : i64}, tensor<10xf32> {altgrad.name = "opt_state/0/trace/Dense_0/bias", altgrad.updates = 22 : i64}, tensor<256x10xf32> {altgrad.name = "opt_state/0/trace/Dense_0/kernel", altgrad.updates = 23 : i64}, tensor<f32> {altgrad.name = "loss"}) attributes {llvm.emit_c_interface} {
    %cst = arith.constant 1.250000e-01 : f32 loc(#loc)
    %cst_0 = arith.constant -5.000000e-02 : f32 loc(#loc)
    %cst_1 = arith.constant 0.899999976 : f32 loc(#loc)
    %c-1_i32 = arith.constant {altgrad.phase = "backward"} -1 : i32 loc(#loc384)
    %c2 = arith.constant 2 : index loc(#loc)
    %cst_2 = arith.constant 8.000000e+00 : f32 loc(#loc)
    %cst_3 = arith.constant 0x7F800000 : f32 loc(#loc)
    %cst_4 = arith.constant 0xFF800000 : f32 loc(#loc)
    %cst_5 = arith.constant 0x7FC00000 : f32 loc(#loc)
    %c9 = arith.constant 9 : index loc(#loc)
    %c0 = arith.constant 0 : index loc(#loc)
    %true = arith.constant true loc(#loc)
    %c9_i32 = arith.constant {altgrad.phase = "forward"} 9 : i32 loc(#loc211)
    %c10_i32 = arith.constant {altgrad.phase = "forward"} 10 : i32 loc(#loc212)
    %c0_i32 = arith.constant 0 : i32 loc(#loc)
    %cst_6 = arith.constant 4.000000e+00 : f32 loc(#loc)
    %cst_7 = arith.constant 5.120000e+02 : f32 loc(#loc)
    %cst_8 = arith.constant -5.000000e-01 : f32 loc(#loc)
    %cst_9 = arith.constant 9.99999974E-6 : f32 loc(#loc)
    %cst_10 = arith.constant 0.00999999977 : f32 loc(#loc)
    %cst_11 = arith.constant 9.900000e-01 : f32 loc(#loc)
    %cst_12 = arith.constant 1.000000e+00 : f32 loc(#loc)
    %cst_13 = arith.constant 2.048000e+03 : f32 loc(#loc)
    %cst_14 = arith.constant 2.000000e+00 : f32 loc(#loc)
    %cst_15 = arith.constant 0.000000e+00 : f32 loc(#loc)
    %cst_16 = arith.constant {altgrad.phase = "backward"} dense<0> : tensor<1x1xi32> loc(#loc213)
    %cst_17 = arith.constant {altgrad.phase = "backward"} dense<0.000000e+00> : tensor<8x10xf32> loc(#loc214)
    %cst_18 = arith.constant {altgrad.phase = "backward"} dense<0.000000e+00> : tensor<1x8xf32> loc(#loc213)
    %0 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc215)
    %1 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%0 : tensor<8x16x16x8xf32>) -> tensor<8x16x16x8xf32> loc(#loc215)
    %padded = tensor.pad %arg24 low[0, 1, 1, 0] high[0, 1, 1, 0] {
    ^bb0(%arg26: index loc("conv_general_dilated"(#loc110)), %arg27: index loc("conv_general_dilated"(#loc110)), %arg28: index loc("conv_general_dilated"(#loc110)), %arg29: index loc("conv_general_dilated"(#loc110))):
      tensor.yield %cst_15 : f32 loc(#loc215)
    } {altgrad.phase = "forward"} : tensor<8x16x16x3xf32> to tensor<8x18x18x3xf32> loc(#loc215)
    %2 = linalg.conv_2d_nhwc_hwcf {altgrad.phase = "forward", dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded, %arg5 : tensor<8x18x18x3xf32>, tensor<3x3x3x8xf32>) outs(%1 : tensor<8x16x16x8xf32>) -> tensor<8x16x16x8xf32> loc(#loc215)
    %expanded = tensor.expand_shape %arg4 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] {altgrad.phase = "forward"} : tensor<8xf32> into tensor<1x1x1x8xf32> loc(#loc216)
    %3 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc217)
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x1x1x8xf32>) outs(%3 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc111)), %out: f32 loc("add"(#loc112))):
      linalg.yield %in : f32 loc(#loc217)
    } -> tensor<8x16x16x8xf32> loc(#loc217)
    %5 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc217)
    %6 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %4 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%5 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("conv_general_dilated"(#loc110)), %in_49: f32 loc("add"(#loc112)), %out: f32 loc("add"(#loc112))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc217)
      linalg.yield %507 : f32 loc(#loc217)
    } -> tensor<8x16x16x8xf32> loc(#loc217)
    %7 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc218)
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6 : tensor<8x16x16x8xf32>) outs(%7 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc112)), %out: f32 loc("square"(#loc113))):
      %507 = arith.mulf %in, %in : f32 loc(#loc218)
      linalg.yield %507 : f32 loc(#loc218)
    } -> tensor<8x16x16x8xf32> loc(#loc218)
    %9 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc219)
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6 : tensor<8x16x16x8xf32>) outs(%9 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc112)), %out: f32 loc("mul"(#loc113))):
      %507 = arith.mulf %in, %cst_14 : f32 loc(#loc219)
      linalg.yield %507 : f32 loc(#loc219)
    } -> tensor<8x16x16x8xf32> loc(#loc219)
    %11 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc220)
    %12 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%11 : tensor<8xf32>) -> tensor<8xf32> loc(#loc220)
    %13 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%6 : tensor<8x16x16x8xf32>) outs(%12 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc114)), %out: f32 loc("reduce_sum"(#loc114))):
      %507 = arith.addf %out, %in : f32 loc(#loc220)
      linalg.yield %507 : f32 loc(#loc220)
    } -> tensor<8xf32> loc(#loc220)
    %14 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc221)
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%13 : tensor<8xf32>) outs(%14 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc114)), %out: f32 loc("div"(#loc114))):
      %507 = arith.divf %in, %cst_13 : f32 loc(#loc221)
      linalg.yield %507 : f32 loc(#loc221)
    } -> tensor<8xf32> loc(#loc221)
    %16 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc220)
    %17 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%16 : tensor<8xf32>) -> tensor<8xf32> loc(#loc220)
    %18 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%8 : tensor<8x16x16x8xf32>) outs(%17 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc114)), %out: f32 loc("reduce_sum"(#loc114))):
      %507 = arith.addf %out, %in : f32 loc(#loc220)
      linalg.yield %507 : f32 loc(#loc220)
    } -> tensor<8xf32> loc(#loc220)
    %19 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc221)
    %20 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%18 : tensor<8xf32>) outs(%19 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc114)), %out: f32 loc("div"(#loc114))):
      %507 = arith.divf %in, %cst_13 : f32 loc(#loc221)
      linalg.yield %507 : f32 loc(#loc221)
    } -> tensor<8xf32> loc(#loc221)
    %21 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc218)
    %22 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%15 : tensor<8xf32>) outs(%21 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc114)), %out: f32 loc("square"(#loc113))):
      %507 = arith.mulf %in, %in : f32 loc(#loc218)
      linalg.yield %507 : f32 loc(#loc218)
    } -> tensor<8xf32> loc(#loc218)
    %23 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc219)
    %24 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%15 : tensor<8xf32>) outs(%23 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc114)), %out: f32 loc("mul"(#loc113))):
      %507 = arith.mulf %in, %cst_14 : f32 loc(#loc219)
      linalg.yield %507 : f32 loc(#loc219)
    } -> tensor<8xf32> loc(#loc219)
    %25 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc222)
    %26 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%20, %22 : tensor<8xf32>, tensor<8xf32>) outs(%25 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc114)), %in_49: f32 loc("square"(#loc113)), %out: f32 loc("sub"(#loc115))):
      %507 = arith.subf %in, %in_49 : f32 loc(#loc222)
      linalg.yield %507 : f32 loc(#loc222)
    } -> tensor<8xf32> loc(#loc222)
    %27 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc223)
    %28 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%26 : tensor<8xf32>) outs(%27 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc115)), %out: f32 loc("max"(#loc116))):
      %507 = arith.maximumf %in, %cst_15 : f32 loc(#loc223)
      linalg.yield %507 : f32 loc(#loc223)
    } -> tensor<8xf32> loc(#loc223)
    %29 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xi1> loc(#loc224)
    %30 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%26, %28 : tensor<8xf32>, tensor<8xf32>) outs(%29 : tensor<8xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc115)), %in_49: f32 loc("max"(#loc116)), %out: i1 loc("eq"(#loc116))):
      %507 = arith.cmpf oeq, %in, %in_49 : f32 loc(#loc224)
      linalg.yield %507 : i1 loc(#loc224)
    } -> tensor<8xi1> loc(#loc224)
    %31 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc225)
    %32 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%30 : tensor<8xi1>) outs(%31 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc116)), %out: f32 loc("select_n"(#loc116))):
      %507 = arith.select %in, %cst_12, %cst_15 : f32 loc(#loc225)
      linalg.yield %507 : f32 loc(#loc225)
    } -> tensor<8xf32> loc(#loc225)
    %33 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xi1> loc(#loc224)
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%28 : tensor<8xf32>) outs(%33 : tensor<8xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc116)), %out: i1 loc("eq"(#loc116))):
      %507 = arith.cmpf oeq, %cst_15, %in : f32 loc(#loc224)
      linalg.yield %507 : i1 loc(#loc224)
    } -> tensor<8xi1> loc(#loc224)
    %35 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc225)
    %36 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%34 : tensor<8xi1>) outs(%35 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc116)), %out: f32 loc("select_n"(#loc116))):
      %507 = arith.select %in, %cst_14, %cst_12 : f32 loc(#loc225)
      linalg.yield %507 : f32 loc(#loc225)
    } -> tensor<8xf32> loc(#loc225)
    %37 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc226)
    %38 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%32, %36 : tensor<8xf32>, tensor<8xf32>) outs(%37 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc116)), %in_49: f32 loc("select_n"(#loc116)), %out: f32 loc("div"(#loc116))):
      %507 = arith.divf %in, %in_49 : f32 loc(#loc226)
      linalg.yield %507 : f32 loc(#loc226)
    } -> tensor<8xf32> loc(#loc226)
    %39 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc227)
    %40 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg10 : tensor<8xf32>) outs(%39 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("batch_stats['BatchNorm_0']['mean']"), %out: f32 loc("mul"(#loc117))):
      %507 = arith.mulf %in, %cst_11 : f32 loc(#loc227)
      linalg.yield %507 : f32 loc(#loc227)
    } -> tensor<8xf32> loc(#loc227)
    %41 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc228)
    %42 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%15 : tensor<8xf32>) outs(%41 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc114)), %out: f32 loc("mul"(#loc118))):
      %507 = arith.mulf %in, %cst_10 : f32 loc(#loc228)
      linalg.yield %507 : f32 loc(#loc228)
    } -> tensor<8xf32> loc(#loc228)
    %43 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc229)
    %44 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%40, %42 : tensor<8xf32>, tensor<8xf32>) outs(%43 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc117)), %in_49: f32 loc("mul"(#loc118)), %out: f32 loc("add"(#loc117))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc229)
      linalg.yield %507 : f32 loc(#loc229)
    } -> tensor<8xf32> loc(#loc229)
    %45 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc230)
    %46 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg11 : tensor<8xf32>) outs(%45 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("batch_stats['BatchNorm_0']['var']"), %out: f32 loc("mul"(#loc119))):
      %507 = arith.mulf %in, %cst_11 : f32 loc(#loc230)
      linalg.yield %507 : f32 loc(#loc230)
    } -> tensor<8xf32> loc(#loc230)
    %47 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc231)
    %48 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%28 : tensor<8xf32>) outs(%47 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc116)), %out: f32 loc("mul"(#loc120))):
      %507 = arith.mulf %in, %cst_10 : f32 loc(#loc231)
      linalg.yield %507 : f32 loc(#loc231)
    } -> tensor<8xf32> loc(#loc231)
    %49 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc232)
    %50 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%46, %48 : tensor<8xf32>, tensor<8xf32>) outs(%49 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc119)), %in_49: f32 loc("mul"(#loc120)), %out: f32 loc("add"(#loc119))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc232)
      linalg.yield %507 : f32 loc(#loc232)
    } -> tensor<8xf32> loc(#loc232)
    %51 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x8xf32> loc(#loc233)
    %52 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28 : tensor<8xf32>) outs(%51 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc116)), %out: f32 loc("broadcast_in_dim"(#loc121))):
      linalg.yield %in : f32 loc(#loc233)
    } -> tensor<1x1x1x8xf32> loc(#loc233)
    %53 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc234)
    %54 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15 : tensor<8xf32>) outs(%53 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc114)), %out: f32 loc("sub"(#loc122))):
      linalg.yield %in : f32 loc(#loc234)
    } -> tensor<8x16x16x8xf32> loc(#loc234)
    %55 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc234)
    %56 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%6, %54 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%55 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc112)), %in_49: f32 loc("sub"(#loc122)), %out: f32 loc("sub"(#loc122))):
      %507 = arith.subf %in, %in_49 : f32 loc(#loc234)
      linalg.yield %507 : f32 loc(#loc234)
    } -> tensor<8x16x16x8xf32> loc(#loc234)
    %57 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x8xf32> loc(#loc235)
    %58 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52 : tensor<1x1x1x8xf32>) outs(%57 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc121)), %out: f32 loc("add"(#loc123))):
      %507 = arith.addf %in, %cst_9 : f32 loc(#loc235)
      linalg.yield %507 : f32 loc(#loc235)
    } -> tensor<1x1x1x8xf32> loc(#loc235)
    %59 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x8xf32> loc(#loc236)
    %60 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<1x1x1x8xf32>) outs(%59 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc123)), %out: f32 loc("rsqrt"(#loc124))):
      %507 = math.rsqrt %in : f32 loc(#loc236)
      linalg.yield %507 : f32 loc(#loc236)
    } -> tensor<1x1x1x8xf32> loc(#loc236)
    %61 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x8xf32> loc(#loc237)
    %62 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %58 : tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) outs(%61 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc124)), %in_49: f32 loc("add"(#loc123)), %out: f32 loc("div"(#loc124))):
      %507 = arith.divf %in, %in_49 : f32 loc(#loc237)
      linalg.yield %507 : f32 loc(#loc237)
    } -> tensor<1x1x1x8xf32> loc(#loc237)
    %63 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x8xf32> loc(#loc238)
    %64 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<1x1x1x8xf32>) outs(%63 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc124)), %out: f32 loc("mul"(#loc124))):
      %507 = arith.mulf %in, %cst_8 : f32 loc(#loc238)
      linalg.yield %507 : f32 loc(#loc238)
    } -> tensor<1x1x1x8xf32> loc(#loc238)
    %expanded_19 = tensor.expand_shape %arg1 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] {altgrad.phase = "forward"} : tensor<8xf32> into tensor<1x1x1x8xf32> loc(#loc239)
    %65 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x8xf32> loc(#loc240)
    %66 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_19 : tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) outs(%65 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc124)), %in_49: f32 loc("reshape"(#loc125)), %out: f32 loc("mul"(#loc126))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc240)
      linalg.yield %507 : f32 loc(#loc240)
    } -> tensor<1x1x1x8xf32> loc(#loc240)
    %67 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc241)
    %68 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<1x1x1x8xf32>) outs(%67 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc126)), %out: f32 loc("mul"(#loc127))):
      linalg.yield %in : f32 loc(#loc241)
    } -> tensor<8x16x16x8xf32> loc(#loc241)
    %69 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc241)
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %68 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%69 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc122)), %in_49: f32 loc("mul"(#loc127)), %out: f32 loc("mul"(#loc127))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc241)
      linalg.yield %507 : f32 loc(#loc241)
    } -> tensor<8x16x16x8xf32> loc(#loc241)
    %expanded_20 = tensor.expand_shape %arg0 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] {altgrad.phase = "forward"} : tensor<8xf32> into tensor<1x1x1x8xf32> loc(#loc242)
    %71 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc243)
    %72 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_20 : tensor<1x1x1x8xf32>) outs(%71 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc128)), %out: f32 loc("add"(#loc129))):
      linalg.yield %in : f32 loc(#loc243)
    } -> tensor<8x16x16x8xf32> loc(#loc243)
    %73 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xf32> loc(#loc243)
    %74 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %72 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%73 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc127)), %in_49: f32 loc("add"(#loc129)), %out: f32 loc("add"(#loc129))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc243)
      linalg.yield %507 : f32 loc(#loc243)
    } -> tensor<8x16x16x8xf32> loc(#loc243)
    %75 = tensor.empty() {altgrad.phase = "forward,other"} : tensor<8x16x16x8xf32> loc(#loc385)
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<8x16x16x8xf32>) outs(%75 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "forward,other"} {
    ^bb0(%in: f32 loc("add"(#loc129)), %out: f32 loc(callsite(#loc56 at #loc244))):
      %507 = arith.maximumf %in, %cst_15 : f32 loc(#loc385)
      linalg.yield %507 : f32 loc(#loc385)
    } -> tensor<8x16x16x8xf32> loc(#loc385)
    %77 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x16x16x8xi1> loc(#loc245)
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<8x16x16x8xf32>) outs(%77 : tensor<8x16x16x8xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc129)), %out: i1 loc("gt"(#loc130))):
      %507 = arith.cmpf ogt, %in, %cst_15 : f32 loc(#loc245)
      linalg.yield %507 : i1 loc(#loc245)
    } -> tensor<8x16x16x8xi1> loc(#loc245)
    %79 = tensor.empty() {altgrad.phase = "forward"} : tensor<2x2xf32> loc(#loc246)
    %80 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x8xf32> loc(#loc246)
    %81 = linalg.fill {altgrad.phase = "forward"} ins(%cst_4 : f32) outs(%80 : tensor<8x8x8x8xf32>) -> tensor<8x8x8x8xf32> loc(#loc246)
    %82 = linalg.pooling_nhwc_max {altgrad.phase = "forward", dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%76, %79 : tensor<8x16x16x8xf32>, tensor<2x2xf32>) outs(%81 : tensor<8x8x8x8xf32>) -> tensor<8x8x8x8xf32> loc(#loc246)
    %83 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc247)
    %84 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%83 : tensor<8x8x8x16xf32>) -> tensor<8x8x8x16xf32> loc(#loc247)
    %padded_21 = tensor.pad %82 low[0, 1, 1, 0] high[0, 1, 1, 0] {
    ^bb0(%arg26: index loc("conv_general_dilated"(#loc132)), %arg27: index loc("conv_general_dilated"(#loc132)), %arg28: index loc("conv_general_dilated"(#loc132)), %arg29: index loc("conv_general_dilated"(#loc132))):
      tensor.yield %cst_15 : f32 loc(#loc247)
    } {altgrad.phase = "forward"} : tensor<8x8x8x8xf32> to tensor<8x10x10x8xf32> loc(#loc247)
    %85 = linalg.conv_2d_nhwc_hwcf {altgrad.phase = "forward", dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded_21, %arg7 : tensor<8x10x10x8xf32>, tensor<3x3x8x16xf32>) outs(%84 : tensor<8x8x8x16xf32>) -> tensor<8x8x8x16xf32> loc(#loc247)
    %expanded_22 = tensor.expand_shape %arg6 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] {altgrad.phase = "forward"} : tensor<16xf32> into tensor<1x1x1x16xf32> loc(#loc248)
    %86 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc249)
    %87 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22 : tensor<1x1x1x16xf32>) outs(%86 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc133)), %out: f32 loc("add"(#loc134))):
      linalg.yield %in : f32 loc(#loc249)
    } -> tensor<8x8x8x16xf32> loc(#loc249)
    %88 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc249)
    %89 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %87 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%88 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("conv_general_dilated"(#loc132)), %in_49: f32 loc("add"(#loc134)), %out: f32 loc("add"(#loc134))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc249)
      linalg.yield %507 : f32 loc(#loc249)
    } -> tensor<8x8x8x16xf32> loc(#loc249)
    %90 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc250)
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<8x8x8x16xf32>) outs(%90 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc134)), %out: f32 loc("square"(#loc135))):
      %507 = arith.mulf %in, %in : f32 loc(#loc250)
      linalg.yield %507 : f32 loc(#loc250)
    } -> tensor<8x8x8x16xf32> loc(#loc250)
    %92 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc251)
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<8x8x8x16xf32>) outs(%92 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc134)), %out: f32 loc("mul"(#loc135))):
      %507 = arith.mulf %in, %cst_14 : f32 loc(#loc251)
      linalg.yield %507 : f32 loc(#loc251)
    } -> tensor<8x8x8x16xf32> loc(#loc251)
    %94 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc252)
    %95 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%94 : tensor<16xf32>) -> tensor<16xf32> loc(#loc252)
    %96 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%89 : tensor<8x8x8x16xf32>) outs(%95 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc136)), %out: f32 loc("reduce_sum"(#loc136))):
      %507 = arith.addf %out, %in : f32 loc(#loc252)
      linalg.yield %507 : f32 loc(#loc252)
    } -> tensor<16xf32> loc(#loc252)
    %97 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc253)
    %98 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%96 : tensor<16xf32>) outs(%97 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc136)), %out: f32 loc("div"(#loc136))):
      %507 = arith.divf %in, %cst_7 : f32 loc(#loc253)
      linalg.yield %507 : f32 loc(#loc253)
    } -> tensor<16xf32> loc(#loc253)
    %99 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc252)
    %100 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%99 : tensor<16xf32>) -> tensor<16xf32> loc(#loc252)
    %101 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%91 : tensor<8x8x8x16xf32>) outs(%100 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc136)), %out: f32 loc("reduce_sum"(#loc136))):
      %507 = arith.addf %out, %in : f32 loc(#loc252)
      linalg.yield %507 : f32 loc(#loc252)
    } -> tensor<16xf32> loc(#loc252)
    %102 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc253)
    %103 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%101 : tensor<16xf32>) outs(%102 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc136)), %out: f32 loc("div"(#loc136))):
      %507 = arith.divf %in, %cst_7 : f32 loc(#loc253)
      linalg.yield %507 : f32 loc(#loc253)
    } -> tensor<16xf32> loc(#loc253)
    %104 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc250)
    %105 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%98 : tensor<16xf32>) outs(%104 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc136)), %out: f32 loc("square"(#loc135))):
      %507 = arith.mulf %in, %in : f32 loc(#loc250)
      linalg.yield %507 : f32 loc(#loc250)
    } -> tensor<16xf32> loc(#loc250)
    %106 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc251)
    %107 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%98 : tensor<16xf32>) outs(%106 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc136)), %out: f32 loc("mul"(#loc135))):
      %507 = arith.mulf %in, %cst_14 : f32 loc(#loc251)
      linalg.yield %507 : f32 loc(#loc251)
    } -> tensor<16xf32> loc(#loc251)
    %108 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc254)
    %109 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%103, %105 : tensor<16xf32>, tensor<16xf32>) outs(%108 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc136)), %in_49: f32 loc("square"(#loc135)), %out: f32 loc("sub"(#loc137))):
      %507 = arith.subf %in, %in_49 : f32 loc(#loc254)
      linalg.yield %507 : f32 loc(#loc254)
    } -> tensor<16xf32> loc(#loc254)
    %110 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc255)
    %111 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%109 : tensor<16xf32>) outs(%110 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc137)), %out: f32 loc("max"(#loc138))):
      %507 = arith.maximumf %in, %cst_15 : f32 loc(#loc255)
      linalg.yield %507 : f32 loc(#loc255)
    } -> tensor<16xf32> loc(#loc255)
    %112 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xi1> loc(#loc256)
    %113 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%109, %111 : tensor<16xf32>, tensor<16xf32>) outs(%112 : tensor<16xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc137)), %in_49: f32 loc("max"(#loc138)), %out: i1 loc("eq"(#loc138))):
      %507 = arith.cmpf oeq, %in, %in_49 : f32 loc(#loc256)
      linalg.yield %507 : i1 loc(#loc256)
    } -> tensor<16xi1> loc(#loc256)
    %114 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc257)
    %115 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%113 : tensor<16xi1>) outs(%114 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc138)), %out: f32 loc("select_n"(#loc138))):
      %507 = arith.select %in, %cst_12, %cst_15 : f32 loc(#loc257)
      linalg.yield %507 : f32 loc(#loc257)
    } -> tensor<16xf32> loc(#loc257)
    %116 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xi1> loc(#loc256)
    %117 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%111 : tensor<16xf32>) outs(%116 : tensor<16xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc138)), %out: i1 loc("eq"(#loc138))):
      %507 = arith.cmpf oeq, %cst_15, %in : f32 loc(#loc256)
      linalg.yield %507 : i1 loc(#loc256)
    } -> tensor<16xi1> loc(#loc256)
    %118 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc257)
    %119 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%117 : tensor<16xi1>) outs(%118 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc138)), %out: f32 loc("select_n"(#loc138))):
      %507 = arith.select %in, %cst_14, %cst_12 : f32 loc(#loc257)
      linalg.yield %507 : f32 loc(#loc257)
    } -> tensor<16xf32> loc(#loc257)
    %120 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc258)
    %121 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%115, %119 : tensor<16xf32>, tensor<16xf32>) outs(%120 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc138)), %in_49: f32 loc("select_n"(#loc138)), %out: f32 loc("div"(#loc138))):
      %507 = arith.divf %in, %in_49 : f32 loc(#loc258)
      linalg.yield %507 : f32 loc(#loc258)
    } -> tensor<16xf32> loc(#loc258)
    %122 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc259)
    %123 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg12 : tensor<16xf32>) outs(%122 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("batch_stats['BatchNorm_1']['mean']"), %out: f32 loc("mul"(#loc139))):
      %507 = arith.mulf %in, %cst_11 : f32 loc(#loc259)
      linalg.yield %507 : f32 loc(#loc259)
    } -> tensor<16xf32> loc(#loc259)
    %124 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc260)
    %125 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%98 : tensor<16xf32>) outs(%124 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc136)), %out: f32 loc("mul"(#loc140))):
      %507 = arith.mulf %in, %cst_10 : f32 loc(#loc260)
      linalg.yield %507 : f32 loc(#loc260)
    } -> tensor<16xf32> loc(#loc260)
    %126 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc261)
    %127 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%123, %125 : tensor<16xf32>, tensor<16xf32>) outs(%126 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc139)), %in_49: f32 loc("mul"(#loc140)), %out: f32 loc("add"(#loc139))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc261)
      linalg.yield %507 : f32 loc(#loc261)
    } -> tensor<16xf32> loc(#loc261)
    %128 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc262)
    %129 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg13 : tensor<16xf32>) outs(%128 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("batch_stats['BatchNorm_1']['var']"), %out: f32 loc("mul"(#loc141))):
      %507 = arith.mulf %in, %cst_11 : f32 loc(#loc262)
      linalg.yield %507 : f32 loc(#loc262)
    } -> tensor<16xf32> loc(#loc262)
    %130 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc263)
    %131 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%111 : tensor<16xf32>) outs(%130 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc138)), %out: f32 loc("mul"(#loc142))):
      %507 = arith.mulf %in, %cst_10 : f32 loc(#loc263)
      linalg.yield %507 : f32 loc(#loc263)
    } -> tensor<16xf32> loc(#loc263)
    %132 = tensor.empty() {altgrad.phase = "forward"} : tensor<16xf32> loc(#loc264)
    %133 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%129, %131 : tensor<16xf32>, tensor<16xf32>) outs(%132 : tensor<16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc141)), %in_49: f32 loc("mul"(#loc142)), %out: f32 loc("add"(#loc141))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc264)
      linalg.yield %507 : f32 loc(#loc264)
    } -> tensor<16xf32> loc(#loc264)
    %134 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x16xf32> loc(#loc265)
    %135 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%111 : tensor<16xf32>) outs(%134 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc138)), %out: f32 loc("broadcast_in_dim"(#loc143))):
      linalg.yield %in : f32 loc(#loc265)
    } -> tensor<1x1x1x16xf32> loc(#loc265)
    %136 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc266)
    %137 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%98 : tensor<16xf32>) outs(%136 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc136)), %out: f32 loc("sub"(#loc144))):
      linalg.yield %in : f32 loc(#loc266)
    } -> tensor<8x8x8x16xf32> loc(#loc266)
    %138 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc266)
    %139 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %137 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%138 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc134)), %in_49: f32 loc("sub"(#loc144)), %out: f32 loc("sub"(#loc144))):
      %507 = arith.subf %in, %in_49 : f32 loc(#loc266)
      linalg.yield %507 : f32 loc(#loc266)
    } -> tensor<8x8x8x16xf32> loc(#loc266)
    %140 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x16xf32> loc(#loc267)
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%135 : tensor<1x1x1x16xf32>) outs(%140 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc143)), %out: f32 loc("add"(#loc145))):
      %507 = arith.addf %in, %cst_9 : f32 loc(#loc267)
      linalg.yield %507 : f32 loc(#loc267)
    } -> tensor<1x1x1x16xf32> loc(#loc267)
    %142 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x16xf32> loc(#loc268)
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141 : tensor<1x1x1x16xf32>) outs(%142 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc145)), %out: f32 loc("rsqrt"(#loc146))):
      %507 = math.rsqrt %in : f32 loc(#loc268)
      linalg.yield %507 : f32 loc(#loc268)
    } -> tensor<1x1x1x16xf32> loc(#loc268)
    %144 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x16xf32> loc(#loc269)
    %145 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %141 : tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) outs(%144 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc146)), %in_49: f32 loc("add"(#loc145)), %out: f32 loc("div"(#loc146))):
      %507 = arith.divf %in, %in_49 : f32 loc(#loc269)
      linalg.yield %507 : f32 loc(#loc269)
    } -> tensor<1x1x1x16xf32> loc(#loc269)
    %146 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x16xf32> loc(#loc270)
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%145 : tensor<1x1x1x16xf32>) outs(%146 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc146)), %out: f32 loc("mul"(#loc146))):
      %507 = arith.mulf %in, %cst_8 : f32 loc(#loc270)
      linalg.yield %507 : f32 loc(#loc270)
    } -> tensor<1x1x1x16xf32> loc(#loc270)
    %expanded_23 = tensor.expand_shape %arg3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] {altgrad.phase = "forward"} : tensor<16xf32> into tensor<1x1x1x16xf32> loc(#loc271)
    %148 = tensor.empty() {altgrad.phase = "forward"} : tensor<1x1x1x16xf32> loc(#loc272)
    %149 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %expanded_23 : tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) outs(%148 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc146)), %in_49: f32 loc("reshape"(#loc147)), %out: f32 loc("mul"(#loc148))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc272)
      linalg.yield %507 : f32 loc(#loc272)
    } -> tensor<1x1x1x16xf32> loc(#loc272)
    %150 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc273)
    %151 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%149 : tensor<1x1x1x16xf32>) outs(%150 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc148)), %out: f32 loc("mul"(#loc149))):
      linalg.yield %in : f32 loc(#loc273)
    } -> tensor<8x8x8x16xf32> loc(#loc273)
    %152 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc273)
    %153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%139, %151 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%152 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc144)), %in_49: f32 loc("mul"(#loc149)), %out: f32 loc("mul"(#loc149))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc273)
      linalg.yield %507 : f32 loc(#loc273)
    } -> tensor<8x8x8x16xf32> loc(#loc273)
    %expanded_24 = tensor.expand_shape %arg2 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] {altgrad.phase = "forward"} : tensor<16xf32> into tensor<1x1x1x16xf32> loc(#loc274)
    %154 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc275)
    %155 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<1x1x1x16xf32>) outs(%154 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc150)), %out: f32 loc("add"(#loc151))):
      linalg.yield %in : f32 loc(#loc275)
    } -> tensor<8x8x8x16xf32> loc(#loc275)
    %156 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xf32> loc(#loc275)
    %157 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%153, %155 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%156 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc149)), %in_49: f32 loc("add"(#loc151)), %out: f32 loc("add"(#loc151))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc275)
      linalg.yield %507 : f32 loc(#loc275)
    } -> tensor<8x8x8x16xf32> loc(#loc275)
    %158 = tensor.empty() {altgrad.phase = "forward,other"} : tensor<8x8x8x16xf32> loc(#loc386)
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%157 : tensor<8x8x8x16xf32>) outs(%158 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "forward,other"} {
    ^bb0(%in: f32 loc("add"(#loc151)), %out: f32 loc(callsite(#loc56 at #loc276))):
      %507 = arith.maximumf %in, %cst_15 : f32 loc(#loc386)
      linalg.yield %507 : f32 loc(#loc386)
    } -> tensor<8x8x8x16xf32> loc(#loc386)
    %160 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x8x8x16xi1> loc(#loc277)
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%157 : tensor<8x8x8x16xf32>) outs(%160 : tensor<8x8x8x16xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc151)), %out: i1 loc("gt"(#loc152))):
      %507 = arith.cmpf ogt, %in, %cst_15 : f32 loc(#loc277)
      linalg.yield %507 : i1 loc(#loc277)
    } -> tensor<8x8x8x16xi1> loc(#loc277)
    %162 = tensor.empty() {altgrad.phase = "forward"} : tensor<2x2xf32> loc(#loc278)
    %163 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x4x4x16xf32> loc(#loc278)
    %164 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%163 : tensor<8x4x4x16xf32>) -> tensor<8x4x4x16xf32> loc(#loc278)
    %165 = linalg.pooling_nhwc_sum {altgrad.phase = "forward", dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%159, %162 : tensor<8x8x8x16xf32>, tensor<2x2xf32>) outs(%164 : tensor<8x4x4x16xf32>) -> tensor<8x4x4x16xf32> loc(#loc278)
    %166 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x4x4x16xf32> loc(#loc279)
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%165 : tensor<8x4x4x16xf32>) outs(%166 : tensor<8x4x4x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_window_sum"(#loc131)), %out: f32 loc("div"(#loc153))):
      %507 = arith.divf %in, %cst_6 : f32 loc(#loc279)
      linalg.yield %507 : f32 loc(#loc279)
    } -> tensor<8x4x4x16xf32> loc(#loc279)
    %collapsed = tensor.collapse_shape %167 [[0], [1, 2, 3]] {altgrad.phase = "forward"} : tensor<8x4x4x16xf32> into tensor<8x256xf32> loc(#loc280)
    %168 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x10xf32> loc(#loc281)
    %169 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%168 : tensor<8x10xf32>) -> tensor<8x10xf32> loc(#loc281)
    %170 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed, %arg9 : tensor<8x256xf32>, tensor<256x10xf32>) outs(%169 : tensor<8x10xf32>) -> tensor<8x10xf32> loc(#loc281)
    %expanded_25 = tensor.expand_shape %arg8 [[0, 1]] output_shape [1, 10] {altgrad.phase = "forward"} : tensor<10xf32> into tensor<1x10xf32> loc(#loc282)
    %171 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x10xf32> loc(#loc283)
    %172 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%expanded_25 : tensor<1x10xf32>) outs(%171 : tensor<8x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc156)), %out: f32 loc("add"(#loc157))):
      linalg.yield %in : f32 loc(#loc283)
    } -> tensor<8x10xf32> loc(#loc283)
    %173 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x10xf32> loc(#loc283)
    %174 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%170, %172 : tensor<8x10xf32>, tensor<8x10xf32>) outs(%173 : tensor<8x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc155)), %in_49: f32 loc("add"(#loc157)), %out: f32 loc("add"(#loc157))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc283)
      linalg.yield %507 : f32 loc(#loc283)
    } -> tensor<8x10xf32> loc(#loc283)
    %expanded_26 = tensor.expand_shape %arg25 [[0, 1]] output_shape [8, 1] {altgrad.phase = "forward"} : tensor<8xi32> into tensor<8x1xi32> loc(#loc284)
    %175 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1xi1> loc(#loc285)
    %176 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%expanded_26 : tensor<8x1xi32>) outs(%175 : tensor<8x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("broadcast_in_dim"(#loc158)), %out: i1 loc(callsite(#loc67 at #loc107))):
      %507 = arith.cmpi slt, %in, %c0_i32 : i32 loc(#loc285)
      linalg.yield %507 : i1 loc(#loc285)
    } -> tensor<8x1xi1> loc(#loc285)
    %177 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1xi32> loc(#loc212)
    %178 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%expanded_26 : tensor<8x1xi32>) outs(%177 : tensor<8x1xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("broadcast_in_dim"(#loc158)), %out: i32 loc(callsite(#loc30 at #loc107))):
      %507 = arith.addi %in, %c10_i32 : i32 loc(#loc212)
      linalg.yield %507 : i32 loc(#loc212)
    } -> tensor<8x1xi32> loc(#loc212)
    %179 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1xi32> loc(#loc286)
    %180 = linalg.generic {indexing_maps = [#map7, #map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%176, %178, %expanded_26 : tensor<8x1xi1>, tensor<8x1xi32>, tensor<8x1xi32>) outs(%179 : tensor<8x1xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc67 at #loc107)), %in_49: i32 loc(callsite(#loc30 at #loc107)), %in_50: i32 loc("broadcast_in_dim"(#loc158)), %out: i32 loc(callsite(#loc68 at #loc107))):
      %507 = arith.select %in, %in_49, %in_50 : i32 loc(#loc286)
      linalg.yield %507 : i32 loc(#loc286)
    } -> tensor<8x1xi32> loc(#loc286)
    %expanded_27 = tensor.expand_shape %180 [[0], [1, 2]] output_shape [8, 1, 1] {altgrad.phase = "forward"} : tensor<8x1xi32> into tensor<8x1x1xi32> loc(#loc287)
    %181 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1x1xi1> loc(#loc288)
    %182 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<8x1x1xi32>) outs(%181 : tensor<8x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc69 at #loc107)), %out: i1 loc(callsite(#loc70 at #loc107))):
      %507 = arith.cmpi sge, %in, %c0_i32 : i32 loc(#loc288)
      linalg.yield %507 : i1 loc(#loc288)
    } -> tensor<8x1x1xi1> loc(#loc288)
    %183 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1x1xi1> loc(#loc211)
    %184 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<8x1x1xi32>) outs(%183 : tensor<8x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc69 at #loc107)), %out: i1 loc(callsite(#loc28 at #loc107))):
      %507 = arith.cmpi sle, %in, %c9_i32 : i32 loc(#loc211)
      linalg.yield %507 : i1 loc(#loc211)
    } -> tensor<8x1x1xi1> loc(#loc211)
    %185 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1x1xi1> loc(#loc289)
    %186 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %184 : tensor<8x1x1xi1>, tensor<8x1x1xi1>) outs(%185 : tensor<8x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc70 at #loc107)), %in_49: i1 loc(callsite(#loc28 at #loc107)), %out: i1 loc(callsite(#loc71 at #loc107))):
      %507 = arith.andi %in, %in_49 : i1 loc(#loc289)
      linalg.yield %507 : i1 loc(#loc289)
    } -> tensor<8x1x1xi1> loc(#loc289)
    %187 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1xi1> loc(#loc290)
    %188 = linalg.fill {altgrad.phase = "forward"} ins(%true : i1) outs(%187 : tensor<8x1xi1>) -> tensor<8x1xi1> loc(#loc290)
    %189 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%186 : tensor<8x1x1xi1>) outs(%188 : tensor<8x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc72 at #loc107)), %out: i1 loc(callsite(#loc72 at #loc107))):
      %507 = arith.andi %out, %in : i1 loc(#loc290)
      linalg.yield %507 : i1 loc(#loc290)
    } -> tensor<8x1xi1> loc(#loc290)
    %190 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1xf32> loc(#loc291)
    %191 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel", "parallel"]} outs(%190 : tensor<8x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: f32 loc(callsite(#loc73 at #loc107))):
      %507 = linalg.index 0 : index loc(#loc291)
      %extracted = tensor.extract %expanded_27[%507, %c0, %c0] : tensor<8x1x1xi32> loc(#loc291)
      %508 = arith.index_cast %extracted : i32 to index loc(#loc291)
      %509 = arith.maxsi %508, %c0 : index loc(#loc291)
      %510 = arith.minsi %509, %c9 : index loc(#loc291)
      %extracted_49 = tensor.extract %174[%507, %510] : tensor<8x10xf32> loc(#loc291)
      linalg.yield %extracted_49 : f32 loc(#loc291)
    } -> tensor<8x1xf32> loc(#loc291)
    %192 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x1xf32> loc(#loc286)
    %193 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%189, %191 : tensor<8x1xi1>, tensor<8x1xf32>) outs(%192 : tensor<8x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc72 at #loc107)), %in_49: f32 loc(callsite(#loc73 at #loc107)), %out: f32 loc(callsite(#loc68 at #loc107))):
      %507 = arith.select %in, %in_49, %cst_5 : f32 loc(#loc286)
      linalg.yield %507 : f32 loc(#loc286)
    } -> tensor<8x1xf32> loc(#loc286)
    %194 = tensor.empty() {altgrad.phase = "forward"} : tensor<1xi1> loc(#loc292)
    %195 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%194 : tensor<1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: i1 loc(callsite(#loc71 at #loc159))):
      linalg.yield %true : i1 loc(#loc292)
    } -> tensor<1xi1> loc(#loc292)
    %196 = tensor.empty() {altgrad.phase = "forward"} : tensor<i1> loc(#loc293)
    %197 = linalg.fill {altgrad.phase = "forward"} ins(%true : i1) outs(%196 : tensor<i1>) -> tensor<i1> loc(#loc293)
    %198 = linalg.generic {indexing_maps = [#map4, #map10], iterator_types = ["reduction"]} ins(%195 : tensor<1xi1>) outs(%197 : tensor<i1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc72 at #loc159)), %out: i1 loc(callsite(#loc72 at #loc159))):
      %507 = arith.andi %out, %in : i1 loc(#loc293)
      linalg.yield %507 : i1 loc(#loc293)
    } -> tensor<i1> loc(#loc293)
    %collapsed_28 = tensor.collapse_shape %193 [[0, 1]] {altgrad.phase = "forward"} : tensor<8x1xf32> into tensor<8xf32> loc(#loc294)
    %199 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xi1> loc(#loc295)
    %200 = linalg.generic {indexing_maps = [#map10, #map4], iterator_types = ["parallel"]} ins(%198 : tensor<i1>) outs(%199 : tensor<8xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc72 at #loc159)), %out: i1 loc(callsite(#loc33 at #loc159))):
      linalg.yield %in : i1 loc(#loc295)
    } -> tensor<8xi1> loc(#loc295)
    %201 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc296)
    %202 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%200, %collapsed_28 : tensor<8xi1>, tensor<8xf32>) outs(%201 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc33 at #loc159)), %in_49: f32 loc(callsite(#loc73 at #loc159)), %out: f32 loc(callsite(#loc68 at #loc159))):
      %507 = arith.select %in, %in_49, %cst_5 : f32 loc(#loc296)
      linalg.yield %507 : f32 loc(#loc296)
    } -> tensor<8xf32> loc(#loc296)
    %203 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc297)
    %204 = linalg.fill {altgrad.phase = "forward"} ins(%cst_4 : f32) outs(%203 : tensor<8xf32>) -> tensor<8xf32> loc(#loc297)
    %205 = linalg.generic {indexing_maps = [#map7, #map11], iterator_types = ["parallel", "reduction"]} ins(%174 : tensor<8x10xf32>) outs(%204 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_max"(#loc160)), %out: f32 loc("reduce_max"(#loc160))):
      %507 = arith.maximumf %out, %in : f32 loc(#loc297)
      linalg.yield %507 : f32 loc(#loc297)
    } -> tensor<8xf32> loc(#loc297)
    %206 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xi1> loc(#loc298)
    %207 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%205 : tensor<8xf32>) outs(%206 : tensor<8xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc160)), %out: i1 loc("is_finite"(#loc160))):
      %507 = math.absf %in : f32 loc(#loc298)
      %508 = arith.cmpf one, %507, %cst_3 : f32 loc(#loc298)
      linalg.yield %508 : i1 loc(#loc298)
    } -> tensor<8xi1> loc(#loc298)
    %208 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc300)
    %209 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%207, %205 : tensor<8xi1>, tensor<8xf32>) outs(%208 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("is_finite"(#loc160)), %in_49: f32 loc("max"(#loc160)), %out: f32 loc("select_n"(#loc160))):
      %507 = arith.select %in, %in_49, %cst_15 : f32 loc(#loc300)
      linalg.yield %507 : f32 loc(#loc300)
    } -> tensor<8xf32> loc(#loc300)
    %210 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x10xf32> loc(#loc301)
    %211 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel"]} ins(%209 : tensor<8xf32>) outs(%210 : tensor<8x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc160)), %out: f32 loc("sub"(#loc160))):
      linalg.yield %in : f32 loc(#loc301)
    } -> tensor<8x10xf32> loc(#loc301)
    %212 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x10xf32> loc(#loc301)
    %213 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%174, %211 : tensor<8x10xf32>, tensor<8x10xf32>) outs(%212 : tensor<8x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc157)), %in_49: f32 loc("sub"(#loc160)), %out: f32 loc("sub"(#loc160))):
      %507 = arith.subf %in, %in_49 : f32 loc(#loc301)
      linalg.yield %507 : f32 loc(#loc301)
    } -> tensor<8x10xf32> loc(#loc301)
    %214 = tensor.empty() {altgrad.phase = "forward"} : tensor<8x10xf32> loc(#loc302)
    %215 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%213 : tensor<8x10xf32>) outs(%214 : tensor<8x10xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc160)), %out: f32 loc("exp"(#loc160))):
      %507 = math.exp %in : f32 loc(#loc302)
      linalg.yield %507 : f32 loc(#loc302)
    } -> tensor<8x10xf32> loc(#loc302)
    %216 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc303)
    %217 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%216 : tensor<8xf32>) -> tensor<8xf32> loc(#loc303)
    %218 = linalg.generic {indexing_maps = [#map7, #map11], iterator_types = ["parallel", "reduction"]} ins(%215 : tensor<8x10xf32>) outs(%217 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc160)), %out: f32 loc("reduce_sum"(#loc160))):
      %507 = arith.addf %out, %in : f32 loc(#loc303)
      linalg.yield %507 : f32 loc(#loc303)
    } -> tensor<8xf32> loc(#loc303)
    %219 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc304)
    %220 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%218 : tensor<8xf32>) outs(%219 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc160)), %out: f32 loc("abs"(#loc160))):
      %507 = math.absf %in : f32 loc(#loc304)
      linalg.yield %507 : f32 loc(#loc304)
    } -> tensor<8xf32> loc(#loc304)
    %221 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xi1> loc(#loc305)
    %222 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%218 : tensor<8xf32>) outs(%221 : tensor<8xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc160)), %out: i1 loc("ge"(#loc160))):
      %507 = arith.cmpf oge, %in, %cst_15 : f32 loc(#loc305)
      linalg.yield %507 : i1 loc(#loc305)
    } -> tensor<8xi1> loc(#loc305)
    %223 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc306)
    %224 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%220 : tensor<8xf32>) outs(%223 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("abs"(#loc160)), %out: f32 loc("log"(#loc160))):
      %507 = math.log %in : f32 loc(#loc306)
      linalg.yield %507 : f32 loc(#loc306)
    } -> tensor<8xf32> loc(#loc306)
    %225 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc307)
    %226 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%224, %209 : tensor<8xf32>, tensor<8xf32>) outs(%225 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("log"(#loc160)), %in_49: f32 loc("select_n"(#loc160)), %out: f32 loc("add"(#loc160))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc307)
      linalg.yield %507 : f32 loc(#loc307)
    } -> tensor<8xf32> loc(#loc307)
    %227 = tensor.empty() {altgrad.phase = "forward"} : tensor<8xf32> loc(#loc308)
    %228 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%226, %202 : tensor<8xf32>, tensor<8xf32>) outs(%227 : tensor<8xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc160)), %in_49: f32 loc(callsite(#loc68 at #loc159)), %out: f32 loc("sub"(#loc161))):
      %507 = arith.subf %in, %in_49 : f32 loc(#loc308)
      linalg.yield %507 : f32 loc(#loc308)
    } -> tensor<8xf32> loc(#loc308)
    %229 = tensor.empty() {altgrad.phase = "forward"} : tensor<f32> loc(#loc309)
    %230 = linalg.fill {altgrad.phase = "forward"} ins(%cst_15 : f32) outs(%229 : tensor<f32>) -> tensor<f32> loc(#loc309)
    %231 = linalg.generic {indexing_maps = [#map4, #map10], iterator_types = ["reduction"]} ins(%228 : tensor<8xf32>) outs(%230 : tensor<f32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc162)), %out: f32 loc("reduce_sum"(#loc162))):
      %507 = arith.addf %out, %in : f32 loc(#loc309)
      linalg.yield %507 : f32 loc(#loc309)
    } -> tensor<f32> loc(#loc309)
    %232 = tensor.empty() {altgrad.phase = "forward"} : tensor<f32> loc(#loc310)
    %233 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%231 : tensor<f32>) outs(%232 : tensor<f32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc162)), %out: f32 loc("div"(#loc162))):
      %507 = arith.divf %in, %cst_2 : f32 loc(#loc310)
      linalg.yield %507 : f32 loc(#loc310)
    } -> tensor<f32> loc(#loc310)
    %234 = tensor.empty() {altgrad.phase = "backward"} : tensor<f32> loc(#loc311)
    %235 = linalg.generic {indexing_maps = [#map12], iterator_types = []} outs(%234 : tensor<f32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: f32 loc("div"(#loc163))):
      linalg.yield %cst : f32 loc(#loc311)
    } -> tensor<f32> loc(#loc311)
    %236 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc312)
    %237 = linalg.generic {indexing_maps = [#map10, #map4], iterator_types = ["parallel"]} ins(%235 : tensor<f32>) outs(%236 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc163)), %out: f32 loc("broadcast_in_dim"(#loc163))):
      linalg.yield %in : f32 loc(#loc312)
    } -> tensor<8xf32> loc(#loc312)
    %238 = tensor.empty() {altgrad.phase = "backward"} : tensor<f32> loc(#loc313)
    %239 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%235 : tensor<f32>) outs(%238 : tensor<f32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc163)), %out: f32 loc("neg"(#loc164))):
      %507 = arith.negf %in : f32 loc(#loc313)
      linalg.yield %507 : f32 loc(#loc313)
    } -> tensor<f32> loc(#loc313)
    %240 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc313)
    %241 = linalg.generic {indexing_maps = [#map10, #map4], iterator_types = ["parallel"]} ins(%239 : tensor<f32>) outs(%240 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc164)), %out: f32 loc("neg"(#loc164))):
      linalg.yield %in : f32 loc(#loc313)
    } -> tensor<8xf32> loc(#loc313)
    %242 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc314)
    %243 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%237, %220 : tensor<8xf32>, tensor<8xf32>) outs(%242 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc163)), %in_49: f32 loc("abs"(#loc160)), %out: f32 loc("div"(#loc165))):
      %507 = arith.divf %in, %in_49 : f32 loc(#loc314)
      linalg.yield %507 : f32 loc(#loc314)
    } -> tensor<8xf32> loc(#loc314)
    %244 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc315)
    %245 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%222, %243 : tensor<8xi1>, tensor<8xf32>) outs(%244 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("ge"(#loc160)), %in_49: f32 loc("div"(#loc165)), %out: f32 loc("select_n"(#loc165))):
      %507 = arith.select %in, %cst_15, %in_49 : f32 loc(#loc315)
      linalg.yield %507 : f32 loc(#loc315)
    } -> tensor<8xf32> loc(#loc315)
    %246 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc315)
    %247 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%222, %243 : tensor<8xi1>, tensor<8xf32>) outs(%246 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("ge"(#loc160)), %in_49: f32 loc("div"(#loc165)), %out: f32 loc("select_n"(#loc165))):
      %507 = arith.select %in, %in_49, %cst_15 : f32 loc(#loc315)
      linalg.yield %507 : f32 loc(#loc315)
    } -> tensor<8xf32> loc(#loc315)
    %248 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc316)
    %249 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%245 : tensor<8xf32>) outs(%248 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc165)), %out: f32 loc("neg"(#loc165))):
      %507 = arith.negf %in : f32 loc(#loc316)
      linalg.yield %507 : f32 loc(#loc316)
    } -> tensor<8xf32> loc(#loc316)
    %250 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc317)
    %251 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%247, %249 : tensor<8xf32>, tensor<8xf32>) outs(%250 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc165)), %in_49: f32 loc("neg"(#loc165)), %out: f32 loc("add_any"(#loc165))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc317)
      linalg.yield %507 : f32 loc(#loc317)
    } -> tensor<8xf32> loc(#loc317)
    %252 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x10xf32> loc(#loc318)
    %253 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel"]} ins(%251 : tensor<8xf32>) outs(%252 : tensor<8x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc165)), %out: f32 loc("broadcast_in_dim"(#loc165))):
      linalg.yield %in : f32 loc(#loc318)
    } -> tensor<8x10xf32> loc(#loc318)
    %254 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x10xf32> loc(#loc319)
    %255 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%253, %215 : tensor<8x10xf32>, tensor<8x10xf32>) outs(%254 : tensor<8x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc165)), %in_49: f32 loc("exp"(#loc160)), %out: f32 loc("mul"(#loc165))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc319)
      linalg.yield %507 : f32 loc(#loc319)
    } -> tensor<8x10xf32> loc(#loc319)
    %expanded_29 = tensor.expand_shape %241 [[0, 1, 2]] output_shape [1, 1, 8] {altgrad.phase = "backward"} : tensor<8xf32> into tensor<1x1x8xf32> loc(#loc213)
    %c1 = arith.constant {altgrad.phase = "backward"} 1 : index loc(#loc213)
    %c8 = arith.constant {altgrad.phase = "backward"} 8 : index loc(#loc213)
    %c0_30 = arith.constant {altgrad.phase = "backward"} 0 : index loc(#loc213)
    %256 = scf.for %arg26 = %c0_30 to %c1 step %c1 iter_args(%arg27 = %cst_18) -> (tensor<1x8xf32>) {
      %507 = scf.for %arg28 = %c0_30 to %c1 step %c1 iter_args(%arg29 = %arg27) -> (tensor<1x8xf32>) {
        %508 = scf.for %arg30 = %c0_30 to %c8 step %c1 iter_args(%arg31 = %arg29) -> (tensor<1x8xf32>) {
          %extracted = tensor.extract %cst_16[%arg26, %c0_30] : tensor<1x1xi32> loc(#loc213)
          %509 = arith.index_cast %extracted : i32 to index loc(#loc213)
          %510 = arith.addi %arg28, %509 : index loc(#loc213)
          %511 = arith.cmpi ult, %510, %c1 : index loc(#loc213)
          %512 = arith.cmpi ult, %arg30, %c8 : index loc(#loc213)
          %513 = arith.andi %511, %512 : i1 loc(#loc213)
          %514 = scf.if %513 -> (tensor<1x8xf32>) {
            %extracted_49 = tensor.extract %expanded_29[%arg26, %arg28, %arg30] : tensor<1x1x8xf32> loc(#loc213)
            %extracted_50 = tensor.extract %arg31[%510, %arg30] : tensor<1x8xf32> loc(#loc213)
            %515 = arith.addf %extracted_50, %extracted_49 : f32 loc(#loc320)
            %inserted = tensor.insert %515 into %arg31[%510, %arg30] : tensor<1x8xf32> loc(#loc213)
            scf.yield %inserted : tensor<1x8xf32> loc(#loc213)
          } else {
            scf.yield %arg31 : tensor<1x8xf32> loc(#loc213)
          } loc(#loc213)
          scf.yield %514 : tensor<1x8xf32> loc(#loc213)
        } loc(#loc213)
        scf.yield %508 : tensor<1x8xf32> loc(#loc213)
      } loc(#loc213)
      scf.yield %507 : tensor<1x8xf32> loc(#loc213)
    } {altgrad.phase = "backward"} loc(#loc213)
    %collapsed_31 = tensor.collapse_shape %256 [[0, 1]] {altgrad.phase = "backward"} : tensor<1x8xf32> into tensor<8xf32> loc(#loc213)
    %257 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x1x1xi32> loc(#loc321)
    %258 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel"]} outs(%257 : tensor<8x1x1xi32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: i32 loc(callsite(#loc at #loc109))):
      %507 = linalg.index 0 : index loc(#loc321)
      %508 = arith.index_cast %507 : index to i32 loc(#loc321)
      linalg.yield %508 : i32 loc(#loc321)
    } -> tensor<8x1x1xi32> loc(#loc321)
    %259 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x1x2xi32> loc(#loc321)
    %inserted_slice = tensor.insert_slice %258 into %259[0, 0, 0] [8, 1, 1] [1, 1, 1] {altgrad.phase = "backward"} : tensor<8x1x1xi32> into tensor<8x1x2xi32> loc(#loc321)
    %inserted_slice_32 = tensor.insert_slice %expanded_27 into %inserted_slice[0, 0, 1] [8, 1, 1] [1, 1, 1] {altgrad.phase = "backward"} : tensor<8x1x1xi32> into tensor<8x1x2xi32> loc(#loc321)
    %collapsed_33 = tensor.collapse_shape %inserted_slice_32 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<8x1x2xi32> into tensor<8x2xi32> loc(#loc322)
    %c1_34 = arith.constant {altgrad.phase = "backward"} 1 : index loc(#loc322)
    %c8_35 = arith.constant {altgrad.phase = "backward"} 8 : index loc(#loc322)
    %c10 = arith.constant {altgrad.phase = "backward"} 10 : index loc(#loc322)
    %c0_36 = arith.constant {altgrad.phase = "backward"} 0 : index loc(#loc322)
    %260 = scf.for %arg26 = %c0_36 to %c8_35 step %c1_34 iter_args(%arg27 = %cst_17) -> (tensor<8x10xf32>) {
      %extracted = tensor.extract %collapsed_33[%arg26, %c0_36] : tensor<8x2xi32> loc(#loc322)
      %507 = arith.index_cast %extracted : i32 to index loc(#loc322)
      %508 = arith.addi %c0_36, %507 : index loc(#loc322)
      %extracted_49 = tensor.extract %collapsed_33[%arg26, %c1_34] : tensor<8x2xi32> loc(#loc322)
      %509 = arith.index_cast %extracted_49 : i32 to index loc(#loc322)
      %510 = arith.addi %c0_36, %509 : index loc(#loc322)
      %511 = arith.cmpi ult, %508, %c8_35 : index loc(#loc322)
      %512 = arith.cmpi ult, %510, %c10 : index loc(#loc322)
      %513 = arith.andi %511, %512 : i1 loc(#loc322)
      %514 = scf.if %513 -> (tensor<8x10xf32>) {
        %extracted_50 = tensor.extract %collapsed_31[%arg26] : tensor<8xf32> loc(#loc322)
        %extracted_51 = tensor.extract %arg27[%508, %510] : tensor<8x10xf32> loc(#loc322)
        %515 = arith.addf %extracted_51, %extracted_50 : f32 loc(#loc323)
        %inserted = tensor.insert %515 into %arg27[%508, %510] : tensor<8x10xf32> loc(#loc322)
        scf.yield %inserted : tensor<8x10xf32> loc(#loc322)
      } else {
        scf.yield %arg27 : tensor<8x10xf32> loc(#loc322)
      } loc(#loc322)
      scf.yield %514 : tensor<8x10xf32> loc(#loc322)
    } {altgrad.phase = "backward"} loc(#loc322)
    %261 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x10xf32> loc(#loc324)
    %262 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%255, %260 : tensor<8x10xf32>, tensor<8x10xf32>) outs(%261 : tensor<8x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc165)), %in_49: f32 loc(callsite(#loc31 at #loc109)), %out: f32 loc("add_any"(#loc166))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc324)
      linalg.yield %507 : f32 loc(#loc324)
    } -> tensor<8x10xf32> loc(#loc324)
    %263 = tensor.empty() {altgrad.phase = "backward"} : tensor<10xf32> loc(#loc325)
    %264 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%263 : tensor<10xf32>) -> tensor<10xf32> loc(#loc325)
    %265 = linalg.generic {indexing_maps = [#map13, #map11], iterator_types = ["parallel", "reduction"]} ins(%262 : tensor<8x10xf32>) outs(%264 : tensor<10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc167)), %out: f32 loc("reduce_sum"(#loc167))):
      %507 = arith.addf %out, %in : f32 loc(#loc325)
      linalg.yield %507 : f32 loc(#loc325)
    } -> tensor<10xf32> loc(#loc325)
    %266 = tensor.empty() {altgrad.phase = "backward"} : tensor<10x8xf32> loc(#loc326)
    %267 = linalg.generic {indexing_maps = [#map13, #map7], iterator_types = ["parallel", "parallel"]} ins(%262 : tensor<8x10xf32>) outs(%266 : tensor<10x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc166)), %out: f32 loc("dot_general"(#loc168))):
      linalg.yield %in : f32 loc(#loc326)
    } -> tensor<10x8xf32> loc(#loc326)
    %268 = tensor.empty() {altgrad.phase = "backward"} : tensor<10x256xf32> loc(#loc326)
    %269 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%268 : tensor<10x256xf32>) -> tensor<10x256xf32> loc(#loc326)
    %270 = linalg.matmul {altgrad.phase = "backward"} ins(%267, %collapsed : tensor<10x8xf32>, tensor<8x256xf32>) outs(%269 : tensor<10x256xf32>) -> tensor<10x256xf32> loc(#loc326)
    %271 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x10xf32> loc(#loc327)
    %272 = linalg.generic {indexing_maps = [#map13, #map7], iterator_types = ["parallel", "parallel"]} ins(%270 : tensor<10x256xf32>) outs(%271 : tensor<256x10xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc168)), %out: f32 loc("transpose"(#loc168))):
      linalg.yield %in : f32 loc(#loc327)
    } -> tensor<256x10xf32> loc(#loc327)
    %273 = tensor.empty() {altgrad.phase = "backward"} : tensor<10x256xf32> loc(#loc326)
    %274 = linalg.generic {indexing_maps = [#map13, #map7], iterator_types = ["parallel", "parallel"]} ins(%arg9 : tensor<256x10xf32>) outs(%273 : tensor<10x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Dense_0']['kernel']"), %out: f32 loc("dot_general"(#loc168))):
      linalg.yield %in : f32 loc(#loc326)
    } -> tensor<10x256xf32> loc(#loc326)
    %275 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x256xf32> loc(#loc326)
    %276 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%275 : tensor<8x256xf32>) -> tensor<8x256xf32> loc(#loc326)
    %277 = linalg.matmul {altgrad.phase = "backward"} ins(%262, %274 : tensor<8x10xf32>, tensor<10x256xf32>) outs(%276 : tensor<8x256xf32>) -> tensor<8x256xf32> loc(#loc326)
    %expanded_37 = tensor.expand_shape %277 [[0], [1, 2, 3]] output_shape [8, 4, 4, 16] {altgrad.phase = "backward"} : tensor<8x256xf32> into tensor<8x4x4x16xf32> loc(#loc328)
    %278 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x4x4x16xf32> loc(#loc329)
    %279 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<8x4x4x16xf32>) outs(%278 : tensor<8x4x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc169)), %out: f32 loc("div"(#loc170))):
      %507 = arith.divf %in, %cst_6 : f32 loc(#loc329)
      linalg.yield %507 : f32 loc(#loc329)
    } -> tensor<8x4x4x16xf32> loc(#loc329)
    %280 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x9x9x16xf32> loc(#loc330)
    %281 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%280 : tensor<8x9x9x16xf32>) -> tensor<8x9x9x16xf32> loc(#loc330)
    %inserted_slice_38 = tensor.insert_slice %279 into %281[0, 1, 1, 0] [8, 4, 4, 16] [1, 2, 2, 1] {altgrad.phase = "backward"} : tensor<8x4x4x16xf32> into tensor<8x9x9x16xf32> loc(#loc330)
    %282 = tensor.empty() {altgrad.phase = "backward"} : tensor<2x2xf32> loc(#loc331)
    %283 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc331)
    %284 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%283 : tensor<8x8x8x16xf32>) -> tensor<8x8x8x16xf32> loc(#loc331)
    %285 = linalg.pooling_nhwc_sum {altgrad.phase = "backward", dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%inserted_slice_38, %282 : tensor<8x9x9x16xf32>, tensor<2x2xf32>) outs(%284 : tensor<8x8x8x16xf32>) -> tensor<8x8x8x16xf32> loc(#loc331)
    %286 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc332)
    %287 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%161, %285 : tensor<8x8x8x16xi1>, tensor<8x8x8x16xf32>) outs(%286 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("gt"(#loc152)), %in_49: f32 loc("reduce_window_sum"(#loc106)), %out: f32 loc("select_n"(#loc171))):
      %507 = arith.select %in, %in_49, %cst_15 : f32 loc(#loc332)
      linalg.yield %507 : f32 loc(#loc332)
    } -> tensor<8x8x8x16xf32> loc(#loc332)
    %288 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc333)
    %289 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%288 : tensor<16xf32>) -> tensor<16xf32> loc(#loc333)
    %290 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%287 : tensor<8x8x8x16xf32>) outs(%289 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc172)), %out: f32 loc("reduce_sum"(#loc172))):
      %507 = arith.addf %out, %in : f32 loc(#loc333)
      linalg.yield %507 : f32 loc(#loc333)
    } -> tensor<16xf32> loc(#loc333)
    %291 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc334)
    %292 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%139, %287 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%291 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("sub"(#loc144)), %in_49: f32 loc("select_n"(#loc171)), %out: f32 loc("mul"(#loc173))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc334)
      linalg.yield %507 : f32 loc(#loc334)
    } -> tensor<8x8x8x16xf32> loc(#loc334)
    %293 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc335)
    %294 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%293 : tensor<16xf32>) -> tensor<16xf32> loc(#loc335)
    %295 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%292 : tensor<8x8x8x16xf32>) outs(%294 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc173)), %out: f32 loc("reduce_sum"(#loc173))):
      %507 = arith.addf %out, %in : f32 loc(#loc335)
      linalg.yield %507 : f32 loc(#loc335)
    } -> tensor<16xf32> loc(#loc335)
    %expanded_39 = tensor.expand_shape %295 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] {altgrad.phase = "backward"} : tensor<16xf32> into tensor<1x1x1x16xf32> loc(#loc336)
    %296 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc334)
    %297 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%287, %151 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%296 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc171)), %in_49: f32 loc("mul"(#loc149)), %out: f32 loc("mul"(#loc173))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc334)
      linalg.yield %507 : f32 loc(#loc334)
    } -> tensor<8x8x8x16xf32> loc(#loc334)
    %298 = tensor.empty() {altgrad.phase = "backward"} : tensor<1x1x1x16xf32> loc(#loc337)
    %299 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %expanded_39 : tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) outs(%298 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc146)), %in_49: f32 loc("reshape"(#loc173)), %out: f32 loc("mul"(#loc174))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc337)
      linalg.yield %507 : f32 loc(#loc337)
    } -> tensor<1x1x1x16xf32> loc(#loc337)
    %300 = tensor.empty() {altgrad.phase = "backward"} : tensor<1x1x1x16xf32> loc(#loc337)
    %301 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39, %expanded_23 : tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) outs(%300 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc173)), %in_49: f32 loc("reshape"(#loc147)), %out: f32 loc("mul"(#loc174))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc337)
      linalg.yield %507 : f32 loc(#loc337)
    } -> tensor<1x1x1x16xf32> loc(#loc337)
    %collapsed_40 = tensor.collapse_shape %299 [[0, 1, 2, 3]] {altgrad.phase = "backward"} : tensor<1x1x1x16xf32> into tensor<16xf32> loc(#loc338)
    %302 = tensor.empty() {altgrad.phase = "backward"} : tensor<1x1x1x16xf32> loc(#loc339)
    %303 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%301, %147 : tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) outs(%302 : tensor<1x1x1x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc174)), %in_49: f32 loc("mul"(#loc146)), %out: f32 loc("mul"(#loc176))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc339)
      linalg.yield %507 : f32 loc(#loc339)
    } -> tensor<1x1x1x16xf32> loc(#loc339)
    %304 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc340)
    %305 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%297 : tensor<8x8x8x16xf32>) outs(%304 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc173)), %out: f32 loc("neg"(#loc177))):
      %507 = arith.negf %in : f32 loc(#loc340)
      linalg.yield %507 : f32 loc(#loc340)
    } -> tensor<8x8x8x16xf32> loc(#loc340)
    %306 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc341)
    %307 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%306 : tensor<16xf32>) -> tensor<16xf32> loc(#loc341)
    %308 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%305 : tensor<8x8x8x16xf32>) outs(%307 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc177)), %out: f32 loc("reduce_sum"(#loc177))):
      %507 = arith.addf %out, %in : f32 loc(#loc341)
      linalg.yield %507 : f32 loc(#loc341)
    } -> tensor<16xf32> loc(#loc341)
    %expanded_41 = tensor.expand_shape %308 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] {altgrad.phase = "backward"} : tensor<16xf32> into tensor<1x1x1x16xf32> loc(#loc342)
    %309 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc343)
    %310 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%309 : tensor<16xf32>) -> tensor<16xf32> loc(#loc343)
    %311 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%303 : tensor<1x1x1x16xf32>) outs(%310 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc178)), %out: f32 loc("reduce_sum"(#loc178))):
      %507 = arith.addf %out, %in : f32 loc(#loc343)
      linalg.yield %507 : f32 loc(#loc343)
    } -> tensor<16xf32> loc(#loc343)
    %312 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc344)
    %313 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%312 : tensor<16xf32>) -> tensor<16xf32> loc(#loc344)
    %314 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%expanded_41 : tensor<1x1x1x16xf32>) outs(%313 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc179)), %out: f32 loc("reduce_sum"(#loc179))):
      %507 = arith.addf %out, %in : f32 loc(#loc344)
      linalg.yield %507 : f32 loc(#loc344)
    } -> tensor<16xf32> loc(#loc344)
    %315 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc345)
    %316 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%311, %121 : tensor<16xf32>, tensor<16xf32>) outs(%315 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc178)), %in_49: f32 loc("div"(#loc138)), %out: f32 loc("mul"(#loc180))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc345)
      linalg.yield %507 : f32 loc(#loc345)
    } -> tensor<16xf32> loc(#loc345)
    %317 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc346)
    %318 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%316 : tensor<16xf32>) outs(%317 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc180)), %out: f32 loc("neg"(#loc181))):
      %507 = arith.negf %in : f32 loc(#loc346)
      linalg.yield %507 : f32 loc(#loc346)
    } -> tensor<16xf32> loc(#loc346)
    %319 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc347)
    %320 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%318, %107 : tensor<16xf32>, tensor<16xf32>) outs(%319 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc181)), %in_49: f32 loc("mul"(#loc135)), %out: f32 loc("mul"(#loc182))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc347)
      linalg.yield %507 : f32 loc(#loc347)
    } -> tensor<16xf32> loc(#loc347)
    %321 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc348)
    %322 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%314, %320 : tensor<16xf32>, tensor<16xf32>) outs(%321 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc179)), %in_49: f32 loc("mul"(#loc182)), %out: f32 loc("add_any"(#loc182))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc348)
      linalg.yield %507 : f32 loc(#loc348)
    } -> tensor<16xf32> loc(#loc348)
    %323 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc349)
    %324 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%316 : tensor<16xf32>) outs(%323 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc180)), %out: f32 loc("div"(#loc183))):
      %507 = arith.divf %in, %cst_7 : f32 loc(#loc349)
      linalg.yield %507 : f32 loc(#loc349)
    } -> tensor<16xf32> loc(#loc349)
    %325 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc350)
    %326 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%324 : tensor<16xf32>) outs(%325 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc183)), %out: f32 loc("broadcast_in_dim"(#loc183))):
      linalg.yield %in : f32 loc(#loc350)
    } -> tensor<8x8x8x16xf32> loc(#loc350)
    %327 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc349)
    %328 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%322 : tensor<16xf32>) outs(%327 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc182)), %out: f32 loc("div"(#loc183))):
      %507 = arith.divf %in, %cst_7 : f32 loc(#loc349)
      linalg.yield %507 : f32 loc(#loc349)
    } -> tensor<16xf32> loc(#loc349)
    %329 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc350)
    %330 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%328 : tensor<16xf32>) outs(%329 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc183)), %out: f32 loc("broadcast_in_dim"(#loc183))):
      linalg.yield %in : f32 loc(#loc350)
    } -> tensor<8x8x8x16xf32> loc(#loc350)
    %331 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc351)
    %332 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%297, %330 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%331 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc173)), %in_49: f32 loc("broadcast_in_dim"(#loc183)), %out: f32 loc("add_any"(#loc183))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc351)
      linalg.yield %507 : f32 loc(#loc351)
    } -> tensor<8x8x8x16xf32> loc(#loc351)
    %333 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc347)
    %334 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%326, %93 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%333 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc183)), %in_49: f32 loc("mul"(#loc135)), %out: f32 loc("mul"(#loc182))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc347)
      linalg.yield %507 : f32 loc(#loc347)
    } -> tensor<8x8x8x16xf32> loc(#loc347)
    %335 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc348)
    %336 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%332, %334 : tensor<8x8x8x16xf32>, tensor<8x8x8x16xf32>) outs(%335 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc183)), %in_49: f32 loc("mul"(#loc182)), %out: f32 loc("add_any"(#loc182))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc348)
      linalg.yield %507 : f32 loc(#loc348)
    } -> tensor<8x8x8x16xf32> loc(#loc348)
    %337 = tensor.empty() {altgrad.phase = "backward"} : tensor<16xf32> loc(#loc352)
    %338 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%337 : tensor<16xf32>) -> tensor<16xf32> loc(#loc352)
    %339 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%336 : tensor<8x8x8x16xf32>) outs(%338 : tensor<16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc184)), %out: f32 loc("reduce_sum"(#loc184))):
      %507 = arith.addf %out, %in : f32 loc(#loc352)
      linalg.yield %507 : f32 loc(#loc352)
    } -> tensor<16xf32> loc(#loc352)
    %340 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x8xf32> loc(#loc353)
    %341 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82 : tensor<8x8x8x8xf32>) outs(%340 : tensor<8x8x8x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_window_max"(#loc131)), %out: f32 loc("conv_general_dilated"(#loc185))):
      linalg.yield %in : f32 loc(#loc353)
    } -> tensor<8x8x8x8xf32> loc(#loc353)
    %342 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> loc(#loc353)
    %343 = linalg.generic {indexing_maps = [#map15, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%336 : tensor<8x8x8x16xf32>) outs(%342 : tensor<8x8x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc182)), %out: f32 loc("conv_general_dilated"(#loc185))):
      linalg.yield %in : f32 loc(#loc353)
    } -> tensor<8x8x8x16xf32> loc(#loc353)
    %344 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x3x3x16xf32> loc(#loc353)
    %345 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%344 : tensor<8x3x3x16xf32>) -> tensor<8x3x3x16xf32> loc(#loc353)
    %padded_42 = tensor.pad %341 low[0, 1, 1, 0] high[0, 1, 1, 0] {
    ^bb0(%arg26: index loc("conv_general_dilated"(#loc185)), %arg27: index loc("conv_general_dilated"(#loc185)), %arg28: index loc("conv_general_dilated"(#loc185)), %arg29: index loc("conv_general_dilated"(#loc185))):
      tensor.yield %cst_15 : f32 loc(#loc353)
    } {altgrad.phase = "backward"} : tensor<8x8x8x8xf32> to tensor<8x10x10x8xf32> loc(#loc353)
    %346 = linalg.conv_2d_nhwc_hwcf {altgrad.phase = "backward", dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded_42, %343 : tensor<8x10x10x8xf32>, tensor<8x8x8x16xf32>) outs(%345 : tensor<8x3x3x16xf32>) -> tensor<8x3x3x16xf32> loc(#loc353)
    %347 = tensor.empty() {altgrad.phase = "backward"} : tensor<3x3x8x16xf32> loc(#loc353)
    %348 = linalg.generic {indexing_maps = [#map15, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%346 : tensor<8x3x3x16xf32>) outs(%347 : tensor<3x3x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("conv_general_dilated"(#loc185)), %out: f32 loc("conv_general_dilated"(#loc185))):
      linalg.yield %in : f32 loc(#loc353)
    } -> tensor<3x3x8x16xf32> loc(#loc353)
    %349 = tensor.empty() {altgrad.phase = "backward"} : tensor<3x3x8x16xf32> loc(#loc354)
    %350 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%349 : tensor<3x3x8x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: f32 loc("rev"(#loc185))):
      %507 = linalg.index 0 : index loc(#loc354)
      %508 = arith.subi %c2, %507 : index loc(#loc354)
      %509 = linalg.index 1 : index loc(#loc354)
      %510 = arith.subi %c2, %509 : index loc(#loc354)
      %511 = linalg.index 2 : index loc(#loc354)
      %512 = linalg.index 3 : index loc(#loc354)
      %extracted = tensor.extract %arg7[%508, %510, %511, %512] : tensor<3x3x8x16xf32> loc(#loc354)
      linalg.yield %extracted : f32 loc(#loc354)
    } -> tensor<3x3x8x16xf32> loc(#loc354)
    %351 = tensor.empty() {altgrad.phase = "backward"} : tensor<3x3x16x8xf32> loc(#loc353)
    %352 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%350 : tensor<3x3x8x16xf32>) outs(%351 : tensor<3x3x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("rev"(#loc185)), %out: f32 loc("conv_general_dilated"(#loc185))):
      linalg.yield %in : f32 loc(#loc353)
    } -> tensor<3x3x16x8xf32> loc(#loc353)
    %353 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x8xf32> loc(#loc353)
    %354 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%353 : tensor<8x8x8x8xf32>) -> tensor<8x8x8x8xf32> loc(#loc353)
    %padded_43 = tensor.pad %336 low[0, 1, 1, 0] high[0, 1, 1, 0] {
    ^bb0(%arg26: index loc("conv_general_dilated"(#loc185)), %arg27: index loc("conv_general_dilated"(#loc185)), %arg28: index loc("conv_general_dilated"(#loc185)), %arg29: index loc("conv_general_dilated"(#loc185))):
      tensor.yield %cst_15 : f32 loc(#loc353)
    } {altgrad.phase = "backward"} : tensor<8x8x8x16xf32> to tensor<8x10x10x16xf32> loc(#loc353)
    %355 = linalg.conv_2d_nhwc_hwcf {altgrad.phase = "backward", dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded_43, %352 : tensor<8x10x10x16xf32>, tensor<3x3x16x8xf32>) outs(%354 : tensor<8x8x8x8xf32>) -> tensor<8x8x8x8xf32> loc(#loc353)
    %356 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x8xf32> loc(#loc384)
    %357 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x8x8xi32> loc(#loc384)
    %358 = linalg.fill {altgrad.phase = "backward"} ins(%c-1_i32 : i32) outs(%357 : tensor<8x8x8x8xi32>) -> tensor<8x8x8x8xi32> loc(#loc384)
    %359 = tensor.empty() {altgrad.phase = "backward"} : tensor<2x2xf32> loc(#loc384)
    %360:2 = linalg.generic {indexing_maps = [#map17, #map18, #map19, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%76, %359 : tensor<8x16x16x8xf32>, tensor<2x2xf32>) outs(%356, %358 : tensor<8x8x8x8xf32>, tensor<8x8x8x8xi32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_and_scatter:"(#loc79)), %in_49: f32 loc(unknown), %out: f32 loc("select_and_scatter:"(#loc79)), %out_50: i32 loc(unknown)):
      %507 = arith.cmpf oge, %in, %out : f32 loc(#loc390)
      %508 = arith.cmpi eq, %out_50, %c-1_i32 : i32 loc(#loc384)
      %509 = arith.ori %507, %508 : i1 loc(#loc384)
      %510 = linalg.index 4 : index loc(#loc384)
      %511 = linalg.index 5 : index loc(#loc384)
      %512 = arith.muli %510, %c2 : index loc(#loc384)
      %513 = arith.addi %512, %511 : index loc(#loc384)
      %514 = arith.index_cast %513 : index to i32 loc(#loc384)
      %515 = arith.select %509, %514, %out_50 : i32 loc(#loc384)
      %516 = arith.select %509, %in, %out : f32 loc(#loc384)
      linalg.yield %516, %515 : f32, i32 loc(#loc384)
    } -> (tensor<8x8x8x8xf32>, tensor<8x8x8x8xi32>) loc(#loc384)
    %361 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x8x2x8x2x8xf32> loc(#loc384)
    %362 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%361 : tensor<8x8x2x8x2x8xf32>) -> tensor<8x8x2x8x2x8xf32> loc(#loc384)
    %363 = linalg.generic {indexing_maps = [#map20, #map20, #map21], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%360#1, %355 : tensor<8x8x8x8xi32>, tensor<8x8x8x8xf32>) outs(%362 : tensor<8x8x2x8x2x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i32 loc(unknown), %in_49: f32 loc("select_and_scatter:"(#loc79)), %out: f32 loc("select_and_scatter:"(#loc79))):
      %507 = arith.addf %in_49, %out : f32 loc(#loc388)
      %508 = linalg.index 2 : index loc(#loc384)
      %509 = linalg.index 4 : index loc(#loc384)
      %510 = arith.muli %508, %c2 : index loc(#loc384)
      %511 = arith.addi %510, %509 : index loc(#loc384)
      %512 = arith.index_cast %511 : index to i32 loc(#loc384)
      %513 = arith.cmpi eq, %512, %in : i32 loc(#loc384)
      %514 = arith.select %513, %507, %out : f32 loc(#loc384)
      linalg.yield %514 : f32 loc(#loc384)
    } -> tensor<8x8x2x8x2x8xf32> loc(#loc384)
    %collapsed_44 = tensor.collapse_shape %363 [[0], [1, 2], [3, 4], [5]] {altgrad.phase = "backward"} : tensor<8x8x2x8x2x8xf32> into tensor<8x16x16x8xf32> loc(#loc384)
    %364 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc357)
    %365 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78, %collapsed_44 : tensor<8x16x16x8xi1>, tensor<8x16x16x8xf32>) outs(%364 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("gt"(#loc130)), %in_49: f32 loc(""(#loc358)), %out: f32 loc("select_n"(#loc189))):
      %507 = arith.select %in, %in_49, %cst_15 : f32 loc(#loc357)
      linalg.yield %507 : f32 loc(#loc357)
    } -> tensor<8x16x16x8xf32> loc(#loc357)
    %366 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc359)
    %367 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%366 : tensor<8xf32>) -> tensor<8xf32> loc(#loc359)
    %368 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%365 : tensor<8x16x16x8xf32>) outs(%367 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc191)), %out: f32 loc("reduce_sum"(#loc191))):
      %507 = arith.addf %out, %in : f32 loc(#loc359)
      linalg.yield %507 : f32 loc(#loc359)
    } -> tensor<8xf32> loc(#loc359)
    %369 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc360)
    %370 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %365 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%369 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("sub"(#loc122)), %in_49: f32 loc("select_n"(#loc189)), %out: f32 loc("mul"(#loc192))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc360)
      linalg.yield %507 : f32 loc(#loc360)
    } -> tensor<8x16x16x8xf32> loc(#loc360)
    %371 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc361)
    %372 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%371 : tensor<8xf32>) -> tensor<8xf32> loc(#loc361)
    %373 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%370 : tensor<8x16x16x8xf32>) outs(%372 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc192)), %out: f32 loc("reduce_sum"(#loc192))):
      %507 = arith.addf %out, %in : f32 loc(#loc361)
      linalg.yield %507 : f32 loc(#loc361)
    } -> tensor<8xf32> loc(#loc361)
    %expanded_45 = tensor.expand_shape %373 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] {altgrad.phase = "backward"} : tensor<8xf32> into tensor<1x1x1x8xf32> loc(#loc362)
    %374 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc360)
    %375 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%365, %68 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%374 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc189)), %in_49: f32 loc("mul"(#loc127)), %out: f32 loc("mul"(#loc192))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc360)
      linalg.yield %507 : f32 loc(#loc360)
    } -> tensor<8x16x16x8xf32> loc(#loc360)
    %376 = tensor.empty() {altgrad.phase = "backward"} : tensor<1x1x1x8xf32> loc(#loc363)
    %377 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_45 : tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) outs(%376 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc124)), %in_49: f32 loc("reshape"(#loc192)), %out: f32 loc("mul"(#loc193))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc363)
      linalg.yield %507 : f32 loc(#loc363)
    } -> tensor<1x1x1x8xf32> loc(#loc363)
    %378 = tensor.empty() {altgrad.phase = "backward"} : tensor<1x1x1x8xf32> loc(#loc363)
    %379 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45, %expanded_19 : tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) outs(%378 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc192)), %in_49: f32 loc("reshape"(#loc125)), %out: f32 loc("mul"(#loc193))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc363)
      linalg.yield %507 : f32 loc(#loc363)
    } -> tensor<1x1x1x8xf32> loc(#loc363)
    %collapsed_46 = tensor.collapse_shape %377 [[0, 1, 2, 3]] {altgrad.phase = "backward"} : tensor<1x1x1x8xf32> into tensor<8xf32> loc(#loc364)
    %380 = tensor.empty() {altgrad.phase = "backward"} : tensor<1x1x1x8xf32> loc(#loc365)
    %381 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%379, %64 : tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) outs(%380 : tensor<1x1x1x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc193)), %in_49: f32 loc("mul"(#loc124)), %out: f32 loc("mul"(#loc195))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc365)
      linalg.yield %507 : f32 loc(#loc365)
    } -> tensor<1x1x1x8xf32> loc(#loc365)
    %382 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc366)
    %383 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%375 : tensor<8x16x16x8xf32>) outs(%382 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc192)), %out: f32 loc("neg"(#loc196))):
      %507 = arith.negf %in : f32 loc(#loc366)
      linalg.yield %507 : f32 loc(#loc366)
    } -> tensor<8x16x16x8xf32> loc(#loc366)
    %384 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc367)
    %385 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%384 : tensor<8xf32>) -> tensor<8xf32> loc(#loc367)
    %386 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%383 : tensor<8x16x16x8xf32>) outs(%385 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc196)), %out: f32 loc("reduce_sum"(#loc196))):
      %507 = arith.addf %out, %in : f32 loc(#loc367)
      linalg.yield %507 : f32 loc(#loc367)
    } -> tensor<8xf32> loc(#loc367)
    %expanded_47 = tensor.expand_shape %386 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] {altgrad.phase = "backward"} : tensor<8xf32> into tensor<1x1x1x8xf32> loc(#loc368)
    %387 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc369)
    %388 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%387 : tensor<8xf32>) -> tensor<8xf32> loc(#loc369)
    %389 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%381 : tensor<1x1x1x8xf32>) outs(%388 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc197)), %out: f32 loc("reduce_sum"(#loc197))):
      %507 = arith.addf %out, %in : f32 loc(#loc369)
      linalg.yield %507 : f32 loc(#loc369)
    } -> tensor<8xf32> loc(#loc369)
    %390 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc370)
    %391 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%390 : tensor<8xf32>) -> tensor<8xf32> loc(#loc370)
    %392 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%expanded_47 : tensor<1x1x1x8xf32>) outs(%391 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc198)), %out: f32 loc("reduce_sum"(#loc198))):
      %507 = arith.addf %out, %in : f32 loc(#loc370)
      linalg.yield %507 : f32 loc(#loc370)
    } -> tensor<8xf32> loc(#loc370)
    %393 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc371)
    %394 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%389, %38 : tensor<8xf32>, tensor<8xf32>) outs(%393 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc197)), %in_49: f32 loc("div"(#loc116)), %out: f32 loc("mul"(#loc199))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc371)
      linalg.yield %507 : f32 loc(#loc371)
    } -> tensor<8xf32> loc(#loc371)
    %395 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc372)
    %396 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%394 : tensor<8xf32>) outs(%395 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc199)), %out: f32 loc("neg"(#loc200))):
      %507 = arith.negf %in : f32 loc(#loc372)
      linalg.yield %507 : f32 loc(#loc372)
    } -> tensor<8xf32> loc(#loc372)
    %397 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc373)
    %398 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%396, %24 : tensor<8xf32>, tensor<8xf32>) outs(%397 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc200)), %in_49: f32 loc("mul"(#loc113)), %out: f32 loc("mul"(#loc201))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc373)
      linalg.yield %507 : f32 loc(#loc373)
    } -> tensor<8xf32> loc(#loc373)
    %399 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc374)
    %400 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%392, %398 : tensor<8xf32>, tensor<8xf32>) outs(%399 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc198)), %in_49: f32 loc("mul"(#loc201)), %out: f32 loc("add_any"(#loc201))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc374)
      linalg.yield %507 : f32 loc(#loc374)
    } -> tensor<8xf32> loc(#loc374)
    %401 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc375)
    %402 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%394 : tensor<8xf32>) outs(%401 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc199)), %out: f32 loc("div"(#loc202))):
      %507 = arith.divf %in, %cst_13 : f32 loc(#loc375)
      linalg.yield %507 : f32 loc(#loc375)
    } -> tensor<8xf32> loc(#loc375)
    %403 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc376)
    %404 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%402 : tensor<8xf32>) outs(%403 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc202)), %out: f32 loc("broadcast_in_dim"(#loc202))):
      linalg.yield %in : f32 loc(#loc376)
    } -> tensor<8x16x16x8xf32> loc(#loc376)
    %405 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc375)
    %406 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%400 : tensor<8xf32>) outs(%405 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc201)), %out: f32 loc("div"(#loc202))):
      %507 = arith.divf %in, %cst_13 : f32 loc(#loc375)
      linalg.yield %507 : f32 loc(#loc375)
    } -> tensor<8xf32> loc(#loc375)
    %407 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc376)
    %408 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%406 : tensor<8xf32>) outs(%407 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc202)), %out: f32 loc("broadcast_in_dim"(#loc202))):
      linalg.yield %in : f32 loc(#loc376)
    } -> tensor<8x16x16x8xf32> loc(#loc376)
    %409 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc377)
    %410 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%375, %408 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%409 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc192)), %in_49: f32 loc("broadcast_in_dim"(#loc202)), %out: f32 loc("add_any"(#loc202))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc377)
      linalg.yield %507 : f32 loc(#loc377)
    } -> tensor<8x16x16x8xf32> loc(#loc377)
    %411 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc373)
    %412 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%404, %10 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%411 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc202)), %in_49: f32 loc("mul"(#loc113)), %out: f32 loc("mul"(#loc201))):
      %507 = arith.mulf %in, %in_49 : f32 loc(#loc373)
      linalg.yield %507 : f32 loc(#loc373)
    } -> tensor<8x16x16x8xf32> loc(#loc373)
    %413 = tensor.empty() {altgrad.phase = "backward"} : tensor<8x16x16x8xf32> loc(#loc374)
    %414 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%410, %412 : tensor<8x16x16x8xf32>, tensor<8x16x16x8xf32>) outs(%413 : tensor<8x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc202)), %in_49: f32 loc("mul"(#loc201)), %out: f32 loc("add_any"(#loc201))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc374)
      linalg.yield %507 : f32 loc(#loc374)
    } -> tensor<8x16x16x8xf32> loc(#loc374)
    %415 = tensor.empty() {altgrad.phase = "backward"} : tensor<8xf32> loc(#loc378)
    %416 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%415 : tensor<8xf32>) -> tensor<8xf32> loc(#loc378)
    %417 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "reduction", "reduction", "reduction"]} ins(%414 : tensor<8x16x16x8xf32>) outs(%416 : tensor<8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc203)), %out: f32 loc("reduce_sum"(#loc203))):
      %507 = arith.addf %out, %in : f32 loc(#loc378)
      linalg.yield %507 : f32 loc(#loc378)
    } -> tensor<8xf32> loc(#loc378)
    %418 = tensor.empty() {altgrad.phase = "backward"} : tensor<3x16x16x8xf32> loc(#loc379)
    %419 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg24 : tensor<8x16x16x3xf32>) outs(%418 : tensor<3x16x16x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("x"), %out: f32 loc("conv_general_dilated"(#loc204))):
      linalg.yield %in : f32 loc(#loc379)
    } -> tensor<3x16x16x8xf32> loc(#loc379)
    %420 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x16x8x8xf32> loc(#loc379)
    %421 = linalg.generic {indexing_maps = [#map15, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%414 : tensor<8x16x16x8xf32>) outs(%420 : tensor<16x16x8x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc201)), %out: f32 loc("conv_general_dilated"(#loc204))):
      linalg.yield %in : f32 loc(#loc379)
    } -> tensor<16x16x8x8xf32> loc(#loc379)
    %422 = tensor.empty() {altgrad.phase = "backward"} : tensor<3x3x3x8xf32> loc(#loc379)
    %423 = linalg.fill {altgrad.phase = "backward"} ins(%cst_15 : f32) outs(%422 : tensor<3x3x3x8xf32>) -> tensor<3x3x3x8xf32> loc(#loc379)
    %padded_48 = tensor.pad %419 low[0, 1, 1, 0] high[0, 1, 1, 0] {
    ^bb0(%arg26: index loc("conv_general_dilated"(#loc204)), %arg27: index loc("conv_general_dilated"(#loc204)), %arg28: index loc("conv_general_dilated"(#loc204)), %arg29: index loc("conv_general_dilated"(#loc204))):
      tensor.yield %cst_15 : f32 loc(#loc379)
    } {altgrad.phase = "backward"} : tensor<3x16x16x8xf32> to tensor<3x18x18x8xf32> loc(#loc379)
    %424 = linalg.conv_2d_nhwc_hwcf {altgrad.phase = "backward", dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded_48, %421 : tensor<3x18x18x8xf32>, tensor<16x16x8x8xf32>) outs(%423 : tensor<3x3x3x8xf32>) -> tensor<3x3x3x8xf32> loc(#loc379)
    %425 = tensor.empty() {altgrad.phase = "backward"} : tensor<3x3x3x8xf32> loc(#loc379)
    %426 = linalg.generic {indexing_maps = [#map15, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%424 : tensor<3x3x3x8xf32>) outs(%425 : tensor<3x3x3x8xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("conv_general_dilated"(#loc204)), %out: f32 loc("conv_general_dilated"(#loc204))):
      linalg.yield %in : f32 loc(#loc379)
    } -> tensor<3x3x3x8xf32> loc(#loc379)
    %427 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc380)
    %428 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg14 : tensor<8xf32>) outs(%427 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['BatchNorm_0']['bias']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<8xf32> loc(#loc380)
    %429 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc381)
    %430 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%368, %428 : tensor<8xf32>, tensor<8xf32>) outs(%429 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc191)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<8xf32> loc(#loc381)
    %431 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc380)
    %432 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg15 : tensor<8xf32>) outs(%431 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['BatchNorm_0']['scale']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<8xf32> loc(#loc380)
    %433 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc381)
    %434 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%collapsed_46, %432 : tensor<8xf32>, tensor<8xf32>) outs(%433 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reshape"(#loc194)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<8xf32> loc(#loc381)
    %435 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc380)
    %436 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg16 : tensor<16xf32>) outs(%435 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['BatchNorm_1']['bias']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<16xf32> loc(#loc380)
    %437 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc381)
    %438 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%290, %436 : tensor<16xf32>, tensor<16xf32>) outs(%437 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc172)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<16xf32> loc(#loc381)
    %439 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc380)
    %440 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg17 : tensor<16xf32>) outs(%439 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['BatchNorm_1']['scale']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<16xf32> loc(#loc380)
    %441 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc381)
    %442 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%collapsed_40, %440 : tensor<16xf32>, tensor<16xf32>) outs(%441 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reshape"(#loc175)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<16xf32> loc(#loc381)
    %443 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc380)
    %444 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg18 : tensor<8xf32>) outs(%443 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['Conv_0']['bias']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<8xf32> loc(#loc380)
    %445 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc381)
    %446 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%417, %444 : tensor<8xf32>, tensor<8xf32>) outs(%445 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc203)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<8xf32> loc(#loc381)
    %447 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x3x8xf32> loc(#loc380)
    %448 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg19 : tensor<3x3x3x8xf32>) outs(%447 : tensor<3x3x3x8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['Conv_0']['kernel']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<3x3x3x8xf32> loc(#loc380)
    %449 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x3x8xf32> loc(#loc381)
    %450 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%426, %448 : tensor<3x3x3x8xf32>, tensor<3x3x3x8xf32>) outs(%449 : tensor<3x3x3x8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("conv_general_dilated"(#loc204)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<3x3x3x8xf32> loc(#loc381)
    %451 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc380)
    %452 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg20 : tensor<16xf32>) outs(%451 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['Conv_1']['bias']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<16xf32> loc(#loc380)
    %453 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc381)
    %454 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%339, %452 : tensor<16xf32>, tensor<16xf32>) outs(%453 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc184)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<16xf32> loc(#loc381)
    %455 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x8x16xf32> loc(#loc380)
    %456 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg21 : tensor<3x3x8x16xf32>) outs(%455 : tensor<3x3x8x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['Conv_1']['kernel']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<3x3x8x16xf32> loc(#loc380)
    %457 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x8x16xf32> loc(#loc381)
    %458 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%348, %456 : tensor<3x3x8x16xf32>, tensor<3x3x8x16xf32>) outs(%457 : tensor<3x3x8x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("conv_general_dilated"(#loc185)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<3x3x8x16xf32> loc(#loc381)
    %459 = tensor.empty() {altgrad.phase = "other"} : tensor<10xf32> loc(#loc380)
    %460 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%arg22 : tensor<10xf32>) outs(%459 : tensor<10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['Dense_0']['bias']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<10xf32> loc(#loc380)
    %461 = tensor.empty() {altgrad.phase = "other"} : tensor<10xf32> loc(#loc381)
    %462 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%265, %460 : tensor<10xf32>, tensor<10xf32>) outs(%461 : tensor<10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc167)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<10xf32> loc(#loc381)
    %463 = tensor.empty() {altgrad.phase = "other"} : tensor<256x10xf32> loc(#loc380)
    %464 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%arg23 : tensor<256x10xf32>) outs(%463 : tensor<256x10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[0].trace['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc205))):
      %507 = arith.mulf %in, %cst_1 : f32 loc(#loc380)
      linalg.yield %507 : f32 loc(#loc380)
    } -> tensor<256x10xf32> loc(#loc380)
    %465 = tensor.empty() {altgrad.phase = "other"} : tensor<256x10xf32> loc(#loc381)
    %466 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%272, %464 : tensor<256x10xf32>, tensor<256x10xf32>) outs(%465 : tensor<256x10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc168)), %in_49: f32 loc("mul"(#loc205)), %out: f32 loc("add"(#loc206))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc381)
      linalg.yield %507 : f32 loc(#loc381)
    } -> tensor<256x10xf32> loc(#loc381)
    %467 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc382)
    %468 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%430 : tensor<8xf32>) outs(%467 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<8xf32> loc(#loc382)
    %469 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc382)
    %470 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%434 : tensor<8xf32>) outs(%469 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<8xf32> loc(#loc382)
    %471 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc382)
    %472 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%438 : tensor<16xf32>) outs(%471 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<16xf32> loc(#loc382)
    %473 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc382)
    %474 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%442 : tensor<16xf32>) outs(%473 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<16xf32> loc(#loc382)
    %475 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc382)
    %476 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%446 : tensor<8xf32>) outs(%475 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<8xf32> loc(#loc382)
    %477 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x3x8xf32> loc(#loc382)
    %478 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%450 : tensor<3x3x3x8xf32>) outs(%477 : tensor<3x3x3x8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<3x3x3x8xf32> loc(#loc382)
    %479 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc382)
    %480 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%454 : tensor<16xf32>) outs(%479 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<16xf32> loc(#loc382)
    %481 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x8x16xf32> loc(#loc382)
    %482 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%458 : tensor<3x3x8x16xf32>) outs(%481 : tensor<3x3x8x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<3x3x8x16xf32> loc(#loc382)
    %483 = tensor.empty() {altgrad.phase = "other"} : tensor<10xf32> loc(#loc382)
    %484 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%462 : tensor<10xf32>) outs(%483 : tensor<10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<10xf32> loc(#loc382)
    %485 = tensor.empty() {altgrad.phase = "other"} : tensor<256x10xf32> loc(#loc382)
    %486 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%466 : tensor<256x10xf32>) outs(%485 : tensor<256x10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc206)), %out: f32 loc("mul"(#loc207))):
      %507 = arith.mulf %in, %cst_0 : f32 loc(#loc382)
      linalg.yield %507 : f32 loc(#loc382)
    } -> tensor<256x10xf32> loc(#loc382)
    %487 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc383)
    %488 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg0, %468 : tensor<8xf32>, tensor<8xf32>) outs(%487 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['BatchNorm_0']['bias']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<8xf32> loc(#loc383)
    %489 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc383)
    %490 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg1, %470 : tensor<8xf32>, tensor<8xf32>) outs(%489 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['BatchNorm_0']['scale']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<8xf32> loc(#loc383)
    %491 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc383)
    %492 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg2, %472 : tensor<16xf32>, tensor<16xf32>) outs(%491 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['BatchNorm_1']['bias']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<16xf32> loc(#loc383)
    %493 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc383)
    %494 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg3, %474 : tensor<16xf32>, tensor<16xf32>) outs(%493 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['BatchNorm_1']['scale']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<16xf32> loc(#loc383)
    %495 = tensor.empty() {altgrad.phase = "other"} : tensor<8xf32> loc(#loc383)
    %496 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg4, %476 : tensor<8xf32>, tensor<8xf32>) outs(%495 : tensor<8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Conv_0']['bias']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<8xf32> loc(#loc383)
    %497 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x3x8xf32> loc(#loc383)
    %498 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg5, %478 : tensor<3x3x3x8xf32>, tensor<3x3x3x8xf32>) outs(%497 : tensor<3x3x3x8xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Conv_0']['kernel']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<3x3x3x8xf32> loc(#loc383)
    %499 = tensor.empty() {altgrad.phase = "other"} : tensor<16xf32> loc(#loc383)
    %500 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg6, %480 : tensor<16xf32>, tensor<16xf32>) outs(%499 : tensor<16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Conv_1']['bias']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<16xf32> loc(#loc383)
    %501 = tensor.empty() {altgrad.phase = "other"} : tensor<3x3x8x16xf32> loc(#loc383)
    %502 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg7, %482 : tensor<3x3x8x16xf32>, tensor<3x3x8x16xf32>) outs(%501 : tensor<3x3x8x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Conv_1']['kernel']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<3x3x8x16xf32> loc(#loc383)
    %503 = tensor.empty() {altgrad.phase = "other"} : tensor<10xf32> loc(#loc383)
    %504 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel"]} ins(%arg8, %484 : tensor<10xf32>, tensor<10xf32>) outs(%503 : tensor<10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['bias']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<10xf32> loc(#loc383)
    %505 = tensor.empty() {altgrad.phase = "other"} : tensor<256x10xf32> loc(#loc383)
    %506 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%arg9, %486 : tensor<256x10xf32>, tensor<256x10xf32>) outs(%505 : tensor<256x10xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['kernel']"), %in_49: f32 loc("mul"(#loc207)), %out: f32 loc("add"(#loc208))):
      %507 = arith.addf %in, %in_49 : f32 loc(#loc383)
      linalg.yield %507 : f32 loc(#loc383)
    } -> tensor<256x10xf32> loc(#loc383)
    return {altgrad.phase = "other"} %488, %490, %492, %494, %496, %498, %500, %502, %504, %506, %44, %50, %127, %133, %430, %434, %438, %442, %446, %450, %454, %458, %462, %466, %233 : tensor<8xf32>, tensor<8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xf32>, tensor<3x3x3x8xf32>, tensor<16xf32>, tensor<3x3x8x16xf32>, tensor<10xf32>, tensor<256x10xf32>, tensor<8xf32>, tensor<8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xf32>, tensor<8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xf32>, tensor<3x3x3x8xf32>, tensor<16xf32>, tensor<3x3x8x16xf32>, tensor<10xf32>, tensor<256x10xf32>, tensor<f32> loc(#loc209)
  } loc(#loc)
} loc(#loc)
#loc104 = loc("jax_export.py":106:14)
#loc105 = loc("select_and_scatter"(#loc27))
#loc108 = loc("jit(train_step)/transpose(jvp(jit(_take)))"(#loc32))
#loc154 = loc("jit(train_step)/jvp(CNN)"(#loc62))
#loc187 = loc("ge"(#loc27))
#loc188 = loc("add"(#loc27))
#loc209 = loc("jit(train_step)"(#loc104))
#loc210 = loc(callsite(#loc105 at #loc106))
#loc213 = loc(callsite(#loc31 at #loc108))
#loc214 = loc(callsite(#loc33 at #loc109))
#loc280 = loc("reshape"(#loc154))
#loc320 = loc(callsite(#loc30 at #loc108))
#loc323 = loc(callsite(#loc30 at #loc109))
#loc330 = loc("pad"(#loc106))
#loc342 = loc("reshape"(#loc177))
#loc355 = loc(callsite(#loc187 at #loc27))
#loc356 = loc(callsite(#loc188 at #loc106))
#loc368 = loc("reshape"(#loc196))
#loc384 = loc(""(#loc210))
#loc387 = loc(callsite(#loc355 at #loc106))
#loc388 = loc(""(#loc356))
#loc390 = loc(""(#loc387))
