#loc = loc(unknown)
#loc1 = loc("-":2:26)
#loc2 = loc("-":2:49)
#loc3 = loc("-":2:76)
#loc4 = loc("-":2:100)
#loc5 = loc("-":2:127)
#loc6 = loc("-":2:150)
#loc7 = loc("-":2:173)
#loc8 = loc("-":2:196)
#loc9 = loc("-":2:219)
#loc10 = loc("-":2:247)
#loc11 = loc("-":2:275)
#loc12 = loc("-":2:304)
#loc13 = loc("-":2:333)
#loc14 = loc("-":2:357)
#loc15 = loc("-":2:385)
#loc16 = loc("-":2:410)
#loc17 = loc("-":2:438)
#loc18 = loc("-":2:462)
#loc19 = loc("-":2:486)
#loc20 = loc("-":2:510)
#loc21 = loc("-":2:534)
#loc22 = loc("-":2:563)
#loc23 = loc("-":2:592)
#loc24 = loc("-":2:621)
#loc25 = loc("-":2:650)
#loc26 = loc("-":2:675)
#loc27 = loc("-":2:703)
#loc28 = loc("-":2:731)
#loc29 = loc("-":2:755)
#loc30 = loc("-":2:779)
#loc31 = loc("-":2:806)
#loc32 = loc("-":2:827)
#loc33 = loc("-":2:851)
#loc34 = loc("-":2:879)
#loc35 = loc("-":2:904)
#loc36 = loc("-":2:932)
#loc37 = loc("-":2:956)
#loc38 = loc("-":2:980)
#loc39 = loc("-":2:1004)
#loc40 = loc("-":2:1028)
#loc41 = loc("-":2:1057)
#loc42 = loc("-":2:1086)
#loc43 = loc("-":2:1115)
#loc44 = loc("-":2:1144)
#loc45 = loc("-":2:1168)
#loc46 = loc("-":2:1196)
#loc47 = loc("-":2:1221)
#loc48 = loc("-":2:1249)
#loc49 = loc("-":2:1273)
#loc50 = loc("-":2:1297)
#loc51 = loc("-":2:1321)
#loc52 = loc("-":2:1345)
#loc53 = loc("-":2:1374)
#loc54 = loc("-":2:1403)
#loc55 = loc("-":2:1432)
#loc56 = loc("-":2:1461)
#loc57 = loc("-":2:1486)
#loc58 = loc("-":2:1514)
#loc59 = loc("-":2:1542)
#loc60 = loc("-":2:1566)
#loc61 = loc("-":2:1590)
#loc62 = loc("-":2:1617)
#loc63 = loc("-":2:1641)
#loc64 = loc("-":2:1669)
#loc65 = loc("-":2:1694)
#loc66 = loc("-":2:1722)
#loc67 = loc("-":2:1746)
#loc68 = loc("-":2:1770)
#loc69 = loc("-":2:1794)
#loc70 = loc("-":2:1818)
#loc71 = loc("-":2:1847)
#loc72 = loc("-":2:1876)
#loc73 = loc("-":2:1905)
#loc74 = loc("-":2:1934)
#loc75 = loc("-":2:1958)
#loc76 = loc("-":2:1986)
#loc77 = loc("-":2:2011)
#loc78 = loc("-":2:2039)
#loc79 = loc("-":2:2063)
#loc80 = loc("-":2:2087)
#loc81 = loc("-":2:2111)
#loc82 = loc("-":2:2135)
#loc83 = loc("-":2:2164)
#loc84 = loc("-":2:2193)
#loc85 = loc("-":2:2222)
#loc86 = loc("-":2:2251)
#loc87 = loc("-":2:2276)
#loc88 = loc("-":2:2304)
#loc89 = loc("-":2:2332)
#loc90 = loc("-":2:2356)
#loc91 = loc("-":2:2380)
#loc92 = loc("-":2:2407)
#loc93 = loc("-":2:2433)
#loc94 = loc("numerics.py":143:38)
#loc95 = loc("scatter-add")
#loc96 = loc("_classification.py":402:4)
#loc97 = loc("broadcast_in_dim")
#loc98 = loc("_classification.py":400:17)
#loc99 = loc("lt")
#loc100 = loc("linear.py":1194:11)
#loc101 = loc("tokens")
#loc102 = loc("add")
#loc103 = loc("select_n")
#loc104 = loc("jit(_where)")
#loc105 = loc("ge")
#loc106 = loc("le")
#loc107 = loc("and")
#loc108 = loc("reduce_and")
#loc109 = loc("gather")
#loc110 = loc("export.py":62:12)
#loc111 = loc("params['position']")
#loc112 = loc("attention.py":880:26)
#loc113 = loc("attention.py":854:9)
#loc114 = loc("attention.py":859:9)
#loc115 = loc("normalization.py":57:11)
#loc116 = loc("normalization.py":122:16)
#loc117 = loc("normalization.py":142:29)
#loc118 = loc("normalization.py":142:12)
#loc119 = loc("normalization.py":204:8)
#loc120 = loc("normalization.py":205:6)
#loc121 = loc("normalization.py":206:18)
#loc122 = loc("normalization.py":206:8)
#loc123 = loc("normalization.py":211:6)
#loc124 = loc("normalization.py":214:4)
#loc125 = loc("normalization.py":216:2)
#loc126 = loc("normalization.py":220:6)
#loc127 = loc("normalization.py":223:4)
#loc128 = loc("linear.py":199:10)
#loc129 = loc("attention.py":130:18)
#loc130 = loc("attention.py":130:10)
#loc131 = loc("attention.py":132:17)
#loc132 = loc("ne")
#loc133 = loc("attention.py":140:19)
#loc134 = loc("attention.py":146:19)
#loc135 = loc("attention.py":291:9)
#loc136 = loc("export.py":43:12)
#loc137 = loc("linear.py":287:8)
#loc138 = loc("linear.py":294:11)
#loc139 = loc("linear.py":294:6)
#loc140 = loc("export.py":47:30)
#loc141 = loc("export.py":48:15)
#loc142 = loc("_classification.py":401:14)
#loc143 = loc("reshape")
#loc144 = loc("_classification.py":403:20)
#loc145 = loc("_classification.py":404:8)
#loc146 = loc("export.py":98:19)
#loc147 = loc("params['Dense_0']['kernel']")
#loc148 = loc("normalization.py":203:9)
#loc149 = loc("params['Block_1']['Dense_0']['kernel']")
#loc150 = loc("params['Block_1']['Dense_1']['kernel']")
#loc151 = loc("params['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']")
#loc152 = loc("params['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']")
#loc153 = loc("params['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']")
#loc154 = loc("params['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']")
#loc155 = loc("params['Block_0']['Dense_0']['kernel']")
#loc156 = loc("params['Block_0']['Dense_1']['kernel']")
#loc157 = loc("params['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']")
#loc158 = loc("params['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']")
#loc159 = loc("params['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']")
#loc160 = loc("params['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']")
#loc161 = loc("_tree_math.py":275:9)
#loc162 = loc("_tree_math.py":187:9)
#loc163 = loc("_tree_math.py":199:11)
#loc164 = loc("_tree_math.py":294:44)
#loc165 = loc("_clipping.py":101:26)
#loc166 = loc("_clipping.py":105:41)
#loc167 = loc("_clipping.py":105:13)
#loc168 = loc("_clipping.py":105:40)
#loc169 = loc("_tree_math.py":398:10)
#loc170 = loc("_tree_math.py":398:37)
#loc171 = loc("opt_state[1][0].mu['Block_0']['Dense_0']['bias']")
#loc172 = loc("opt_state[1][0].mu['Block_0']['Dense_0']['kernel']")
#loc173 = loc("opt_state[1][0].mu['Block_0']['Dense_1']['bias']")
#loc174 = loc("opt_state[1][0].mu['Block_0']['Dense_1']['kernel']")
#loc175 = loc("opt_state[1][0].mu['Block_0']['LayerNorm_0']['bias']")
#loc176 = loc("opt_state[1][0].mu['Block_0']['LayerNorm_0']['scale']")
#loc177 = loc("opt_state[1][0].mu['Block_0']['LayerNorm_1']['bias']")
#loc178 = loc("opt_state[1][0].mu['Block_0']['LayerNorm_1']['scale']")
#loc179 = loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']")
#loc180 = loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']")
#loc181 = loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']")
#loc182 = loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']")
#loc183 = loc("opt_state[1][0].mu['Block_1']['Dense_0']['bias']")
#loc184 = loc("opt_state[1][0].mu['Block_1']['Dense_0']['kernel']")
#loc185 = loc("opt_state[1][0].mu['Block_1']['Dense_1']['bias']")
#loc186 = loc("opt_state[1][0].mu['Block_1']['Dense_1']['kernel']")
#loc187 = loc("opt_state[1][0].mu['Block_1']['LayerNorm_0']['bias']")
#loc188 = loc("opt_state[1][0].mu['Block_1']['LayerNorm_0']['scale']")
#loc189 = loc("opt_state[1][0].mu['Block_1']['LayerNorm_1']['bias']")
#loc190 = loc("opt_state[1][0].mu['Block_1']['LayerNorm_1']['scale']")
#loc191 = loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']")
#loc192 = loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']")
#loc193 = loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']")
#loc194 = loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']")
#loc195 = loc("opt_state[1][0].mu['Dense_0']['bias']")
#loc196 = loc("opt_state[1][0].mu['Dense_0']['kernel']")
#loc197 = loc("opt_state[1][0].mu['Embed_0']['embedding']")
#loc198 = loc("opt_state[1][0].mu['LayerNorm_0']['bias']")
#loc199 = loc("opt_state[1][0].mu['LayerNorm_0']['scale']")
#loc200 = loc("opt_state[1][0].mu['position']")
#loc201 = loc("_tree_math.py":423:13)
#loc202 = loc("_tree_math.py":433:10)
#loc203 = loc("_tree_math.py":433:42)
#loc204 = loc("opt_state[1][0].nu['Block_0']['Dense_0']['bias']")
#loc205 = loc("opt_state[1][0].nu['Block_0']['Dense_0']['kernel']")
#loc206 = loc("opt_state[1][0].nu['Block_0']['Dense_1']['bias']")
#loc207 = loc("opt_state[1][0].nu['Block_0']['Dense_1']['kernel']")
#loc208 = loc("opt_state[1][0].nu['Block_0']['LayerNorm_0']['bias']")
#loc209 = loc("opt_state[1][0].nu['Block_0']['LayerNorm_0']['scale']")
#loc210 = loc("opt_state[1][0].nu['Block_0']['LayerNorm_1']['bias']")
#loc211 = loc("opt_state[1][0].nu['Block_0']['LayerNorm_1']['scale']")
#loc212 = loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']")
#loc213 = loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']")
#loc214 = loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']")
#loc215 = loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']")
#loc216 = loc("opt_state[1][0].nu['Block_1']['Dense_0']['bias']")
#loc217 = loc("opt_state[1][0].nu['Block_1']['Dense_0']['kernel']")
#loc218 = loc("opt_state[1][0].nu['Block_1']['Dense_1']['bias']")
#loc219 = loc("opt_state[1][0].nu['Block_1']['Dense_1']['kernel']")
#loc220 = loc("opt_state[1][0].nu['Block_1']['LayerNorm_0']['bias']")
#loc221 = loc("opt_state[1][0].nu['Block_1']['LayerNorm_0']['scale']")
#loc222 = loc("opt_state[1][0].nu['Block_1']['LayerNorm_1']['bias']")
#loc223 = loc("opt_state[1][0].nu['Block_1']['LayerNorm_1']['scale']")
#loc224 = loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']")
#loc225 = loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']")
#loc226 = loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']")
#loc227 = loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']")
#loc228 = loc("opt_state[1][0].nu['Dense_0']['bias']")
#loc229 = loc("opt_state[1][0].nu['Dense_0']['kernel']")
#loc230 = loc("opt_state[1][0].nu['Embed_0']['embedding']")
#loc231 = loc("opt_state[1][0].nu['LayerNorm_0']['bias']")
#loc232 = loc("opt_state[1][0].nu['LayerNorm_0']['scale']")
#loc233 = loc("opt_state[1][0].nu['position']")
#loc234 = loc("numerics.py":143:19)
#loc235 = loc("opt_state[1][0].count")
#loc236 = loc("numerics.py":143:9)
#loc237 = loc("transform.py":294:15)
#loc238 = loc("transform.py":298:13)
#loc239 = loc("transform.py":300:58)
#loc240 = loc("transform.py":300:49)
#loc241 = loc("transform.py":300:44)
#loc242 = loc("_adding.py":73:48)
#loc243 = loc("params['Block_0']['Dense_0']['bias']")
#loc244 = loc("_adding.py":73:44)
#loc245 = loc("params['Block_0']['Dense_1']['bias']")
#loc246 = loc("params['Block_0']['LayerNorm_0']['bias']")
#loc247 = loc("params['Block_0']['LayerNorm_0']['scale']")
#loc248 = loc("params['Block_0']['LayerNorm_1']['bias']")
#loc249 = loc("params['Block_0']['LayerNorm_1']['scale']")
#loc250 = loc("params['Block_1']['Dense_0']['bias']")
#loc251 = loc("params['Block_1']['Dense_1']['bias']")
#loc252 = loc("params['Block_1']['LayerNorm_0']['bias']")
#loc253 = loc("params['Block_1']['LayerNorm_0']['scale']")
#loc254 = loc("params['Block_1']['LayerNorm_1']['bias']")
#loc255 = loc("params['Block_1']['LayerNorm_1']['scale']")
#loc256 = loc("params['Dense_0']['bias']")
#loc257 = loc("params['Embed_0']['embedding']")
#loc258 = loc("params['LayerNorm_0']['bias']")
#loc259 = loc("params['LayerNorm_0']['scale']")
#loc260 = loc("transform.py":507:37)
#loc261 = loc("update.py":42:45)
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map6 = affine_map<(d0) -> (d0)>
#map7 = affine_map<(d0, d1, d2) -> (d1)>
#map8 = affine_map<(d0, d1, d2) -> (d2)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (0, 0, d2)>
#map12 = affine_map<() -> ()>
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d1, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3, d2)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3, d1)>
#map19 = affine_map<(d0) -> ()>
#map20 = affine_map<(d0, d1) -> ()>
#map21 = affine_map<(d0, d1, d2) -> (d1, d2, d0)>
#map22 = affine_map<(d0, d1, d2) -> (d0)>
#map23 = affine_map<(d0, d1) -> (d1, d0)>
#map24 = affine_map<(d0, d1, d2) -> (d2, d0, d1)>
#map25 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map26 = affine_map<(d0, d1, d2, d3) -> (d2, d3, d0, d1)>
#map27 = affine_map<(d0, d1, d2) -> ()>
#loc263 = loc("jit(train_step)"(#loc94))
#loc265 = loc("jit(train_step)/transpose(jvp(jit(take_along_axis)))"(#loc98))
#loc266 = loc("jit(train_step)/jvp(LanguageModel)/Embed_0/jit(_take)"(#loc100))
#loc267 = loc("jit(train_step)/jvp(LanguageModel)"(#loc110))
#loc268 = loc("jit(train_step)/jvp(LanguageModel)"(#loc112))
#loc269 = loc("jit(train_step)/jvp(LanguageModel)"(#loc113))
#loc270 = loc("jit(train_step)/jvp(LanguageModel)"(#loc114))
#loc271 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc115))
#loc272 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc116))
#loc273 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc117))
#loc274 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc118))
#loc275 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc119))
#loc276 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc120))
#loc277 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc121))
#loc278 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc122))
#loc279 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc123))
#loc280 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc124))
#loc281 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc125))
#loc282 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc126))
#loc283 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_0"(#loc127))
#loc284 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0/query"(#loc128))
#loc285 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0/key"(#loc128))
#loc286 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0/value"(#loc128))
#loc287 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0"(#loc129))
#loc288 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0"(#loc130))
#loc289 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0/...qhd,...khd->...hqk"(#loc131))
#loc290 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0/jit(_where)"(#loc133))
#loc291 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0"(#loc134))
#loc292 = loc("mul"(#loc134))
#loc293 = loc("div"(#loc134))
#loc294 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0/...hqk,...khd->...qhd"(#loc135))
#loc295 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/MultiHeadDotProductAttention_0/out"(#loc128))
#loc296 = loc("jit(train_step)/jvp(LanguageModel)/Block_0"(#loc136))
#loc297 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc115))
#loc298 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc116))
#loc299 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc117))
#loc300 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc118))
#loc301 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc119))
#loc302 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc120))
#loc303 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc121))
#loc304 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc122))
#loc305 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc123))
#loc306 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc124))
#loc307 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc125))
#loc308 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc126))
#loc309 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/LayerNorm_1"(#loc127))
#loc310 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/Dense_1"(#loc137))
#loc311 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/Dense_1"(#loc138))
#loc312 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/Dense_1"(#loc139))
#loc313 = loc("jit(train_step)/jvp(LanguageModel)/Block_0"(#loc140))
#loc314 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/Dense_0"(#loc137))
#loc315 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/Dense_0"(#loc138))
#loc316 = loc("jit(train_step)/jvp(LanguageModel)/Block_0/Dense_0"(#loc139))
#loc317 = loc("jit(train_step)/jvp(LanguageModel)/Block_0"(#loc141))
#loc318 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc115))
#loc319 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc116))
#loc320 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc117))
#loc321 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc118))
#loc322 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc119))
#loc323 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc120))
#loc324 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc121))
#loc325 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc122))
#loc326 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc123))
#loc327 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc124))
#loc328 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc125))
#loc329 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc126))
#loc330 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_0"(#loc127))
#loc331 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0/query"(#loc128))
#loc332 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0/key"(#loc128))
#loc333 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0/value"(#loc128))
#loc334 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0"(#loc130))
#loc335 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0/...qhd,...khd->...hqk"(#loc131))
#loc336 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0/jit(_where)"(#loc133))
#loc337 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0"(#loc134))
#loc338 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0/...hqk,...khd->...qhd"(#loc135))
#loc339 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/MultiHeadDotProductAttention_0/out"(#loc128))
#loc340 = loc("jit(train_step)/jvp(LanguageModel)/Block_1"(#loc136))
#loc341 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc115))
#loc342 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc116))
#loc343 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc117))
#loc344 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc118))
#loc345 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc119))
#loc346 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc120))
#loc347 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc121))
#loc348 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc122))
#loc349 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc123))
#loc350 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc124))
#loc351 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc125))
#loc352 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc126))
#loc353 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/LayerNorm_1"(#loc127))
#loc354 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/Dense_1"(#loc137))
#loc355 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/Dense_1"(#loc138))
#loc356 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/Dense_1"(#loc139))
#loc357 = loc("jit(train_step)/jvp(LanguageModel)/Block_1"(#loc140))
#loc358 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/Dense_0"(#loc137))
#loc359 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/Dense_0"(#loc138))
#loc360 = loc("jit(train_step)/jvp(LanguageModel)/Block_1/Dense_0"(#loc139))
#loc361 = loc("jit(train_step)/jvp(LanguageModel)/Block_1"(#loc141))
#loc362 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc115))
#loc363 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc116))
#loc364 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc117))
#loc365 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc118))
#loc366 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc119))
#loc367 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc120))
#loc368 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc121))
#loc369 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc122))
#loc370 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc123))
#loc371 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc124))
#loc372 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc125))
#loc373 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc126))
#loc374 = loc("jit(train_step)/jvp(LanguageModel)/LayerNorm_0"(#loc127))
#loc375 = loc("jit(train_step)/jvp(LanguageModel)/Dense_0"(#loc137))
#loc376 = loc("jit(train_step)/jvp(LanguageModel)/Dense_0"(#loc138))
#loc377 = loc("jit(train_step)/jvp(LanguageModel)/Dense_0"(#loc139))
#loc378 = loc("jit(train_step)/jvp()"(#loc142))
#loc379 = loc("jit(train_step)/jvp(jit(take_along_axis))"(#loc98))
#loc380 = loc("jit(train_step)/jvp(jit(_take))"(#loc96))
#loc381 = loc("jit(train_step)/jvp()"(#loc144))
#loc382 = loc("jit(train_step)/jvp()"(#loc145))
#loc383 = loc("jit(train_step)/jvp()"(#loc146))
#loc384 = loc("jit(train_step)/transpose(jvp())"(#loc146))
#loc385 = loc("jit(train_step)/transpose(jvp())"(#loc145))
#loc386 = loc("jit(train_step)/transpose(jvp())"(#loc144))
#loc387 = loc("jit(train_step)/transpose(jvp())"(#loc98))
#loc388 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Dense_0"(#loc139))
#loc389 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Dense_0"(#loc137))
#loc390 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc127))
#loc391 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc125))
#loc392 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc124))
#loc393 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc122))
#loc394 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc120))
#loc395 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc119))
#loc396 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc148))
#loc397 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc118))
#loc398 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc117))
#loc399 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc115))
#loc400 = loc("jit(train_step)/transpose(jvp(LanguageModel))/LayerNorm_0"(#loc116))
#loc401 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/Dense_0"(#loc139))
#loc402 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/Dense_0"(#loc137))
#loc403 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1"(#loc140))
#loc404 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/Dense_1"(#loc139))
#loc405 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/Dense_1"(#loc137))
#loc406 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc127))
#loc407 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc125))
#loc408 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc124))
#loc409 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc122))
#loc410 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc120))
#loc411 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc119))
#loc412 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc148))
#loc413 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc118))
#loc414 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc117))
#loc415 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc115))
#loc416 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_1"(#loc116))
#loc417 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0/out"(#loc128))
#loc418 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0/...hqk,...khd->...qhd"(#loc135))
#loc419 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0"(#loc134))
#loc420 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0/jit(_where)"(#loc133))
#loc421 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0/...qhd,...khd->...hqk"(#loc131))
#loc422 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0"(#loc130))
#loc423 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0/value"(#loc128))
#loc424 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0/key"(#loc128))
#loc425 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/MultiHeadDotProductAttention_0/query"(#loc128))
#loc426 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc127))
#loc427 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc125))
#loc428 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc124))
#loc429 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc122))
#loc430 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc120))
#loc431 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc119))
#loc432 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc148))
#loc433 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc118))
#loc434 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc117))
#loc435 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc115))
#loc436 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_1/LayerNorm_0"(#loc116))
#loc437 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/Dense_0"(#loc139))
#loc438 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/Dense_0"(#loc137))
#loc439 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0"(#loc140))
#loc440 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/Dense_1"(#loc139))
#loc441 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/Dense_1"(#loc137))
#loc442 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc127))
#loc443 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc125))
#loc444 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc124))
#loc445 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc122))
#loc446 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc120))
#loc447 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc119))
#loc448 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc148))
#loc449 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc118))
#loc450 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc117))
#loc451 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc115))
#loc452 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_1"(#loc116))
#loc453 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0/out"(#loc128))
#loc454 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0/...hqk,...khd->...qhd"(#loc135))
#loc455 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0"(#loc134))
#loc456 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0/jit(_where)"(#loc133))
#loc457 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0/...qhd,...khd->...hqk"(#loc131))
#loc458 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0"(#loc130))
#loc459 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0/value"(#loc128))
#loc460 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0/key"(#loc128))
#loc461 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/MultiHeadDotProductAttention_0/query"(#loc128))
#loc462 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc127))
#loc463 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc125))
#loc464 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc124))
#loc465 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc122))
#loc466 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc120))
#loc467 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc119))
#loc468 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc148))
#loc469 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc118))
#loc470 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc117))
#loc471 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc115))
#loc472 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Block_0/LayerNorm_0"(#loc116))
#loc473 = loc("jit(train_step)/transpose(jvp(LanguageModel))"(#loc110))
#loc474 = loc("jit(train_step)/transpose(jvp(LanguageModel))/Embed_0/jit(_take)"(#loc100))
#loc475 = loc("jit(train_step)"(#loc161))
#loc476 = loc("jit(train_step)"(#loc162))
#loc477 = loc("jit(train_step)"(#loc163))
#loc478 = loc("jit(train_step)"(#loc164))
#loc479 = loc("jit(train_step)"(#loc165))
#loc480 = loc("jit(train_step)"(#loc166))
#loc481 = loc("jit(train_step)"(#loc167))
#loc482 = loc("jit(train_step)"(#loc168))
#loc483 = loc("jit(train_step)"(#loc169))
#loc484 = loc("jit(train_step)"(#loc170))
#loc485 = loc("jit(train_step)"(#loc201))
#loc486 = loc("jit(train_step)"(#loc202))
#loc487 = loc("jit(train_step)"(#loc203))
#loc488 = loc("jit(train_step)"(#loc234))
#loc489 = loc("jit(train_step)/jit(_where)"(#loc236))
#loc490 = loc("jit(train_step)"(#loc237))
#loc491 = loc("jit(train_step)"(#loc238))
#loc492 = loc("jit(train_step)"(#loc239))
#loc493 = loc("jit(train_step)"(#loc240))
#loc494 = loc("jit(train_step)"(#loc241))
#loc495 = loc("jit(train_step)"(#loc242))
#loc496 = loc("jit(train_step)"(#loc244))
#loc497 = loc("jit(train_step)"(#loc260))
#loc498 = loc("jit(train_step)"(#loc261))
#loc500 = loc("add"(#loc263))
#loc503 = loc(callsite(#loc99 at #loc266))
#loc504 = loc(callsite(#loc102 at #loc266))
#loc505 = loc(callsite(#loc104 at #loc266))
#loc506 = loc(callsite(#loc97 at #loc266))
#loc507 = loc(callsite(#loc105 at #loc266))
#loc508 = loc(callsite(#loc106 at #loc266))
#loc509 = loc(callsite(#loc107 at #loc266))
#loc510 = loc(callsite(#loc108 at #loc266))
#loc511 = loc(callsite(#loc109 at #loc266))
#loc512 = loc(callsite(#loc103 at #loc266))
#loc513 = loc("add"(#loc267))
#loc514 = loc("iota"(#loc268))
#loc515 = loc("ge"(#loc269))
#loc516 = loc("convert_element_type"(#loc270))
#loc517 = loc("square"(#loc271))
#loc518 = loc("mul"(#loc271))
#loc519 = loc("reduce_sum"(#loc272))
#loc520 = loc("div"(#loc272))
#loc521 = loc("sub"(#loc273))
#loc522 = loc("max"(#loc274))
#loc523 = loc("eq"(#loc274))
#loc524 = loc("select_n"(#loc274))
#loc525 = loc("div"(#loc274))
#loc526 = loc("broadcast_in_dim"(#loc275))
#loc527 = loc("sub"(#loc276))
#loc528 = loc("add"(#loc277))
#loc529 = loc("rsqrt"(#loc278))
#loc530 = loc("div"(#loc278))
#loc531 = loc("mul"(#loc278))
#loc532 = loc("reshape"(#loc279))
#loc533 = loc("mul"(#loc280))
#loc534 = loc("mul"(#loc281))
#loc535 = loc("reshape"(#loc282))
#loc536 = loc("add"(#loc283))
#loc537 = loc("dot_general"(#loc284))
#loc538 = loc("dot_general"(#loc285))
#loc539 = loc("dot_general"(#loc286))
#loc540 = loc("sqrt"(#loc287))
#loc541 = loc("div"(#loc288))
#loc542 = loc("dot_general"(#loc289))
#loc543 = loc(callsite(#loc132 at #loc290))
#loc544 = loc(callsite(#loc97 at #loc290))
#loc545 = loc(callsite(#loc103 at #loc290))
#loc546 = loc("reduce_max"(#loc291))
#loc547 = loc("sub"(#loc291))
#loc548 = loc("max"(#loc291))
#loc549 = loc("exp"(#loc291))
#loc550 = loc("reduce_sum"(#loc291))
#loc551 = loc("broadcast_in_dim"(#loc291))
#loc552 = loc("div"(#loc291))
#loc553 = loc(callsite(#loc292 at #loc291))
#loc554 = loc(callsite(#loc293 at #loc291))
#loc555 = loc("dot_general"(#loc294))
#loc556 = loc("transpose"(#loc294))
#loc557 = loc("dot_general"(#loc295))
#loc558 = loc("add"(#loc296))
#loc559 = loc("square"(#loc297))
#loc560 = loc("mul"(#loc297))
#loc561 = loc("reduce_sum"(#loc298))
#loc562 = loc("div"(#loc298))
#loc563 = loc("sub"(#loc299))
#loc564 = loc("max"(#loc300))
#loc565 = loc("eq"(#loc300))
#loc566 = loc("select_n"(#loc300))
#loc567 = loc("div"(#loc300))
#loc568 = loc("broadcast_in_dim"(#loc301))
#loc569 = loc("sub"(#loc302))
#loc570 = loc("add"(#loc303))
#loc571 = loc("rsqrt"(#loc304))
#loc572 = loc("div"(#loc304))
#loc573 = loc("mul"(#loc304))
#loc574 = loc("reshape"(#loc305))
#loc575 = loc("mul"(#loc306))
#loc576 = loc("mul"(#loc307))
#loc577 = loc("reshape"(#loc308))
#loc578 = loc("add"(#loc309))
#loc579 = loc("dot_general"(#loc310))
#loc580 = loc("reshape"(#loc311))
#loc581 = loc("add"(#loc312))
#loc582 = loc("integer_pow"(#loc313))
#loc583 = loc("mul"(#loc313))
#loc584 = loc("add"(#loc313))
#loc585 = loc("tanh"(#loc313))
#loc586 = loc("sub"(#loc313))
#loc587 = loc("dot_general"(#loc314))
#loc588 = loc("reshape"(#loc315))
#loc589 = loc("add"(#loc316))
#loc590 = loc("add"(#loc317))
#loc591 = loc("square"(#loc318))
#loc592 = loc("mul"(#loc318))
#loc593 = loc("reduce_sum"(#loc319))
#loc594 = loc("div"(#loc319))
#loc595 = loc("sub"(#loc320))
#loc596 = loc("max"(#loc321))
#loc597 = loc("eq"(#loc321))
#loc598 = loc("select_n"(#loc321))
#loc599 = loc("div"(#loc321))
#loc600 = loc("broadcast_in_dim"(#loc322))
#loc601 = loc("sub"(#loc323))
#loc602 = loc("add"(#loc324))
#loc603 = loc("rsqrt"(#loc325))
#loc604 = loc("div"(#loc325))
#loc605 = loc("mul"(#loc325))
#loc606 = loc("reshape"(#loc326))
#loc607 = loc("mul"(#loc327))
#loc608 = loc("mul"(#loc328))
#loc609 = loc("reshape"(#loc329))
#loc610 = loc("add"(#loc330))
#loc611 = loc("dot_general"(#loc331))
#loc612 = loc("dot_general"(#loc332))
#loc613 = loc("dot_general"(#loc333))
#loc614 = loc("div"(#loc334))
#loc615 = loc("dot_general"(#loc335))
#loc616 = loc(callsite(#loc103 at #loc336))
#loc617 = loc("reduce_max"(#loc337))
#loc618 = loc("sub"(#loc337))
#loc619 = loc("max"(#loc337))
#loc620 = loc("exp"(#loc337))
#loc621 = loc("reduce_sum"(#loc337))
#loc622 = loc("broadcast_in_dim"(#loc337))
#loc623 = loc("div"(#loc337))
#loc624 = loc(callsite(#loc292 at #loc337))
#loc625 = loc(callsite(#loc293 at #loc337))
#loc626 = loc("dot_general"(#loc338))
#loc627 = loc("transpose"(#loc338))
#loc628 = loc("dot_general"(#loc339))
#loc629 = loc("add"(#loc340))
#loc630 = loc("square"(#loc341))
#loc631 = loc("mul"(#loc341))
#loc632 = loc("reduce_sum"(#loc342))
#loc633 = loc("div"(#loc342))
#loc634 = loc("sub"(#loc343))
#loc635 = loc("max"(#loc344))
#loc636 = loc("eq"(#loc344))
#loc637 = loc("select_n"(#loc344))
#loc638 = loc("div"(#loc344))
#loc639 = loc("broadcast_in_dim"(#loc345))
#loc640 = loc("sub"(#loc346))
#loc641 = loc("add"(#loc347))
#loc642 = loc("rsqrt"(#loc348))
#loc643 = loc("div"(#loc348))
#loc644 = loc("mul"(#loc348))
#loc645 = loc("reshape"(#loc349))
#loc646 = loc("mul"(#loc350))
#loc647 = loc("mul"(#loc351))
#loc648 = loc("reshape"(#loc352))
#loc649 = loc("add"(#loc353))
#loc650 = loc("dot_general"(#loc354))
#loc651 = loc("reshape"(#loc355))
#loc652 = loc("add"(#loc356))
#loc653 = loc("integer_pow"(#loc357))
#loc654 = loc("mul"(#loc357))
#loc655 = loc("add"(#loc357))
#loc656 = loc("tanh"(#loc357))
#loc657 = loc("sub"(#loc357))
#loc658 = loc("dot_general"(#loc358))
#loc659 = loc("reshape"(#loc359))
#loc660 = loc("add"(#loc360))
#loc661 = loc("add"(#loc361))
#loc662 = loc("square"(#loc362))
#loc663 = loc("mul"(#loc362))
#loc664 = loc("reduce_sum"(#loc363))
#loc665 = loc("div"(#loc363))
#loc666 = loc("sub"(#loc364))
#loc667 = loc("max"(#loc365))
#loc668 = loc("eq"(#loc365))
#loc669 = loc("select_n"(#loc365))
#loc670 = loc("div"(#loc365))
#loc671 = loc("broadcast_in_dim"(#loc366))
#loc672 = loc("sub"(#loc367))
#loc673 = loc("add"(#loc368))
#loc674 = loc("rsqrt"(#loc369))
#loc675 = loc("div"(#loc369))
#loc676 = loc("mul"(#loc369))
#loc677 = loc("reshape"(#loc370))
#loc678 = loc("mul"(#loc371))
#loc679 = loc("mul"(#loc372))
#loc680 = loc("reshape"(#loc373))
#loc681 = loc("add"(#loc374))
#loc682 = loc("dot_general"(#loc375))
#loc683 = loc("reshape"(#loc376))
#loc684 = loc("add"(#loc377))
#loc685 = loc("broadcast_in_dim"(#loc378))
#loc686 = loc(callsite(#loc99 at #loc379))
#loc687 = loc(callsite(#loc102 at #loc379))
#loc688 = loc(callsite(#loc103 at #loc379))
#loc689 = loc(callsite(#loc143 at #loc379))
#loc690 = loc(callsite(#loc105 at #loc379))
#loc691 = loc(callsite(#loc106 at #loc379))
#loc692 = loc(callsite(#loc107 at #loc379))
#loc693 = loc(callsite(#loc108 at #loc379))
#loc694 = loc(callsite(#loc109 at #loc379))
#loc695 = loc(callsite(#loc107 at #loc380))
#loc696 = loc(callsite(#loc108 at #loc380))
#loc697 = loc(callsite(#loc109 at #loc380))
#loc698 = loc(callsite(#loc97 at #loc380))
#loc699 = loc(callsite(#loc103 at #loc380))
#loc700 = loc("reduce_max"(#loc381))
#loc701 = loc("is_finite"(#loc381))
#loc702 = loc("max"(#loc381))
#loc703 = loc("select_n"(#loc381))
#loc704 = loc("sub"(#loc381))
#loc705 = loc("exp"(#loc381))
#loc706 = loc("reduce_sum"(#loc381))
#loc707 = loc("abs"(#loc381))
#loc708 = loc("ge"(#loc381))
#loc709 = loc("log"(#loc381))
#loc710 = loc("add"(#loc381))
#loc711 = loc("sub"(#loc382))
#loc712 = loc("reduce_sum"(#loc383))
#loc713 = loc("div"(#loc383))
#loc714 = loc("div"(#loc384))
#loc715 = loc("broadcast_in_dim"(#loc384))
#loc716 = loc("neg"(#loc385))
#loc717 = loc("div"(#loc386))
#loc718 = loc("select_n"(#loc386))
#loc719 = loc("neg"(#loc386))
#loc720 = loc("add_any"(#loc386))
#loc721 = loc("broadcast_in_dim"(#loc386))
#loc722 = loc("mul"(#loc386))
#loc724 = loc(callsite(#loc at #loc265))
#loc725 = loc(callsite(#loc95 at #loc265))
#loc727 = loc("add_any"(#loc387))
#loc728 = loc("reduce_sum"(#loc388))
#loc729 = loc("dot_general"(#loc389))
#loc730 = loc("transpose"(#loc389))
#loc731 = loc("reduce_sum"(#loc390))
#loc732 = loc("mul"(#loc391))
#loc733 = loc("mul"(#loc392))
#loc734 = loc("reduce_sum"(#loc392))
#loc735 = loc("reshape"(#loc392))
#loc736 = loc("mul"(#loc393))
#loc737 = loc("neg"(#loc394))
#loc738 = loc("reduce_sum"(#loc394))
#loc740 = loc("reduce_sum"(#loc395))
#loc741 = loc("reduce_sum"(#loc396))
#loc742 = loc("mul"(#loc397))
#loc743 = loc("neg"(#loc398))
#loc744 = loc("mul"(#loc399))
#loc745 = loc("add_any"(#loc399))
#loc746 = loc("div"(#loc400))
#loc747 = loc("broadcast_in_dim"(#loc400))
#loc748 = loc("add_any"(#loc400))
#loc749 = loc("reduce_sum"(#loc401))
#loc750 = loc("dot_general"(#loc402))
#loc751 = loc("transpose"(#loc402))
#loc752 = loc("mul"(#loc403))
#loc753 = loc("add_any"(#loc403))
#loc754 = loc("reduce_sum"(#loc404))
#loc755 = loc("dot_general"(#loc405))
#loc756 = loc("transpose"(#loc405))
#loc757 = loc("reduce_sum"(#loc406))
#loc758 = loc("mul"(#loc407))
#loc759 = loc("mul"(#loc408))
#loc760 = loc("reduce_sum"(#loc408))
#loc761 = loc("reshape"(#loc408))
#loc762 = loc("mul"(#loc409))
#loc763 = loc("neg"(#loc410))
#loc764 = loc("reduce_sum"(#loc410))
#loc766 = loc("add_any"(#loc410))
#loc767 = loc("reduce_sum"(#loc411))
#loc768 = loc("reduce_sum"(#loc412))
#loc769 = loc("mul"(#loc413))
#loc770 = loc("neg"(#loc414))
#loc771 = loc("mul"(#loc415))
#loc772 = loc("add_any"(#loc415))
#loc773 = loc("div"(#loc416))
#loc774 = loc("broadcast_in_dim"(#loc416))
#loc775 = loc("add_any"(#loc416))
#loc776 = loc("dot_general"(#loc417))
#loc777 = loc("transpose"(#loc417))
#loc778 = loc("transpose"(#loc418))
#loc779 = loc("dot_general"(#loc418))
#loc780 = loc("mul"(#loc419))
#loc781 = loc("reduce_sum"(#loc419))
#loc782 = loc("neg"(#loc419))
#loc784 = loc("div"(#loc419))
#loc785 = loc("broadcast_in_dim"(#loc419))
#loc786 = loc("add_any"(#loc419))
#loc787 = loc(callsite(#loc103 at #loc420))
#loc788 = loc("dot_general"(#loc421))
#loc789 = loc("transpose"(#loc421))
#loc790 = loc("div"(#loc422))
#loc791 = loc("dot_general"(#loc423))
#loc792 = loc("transpose"(#loc423))
#loc793 = loc("dot_general"(#loc424))
#loc794 = loc("transpose"(#loc424))
#loc795 = loc("add_any"(#loc424))
#loc796 = loc("dot_general"(#loc425))
#loc797 = loc("transpose"(#loc425))
#loc798 = loc("add_any"(#loc425))
#loc799 = loc("reduce_sum"(#loc426))
#loc800 = loc("mul"(#loc427))
#loc801 = loc("mul"(#loc428))
#loc802 = loc("reduce_sum"(#loc428))
#loc803 = loc("reshape"(#loc428))
#loc804 = loc("mul"(#loc429))
#loc805 = loc("neg"(#loc430))
#loc806 = loc("reduce_sum"(#loc430))
#loc808 = loc("add_any"(#loc430))
#loc809 = loc("reduce_sum"(#loc431))
#loc810 = loc("reduce_sum"(#loc432))
#loc811 = loc("mul"(#loc433))
#loc812 = loc("neg"(#loc434))
#loc813 = loc("mul"(#loc435))
#loc814 = loc("add_any"(#loc435))
#loc815 = loc("div"(#loc436))
#loc816 = loc("broadcast_in_dim"(#loc436))
#loc817 = loc("add_any"(#loc436))
#loc818 = loc("reduce_sum"(#loc437))
#loc819 = loc("dot_general"(#loc438))
#loc820 = loc("transpose"(#loc438))
#loc821 = loc("mul"(#loc439))
#loc822 = loc("add_any"(#loc439))
#loc823 = loc("reduce_sum"(#loc440))
#loc824 = loc("dot_general"(#loc441))
#loc825 = loc("transpose"(#loc441))
#loc826 = loc("reduce_sum"(#loc442))
#loc827 = loc("mul"(#loc443))
#loc828 = loc("mul"(#loc444))
#loc829 = loc("reduce_sum"(#loc444))
#loc830 = loc("reshape"(#loc444))
#loc831 = loc("mul"(#loc445))
#loc832 = loc("neg"(#loc446))
#loc833 = loc("reduce_sum"(#loc446))
#loc835 = loc("add_any"(#loc446))
#loc836 = loc("reduce_sum"(#loc447))
#loc837 = loc("reduce_sum"(#loc448))
#loc838 = loc("mul"(#loc449))
#loc839 = loc("neg"(#loc450))
#loc840 = loc("mul"(#loc451))
#loc841 = loc("add_any"(#loc451))
#loc842 = loc("div"(#loc452))
#loc843 = loc("broadcast_in_dim"(#loc452))
#loc844 = loc("add_any"(#loc452))
#loc845 = loc("dot_general"(#loc453))
#loc846 = loc("transpose"(#loc453))
#loc847 = loc("transpose"(#loc454))
#loc848 = loc("dot_general"(#loc454))
#loc849 = loc("mul"(#loc455))
#loc850 = loc("reduce_sum"(#loc455))
#loc851 = loc("neg"(#loc455))
#loc853 = loc("div"(#loc455))
#loc854 = loc("broadcast_in_dim"(#loc455))
#loc855 = loc("add_any"(#loc455))
#loc856 = loc(callsite(#loc103 at #loc456))
#loc857 = loc("dot_general"(#loc457))
#loc858 = loc("transpose"(#loc457))
#loc859 = loc("div"(#loc458))
#loc860 = loc("dot_general"(#loc459))
#loc861 = loc("transpose"(#loc459))
#loc862 = loc("dot_general"(#loc460))
#loc863 = loc("transpose"(#loc460))
#loc864 = loc("add_any"(#loc460))
#loc865 = loc("dot_general"(#loc461))
#loc866 = loc("transpose"(#loc461))
#loc867 = loc("add_any"(#loc461))
#loc868 = loc("reduce_sum"(#loc462))
#loc869 = loc("mul"(#loc463))
#loc870 = loc("mul"(#loc464))
#loc871 = loc("reduce_sum"(#loc464))
#loc872 = loc("reshape"(#loc464))
#loc873 = loc("mul"(#loc465))
#loc874 = loc("neg"(#loc466))
#loc875 = loc("reduce_sum"(#loc466))
#loc877 = loc("add_any"(#loc466))
#loc878 = loc("reduce_sum"(#loc467))
#loc879 = loc("reduce_sum"(#loc468))
#loc880 = loc("mul"(#loc469))
#loc881 = loc("neg"(#loc470))
#loc882 = loc("mul"(#loc471))
#loc883 = loc("add_any"(#loc471))
#loc884 = loc("div"(#loc472))
#loc885 = loc("broadcast_in_dim"(#loc472))
#loc886 = loc("add_any"(#loc472))
#loc887 = loc("reduce_sum"(#loc473))
#loc889 = loc(callsite(#loc95 at #loc474))
#loc891 = loc("square"(#loc475))
#loc892 = loc("add"(#loc475))
#loc893 = loc("reduce_sum"(#loc476))
#loc894 = loc("add"(#loc477))
#loc895 = loc("sqrt"(#loc478))
#loc896 = loc("lt"(#loc479))
#loc897 = loc("div"(#loc480))
#loc898 = loc("select_n"(#loc481))
#loc899 = loc("mul"(#loc482))
#loc900 = loc("mul"(#loc483))
#loc901 = loc("mul"(#loc484))
#loc902 = loc("add"(#loc483))
#loc903 = loc("integer_pow"(#loc485))
#loc904 = loc("mul"(#loc486))
#loc905 = loc("mul"(#loc487))
#loc906 = loc("add"(#loc486))
#loc907 = loc("lt"(#loc488))
#loc908 = loc(callsite(#loc103 at #loc489))
#loc909 = loc("pow"(#loc490))
#loc910 = loc("sub"(#loc490))
#loc911 = loc("div"(#loc490))
#loc912 = loc("pow"(#loc491))
#loc913 = loc("sub"(#loc491))
#loc914 = loc("div"(#loc491))
#loc915 = loc("add"(#loc492))
#loc916 = loc("sqrt"(#loc493))
#loc917 = loc("add"(#loc493))
#loc918 = loc("div"(#loc494))
#loc919 = loc("mul"(#loc495))
#loc920 = loc("add"(#loc496))
#loc921 = loc("mul"(#loc497))
#loc922 = loc("add"(#loc498))
#loc923 = loc(callsite(#loc103 at #loc505))
#loc924 = loc(""(#loc553))
#loc925 = loc(""(#loc554))
#loc926 = loc(""(#loc624))
#loc927 = loc(""(#loc625))
module @jit_train_step {
  func.func public @main(%arg0: tensor<64xf32> {altgrad.name = "params/Block_0/Dense_0/bias"} loc("-":2:26), %arg1: tensor<256x64xf32> {altgrad.name = "params/Block_0/Dense_0/kernel"} loc("-":2:49), %arg2: tensor<256xf32> {altgrad.name = "params/Block_0/Dense_1/bias"} loc("-":2:76), %arg3: tensor<64x256xf32> {altgrad.name = "params/Block_0/Dense_1/kernel"} loc("-":2:100), %arg4: tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_0/bias"} loc("-":2:127), %arg5: tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_0/scale"} loc("-":2:150), %arg6: tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_1/bias"} loc("-":2:173), %arg7: tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_1/scale"} loc("-":2:196), %arg8: tensor<64x4x16xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/key/kernel"} loc("-":2:219), %arg9: tensor<4x16x64xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/out/kernel"} loc("-":2:247), %arg10: tensor<64x4x16xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/query/kernel"} loc("-":2:275), %arg11: tensor<64x4x16xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/value/kernel"} loc("-":2:304), %arg12: tensor<64xf32> {altgrad.name = "params/Block_1/Dense_0/bias"} loc("-":2:333), %arg13: tensor<256x64xf32> {altgrad.name = "params/Block_1/Dense_0/kernel"} loc("-":2:357), %arg14: tensor<256xf32> {altgrad.name = "params/Block_1/Dense_1/bias"} loc("-":2:385), %arg15: tensor<64x256xf32> {altgrad.name = "params/Block_1/Dense_1/kernel"} loc("-":2:410), %arg16: tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_0/bias"} loc("-":2:438), %arg17: tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_0/scale"} loc("-":2:462), %arg18: tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_1/bias"} loc("-":2:486), %arg19: tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_1/scale"} loc("-":2:510), %arg20: tensor<64x4x16xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/key/kernel"} loc("-":2:534), %arg21: tensor<4x16x64xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/out/kernel"} loc("-":2:563), %arg22: tensor<64x4x16xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/query/kernel"} loc("-":2:592), %arg23: tensor<64x4x16xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/value/kernel"} loc("-":2:621), %arg24: tensor<256xf32> {altgrad.name = "params/Dense_0/bias"} loc("-":2:650), %arg25: tensor<64x256xf32> {altgrad.name = "params/Dense_0/kernel"} loc("-":2:675), %arg26: tensor<256x64xf32> {altgrad.name = "params/Embed_0/embedding"} loc("-":2:703), %arg27: tensor<64xf32> {altgrad.name = "params/LayerNorm_0/bias"} loc("-":2:731), %arg28: tensor<64xf32> {altgrad.name = "params/LayerNorm_0/scale"} loc("-":2:755), %arg29: tensor<32x64xf32> {altgrad.name = "params/position"} loc("-":2:779), %arg30: tensor<i32> {altgrad.name = "opt_state/1/0/count"} loc("-":2:806), %arg31: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_0/bias"} loc("-":2:827), %arg32: tensor<256x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_0/kernel"} loc("-":2:851), %arg33: tensor<256xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_1/bias"} loc("-":2:879), %arg34: tensor<64x256xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_1/kernel"} loc("-":2:904), %arg35: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_0/bias"} loc("-":2:932), %arg36: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_0/scale"} loc("-":2:956), %arg37: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_1/bias"} loc("-":2:980), %arg38: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_1/scale"} loc("-":2:1004), %arg39: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/key/kernel"} loc("-":2:1028), %arg40: tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/out/kernel"} loc("-":2:1057), %arg41: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/query/kernel"} loc("-":2:1086), %arg42: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/value/kernel"} loc("-":2:1115), %arg43: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_0/bias"} loc("-":2:1144), %arg44: tensor<256x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_0/kernel"} loc("-":2:1168), %arg45: tensor<256xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_1/bias"} loc("-":2:1196), %arg46: tensor<64x256xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_1/kernel"} loc("-":2:1221), %arg47: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_0/bias"} loc("-":2:1249), %arg48: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_0/scale"} loc("-":2:1273), %arg49: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_1/bias"} loc("-":2:1297), %arg50: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_1/scale"} loc("-":2:1321), %arg51: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/key/kernel"} loc("-":2:1345), %arg52: tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/out/kernel"} loc("-":2:1374), %arg53: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/query/kernel"} loc("-":2:1403), %arg54: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/value/kernel"} loc("-":2:1432), %arg55: tensor<256xf32> {altgrad.name = "opt_state/1/0/mu/Dense_0/bias"} loc("-":2:1461), %arg56: tensor<64x256xf32> {altgrad.name = "opt_state/1/0/mu/Dense_0/kernel"} loc("-":2:1486), %arg57: tensor<256x64xf32> {altgrad.name = "opt_state/1/0/mu/Embed_0/embedding"} loc("-":2:1514), %arg58: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/LayerNorm_0/bias"} loc("-":2:1542), %arg59: tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/LayerNorm_0/scale"} loc("-":2:1566), %arg60: tensor<32x64xf32> {altgrad.name = "opt_state/1/0/mu/position"} loc("-":2:1590), %arg61: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_0/bias"} loc("-":2:1617), %arg62: tensor<256x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_0/kernel"} loc("-":2:1641), %arg63: tensor<256xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_1/bias"} loc("-":2:1669), %arg64: tensor<64x256xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_1/kernel"} loc("-":2:1694), %arg65: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_0/bias"} loc("-":2:1722), %arg66: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_0/scale"} loc("-":2:1746), %arg67: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_1/bias"} loc("-":2:1770), %arg68: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_1/scale"} loc("-":2:1794), %arg69: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/key/kernel"} loc("-":2:1818), %arg70: tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/out/kernel"} loc("-":2:1847), %arg71: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/query/kernel"} loc("-":2:1876), %arg72: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/value/kernel"} loc("-":2:1905), %arg73: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_0/bias"} loc("-":2:1934), %arg74: tensor<256x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_0/kernel"} loc("-":2:1958), %arg75: tensor<256xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_1/bias"} loc("-":2:1986), %arg76: tensor<64x256xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_1/kernel"} loc("-":2:2011), %arg77: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_0/bias"} loc("-":2:2039), %arg78: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_0/scale"} loc("-":2:2063), %arg79: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_1/bias"} loc("-":2:2087), %arg80: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_1/scale"} loc("-":2:2111), %arg81: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/key/kernel"} loc("-":2:2135), %arg82: tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/out/kernel"} loc("-":2:2164), %arg83: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/query/kernel"} loc("-":2:2193), %arg84: tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/value/kernel"} loc("-":2:2222), %arg85: tensor<256xf32> {altgrad.name = "opt_state/1/0/nu/Dense_0/bias"} loc("-":2:2251), %arg86: tensor<64x256xf32> {altgrad.name = "opt_state/1/0/nu/Dense_0/kernel"} loc("-":2:2276), %arg87: tensor<256x64xf32> {altgrad.name = "opt_state/1/0/nu/Embed_0/embedding"} loc("-":2:2304), %arg88: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/LayerNorm_0/bias"} loc("-":2:2332), %arg89: tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/LayerNorm_0/scale"} loc("-":2:2356), %arg90: tensor<32x64xf32> {altgrad.name = "opt_state/1/0/nu/position"} loc("-":2:2380), %arg91: tensor<4x32xi32> {altgrad.name = "tokens"} loc("-":2:2407), %arg92: tensor<4x32xi32> {altgrad.name = "targets"} loc("-":2:2433)) -> (tensor<64xf32> {altgrad.name = "params/Block_0/Dense_0/bias", altgrad.updates = 0 : i64}, tensor<256x64xf32> {altgrad.name = "params/Block_0/Dense_0/kernel", altgrad.updates = 1 : i64}, tensor<256xf32> {altgrad.name = "params/Block_0/Dense_1/bias", altgrad.updates = 2 : i64}, tensor<64x256xf32> {altgrad.name = "params/Block_0/Dense_1/kernel", altgrad.updates = 3 : i64}, tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_0/bias", altgrad.updates = 4 : i64}, tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_0/scale", altgrad.updates = 5 : i64}, tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_1/bias", altgrad.updates = 6 : i64}, tensor<64xf32> {altgrad.name = "params/Block_0/LayerNorm_1/scale", altgrad.updates = 7 : i64}, tensor<64x4x16xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/key/kernel", altgrad.updates = 8 : i64}, tensor<4x16x64xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/out/kernel", altgrad.updates = 9 : i64}, tensor<64x4x16xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/query/kernel", altgrad.updates = 10 : i64}, tensor<64x4x16xf32> {altgrad.name = "params/Block_0/MultiHeadDotProductAttention_0/value/kernel", altgrad.updates = 11 : i64}, tensor<64xf32> {altgrad.name = "params/Block_1/Dense_0/bias", altgrad.updates = 12 : i64}, tensor<256x64xf32> {altgrad.name = "params/Block_1/Dense_0/kernel", altgrad.updates = 13 : i64}, tensor<256xf32> {altgrad.name = "params/Block_1/Dense_1/bias", altgrad.updates = 14 : i64}, tensor<64x256xf32> {altgrad.name = "params/Block_1/Dense_1/kernel", altgrad.updates = 15 : i64}, tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_0/bias", altgrad.updates = 16 : i64}, tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_0/scale", altgrad.updates = 17 : i64}, tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_1/bias", altgrad.updates = 18 : i64}, tensor<64xf32> {altgrad.name = "params/Block_1/LayerNorm_1/scale", altgrad.updates = 19 : i64}, tensor<64x4x16xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/key/kernel", altgrad.updates = 20 : i64}, tensor<4x16x64xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/out/kernel", altgrad.updates = 21 : i64}, tensor<64x4x16xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/query/kernel", altgrad.updates = 22 : i64}, tensor<64x4x16xf32> {altgrad.name = "params/Block_1/MultiHeadDotProductAttention_0/value/kernel", altgrad.updates = 23 : i64}, tensor<256xf32> {altgrad.name = "params/Dense_0/bias", altgrad.updates = 24 : i64}, tensor<64x256xf32> {altgrad.name = "params/Dense_0/kernel", altgrad.updates = 25 : i64}, tensor<256x64xf32> {altgrad.name = "params/Embed_0/embedding", altgrad.updates = 26 : i64}, tensor<64xf32> {altgrad.name = "params/LayerNorm_0/bias", altgrad.updates = 27 : i64}, tensor<64xf32> {altgrad.name = "params/LayerNorm_0/scale", altgrad.updates = 28 : i64}, tensor<32x64xf32> {altgrad.name = "params/position", altgrad.updates = 29 : i64}, tensor<i32> {altgrad.name = "opt_state/1/0/count", altgrad.updates = 30 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_0/bias", altgrad.updates = 31 : i64}, tensor<256x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_0/kernel", altgrad.updates = 32 : i64}, tensor<256xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_1/bias", altgrad.updates = 33 : i64}, tensor<64x256xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/Dense_1/kernel", altgrad.updates = 34 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_0/bias", altgrad.updates = 35 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_0/scale", altgrad.updates = 36 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_1/bias", altgrad.updates = 37 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/LayerNorm_1/scale", altgrad.updates = 38 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/key/kernel", altgrad.updates = 39 : i64}, tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/out/kernel", altgrad.updates = 40 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/query/kernel", altgrad.updates = 41 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_0/MultiHeadDotProductAttention_0/value/kernel", altgrad.updates = 42 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_0/bias", altgrad.updates = 43 : i64}, tensor<256x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_0/kernel", altgrad.updates = 44 : i64}, tensor<256xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_1/bias", altgrad.updates = 45 : i64}, tensor<64x256xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/Dense_1/kernel", altgrad.updates = 46 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_0/bias", altgrad.updates = 47 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_0/scale", altgrad.updates = 48 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_1/bias", altgrad.updates = 49 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/LayerNorm_1/scale", altgrad.updates = 50 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/key/kernel", altgrad.updates = 51 : i64}, tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/out/kernel", altgrad.updates = 52 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/query/kernel", altgrad.updates = 53 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/mu/Block_1/MultiHeadDotProductAttention_0/value/kernel", altgrad.updates = 54 : i64}, tensor<256xf32> {altgrad.name = "opt_state/1/0/mu/Dense_0/bias", altgrad.updates = 55 : i64}, tensor<64x256xf32> {altgrad.name = "opt_state/1/0/mu/Dense_0/kernel", altgrad.updates = 56 : i64}, tensor<256x64xf32> {altgrad.name = "opt_state/1/0/mu/Embed_0/embedding", altgrad.updates = 57 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/LayerNorm_0/bias", altgrad.updates = 58 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/mu/LayerNorm_0/scale", altgrad.updates = 59 : i64}, tensor<32x64xf32> {altgrad.name = "opt_state/1/0/mu/position", altgrad.updates = 60 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_0/bias", altgrad.updates = 61 : i64}, tensor<256x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_0/kernel", altgrad.updates = 62 : i64}, tensor<256xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_1/bias", altgrad.updates = 63 : i64}, tensor<64x256xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/Dense_1/kernel", altgrad.updates = 64 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_0/bias", altgrad.updates = 65 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_0/scale", altgrad.updates = 66 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_1/bias", altgrad.updates = 67 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/LayerNorm_1/scale", altgrad.updates = 68 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/key/kernel", altgrad.updates = 69 : i64}, tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/out/kernel", altgrad.updates = 70 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/query/kernel", altgrad.updates = 71 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_0/MultiHeadDotProductAttention_0/value/kernel", altgrad.updates = 72 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_0/bias", altgrad.updates = 73 : i64}, tensor<256x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_0/kernel", altgrad.updates = 74 : i64}, tensor<256xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_1/bias", altgrad.updates = 75 : i64}, tensor<64x256xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/Dense_1/kernel", altgrad.updates = 76 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_0/bias", altgrad.updates = 77 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_0/scale", altgrad.updates = 78 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_1/bias", altgrad.updates = 79 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/LayerNorm_1/scale", altgrad.updates = 80 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/key/kernel", altgrad.updates = 81 : i64}, tensor<4x16x64xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/out/kernel", altgrad.updates = 82 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/query/kernel", altgrad.updates = 83 : i64}, tensor<64x4x16xf32> {altgrad.name = "opt_state/1/0/nu/Block_1/MultiHeadDotProductAttention_0/value/kernel", altgrad.updates = 84 : i64}, tensor<256xf32> {altgrad.name = "opt_state/1/0/nu/Dense_0/bias", altgrad.updates = 85 : i64}, tensor<64x256xf32> {altgrad.name = "opt_state/1/0/nu/Dense_0/kernel", altgrad.updates = 86 : i64}, tensor<256x64xf32> {altgrad.name = "opt_state/1/0/nu/Embed_0/embedding", altgrad.updates = 87 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/LayerNorm_0/bias", altgrad.updates = 88 : i64}, tensor<64xf32> {altgrad.name = "opt_state/1/0/nu/LayerNorm_0/scale", altgrad.updates = 89 : i64}, tensor<32x64xf32> {altgrad.name = "opt_state/1/0/nu/position", altgrad.updates = 90 : i64}, tensor<f32> {altgrad.name = "loss"}) attributes {llvm.emit_c_interface} {
    %cst = arith.constant 7.812500e-03 : f32 loc(#loc)
    %cst_0 = arith.constant 4.000000e+00 : f32 loc(#loc)
    %cst_1 = arith.constant -1.000000e-03 : f32 loc(#loc)
    %cst_2 = arith.constant 9.99999993E-9 : f32 loc(#loc)
    %c1_i32 = arith.constant {altgrad.phase = "other"} 1 : i32 loc(#loc500)
    %c2147483647_i32 = arith.constant 2147483647 : i32 loc(#loc)
    %cst_3 = arith.constant 9.990000e-01 : f32 loc(#loc)
    %cst_4 = arith.constant 1.000000e-03 : f32 loc(#loc)
    %cst_5 = arith.constant 0.899999976 : f32 loc(#loc)
    %cst_6 = arith.constant 1.000000e-01 : f32 loc(#loc)
    %cst_7 = arith.constant 1.280000e+02 : f32 loc(#loc)
    %cst_8 = arith.constant 0x7F800000 : f32 loc(#loc)
    %c255 = arith.constant 255 : index loc(#loc)
    %c0 = arith.constant 0 : index loc(#loc)
    %cst_9 = arith.constant 5.000000e-01 : f32 loc(#loc)
    %cst_10 = arith.constant 0.797884583 : f32 loc(#loc)
    %cst_11 = arith.constant 4.471500e-02 : f32 loc(#loc)
    %cst_12 = arith.constant 3.000000e+00 : f32 loc(#loc)
    %cst_13 = arith.constant 0xFF800000 : f32 loc(#loc)
    %cst_14 = arith.constant -3.40282347E+38 : f32 loc(#loc)
    %cst_15 = arith.constant -5.000000e-01 : f32 loc(#loc)
    %cst_16 = arith.constant 9.99999997E-7 : f32 loc(#loc)
    %cst_17 = arith.constant 1.000000e+00 : f32 loc(#loc)
    %cst_18 = arith.constant 6.400000e+01 : f32 loc(#loc)
    %cst_19 = arith.constant 0.000000e+00 : f32 loc(#loc)
    %cst_20 = arith.constant 2.000000e+00 : f32 loc(#loc)
    %cst_21 = arith.constant 0x7FC00000 : f32 loc(#loc)
    %true = arith.constant true loc(#loc)
    %c255_i32 = arith.constant 255 : i32 loc(#loc)
    %c256_i32 = arith.constant 256 : i32 loc(#loc)
    %c0_i32 = arith.constant 0 : i32 loc(#loc)
    %cst_22 = arith.constant {altgrad.phase = "backward"} dense<0> : tensor<1x1xi32> loc(#loc501)
    %cst_23 = arith.constant {altgrad.phase = "backward"} dense<0.000000e+00> : tensor<4x32x256xf32> loc(#loc502)
    %cst_24 = arith.constant {altgrad.phase = "backward"} dense<0.000000e+00> : tensor<1x4x32xf32> loc(#loc501)
    %cst_25 = arith.constant dense<0.000000e+00> : tensor<256x64xf32> loc(#loc)
    %0 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc503)
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg91 : tensor<4x32xi32>) outs(%0 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("tokens"), %out: i1 loc(callsite(#loc99 at #loc266))):
      %2680 = arith.cmpi slt, %in, %c0_i32 : i32 loc(#loc503)
      linalg.yield %2680 : i1 loc(#loc503)
    } -> tensor<4x32xi1> loc(#loc503)
    %2 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi32> loc(#loc504)
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg91 : tensor<4x32xi32>) outs(%2 : tensor<4x32xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("tokens"), %out: i32 loc(callsite(#loc102 at #loc266))):
      %2680 = arith.addi %in, %c256_i32 : i32 loc(#loc504)
      linalg.yield %2680 : i32 loc(#loc504)
    } -> tensor<4x32xi32> loc(#loc504)
    %4 = tensor.empty() {altgrad.phase = "forward,other"} : tensor<4x32xi32> loc(#loc923)
    %5 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg91 : tensor<4x32xi1>, tensor<4x32xi32>, tensor<4x32xi32>) outs(%4 : tensor<4x32xi32>) attrs =  {altgrad.phase = "forward,other"} {
    ^bb0(%in: i1 loc(callsite(#loc99 at #loc266)), %in_226: i32 loc(callsite(#loc102 at #loc266)), %in_227: i32 loc("tokens"), %out: i32 loc(callsite(#loc103 at #loc505))):
      %2680 = arith.select %in, %in_226, %in_227 : i32 loc(#loc923)
      linalg.yield %2680 : i32 loc(#loc923)
    } -> tensor<4x32xi32> loc(#loc923)
    %expanded = tensor.expand_shape %5 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "forward"} : tensor<4x32xi32> into tensor<4x32x1xi32> loc(#loc506)
    %6 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xi1> loc(#loc507)
    %7 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<4x32x1xi32>) outs(%6 : tensor<4x32x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc97 at #loc266)), %out: i1 loc(callsite(#loc105 at #loc266))):
      %2680 = arith.cmpi sge, %in, %c0_i32 : i32 loc(#loc507)
      linalg.yield %2680 : i1 loc(#loc507)
    } -> tensor<4x32x1xi1> loc(#loc507)
    %8 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xi1> loc(#loc508)
    %9 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<4x32x1xi32>) outs(%8 : tensor<4x32x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc97 at #loc266)), %out: i1 loc(callsite(#loc106 at #loc266))):
      %2680 = arith.cmpi sle, %in, %c255_i32 : i32 loc(#loc508)
      linalg.yield %2680 : i1 loc(#loc508)
    } -> tensor<4x32x1xi1> loc(#loc508)
    %10 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xi1> loc(#loc509)
    %11 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<4x32x1xi1>, tensor<4x32x1xi1>) outs(%10 : tensor<4x32x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc105 at #loc266)), %in_226: i1 loc(callsite(#loc106 at #loc266)), %out: i1 loc(callsite(#loc107 at #loc266))):
      %2680 = arith.andi %in, %in_226 : i1 loc(#loc509)
      linalg.yield %2680 : i1 loc(#loc509)
    } -> tensor<4x32x1xi1> loc(#loc509)
    %12 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc510)
    %13 = linalg.fill {altgrad.phase = "forward"} ins(%true : i1) outs(%12 : tensor<4x32xi1>) -> tensor<4x32xi1> loc(#loc510)
    %14 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<4x32x1xi1>) outs(%13 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc108 at #loc266)), %out: i1 loc(callsite(#loc108 at #loc266))):
      %2680 = arith.andi %out, %in : i1 loc(#loc510)
      linalg.yield %2680 : i1 loc(#loc510)
    } -> tensor<4x32xi1> loc(#loc510)
    %15 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1x64xf32> loc(#loc511)
    %16 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<4x32x1xi32>) outs(%15 : tensor<4x32x1x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc97 at #loc266)), %out: f32 loc(callsite(#loc109 at #loc266))):
      %2680 = arith.index_cast %in : i32 to index loc(#loc511)
      %2681 = linalg.index 3 : index loc(#loc511)
      %extracted_226 = tensor.extract %arg26[%2680, %2681] : tensor<256x64xf32> loc(#loc511)
      linalg.yield %extracted_226 : f32 loc(#loc511)
    } -> tensor<4x32x1x64xf32> loc(#loc511)
    %collapsed = tensor.collapse_shape %16 [[0], [1], [2, 3]] {altgrad.phase = "forward"} : tensor<4x32x1x64xf32> into tensor<4x32x64xf32> loc(#loc511)
    %17 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xi1> loc(#loc506)
    %18 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<4x32xi1>) outs(%17 : tensor<4x32x64xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc108 at #loc266)), %out: i1 loc(callsite(#loc97 at #loc266))):
      linalg.yield %in : i1 loc(#loc506)
    } -> tensor<4x32x64xi1> loc(#loc506)
    %19 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc512)
    %20 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %collapsed : tensor<4x32x64xi1>, tensor<4x32x64xf32>) outs(%19 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc97 at #loc266)), %in_226: f32 loc(callsite(#loc109 at #loc266)), %out: f32 loc(callsite(#loc103 at #loc266))):
      %2680 = arith.select %in, %in_226, %cst_21 : f32 loc(#loc512)
      linalg.yield %2680 : f32 loc(#loc512)
    } -> tensor<4x32x64xf32> loc(#loc512)
    %21 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc513)
    %22 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg29 : tensor<32x64xf32>) outs(%21 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("params['position']"), %out: f32 loc("add"(#loc267))):
      linalg.yield %in : f32 loc(#loc513)
    } -> tensor<4x32x64xf32> loc(#loc513)
    %23 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc513)
    %24 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %22 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%23 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc(callsite(#loc103 at #loc266)), %in_226: f32 loc("add"(#loc267)), %out: f32 loc("add"(#loc267))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc513)
      linalg.yield %2680 : f32 loc(#loc513)
    } -> tensor<4x32x64xf32> loc(#loc513)
    %25 = tensor.empty() {altgrad.phase = "forward"} : tensor<32xi32> loc(#loc514)
    %26 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel"]} outs(%25 : tensor<32xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: i32 loc("iota"(#loc268))):
      %2680 = linalg.index 0 : index loc(#loc514)
      %2681 = arith.index_cast %2680 : index to i32 loc(#loc514)
      linalg.yield %2681 : i32 loc(#loc514)
    } -> tensor<32xi32> loc(#loc514)
    %27 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x32xi32> loc(#loc515)
    %28 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<32xi32>) outs(%27 : tensor<4x32x32xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("iota"(#loc268)), %out: i32 loc("ge"(#loc269))):
      linalg.yield %in : i32 loc(#loc515)
    } -> tensor<4x32x32xi32> loc(#loc515)
    %29 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x32xi32> loc(#loc515)
    %30 = linalg.generic {indexing_maps = [#map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<32xi32>) outs(%29 : tensor<4x32x32xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("iota"(#loc268)), %out: i32 loc("ge"(#loc269))):
      linalg.yield %in : i32 loc(#loc515)
    } -> tensor<4x32x32xi32> loc(#loc515)
    %31 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x32xi1> loc(#loc515)
    %32 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %30 : tensor<4x32x32xi32>, tensor<4x32x32xi32>) outs(%31 : tensor<4x32x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("ge"(#loc269)), %in_226: i32 loc("ge"(#loc269)), %out: i1 loc("ge"(#loc269))):
      %2680 = arith.cmpi sge, %in, %in_226 : i32 loc(#loc515)
      linalg.yield %2680 : i1 loc(#loc515)
    } -> tensor<4x32x32xi1> loc(#loc515)
    %33 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x32xf32> loc(#loc516)
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<4x32x32xi1>) outs(%33 : tensor<4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("ge"(#loc269)), %out: f32 loc("convert_element_type"(#loc270))):
      %2680 = arith.uitofp %in : i1 to f32 loc(#loc516)
      linalg.yield %2680 : f32 loc(#loc516)
    } -> tensor<4x32x32xf32> loc(#loc516)
    %35 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x1x32x32xf32> loc(#loc516)
    %36 = linalg.generic {indexing_maps = [#map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34 : tensor<4x32x32xf32>) outs(%35 : tensor<4x1x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("convert_element_type"(#loc270)), %out: f32 loc("convert_element_type"(#loc270))):
      linalg.yield %in : f32 loc(#loc516)
    } -> tensor<4x1x32x32xf32> loc(#loc516)
    %37 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc517)
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<4x32x64xf32>) outs(%37 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc267)), %out: f32 loc("square"(#loc271))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc517)
      linalg.yield %2680 : f32 loc(#loc517)
    } -> tensor<4x32x64xf32> loc(#loc517)
    %39 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc518)
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<4x32x64xf32>) outs(%39 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc267)), %out: f32 loc("mul"(#loc271))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc518)
      linalg.yield %2680 : f32 loc(#loc518)
    } -> tensor<4x32x64xf32> loc(#loc518)
    %41 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc519)
    %42 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%41 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc519)
    %43 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<4x32x64xf32>) outs(%42 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc272)), %out: f32 loc("reduce_sum"(#loc272))):
      %2680 = arith.addf %out, %in : f32 loc(#loc519)
      linalg.yield %2680 : f32 loc(#loc519)
    } -> tensor<4x32xf32> loc(#loc519)
    %44 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc520)
    %45 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%43 : tensor<4x32xf32>) outs(%44 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc272)), %out: f32 loc("div"(#loc272))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc520)
      linalg.yield %2680 : f32 loc(#loc520)
    } -> tensor<4x32xf32> loc(#loc520)
    %46 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc519)
    %47 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%46 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc519)
    %48 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%38 : tensor<4x32x64xf32>) outs(%47 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc272)), %out: f32 loc("reduce_sum"(#loc272))):
      %2680 = arith.addf %out, %in : f32 loc(#loc519)
      linalg.yield %2680 : f32 loc(#loc519)
    } -> tensor<4x32xf32> loc(#loc519)
    %49 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc520)
    %50 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%48 : tensor<4x32xf32>) outs(%49 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc272)), %out: f32 loc("div"(#loc272))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc520)
      linalg.yield %2680 : f32 loc(#loc520)
    } -> tensor<4x32xf32> loc(#loc520)
    %51 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc517)
    %52 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<4x32xf32>) outs(%51 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc272)), %out: f32 loc("square"(#loc271))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc517)
      linalg.yield %2680 : f32 loc(#loc517)
    } -> tensor<4x32xf32> loc(#loc517)
    %53 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc518)
    %54 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<4x32xf32>) outs(%53 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc272)), %out: f32 loc("mul"(#loc271))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc518)
      linalg.yield %2680 : f32 loc(#loc518)
    } -> tensor<4x32xf32> loc(#loc518)
    %55 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc521)
    %56 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%50, %52 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%55 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc272)), %in_226: f32 loc("square"(#loc271)), %out: f32 loc("sub"(#loc273))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc521)
      linalg.yield %2680 : f32 loc(#loc521)
    } -> tensor<4x32xf32> loc(#loc521)
    %57 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc522)
    %58 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%56 : tensor<4x32xf32>) outs(%57 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc273)), %out: f32 loc("max"(#loc274))):
      %2680 = arith.maximumf %in, %cst_19 : f32 loc(#loc522)
      linalg.yield %2680 : f32 loc(#loc522)
    } -> tensor<4x32xf32> loc(#loc522)
    %59 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc523)
    %60 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%56, %58 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%59 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc273)), %in_226: f32 loc("max"(#loc274)), %out: i1 loc("eq"(#loc274))):
      %2680 = arith.cmpf oeq, %in, %in_226 : f32 loc(#loc523)
      linalg.yield %2680 : i1 loc(#loc523)
    } -> tensor<4x32xi1> loc(#loc523)
    %61 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc524)
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%60 : tensor<4x32xi1>) outs(%61 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc274)), %out: f32 loc("select_n"(#loc274))):
      %2680 = arith.select %in, %cst_17, %cst_19 : f32 loc(#loc524)
      linalg.yield %2680 : f32 loc(#loc524)
    } -> tensor<4x32xf32> loc(#loc524)
    %63 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc523)
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%58 : tensor<4x32xf32>) outs(%63 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc274)), %out: i1 loc("eq"(#loc274))):
      %2680 = arith.cmpf oeq, %cst_19, %in : f32 loc(#loc523)
      linalg.yield %2680 : i1 loc(#loc523)
    } -> tensor<4x32xi1> loc(#loc523)
    %65 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc524)
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%64 : tensor<4x32xi1>) outs(%65 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc274)), %out: f32 loc("select_n"(#loc274))):
      %2680 = arith.select %in, %cst_20, %cst_17 : f32 loc(#loc524)
      linalg.yield %2680 : f32 loc(#loc524)
    } -> tensor<4x32xf32> loc(#loc524)
    %67 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc525)
    %68 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%62, %66 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%67 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc274)), %in_226: f32 loc("select_n"(#loc274)), %out: f32 loc("div"(#loc274))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc525)
      linalg.yield %2680 : f32 loc(#loc525)
    } -> tensor<4x32xf32> loc(#loc525)
    %expanded_26 = tensor.expand_shape %58 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "forward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc526)
    %69 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc527)
    %70 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45 : tensor<4x32xf32>) outs(%69 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc272)), %out: f32 loc("sub"(#loc276))):
      linalg.yield %in : f32 loc(#loc527)
    } -> tensor<4x32x64xf32> loc(#loc527)
    %71 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc527)
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %70 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%71 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc267)), %in_226: f32 loc("sub"(#loc276)), %out: f32 loc("sub"(#loc276))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc527)
      linalg.yield %2680 : f32 loc(#loc527)
    } -> tensor<4x32x64xf32> loc(#loc527)
    %73 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc528)
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<4x32x1xf32>) outs(%73 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc275)), %out: f32 loc("add"(#loc277))):
      %2680 = arith.addf %in, %cst_16 : f32 loc(#loc528)
      linalg.yield %2680 : f32 loc(#loc528)
    } -> tensor<4x32x1xf32> loc(#loc528)
    %75 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc529)
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<4x32x1xf32>) outs(%75 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc277)), %out: f32 loc("rsqrt"(#loc278))):
      %2680 = math.rsqrt %in : f32 loc(#loc529)
      linalg.yield %2680 : f32 loc(#loc529)
    } -> tensor<4x32x1xf32> loc(#loc529)
    %77 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc530)
    %78 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %74 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%77 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc278)), %in_226: f32 loc("add"(#loc277)), %out: f32 loc("div"(#loc278))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc530)
      linalg.yield %2680 : f32 loc(#loc530)
    } -> tensor<4x32x1xf32> loc(#loc530)
    %79 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc531)
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<4x32x1xf32>) outs(%79 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc278)), %out: f32 loc("mul"(#loc278))):
      %2680 = arith.mulf %in, %cst_15 : f32 loc(#loc531)
      linalg.yield %2680 : f32 loc(#loc531)
    } -> tensor<4x32x1xf32> loc(#loc531)
    %expanded_27 = tensor.expand_shape %arg5 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc532)
    %81 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc533)
    %82 = linalg.generic {indexing_maps = [#map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<4x32x1xf32>) outs(%81 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc278)), %out: f32 loc("mul"(#loc280))):
      linalg.yield %in : f32 loc(#loc533)
    } -> tensor<4x32x64xf32> loc(#loc533)
    %83 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc533)
    %84 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<1x1x64xf32>) outs(%83 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc279)), %out: f32 loc("mul"(#loc280))):
      linalg.yield %in : f32 loc(#loc533)
    } -> tensor<4x32x64xf32> loc(#loc533)
    %85 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc533)
    %86 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %84 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%85 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc280)), %in_226: f32 loc("mul"(#loc280)), %out: f32 loc("mul"(#loc280))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc533)
      linalg.yield %2680 : f32 loc(#loc533)
    } -> tensor<4x32x64xf32> loc(#loc533)
    %87 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc534)
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %86 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%87 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc276)), %in_226: f32 loc("mul"(#loc280)), %out: f32 loc("mul"(#loc281))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc534)
      linalg.yield %2680 : f32 loc(#loc534)
    } -> tensor<4x32x64xf32> loc(#loc534)
    %expanded_28 = tensor.expand_shape %arg4 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc535)
    %89 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc536)
    %90 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<1x1x64xf32>) outs(%89 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc282)), %out: f32 loc("add"(#loc283))):
      linalg.yield %in : f32 loc(#loc536)
    } -> tensor<4x32x64xf32> loc(#loc536)
    %91 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc536)
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %90 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%91 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc281)), %in_226: f32 loc("add"(#loc283)), %out: f32 loc("add"(#loc283))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc536)
      linalg.yield %2680 : f32 loc(#loc536)
    } -> tensor<4x32x64xf32> loc(#loc536)
    %collapsed_29 = tensor.collapse_shape %92 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc537)
    %collapsed_30 = tensor.collapse_shape %arg10 [[0], [1, 2]] {altgrad.phase = "forward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc537)
    %93 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc537)
    %94 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%93 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc537)
    %95 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_29, %collapsed_30 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%94 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc537)
    %expanded_31 = tensor.expand_shape %95 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc537)
    %collapsed_32 = tensor.collapse_shape %arg8 [[0], [1, 2]] {altgrad.phase = "forward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc538)
    %96 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc538)
    %97 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%96 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc538)
    %98 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_29, %collapsed_32 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%97 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc538)
    %expanded_33 = tensor.expand_shape %98 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc538)
    %collapsed_34 = tensor.collapse_shape %arg11 [[0], [1, 2]] {altgrad.phase = "forward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc539)
    %99 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc539)
    %100 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%99 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc539)
    %101 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_29, %collapsed_34 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%100 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc539)
    %expanded_35 = tensor.expand_shape %101 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc539)
    %102 = tensor.empty() {altgrad.phase = "forward"} : tensor<f32> loc(#loc540)
    %103 = linalg.generic {indexing_maps = [#map12], iterator_types = []} outs(%102 : tensor<f32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: f32 loc("sqrt"(#loc287))):
      linalg.yield %cst_0 : f32 loc(#loc540)
    } -> tensor<f32> loc(#loc540)
    %104 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x4x16xf32> loc(#loc541)
    %105 = linalg.generic {indexing_maps = [#map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%103 : tensor<f32>) outs(%104 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sqrt"(#loc287)), %out: f32 loc("div"(#loc288))):
      linalg.yield %in : f32 loc(#loc541)
    } -> tensor<4x32x4x16xf32> loc(#loc541)
    %106 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x4x16xf32> loc(#loc541)
    %107 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %105 : tensor<4x32x4x16xf32>, tensor<4x32x4x16xf32>) outs(%106 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc284)), %in_226: f32 loc("div"(#loc288)), %out: f32 loc("div"(#loc288))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc541)
      linalg.yield %2680 : f32 loc(#loc541)
    } -> tensor<4x32x4x16xf32> loc(#loc541)
    %108 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x16xf32> loc(#loc542)
    %109 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%107 : tensor<4x32x4x16xf32>) outs(%108 : tensor<4x4x32x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc288)), %out: f32 loc("dot_general"(#loc289))):
      linalg.yield %in : f32 loc(#loc542)
    } -> tensor<4x4x32x16xf32> loc(#loc542)
    %110 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> loc(#loc542)
    %111 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<4x32x4x16xf32>) outs(%110 : tensor<4x4x16x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc285)), %out: f32 loc("dot_general"(#loc289))):
      linalg.yield %in : f32 loc(#loc542)
    } -> tensor<4x4x16x32xf32> loc(#loc542)
    %collapsed_36 = tensor.collapse_shape %109 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x32x16xf32> into tensor<16x32x16xf32> loc(#loc542)
    %collapsed_37 = tensor.collapse_shape %111 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> into tensor<16x16x32xf32> loc(#loc542)
    %112 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x32x32xf32> loc(#loc542)
    %113 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%112 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc542)
    %114 = linalg.batch_matmul {altgrad.phase = "forward"} ins(%collapsed_36, %collapsed_37 : tensor<16x32x16xf32>, tensor<16x16x32xf32>) outs(%113 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc542)
    %expanded_38 = tensor.expand_shape %114 [[0, 1], [2], [3]] output_shape [4, 4, 32, 32] {altgrad.phase = "forward"} : tensor<16x32x32xf32> into tensor<4x4x32x32xf32> loc(#loc542)
    %115 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x1x32x32xi1> loc(#loc543)
    %116 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36 : tensor<4x1x32x32xf32>) outs(%115 : tensor<4x1x32x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("convert_element_type"(#loc270)), %out: i1 loc(callsite(#loc132 at #loc290))):
      %2680 = arith.cmpf une, %in, %cst_19 : f32 loc(#loc543)
      linalg.yield %2680 : i1 loc(#loc543)
    } -> tensor<4x1x32x32xi1> loc(#loc543)
    %117 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xi1> loc(#loc544)
    %118 = linalg.generic {indexing_maps = [#map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%116 : tensor<4x1x32x32xi1>) outs(%117 : tensor<4x4x32x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc132 at #loc290)), %out: i1 loc(callsite(#loc97 at #loc290))):
      linalg.yield %in : i1 loc(#loc544)
    } -> tensor<4x4x32x32xi1> loc(#loc544)
    %119 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc545)
    %120 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %expanded_38 : tensor<4x4x32x32xi1>, tensor<4x4x32x32xf32>) outs(%119 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc97 at #loc290)), %in_226: f32 loc("dot_general"(#loc289)), %out: f32 loc(callsite(#loc103 at #loc290))):
      %2680 = arith.select %in, %in_226, %cst_14 : f32 loc(#loc545)
      linalg.yield %2680 : f32 loc(#loc545)
    } -> tensor<4x4x32x32xf32> loc(#loc545)
    %121 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32xf32> loc(#loc546)
    %122 = linalg.fill {altgrad.phase = "forward"} ins(%cst_13 : f32) outs(%121 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc546)
    %123 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%120 : tensor<4x4x32x32xf32>) outs(%122 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_max"(#loc291)), %out: f32 loc("reduce_max"(#loc291))):
      %2680 = arith.maximumf %out, %in : f32 loc(#loc546)
      linalg.yield %2680 : f32 loc(#loc546)
    } -> tensor<4x4x32xf32> loc(#loc546)
    %124 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc547)
    %125 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123 : tensor<4x4x32xf32>) outs(%124 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc291)), %out: f32 loc("sub"(#loc291))):
      linalg.yield %in : f32 loc(#loc547)
    } -> tensor<4x4x32x32xf32> loc(#loc547)
    %126 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc547)
    %127 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%120, %125 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%126 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc(callsite(#loc103 at #loc290)), %in_226: f32 loc("sub"(#loc291)), %out: f32 loc("sub"(#loc291))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc547)
      linalg.yield %2680 : f32 loc(#loc547)
    } -> tensor<4x4x32x32xf32> loc(#loc547)
    %128 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc549)
    %129 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127 : tensor<4x4x32x32xf32>) outs(%128 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc291)), %out: f32 loc("exp"(#loc291))):
      %2680 = math.exp %in : f32 loc(#loc549)
      linalg.yield %2680 : f32 loc(#loc549)
    } -> tensor<4x4x32x32xf32> loc(#loc549)
    %130 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32xf32> loc(#loc550)
    %131 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%130 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc550)
    %132 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%129 : tensor<4x4x32x32xf32>) outs(%131 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc291)), %out: f32 loc("reduce_sum"(#loc291))):
      %2680 = arith.addf %out, %in : f32 loc(#loc550)
      linalg.yield %2680 : f32 loc(#loc550)
    } -> tensor<4x4x32xf32> loc(#loc550)
    %expanded_39 = tensor.expand_shape %132 [[0], [1], [2, 3]] output_shape [4, 4, 32, 1] {altgrad.phase = "forward"} : tensor<4x4x32xf32> into tensor<4x4x32x1xf32> loc(#loc551)
    %133 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc552)
    %134 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132 : tensor<4x4x32xf32>) outs(%133 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc291)), %out: f32 loc("div"(#loc291))):
      linalg.yield %in : f32 loc(#loc552)
    } -> tensor<4x4x32x32xf32> loc(#loc552)
    %135 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc552)
    %136 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %134 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%135 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("exp"(#loc291)), %in_226: f32 loc("div"(#loc291)), %out: f32 loc("div"(#loc291))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc552)
      linalg.yield %2680 : f32 loc(#loc552)
    } -> tensor<4x4x32x32xf32> loc(#loc552)
    %137 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x1xf32> loc(#loc924)
    %138 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<4x4x32x1xf32>) outs(%137 : tensor<4x4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc291)), %out: f32 loc(""(#loc553))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc924)
      linalg.yield %2680 : f32 loc(#loc924)
    } -> tensor<4x4x32x1xf32> loc(#loc924)
    %139 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x1xf32> loc(#loc925)
    %140 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%138 : tensor<4x4x32x1xf32>) outs(%139 : tensor<4x4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc(""(#loc553)), %out: f32 loc(""(#loc554))):
      %2680 = arith.divf %cst_17, %in : f32 loc(#loc925)
      linalg.yield %2680 : f32 loc(#loc925)
    } -> tensor<4x4x32x1xf32> loc(#loc925)
    %141 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> loc(#loc555)
    %142 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<4x32x4x16xf32>) outs(%141 : tensor<4x4x16x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc286)), %out: f32 loc("dot_general"(#loc294))):
      linalg.yield %in : f32 loc(#loc555)
    } -> tensor<4x4x16x32xf32> loc(#loc555)
    %143 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc555)
    %144 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%136 : tensor<4x4x32x32xf32>) outs(%143 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc291)), %out: f32 loc("dot_general"(#loc294))):
      linalg.yield %in : f32 loc(#loc555)
    } -> tensor<4x4x32x32xf32> loc(#loc555)
    %collapsed_40 = tensor.collapse_shape %142 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> into tensor<16x16x32xf32> loc(#loc555)
    %collapsed_41 = tensor.collapse_shape %144 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc555)
    %145 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x16x32xf32> loc(#loc555)
    %146 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%145 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc555)
    %147 = linalg.batch_matmul {altgrad.phase = "forward"} ins(%collapsed_40, %collapsed_41 : tensor<16x16x32xf32>, tensor<16x32x32xf32>) outs(%146 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc555)
    %expanded_42 = tensor.expand_shape %147 [[0, 1], [2], [3]] output_shape [4, 4, 16, 32] {altgrad.phase = "forward"} : tensor<16x16x32xf32> into tensor<4x4x16x32xf32> loc(#loc555)
    %148 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x4x16xf32> loc(#loc556)
    %149 = linalg.generic {indexing_maps = [#map18, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<4x4x16x32xf32>) outs(%148 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc294)), %out: f32 loc("transpose"(#loc294))):
      linalg.yield %in : f32 loc(#loc556)
    } -> tensor<4x32x4x16xf32> loc(#loc556)
    %collapsed_43 = tensor.collapse_shape %149 [[0, 1], [2, 3]] {altgrad.phase = "forward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc557)
    %collapsed_44 = tensor.collapse_shape %arg9 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc557)
    %150 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc557)
    %151 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%150 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc557)
    %152 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_43, %collapsed_44 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%151 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc557)
    %expanded_45 = tensor.expand_shape %152 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc557)
    %153 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc558)
    %154 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %expanded_45 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%153 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc267)), %in_226: f32 loc("dot_general"(#loc295)), %out: f32 loc("add"(#loc296))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc558)
      linalg.yield %2680 : f32 loc(#loc558)
    } -> tensor<4x32x64xf32> loc(#loc558)
    %155 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc559)
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<4x32x64xf32>) outs(%155 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc296)), %out: f32 loc("square"(#loc297))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc559)
      linalg.yield %2680 : f32 loc(#loc559)
    } -> tensor<4x32x64xf32> loc(#loc559)
    %157 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc560)
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<4x32x64xf32>) outs(%157 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc296)), %out: f32 loc("mul"(#loc297))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc560)
      linalg.yield %2680 : f32 loc(#loc560)
    } -> tensor<4x32x64xf32> loc(#loc560)
    %159 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc561)
    %160 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%159 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc561)
    %161 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%154 : tensor<4x32x64xf32>) outs(%160 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc298)), %out: f32 loc("reduce_sum"(#loc298))):
      %2680 = arith.addf %out, %in : f32 loc(#loc561)
      linalg.yield %2680 : f32 loc(#loc561)
    } -> tensor<4x32xf32> loc(#loc561)
    %162 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc562)
    %163 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%161 : tensor<4x32xf32>) outs(%162 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc298)), %out: f32 loc("div"(#loc298))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc562)
      linalg.yield %2680 : f32 loc(#loc562)
    } -> tensor<4x32xf32> loc(#loc562)
    %164 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc561)
    %165 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%164 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc561)
    %166 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<4x32x64xf32>) outs(%165 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc298)), %out: f32 loc("reduce_sum"(#loc298))):
      %2680 = arith.addf %out, %in : f32 loc(#loc561)
      linalg.yield %2680 : f32 loc(#loc561)
    } -> tensor<4x32xf32> loc(#loc561)
    %167 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc562)
    %168 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%166 : tensor<4x32xf32>) outs(%167 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc298)), %out: f32 loc("div"(#loc298))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc562)
      linalg.yield %2680 : f32 loc(#loc562)
    } -> tensor<4x32xf32> loc(#loc562)
    %169 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc559)
    %170 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%163 : tensor<4x32xf32>) outs(%169 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc298)), %out: f32 loc("square"(#loc297))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc559)
      linalg.yield %2680 : f32 loc(#loc559)
    } -> tensor<4x32xf32> loc(#loc559)
    %171 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc560)
    %172 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%163 : tensor<4x32xf32>) outs(%171 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc298)), %out: f32 loc("mul"(#loc297))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc560)
      linalg.yield %2680 : f32 loc(#loc560)
    } -> tensor<4x32xf32> loc(#loc560)
    %173 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc563)
    %174 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%168, %170 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%173 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc298)), %in_226: f32 loc("square"(#loc297)), %out: f32 loc("sub"(#loc299))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc563)
      linalg.yield %2680 : f32 loc(#loc563)
    } -> tensor<4x32xf32> loc(#loc563)
    %175 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc564)
    %176 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%174 : tensor<4x32xf32>) outs(%175 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc299)), %out: f32 loc("max"(#loc300))):
      %2680 = arith.maximumf %in, %cst_19 : f32 loc(#loc564)
      linalg.yield %2680 : f32 loc(#loc564)
    } -> tensor<4x32xf32> loc(#loc564)
    %177 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc565)
    %178 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%174, %176 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%177 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc299)), %in_226: f32 loc("max"(#loc300)), %out: i1 loc("eq"(#loc300))):
      %2680 = arith.cmpf oeq, %in, %in_226 : f32 loc(#loc565)
      linalg.yield %2680 : i1 loc(#loc565)
    } -> tensor<4x32xi1> loc(#loc565)
    %179 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc566)
    %180 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%178 : tensor<4x32xi1>) outs(%179 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc300)), %out: f32 loc("select_n"(#loc300))):
      %2680 = arith.select %in, %cst_17, %cst_19 : f32 loc(#loc566)
      linalg.yield %2680 : f32 loc(#loc566)
    } -> tensor<4x32xf32> loc(#loc566)
    %181 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc565)
    %182 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%176 : tensor<4x32xf32>) outs(%181 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc300)), %out: i1 loc("eq"(#loc300))):
      %2680 = arith.cmpf oeq, %cst_19, %in : f32 loc(#loc565)
      linalg.yield %2680 : i1 loc(#loc565)
    } -> tensor<4x32xi1> loc(#loc565)
    %183 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc566)
    %184 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%182 : tensor<4x32xi1>) outs(%183 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc300)), %out: f32 loc("select_n"(#loc300))):
      %2680 = arith.select %in, %cst_20, %cst_17 : f32 loc(#loc566)
      linalg.yield %2680 : f32 loc(#loc566)
    } -> tensor<4x32xf32> loc(#loc566)
    %185 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc567)
    %186 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%180, %184 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%185 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc300)), %in_226: f32 loc("select_n"(#loc300)), %out: f32 loc("div"(#loc300))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc567)
      linalg.yield %2680 : f32 loc(#loc567)
    } -> tensor<4x32xf32> loc(#loc567)
    %expanded_46 = tensor.expand_shape %176 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "forward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc568)
    %187 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc569)
    %188 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<4x32xf32>) outs(%187 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc298)), %out: f32 loc("sub"(#loc302))):
      linalg.yield %in : f32 loc(#loc569)
    } -> tensor<4x32x64xf32> loc(#loc569)
    %189 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc569)
    %190 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %188 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%189 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc296)), %in_226: f32 loc("sub"(#loc302)), %out: f32 loc("sub"(#loc302))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc569)
      linalg.yield %2680 : f32 loc(#loc569)
    } -> tensor<4x32x64xf32> loc(#loc569)
    %191 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc570)
    %192 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_46 : tensor<4x32x1xf32>) outs(%191 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc301)), %out: f32 loc("add"(#loc303))):
      %2680 = arith.addf %in, %cst_16 : f32 loc(#loc570)
      linalg.yield %2680 : f32 loc(#loc570)
    } -> tensor<4x32x1xf32> loc(#loc570)
    %193 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc571)
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<4x32x1xf32>) outs(%193 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc303)), %out: f32 loc("rsqrt"(#loc304))):
      %2680 = math.rsqrt %in : f32 loc(#loc571)
      linalg.yield %2680 : f32 loc(#loc571)
    } -> tensor<4x32x1xf32> loc(#loc571)
    %195 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc572)
    %196 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194, %192 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%195 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc304)), %in_226: f32 loc("add"(#loc303)), %out: f32 loc("div"(#loc304))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc572)
      linalg.yield %2680 : f32 loc(#loc572)
    } -> tensor<4x32x1xf32> loc(#loc572)
    %197 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc573)
    %198 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<4x32x1xf32>) outs(%197 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc304)), %out: f32 loc("mul"(#loc304))):
      %2680 = arith.mulf %in, %cst_15 : f32 loc(#loc573)
      linalg.yield %2680 : f32 loc(#loc573)
    } -> tensor<4x32x1xf32> loc(#loc573)
    %expanded_47 = tensor.expand_shape %arg7 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc574)
    %199 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc575)
    %200 = linalg.generic {indexing_maps = [#map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<4x32x1xf32>) outs(%199 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc304)), %out: f32 loc("mul"(#loc306))):
      linalg.yield %in : f32 loc(#loc575)
    } -> tensor<4x32x64xf32> loc(#loc575)
    %201 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc575)
    %202 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<1x1x64xf32>) outs(%201 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc305)), %out: f32 loc("mul"(#loc306))):
      linalg.yield %in : f32 loc(#loc575)
    } -> tensor<4x32x64xf32> loc(#loc575)
    %203 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc575)
    %204 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %202 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%203 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc306)), %in_226: f32 loc("mul"(#loc306)), %out: f32 loc("mul"(#loc306))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc575)
      linalg.yield %2680 : f32 loc(#loc575)
    } -> tensor<4x32x64xf32> loc(#loc575)
    %205 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc576)
    %206 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190, %204 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%205 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc302)), %in_226: f32 loc("mul"(#loc306)), %out: f32 loc("mul"(#loc307))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc576)
      linalg.yield %2680 : f32 loc(#loc576)
    } -> tensor<4x32x64xf32> loc(#loc576)
    %expanded_48 = tensor.expand_shape %arg6 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc577)
    %207 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc578)
    %208 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<1x1x64xf32>) outs(%207 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc308)), %out: f32 loc("add"(#loc309))):
      linalg.yield %in : f32 loc(#loc578)
    } -> tensor<4x32x64xf32> loc(#loc578)
    %209 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc578)
    %210 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %208 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%209 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc307)), %in_226: f32 loc("add"(#loc309)), %out: f32 loc("add"(#loc309))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc578)
      linalg.yield %2680 : f32 loc(#loc578)
    } -> tensor<4x32x64xf32> loc(#loc578)
    %collapsed_49 = tensor.collapse_shape %210 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc579)
    %211 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x256xf32> loc(#loc579)
    %212 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%211 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc579)
    %213 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_49, %arg3 : tensor<128x64xf32>, tensor<64x256xf32>) outs(%212 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc579)
    %expanded_50 = tensor.expand_shape %213 [[0, 1], [2]] output_shape [4, 32, 256] {altgrad.phase = "forward"} : tensor<128x256xf32> into tensor<4x32x256xf32> loc(#loc579)
    %expanded_51 = tensor.expand_shape %arg2 [[0, 1, 2]] output_shape [1, 1, 256] {altgrad.phase = "forward"} : tensor<256xf32> into tensor<1x1x256xf32> loc(#loc580)
    %214 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc581)
    %215 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<1x1x256xf32>) outs(%214 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc311)), %out: f32 loc("add"(#loc312))):
      linalg.yield %in : f32 loc(#loc581)
    } -> tensor<4x32x256xf32> loc(#loc581)
    %216 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc581)
    %217 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50, %215 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%216 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc310)), %in_226: f32 loc("add"(#loc312)), %out: f32 loc("add"(#loc312))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc581)
      linalg.yield %2680 : f32 loc(#loc581)
    } -> tensor<4x32x256xf32> loc(#loc581)
    %218 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc582)
    %219 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<4x32x256xf32>) outs(%218 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc312)), %out: f32 loc("integer_pow"(#loc313))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc582)
      linalg.yield %2680 : f32 loc(#loc582)
    } -> tensor<4x32x256xf32> loc(#loc582)
    %220 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc582)
    %221 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219, %217 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%220 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc313)), %in_226: f32 loc("add"(#loc312)), %out: f32 loc("integer_pow"(#loc313))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc582)
      linalg.yield %2680 : f32 loc(#loc582)
    } -> tensor<4x32x256xf32> loc(#loc582)
    %222 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc583)
    %223 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219 : tensor<4x32x256xf32>) outs(%222 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc313)), %out: f32 loc("mul"(#loc313))):
      %2680 = arith.mulf %in, %cst_12 : f32 loc(#loc583)
      linalg.yield %2680 : f32 loc(#loc583)
    } -> tensor<4x32x256xf32> loc(#loc583)
    %224 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc583)
    %225 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221 : tensor<4x32x256xf32>) outs(%224 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc313)), %out: f32 loc("mul"(#loc313))):
      %2680 = arith.mulf %in, %cst_11 : f32 loc(#loc583)
      linalg.yield %2680 : f32 loc(#loc583)
    } -> tensor<4x32x256xf32> loc(#loc583)
    %226 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc584)
    %227 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217, %225 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%226 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc312)), %in_226: f32 loc("mul"(#loc313)), %out: f32 loc("add"(#loc313))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc584)
      linalg.yield %2680 : f32 loc(#loc584)
    } -> tensor<4x32x256xf32> loc(#loc584)
    %228 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc583)
    %229 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227 : tensor<4x32x256xf32>) outs(%228 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc313)), %out: f32 loc("mul"(#loc313))):
      %2680 = arith.mulf %in, %cst_10 : f32 loc(#loc583)
      linalg.yield %2680 : f32 loc(#loc583)
    } -> tensor<4x32x256xf32> loc(#loc583)
    %230 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc585)
    %231 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<4x32x256xf32>) outs(%230 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc313)), %out: f32 loc("tanh"(#loc313))):
      %2680 = math.tanh %in : f32 loc(#loc585)
      linalg.yield %2680 : f32 loc(#loc585)
    } -> tensor<4x32x256xf32> loc(#loc585)
    %232 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc586)
    %233 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<4x32x256xf32>) outs(%232 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("tanh"(#loc313)), %out: f32 loc("sub"(#loc313))):
      %2680 = arith.subf %cst_17, %in : f32 loc(#loc586)
      linalg.yield %2680 : f32 loc(#loc586)
    } -> tensor<4x32x256xf32> loc(#loc586)
    %234 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc584)
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<4x32x256xf32>) outs(%234 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("tanh"(#loc313)), %out: f32 loc("add"(#loc313))):
      %2680 = arith.addf %in, %cst_17 : f32 loc(#loc584)
      linalg.yield %2680 : f32 loc(#loc584)
    } -> tensor<4x32x256xf32> loc(#loc584)
    %236 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc583)
    %237 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<4x32x256xf32>) outs(%236 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc313)), %out: f32 loc("mul"(#loc313))):
      %2680 = arith.mulf %in, %cst_9 : f32 loc(#loc583)
      linalg.yield %2680 : f32 loc(#loc583)
    } -> tensor<4x32x256xf32> loc(#loc583)
    %238 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc583)
    %239 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217, %237 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%238 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc312)), %in_226: f32 loc("mul"(#loc313)), %out: f32 loc("mul"(#loc313))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc583)
      linalg.yield %2680 : f32 loc(#loc583)
    } -> tensor<4x32x256xf32> loc(#loc583)
    %collapsed_52 = tensor.collapse_shape %239 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x32x256xf32> into tensor<128x256xf32> loc(#loc587)
    %240 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc587)
    %241 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%240 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc587)
    %242 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_52, %arg1 : tensor<128x256xf32>, tensor<256x64xf32>) outs(%241 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc587)
    %expanded_53 = tensor.expand_shape %242 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc587)
    %expanded_54 = tensor.expand_shape %arg0 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc588)
    %243 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc589)
    %244 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<1x1x64xf32>) outs(%243 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc315)), %out: f32 loc("add"(#loc316))):
      linalg.yield %in : f32 loc(#loc589)
    } -> tensor<4x32x64xf32> loc(#loc589)
    %245 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc589)
    %246 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_53, %244 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%245 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc314)), %in_226: f32 loc("add"(#loc316)), %out: f32 loc("add"(#loc316))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc589)
      linalg.yield %2680 : f32 loc(#loc589)
    } -> tensor<4x32x64xf32> loc(#loc589)
    %247 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc590)
    %248 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %246 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%247 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc296)), %in_226: f32 loc("add"(#loc316)), %out: f32 loc("add"(#loc317))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc590)
      linalg.yield %2680 : f32 loc(#loc590)
    } -> tensor<4x32x64xf32> loc(#loc590)
    %249 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc591)
    %250 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248 : tensor<4x32x64xf32>) outs(%249 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc317)), %out: f32 loc("square"(#loc318))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc591)
      linalg.yield %2680 : f32 loc(#loc591)
    } -> tensor<4x32x64xf32> loc(#loc591)
    %251 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc592)
    %252 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248 : tensor<4x32x64xf32>) outs(%251 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc317)), %out: f32 loc("mul"(#loc318))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc592)
      linalg.yield %2680 : f32 loc(#loc592)
    } -> tensor<4x32x64xf32> loc(#loc592)
    %253 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc593)
    %254 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%253 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc593)
    %255 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%248 : tensor<4x32x64xf32>) outs(%254 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc319)), %out: f32 loc("reduce_sum"(#loc319))):
      %2680 = arith.addf %out, %in : f32 loc(#loc593)
      linalg.yield %2680 : f32 loc(#loc593)
    } -> tensor<4x32xf32> loc(#loc593)
    %256 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc594)
    %257 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%255 : tensor<4x32xf32>) outs(%256 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc319)), %out: f32 loc("div"(#loc319))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc594)
      linalg.yield %2680 : f32 loc(#loc594)
    } -> tensor<4x32xf32> loc(#loc594)
    %258 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc593)
    %259 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%258 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc593)
    %260 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%250 : tensor<4x32x64xf32>) outs(%259 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc319)), %out: f32 loc("reduce_sum"(#loc319))):
      %2680 = arith.addf %out, %in : f32 loc(#loc593)
      linalg.yield %2680 : f32 loc(#loc593)
    } -> tensor<4x32xf32> loc(#loc593)
    %261 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc594)
    %262 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%260 : tensor<4x32xf32>) outs(%261 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc319)), %out: f32 loc("div"(#loc319))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc594)
      linalg.yield %2680 : f32 loc(#loc594)
    } -> tensor<4x32xf32> loc(#loc594)
    %263 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc591)
    %264 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%257 : tensor<4x32xf32>) outs(%263 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc319)), %out: f32 loc("square"(#loc318))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc591)
      linalg.yield %2680 : f32 loc(#loc591)
    } -> tensor<4x32xf32> loc(#loc591)
    %265 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc592)
    %266 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%257 : tensor<4x32xf32>) outs(%265 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc319)), %out: f32 loc("mul"(#loc318))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc592)
      linalg.yield %2680 : f32 loc(#loc592)
    } -> tensor<4x32xf32> loc(#loc592)
    %267 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc595)
    %268 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%262, %264 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%267 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc319)), %in_226: f32 loc("square"(#loc318)), %out: f32 loc("sub"(#loc320))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc595)
      linalg.yield %2680 : f32 loc(#loc595)
    } -> tensor<4x32xf32> loc(#loc595)
    %269 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc596)
    %270 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%268 : tensor<4x32xf32>) outs(%269 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc320)), %out: f32 loc("max"(#loc321))):
      %2680 = arith.maximumf %in, %cst_19 : f32 loc(#loc596)
      linalg.yield %2680 : f32 loc(#loc596)
    } -> tensor<4x32xf32> loc(#loc596)
    %271 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc597)
    %272 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%268, %270 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%271 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc320)), %in_226: f32 loc("max"(#loc321)), %out: i1 loc("eq"(#loc321))):
      %2680 = arith.cmpf oeq, %in, %in_226 : f32 loc(#loc597)
      linalg.yield %2680 : i1 loc(#loc597)
    } -> tensor<4x32xi1> loc(#loc597)
    %273 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc598)
    %274 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%272 : tensor<4x32xi1>) outs(%273 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc321)), %out: f32 loc("select_n"(#loc321))):
      %2680 = arith.select %in, %cst_17, %cst_19 : f32 loc(#loc598)
      linalg.yield %2680 : f32 loc(#loc598)
    } -> tensor<4x32xf32> loc(#loc598)
    %275 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc597)
    %276 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%270 : tensor<4x32xf32>) outs(%275 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc321)), %out: i1 loc("eq"(#loc321))):
      %2680 = arith.cmpf oeq, %cst_19, %in : f32 loc(#loc597)
      linalg.yield %2680 : i1 loc(#loc597)
    } -> tensor<4x32xi1> loc(#loc597)
    %277 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc598)
    %278 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%276 : tensor<4x32xi1>) outs(%277 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc321)), %out: f32 loc("select_n"(#loc321))):
      %2680 = arith.select %in, %cst_20, %cst_17 : f32 loc(#loc598)
      linalg.yield %2680 : f32 loc(#loc598)
    } -> tensor<4x32xf32> loc(#loc598)
    %279 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc599)
    %280 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%274, %278 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%279 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc321)), %in_226: f32 loc("select_n"(#loc321)), %out: f32 loc("div"(#loc321))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc599)
      linalg.yield %2680 : f32 loc(#loc599)
    } -> tensor<4x32xf32> loc(#loc599)
    %expanded_55 = tensor.expand_shape %270 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "forward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc600)
    %281 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc601)
    %282 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257 : tensor<4x32xf32>) outs(%281 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc319)), %out: f32 loc("sub"(#loc323))):
      linalg.yield %in : f32 loc(#loc601)
    } -> tensor<4x32x64xf32> loc(#loc601)
    %283 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc601)
    %284 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %282 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%283 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc317)), %in_226: f32 loc("sub"(#loc323)), %out: f32 loc("sub"(#loc323))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc601)
      linalg.yield %2680 : f32 loc(#loc601)
    } -> tensor<4x32x64xf32> loc(#loc601)
    %285 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc602)
    %286 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_55 : tensor<4x32x1xf32>) outs(%285 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc322)), %out: f32 loc("add"(#loc324))):
      %2680 = arith.addf %in, %cst_16 : f32 loc(#loc602)
      linalg.yield %2680 : f32 loc(#loc602)
    } -> tensor<4x32x1xf32> loc(#loc602)
    %287 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc603)
    %288 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286 : tensor<4x32x1xf32>) outs(%287 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc324)), %out: f32 loc("rsqrt"(#loc325))):
      %2680 = math.rsqrt %in : f32 loc(#loc603)
      linalg.yield %2680 : f32 loc(#loc603)
    } -> tensor<4x32x1xf32> loc(#loc603)
    %289 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc604)
    %290 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288, %286 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%289 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc325)), %in_226: f32 loc("add"(#loc324)), %out: f32 loc("div"(#loc325))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc604)
      linalg.yield %2680 : f32 loc(#loc604)
    } -> tensor<4x32x1xf32> loc(#loc604)
    %291 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc605)
    %292 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290 : tensor<4x32x1xf32>) outs(%291 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc325)), %out: f32 loc("mul"(#loc325))):
      %2680 = arith.mulf %in, %cst_15 : f32 loc(#loc605)
      linalg.yield %2680 : f32 loc(#loc605)
    } -> tensor<4x32x1xf32> loc(#loc605)
    %expanded_56 = tensor.expand_shape %arg17 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc606)
    %293 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc607)
    %294 = linalg.generic {indexing_maps = [#map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288 : tensor<4x32x1xf32>) outs(%293 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc325)), %out: f32 loc("mul"(#loc327))):
      linalg.yield %in : f32 loc(#loc607)
    } -> tensor<4x32x64xf32> loc(#loc607)
    %295 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc607)
    %296 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_56 : tensor<1x1x64xf32>) outs(%295 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc326)), %out: f32 loc("mul"(#loc327))):
      linalg.yield %in : f32 loc(#loc607)
    } -> tensor<4x32x64xf32> loc(#loc607)
    %297 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc607)
    %298 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%294, %296 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%297 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc327)), %in_226: f32 loc("mul"(#loc327)), %out: f32 loc("mul"(#loc327))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc607)
      linalg.yield %2680 : f32 loc(#loc607)
    } -> tensor<4x32x64xf32> loc(#loc607)
    %299 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc608)
    %300 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %298 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%299 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc323)), %in_226: f32 loc("mul"(#loc327)), %out: f32 loc("mul"(#loc328))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc608)
      linalg.yield %2680 : f32 loc(#loc608)
    } -> tensor<4x32x64xf32> loc(#loc608)
    %expanded_57 = tensor.expand_shape %arg16 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc609)
    %301 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc610)
    %302 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_57 : tensor<1x1x64xf32>) outs(%301 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc329)), %out: f32 loc("add"(#loc330))):
      linalg.yield %in : f32 loc(#loc610)
    } -> tensor<4x32x64xf32> loc(#loc610)
    %303 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc610)
    %304 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%300, %302 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%303 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc328)), %in_226: f32 loc("add"(#loc330)), %out: f32 loc("add"(#loc330))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc610)
      linalg.yield %2680 : f32 loc(#loc610)
    } -> tensor<4x32x64xf32> loc(#loc610)
    %collapsed_58 = tensor.collapse_shape %304 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc611)
    %collapsed_59 = tensor.collapse_shape %arg22 [[0], [1, 2]] {altgrad.phase = "forward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc611)
    %305 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc611)
    %306 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%305 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc611)
    %307 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_58, %collapsed_59 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%306 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc611)
    %expanded_60 = tensor.expand_shape %307 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc611)
    %collapsed_61 = tensor.collapse_shape %arg20 [[0], [1, 2]] {altgrad.phase = "forward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc612)
    %308 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc612)
    %309 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%308 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc612)
    %310 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_58, %collapsed_61 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%309 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc612)
    %expanded_62 = tensor.expand_shape %310 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc612)
    %collapsed_63 = tensor.collapse_shape %arg23 [[0], [1, 2]] {altgrad.phase = "forward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc613)
    %311 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc613)
    %312 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%311 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc613)
    %313 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_58, %collapsed_63 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%312 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc613)
    %expanded_64 = tensor.expand_shape %313 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc613)
    %314 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x4x16xf32> loc(#loc614)
    %315 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_60, %105 : tensor<4x32x4x16xf32>, tensor<4x32x4x16xf32>) outs(%314 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc331)), %in_226: f32 loc("div"(#loc288)), %out: f32 loc("div"(#loc334))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc614)
      linalg.yield %2680 : f32 loc(#loc614)
    } -> tensor<4x32x4x16xf32> loc(#loc614)
    %316 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x16xf32> loc(#loc615)
    %317 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%315 : tensor<4x32x4x16xf32>) outs(%316 : tensor<4x4x32x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc334)), %out: f32 loc("dot_general"(#loc335))):
      linalg.yield %in : f32 loc(#loc615)
    } -> tensor<4x4x32x16xf32> loc(#loc615)
    %318 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> loc(#loc615)
    %319 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_62 : tensor<4x32x4x16xf32>) outs(%318 : tensor<4x4x16x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc332)), %out: f32 loc("dot_general"(#loc335))):
      linalg.yield %in : f32 loc(#loc615)
    } -> tensor<4x4x16x32xf32> loc(#loc615)
    %collapsed_65 = tensor.collapse_shape %317 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x32x16xf32> into tensor<16x32x16xf32> loc(#loc615)
    %collapsed_66 = tensor.collapse_shape %319 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> into tensor<16x16x32xf32> loc(#loc615)
    %320 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x32x32xf32> loc(#loc615)
    %321 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%320 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc615)
    %322 = linalg.batch_matmul {altgrad.phase = "forward"} ins(%collapsed_65, %collapsed_66 : tensor<16x32x16xf32>, tensor<16x16x32xf32>) outs(%321 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc615)
    %expanded_67 = tensor.expand_shape %322 [[0, 1], [2], [3]] output_shape [4, 4, 32, 32] {altgrad.phase = "forward"} : tensor<16x32x32xf32> into tensor<4x4x32x32xf32> loc(#loc615)
    %323 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc616)
    %324 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %expanded_67 : tensor<4x4x32x32xi1>, tensor<4x4x32x32xf32>) outs(%323 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc97 at #loc290)), %in_226: f32 loc("dot_general"(#loc335)), %out: f32 loc(callsite(#loc103 at #loc336))):
      %2680 = arith.select %in, %in_226, %cst_14 : f32 loc(#loc616)
      linalg.yield %2680 : f32 loc(#loc616)
    } -> tensor<4x4x32x32xf32> loc(#loc616)
    %325 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32xf32> loc(#loc617)
    %326 = linalg.fill {altgrad.phase = "forward"} ins(%cst_13 : f32) outs(%325 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc617)
    %327 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%324 : tensor<4x4x32x32xf32>) outs(%326 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_max"(#loc337)), %out: f32 loc("reduce_max"(#loc337))):
      %2680 = arith.maximumf %out, %in : f32 loc(#loc617)
      linalg.yield %2680 : f32 loc(#loc617)
    } -> tensor<4x4x32xf32> loc(#loc617)
    %328 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc618)
    %329 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%327 : tensor<4x4x32xf32>) outs(%328 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc337)), %out: f32 loc("sub"(#loc337))):
      linalg.yield %in : f32 loc(#loc618)
    } -> tensor<4x4x32x32xf32> loc(#loc618)
    %330 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc618)
    %331 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%324, %329 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%330 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc(callsite(#loc103 at #loc336)), %in_226: f32 loc("sub"(#loc337)), %out: f32 loc("sub"(#loc337))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc618)
      linalg.yield %2680 : f32 loc(#loc618)
    } -> tensor<4x4x32x32xf32> loc(#loc618)
    %332 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc620)
    %333 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%331 : tensor<4x4x32x32xf32>) outs(%332 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc337)), %out: f32 loc("exp"(#loc337))):
      %2680 = math.exp %in : f32 loc(#loc620)
      linalg.yield %2680 : f32 loc(#loc620)
    } -> tensor<4x4x32x32xf32> loc(#loc620)
    %334 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32xf32> loc(#loc621)
    %335 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%334 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc621)
    %336 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%333 : tensor<4x4x32x32xf32>) outs(%335 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc337)), %out: f32 loc("reduce_sum"(#loc337))):
      %2680 = arith.addf %out, %in : f32 loc(#loc621)
      linalg.yield %2680 : f32 loc(#loc621)
    } -> tensor<4x4x32xf32> loc(#loc621)
    %expanded_68 = tensor.expand_shape %336 [[0], [1], [2, 3]] output_shape [4, 4, 32, 1] {altgrad.phase = "forward"} : tensor<4x4x32xf32> into tensor<4x4x32x1xf32> loc(#loc622)
    %337 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc623)
    %338 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%336 : tensor<4x4x32xf32>) outs(%337 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc337)), %out: f32 loc("div"(#loc337))):
      linalg.yield %in : f32 loc(#loc623)
    } -> tensor<4x4x32x32xf32> loc(#loc623)
    %339 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc623)
    %340 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%333, %338 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%339 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("exp"(#loc337)), %in_226: f32 loc("div"(#loc337)), %out: f32 loc("div"(#loc337))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc623)
      linalg.yield %2680 : f32 loc(#loc623)
    } -> tensor<4x4x32x32xf32> loc(#loc623)
    %341 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x1xf32> loc(#loc926)
    %342 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_68 : tensor<4x4x32x1xf32>) outs(%341 : tensor<4x4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc337)), %out: f32 loc(""(#loc624))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc926)
      linalg.yield %2680 : f32 loc(#loc926)
    } -> tensor<4x4x32x1xf32> loc(#loc926)
    %343 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x1xf32> loc(#loc927)
    %344 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%342 : tensor<4x4x32x1xf32>) outs(%343 : tensor<4x4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc(""(#loc624)), %out: f32 loc(""(#loc625))):
      %2680 = arith.divf %cst_17, %in : f32 loc(#loc927)
      linalg.yield %2680 : f32 loc(#loc927)
    } -> tensor<4x4x32x1xf32> loc(#loc927)
    %345 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> loc(#loc626)
    %346 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_64 : tensor<4x32x4x16xf32>) outs(%345 : tensor<4x4x16x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc333)), %out: f32 loc("dot_general"(#loc338))):
      linalg.yield %in : f32 loc(#loc626)
    } -> tensor<4x4x16x32xf32> loc(#loc626)
    %347 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> loc(#loc626)
    %348 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%340 : tensor<4x4x32x32xf32>) outs(%347 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc337)), %out: f32 loc("dot_general"(#loc338))):
      linalg.yield %in : f32 loc(#loc626)
    } -> tensor<4x4x32x32xf32> loc(#loc626)
    %collapsed_69 = tensor.collapse_shape %346 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x16x32xf32> into tensor<16x16x32xf32> loc(#loc626)
    %collapsed_70 = tensor.collapse_shape %348 [[0, 1], [2], [3]] {altgrad.phase = "forward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc626)
    %349 = tensor.empty() {altgrad.phase = "forward"} : tensor<16x16x32xf32> loc(#loc626)
    %350 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%349 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc626)
    %351 = linalg.batch_matmul {altgrad.phase = "forward"} ins(%collapsed_69, %collapsed_70 : tensor<16x16x32xf32>, tensor<16x32x32xf32>) outs(%350 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc626)
    %expanded_71 = tensor.expand_shape %351 [[0, 1], [2], [3]] output_shape [4, 4, 16, 32] {altgrad.phase = "forward"} : tensor<16x16x32xf32> into tensor<4x4x16x32xf32> loc(#loc626)
    %352 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x4x16xf32> loc(#loc627)
    %353 = linalg.generic {indexing_maps = [#map18, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_71 : tensor<4x4x16x32xf32>) outs(%352 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc338)), %out: f32 loc("transpose"(#loc338))):
      linalg.yield %in : f32 loc(#loc627)
    } -> tensor<4x32x4x16xf32> loc(#loc627)
    %collapsed_72 = tensor.collapse_shape %353 [[0, 1], [2, 3]] {altgrad.phase = "forward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc628)
    %collapsed_73 = tensor.collapse_shape %arg21 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc628)
    %354 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc628)
    %355 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%354 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc628)
    %356 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_72, %collapsed_73 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%355 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc628)
    %expanded_74 = tensor.expand_shape %356 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc628)
    %357 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc629)
    %358 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %expanded_74 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%357 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc317)), %in_226: f32 loc("dot_general"(#loc339)), %out: f32 loc("add"(#loc340))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc629)
      linalg.yield %2680 : f32 loc(#loc629)
    } -> tensor<4x32x64xf32> loc(#loc629)
    %359 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc630)
    %360 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%358 : tensor<4x32x64xf32>) outs(%359 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc340)), %out: f32 loc("square"(#loc341))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc630)
      linalg.yield %2680 : f32 loc(#loc630)
    } -> tensor<4x32x64xf32> loc(#loc630)
    %361 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc631)
    %362 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%358 : tensor<4x32x64xf32>) outs(%361 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc340)), %out: f32 loc("mul"(#loc341))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc631)
      linalg.yield %2680 : f32 loc(#loc631)
    } -> tensor<4x32x64xf32> loc(#loc631)
    %363 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc632)
    %364 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%363 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc632)
    %365 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%358 : tensor<4x32x64xf32>) outs(%364 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc342)), %out: f32 loc("reduce_sum"(#loc342))):
      %2680 = arith.addf %out, %in : f32 loc(#loc632)
      linalg.yield %2680 : f32 loc(#loc632)
    } -> tensor<4x32xf32> loc(#loc632)
    %366 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc633)
    %367 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%365 : tensor<4x32xf32>) outs(%366 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc342)), %out: f32 loc("div"(#loc342))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc633)
      linalg.yield %2680 : f32 loc(#loc633)
    } -> tensor<4x32xf32> loc(#loc633)
    %368 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc632)
    %369 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%368 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc632)
    %370 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%360 : tensor<4x32x64xf32>) outs(%369 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc342)), %out: f32 loc("reduce_sum"(#loc342))):
      %2680 = arith.addf %out, %in : f32 loc(#loc632)
      linalg.yield %2680 : f32 loc(#loc632)
    } -> tensor<4x32xf32> loc(#loc632)
    %371 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc633)
    %372 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%370 : tensor<4x32xf32>) outs(%371 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc342)), %out: f32 loc("div"(#loc342))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc633)
      linalg.yield %2680 : f32 loc(#loc633)
    } -> tensor<4x32xf32> loc(#loc633)
    %373 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc630)
    %374 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%367 : tensor<4x32xf32>) outs(%373 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc342)), %out: f32 loc("square"(#loc341))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc630)
      linalg.yield %2680 : f32 loc(#loc630)
    } -> tensor<4x32xf32> loc(#loc630)
    %375 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc631)
    %376 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%367 : tensor<4x32xf32>) outs(%375 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc342)), %out: f32 loc("mul"(#loc341))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc631)
      linalg.yield %2680 : f32 loc(#loc631)
    } -> tensor<4x32xf32> loc(#loc631)
    %377 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc634)
    %378 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%372, %374 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%377 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc342)), %in_226: f32 loc("square"(#loc341)), %out: f32 loc("sub"(#loc343))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc634)
      linalg.yield %2680 : f32 loc(#loc634)
    } -> tensor<4x32xf32> loc(#loc634)
    %379 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc635)
    %380 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%378 : tensor<4x32xf32>) outs(%379 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc343)), %out: f32 loc("max"(#loc344))):
      %2680 = arith.maximumf %in, %cst_19 : f32 loc(#loc635)
      linalg.yield %2680 : f32 loc(#loc635)
    } -> tensor<4x32xf32> loc(#loc635)
    %381 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc636)
    %382 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%378, %380 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%381 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc343)), %in_226: f32 loc("max"(#loc344)), %out: i1 loc("eq"(#loc344))):
      %2680 = arith.cmpf oeq, %in, %in_226 : f32 loc(#loc636)
      linalg.yield %2680 : i1 loc(#loc636)
    } -> tensor<4x32xi1> loc(#loc636)
    %383 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc637)
    %384 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%382 : tensor<4x32xi1>) outs(%383 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc344)), %out: f32 loc("select_n"(#loc344))):
      %2680 = arith.select %in, %cst_17, %cst_19 : f32 loc(#loc637)
      linalg.yield %2680 : f32 loc(#loc637)
    } -> tensor<4x32xf32> loc(#loc637)
    %385 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc636)
    %386 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%380 : tensor<4x32xf32>) outs(%385 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc344)), %out: i1 loc("eq"(#loc344))):
      %2680 = arith.cmpf oeq, %cst_19, %in : f32 loc(#loc636)
      linalg.yield %2680 : i1 loc(#loc636)
    } -> tensor<4x32xi1> loc(#loc636)
    %387 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc637)
    %388 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%386 : tensor<4x32xi1>) outs(%387 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc344)), %out: f32 loc("select_n"(#loc344))):
      %2680 = arith.select %in, %cst_20, %cst_17 : f32 loc(#loc637)
      linalg.yield %2680 : f32 loc(#loc637)
    } -> tensor<4x32xf32> loc(#loc637)
    %389 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc638)
    %390 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%384, %388 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%389 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc344)), %in_226: f32 loc("select_n"(#loc344)), %out: f32 loc("div"(#loc344))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc638)
      linalg.yield %2680 : f32 loc(#loc638)
    } -> tensor<4x32xf32> loc(#loc638)
    %expanded_75 = tensor.expand_shape %380 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "forward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc639)
    %391 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc640)
    %392 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%367 : tensor<4x32xf32>) outs(%391 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc342)), %out: f32 loc("sub"(#loc346))):
      linalg.yield %in : f32 loc(#loc640)
    } -> tensor<4x32x64xf32> loc(#loc640)
    %393 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc640)
    %394 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%358, %392 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%393 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc340)), %in_226: f32 loc("sub"(#loc346)), %out: f32 loc("sub"(#loc346))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc640)
      linalg.yield %2680 : f32 loc(#loc640)
    } -> tensor<4x32x64xf32> loc(#loc640)
    %395 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc641)
    %396 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_75 : tensor<4x32x1xf32>) outs(%395 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc345)), %out: f32 loc("add"(#loc347))):
      %2680 = arith.addf %in, %cst_16 : f32 loc(#loc641)
      linalg.yield %2680 : f32 loc(#loc641)
    } -> tensor<4x32x1xf32> loc(#loc641)
    %397 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc642)
    %398 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%396 : tensor<4x32x1xf32>) outs(%397 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc347)), %out: f32 loc("rsqrt"(#loc348))):
      %2680 = math.rsqrt %in : f32 loc(#loc642)
      linalg.yield %2680 : f32 loc(#loc642)
    } -> tensor<4x32x1xf32> loc(#loc642)
    %399 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc643)
    %400 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%398, %396 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%399 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc348)), %in_226: f32 loc("add"(#loc347)), %out: f32 loc("div"(#loc348))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc643)
      linalg.yield %2680 : f32 loc(#loc643)
    } -> tensor<4x32x1xf32> loc(#loc643)
    %401 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc644)
    %402 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%400 : tensor<4x32x1xf32>) outs(%401 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc348)), %out: f32 loc("mul"(#loc348))):
      %2680 = arith.mulf %in, %cst_15 : f32 loc(#loc644)
      linalg.yield %2680 : f32 loc(#loc644)
    } -> tensor<4x32x1xf32> loc(#loc644)
    %expanded_76 = tensor.expand_shape %arg19 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc645)
    %403 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc646)
    %404 = linalg.generic {indexing_maps = [#map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%398 : tensor<4x32x1xf32>) outs(%403 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc348)), %out: f32 loc("mul"(#loc350))):
      linalg.yield %in : f32 loc(#loc646)
    } -> tensor<4x32x64xf32> loc(#loc646)
    %405 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc646)
    %406 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_76 : tensor<1x1x64xf32>) outs(%405 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc349)), %out: f32 loc("mul"(#loc350))):
      linalg.yield %in : f32 loc(#loc646)
    } -> tensor<4x32x64xf32> loc(#loc646)
    %407 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc646)
    %408 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%404, %406 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%407 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc350)), %in_226: f32 loc("mul"(#loc350)), %out: f32 loc("mul"(#loc350))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc646)
      linalg.yield %2680 : f32 loc(#loc646)
    } -> tensor<4x32x64xf32> loc(#loc646)
    %409 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc647)
    %410 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%394, %408 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%409 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc346)), %in_226: f32 loc("mul"(#loc350)), %out: f32 loc("mul"(#loc351))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc647)
      linalg.yield %2680 : f32 loc(#loc647)
    } -> tensor<4x32x64xf32> loc(#loc647)
    %expanded_77 = tensor.expand_shape %arg18 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc648)
    %411 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc649)
    %412 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_77 : tensor<1x1x64xf32>) outs(%411 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc352)), %out: f32 loc("add"(#loc353))):
      linalg.yield %in : f32 loc(#loc649)
    } -> tensor<4x32x64xf32> loc(#loc649)
    %413 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc649)
    %414 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%410, %412 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%413 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc351)), %in_226: f32 loc("add"(#loc353)), %out: f32 loc("add"(#loc353))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc649)
      linalg.yield %2680 : f32 loc(#loc649)
    } -> tensor<4x32x64xf32> loc(#loc649)
    %collapsed_78 = tensor.collapse_shape %414 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc650)
    %415 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x256xf32> loc(#loc650)
    %416 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%415 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc650)
    %417 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_78, %arg15 : tensor<128x64xf32>, tensor<64x256xf32>) outs(%416 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc650)
    %expanded_79 = tensor.expand_shape %417 [[0, 1], [2]] output_shape [4, 32, 256] {altgrad.phase = "forward"} : tensor<128x256xf32> into tensor<4x32x256xf32> loc(#loc650)
    %expanded_80 = tensor.expand_shape %arg14 [[0, 1, 2]] output_shape [1, 1, 256] {altgrad.phase = "forward"} : tensor<256xf32> into tensor<1x1x256xf32> loc(#loc651)
    %418 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc652)
    %419 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_80 : tensor<1x1x256xf32>) outs(%418 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc355)), %out: f32 loc("add"(#loc356))):
      linalg.yield %in : f32 loc(#loc652)
    } -> tensor<4x32x256xf32> loc(#loc652)
    %420 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc652)
    %421 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_79, %419 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%420 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc354)), %in_226: f32 loc("add"(#loc356)), %out: f32 loc("add"(#loc356))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc652)
      linalg.yield %2680 : f32 loc(#loc652)
    } -> tensor<4x32x256xf32> loc(#loc652)
    %422 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc653)
    %423 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%421 : tensor<4x32x256xf32>) outs(%422 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc356)), %out: f32 loc("integer_pow"(#loc357))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc653)
      linalg.yield %2680 : f32 loc(#loc653)
    } -> tensor<4x32x256xf32> loc(#loc653)
    %424 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc653)
    %425 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%423, %421 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%424 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc357)), %in_226: f32 loc("add"(#loc356)), %out: f32 loc("integer_pow"(#loc357))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc653)
      linalg.yield %2680 : f32 loc(#loc653)
    } -> tensor<4x32x256xf32> loc(#loc653)
    %426 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc654)
    %427 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%423 : tensor<4x32x256xf32>) outs(%426 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc357)), %out: f32 loc("mul"(#loc357))):
      %2680 = arith.mulf %in, %cst_12 : f32 loc(#loc654)
      linalg.yield %2680 : f32 loc(#loc654)
    } -> tensor<4x32x256xf32> loc(#loc654)
    %428 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc654)
    %429 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%425 : tensor<4x32x256xf32>) outs(%428 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc357)), %out: f32 loc("mul"(#loc357))):
      %2680 = arith.mulf %in, %cst_11 : f32 loc(#loc654)
      linalg.yield %2680 : f32 loc(#loc654)
    } -> tensor<4x32x256xf32> loc(#loc654)
    %430 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc655)
    %431 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%421, %429 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%430 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc356)), %in_226: f32 loc("mul"(#loc357)), %out: f32 loc("add"(#loc357))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc655)
      linalg.yield %2680 : f32 loc(#loc655)
    } -> tensor<4x32x256xf32> loc(#loc655)
    %432 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc654)
    %433 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%431 : tensor<4x32x256xf32>) outs(%432 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc357)), %out: f32 loc("mul"(#loc357))):
      %2680 = arith.mulf %in, %cst_10 : f32 loc(#loc654)
      linalg.yield %2680 : f32 loc(#loc654)
    } -> tensor<4x32x256xf32> loc(#loc654)
    %434 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc656)
    %435 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%433 : tensor<4x32x256xf32>) outs(%434 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc357)), %out: f32 loc("tanh"(#loc357))):
      %2680 = math.tanh %in : f32 loc(#loc656)
      linalg.yield %2680 : f32 loc(#loc656)
    } -> tensor<4x32x256xf32> loc(#loc656)
    %436 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc657)
    %437 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%435 : tensor<4x32x256xf32>) outs(%436 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("tanh"(#loc357)), %out: f32 loc("sub"(#loc357))):
      %2680 = arith.subf %cst_17, %in : f32 loc(#loc657)
      linalg.yield %2680 : f32 loc(#loc657)
    } -> tensor<4x32x256xf32> loc(#loc657)
    %438 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc655)
    %439 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%435 : tensor<4x32x256xf32>) outs(%438 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("tanh"(#loc357)), %out: f32 loc("add"(#loc357))):
      %2680 = arith.addf %in, %cst_17 : f32 loc(#loc655)
      linalg.yield %2680 : f32 loc(#loc655)
    } -> tensor<4x32x256xf32> loc(#loc655)
    %440 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc654)
    %441 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%439 : tensor<4x32x256xf32>) outs(%440 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc357)), %out: f32 loc("mul"(#loc357))):
      %2680 = arith.mulf %in, %cst_9 : f32 loc(#loc654)
      linalg.yield %2680 : f32 loc(#loc654)
    } -> tensor<4x32x256xf32> loc(#loc654)
    %442 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc654)
    %443 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%421, %441 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%442 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc356)), %in_226: f32 loc("mul"(#loc357)), %out: f32 loc("mul"(#loc357))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc654)
      linalg.yield %2680 : f32 loc(#loc654)
    } -> tensor<4x32x256xf32> loc(#loc654)
    %collapsed_81 = tensor.collapse_shape %443 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x32x256xf32> into tensor<128x256xf32> loc(#loc658)
    %444 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x64xf32> loc(#loc658)
    %445 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%444 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc658)
    %446 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_81, %arg13 : tensor<128x256xf32>, tensor<256x64xf32>) outs(%445 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc658)
    %expanded_82 = tensor.expand_shape %446 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "forward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc658)
    %expanded_83 = tensor.expand_shape %arg12 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc659)
    %447 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc660)
    %448 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_83 : tensor<1x1x64xf32>) outs(%447 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc359)), %out: f32 loc("add"(#loc360))):
      linalg.yield %in : f32 loc(#loc660)
    } -> tensor<4x32x64xf32> loc(#loc660)
    %449 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc660)
    %450 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_82, %448 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%449 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc358)), %in_226: f32 loc("add"(#loc360)), %out: f32 loc("add"(#loc360))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc660)
      linalg.yield %2680 : f32 loc(#loc660)
    } -> tensor<4x32x64xf32> loc(#loc660)
    %451 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc661)
    %452 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%358, %450 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%451 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc340)), %in_226: f32 loc("add"(#loc360)), %out: f32 loc("add"(#loc361))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc661)
      linalg.yield %2680 : f32 loc(#loc661)
    } -> tensor<4x32x64xf32> loc(#loc661)
    %453 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc662)
    %454 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%452 : tensor<4x32x64xf32>) outs(%453 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc361)), %out: f32 loc("square"(#loc362))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc662)
      linalg.yield %2680 : f32 loc(#loc662)
    } -> tensor<4x32x64xf32> loc(#loc662)
    %455 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc663)
    %456 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%452 : tensor<4x32x64xf32>) outs(%455 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc361)), %out: f32 loc("mul"(#loc362))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc663)
      linalg.yield %2680 : f32 loc(#loc663)
    } -> tensor<4x32x64xf32> loc(#loc663)
    %457 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc664)
    %458 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%457 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc664)
    %459 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%452 : tensor<4x32x64xf32>) outs(%458 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc363)), %out: f32 loc("reduce_sum"(#loc363))):
      %2680 = arith.addf %out, %in : f32 loc(#loc664)
      linalg.yield %2680 : f32 loc(#loc664)
    } -> tensor<4x32xf32> loc(#loc664)
    %460 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc665)
    %461 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%459 : tensor<4x32xf32>) outs(%460 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc363)), %out: f32 loc("div"(#loc363))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc665)
      linalg.yield %2680 : f32 loc(#loc665)
    } -> tensor<4x32xf32> loc(#loc665)
    %462 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc664)
    %463 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%462 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc664)
    %464 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%454 : tensor<4x32x64xf32>) outs(%463 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc363)), %out: f32 loc("reduce_sum"(#loc363))):
      %2680 = arith.addf %out, %in : f32 loc(#loc664)
      linalg.yield %2680 : f32 loc(#loc664)
    } -> tensor<4x32xf32> loc(#loc664)
    %465 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc665)
    %466 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%464 : tensor<4x32xf32>) outs(%465 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc363)), %out: f32 loc("div"(#loc363))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc665)
      linalg.yield %2680 : f32 loc(#loc665)
    } -> tensor<4x32xf32> loc(#loc665)
    %467 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc662)
    %468 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%461 : tensor<4x32xf32>) outs(%467 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc363)), %out: f32 loc("square"(#loc362))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc662)
      linalg.yield %2680 : f32 loc(#loc662)
    } -> tensor<4x32xf32> loc(#loc662)
    %469 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc663)
    %470 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%461 : tensor<4x32xf32>) outs(%469 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc363)), %out: f32 loc("mul"(#loc362))):
      %2680 = arith.mulf %in, %cst_20 : f32 loc(#loc663)
      linalg.yield %2680 : f32 loc(#loc663)
    } -> tensor<4x32xf32> loc(#loc663)
    %471 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc666)
    %472 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%466, %468 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%471 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc363)), %in_226: f32 loc("square"(#loc362)), %out: f32 loc("sub"(#loc364))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc666)
      linalg.yield %2680 : f32 loc(#loc666)
    } -> tensor<4x32xf32> loc(#loc666)
    %473 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc667)
    %474 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%472 : tensor<4x32xf32>) outs(%473 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc364)), %out: f32 loc("max"(#loc365))):
      %2680 = arith.maximumf %in, %cst_19 : f32 loc(#loc667)
      linalg.yield %2680 : f32 loc(#loc667)
    } -> tensor<4x32xf32> loc(#loc667)
    %475 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc668)
    %476 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%472, %474 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%475 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc364)), %in_226: f32 loc("max"(#loc365)), %out: i1 loc("eq"(#loc365))):
      %2680 = arith.cmpf oeq, %in, %in_226 : f32 loc(#loc668)
      linalg.yield %2680 : i1 loc(#loc668)
    } -> tensor<4x32xi1> loc(#loc668)
    %477 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc669)
    %478 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%476 : tensor<4x32xi1>) outs(%477 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc365)), %out: f32 loc("select_n"(#loc365))):
      %2680 = arith.select %in, %cst_17, %cst_19 : f32 loc(#loc669)
      linalg.yield %2680 : f32 loc(#loc669)
    } -> tensor<4x32xf32> loc(#loc669)
    %479 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc668)
    %480 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%474 : tensor<4x32xf32>) outs(%479 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc365)), %out: i1 loc("eq"(#loc365))):
      %2680 = arith.cmpf oeq, %cst_19, %in : f32 loc(#loc668)
      linalg.yield %2680 : i1 loc(#loc668)
    } -> tensor<4x32xi1> loc(#loc668)
    %481 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc669)
    %482 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%480 : tensor<4x32xi1>) outs(%481 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("eq"(#loc365)), %out: f32 loc("select_n"(#loc365))):
      %2680 = arith.select %in, %cst_20, %cst_17 : f32 loc(#loc669)
      linalg.yield %2680 : f32 loc(#loc669)
    } -> tensor<4x32xf32> loc(#loc669)
    %483 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc670)
    %484 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%478, %482 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%483 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc365)), %in_226: f32 loc("select_n"(#loc365)), %out: f32 loc("div"(#loc365))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc670)
      linalg.yield %2680 : f32 loc(#loc670)
    } -> tensor<4x32xf32> loc(#loc670)
    %expanded_84 = tensor.expand_shape %474 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "forward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc671)
    %485 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc672)
    %486 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%461 : tensor<4x32xf32>) outs(%485 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc363)), %out: f32 loc("sub"(#loc367))):
      linalg.yield %in : f32 loc(#loc672)
    } -> tensor<4x32x64xf32> loc(#loc672)
    %487 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc672)
    %488 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%452, %486 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%487 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc361)), %in_226: f32 loc("sub"(#loc367)), %out: f32 loc("sub"(#loc367))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc672)
      linalg.yield %2680 : f32 loc(#loc672)
    } -> tensor<4x32x64xf32> loc(#loc672)
    %489 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc673)
    %490 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_84 : tensor<4x32x1xf32>) outs(%489 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc366)), %out: f32 loc("add"(#loc368))):
      %2680 = arith.addf %in, %cst_16 : f32 loc(#loc673)
      linalg.yield %2680 : f32 loc(#loc673)
    } -> tensor<4x32x1xf32> loc(#loc673)
    %491 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc674)
    %492 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%490 : tensor<4x32x1xf32>) outs(%491 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc368)), %out: f32 loc("rsqrt"(#loc369))):
      %2680 = math.rsqrt %in : f32 loc(#loc674)
      linalg.yield %2680 : f32 loc(#loc674)
    } -> tensor<4x32x1xf32> loc(#loc674)
    %493 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc675)
    %494 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%492, %490 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%493 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc369)), %in_226: f32 loc("add"(#loc368)), %out: f32 loc("div"(#loc369))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc675)
      linalg.yield %2680 : f32 loc(#loc675)
    } -> tensor<4x32x1xf32> loc(#loc675)
    %495 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc676)
    %496 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%494 : tensor<4x32x1xf32>) outs(%495 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("div"(#loc369)), %out: f32 loc("mul"(#loc369))):
      %2680 = arith.mulf %in, %cst_15 : f32 loc(#loc676)
      linalg.yield %2680 : f32 loc(#loc676)
    } -> tensor<4x32x1xf32> loc(#loc676)
    %expanded_85 = tensor.expand_shape %arg28 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc677)
    %497 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc678)
    %498 = linalg.generic {indexing_maps = [#map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%492 : tensor<4x32x1xf32>) outs(%497 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("rsqrt"(#loc369)), %out: f32 loc("mul"(#loc371))):
      linalg.yield %in : f32 loc(#loc678)
    } -> tensor<4x32x64xf32> loc(#loc678)
    %499 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc678)
    %500 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_85 : tensor<1x1x64xf32>) outs(%499 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc370)), %out: f32 loc("mul"(#loc371))):
      linalg.yield %in : f32 loc(#loc678)
    } -> tensor<4x32x64xf32> loc(#loc678)
    %501 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc678)
    %502 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%498, %500 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%501 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc371)), %in_226: f32 loc("mul"(#loc371)), %out: f32 loc("mul"(#loc371))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc678)
      linalg.yield %2680 : f32 loc(#loc678)
    } -> tensor<4x32x64xf32> loc(#loc678)
    %503 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc679)
    %504 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%488, %502 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%503 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc367)), %in_226: f32 loc("mul"(#loc371)), %out: f32 loc("mul"(#loc372))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc679)
      linalg.yield %2680 : f32 loc(#loc679)
    } -> tensor<4x32x64xf32> loc(#loc679)
    %expanded_86 = tensor.expand_shape %arg27 [[0, 1, 2]] output_shape [1, 1, 64] {altgrad.phase = "forward"} : tensor<64xf32> into tensor<1x1x64xf32> loc(#loc680)
    %505 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc681)
    %506 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_86 : tensor<1x1x64xf32>) outs(%505 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc373)), %out: f32 loc("add"(#loc374))):
      linalg.yield %in : f32 loc(#loc681)
    } -> tensor<4x32x64xf32> loc(#loc681)
    %507 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x64xf32> loc(#loc681)
    %508 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%504, %506 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%507 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("mul"(#loc372)), %in_226: f32 loc("add"(#loc374)), %out: f32 loc("add"(#loc374))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc681)
      linalg.yield %2680 : f32 loc(#loc681)
    } -> tensor<4x32x64xf32> loc(#loc681)
    %collapsed_87 = tensor.collapse_shape %508 [[0, 1], [2]] {altgrad.phase = "forward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc682)
    %509 = tensor.empty() {altgrad.phase = "forward"} : tensor<128x256xf32> loc(#loc682)
    %510 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%509 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc682)
    %511 = linalg.matmul {altgrad.phase = "forward"} ins(%collapsed_87, %arg25 : tensor<128x64xf32>, tensor<64x256xf32>) outs(%510 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc682)
    %expanded_88 = tensor.expand_shape %511 [[0, 1], [2]] output_shape [4, 32, 256] {altgrad.phase = "forward"} : tensor<128x256xf32> into tensor<4x32x256xf32> loc(#loc682)
    %expanded_89 = tensor.expand_shape %arg24 [[0, 1, 2]] output_shape [1, 1, 256] {altgrad.phase = "forward"} : tensor<256xf32> into tensor<1x1x256xf32> loc(#loc683)
    %512 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc684)
    %513 = linalg.generic {indexing_maps = [#map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_89 : tensor<1x1x256xf32>) outs(%512 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reshape"(#loc376)), %out: f32 loc("add"(#loc377))):
      linalg.yield %in : f32 loc(#loc684)
    } -> tensor<4x32x256xf32> loc(#loc684)
    %514 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc684)
    %515 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88, %513 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%514 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc375)), %in_226: f32 loc("add"(#loc377)), %out: f32 loc("add"(#loc377))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc684)
      linalg.yield %2680 : f32 loc(#loc684)
    } -> tensor<4x32x256xf32> loc(#loc684)
    %expanded_90 = tensor.expand_shape %arg92 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "forward"} : tensor<4x32xi32> into tensor<4x32x1xi32> loc(#loc685)
    %516 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xi1> loc(#loc686)
    %517 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_90 : tensor<4x32x1xi32>) outs(%516 : tensor<4x32x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("broadcast_in_dim"(#loc378)), %out: i1 loc(callsite(#loc99 at #loc379))):
      %2680 = arith.cmpi slt, %in, %c0_i32 : i32 loc(#loc686)
      linalg.yield %2680 : i1 loc(#loc686)
    } -> tensor<4x32x1xi1> loc(#loc686)
    %518 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xi32> loc(#loc687)
    %519 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_90 : tensor<4x32x1xi32>) outs(%518 : tensor<4x32x1xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc("broadcast_in_dim"(#loc378)), %out: i32 loc(callsite(#loc102 at #loc379))):
      %2680 = arith.addi %in, %c256_i32 : i32 loc(#loc687)
      linalg.yield %2680 : i32 loc(#loc687)
    } -> tensor<4x32x1xi32> loc(#loc687)
    %520 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xi32> loc(#loc688)
    %521 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%517, %519, %expanded_90 : tensor<4x32x1xi1>, tensor<4x32x1xi32>, tensor<4x32x1xi32>) outs(%520 : tensor<4x32x1xi32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc99 at #loc379)), %in_226: i32 loc(callsite(#loc102 at #loc379)), %in_227: i32 loc("broadcast_in_dim"(#loc378)), %out: i32 loc(callsite(#loc103 at #loc379))):
      %2680 = arith.select %in, %in_226, %in_227 : i32 loc(#loc688)
      linalg.yield %2680 : i32 loc(#loc688)
    } -> tensor<4x32x1xi32> loc(#loc688)
    %expanded_91 = tensor.expand_shape %521 [[0], [1], [2, 3]] output_shape [4, 32, 1, 1] {altgrad.phase = "forward"} : tensor<4x32x1xi32> into tensor<4x32x1x1xi32> loc(#loc689)
    %522 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1x1xi1> loc(#loc690)
    %523 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_91 : tensor<4x32x1x1xi32>) outs(%522 : tensor<4x32x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc143 at #loc379)), %out: i1 loc(callsite(#loc105 at #loc379))):
      %2680 = arith.cmpi sge, %in, %c0_i32 : i32 loc(#loc690)
      linalg.yield %2680 : i1 loc(#loc690)
    } -> tensor<4x32x1x1xi1> loc(#loc690)
    %524 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1x1xi1> loc(#loc691)
    %525 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_91 : tensor<4x32x1x1xi32>) outs(%524 : tensor<4x32x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i32 loc(callsite(#loc143 at #loc379)), %out: i1 loc(callsite(#loc106 at #loc379))):
      %2680 = arith.cmpi sle, %in, %c255_i32 : i32 loc(#loc691)
      linalg.yield %2680 : i1 loc(#loc691)
    } -> tensor<4x32x1x1xi1> loc(#loc691)
    %526 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1x1xi1> loc(#loc692)
    %527 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%523, %525 : tensor<4x32x1x1xi1>, tensor<4x32x1x1xi1>) outs(%526 : tensor<4x32x1x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc105 at #loc379)), %in_226: i1 loc(callsite(#loc106 at #loc379)), %out: i1 loc(callsite(#loc107 at #loc379))):
      %2680 = arith.andi %in, %in_226 : i1 loc(#loc692)
      linalg.yield %2680 : i1 loc(#loc692)
    } -> tensor<4x32x1x1xi1> loc(#loc692)
    %528 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xi1> loc(#loc693)
    %529 = linalg.fill {altgrad.phase = "forward"} ins(%true : i1) outs(%528 : tensor<4x32x1xi1>) -> tensor<4x32x1xi1> loc(#loc693)
    %530 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%527 : tensor<4x32x1x1xi1>) outs(%529 : tensor<4x32x1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc108 at #loc379)), %out: i1 loc(callsite(#loc108 at #loc379))):
      %2680 = arith.andi %out, %in : i1 loc(#loc693)
      linalg.yield %2680 : i1 loc(#loc693)
    } -> tensor<4x32x1xi1> loc(#loc693)
    %531 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc694)
    %532 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel", "parallel"]} outs(%531 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: f32 loc(callsite(#loc109 at #loc379))):
      %2680 = linalg.index 0 : index loc(#loc694)
      %2681 = linalg.index 1 : index loc(#loc694)
      %extracted_226 = tensor.extract %expanded_91[%2680, %2681, %c0, %c0] : tensor<4x32x1x1xi32> loc(#loc694)
      %2682 = arith.index_cast %extracted_226 : i32 to index loc(#loc694)
      %2683 = arith.maxsi %2682, %c0 : index loc(#loc694)
      %2684 = arith.minsi %2683, %c255 : index loc(#loc694)
      %extracted_227 = tensor.extract %515[%2680, %2681, %2684] : tensor<4x32x256xf32> loc(#loc694)
      linalg.yield %extracted_227 : f32 loc(#loc694)
    } -> tensor<4x32x1xf32> loc(#loc694)
    %533 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x1xf32> loc(#loc688)
    %534 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%530, %532 : tensor<4x32x1xi1>, tensor<4x32x1xf32>) outs(%533 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc108 at #loc379)), %in_226: f32 loc(callsite(#loc109 at #loc379)), %out: f32 loc(callsite(#loc103 at #loc379))):
      %2680 = arith.select %in, %in_226, %cst_21 : f32 loc(#loc688)
      linalg.yield %2680 : f32 loc(#loc688)
    } -> tensor<4x32x1xf32> loc(#loc688)
    %535 = tensor.empty() {altgrad.phase = "forward"} : tensor<1xi1> loc(#loc695)
    %536 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel"]} outs(%535 : tensor<1xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%out: i1 loc(callsite(#loc107 at #loc380))):
      linalg.yield %true : i1 loc(#loc695)
    } -> tensor<1xi1> loc(#loc695)
    %537 = tensor.empty() {altgrad.phase = "forward"} : tensor<i1> loc(#loc696)
    %538 = linalg.fill {altgrad.phase = "forward"} ins(%true : i1) outs(%537 : tensor<i1>) -> tensor<i1> loc(#loc696)
    %539 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%536 : tensor<1xi1>) outs(%538 : tensor<i1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc108 at #loc380)), %out: i1 loc(callsite(#loc108 at #loc380))):
      %2680 = arith.andi %out, %in : i1 loc(#loc696)
      linalg.yield %2680 : i1 loc(#loc696)
    } -> tensor<i1> loc(#loc696)
    %collapsed_92 = tensor.collapse_shape %534 [[0], [1, 2]] {altgrad.phase = "forward"} : tensor<4x32x1xf32> into tensor<4x32xf32> loc(#loc697)
    %540 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc698)
    %541 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%539 : tensor<i1>) outs(%540 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc108 at #loc380)), %out: i1 loc(callsite(#loc97 at #loc380))):
      linalg.yield %in : i1 loc(#loc698)
    } -> tensor<4x32xi1> loc(#loc698)
    %542 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc699)
    %543 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%541, %collapsed_92 : tensor<4x32xi1>, tensor<4x32xf32>) outs(%542 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc(callsite(#loc97 at #loc380)), %in_226: f32 loc(callsite(#loc109 at #loc380)), %out: f32 loc(callsite(#loc103 at #loc380))):
      %2680 = arith.select %in, %in_226, %cst_21 : f32 loc(#loc699)
      linalg.yield %2680 : f32 loc(#loc699)
    } -> tensor<4x32xf32> loc(#loc699)
    %544 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc700)
    %545 = linalg.fill {altgrad.phase = "forward"} ins(%cst_13 : f32) outs(%544 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc700)
    %546 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%515 : tensor<4x32x256xf32>) outs(%545 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_max"(#loc381)), %out: f32 loc("reduce_max"(#loc381))):
      %2680 = arith.maximumf %out, %in : f32 loc(#loc700)
      linalg.yield %2680 : f32 loc(#loc700)
    } -> tensor<4x32xf32> loc(#loc700)
    %547 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc701)
    %548 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%546 : tensor<4x32xf32>) outs(%547 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("max"(#loc381)), %out: i1 loc("is_finite"(#loc381))):
      %2680 = math.absf %in : f32 loc(#loc701)
      %2681 = arith.cmpf one, %2680, %cst_8 : f32 loc(#loc701)
      linalg.yield %2681 : i1 loc(#loc701)
    } -> tensor<4x32xi1> loc(#loc701)
    %549 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc703)
    %550 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%548, %546 : tensor<4x32xi1>, tensor<4x32xf32>) outs(%549 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: i1 loc("is_finite"(#loc381)), %in_226: f32 loc("max"(#loc381)), %out: f32 loc("select_n"(#loc381))):
      %2680 = arith.select %in, %in_226, %cst_19 : f32 loc(#loc703)
      linalg.yield %2680 : f32 loc(#loc703)
    } -> tensor<4x32xf32> loc(#loc703)
    %551 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc704)
    %552 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%550 : tensor<4x32xf32>) outs(%551 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("select_n"(#loc381)), %out: f32 loc("sub"(#loc381))):
      linalg.yield %in : f32 loc(#loc704)
    } -> tensor<4x32x256xf32> loc(#loc704)
    %553 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc704)
    %554 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%515, %552 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%553 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc377)), %in_226: f32 loc("sub"(#loc381)), %out: f32 loc("sub"(#loc381))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc704)
      linalg.yield %2680 : f32 loc(#loc704)
    } -> tensor<4x32x256xf32> loc(#loc704)
    %555 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32x256xf32> loc(#loc705)
    %556 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%554 : tensor<4x32x256xf32>) outs(%555 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("sub"(#loc381)), %out: f32 loc("exp"(#loc381))):
      %2680 = math.exp %in : f32 loc(#loc705)
      linalg.yield %2680 : f32 loc(#loc705)
    } -> tensor<4x32x256xf32> loc(#loc705)
    %557 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc706)
    %558 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%557 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc706)
    %559 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%556 : tensor<4x32x256xf32>) outs(%558 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc381)), %out: f32 loc("reduce_sum"(#loc381))):
      %2680 = arith.addf %out, %in : f32 loc(#loc706)
      linalg.yield %2680 : f32 loc(#loc706)
    } -> tensor<4x32xf32> loc(#loc706)
    %560 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc707)
    %561 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%559 : tensor<4x32xf32>) outs(%560 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc381)), %out: f32 loc("abs"(#loc381))):
      %2680 = math.absf %in : f32 loc(#loc707)
      linalg.yield %2680 : f32 loc(#loc707)
    } -> tensor<4x32xf32> loc(#loc707)
    %562 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xi1> loc(#loc708)
    %563 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%559 : tensor<4x32xf32>) outs(%562 : tensor<4x32xi1>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc381)), %out: i1 loc("ge"(#loc381))):
      %2680 = arith.cmpf oge, %in, %cst_19 : f32 loc(#loc708)
      linalg.yield %2680 : i1 loc(#loc708)
    } -> tensor<4x32xi1> loc(#loc708)
    %564 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc709)
    %565 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%561 : tensor<4x32xf32>) outs(%564 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("abs"(#loc381)), %out: f32 loc("log"(#loc381))):
      %2680 = math.log %in : f32 loc(#loc709)
      linalg.yield %2680 : f32 loc(#loc709)
    } -> tensor<4x32xf32> loc(#loc709)
    %566 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc710)
    %567 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%565, %550 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%566 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("log"(#loc381)), %in_226: f32 loc("select_n"(#loc381)), %out: f32 loc("add"(#loc381))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc710)
      linalg.yield %2680 : f32 loc(#loc710)
    } -> tensor<4x32xf32> loc(#loc710)
    %568 = tensor.empty() {altgrad.phase = "forward"} : tensor<4x32xf32> loc(#loc711)
    %569 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%567, %543 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%568 : tensor<4x32xf32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("add"(#loc381)), %in_226: f32 loc(callsite(#loc103 at #loc380)), %out: f32 loc("sub"(#loc382))):
      %2680 = arith.subf %in, %in_226 : f32 loc(#loc711)
      linalg.yield %2680 : f32 loc(#loc711)
    } -> tensor<4x32xf32> loc(#loc711)
    %570 = tensor.empty() {altgrad.phase = "forward"} : tensor<f32> loc(#loc712)
    %571 = linalg.fill {altgrad.phase = "forward"} ins(%cst_19 : f32) outs(%570 : tensor<f32>) -> tensor<f32> loc(#loc712)
    %572 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%569 : tensor<4x32xf32>) outs(%571 : tensor<f32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc383)), %out: f32 loc("reduce_sum"(#loc383))):
      %2680 = arith.addf %out, %in : f32 loc(#loc712)
      linalg.yield %2680 : f32 loc(#loc712)
    } -> tensor<f32> loc(#loc712)
    %573 = tensor.empty() {altgrad.phase = "forward"} : tensor<f32> loc(#loc713)
    %574 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%572 : tensor<f32>) outs(%573 : tensor<f32>) attrs =  {altgrad.phase = "forward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc383)), %out: f32 loc("div"(#loc383))):
      %2680 = arith.divf %in, %cst_7 : f32 loc(#loc713)
      linalg.yield %2680 : f32 loc(#loc713)
    } -> tensor<f32> loc(#loc713)
    %575 = tensor.empty() {altgrad.phase = "backward"} : tensor<f32> loc(#loc714)
    %576 = linalg.generic {indexing_maps = [#map12], iterator_types = []} outs(%575 : tensor<f32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: f32 loc("div"(#loc384))):
      linalg.yield %cst : f32 loc(#loc714)
    } -> tensor<f32> loc(#loc714)
    %577 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc715)
    %578 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%576 : tensor<f32>) outs(%577 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc384)), %out: f32 loc("broadcast_in_dim"(#loc384))):
      linalg.yield %in : f32 loc(#loc715)
    } -> tensor<4x32xf32> loc(#loc715)
    %579 = tensor.empty() {altgrad.phase = "backward"} : tensor<f32> loc(#loc716)
    %580 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%576 : tensor<f32>) outs(%579 : tensor<f32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc384)), %out: f32 loc("neg"(#loc385))):
      %2680 = arith.negf %in : f32 loc(#loc716)
      linalg.yield %2680 : f32 loc(#loc716)
    } -> tensor<f32> loc(#loc716)
    %581 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc716)
    %582 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%580 : tensor<f32>) outs(%581 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc385)), %out: f32 loc("neg"(#loc385))):
      linalg.yield %in : f32 loc(#loc716)
    } -> tensor<4x32xf32> loc(#loc716)
    %583 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc717)
    %584 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%578, %561 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%583 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc384)), %in_226: f32 loc("abs"(#loc381)), %out: f32 loc("div"(#loc386))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc717)
      linalg.yield %2680 : f32 loc(#loc717)
    } -> tensor<4x32xf32> loc(#loc717)
    %585 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc718)
    %586 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%563, %584 : tensor<4x32xi1>, tensor<4x32xf32>) outs(%585 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("ge"(#loc381)), %in_226: f32 loc("div"(#loc386)), %out: f32 loc("select_n"(#loc386))):
      %2680 = arith.select %in, %cst_19, %in_226 : f32 loc(#loc718)
      linalg.yield %2680 : f32 loc(#loc718)
    } -> tensor<4x32xf32> loc(#loc718)
    %587 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc718)
    %588 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%563, %584 : tensor<4x32xi1>, tensor<4x32xf32>) outs(%587 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc("ge"(#loc381)), %in_226: f32 loc("div"(#loc386)), %out: f32 loc("select_n"(#loc386))):
      %2680 = arith.select %in, %in_226, %cst_19 : f32 loc(#loc718)
      linalg.yield %2680 : f32 loc(#loc718)
    } -> tensor<4x32xf32> loc(#loc718)
    %589 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc719)
    %590 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%586 : tensor<4x32xf32>) outs(%589 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc386)), %out: f32 loc("neg"(#loc386))):
      %2680 = arith.negf %in : f32 loc(#loc719)
      linalg.yield %2680 : f32 loc(#loc719)
    } -> tensor<4x32xf32> loc(#loc719)
    %591 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc720)
    %592 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%588, %590 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%591 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("select_n"(#loc386)), %in_226: f32 loc("neg"(#loc386)), %out: f32 loc("add_any"(#loc386))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc720)
      linalg.yield %2680 : f32 loc(#loc720)
    } -> tensor<4x32xf32> loc(#loc720)
    %593 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc721)
    %594 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%592 : tensor<4x32xf32>) outs(%593 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc386)), %out: f32 loc("broadcast_in_dim"(#loc386))):
      linalg.yield %in : f32 loc(#loc721)
    } -> tensor<4x32x256xf32> loc(#loc721)
    %595 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc722)
    %596 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%594, %556 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%595 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc386)), %in_226: f32 loc("exp"(#loc381)), %out: f32 loc("mul"(#loc386))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc722)
      linalg.yield %2680 : f32 loc(#loc722)
    } -> tensor<4x32x256xf32> loc(#loc722)
    %expanded_93 = tensor.expand_shape %582 [[0, 1, 2], [3]] output_shape [1, 1, 4, 32] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<1x1x4x32xf32> loc(#loc501)
    %c1 = arith.constant {altgrad.phase = "backward"} 1 : index loc(#loc501)
    %c4 = arith.constant {altgrad.phase = "backward"} 4 : index loc(#loc501)
    %c32 = arith.constant {altgrad.phase = "backward"} 32 : index loc(#loc501)
    %c0_94 = arith.constant {altgrad.phase = "backward"} 0 : index loc(#loc501)
    %597 = scf.for %arg93 = %c0_94 to %c1 step %c1 iter_args(%arg94 = %cst_24) -> (tensor<1x4x32xf32>) {
      %2680 = scf.for %arg95 = %c0_94 to %c1 step %c1 iter_args(%arg96 = %arg94) -> (tensor<1x4x32xf32>) {
        %2681 = scf.for %arg97 = %c0_94 to %c4 step %c1 iter_args(%arg98 = %arg96) -> (tensor<1x4x32xf32>) {
          %2682 = scf.for %arg99 = %c0_94 to %c32 step %c1 iter_args(%arg100 = %arg98) -> (tensor<1x4x32xf32>) {
            %extracted_226 = tensor.extract %cst_22[%arg93, %c0_94] : tensor<1x1xi32> loc(#loc501)
            %2683 = arith.index_cast %extracted_226 : i32 to index loc(#loc501)
            %2684 = arith.addi %arg95, %2683 : index loc(#loc501)
            %2685 = arith.cmpi ult, %2684, %c1 : index loc(#loc501)
            %2686 = arith.cmpi ult, %arg97, %c4 : index loc(#loc501)
            %2687 = arith.andi %2685, %2686 : i1 loc(#loc501)
            %2688 = arith.cmpi ult, %arg99, %c32 : index loc(#loc501)
            %2689 = arith.andi %2687, %2688 : i1 loc(#loc501)
            %2690 = scf.if %2689 -> (tensor<1x4x32xf32>) {
              %extracted_227 = tensor.extract %expanded_93[%arg93, %arg95, %arg97, %arg99] : tensor<1x1x4x32xf32> loc(#loc501)
              %extracted_228 = tensor.extract %arg100[%2684, %arg97, %arg99] : tensor<1x4x32xf32> loc(#loc501)
              %2691 = arith.addf %extracted_228, %extracted_227 : f32 loc(#loc723)
              %inserted = tensor.insert %2691 into %arg100[%2684, %arg97, %arg99] : tensor<1x4x32xf32> loc(#loc501)
              scf.yield %inserted : tensor<1x4x32xf32> loc(#loc501)
            } else {
              scf.yield %arg100 : tensor<1x4x32xf32> loc(#loc501)
            } loc(#loc501)
            scf.yield %2690 : tensor<1x4x32xf32> loc(#loc501)
          } loc(#loc501)
          scf.yield %2682 : tensor<1x4x32xf32> loc(#loc501)
        } loc(#loc501)
        scf.yield %2681 : tensor<1x4x32xf32> loc(#loc501)
      } loc(#loc501)
      scf.yield %2680 : tensor<1x4x32xf32> loc(#loc501)
    } {altgrad.phase = "backward"} loc(#loc501)
    %collapsed_95 = tensor.collapse_shape %597 [[0, 1, 2]] {altgrad.phase = "backward"} : tensor<1x4x32xf32> into tensor<128xf32> loc(#loc501)
    %598 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1x1xi32> loc(#loc724)
    %599 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%598 : tensor<4x32x1x1xi32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: i32 loc(callsite(#loc at #loc265))):
      %2680 = linalg.index 0 : index loc(#loc724)
      %2681 = arith.index_cast %2680 : index to i32 loc(#loc724)
      linalg.yield %2681 : i32 loc(#loc724)
    } -> tensor<4x32x1x1xi32> loc(#loc724)
    %600 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1x1xi32> loc(#loc724)
    %601 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%600 : tensor<4x32x1x1xi32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%out: i32 loc(callsite(#loc at #loc265))):
      %2680 = linalg.index 1 : index loc(#loc724)
      %2681 = arith.index_cast %2680 : index to i32 loc(#loc724)
      linalg.yield %2681 : i32 loc(#loc724)
    } -> tensor<4x32x1x1xi32> loc(#loc724)
    %602 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1x3xi32> loc(#loc724)
    %inserted_slice = tensor.insert_slice %599 into %602[0, 0, 0, 0] [4, 32, 1, 1] [1, 1, 1, 1] {altgrad.phase = "backward"} : tensor<4x32x1x1xi32> into tensor<4x32x1x3xi32> loc(#loc724)
    %inserted_slice_96 = tensor.insert_slice %601 into %inserted_slice[0, 0, 0, 1] [4, 32, 1, 1] [1, 1, 1, 1] {altgrad.phase = "backward"} : tensor<4x32x1x1xi32> into tensor<4x32x1x3xi32> loc(#loc724)
    %inserted_slice_97 = tensor.insert_slice %expanded_91 into %inserted_slice_96[0, 0, 0, 2] [4, 32, 1, 1] [1, 1, 1, 1] {altgrad.phase = "backward"} : tensor<4x32x1x1xi32> into tensor<4x32x1x3xi32> loc(#loc724)
    %collapsed_98 = tensor.collapse_shape %inserted_slice_97 [[0, 1, 2], [3]] {altgrad.phase = "backward"} : tensor<4x32x1x3xi32> into tensor<128x3xi32> loc(#loc725)
    %c1_99 = arith.constant {altgrad.phase = "backward"} 1 : index loc(#loc725)
    %c128 = arith.constant {altgrad.phase = "backward"} 128 : index loc(#loc725)
    %c2 = arith.constant {altgrad.phase = "backward"} 2 : index loc(#loc725)
    %c4_100 = arith.constant {altgrad.phase = "backward"} 4 : index loc(#loc725)
    %c32_101 = arith.constant {altgrad.phase = "backward"} 32 : index loc(#loc725)
    %c256 = arith.constant {altgrad.phase = "backward"} 256 : index loc(#loc725)
    %c0_102 = arith.constant {altgrad.phase = "backward"} 0 : index loc(#loc725)
    %603 = scf.for %arg93 = %c0_102 to %c128 step %c1_99 iter_args(%arg94 = %cst_23) -> (tensor<4x32x256xf32>) {
      %extracted_226 = tensor.extract %collapsed_98[%arg93, %c0_102] : tensor<128x3xi32> loc(#loc725)
      %2680 = arith.index_cast %extracted_226 : i32 to index loc(#loc725)
      %2681 = arith.addi %c0_102, %2680 : index loc(#loc725)
      %extracted_227 = tensor.extract %collapsed_98[%arg93, %c1_99] : tensor<128x3xi32> loc(#loc725)
      %2682 = arith.index_cast %extracted_227 : i32 to index loc(#loc725)
      %2683 = arith.addi %c0_102, %2682 : index loc(#loc725)
      %extracted_228 = tensor.extract %collapsed_98[%arg93, %c2] : tensor<128x3xi32> loc(#loc725)
      %2684 = arith.index_cast %extracted_228 : i32 to index loc(#loc725)
      %2685 = arith.addi %c0_102, %2684 : index loc(#loc725)
      %2686 = arith.cmpi ult, %2681, %c4_100 : index loc(#loc725)
      %2687 = arith.cmpi ult, %2683, %c32_101 : index loc(#loc725)
      %2688 = arith.andi %2686, %2687 : i1 loc(#loc725)
      %2689 = arith.cmpi ult, %2685, %c256 : index loc(#loc725)
      %2690 = arith.andi %2688, %2689 : i1 loc(#loc725)
      %2691 = scf.if %2690 -> (tensor<4x32x256xf32>) {
        %extracted_229 = tensor.extract %collapsed_95[%arg93] : tensor<128xf32> loc(#loc725)
        %extracted_230 = tensor.extract %arg94[%2681, %2683, %2685] : tensor<4x32x256xf32> loc(#loc725)
        %2692 = arith.addf %extracted_230, %extracted_229 : f32 loc(#loc726)
        %inserted = tensor.insert %2692 into %arg94[%2681, %2683, %2685] : tensor<4x32x256xf32> loc(#loc725)
        scf.yield %inserted : tensor<4x32x256xf32> loc(#loc725)
      } else {
        scf.yield %arg94 : tensor<4x32x256xf32> loc(#loc725)
      } loc(#loc725)
      scf.yield %2691 : tensor<4x32x256xf32> loc(#loc725)
    } {altgrad.phase = "backward"} loc(#loc725)
    %604 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc727)
    %605 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%596, %603 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%604 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc386)), %in_226: f32 loc(callsite(#loc95 at #loc265)), %out: f32 loc("add_any"(#loc387))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc727)
      linalg.yield %2680 : f32 loc(#loc727)
    } -> tensor<4x32x256xf32> loc(#loc727)
    %606 = tensor.empty() {altgrad.phase = "backward"} : tensor<256xf32> loc(#loc728)
    %607 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%606 : tensor<256xf32>) -> tensor<256xf32> loc(#loc728)
    %608 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%605 : tensor<4x32x256xf32>) outs(%607 : tensor<256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc388)), %out: f32 loc("reduce_sum"(#loc388))):
      %2680 = arith.addf %out, %in : f32 loc(#loc728)
      linalg.yield %2680 : f32 loc(#loc728)
    } -> tensor<256xf32> loc(#loc728)
    %609 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x4x32xf32> loc(#loc729)
    %610 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%605 : tensor<4x32x256xf32>) outs(%609 : tensor<256x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc387)), %out: f32 loc("dot_general"(#loc389))):
      linalg.yield %in : f32 loc(#loc729)
    } -> tensor<256x4x32xf32> loc(#loc729)
    %collapsed_103 = tensor.collapse_shape %610 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<256x4x32xf32> into tensor<256x128xf32> loc(#loc729)
    %611 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc729)
    %612 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%611 : tensor<256x64xf32>) -> tensor<256x64xf32> loc(#loc729)
    %613 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_103, %collapsed_87 : tensor<256x128xf32>, tensor<128x64xf32>) outs(%612 : tensor<256x64xf32>) -> tensor<256x64xf32> loc(#loc729)
    %614 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x256xf32> loc(#loc730)
    %615 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%613 : tensor<256x64xf32>) outs(%614 : tensor<64x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc389)), %out: f32 loc("transpose"(#loc389))):
      linalg.yield %in : f32 loc(#loc730)
    } -> tensor<64x256xf32> loc(#loc730)
    %collapsed_104 = tensor.collapse_shape %605 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x256xf32> into tensor<128x256xf32> loc(#loc729)
    %616 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc729)
    %617 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%arg25 : tensor<64x256xf32>) outs(%616 : tensor<256x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Dense_0']['kernel']"), %out: f32 loc("dot_general"(#loc389))):
      linalg.yield %in : f32 loc(#loc729)
    } -> tensor<256x64xf32> loc(#loc729)
    %618 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc729)
    %619 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%618 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc729)
    %620 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_104, %617 : tensor<128x256xf32>, tensor<256x64xf32>) outs(%619 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc729)
    %expanded_105 = tensor.expand_shape %620 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc729)
    %621 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc731)
    %622 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%621 : tensor<64xf32>) -> tensor<64xf32> loc(#loc731)
    %623 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%expanded_105 : tensor<4x32x64xf32>) outs(%622 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc390)), %out: f32 loc("reduce_sum"(#loc390))):
      %2680 = arith.addf %out, %in : f32 loc(#loc731)
      linalg.yield %2680 : f32 loc(#loc731)
    } -> tensor<64xf32> loc(#loc731)
    %624 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc732)
    %625 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%488, %expanded_105 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%624 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("sub"(#loc367)), %in_226: f32 loc("dot_general"(#loc389)), %out: f32 loc("mul"(#loc391))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc732)
      linalg.yield %2680 : f32 loc(#loc732)
    } -> tensor<4x32x64xf32> loc(#loc732)
    %626 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc732)
    %627 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_105, %502 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%626 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc389)), %in_226: f32 loc("mul"(#loc371)), %out: f32 loc("mul"(#loc391))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc732)
      linalg.yield %2680 : f32 loc(#loc732)
    } -> tensor<4x32x64xf32> loc(#loc732)
    %628 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc733)
    %629 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%498, %625 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%628 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc371)), %in_226: f32 loc("mul"(#loc391)), %out: f32 loc("mul"(#loc392))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc733)
      linalg.yield %2680 : f32 loc(#loc733)
    } -> tensor<4x32x64xf32> loc(#loc733)
    %630 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc734)
    %631 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%630 : tensor<64xf32>) -> tensor<64xf32> loc(#loc734)
    %632 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%629 : tensor<4x32x64xf32>) outs(%631 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc392)), %out: f32 loc("reduce_sum"(#loc392))):
      %2680 = arith.addf %out, %in : f32 loc(#loc734)
      linalg.yield %2680 : f32 loc(#loc734)
    } -> tensor<64xf32> loc(#loc734)
    %633 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc733)
    %634 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%625, %500 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%633 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc391)), %in_226: f32 loc("mul"(#loc371)), %out: f32 loc("mul"(#loc392))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc733)
      linalg.yield %2680 : f32 loc(#loc733)
    } -> tensor<4x32x64xf32> loc(#loc733)
    %635 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc734)
    %636 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%635 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc734)
    %637 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%634 : tensor<4x32x64xf32>) outs(%636 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc392)), %out: f32 loc("reduce_sum"(#loc392))):
      %2680 = arith.addf %out, %in : f32 loc(#loc734)
      linalg.yield %2680 : f32 loc(#loc734)
    } -> tensor<4x32xf32> loc(#loc734)
    %expanded_106 = tensor.expand_shape %637 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc735)
    %638 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1xf32> loc(#loc736)
    %639 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_106, %496 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%638 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc392)), %in_226: f32 loc("mul"(#loc369)), %out: f32 loc("mul"(#loc393))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc736)
      linalg.yield %2680 : f32 loc(#loc736)
    } -> tensor<4x32x1xf32> loc(#loc736)
    %640 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc737)
    %641 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%627 : tensor<4x32x64xf32>) outs(%640 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc391)), %out: f32 loc("neg"(#loc394))):
      %2680 = arith.negf %in : f32 loc(#loc737)
      linalg.yield %2680 : f32 loc(#loc737)
    } -> tensor<4x32x64xf32> loc(#loc737)
    %642 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc738)
    %643 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%642 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc738)
    %644 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%641 : tensor<4x32x64xf32>) outs(%643 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc394)), %out: f32 loc("reduce_sum"(#loc394))):
      %2680 = arith.addf %out, %in : f32 loc(#loc738)
      linalg.yield %2680 : f32 loc(#loc738)
    } -> tensor<4x32xf32> loc(#loc738)
    %expanded_107 = tensor.expand_shape %644 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc739)
    %645 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc740)
    %646 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%645 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc740)
    %647 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%639 : tensor<4x32x1xf32>) outs(%646 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc395)), %out: f32 loc("reduce_sum"(#loc395))):
      %2680 = arith.addf %out, %in : f32 loc(#loc740)
      linalg.yield %2680 : f32 loc(#loc740)
    } -> tensor<4x32xf32> loc(#loc740)
    %648 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc741)
    %649 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%648 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc741)
    %650 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_107 : tensor<4x32x1xf32>) outs(%649 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc396)), %out: f32 loc("reduce_sum"(#loc396))):
      %2680 = arith.addf %out, %in : f32 loc(#loc741)
      linalg.yield %2680 : f32 loc(#loc741)
    } -> tensor<4x32xf32> loc(#loc741)
    %651 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc742)
    %652 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%647, %484 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%651 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc395)), %in_226: f32 loc("div"(#loc365)), %out: f32 loc("mul"(#loc397))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc742)
      linalg.yield %2680 : f32 loc(#loc742)
    } -> tensor<4x32xf32> loc(#loc742)
    %653 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc743)
    %654 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%652 : tensor<4x32xf32>) outs(%653 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc397)), %out: f32 loc("neg"(#loc398))):
      %2680 = arith.negf %in : f32 loc(#loc743)
      linalg.yield %2680 : f32 loc(#loc743)
    } -> tensor<4x32xf32> loc(#loc743)
    %655 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc744)
    %656 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%654, %470 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%655 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc398)), %in_226: f32 loc("mul"(#loc362)), %out: f32 loc("mul"(#loc399))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc744)
      linalg.yield %2680 : f32 loc(#loc744)
    } -> tensor<4x32xf32> loc(#loc744)
    %657 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc745)
    %658 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%650, %656 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%657 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc396)), %in_226: f32 loc("mul"(#loc399)), %out: f32 loc("add_any"(#loc399))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc745)
      linalg.yield %2680 : f32 loc(#loc745)
    } -> tensor<4x32xf32> loc(#loc745)
    %659 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc746)
    %660 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%652 : tensor<4x32xf32>) outs(%659 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc397)), %out: f32 loc("div"(#loc400))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc746)
      linalg.yield %2680 : f32 loc(#loc746)
    } -> tensor<4x32xf32> loc(#loc746)
    %661 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc747)
    %662 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%660 : tensor<4x32xf32>) outs(%661 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc400)), %out: f32 loc("broadcast_in_dim"(#loc400))):
      linalg.yield %in : f32 loc(#loc747)
    } -> tensor<4x32x64xf32> loc(#loc747)
    %663 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc746)
    %664 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%658 : tensor<4x32xf32>) outs(%663 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc399)), %out: f32 loc("div"(#loc400))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc746)
      linalg.yield %2680 : f32 loc(#loc746)
    } -> tensor<4x32xf32> loc(#loc746)
    %665 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc747)
    %666 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%664 : tensor<4x32xf32>) outs(%665 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc400)), %out: f32 loc("broadcast_in_dim"(#loc400))):
      linalg.yield %in : f32 loc(#loc747)
    } -> tensor<4x32x64xf32> loc(#loc747)
    %667 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc748)
    %668 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%627, %666 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%667 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc391)), %in_226: f32 loc("broadcast_in_dim"(#loc400)), %out: f32 loc("add_any"(#loc400))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc748)
      linalg.yield %2680 : f32 loc(#loc748)
    } -> tensor<4x32x64xf32> loc(#loc748)
    %669 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc744)
    %670 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%662, %456 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%669 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc400)), %in_226: f32 loc("mul"(#loc362)), %out: f32 loc("mul"(#loc399))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc744)
      linalg.yield %2680 : f32 loc(#loc744)
    } -> tensor<4x32x64xf32> loc(#loc744)
    %671 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc745)
    %672 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%668, %670 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%671 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc400)), %in_226: f32 loc("mul"(#loc399)), %out: f32 loc("add_any"(#loc399))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc745)
      linalg.yield %2680 : f32 loc(#loc745)
    } -> tensor<4x32x64xf32> loc(#loc745)
    %673 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc749)
    %674 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%673 : tensor<64xf32>) -> tensor<64xf32> loc(#loc749)
    %675 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%672 : tensor<4x32x64xf32>) outs(%674 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc401)), %out: f32 loc("reduce_sum"(#loc401))):
      %2680 = arith.addf %out, %in : f32 loc(#loc749)
      linalg.yield %2680 : f32 loc(#loc749)
    } -> tensor<64xf32> loc(#loc749)
    %676 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x32xf32> loc(#loc750)
    %677 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%672 : tensor<4x32x64xf32>) outs(%676 : tensor<64x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc399)), %out: f32 loc("dot_general"(#loc402))):
      linalg.yield %in : f32 loc(#loc750)
    } -> tensor<64x4x32xf32> loc(#loc750)
    %collapsed_108 = tensor.collapse_shape %677 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<64x4x32xf32> into tensor<64x128xf32> loc(#loc750)
    %678 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x256xf32> loc(#loc750)
    %679 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%678 : tensor<64x256xf32>) -> tensor<64x256xf32> loc(#loc750)
    %680 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_108, %collapsed_81 : tensor<64x128xf32>, tensor<128x256xf32>) outs(%679 : tensor<64x256xf32>) -> tensor<64x256xf32> loc(#loc750)
    %681 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc751)
    %682 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%680 : tensor<64x256xf32>) outs(%681 : tensor<256x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc402)), %out: f32 loc("transpose"(#loc402))):
      linalg.yield %in : f32 loc(#loc751)
    } -> tensor<256x64xf32> loc(#loc751)
    %collapsed_109 = tensor.collapse_shape %672 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc750)
    %683 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x256xf32> loc(#loc750)
    %684 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%arg13 : tensor<256x64xf32>) outs(%683 : tensor<64x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_0']['kernel']"), %out: f32 loc("dot_general"(#loc402))):
      linalg.yield %in : f32 loc(#loc750)
    } -> tensor<64x256xf32> loc(#loc750)
    %685 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x256xf32> loc(#loc750)
    %686 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%685 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc750)
    %687 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_109, %684 : tensor<128x64xf32>, tensor<64x256xf32>) outs(%686 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc750)
    %expanded_110 = tensor.expand_shape %687 [[0, 1], [2]] output_shape [4, 32, 256] {altgrad.phase = "backward"} : tensor<128x256xf32> into tensor<4x32x256xf32> loc(#loc750)
    %688 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %689 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%421, %expanded_110 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%688 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add"(#loc356)), %in_226: f32 loc("dot_general"(#loc402)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %690 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %691 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_110, %441 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%690 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc402)), %in_226: f32 loc("mul"(#loc357)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %692 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %693 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%689 : tensor<4x32x256xf32>) outs(%692 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc403)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %cst_9 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %694 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %695 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%693, %437 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%694 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc403)), %in_226: f32 loc("sub"(#loc357)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %696 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %697 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%695, %435 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%696 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc403)), %in_226: f32 loc("tanh"(#loc357)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %698 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc753)
    %699 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%695, %697 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%698 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc403)), %in_226: f32 loc("mul"(#loc403)), %out: f32 loc("add_any"(#loc403))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc753)
      linalg.yield %2680 : f32 loc(#loc753)
    } -> tensor<4x32x256xf32> loc(#loc753)
    %700 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %701 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%699 : tensor<4x32x256xf32>) outs(%700 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc403)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %cst_10 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %702 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc753)
    %703 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%691, %701 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%702 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc403)), %in_226: f32 loc("mul"(#loc403)), %out: f32 loc("add_any"(#loc403))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc753)
      linalg.yield %2680 : f32 loc(#loc753)
    } -> tensor<4x32x256xf32> loc(#loc753)
    %704 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %705 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%701 : tensor<4x32x256xf32>) outs(%704 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc403)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %cst_11 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %706 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc752)
    %707 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%705, %427 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%706 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc403)), %in_226: f32 loc("mul"(#loc357)), %out: f32 loc("mul"(#loc403))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc752)
      linalg.yield %2680 : f32 loc(#loc752)
    } -> tensor<4x32x256xf32> loc(#loc752)
    %708 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc753)
    %709 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%703, %707 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%708 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc403)), %in_226: f32 loc("mul"(#loc403)), %out: f32 loc("add_any"(#loc403))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc753)
      linalg.yield %2680 : f32 loc(#loc753)
    } -> tensor<4x32x256xf32> loc(#loc753)
    %710 = tensor.empty() {altgrad.phase = "backward"} : tensor<256xf32> loc(#loc754)
    %711 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%710 : tensor<256xf32>) -> tensor<256xf32> loc(#loc754)
    %712 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%709 : tensor<4x32x256xf32>) outs(%711 : tensor<256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc404)), %out: f32 loc("reduce_sum"(#loc404))):
      %2680 = arith.addf %out, %in : f32 loc(#loc754)
      linalg.yield %2680 : f32 loc(#loc754)
    } -> tensor<256xf32> loc(#loc754)
    %713 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x4x32xf32> loc(#loc755)
    %714 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%709 : tensor<4x32x256xf32>) outs(%713 : tensor<256x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc403)), %out: f32 loc("dot_general"(#loc405))):
      linalg.yield %in : f32 loc(#loc755)
    } -> tensor<256x4x32xf32> loc(#loc755)
    %collapsed_111 = tensor.collapse_shape %714 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<256x4x32xf32> into tensor<256x128xf32> loc(#loc755)
    %715 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc755)
    %716 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%715 : tensor<256x64xf32>) -> tensor<256x64xf32> loc(#loc755)
    %717 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_111, %collapsed_78 : tensor<256x128xf32>, tensor<128x64xf32>) outs(%716 : tensor<256x64xf32>) -> tensor<256x64xf32> loc(#loc755)
    %718 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x256xf32> loc(#loc756)
    %719 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%717 : tensor<256x64xf32>) outs(%718 : tensor<64x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc405)), %out: f32 loc("transpose"(#loc405))):
      linalg.yield %in : f32 loc(#loc756)
    } -> tensor<64x256xf32> loc(#loc756)
    %collapsed_112 = tensor.collapse_shape %709 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x256xf32> into tensor<128x256xf32> loc(#loc755)
    %720 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc755)
    %721 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%arg15 : tensor<64x256xf32>) outs(%720 : tensor<256x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_1']['kernel']"), %out: f32 loc("dot_general"(#loc405))):
      linalg.yield %in : f32 loc(#loc755)
    } -> tensor<256x64xf32> loc(#loc755)
    %722 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc755)
    %723 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%722 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc755)
    %724 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_112, %721 : tensor<128x256xf32>, tensor<256x64xf32>) outs(%723 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc755)
    %expanded_113 = tensor.expand_shape %724 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc755)
    %725 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc757)
    %726 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%725 : tensor<64xf32>) -> tensor<64xf32> loc(#loc757)
    %727 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%expanded_113 : tensor<4x32x64xf32>) outs(%726 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc406)), %out: f32 loc("reduce_sum"(#loc406))):
      %2680 = arith.addf %out, %in : f32 loc(#loc757)
      linalg.yield %2680 : f32 loc(#loc757)
    } -> tensor<64xf32> loc(#loc757)
    %728 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc758)
    %729 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%394, %expanded_113 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%728 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("sub"(#loc346)), %in_226: f32 loc("dot_general"(#loc405)), %out: f32 loc("mul"(#loc407))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc758)
      linalg.yield %2680 : f32 loc(#loc758)
    } -> tensor<4x32x64xf32> loc(#loc758)
    %730 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc758)
    %731 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_113, %408 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%730 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc405)), %in_226: f32 loc("mul"(#loc350)), %out: f32 loc("mul"(#loc407))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc758)
      linalg.yield %2680 : f32 loc(#loc758)
    } -> tensor<4x32x64xf32> loc(#loc758)
    %732 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc759)
    %733 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%404, %729 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%732 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc350)), %in_226: f32 loc("mul"(#loc407)), %out: f32 loc("mul"(#loc408))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc759)
      linalg.yield %2680 : f32 loc(#loc759)
    } -> tensor<4x32x64xf32> loc(#loc759)
    %734 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc760)
    %735 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%734 : tensor<64xf32>) -> tensor<64xf32> loc(#loc760)
    %736 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%733 : tensor<4x32x64xf32>) outs(%735 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc408)), %out: f32 loc("reduce_sum"(#loc408))):
      %2680 = arith.addf %out, %in : f32 loc(#loc760)
      linalg.yield %2680 : f32 loc(#loc760)
    } -> tensor<64xf32> loc(#loc760)
    %737 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc759)
    %738 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%729, %406 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%737 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc407)), %in_226: f32 loc("mul"(#loc350)), %out: f32 loc("mul"(#loc408))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc759)
      linalg.yield %2680 : f32 loc(#loc759)
    } -> tensor<4x32x64xf32> loc(#loc759)
    %739 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc760)
    %740 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%739 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc760)
    %741 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%738 : tensor<4x32x64xf32>) outs(%740 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc408)), %out: f32 loc("reduce_sum"(#loc408))):
      %2680 = arith.addf %out, %in : f32 loc(#loc760)
      linalg.yield %2680 : f32 loc(#loc760)
    } -> tensor<4x32xf32> loc(#loc760)
    %expanded_114 = tensor.expand_shape %741 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc761)
    %742 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1xf32> loc(#loc762)
    %743 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_114, %402 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%742 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc408)), %in_226: f32 loc("mul"(#loc348)), %out: f32 loc("mul"(#loc409))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc762)
      linalg.yield %2680 : f32 loc(#loc762)
    } -> tensor<4x32x1xf32> loc(#loc762)
    %744 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc763)
    %745 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%731 : tensor<4x32x64xf32>) outs(%744 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc407)), %out: f32 loc("neg"(#loc410))):
      %2680 = arith.negf %in : f32 loc(#loc763)
      linalg.yield %2680 : f32 loc(#loc763)
    } -> tensor<4x32x64xf32> loc(#loc763)
    %746 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc764)
    %747 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%746 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc764)
    %748 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%745 : tensor<4x32x64xf32>) outs(%747 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc410)), %out: f32 loc("reduce_sum"(#loc410))):
      %2680 = arith.addf %out, %in : f32 loc(#loc764)
      linalg.yield %2680 : f32 loc(#loc764)
    } -> tensor<4x32xf32> loc(#loc764)
    %expanded_115 = tensor.expand_shape %748 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc765)
    %749 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc766)
    %750 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%672, %731 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%749 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc399)), %in_226: f32 loc("mul"(#loc407)), %out: f32 loc("add_any"(#loc410))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc766)
      linalg.yield %2680 : f32 loc(#loc766)
    } -> tensor<4x32x64xf32> loc(#loc766)
    %751 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc767)
    %752 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%751 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc767)
    %753 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%743 : tensor<4x32x1xf32>) outs(%752 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc411)), %out: f32 loc("reduce_sum"(#loc411))):
      %2680 = arith.addf %out, %in : f32 loc(#loc767)
      linalg.yield %2680 : f32 loc(#loc767)
    } -> tensor<4x32xf32> loc(#loc767)
    %754 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc768)
    %755 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%754 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc768)
    %756 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_115 : tensor<4x32x1xf32>) outs(%755 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc412)), %out: f32 loc("reduce_sum"(#loc412))):
      %2680 = arith.addf %out, %in : f32 loc(#loc768)
      linalg.yield %2680 : f32 loc(#loc768)
    } -> tensor<4x32xf32> loc(#loc768)
    %757 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc769)
    %758 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%753, %390 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%757 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc411)), %in_226: f32 loc("div"(#loc344)), %out: f32 loc("mul"(#loc413))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc769)
      linalg.yield %2680 : f32 loc(#loc769)
    } -> tensor<4x32xf32> loc(#loc769)
    %759 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc770)
    %760 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%758 : tensor<4x32xf32>) outs(%759 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc413)), %out: f32 loc("neg"(#loc414))):
      %2680 = arith.negf %in : f32 loc(#loc770)
      linalg.yield %2680 : f32 loc(#loc770)
    } -> tensor<4x32xf32> loc(#loc770)
    %761 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc771)
    %762 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%760, %376 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%761 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc414)), %in_226: f32 loc("mul"(#loc341)), %out: f32 loc("mul"(#loc415))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc771)
      linalg.yield %2680 : f32 loc(#loc771)
    } -> tensor<4x32xf32> loc(#loc771)
    %763 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc772)
    %764 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%756, %762 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%763 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc412)), %in_226: f32 loc("mul"(#loc415)), %out: f32 loc("add_any"(#loc415))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc772)
      linalg.yield %2680 : f32 loc(#loc772)
    } -> tensor<4x32xf32> loc(#loc772)
    %765 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc773)
    %766 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%758 : tensor<4x32xf32>) outs(%765 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc413)), %out: f32 loc("div"(#loc416))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc773)
      linalg.yield %2680 : f32 loc(#loc773)
    } -> tensor<4x32xf32> loc(#loc773)
    %767 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc774)
    %768 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%766 : tensor<4x32xf32>) outs(%767 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc416)), %out: f32 loc("broadcast_in_dim"(#loc416))):
      linalg.yield %in : f32 loc(#loc774)
    } -> tensor<4x32x64xf32> loc(#loc774)
    %769 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc773)
    %770 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%764 : tensor<4x32xf32>) outs(%769 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc415)), %out: f32 loc("div"(#loc416))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc773)
      linalg.yield %2680 : f32 loc(#loc773)
    } -> tensor<4x32xf32> loc(#loc773)
    %771 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc774)
    %772 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%770 : tensor<4x32xf32>) outs(%771 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc416)), %out: f32 loc("broadcast_in_dim"(#loc416))):
      linalg.yield %in : f32 loc(#loc774)
    } -> tensor<4x32x64xf32> loc(#loc774)
    %773 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc775)
    %774 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%750, %772 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%773 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc410)), %in_226: f32 loc("broadcast_in_dim"(#loc416)), %out: f32 loc("add_any"(#loc416))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc775)
      linalg.yield %2680 : f32 loc(#loc775)
    } -> tensor<4x32x64xf32> loc(#loc775)
    %775 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc771)
    %776 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%768, %362 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%775 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc416)), %in_226: f32 loc("mul"(#loc341)), %out: f32 loc("mul"(#loc415))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc771)
      linalg.yield %2680 : f32 loc(#loc771)
    } -> tensor<4x32x64xf32> loc(#loc771)
    %777 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc772)
    %778 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%774, %776 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%777 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc416)), %in_226: f32 loc("mul"(#loc415)), %out: f32 loc("add_any"(#loc415))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc772)
      linalg.yield %2680 : f32 loc(#loc772)
    } -> tensor<4x32x64xf32> loc(#loc772)
    %779 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x32xf32> loc(#loc776)
    %780 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%778 : tensor<4x32x64xf32>) outs(%779 : tensor<64x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc415)), %out: f32 loc("dot_general"(#loc417))):
      linalg.yield %in : f32 loc(#loc776)
    } -> tensor<64x4x32xf32> loc(#loc776)
    %collapsed_116 = tensor.collapse_shape %780 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<64x4x32xf32> into tensor<64x128xf32> loc(#loc776)
    %781 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc776)
    %782 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%781 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc776)
    %783 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_116, %collapsed_72 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%782 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc776)
    %expanded_117 = tensor.expand_shape %783 [[0], [1, 2]] output_shape [64, 4, 16] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<64x4x16xf32> loc(#loc776)
    %784 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc777)
    %785 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_117 : tensor<64x4x16xf32>) outs(%784 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc417)), %out: f32 loc("transpose"(#loc417))):
      linalg.yield %in : f32 loc(#loc777)
    } -> tensor<4x16x64xf32> loc(#loc777)
    %collapsed_118 = tensor.collapse_shape %778 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc776)
    %786 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc776)
    %787 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg21 : tensor<4x16x64xf32>) outs(%786 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("dot_general"(#loc417))):
      linalg.yield %in : f32 loc(#loc776)
    } -> tensor<64x4x16xf32> loc(#loc776)
    %collapsed_119 = tensor.collapse_shape %787 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc776)
    %788 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc776)
    %789 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%788 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc776)
    %790 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_118, %collapsed_119 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%789 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc776)
    %expanded_120 = tensor.expand_shape %790 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc776)
    %791 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x16x32xf32> loc(#loc778)
    %792 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_120 : tensor<4x32x4x16xf32>) outs(%791 : tensor<4x4x16x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc417)), %out: f32 loc("transpose"(#loc418))):
      linalg.yield %in : f32 loc(#loc778)
    } -> tensor<4x4x16x32xf32> loc(#loc778)
    %793 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> loc(#loc779)
    %794 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%792 : tensor<4x4x16x32xf32>) outs(%793 : tensor<4x4x32x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc418)), %out: f32 loc("dot_general"(#loc418))):
      linalg.yield %in : f32 loc(#loc779)
    } -> tensor<4x4x32x16xf32> loc(#loc779)
    %collapsed_121 = tensor.collapse_shape %794 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> into tensor<16x32x16xf32> loc(#loc779)
    %795 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x32x32xf32> loc(#loc779)
    %796 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%795 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc779)
    %797 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_121, %collapsed_69 : tensor<16x32x16xf32>, tensor<16x16x32xf32>) outs(%796 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc779)
    %expanded_122 = tensor.expand_shape %797 [[0, 1], [2], [3]] output_shape [4, 4, 32, 32] {altgrad.phase = "backward"} : tensor<16x32x32xf32> into tensor<4x4x32x32xf32> loc(#loc779)
    %collapsed_123 = tensor.collapse_shape %792 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x16x32xf32> into tensor<16x16x32xf32> loc(#loc779)
    %collapsed_124 = tensor.collapse_shape %340 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc779)
    %798 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x16x32xf32> loc(#loc779)
    %799 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%798 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc779)
    %800 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_123, %collapsed_124 : tensor<16x16x32xf32>, tensor<16x32x32xf32>) outs(%799 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc779)
    %expanded_125 = tensor.expand_shape %800 [[0, 1], [2], [3]] output_shape [4, 4, 16, 32] {altgrad.phase = "backward"} : tensor<16x16x32xf32> into tensor<4x4x16x32xf32> loc(#loc779)
    %801 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc778)
    %802 = linalg.generic {indexing_maps = [#map18, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_125 : tensor<4x4x16x32xf32>) outs(%801 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc418)), %out: f32 loc("transpose"(#loc418))):
      linalg.yield %in : f32 loc(#loc778)
    } -> tensor<4x32x4x16xf32> loc(#loc778)
    %803 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc780)
    %804 = linalg.generic {indexing_maps = [#map25, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%344 : tensor<4x4x32x1xf32>) outs(%803 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc(""(#loc625)), %out: f32 loc("mul"(#loc419))):
      linalg.yield %in : f32 loc(#loc780)
    } -> tensor<4x4x32x32xf32> loc(#loc780)
    %805 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc780)
    %806 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_122, %804 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%805 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc418)), %in_226: f32 loc("mul"(#loc419)), %out: f32 loc("mul"(#loc419))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc780)
      linalg.yield %2680 : f32 loc(#loc780)
    } -> tensor<4x4x32x32xf32> loc(#loc780)
    %807 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc780)
    %808 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%806, %333 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%807 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc419)), %in_226: f32 loc("exp"(#loc337)), %out: f32 loc("mul"(#loc419))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc780)
      linalg.yield %2680 : f32 loc(#loc780)
    } -> tensor<4x4x32x32xf32> loc(#loc780)
    %809 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32xf32> loc(#loc781)
    %810 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%809 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc781)
    %811 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%808 : tensor<4x4x32x32xf32>) outs(%810 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc419)), %out: f32 loc("reduce_sum"(#loc419))):
      %2680 = arith.addf %out, %in : f32 loc(#loc781)
      linalg.yield %2680 : f32 loc(#loc781)
    } -> tensor<4x4x32xf32> loc(#loc781)
    %812 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32xf32> loc(#loc782)
    %813 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%811 : tensor<4x4x32xf32>) outs(%812 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc419)), %out: f32 loc("neg"(#loc419))):
      %2680 = arith.negf %in : f32 loc(#loc782)
      linalg.yield %2680 : f32 loc(#loc782)
    } -> tensor<4x4x32xf32> loc(#loc782)
    %expanded_126 = tensor.expand_shape %813 [[0], [1], [2, 3]] output_shape [4, 4, 32, 1] {altgrad.phase = "backward"} : tensor<4x4x32xf32> into tensor<4x4x32x1xf32> loc(#loc783)
    %814 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc784)
    %815 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_122, %338 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%814 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc418)), %in_226: f32 loc("div"(#loc337)), %out: f32 loc("div"(#loc419))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc784)
      linalg.yield %2680 : f32 loc(#loc784)
    } -> tensor<4x4x32x32xf32> loc(#loc784)
    %816 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32xf32> loc(#loc781)
    %817 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%816 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc781)
    %818 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_126 : tensor<4x4x32x1xf32>) outs(%817 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc419)), %out: f32 loc("reduce_sum"(#loc419))):
      %2680 = arith.addf %out, %in : f32 loc(#loc781)
      linalg.yield %2680 : f32 loc(#loc781)
    } -> tensor<4x4x32xf32> loc(#loc781)
    %819 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc785)
    %820 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%818 : tensor<4x4x32xf32>) outs(%819 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc419)), %out: f32 loc("broadcast_in_dim"(#loc419))):
      linalg.yield %in : f32 loc(#loc785)
    } -> tensor<4x4x32x32xf32> loc(#loc785)
    %821 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc786)
    %822 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%815, %820 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%821 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc419)), %in_226: f32 loc("broadcast_in_dim"(#loc419)), %out: f32 loc("add_any"(#loc419))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc786)
      linalg.yield %2680 : f32 loc(#loc786)
    } -> tensor<4x4x32x32xf32> loc(#loc786)
    %823 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc780)
    %824 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%822, %333 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%823 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc419)), %in_226: f32 loc("exp"(#loc337)), %out: f32 loc("mul"(#loc419))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc780)
      linalg.yield %2680 : f32 loc(#loc780)
    } -> tensor<4x4x32x32xf32> loc(#loc780)
    %825 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc787)
    %826 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %824 : tensor<4x4x32x32xi1>, tensor<4x4x32x32xf32>) outs(%825 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc(callsite(#loc97 at #loc290)), %in_226: f32 loc("mul"(#loc419)), %out: f32 loc(callsite(#loc103 at #loc420))):
      %2680 = arith.select %in, %in_226, %cst_19 : f32 loc(#loc787)
      linalg.yield %2680 : f32 loc(#loc787)
    } -> tensor<4x4x32x32xf32> loc(#loc787)
    %827 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc788)
    %828 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%826 : tensor<4x4x32x32xf32>) outs(%827 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc(callsite(#loc103 at #loc420)), %out: f32 loc("dot_general"(#loc421))):
      linalg.yield %in : f32 loc(#loc788)
    } -> tensor<4x4x32x32xf32> loc(#loc788)
    %collapsed_127 = tensor.collapse_shape %828 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc788)
    %829 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x32x16xf32> loc(#loc788)
    %830 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%829 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc788)
    %831 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_127, %collapsed_65 : tensor<16x32x32xf32>, tensor<16x32x16xf32>) outs(%830 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc788)
    %expanded_128 = tensor.expand_shape %831 [[0, 1], [2], [3]] output_shape [4, 4, 32, 16] {altgrad.phase = "backward"} : tensor<16x32x16xf32> into tensor<4x4x32x16xf32> loc(#loc788)
    %832 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc789)
    %833 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_128 : tensor<4x4x32x16xf32>) outs(%832 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc421)), %out: f32 loc("transpose"(#loc421))):
      linalg.yield %in : f32 loc(#loc789)
    } -> tensor<4x32x4x16xf32> loc(#loc789)
    %834 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> loc(#loc788)
    %835 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_62 : tensor<4x32x4x16xf32>) outs(%834 : tensor<4x4x32x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc332)), %out: f32 loc("dot_general"(#loc421))):
      linalg.yield %in : f32 loc(#loc788)
    } -> tensor<4x4x32x16xf32> loc(#loc788)
    %collapsed_129 = tensor.collapse_shape %826 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc788)
    %collapsed_130 = tensor.collapse_shape %835 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> into tensor<16x32x16xf32> loc(#loc788)
    %836 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x32x16xf32> loc(#loc788)
    %837 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%836 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc788)
    %838 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_129, %collapsed_130 : tensor<16x32x32xf32>, tensor<16x32x16xf32>) outs(%837 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc788)
    %expanded_131 = tensor.expand_shape %838 [[0, 1], [2], [3]] output_shape [4, 4, 32, 16] {altgrad.phase = "backward"} : tensor<16x32x16xf32> into tensor<4x4x32x16xf32> loc(#loc788)
    %839 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc789)
    %840 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_131 : tensor<4x4x32x16xf32>) outs(%839 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc421)), %out: f32 loc("transpose"(#loc421))):
      linalg.yield %in : f32 loc(#loc789)
    } -> tensor<4x32x4x16xf32> loc(#loc789)
    %841 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc790)
    %842 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%840, %105 : tensor<4x32x4x16xf32>, tensor<4x32x4x16xf32>) outs(%841 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc421)), %in_226: f32 loc("div"(#loc288)), %out: f32 loc("div"(#loc422))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc790)
      linalg.yield %2680 : f32 loc(#loc790)
    } -> tensor<4x32x4x16xf32> loc(#loc790)
    %843 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> loc(#loc791)
    %844 = linalg.generic {indexing_maps = [#map26, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%802 : tensor<4x32x4x16xf32>) outs(%843 : tensor<4x16x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc418)), %out: f32 loc("dot_general"(#loc423))):
      linalg.yield %in : f32 loc(#loc791)
    } -> tensor<4x16x4x32xf32> loc(#loc791)
    %collapsed_132 = tensor.collapse_shape %844 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> into tensor<64x128xf32> loc(#loc791)
    %845 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc791)
    %846 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%845 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc791)
    %847 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_132, %collapsed_58 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%846 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc791)
    %expanded_133 = tensor.expand_shape %847 [[0, 1], [2]] output_shape [4, 16, 64] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<4x16x64xf32> loc(#loc791)
    %848 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc792)
    %849 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_133 : tensor<4x16x64xf32>) outs(%848 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc423)), %out: f32 loc("transpose"(#loc423))):
      linalg.yield %in : f32 loc(#loc792)
    } -> tensor<64x4x16xf32> loc(#loc792)
    %collapsed_134 = tensor.collapse_shape %802 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc791)
    %850 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc791)
    %851 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23 : tensor<64x4x16xf32>) outs(%850 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("dot_general"(#loc423))):
      linalg.yield %in : f32 loc(#loc791)
    } -> tensor<4x16x64xf32> loc(#loc791)
    %collapsed_135 = tensor.collapse_shape %851 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc791)
    %852 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc791)
    %853 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%852 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc791)
    %854 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_134, %collapsed_135 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%853 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc791)
    %expanded_136 = tensor.expand_shape %854 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc791)
    %855 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> loc(#loc793)
    %856 = linalg.generic {indexing_maps = [#map26, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%833 : tensor<4x32x4x16xf32>) outs(%855 : tensor<4x16x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc421)), %out: f32 loc("dot_general"(#loc424))):
      linalg.yield %in : f32 loc(#loc793)
    } -> tensor<4x16x4x32xf32> loc(#loc793)
    %collapsed_137 = tensor.collapse_shape %856 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> into tensor<64x128xf32> loc(#loc793)
    %857 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc793)
    %858 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%857 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc793)
    %859 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_137, %collapsed_58 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%858 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc793)
    %expanded_138 = tensor.expand_shape %859 [[0, 1], [2]] output_shape [4, 16, 64] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<4x16x64xf32> loc(#loc793)
    %860 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc794)
    %861 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_138 : tensor<4x16x64xf32>) outs(%860 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc424)), %out: f32 loc("transpose"(#loc424))):
      linalg.yield %in : f32 loc(#loc794)
    } -> tensor<64x4x16xf32> loc(#loc794)
    %collapsed_139 = tensor.collapse_shape %833 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc793)
    %862 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc793)
    %863 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<64x4x16xf32>) outs(%862 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("dot_general"(#loc424))):
      linalg.yield %in : f32 loc(#loc793)
    } -> tensor<4x16x64xf32> loc(#loc793)
    %collapsed_140 = tensor.collapse_shape %863 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc793)
    %864 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc793)
    %865 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%864 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc793)
    %866 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_139, %collapsed_140 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%865 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc793)
    %expanded_141 = tensor.expand_shape %866 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc793)
    %867 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc795)
    %868 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_136, %expanded_141 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%867 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc423)), %in_226: f32 loc("dot_general"(#loc424)), %out: f32 loc("add_any"(#loc424))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc795)
      linalg.yield %2680 : f32 loc(#loc795)
    } -> tensor<4x32x64xf32> loc(#loc795)
    %869 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> loc(#loc796)
    %870 = linalg.generic {indexing_maps = [#map26, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%842 : tensor<4x32x4x16xf32>) outs(%869 : tensor<4x16x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc422)), %out: f32 loc("dot_general"(#loc425))):
      linalg.yield %in : f32 loc(#loc796)
    } -> tensor<4x16x4x32xf32> loc(#loc796)
    %collapsed_142 = tensor.collapse_shape %870 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> into tensor<64x128xf32> loc(#loc796)
    %871 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc796)
    %872 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%871 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc796)
    %873 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_142, %collapsed_58 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%872 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc796)
    %expanded_143 = tensor.expand_shape %873 [[0, 1], [2]] output_shape [4, 16, 64] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<4x16x64xf32> loc(#loc796)
    %874 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc797)
    %875 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_143 : tensor<4x16x64xf32>) outs(%874 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc425)), %out: f32 loc("transpose"(#loc425))):
      linalg.yield %in : f32 loc(#loc797)
    } -> tensor<64x4x16xf32> loc(#loc797)
    %collapsed_144 = tensor.collapse_shape %842 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc796)
    %876 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc796)
    %877 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg22 : tensor<64x4x16xf32>) outs(%876 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("dot_general"(#loc425))):
      linalg.yield %in : f32 loc(#loc796)
    } -> tensor<4x16x64xf32> loc(#loc796)
    %collapsed_145 = tensor.collapse_shape %877 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc796)
    %878 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc796)
    %879 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%878 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc796)
    %880 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_144, %collapsed_145 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%879 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc796)
    %expanded_146 = tensor.expand_shape %880 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc796)
    %881 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc798)
    %882 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%868, %expanded_146 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%881 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc424)), %in_226: f32 loc("dot_general"(#loc425)), %out: f32 loc("add_any"(#loc425))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc798)
      linalg.yield %2680 : f32 loc(#loc798)
    } -> tensor<4x32x64xf32> loc(#loc798)
    %883 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc799)
    %884 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%883 : tensor<64xf32>) -> tensor<64xf32> loc(#loc799)
    %885 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%882 : tensor<4x32x64xf32>) outs(%884 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc426)), %out: f32 loc("reduce_sum"(#loc426))):
      %2680 = arith.addf %out, %in : f32 loc(#loc799)
      linalg.yield %2680 : f32 loc(#loc799)
    } -> tensor<64xf32> loc(#loc799)
    %886 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc800)
    %887 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %882 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%886 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("sub"(#loc323)), %in_226: f32 loc("add_any"(#loc425)), %out: f32 loc("mul"(#loc427))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc800)
      linalg.yield %2680 : f32 loc(#loc800)
    } -> tensor<4x32x64xf32> loc(#loc800)
    %888 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc800)
    %889 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%882, %298 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%888 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc425)), %in_226: f32 loc("mul"(#loc327)), %out: f32 loc("mul"(#loc427))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc800)
      linalg.yield %2680 : f32 loc(#loc800)
    } -> tensor<4x32x64xf32> loc(#loc800)
    %890 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc801)
    %891 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%294, %887 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%890 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc327)), %in_226: f32 loc("mul"(#loc427)), %out: f32 loc("mul"(#loc428))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc801)
      linalg.yield %2680 : f32 loc(#loc801)
    } -> tensor<4x32x64xf32> loc(#loc801)
    %892 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc802)
    %893 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%892 : tensor<64xf32>) -> tensor<64xf32> loc(#loc802)
    %894 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%891 : tensor<4x32x64xf32>) outs(%893 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc428)), %out: f32 loc("reduce_sum"(#loc428))):
      %2680 = arith.addf %out, %in : f32 loc(#loc802)
      linalg.yield %2680 : f32 loc(#loc802)
    } -> tensor<64xf32> loc(#loc802)
    %895 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc801)
    %896 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%887, %296 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%895 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc427)), %in_226: f32 loc("mul"(#loc327)), %out: f32 loc("mul"(#loc428))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc801)
      linalg.yield %2680 : f32 loc(#loc801)
    } -> tensor<4x32x64xf32> loc(#loc801)
    %897 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc802)
    %898 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%897 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc802)
    %899 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%896 : tensor<4x32x64xf32>) outs(%898 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc428)), %out: f32 loc("reduce_sum"(#loc428))):
      %2680 = arith.addf %out, %in : f32 loc(#loc802)
      linalg.yield %2680 : f32 loc(#loc802)
    } -> tensor<4x32xf32> loc(#loc802)
    %expanded_147 = tensor.expand_shape %899 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc803)
    %900 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1xf32> loc(#loc804)
    %901 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_147, %292 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%900 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc428)), %in_226: f32 loc("mul"(#loc325)), %out: f32 loc("mul"(#loc429))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc804)
      linalg.yield %2680 : f32 loc(#loc804)
    } -> tensor<4x32x1xf32> loc(#loc804)
    %902 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc805)
    %903 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%889 : tensor<4x32x64xf32>) outs(%902 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc427)), %out: f32 loc("neg"(#loc430))):
      %2680 = arith.negf %in : f32 loc(#loc805)
      linalg.yield %2680 : f32 loc(#loc805)
    } -> tensor<4x32x64xf32> loc(#loc805)
    %904 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc806)
    %905 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%904 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc806)
    %906 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%903 : tensor<4x32x64xf32>) outs(%905 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc430)), %out: f32 loc("reduce_sum"(#loc430))):
      %2680 = arith.addf %out, %in : f32 loc(#loc806)
      linalg.yield %2680 : f32 loc(#loc806)
    } -> tensor<4x32xf32> loc(#loc806)
    %expanded_148 = tensor.expand_shape %906 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc807)
    %907 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc808)
    %908 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%778, %889 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%907 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc415)), %in_226: f32 loc("mul"(#loc427)), %out: f32 loc("add_any"(#loc430))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc808)
      linalg.yield %2680 : f32 loc(#loc808)
    } -> tensor<4x32x64xf32> loc(#loc808)
    %909 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc809)
    %910 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%909 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc809)
    %911 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%901 : tensor<4x32x1xf32>) outs(%910 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc431)), %out: f32 loc("reduce_sum"(#loc431))):
      %2680 = arith.addf %out, %in : f32 loc(#loc809)
      linalg.yield %2680 : f32 loc(#loc809)
    } -> tensor<4x32xf32> loc(#loc809)
    %912 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc810)
    %913 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%912 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc810)
    %914 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_148 : tensor<4x32x1xf32>) outs(%913 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc432)), %out: f32 loc("reduce_sum"(#loc432))):
      %2680 = arith.addf %out, %in : f32 loc(#loc810)
      linalg.yield %2680 : f32 loc(#loc810)
    } -> tensor<4x32xf32> loc(#loc810)
    %915 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc811)
    %916 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%911, %280 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%915 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc431)), %in_226: f32 loc("div"(#loc321)), %out: f32 loc("mul"(#loc433))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc811)
      linalg.yield %2680 : f32 loc(#loc811)
    } -> tensor<4x32xf32> loc(#loc811)
    %917 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc812)
    %918 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%916 : tensor<4x32xf32>) outs(%917 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc433)), %out: f32 loc("neg"(#loc434))):
      %2680 = arith.negf %in : f32 loc(#loc812)
      linalg.yield %2680 : f32 loc(#loc812)
    } -> tensor<4x32xf32> loc(#loc812)
    %919 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc813)
    %920 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%918, %266 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%919 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc434)), %in_226: f32 loc("mul"(#loc318)), %out: f32 loc("mul"(#loc435))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc813)
      linalg.yield %2680 : f32 loc(#loc813)
    } -> tensor<4x32xf32> loc(#loc813)
    %921 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc814)
    %922 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%914, %920 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%921 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc432)), %in_226: f32 loc("mul"(#loc435)), %out: f32 loc("add_any"(#loc435))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc814)
      linalg.yield %2680 : f32 loc(#loc814)
    } -> tensor<4x32xf32> loc(#loc814)
    %923 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc815)
    %924 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%916 : tensor<4x32xf32>) outs(%923 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc433)), %out: f32 loc("div"(#loc436))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc815)
      linalg.yield %2680 : f32 loc(#loc815)
    } -> tensor<4x32xf32> loc(#loc815)
    %925 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc816)
    %926 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%924 : tensor<4x32xf32>) outs(%925 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc436)), %out: f32 loc("broadcast_in_dim"(#loc436))):
      linalg.yield %in : f32 loc(#loc816)
    } -> tensor<4x32x64xf32> loc(#loc816)
    %927 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc815)
    %928 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%922 : tensor<4x32xf32>) outs(%927 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc435)), %out: f32 loc("div"(#loc436))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc815)
      linalg.yield %2680 : f32 loc(#loc815)
    } -> tensor<4x32xf32> loc(#loc815)
    %929 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc816)
    %930 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%928 : tensor<4x32xf32>) outs(%929 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc436)), %out: f32 loc("broadcast_in_dim"(#loc436))):
      linalg.yield %in : f32 loc(#loc816)
    } -> tensor<4x32x64xf32> loc(#loc816)
    %931 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc817)
    %932 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%908, %930 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%931 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc430)), %in_226: f32 loc("broadcast_in_dim"(#loc436)), %out: f32 loc("add_any"(#loc436))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc817)
      linalg.yield %2680 : f32 loc(#loc817)
    } -> tensor<4x32x64xf32> loc(#loc817)
    %933 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc813)
    %934 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%926, %252 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%933 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc436)), %in_226: f32 loc("mul"(#loc318)), %out: f32 loc("mul"(#loc435))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc813)
      linalg.yield %2680 : f32 loc(#loc813)
    } -> tensor<4x32x64xf32> loc(#loc813)
    %935 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc814)
    %936 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%932, %934 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%935 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc436)), %in_226: f32 loc("mul"(#loc435)), %out: f32 loc("add_any"(#loc435))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc814)
      linalg.yield %2680 : f32 loc(#loc814)
    } -> tensor<4x32x64xf32> loc(#loc814)
    %937 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc818)
    %938 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%937 : tensor<64xf32>) -> tensor<64xf32> loc(#loc818)
    %939 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%936 : tensor<4x32x64xf32>) outs(%938 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc437)), %out: f32 loc("reduce_sum"(#loc437))):
      %2680 = arith.addf %out, %in : f32 loc(#loc818)
      linalg.yield %2680 : f32 loc(#loc818)
    } -> tensor<64xf32> loc(#loc818)
    %940 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x32xf32> loc(#loc819)
    %941 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%936 : tensor<4x32x64xf32>) outs(%940 : tensor<64x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc435)), %out: f32 loc("dot_general"(#loc438))):
      linalg.yield %in : f32 loc(#loc819)
    } -> tensor<64x4x32xf32> loc(#loc819)
    %collapsed_149 = tensor.collapse_shape %941 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<64x4x32xf32> into tensor<64x128xf32> loc(#loc819)
    %942 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x256xf32> loc(#loc819)
    %943 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%942 : tensor<64x256xf32>) -> tensor<64x256xf32> loc(#loc819)
    %944 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_149, %collapsed_52 : tensor<64x128xf32>, tensor<128x256xf32>) outs(%943 : tensor<64x256xf32>) -> tensor<64x256xf32> loc(#loc819)
    %945 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc820)
    %946 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%944 : tensor<64x256xf32>) outs(%945 : tensor<256x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc438)), %out: f32 loc("transpose"(#loc438))):
      linalg.yield %in : f32 loc(#loc820)
    } -> tensor<256x64xf32> loc(#loc820)
    %collapsed_150 = tensor.collapse_shape %936 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc819)
    %947 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x256xf32> loc(#loc819)
    %948 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<256x64xf32>) outs(%947 : tensor<64x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_0']['kernel']"), %out: f32 loc("dot_general"(#loc438))):
      linalg.yield %in : f32 loc(#loc819)
    } -> tensor<64x256xf32> loc(#loc819)
    %949 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x256xf32> loc(#loc819)
    %950 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%949 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc819)
    %951 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_150, %948 : tensor<128x64xf32>, tensor<64x256xf32>) outs(%950 : tensor<128x256xf32>) -> tensor<128x256xf32> loc(#loc819)
    %expanded_151 = tensor.expand_shape %951 [[0, 1], [2]] output_shape [4, 32, 256] {altgrad.phase = "backward"} : tensor<128x256xf32> into tensor<4x32x256xf32> loc(#loc819)
    %952 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %953 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217, %expanded_151 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%952 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add"(#loc312)), %in_226: f32 loc("dot_general"(#loc438)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %954 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %955 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_151, %237 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%954 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc438)), %in_226: f32 loc("mul"(#loc313)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %956 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %957 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%953 : tensor<4x32x256xf32>) outs(%956 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc439)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %cst_9 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %958 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %959 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%957, %233 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%958 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc439)), %in_226: f32 loc("sub"(#loc313)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %960 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %961 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%959, %231 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%960 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc439)), %in_226: f32 loc("tanh"(#loc313)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %962 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc822)
    %963 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%959, %961 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%962 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc439)), %in_226: f32 loc("mul"(#loc439)), %out: f32 loc("add_any"(#loc439))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc822)
      linalg.yield %2680 : f32 loc(#loc822)
    } -> tensor<4x32x256xf32> loc(#loc822)
    %964 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %965 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%963 : tensor<4x32x256xf32>) outs(%964 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc439)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %cst_10 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %966 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc822)
    %967 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%955, %965 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%966 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc439)), %in_226: f32 loc("mul"(#loc439)), %out: f32 loc("add_any"(#loc439))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc822)
      linalg.yield %2680 : f32 loc(#loc822)
    } -> tensor<4x32x256xf32> loc(#loc822)
    %968 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %969 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%965 : tensor<4x32x256xf32>) outs(%968 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc439)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %cst_11 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %970 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc821)
    %971 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%969, %223 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%970 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc439)), %in_226: f32 loc("mul"(#loc313)), %out: f32 loc("mul"(#loc439))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc821)
      linalg.yield %2680 : f32 loc(#loc821)
    } -> tensor<4x32x256xf32> loc(#loc821)
    %972 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x256xf32> loc(#loc822)
    %973 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%967, %971 : tensor<4x32x256xf32>, tensor<4x32x256xf32>) outs(%972 : tensor<4x32x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc439)), %in_226: f32 loc("mul"(#loc439)), %out: f32 loc("add_any"(#loc439))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc822)
      linalg.yield %2680 : f32 loc(#loc822)
    } -> tensor<4x32x256xf32> loc(#loc822)
    %974 = tensor.empty() {altgrad.phase = "backward"} : tensor<256xf32> loc(#loc823)
    %975 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%974 : tensor<256xf32>) -> tensor<256xf32> loc(#loc823)
    %976 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%973 : tensor<4x32x256xf32>) outs(%975 : tensor<256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc440)), %out: f32 loc("reduce_sum"(#loc440))):
      %2680 = arith.addf %out, %in : f32 loc(#loc823)
      linalg.yield %2680 : f32 loc(#loc823)
    } -> tensor<256xf32> loc(#loc823)
    %977 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x4x32xf32> loc(#loc824)
    %978 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%973 : tensor<4x32x256xf32>) outs(%977 : tensor<256x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc439)), %out: f32 loc("dot_general"(#loc441))):
      linalg.yield %in : f32 loc(#loc824)
    } -> tensor<256x4x32xf32> loc(#loc824)
    %collapsed_152 = tensor.collapse_shape %978 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<256x4x32xf32> into tensor<256x128xf32> loc(#loc824)
    %979 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc824)
    %980 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%979 : tensor<256x64xf32>) -> tensor<256x64xf32> loc(#loc824)
    %981 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_152, %collapsed_49 : tensor<256x128xf32>, tensor<128x64xf32>) outs(%980 : tensor<256x64xf32>) -> tensor<256x64xf32> loc(#loc824)
    %982 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x256xf32> loc(#loc825)
    %983 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%981 : tensor<256x64xf32>) outs(%982 : tensor<64x256xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc441)), %out: f32 loc("transpose"(#loc441))):
      linalg.yield %in : f32 loc(#loc825)
    } -> tensor<64x256xf32> loc(#loc825)
    %collapsed_153 = tensor.collapse_shape %973 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x256xf32> into tensor<128x256xf32> loc(#loc824)
    %984 = tensor.empty() {altgrad.phase = "backward"} : tensor<256x64xf32> loc(#loc824)
    %985 = linalg.generic {indexing_maps = [#map23, #map], iterator_types = ["parallel", "parallel"]} ins(%arg3 : tensor<64x256xf32>) outs(%984 : tensor<256x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_1']['kernel']"), %out: f32 loc("dot_general"(#loc441))):
      linalg.yield %in : f32 loc(#loc824)
    } -> tensor<256x64xf32> loc(#loc824)
    %986 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc824)
    %987 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%986 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc824)
    %988 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_153, %985 : tensor<128x256xf32>, tensor<256x64xf32>) outs(%987 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc824)
    %expanded_154 = tensor.expand_shape %988 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc824)
    %989 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc826)
    %990 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%989 : tensor<64xf32>) -> tensor<64xf32> loc(#loc826)
    %991 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%expanded_154 : tensor<4x32x64xf32>) outs(%990 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc442)), %out: f32 loc("reduce_sum"(#loc442))):
      %2680 = arith.addf %out, %in : f32 loc(#loc826)
      linalg.yield %2680 : f32 loc(#loc826)
    } -> tensor<64xf32> loc(#loc826)
    %992 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc827)
    %993 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190, %expanded_154 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%992 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("sub"(#loc302)), %in_226: f32 loc("dot_general"(#loc441)), %out: f32 loc("mul"(#loc443))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc827)
      linalg.yield %2680 : f32 loc(#loc827)
    } -> tensor<4x32x64xf32> loc(#loc827)
    %994 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc827)
    %995 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_154, %204 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%994 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc441)), %in_226: f32 loc("mul"(#loc306)), %out: f32 loc("mul"(#loc443))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc827)
      linalg.yield %2680 : f32 loc(#loc827)
    } -> tensor<4x32x64xf32> loc(#loc827)
    %996 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc828)
    %997 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %993 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%996 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc306)), %in_226: f32 loc("mul"(#loc443)), %out: f32 loc("mul"(#loc444))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc828)
      linalg.yield %2680 : f32 loc(#loc828)
    } -> tensor<4x32x64xf32> loc(#loc828)
    %998 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc829)
    %999 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%998 : tensor<64xf32>) -> tensor<64xf32> loc(#loc829)
    %1000 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%997 : tensor<4x32x64xf32>) outs(%999 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc444)), %out: f32 loc("reduce_sum"(#loc444))):
      %2680 = arith.addf %out, %in : f32 loc(#loc829)
      linalg.yield %2680 : f32 loc(#loc829)
    } -> tensor<64xf32> loc(#loc829)
    %1001 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc828)
    %1002 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%993, %202 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1001 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc443)), %in_226: f32 loc("mul"(#loc306)), %out: f32 loc("mul"(#loc444))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc828)
      linalg.yield %2680 : f32 loc(#loc828)
    } -> tensor<4x32x64xf32> loc(#loc828)
    %1003 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc829)
    %1004 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1003 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc829)
    %1005 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1002 : tensor<4x32x64xf32>) outs(%1004 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc444)), %out: f32 loc("reduce_sum"(#loc444))):
      %2680 = arith.addf %out, %in : f32 loc(#loc829)
      linalg.yield %2680 : f32 loc(#loc829)
    } -> tensor<4x32xf32> loc(#loc829)
    %expanded_155 = tensor.expand_shape %1005 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc830)
    %1006 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1xf32> loc(#loc831)
    %1007 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_155, %198 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%1006 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc444)), %in_226: f32 loc("mul"(#loc304)), %out: f32 loc("mul"(#loc445))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc831)
      linalg.yield %2680 : f32 loc(#loc831)
    } -> tensor<4x32x1xf32> loc(#loc831)
    %1008 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc832)
    %1009 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%995 : tensor<4x32x64xf32>) outs(%1008 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc443)), %out: f32 loc("neg"(#loc446))):
      %2680 = arith.negf %in : f32 loc(#loc832)
      linalg.yield %2680 : f32 loc(#loc832)
    } -> tensor<4x32x64xf32> loc(#loc832)
    %1010 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc833)
    %1011 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1010 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc833)
    %1012 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1009 : tensor<4x32x64xf32>) outs(%1011 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc446)), %out: f32 loc("reduce_sum"(#loc446))):
      %2680 = arith.addf %out, %in : f32 loc(#loc833)
      linalg.yield %2680 : f32 loc(#loc833)
    } -> tensor<4x32xf32> loc(#loc833)
    %expanded_156 = tensor.expand_shape %1012 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc834)
    %1013 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc835)
    %1014 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%936, %995 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1013 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc435)), %in_226: f32 loc("mul"(#loc443)), %out: f32 loc("add_any"(#loc446))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc835)
      linalg.yield %2680 : f32 loc(#loc835)
    } -> tensor<4x32x64xf32> loc(#loc835)
    %1015 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc836)
    %1016 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1015 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc836)
    %1017 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1007 : tensor<4x32x1xf32>) outs(%1016 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc447)), %out: f32 loc("reduce_sum"(#loc447))):
      %2680 = arith.addf %out, %in : f32 loc(#loc836)
      linalg.yield %2680 : f32 loc(#loc836)
    } -> tensor<4x32xf32> loc(#loc836)
    %1018 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc837)
    %1019 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1018 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc837)
    %1020 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_156 : tensor<4x32x1xf32>) outs(%1019 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc448)), %out: f32 loc("reduce_sum"(#loc448))):
      %2680 = arith.addf %out, %in : f32 loc(#loc837)
      linalg.yield %2680 : f32 loc(#loc837)
    } -> tensor<4x32xf32> loc(#loc837)
    %1021 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc838)
    %1022 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1017, %186 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%1021 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc447)), %in_226: f32 loc("div"(#loc300)), %out: f32 loc("mul"(#loc449))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc838)
      linalg.yield %2680 : f32 loc(#loc838)
    } -> tensor<4x32xf32> loc(#loc838)
    %1023 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc839)
    %1024 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1022 : tensor<4x32xf32>) outs(%1023 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc449)), %out: f32 loc("neg"(#loc450))):
      %2680 = arith.negf %in : f32 loc(#loc839)
      linalg.yield %2680 : f32 loc(#loc839)
    } -> tensor<4x32xf32> loc(#loc839)
    %1025 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc840)
    %1026 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1024, %172 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%1025 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc450)), %in_226: f32 loc("mul"(#loc297)), %out: f32 loc("mul"(#loc451))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc840)
      linalg.yield %2680 : f32 loc(#loc840)
    } -> tensor<4x32xf32> loc(#loc840)
    %1027 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc841)
    %1028 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1020, %1026 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%1027 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc448)), %in_226: f32 loc("mul"(#loc451)), %out: f32 loc("add_any"(#loc451))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc841)
      linalg.yield %2680 : f32 loc(#loc841)
    } -> tensor<4x32xf32> loc(#loc841)
    %1029 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc842)
    %1030 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1022 : tensor<4x32xf32>) outs(%1029 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc449)), %out: f32 loc("div"(#loc452))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc842)
      linalg.yield %2680 : f32 loc(#loc842)
    } -> tensor<4x32xf32> loc(#loc842)
    %1031 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc843)
    %1032 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1030 : tensor<4x32xf32>) outs(%1031 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc452)), %out: f32 loc("broadcast_in_dim"(#loc452))):
      linalg.yield %in : f32 loc(#loc843)
    } -> tensor<4x32x64xf32> loc(#loc843)
    %1033 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc842)
    %1034 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1028 : tensor<4x32xf32>) outs(%1033 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc451)), %out: f32 loc("div"(#loc452))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc842)
      linalg.yield %2680 : f32 loc(#loc842)
    } -> tensor<4x32xf32> loc(#loc842)
    %1035 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc843)
    %1036 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1034 : tensor<4x32xf32>) outs(%1035 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc452)), %out: f32 loc("broadcast_in_dim"(#loc452))):
      linalg.yield %in : f32 loc(#loc843)
    } -> tensor<4x32x64xf32> loc(#loc843)
    %1037 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc844)
    %1038 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1014, %1036 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1037 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc446)), %in_226: f32 loc("broadcast_in_dim"(#loc452)), %out: f32 loc("add_any"(#loc452))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc844)
      linalg.yield %2680 : f32 loc(#loc844)
    } -> tensor<4x32x64xf32> loc(#loc844)
    %1039 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc840)
    %1040 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1032, %158 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1039 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc452)), %in_226: f32 loc("mul"(#loc297)), %out: f32 loc("mul"(#loc451))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc840)
      linalg.yield %2680 : f32 loc(#loc840)
    } -> tensor<4x32x64xf32> loc(#loc840)
    %1041 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc841)
    %1042 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1038, %1040 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1041 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc452)), %in_226: f32 loc("mul"(#loc451)), %out: f32 loc("add_any"(#loc451))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc841)
      linalg.yield %2680 : f32 loc(#loc841)
    } -> tensor<4x32x64xf32> loc(#loc841)
    %1043 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x32xf32> loc(#loc845)
    %1044 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1042 : tensor<4x32x64xf32>) outs(%1043 : tensor<64x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc451)), %out: f32 loc("dot_general"(#loc453))):
      linalg.yield %in : f32 loc(#loc845)
    } -> tensor<64x4x32xf32> loc(#loc845)
    %collapsed_157 = tensor.collapse_shape %1044 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<64x4x32xf32> into tensor<64x128xf32> loc(#loc845)
    %1045 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc845)
    %1046 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1045 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc845)
    %1047 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_157, %collapsed_43 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%1046 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc845)
    %expanded_158 = tensor.expand_shape %1047 [[0], [1, 2]] output_shape [64, 4, 16] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<64x4x16xf32> loc(#loc845)
    %1048 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc846)
    %1049 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_158 : tensor<64x4x16xf32>) outs(%1048 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc453)), %out: f32 loc("transpose"(#loc453))):
      linalg.yield %in : f32 loc(#loc846)
    } -> tensor<4x16x64xf32> loc(#loc846)
    %collapsed_159 = tensor.collapse_shape %1042 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc845)
    %1050 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc845)
    %1051 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9 : tensor<4x16x64xf32>) outs(%1050 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("dot_general"(#loc453))):
      linalg.yield %in : f32 loc(#loc845)
    } -> tensor<64x4x16xf32> loc(#loc845)
    %collapsed_160 = tensor.collapse_shape %1051 [[0], [1, 2]] {altgrad.phase = "backward"} : tensor<64x4x16xf32> into tensor<64x64xf32> loc(#loc845)
    %1052 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc845)
    %1053 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1052 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc845)
    %1054 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_159, %collapsed_160 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%1053 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc845)
    %expanded_161 = tensor.expand_shape %1054 [[0, 1], [2, 3]] output_shape [4, 32, 4, 16] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x4x16xf32> loc(#loc845)
    %1055 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x16x32xf32> loc(#loc847)
    %1056 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_161 : tensor<4x32x4x16xf32>) outs(%1055 : tensor<4x4x16x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc453)), %out: f32 loc("transpose"(#loc454))):
      linalg.yield %in : f32 loc(#loc847)
    } -> tensor<4x4x16x32xf32> loc(#loc847)
    %1057 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> loc(#loc848)
    %1058 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1056 : tensor<4x4x16x32xf32>) outs(%1057 : tensor<4x4x32x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc454)), %out: f32 loc("dot_general"(#loc454))):
      linalg.yield %in : f32 loc(#loc848)
    } -> tensor<4x4x32x16xf32> loc(#loc848)
    %collapsed_162 = tensor.collapse_shape %1058 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> into tensor<16x32x16xf32> loc(#loc848)
    %1059 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x32x32xf32> loc(#loc848)
    %1060 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1059 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc848)
    %1061 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_162, %collapsed_40 : tensor<16x32x16xf32>, tensor<16x16x32xf32>) outs(%1060 : tensor<16x32x32xf32>) -> tensor<16x32x32xf32> loc(#loc848)
    %expanded_163 = tensor.expand_shape %1061 [[0, 1], [2], [3]] output_shape [4, 4, 32, 32] {altgrad.phase = "backward"} : tensor<16x32x32xf32> into tensor<4x4x32x32xf32> loc(#loc848)
    %collapsed_164 = tensor.collapse_shape %1056 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x16x32xf32> into tensor<16x16x32xf32> loc(#loc848)
    %collapsed_165 = tensor.collapse_shape %136 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc848)
    %1062 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x16x32xf32> loc(#loc848)
    %1063 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1062 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc848)
    %1064 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_164, %collapsed_165 : tensor<16x16x32xf32>, tensor<16x32x32xf32>) outs(%1063 : tensor<16x16x32xf32>) -> tensor<16x16x32xf32> loc(#loc848)
    %expanded_166 = tensor.expand_shape %1064 [[0, 1], [2], [3]] output_shape [4, 4, 16, 32] {altgrad.phase = "backward"} : tensor<16x16x32xf32> into tensor<4x4x16x32xf32> loc(#loc848)
    %1065 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc847)
    %1066 = linalg.generic {indexing_maps = [#map18, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_166 : tensor<4x4x16x32xf32>) outs(%1065 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc454)), %out: f32 loc("transpose"(#loc454))):
      linalg.yield %in : f32 loc(#loc847)
    } -> tensor<4x32x4x16xf32> loc(#loc847)
    %1067 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc849)
    %1068 = linalg.generic {indexing_maps = [#map25, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%140 : tensor<4x4x32x1xf32>) outs(%1067 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc(""(#loc554)), %out: f32 loc("mul"(#loc455))):
      linalg.yield %in : f32 loc(#loc849)
    } -> tensor<4x4x32x32xf32> loc(#loc849)
    %1069 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc849)
    %1070 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_163, %1068 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%1069 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc454)), %in_226: f32 loc("mul"(#loc455)), %out: f32 loc("mul"(#loc455))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc849)
      linalg.yield %2680 : f32 loc(#loc849)
    } -> tensor<4x4x32x32xf32> loc(#loc849)
    %1071 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc849)
    %1072 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1070, %129 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%1071 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc455)), %in_226: f32 loc("exp"(#loc291)), %out: f32 loc("mul"(#loc455))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc849)
      linalg.yield %2680 : f32 loc(#loc849)
    } -> tensor<4x4x32x32xf32> loc(#loc849)
    %1073 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32xf32> loc(#loc850)
    %1074 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1073 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc850)
    %1075 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%1072 : tensor<4x4x32x32xf32>) outs(%1074 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc455)), %out: f32 loc("reduce_sum"(#loc455))):
      %2680 = arith.addf %out, %in : f32 loc(#loc850)
      linalg.yield %2680 : f32 loc(#loc850)
    } -> tensor<4x4x32xf32> loc(#loc850)
    %1076 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32xf32> loc(#loc851)
    %1077 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1075 : tensor<4x4x32xf32>) outs(%1076 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc455)), %out: f32 loc("neg"(#loc455))):
      %2680 = arith.negf %in : f32 loc(#loc851)
      linalg.yield %2680 : f32 loc(#loc851)
    } -> tensor<4x4x32xf32> loc(#loc851)
    %expanded_167 = tensor.expand_shape %1077 [[0], [1], [2, 3]] output_shape [4, 4, 32, 1] {altgrad.phase = "backward"} : tensor<4x4x32xf32> into tensor<4x4x32x1xf32> loc(#loc852)
    %1078 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc853)
    %1079 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_163, %134 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%1078 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc454)), %in_226: f32 loc("div"(#loc291)), %out: f32 loc("div"(#loc455))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc853)
      linalg.yield %2680 : f32 loc(#loc853)
    } -> tensor<4x4x32x32xf32> loc(#loc853)
    %1080 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32xf32> loc(#loc850)
    %1081 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1080 : tensor<4x4x32xf32>) -> tensor<4x4x32xf32> loc(#loc850)
    %1082 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_167 : tensor<4x4x32x1xf32>) outs(%1081 : tensor<4x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc455)), %out: f32 loc("reduce_sum"(#loc455))):
      %2680 = arith.addf %out, %in : f32 loc(#loc850)
      linalg.yield %2680 : f32 loc(#loc850)
    } -> tensor<4x4x32xf32> loc(#loc850)
    %1083 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc854)
    %1084 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1082 : tensor<4x4x32xf32>) outs(%1083 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc455)), %out: f32 loc("broadcast_in_dim"(#loc455))):
      linalg.yield %in : f32 loc(#loc854)
    } -> tensor<4x4x32x32xf32> loc(#loc854)
    %1085 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc855)
    %1086 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1079, %1084 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%1085 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc455)), %in_226: f32 loc("broadcast_in_dim"(#loc455)), %out: f32 loc("add_any"(#loc455))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc855)
      linalg.yield %2680 : f32 loc(#loc855)
    } -> tensor<4x4x32x32xf32> loc(#loc855)
    %1087 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc849)
    %1088 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1086, %129 : tensor<4x4x32x32xf32>, tensor<4x4x32x32xf32>) outs(%1087 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc455)), %in_226: f32 loc("exp"(#loc291)), %out: f32 loc("mul"(#loc455))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc849)
      linalg.yield %2680 : f32 loc(#loc849)
    } -> tensor<4x4x32x32xf32> loc(#loc849)
    %1089 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc856)
    %1090 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %1088 : tensor<4x4x32x32xi1>, tensor<4x4x32x32xf32>) outs(%1089 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: i1 loc(callsite(#loc97 at #loc290)), %in_226: f32 loc("mul"(#loc455)), %out: f32 loc(callsite(#loc103 at #loc456))):
      %2680 = arith.select %in, %in_226, %cst_19 : f32 loc(#loc856)
      linalg.yield %2680 : f32 loc(#loc856)
    } -> tensor<4x4x32x32xf32> loc(#loc856)
    %1091 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> loc(#loc857)
    %1092 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1090 : tensor<4x4x32x32xf32>) outs(%1091 : tensor<4x4x32x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc(callsite(#loc103 at #loc456)), %out: f32 loc("dot_general"(#loc457))):
      linalg.yield %in : f32 loc(#loc857)
    } -> tensor<4x4x32x32xf32> loc(#loc857)
    %collapsed_168 = tensor.collapse_shape %1092 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc857)
    %1093 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x32x16xf32> loc(#loc857)
    %1094 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1093 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc857)
    %1095 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_168, %collapsed_36 : tensor<16x32x32xf32>, tensor<16x32x16xf32>) outs(%1094 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc857)
    %expanded_169 = tensor.expand_shape %1095 [[0, 1], [2], [3]] output_shape [4, 4, 32, 16] {altgrad.phase = "backward"} : tensor<16x32x16xf32> into tensor<4x4x32x16xf32> loc(#loc857)
    %1096 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc858)
    %1097 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_169 : tensor<4x4x32x16xf32>) outs(%1096 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc457)), %out: f32 loc("transpose"(#loc457))):
      linalg.yield %in : f32 loc(#loc858)
    } -> tensor<4x32x4x16xf32> loc(#loc858)
    %1098 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> loc(#loc857)
    %1099 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<4x32x4x16xf32>) outs(%1098 : tensor<4x4x32x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc285)), %out: f32 loc("dot_general"(#loc457))):
      linalg.yield %in : f32 loc(#loc857)
    } -> tensor<4x4x32x16xf32> loc(#loc857)
    %collapsed_170 = tensor.collapse_shape %1090 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x32xf32> into tensor<16x32x32xf32> loc(#loc857)
    %collapsed_171 = tensor.collapse_shape %1099 [[0, 1], [2], [3]] {altgrad.phase = "backward"} : tensor<4x4x32x16xf32> into tensor<16x32x16xf32> loc(#loc857)
    %1100 = tensor.empty() {altgrad.phase = "backward"} : tensor<16x32x16xf32> loc(#loc857)
    %1101 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1100 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc857)
    %1102 = linalg.batch_matmul {altgrad.phase = "backward"} ins(%collapsed_170, %collapsed_171 : tensor<16x32x32xf32>, tensor<16x32x16xf32>) outs(%1101 : tensor<16x32x16xf32>) -> tensor<16x32x16xf32> loc(#loc857)
    %expanded_172 = tensor.expand_shape %1102 [[0, 1], [2], [3]] output_shape [4, 4, 32, 16] {altgrad.phase = "backward"} : tensor<16x32x16xf32> into tensor<4x4x32x16xf32> loc(#loc857)
    %1103 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc858)
    %1104 = linalg.generic {indexing_maps = [#map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_172 : tensor<4x4x32x16xf32>) outs(%1103 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc457)), %out: f32 loc("transpose"(#loc457))):
      linalg.yield %in : f32 loc(#loc858)
    } -> tensor<4x32x4x16xf32> loc(#loc858)
    %1105 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> loc(#loc859)
    %1106 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1104, %105 : tensor<4x32x4x16xf32>, tensor<4x32x4x16xf32>) outs(%1105 : tensor<4x32x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc457)), %in_226: f32 loc("div"(#loc288)), %out: f32 loc("div"(#loc458))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc859)
      linalg.yield %2680 : f32 loc(#loc859)
    } -> tensor<4x32x4x16xf32> loc(#loc859)
    %1107 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> loc(#loc860)
    %1108 = linalg.generic {indexing_maps = [#map26, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1066 : tensor<4x32x4x16xf32>) outs(%1107 : tensor<4x16x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc454)), %out: f32 loc("dot_general"(#loc459))):
      linalg.yield %in : f32 loc(#loc860)
    } -> tensor<4x16x4x32xf32> loc(#loc860)
    %collapsed_173 = tensor.collapse_shape %1108 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> into tensor<64x128xf32> loc(#loc860)
    %1109 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc860)
    %1110 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1109 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc860)
    %1111 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_173, %collapsed_29 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%1110 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc860)
    %expanded_174 = tensor.expand_shape %1111 [[0, 1], [2]] output_shape [4, 16, 64] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<4x16x64xf32> loc(#loc860)
    %1112 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc861)
    %1113 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_174 : tensor<4x16x64xf32>) outs(%1112 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc459)), %out: f32 loc("transpose"(#loc459))):
      linalg.yield %in : f32 loc(#loc861)
    } -> tensor<64x4x16xf32> loc(#loc861)
    %collapsed_175 = tensor.collapse_shape %1066 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc860)
    %1114 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc860)
    %1115 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<64x4x16xf32>) outs(%1114 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("dot_general"(#loc459))):
      linalg.yield %in : f32 loc(#loc860)
    } -> tensor<4x16x64xf32> loc(#loc860)
    %collapsed_176 = tensor.collapse_shape %1115 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc860)
    %1116 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc860)
    %1117 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1116 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc860)
    %1118 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_175, %collapsed_176 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%1117 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc860)
    %expanded_177 = tensor.expand_shape %1118 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc860)
    %1119 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> loc(#loc862)
    %1120 = linalg.generic {indexing_maps = [#map26, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1097 : tensor<4x32x4x16xf32>) outs(%1119 : tensor<4x16x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("transpose"(#loc457)), %out: f32 loc("dot_general"(#loc460))):
      linalg.yield %in : f32 loc(#loc862)
    } -> tensor<4x16x4x32xf32> loc(#loc862)
    %collapsed_178 = tensor.collapse_shape %1120 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> into tensor<64x128xf32> loc(#loc862)
    %1121 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc862)
    %1122 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1121 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc862)
    %1123 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_178, %collapsed_29 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%1122 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc862)
    %expanded_179 = tensor.expand_shape %1123 [[0, 1], [2]] output_shape [4, 16, 64] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<4x16x64xf32> loc(#loc862)
    %1124 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc863)
    %1125 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_179 : tensor<4x16x64xf32>) outs(%1124 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc460)), %out: f32 loc("transpose"(#loc460))):
      linalg.yield %in : f32 loc(#loc863)
    } -> tensor<64x4x16xf32> loc(#loc863)
    %collapsed_180 = tensor.collapse_shape %1097 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc862)
    %1126 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc862)
    %1127 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64x4x16xf32>) outs(%1126 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("dot_general"(#loc460))):
      linalg.yield %in : f32 loc(#loc862)
    } -> tensor<4x16x64xf32> loc(#loc862)
    %collapsed_181 = tensor.collapse_shape %1127 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc862)
    %1128 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc862)
    %1129 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1128 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc862)
    %1130 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_180, %collapsed_181 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%1129 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc862)
    %expanded_182 = tensor.expand_shape %1130 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc862)
    %1131 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc864)
    %1132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_177, %expanded_182 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1131 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc459)), %in_226: f32 loc("dot_general"(#loc460)), %out: f32 loc("add_any"(#loc460))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc864)
      linalg.yield %2680 : f32 loc(#loc864)
    } -> tensor<4x32x64xf32> loc(#loc864)
    %1133 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> loc(#loc865)
    %1134 = linalg.generic {indexing_maps = [#map26, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1106 : tensor<4x32x4x16xf32>) outs(%1133 : tensor<4x16x4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc458)), %out: f32 loc("dot_general"(#loc461))):
      linalg.yield %in : f32 loc(#loc865)
    } -> tensor<4x16x4x32xf32> loc(#loc865)
    %collapsed_183 = tensor.collapse_shape %1134 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x16x4x32xf32> into tensor<64x128xf32> loc(#loc865)
    %1135 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x64xf32> loc(#loc865)
    %1136 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1135 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc865)
    %1137 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_183, %collapsed_29 : tensor<64x128xf32>, tensor<128x64xf32>) outs(%1136 : tensor<64x64xf32>) -> tensor<64x64xf32> loc(#loc865)
    %expanded_184 = tensor.expand_shape %1137 [[0, 1], [2]] output_shape [4, 16, 64] {altgrad.phase = "backward"} : tensor<64x64xf32> into tensor<4x16x64xf32> loc(#loc865)
    %1138 = tensor.empty() {altgrad.phase = "backward"} : tensor<64x4x16xf32> loc(#loc866)
    %1139 = linalg.generic {indexing_maps = [#map21, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_184 : tensor<4x16x64xf32>) outs(%1138 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("dot_general"(#loc461)), %out: f32 loc("transpose"(#loc461))):
      linalg.yield %in : f32 loc(#loc866)
    } -> tensor<64x4x16xf32> loc(#loc866)
    %collapsed_185 = tensor.collapse_shape %1106 [[0, 1], [2, 3]] {altgrad.phase = "backward"} : tensor<4x32x4x16xf32> into tensor<128x64xf32> loc(#loc865)
    %1140 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x16x64xf32> loc(#loc865)
    %1141 = linalg.generic {indexing_maps = [#map24, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10 : tensor<64x4x16xf32>) outs(%1140 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("dot_general"(#loc461))):
      linalg.yield %in : f32 loc(#loc865)
    } -> tensor<4x16x64xf32> loc(#loc865)
    %collapsed_186 = tensor.collapse_shape %1141 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x16x64xf32> into tensor<64x64xf32> loc(#loc865)
    %1142 = tensor.empty() {altgrad.phase = "backward"} : tensor<128x64xf32> loc(#loc865)
    %1143 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1142 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc865)
    %1144 = linalg.matmul {altgrad.phase = "backward"} ins(%collapsed_185, %collapsed_186 : tensor<128x64xf32>, tensor<64x64xf32>) outs(%1143 : tensor<128x64xf32>) -> tensor<128x64xf32> loc(#loc865)
    %expanded_187 = tensor.expand_shape %1144 [[0, 1], [2]] output_shape [4, 32, 64] {altgrad.phase = "backward"} : tensor<128x64xf32> into tensor<4x32x64xf32> loc(#loc865)
    %1145 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc867)
    %1146 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1132, %expanded_187 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1145 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc460)), %in_226: f32 loc("dot_general"(#loc461)), %out: f32 loc("add_any"(#loc461))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc867)
      linalg.yield %2680 : f32 loc(#loc867)
    } -> tensor<4x32x64xf32> loc(#loc867)
    %1147 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc868)
    %1148 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1147 : tensor<64xf32>) -> tensor<64xf32> loc(#loc868)
    %1149 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%1146 : tensor<4x32x64xf32>) outs(%1148 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc462)), %out: f32 loc("reduce_sum"(#loc462))):
      %2680 = arith.addf %out, %in : f32 loc(#loc868)
      linalg.yield %2680 : f32 loc(#loc868)
    } -> tensor<64xf32> loc(#loc868)
    %1150 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc869)
    %1151 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %1146 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1150 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("sub"(#loc276)), %in_226: f32 loc("add_any"(#loc461)), %out: f32 loc("mul"(#loc463))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc869)
      linalg.yield %2680 : f32 loc(#loc869)
    } -> tensor<4x32x64xf32> loc(#loc869)
    %1152 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc869)
    %1153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1146, %86 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1152 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc461)), %in_226: f32 loc("mul"(#loc280)), %out: f32 loc("mul"(#loc463))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc869)
      linalg.yield %2680 : f32 loc(#loc869)
    } -> tensor<4x32x64xf32> loc(#loc869)
    %1154 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc870)
    %1155 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %1151 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1154 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc280)), %in_226: f32 loc("mul"(#loc463)), %out: f32 loc("mul"(#loc464))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc870)
      linalg.yield %2680 : f32 loc(#loc870)
    } -> tensor<4x32x64xf32> loc(#loc870)
    %1156 = tensor.empty() {altgrad.phase = "backward"} : tensor<64xf32> loc(#loc871)
    %1157 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1156 : tensor<64xf32>) -> tensor<64xf32> loc(#loc871)
    %1158 = linalg.generic {indexing_maps = [#map21, #map22], iterator_types = ["parallel", "reduction", "reduction"]} ins(%1155 : tensor<4x32x64xf32>) outs(%1157 : tensor<64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc464)), %out: f32 loc("reduce_sum"(#loc464))):
      %2680 = arith.addf %out, %in : f32 loc(#loc871)
      linalg.yield %2680 : f32 loc(#loc871)
    } -> tensor<64xf32> loc(#loc871)
    %1159 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc870)
    %1160 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1151, %84 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1159 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc463)), %in_226: f32 loc("mul"(#loc280)), %out: f32 loc("mul"(#loc464))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc870)
      linalg.yield %2680 : f32 loc(#loc870)
    } -> tensor<4x32x64xf32> loc(#loc870)
    %1161 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc871)
    %1162 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1161 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc871)
    %1163 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1160 : tensor<4x32x64xf32>) outs(%1162 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc464)), %out: f32 loc("reduce_sum"(#loc464))):
      %2680 = arith.addf %out, %in : f32 loc(#loc871)
      linalg.yield %2680 : f32 loc(#loc871)
    } -> tensor<4x32xf32> loc(#loc871)
    %expanded_188 = tensor.expand_shape %1163 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc872)
    %1164 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x1xf32> loc(#loc873)
    %1165 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_188, %80 : tensor<4x32x1xf32>, tensor<4x32x1xf32>) outs(%1164 : tensor<4x32x1xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reshape"(#loc464)), %in_226: f32 loc("mul"(#loc278)), %out: f32 loc("mul"(#loc465))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc873)
      linalg.yield %2680 : f32 loc(#loc873)
    } -> tensor<4x32x1xf32> loc(#loc873)
    %1166 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc874)
    %1167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1153 : tensor<4x32x64xf32>) outs(%1166 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc463)), %out: f32 loc("neg"(#loc466))):
      %2680 = arith.negf %in : f32 loc(#loc874)
      linalg.yield %2680 : f32 loc(#loc874)
    } -> tensor<4x32x64xf32> loc(#loc874)
    %1168 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc875)
    %1169 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1168 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc875)
    %1170 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1167 : tensor<4x32x64xf32>) outs(%1169 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc466)), %out: f32 loc("reduce_sum"(#loc466))):
      %2680 = arith.addf %out, %in : f32 loc(#loc875)
      linalg.yield %2680 : f32 loc(#loc875)
    } -> tensor<4x32xf32> loc(#loc875)
    %expanded_189 = tensor.expand_shape %1170 [[0], [1, 2]] output_shape [4, 32, 1] {altgrad.phase = "backward"} : tensor<4x32xf32> into tensor<4x32x1xf32> loc(#loc876)
    %1171 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc877)
    %1172 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1042, %1153 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1171 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc451)), %in_226: f32 loc("mul"(#loc463)), %out: f32 loc("add_any"(#loc466))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc877)
      linalg.yield %2680 : f32 loc(#loc877)
    } -> tensor<4x32x64xf32> loc(#loc877)
    %1173 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc878)
    %1174 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1173 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc878)
    %1175 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1165 : tensor<4x32x1xf32>) outs(%1174 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc467)), %out: f32 loc("reduce_sum"(#loc467))):
      %2680 = arith.addf %out, %in : f32 loc(#loc878)
      linalg.yield %2680 : f32 loc(#loc878)
    } -> tensor<4x32xf32> loc(#loc878)
    %1176 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc879)
    %1177 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1176 : tensor<4x32xf32>) -> tensor<4x32xf32> loc(#loc879)
    %1178 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_189 : tensor<4x32x1xf32>) outs(%1177 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc468)), %out: f32 loc("reduce_sum"(#loc468))):
      %2680 = arith.addf %out, %in : f32 loc(#loc879)
      linalg.yield %2680 : f32 loc(#loc879)
    } -> tensor<4x32xf32> loc(#loc879)
    %1179 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc880)
    %1180 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1175, %68 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%1179 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc467)), %in_226: f32 loc("div"(#loc274)), %out: f32 loc("mul"(#loc469))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc880)
      linalg.yield %2680 : f32 loc(#loc880)
    } -> tensor<4x32xf32> loc(#loc880)
    %1181 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc881)
    %1182 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1180 : tensor<4x32xf32>) outs(%1181 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc469)), %out: f32 loc("neg"(#loc470))):
      %2680 = arith.negf %in : f32 loc(#loc881)
      linalg.yield %2680 : f32 loc(#loc881)
    } -> tensor<4x32xf32> loc(#loc881)
    %1183 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc882)
    %1184 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1182, %54 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%1183 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("neg"(#loc470)), %in_226: f32 loc("mul"(#loc271)), %out: f32 loc("mul"(#loc471))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc882)
      linalg.yield %2680 : f32 loc(#loc882)
    } -> tensor<4x32xf32> loc(#loc882)
    %1185 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc883)
    %1186 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1178, %1184 : tensor<4x32xf32>, tensor<4x32xf32>) outs(%1185 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc468)), %in_226: f32 loc("mul"(#loc471)), %out: f32 loc("add_any"(#loc471))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc883)
      linalg.yield %2680 : f32 loc(#loc883)
    } -> tensor<4x32xf32> loc(#loc883)
    %1187 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc884)
    %1188 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1180 : tensor<4x32xf32>) outs(%1187 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("mul"(#loc469)), %out: f32 loc("div"(#loc472))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc884)
      linalg.yield %2680 : f32 loc(#loc884)
    } -> tensor<4x32xf32> loc(#loc884)
    %1189 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc885)
    %1190 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1188 : tensor<4x32xf32>) outs(%1189 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc472)), %out: f32 loc("broadcast_in_dim"(#loc472))):
      linalg.yield %in : f32 loc(#loc885)
    } -> tensor<4x32x64xf32> loc(#loc885)
    %1191 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32xf32> loc(#loc884)
    %1192 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1186 : tensor<4x32xf32>) outs(%1191 : tensor<4x32xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc471)), %out: f32 loc("div"(#loc472))):
      %2680 = arith.divf %in, %cst_18 : f32 loc(#loc884)
      linalg.yield %2680 : f32 loc(#loc884)
    } -> tensor<4x32xf32> loc(#loc884)
    %1193 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc885)
    %1194 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1192 : tensor<4x32xf32>) outs(%1193 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("div"(#loc472)), %out: f32 loc("broadcast_in_dim"(#loc472))):
      linalg.yield %in : f32 loc(#loc885)
    } -> tensor<4x32x64xf32> loc(#loc885)
    %1195 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc886)
    %1196 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1172, %1194 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1195 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc466)), %in_226: f32 loc("broadcast_in_dim"(#loc472)), %out: f32 loc("add_any"(#loc472))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc886)
      linalg.yield %2680 : f32 loc(#loc886)
    } -> tensor<4x32x64xf32> loc(#loc886)
    %1197 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc882)
    %1198 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1190, %40 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1197 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("broadcast_in_dim"(#loc472)), %in_226: f32 loc("mul"(#loc271)), %out: f32 loc("mul"(#loc471))):
      %2680 = arith.mulf %in, %in_226 : f32 loc(#loc882)
      linalg.yield %2680 : f32 loc(#loc882)
    } -> tensor<4x32x64xf32> loc(#loc882)
    %1199 = tensor.empty() {altgrad.phase = "backward"} : tensor<4x32x64xf32> loc(#loc883)
    %1200 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1196, %1198 : tensor<4x32x64xf32>, tensor<4x32x64xf32>) outs(%1199 : tensor<4x32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("add_any"(#loc472)), %in_226: f32 loc("mul"(#loc471)), %out: f32 loc("add_any"(#loc471))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc883)
      linalg.yield %2680 : f32 loc(#loc883)
    } -> tensor<4x32x64xf32> loc(#loc883)
    %1201 = tensor.empty() {altgrad.phase = "backward"} : tensor<32x64xf32> loc(#loc887)
    %1202 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1201 : tensor<32x64xf32>) -> tensor<32x64xf32> loc(#loc887)
    %1203 = linalg.generic {indexing_maps = [#map24, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1200 : tensor<4x32x64xf32>) outs(%1202 : tensor<32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc473)), %out: f32 loc("reduce_sum"(#loc473))):
      %2680 = arith.addf %out, %in : f32 loc(#loc887)
      linalg.yield %2680 : f32 loc(#loc887)
    } -> tensor<32x64xf32> loc(#loc887)
    %expanded_190 = tensor.expand_shape %1203 [[0, 1], [2]] output_shape [1, 32, 64] {altgrad.phase = "backward"} : tensor<32x64xf32> into tensor<1x32x64xf32> loc(#loc888)
    %1204 = tensor.empty() {altgrad.phase = "backward"} : tensor<32x64xf32> loc(#loc887)
    %1205 = linalg.fill {altgrad.phase = "backward"} ins(%cst_19 : f32) outs(%1204 : tensor<32x64xf32>) -> tensor<32x64xf32> loc(#loc887)
    %1206 = linalg.generic {indexing_maps = [#map24, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_190 : tensor<1x32x64xf32>) outs(%1205 : tensor<32x64xf32>) attrs =  {altgrad.phase = "backward"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc473)), %out: f32 loc("reduce_sum"(#loc473))):
      %2680 = arith.addf %out, %in : f32 loc(#loc887)
      linalg.yield %2680 : f32 loc(#loc887)
    } -> tensor<32x64xf32> loc(#loc887)
    %collapsed_191 = tensor.collapse_shape %expanded [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x1xi32> into tensor<128x1xi32> loc(#loc889)
    %collapsed_192 = tensor.collapse_shape %1200 [[0, 1], [2]] {altgrad.phase = "backward"} : tensor<4x32x64xf32> into tensor<128x64xf32> loc(#loc889)
    %c1_193 = arith.constant {altgrad.phase = "backward"} 1 : index loc(#loc889)
    %c128_194 = arith.constant {altgrad.phase = "backward"} 128 : index loc(#loc889)
    %c64 = arith.constant {altgrad.phase = "backward"} 64 : index loc(#loc889)
    %c256_195 = arith.constant {altgrad.phase = "backward"} 256 : index loc(#loc889)
    %c0_196 = arith.constant {altgrad.phase = "backward"} 0 : index loc(#loc889)
    %1207 = scf.for %arg93 = %c0_196 to %c128_194 step %c1_193 iter_args(%arg94 = %cst_25) -> (tensor<256x64xf32>) {
      %2680 = scf.for %arg95 = %c0_196 to %c64 step %c1_193 iter_args(%arg96 = %arg94) -> (tensor<256x64xf32>) {
        %extracted_226 = tensor.extract %collapsed_191[%arg93, %c0_196] : tensor<128x1xi32> loc(#loc889)
        %2681 = arith.index_cast %extracted_226 : i32 to index loc(#loc889)
        %2682 = arith.addi %c0_196, %2681 : index loc(#loc889)
        %2683 = arith.cmpi ult, %2682, %c256_195 : index loc(#loc889)
        %2684 = arith.cmpi ult, %arg95, %c64 : index loc(#loc889)
        %2685 = arith.andi %2683, %2684 : i1 loc(#loc889)
        %2686 = scf.if %2685 -> (tensor<256x64xf32>) {
          %extracted_227 = tensor.extract %collapsed_192[%arg93, %arg95] : tensor<128x64xf32> loc(#loc889)
          %extracted_228 = tensor.extract %arg96[%2682, %arg95] : tensor<256x64xf32> loc(#loc889)
          %2687 = arith.addf %extracted_228, %extracted_227 : f32 loc(#loc890)
          %inserted = tensor.insert %2687 into %arg96[%2682, %arg95] : tensor<256x64xf32> loc(#loc889)
          scf.yield %inserted : tensor<256x64xf32> loc(#loc889)
        } else {
          scf.yield %arg96 : tensor<256x64xf32> loc(#loc889)
        } loc(#loc889)
        scf.yield %2686 : tensor<256x64xf32> loc(#loc889)
      } loc(#loc889)
      scf.yield %2680 : tensor<256x64xf32> loc(#loc889)
    } {altgrad.phase = "backward"} loc(#loc889)
    %1208 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1209 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%939 : tensor<64xf32>) outs(%1208 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc437)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1210 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1211 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1209 : tensor<64xf32>) outs(%1210 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1212 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc891)
    %1213 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%946 : tensor<256x64xf32>) outs(%1212 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc438)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<256x64xf32> loc(#loc891)
    %1214 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc892)
    %1215 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1213 : tensor<256x64xf32>) outs(%1214 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<256x64xf32> loc(#loc892)
    %1216 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc891)
    %1217 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%976 : tensor<256xf32>) outs(%1216 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc440)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<256xf32> loc(#loc891)
    %1218 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc892)
    %1219 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1217 : tensor<256xf32>) outs(%1218 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<256xf32> loc(#loc892)
    %1220 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc891)
    %1221 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%983 : tensor<64x256xf32>) outs(%1220 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc441)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x256xf32> loc(#loc891)
    %1222 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc892)
    %1223 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1221 : tensor<64x256xf32>) outs(%1222 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x256xf32> loc(#loc892)
    %1224 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1225 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1149 : tensor<64xf32>) outs(%1224 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc462)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1226 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1227 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1225 : tensor<64xf32>) outs(%1226 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1228 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1229 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1158 : tensor<64xf32>) outs(%1228 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc464)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1230 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1231 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1229 : tensor<64xf32>) outs(%1230 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1232 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1233 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%991 : tensor<64xf32>) outs(%1232 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc442)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1234 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1235 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1233 : tensor<64xf32>) outs(%1234 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1236 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1237 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1000 : tensor<64xf32>) outs(%1236 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc444)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1238 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1239 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1237 : tensor<64xf32>) outs(%1238 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1240 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc891)
    %1241 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1125 : tensor<64x4x16xf32>) outs(%1240 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc460)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x4x16xf32> loc(#loc891)
    %1242 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc892)
    %1243 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1241 : tensor<64x4x16xf32>) outs(%1242 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x4x16xf32> loc(#loc892)
    %1244 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc891)
    %1245 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1049 : tensor<4x16x64xf32>) outs(%1244 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc453)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<4x16x64xf32> loc(#loc891)
    %1246 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc892)
    %1247 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1245 : tensor<4x16x64xf32>) outs(%1246 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<4x16x64xf32> loc(#loc892)
    %1248 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc891)
    %1249 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1139 : tensor<64x4x16xf32>) outs(%1248 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc461)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x4x16xf32> loc(#loc891)
    %1250 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc892)
    %1251 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1249 : tensor<64x4x16xf32>) outs(%1250 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x4x16xf32> loc(#loc892)
    %1252 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc891)
    %1253 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1113 : tensor<64x4x16xf32>) outs(%1252 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc459)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x4x16xf32> loc(#loc891)
    %1254 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc892)
    %1255 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1253 : tensor<64x4x16xf32>) outs(%1254 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x4x16xf32> loc(#loc892)
    %1256 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1257 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%675 : tensor<64xf32>) outs(%1256 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc401)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1258 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1259 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1257 : tensor<64xf32>) outs(%1258 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1260 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc891)
    %1261 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%682 : tensor<256x64xf32>) outs(%1260 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc402)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<256x64xf32> loc(#loc891)
    %1262 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc892)
    %1263 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1261 : tensor<256x64xf32>) outs(%1262 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<256x64xf32> loc(#loc892)
    %1264 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc891)
    %1265 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%712 : tensor<256xf32>) outs(%1264 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc404)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<256xf32> loc(#loc891)
    %1266 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc892)
    %1267 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1265 : tensor<256xf32>) outs(%1266 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<256xf32> loc(#loc892)
    %1268 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc891)
    %1269 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%719 : tensor<64x256xf32>) outs(%1268 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc405)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x256xf32> loc(#loc891)
    %1270 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc892)
    %1271 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1269 : tensor<64x256xf32>) outs(%1270 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x256xf32> loc(#loc892)
    %1272 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1273 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%885 : tensor<64xf32>) outs(%1272 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc426)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1274 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1275 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1273 : tensor<64xf32>) outs(%1274 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1276 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1277 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%894 : tensor<64xf32>) outs(%1276 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc428)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1278 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1279 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1277 : tensor<64xf32>) outs(%1278 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1280 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1281 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%727 : tensor<64xf32>) outs(%1280 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc406)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1282 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1283 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1281 : tensor<64xf32>) outs(%1282 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1284 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1285 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%736 : tensor<64xf32>) outs(%1284 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc408)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1286 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1287 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1285 : tensor<64xf32>) outs(%1286 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1288 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc891)
    %1289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%861 : tensor<64x4x16xf32>) outs(%1288 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc424)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x4x16xf32> loc(#loc891)
    %1290 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc892)
    %1291 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1289 : tensor<64x4x16xf32>) outs(%1290 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x4x16xf32> loc(#loc892)
    %1292 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc891)
    %1293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%785 : tensor<4x16x64xf32>) outs(%1292 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc417)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<4x16x64xf32> loc(#loc891)
    %1294 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc892)
    %1295 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1293 : tensor<4x16x64xf32>) outs(%1294 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<4x16x64xf32> loc(#loc892)
    %1296 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc891)
    %1297 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%875 : tensor<64x4x16xf32>) outs(%1296 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc425)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x4x16xf32> loc(#loc891)
    %1298 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc892)
    %1299 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1297 : tensor<64x4x16xf32>) outs(%1298 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x4x16xf32> loc(#loc892)
    %1300 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc891)
    %1301 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%849 : tensor<64x4x16xf32>) outs(%1300 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc423)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x4x16xf32> loc(#loc891)
    %1302 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc892)
    %1303 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1301 : tensor<64x4x16xf32>) outs(%1302 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x4x16xf32> loc(#loc892)
    %1304 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc891)
    %1305 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%608 : tensor<256xf32>) outs(%1304 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc388)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<256xf32> loc(#loc891)
    %1306 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc892)
    %1307 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1305 : tensor<256xf32>) outs(%1306 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<256xf32> loc(#loc892)
    %1308 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc891)
    %1309 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%615 : tensor<64x256xf32>) outs(%1308 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc389)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64x256xf32> loc(#loc891)
    %1310 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc892)
    %1311 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1309 : tensor<64x256xf32>) outs(%1310 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64x256xf32> loc(#loc892)
    %1312 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc891)
    %1313 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1207 : tensor<256x64xf32>) outs(%1312 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc(callsite(#loc95 at #loc474)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<256x64xf32> loc(#loc891)
    %1314 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc892)
    %1315 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1313 : tensor<256x64xf32>) outs(%1314 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<256x64xf32> loc(#loc892)
    %1316 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1317 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%623 : tensor<64xf32>) outs(%1316 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc390)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1318 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1319 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1317 : tensor<64xf32>) outs(%1318 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1320 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc891)
    %1321 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%632 : tensor<64xf32>) outs(%1320 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc392)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<64xf32> loc(#loc891)
    %1322 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc892)
    %1323 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1321 : tensor<64xf32>) outs(%1322 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<64xf32> loc(#loc892)
    %1324 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc891)
    %1325 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1206 : tensor<32x64xf32>) outs(%1324 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc473)), %out: f32 loc("square"(#loc475))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc891)
      linalg.yield %2680 : f32 loc(#loc891)
    } -> tensor<32x64xf32> loc(#loc891)
    %1326 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc892)
    %1327 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1325 : tensor<32x64xf32>) outs(%1326 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("square"(#loc475)), %out: f32 loc("add"(#loc475))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc892)
      linalg.yield %2680 : f32 loc(#loc892)
    } -> tensor<32x64xf32> loc(#loc892)
    %1328 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1329 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1328 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1330 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1211 : tensor<64xf32>) outs(%1329 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1331 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1332 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1331 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1333 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%1215 : tensor<256x64xf32>) outs(%1332 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1334 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1335 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1334 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1336 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1219 : tensor<256xf32>) outs(%1335 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1337 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1338 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1337 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1339 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%1223 : tensor<64x256xf32>) outs(%1338 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1340 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1341 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1340 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1342 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1227 : tensor<64xf32>) outs(%1341 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1343 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1344 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1343 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1345 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1231 : tensor<64xf32>) outs(%1344 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1346 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1347 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1346 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1348 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1235 : tensor<64xf32>) outs(%1347 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1349 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1350 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1349 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1351 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1239 : tensor<64xf32>) outs(%1350 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1352 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1353 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1352 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1354 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1243 : tensor<64x4x16xf32>) outs(%1353 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1355 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1356 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1355 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1357 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1247 : tensor<4x16x64xf32>) outs(%1356 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1358 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1359 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1358 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1360 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1251 : tensor<64x4x16xf32>) outs(%1359 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1361 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1362 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1361 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1363 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1255 : tensor<64x4x16xf32>) outs(%1362 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1364 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1365 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1364 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1366 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1259 : tensor<64xf32>) outs(%1365 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1367 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1368 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1367 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1369 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%1263 : tensor<256x64xf32>) outs(%1368 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1370 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1371 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1370 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1372 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1267 : tensor<256xf32>) outs(%1371 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1373 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1374 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1373 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1375 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%1271 : tensor<64x256xf32>) outs(%1374 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1376 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1377 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1376 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1378 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1275 : tensor<64xf32>) outs(%1377 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1379 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1380 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1379 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1381 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1279 : tensor<64xf32>) outs(%1380 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1382 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1383 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1382 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1384 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1283 : tensor<64xf32>) outs(%1383 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1385 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1386 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1385 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1387 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1287 : tensor<64xf32>) outs(%1386 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1388 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1389 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1388 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1390 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1291 : tensor<64x4x16xf32>) outs(%1389 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1391 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1392 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1391 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1393 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1295 : tensor<4x16x64xf32>) outs(%1392 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1394 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1395 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1394 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1396 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1299 : tensor<64x4x16xf32>) outs(%1395 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1397 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1398 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1397 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1399 = linalg.generic {indexing_maps = [#map1, #map27], iterator_types = ["reduction", "reduction", "reduction"]} ins(%1303 : tensor<64x4x16xf32>) outs(%1398 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1400 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1401 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1400 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1402 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1307 : tensor<256xf32>) outs(%1401 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1403 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1404 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1403 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1405 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%1311 : tensor<64x256xf32>) outs(%1404 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1406 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1407 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1406 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1408 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%1315 : tensor<256x64xf32>) outs(%1407 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1409 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1410 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1409 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1411 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1319 : tensor<64xf32>) outs(%1410 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1412 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1413 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1412 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1414 = linalg.generic {indexing_maps = [#map6, #map19], iterator_types = ["reduction"]} ins(%1323 : tensor<64xf32>) outs(%1413 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1415 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc893)
    %1416 = linalg.fill {altgrad.phase = "other"} ins(%cst_19 : f32) outs(%1415 : tensor<f32>) -> tensor<f32> loc(#loc893)
    %1417 = linalg.generic {indexing_maps = [#map, #map20], iterator_types = ["reduction", "reduction"]} ins(%1327 : tensor<32x64xf32>) outs(%1416 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("reduce_sum"(#loc476))):
      %2680 = arith.addf %out, %in : f32 loc(#loc893)
      linalg.yield %2680 : f32 loc(#loc893)
    } -> tensor<f32> loc(#loc893)
    %1418 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1419 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%1330 : tensor<f32>) outs(%1418 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1420 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1421 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1419, %1333 : tensor<f32>, tensor<f32>) outs(%1420 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1422 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1423 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1421, %1336 : tensor<f32>, tensor<f32>) outs(%1422 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1424 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1425 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1423, %1339 : tensor<f32>, tensor<f32>) outs(%1424 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1426 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1427 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1425, %1342 : tensor<f32>, tensor<f32>) outs(%1426 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1428 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1429 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1427, %1345 : tensor<f32>, tensor<f32>) outs(%1428 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1430 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1431 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1429, %1348 : tensor<f32>, tensor<f32>) outs(%1430 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1432 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1433 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1431, %1351 : tensor<f32>, tensor<f32>) outs(%1432 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1434 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1435 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1433, %1354 : tensor<f32>, tensor<f32>) outs(%1434 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1436 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1437 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1435, %1357 : tensor<f32>, tensor<f32>) outs(%1436 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1438 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1439 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1437, %1360 : tensor<f32>, tensor<f32>) outs(%1438 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1440 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1441 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1439, %1363 : tensor<f32>, tensor<f32>) outs(%1440 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1442 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1443 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1441, %1366 : tensor<f32>, tensor<f32>) outs(%1442 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1444 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1445 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1443, %1369 : tensor<f32>, tensor<f32>) outs(%1444 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1446 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1447 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1445, %1372 : tensor<f32>, tensor<f32>) outs(%1446 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1448 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1449 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1447, %1375 : tensor<f32>, tensor<f32>) outs(%1448 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1450 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1451 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1449, %1378 : tensor<f32>, tensor<f32>) outs(%1450 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1452 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1453 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1451, %1381 : tensor<f32>, tensor<f32>) outs(%1452 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1454 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1455 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1453, %1384 : tensor<f32>, tensor<f32>) outs(%1454 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1456 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1457 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1455, %1387 : tensor<f32>, tensor<f32>) outs(%1456 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1458 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1459 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1457, %1390 : tensor<f32>, tensor<f32>) outs(%1458 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1460 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1461 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1459, %1393 : tensor<f32>, tensor<f32>) outs(%1460 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1462 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1463 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1461, %1396 : tensor<f32>, tensor<f32>) outs(%1462 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1464 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1465 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1463, %1399 : tensor<f32>, tensor<f32>) outs(%1464 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1466 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1467 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1465, %1402 : tensor<f32>, tensor<f32>) outs(%1466 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1468 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1469 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1467, %1405 : tensor<f32>, tensor<f32>) outs(%1468 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1470 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1471 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1469, %1408 : tensor<f32>, tensor<f32>) outs(%1470 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1472 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1473 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1471, %1411 : tensor<f32>, tensor<f32>) outs(%1472 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1474 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1475 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1473, %1414 : tensor<f32>, tensor<f32>) outs(%1474 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1476 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc894)
    %1477 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%1475, %1417 : tensor<f32>, tensor<f32>) outs(%1476 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %in_226: f32 loc("reduce_sum"(#loc476)), %out: f32 loc("add"(#loc477))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc894)
      linalg.yield %2680 : f32 loc(#loc894)
    } -> tensor<f32> loc(#loc894)
    %1478 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc895)
    %1479 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%1477 : tensor<f32>) outs(%1478 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc477)), %out: f32 loc("sqrt"(#loc478))):
      %2680 = math.sqrt %in : f32 loc(#loc895)
      linalg.yield %2680 : f32 loc(#loc895)
    } -> tensor<f32> loc(#loc895)
    %1480 = tensor.empty() {altgrad.phase = "other"} : tensor<i1> loc(#loc896)
    %1481 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%1479 : tensor<f32>) outs(%1480 : tensor<i1>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: i1 loc("lt"(#loc479))):
      %2680 = arith.cmpf olt, %in, %cst_17 : f32 loc(#loc896)
      linalg.yield %2680 : i1 loc(#loc896)
    } -> tensor<i1> loc(#loc896)
    %1482 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1483 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel"]} ins(%1479 : tensor<f32>) outs(%1482 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: f32 loc("div"(#loc480))):
      linalg.yield %in : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1484 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1485 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%939, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1484 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc437)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1486 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1487 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%939, %1485 : tensor<64xf32>, tensor<64xf32>) outs(%1486 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc437)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1488 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc897)
    %1489 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%1479 : tensor<f32>) outs(%1488 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: f32 loc("div"(#loc480))):
      linalg.yield %in : f32 loc(#loc897)
    } -> tensor<256x64xf32> loc(#loc897)
    %1490 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc897)
    %1491 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%946, %1489 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1490 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc438)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<256x64xf32> loc(#loc897)
    %1492 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc898)
    %extracted_197 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1493 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%946, %1491 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1492 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc438)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_197, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<256x64xf32> loc(#loc898)
    %1494 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc897)
    %1495 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel"]} ins(%1479 : tensor<f32>) outs(%1494 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: f32 loc("div"(#loc480))):
      linalg.yield %in : f32 loc(#loc897)
    } -> tensor<256xf32> loc(#loc897)
    %1496 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc897)
    %1497 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%976, %1495 : tensor<256xf32>, tensor<256xf32>) outs(%1496 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc440)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<256xf32> loc(#loc897)
    %1498 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc898)
    %extracted_198 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1499 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%976, %1497 : tensor<256xf32>, tensor<256xf32>) outs(%1498 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc440)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_198, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<256xf32> loc(#loc898)
    %1500 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc897)
    %1501 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%1479 : tensor<f32>) outs(%1500 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: f32 loc("div"(#loc480))):
      linalg.yield %in : f32 loc(#loc897)
    } -> tensor<64x256xf32> loc(#loc897)
    %1502 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc897)
    %1503 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%983, %1501 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1502 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc441)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x256xf32> loc(#loc897)
    %1504 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc898)
    %extracted_199 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1505 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%983, %1503 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1504 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc441)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_199, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x256xf32> loc(#loc898)
    %1506 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1507 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1149, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1506 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc462)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1508 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_200 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1509 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1149, %1507 : tensor<64xf32>, tensor<64xf32>) outs(%1508 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc462)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_200, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1510 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1511 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1158, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1510 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc464)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1512 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_201 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1513 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1158, %1511 : tensor<64xf32>, tensor<64xf32>) outs(%1512 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc464)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_201, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1514 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1515 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%991, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1514 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc442)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1516 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_202 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1517 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%991, %1515 : tensor<64xf32>, tensor<64xf32>) outs(%1516 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc442)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_202, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1518 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1519 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1000, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1518 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc444)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1520 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_203 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1521 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1000, %1519 : tensor<64xf32>, tensor<64xf32>) outs(%1520 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc444)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_203, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1522 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc897)
    %1523 = linalg.generic {indexing_maps = [#map27, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1479 : tensor<f32>) outs(%1522 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: f32 loc("div"(#loc480))):
      linalg.yield %in : f32 loc(#loc897)
    } -> tensor<64x4x16xf32> loc(#loc897)
    %1524 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc897)
    %1525 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1125, %1523 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1524 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc460)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x4x16xf32> loc(#loc897)
    %1526 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc898)
    %extracted_204 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1527 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1125, %1525 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1526 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc460)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_204, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x4x16xf32> loc(#loc898)
    %1528 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc897)
    %1529 = linalg.generic {indexing_maps = [#map27, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1479 : tensor<f32>) outs(%1528 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: f32 loc("div"(#loc480))):
      linalg.yield %in : f32 loc(#loc897)
    } -> tensor<4x16x64xf32> loc(#loc897)
    %1530 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc897)
    %1531 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1049, %1529 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1530 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc453)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<4x16x64xf32> loc(#loc897)
    %1532 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc898)
    %extracted_205 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1533 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1049, %1531 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1532 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc453)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_205, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<4x16x64xf32> loc(#loc898)
    %1534 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc897)
    %1535 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1139, %1523 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1534 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc461)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x4x16xf32> loc(#loc897)
    %1536 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc898)
    %extracted_206 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1537 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1139, %1535 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1536 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc461)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_206, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x4x16xf32> loc(#loc898)
    %1538 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc897)
    %1539 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1113, %1523 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1538 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc459)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x4x16xf32> loc(#loc897)
    %1540 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc898)
    %extracted_207 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1541 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1113, %1539 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1540 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc459)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_207, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x4x16xf32> loc(#loc898)
    %1542 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1543 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%675, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1542 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc401)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1544 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_208 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1545 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%675, %1543 : tensor<64xf32>, tensor<64xf32>) outs(%1544 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc401)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_208, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1546 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc897)
    %1547 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%682, %1489 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1546 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc402)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<256x64xf32> loc(#loc897)
    %1548 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc898)
    %extracted_209 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1549 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%682, %1547 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1548 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc402)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_209, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<256x64xf32> loc(#loc898)
    %1550 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc897)
    %1551 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%712, %1495 : tensor<256xf32>, tensor<256xf32>) outs(%1550 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc404)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<256xf32> loc(#loc897)
    %1552 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc898)
    %extracted_210 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1553 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%712, %1551 : tensor<256xf32>, tensor<256xf32>) outs(%1552 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc404)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_210, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<256xf32> loc(#loc898)
    %1554 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc897)
    %1555 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%719, %1501 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1554 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc405)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x256xf32> loc(#loc897)
    %1556 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc898)
    %extracted_211 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1557 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%719, %1555 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1556 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc405)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_211, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x256xf32> loc(#loc898)
    %1558 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1559 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%885, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1558 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc426)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1560 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_212 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1561 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%885, %1559 : tensor<64xf32>, tensor<64xf32>) outs(%1560 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc426)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_212, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1562 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1563 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%894, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1562 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc428)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1564 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_213 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1565 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%894, %1563 : tensor<64xf32>, tensor<64xf32>) outs(%1564 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc428)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_213, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1566 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1567 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%727, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1566 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc406)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1568 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_214 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1569 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%727, %1567 : tensor<64xf32>, tensor<64xf32>) outs(%1568 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc406)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_214, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1570 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1571 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%736, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1570 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc408)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1572 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_215 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1573 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%736, %1571 : tensor<64xf32>, tensor<64xf32>) outs(%1572 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc408)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_215, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1574 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc897)
    %1575 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%861, %1523 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1574 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc424)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x4x16xf32> loc(#loc897)
    %1576 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc898)
    %extracted_216 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1577 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%861, %1575 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1576 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc424)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_216, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x4x16xf32> loc(#loc898)
    %1578 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc897)
    %1579 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%785, %1529 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1578 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc417)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<4x16x64xf32> loc(#loc897)
    %1580 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc898)
    %extracted_217 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1581 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%785, %1579 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1580 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc417)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_217, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<4x16x64xf32> loc(#loc898)
    %1582 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc897)
    %1583 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%875, %1523 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1582 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc425)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x4x16xf32> loc(#loc897)
    %1584 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc898)
    %extracted_218 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1585 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%875, %1583 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1584 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc425)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_218, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x4x16xf32> loc(#loc898)
    %1586 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc897)
    %1587 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%849, %1523 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1586 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc423)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x4x16xf32> loc(#loc897)
    %1588 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc898)
    %extracted_219 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1589 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%849, %1587 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1588 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc423)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_219, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x4x16xf32> loc(#loc898)
    %1590 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc897)
    %1591 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%608, %1495 : tensor<256xf32>, tensor<256xf32>) outs(%1590 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc388)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<256xf32> loc(#loc897)
    %1592 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc898)
    %extracted_220 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1593 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%608, %1591 : tensor<256xf32>, tensor<256xf32>) outs(%1592 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc388)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_220, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<256xf32> loc(#loc898)
    %1594 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc897)
    %1595 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%615, %1501 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1594 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc389)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64x256xf32> loc(#loc897)
    %1596 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc898)
    %extracted_221 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1597 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%615, %1595 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1596 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("transpose"(#loc389)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_221, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64x256xf32> loc(#loc898)
    %1598 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc897)
    %1599 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1207, %1489 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1598 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc(callsite(#loc95 at #loc474)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<256x64xf32> loc(#loc897)
    %1600 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc898)
    %extracted_222 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1601 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1207, %1599 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1600 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc(callsite(#loc95 at #loc474)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_222, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<256x64xf32> loc(#loc898)
    %1602 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1603 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%623, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1602 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc390)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1604 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_223 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1605 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%623, %1603 : tensor<64xf32>, tensor<64xf32>) outs(%1604 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc390)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_223, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1606 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc897)
    %1607 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%632, %1483 : tensor<64xf32>, tensor<64xf32>) outs(%1606 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc392)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<64xf32> loc(#loc897)
    %1608 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc898)
    %extracted_224 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1609 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%632, %1607 : tensor<64xf32>, tensor<64xf32>) outs(%1608 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc392)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_224, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<64xf32> loc(#loc898)
    %1610 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc897)
    %1611 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%1479 : tensor<f32>) outs(%1610 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc478)), %out: f32 loc("div"(#loc480))):
      linalg.yield %in : f32 loc(#loc897)
    } -> tensor<32x64xf32> loc(#loc897)
    %1612 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc897)
    %1613 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1206, %1611 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%1612 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc473)), %in_226: f32 loc("div"(#loc480)), %out: f32 loc("div"(#loc480))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc897)
      linalg.yield %2680 : f32 loc(#loc897)
    } -> tensor<32x64xf32> loc(#loc897)
    %1614 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc898)
    %extracted_225 = tensor.extract %1481[] {altgrad.phase = "other"} : tensor<i1> loc(#loc898)
    %1615 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1206, %1613 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%1614 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("reduce_sum"(#loc473)), %in_226: f32 loc("mul"(#loc482)), %out: f32 loc("select_n"(#loc481))):
      %2680 = arith.select %extracted_225, %in, %in_226 : f32 loc(#loc898)
      linalg.yield %2680 : f32 loc(#loc898)
    } -> tensor<32x64xf32> loc(#loc898)
    %1616 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1617 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1487 : tensor<64xf32>) outs(%1616 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1618 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1619 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg31 : tensor<64xf32>) outs(%1618 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['Dense_0']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1620 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1621 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1617, %1619 : tensor<64xf32>, tensor<64xf32>) outs(%1620 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1622 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc900)
    %1623 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1493 : tensor<256x64xf32>) outs(%1622 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<256x64xf32> loc(#loc900)
    %1624 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc901)
    %1625 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg32 : tensor<256x64xf32>) outs(%1624 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<256x64xf32> loc(#loc901)
    %1626 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc902)
    %1627 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1623, %1625 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1626 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<256x64xf32> loc(#loc902)
    %1628 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc900)
    %1629 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1499 : tensor<256xf32>) outs(%1628 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<256xf32> loc(#loc900)
    %1630 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc901)
    %1631 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg33 : tensor<256xf32>) outs(%1630 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['Dense_1']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<256xf32> loc(#loc901)
    %1632 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc902)
    %1633 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1629, %1631 : tensor<256xf32>, tensor<256xf32>) outs(%1632 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<256xf32> loc(#loc902)
    %1634 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc900)
    %1635 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1505 : tensor<64x256xf32>) outs(%1634 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x256xf32> loc(#loc900)
    %1636 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc901)
    %1637 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg34 : tensor<64x256xf32>) outs(%1636 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['Dense_1']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x256xf32> loc(#loc901)
    %1638 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc902)
    %1639 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1635, %1637 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1638 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x256xf32> loc(#loc902)
    %1640 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1641 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1509 : tensor<64xf32>) outs(%1640 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1642 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1643 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg35 : tensor<64xf32>) outs(%1642 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1644 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1645 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1641, %1643 : tensor<64xf32>, tensor<64xf32>) outs(%1644 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1646 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1647 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1513 : tensor<64xf32>) outs(%1646 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1648 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1649 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg36 : tensor<64xf32>) outs(%1648 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1650 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1651 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1647, %1649 : tensor<64xf32>, tensor<64xf32>) outs(%1650 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1652 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1653 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1517 : tensor<64xf32>) outs(%1652 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1654 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1655 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg37 : tensor<64xf32>) outs(%1654 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['LayerNorm_1']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1656 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1657 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1653, %1655 : tensor<64xf32>, tensor<64xf32>) outs(%1656 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1658 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1659 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1521 : tensor<64xf32>) outs(%1658 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1660 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1661 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg38 : tensor<64xf32>) outs(%1660 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['LayerNorm_1']['scale']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1662 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1663 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1659, %1661 : tensor<64xf32>, tensor<64xf32>) outs(%1662 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1664 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc900)
    %1665 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1527 : tensor<64x4x16xf32>) outs(%1664 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x4x16xf32> loc(#loc900)
    %1666 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc901)
    %1667 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg39 : tensor<64x4x16xf32>) outs(%1666 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x4x16xf32> loc(#loc901)
    %1668 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc902)
    %1669 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1665, %1667 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1668 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x4x16xf32> loc(#loc902)
    %1670 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc900)
    %1671 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1533 : tensor<4x16x64xf32>) outs(%1670 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<4x16x64xf32> loc(#loc900)
    %1672 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc901)
    %1673 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg40 : tensor<4x16x64xf32>) outs(%1672 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<4x16x64xf32> loc(#loc901)
    %1674 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc902)
    %1675 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1671, %1673 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1674 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<4x16x64xf32> loc(#loc902)
    %1676 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc900)
    %1677 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1537 : tensor<64x4x16xf32>) outs(%1676 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x4x16xf32> loc(#loc900)
    %1678 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc901)
    %1679 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg41 : tensor<64x4x16xf32>) outs(%1678 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x4x16xf32> loc(#loc901)
    %1680 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc902)
    %1681 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1677, %1679 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1680 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x4x16xf32> loc(#loc902)
    %1682 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc900)
    %1683 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1541 : tensor<64x4x16xf32>) outs(%1682 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x4x16xf32> loc(#loc900)
    %1684 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc901)
    %1685 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg42 : tensor<64x4x16xf32>) outs(%1684 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x4x16xf32> loc(#loc901)
    %1686 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc902)
    %1687 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1683, %1685 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1686 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x4x16xf32> loc(#loc902)
    %1688 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1689 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1545 : tensor<64xf32>) outs(%1688 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1690 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1691 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg43 : tensor<64xf32>) outs(%1690 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['Dense_0']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1692 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1693 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1689, %1691 : tensor<64xf32>, tensor<64xf32>) outs(%1692 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1694 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc900)
    %1695 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1549 : tensor<256x64xf32>) outs(%1694 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<256x64xf32> loc(#loc900)
    %1696 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc901)
    %1697 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg44 : tensor<256x64xf32>) outs(%1696 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<256x64xf32> loc(#loc901)
    %1698 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc902)
    %1699 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1695, %1697 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1698 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<256x64xf32> loc(#loc902)
    %1700 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc900)
    %1701 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1553 : tensor<256xf32>) outs(%1700 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<256xf32> loc(#loc900)
    %1702 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc901)
    %1703 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg45 : tensor<256xf32>) outs(%1702 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['Dense_1']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<256xf32> loc(#loc901)
    %1704 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc902)
    %1705 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1701, %1703 : tensor<256xf32>, tensor<256xf32>) outs(%1704 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<256xf32> loc(#loc902)
    %1706 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc900)
    %1707 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1557 : tensor<64x256xf32>) outs(%1706 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x256xf32> loc(#loc900)
    %1708 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc901)
    %1709 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg46 : tensor<64x256xf32>) outs(%1708 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['Dense_1']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x256xf32> loc(#loc901)
    %1710 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc902)
    %1711 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1707, %1709 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1710 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x256xf32> loc(#loc902)
    %1712 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1713 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1561 : tensor<64xf32>) outs(%1712 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1714 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1715 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg47 : tensor<64xf32>) outs(%1714 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1716 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1717 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1713, %1715 : tensor<64xf32>, tensor<64xf32>) outs(%1716 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1718 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1719 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1565 : tensor<64xf32>) outs(%1718 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1720 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1721 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg48 : tensor<64xf32>) outs(%1720 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1722 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1723 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1719, %1721 : tensor<64xf32>, tensor<64xf32>) outs(%1722 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1724 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1725 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1569 : tensor<64xf32>) outs(%1724 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1726 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1727 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg49 : tensor<64xf32>) outs(%1726 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['LayerNorm_1']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1728 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1729 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1725, %1727 : tensor<64xf32>, tensor<64xf32>) outs(%1728 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1730 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1731 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1573 : tensor<64xf32>) outs(%1730 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1732 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1733 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg50 : tensor<64xf32>) outs(%1732 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['LayerNorm_1']['scale']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1734 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1735 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1731, %1733 : tensor<64xf32>, tensor<64xf32>) outs(%1734 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1736 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc900)
    %1737 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1577 : tensor<64x4x16xf32>) outs(%1736 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x4x16xf32> loc(#loc900)
    %1738 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc901)
    %1739 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<64x4x16xf32>) outs(%1738 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x4x16xf32> loc(#loc901)
    %1740 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc902)
    %1741 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1737, %1739 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1740 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x4x16xf32> loc(#loc902)
    %1742 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc900)
    %1743 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1581 : tensor<4x16x64xf32>) outs(%1742 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<4x16x64xf32> loc(#loc900)
    %1744 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc901)
    %1745 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg52 : tensor<4x16x64xf32>) outs(%1744 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<4x16x64xf32> loc(#loc901)
    %1746 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc902)
    %1747 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1743, %1745 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1746 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<4x16x64xf32> loc(#loc902)
    %1748 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc900)
    %1749 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1585 : tensor<64x4x16xf32>) outs(%1748 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x4x16xf32> loc(#loc900)
    %1750 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc901)
    %1751 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg53 : tensor<64x4x16xf32>) outs(%1750 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x4x16xf32> loc(#loc901)
    %1752 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc902)
    %1753 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1749, %1751 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1752 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x4x16xf32> loc(#loc902)
    %1754 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc900)
    %1755 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1589 : tensor<64x4x16xf32>) outs(%1754 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x4x16xf32> loc(#loc900)
    %1756 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc901)
    %1757 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg54 : tensor<64x4x16xf32>) outs(%1756 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x4x16xf32> loc(#loc901)
    %1758 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc902)
    %1759 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1755, %1757 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1758 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x4x16xf32> loc(#loc902)
    %1760 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc900)
    %1761 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1593 : tensor<256xf32>) outs(%1760 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<256xf32> loc(#loc900)
    %1762 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc901)
    %1763 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg55 : tensor<256xf32>) outs(%1762 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Dense_0']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<256xf32> loc(#loc901)
    %1764 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc902)
    %1765 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1761, %1763 : tensor<256xf32>, tensor<256xf32>) outs(%1764 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<256xf32> loc(#loc902)
    %1766 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc900)
    %1767 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1597 : tensor<64x256xf32>) outs(%1766 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64x256xf32> loc(#loc900)
    %1768 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc901)
    %1769 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg56 : tensor<64x256xf32>) outs(%1768 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64x256xf32> loc(#loc901)
    %1770 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc902)
    %1771 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1767, %1769 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1770 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64x256xf32> loc(#loc902)
    %1772 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc900)
    %1773 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1601 : tensor<256x64xf32>) outs(%1772 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<256x64xf32> loc(#loc900)
    %1774 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc901)
    %1775 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg57 : tensor<256x64xf32>) outs(%1774 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['Embed_0']['embedding']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<256x64xf32> loc(#loc901)
    %1776 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc902)
    %1777 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1773, %1775 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1776 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<256x64xf32> loc(#loc902)
    %1778 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1779 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1605 : tensor<64xf32>) outs(%1778 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1780 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1781 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg58 : tensor<64xf32>) outs(%1780 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1782 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1783 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1779, %1781 : tensor<64xf32>, tensor<64xf32>) outs(%1782 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1784 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc900)
    %1785 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1609 : tensor<64xf32>) outs(%1784 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<64xf32> loc(#loc900)
    %1786 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc901)
    %1787 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg59 : tensor<64xf32>) outs(%1786 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<64xf32> loc(#loc901)
    %1788 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc902)
    %1789 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1785, %1787 : tensor<64xf32>, tensor<64xf32>) outs(%1788 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<64xf32> loc(#loc902)
    %1790 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc900)
    %1791 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1615 : tensor<32x64xf32>) outs(%1790 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("mul"(#loc483))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc900)
      linalg.yield %2680 : f32 loc(#loc900)
    } -> tensor<32x64xf32> loc(#loc900)
    %1792 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc901)
    %1793 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg60 : tensor<32x64xf32>) outs(%1792 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].mu['position']"), %out: f32 loc("mul"(#loc484))):
      %2680 = arith.mulf %in, %cst_5 : f32 loc(#loc901)
      linalg.yield %2680 : f32 loc(#loc901)
    } -> tensor<32x64xf32> loc(#loc901)
    %1794 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc902)
    %1795 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1791, %1793 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%1794 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc483)), %in_226: f32 loc("mul"(#loc484)), %out: f32 loc("add"(#loc483))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc902)
      linalg.yield %2680 : f32 loc(#loc902)
    } -> tensor<32x64xf32> loc(#loc902)
    %1796 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1797 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1487 : tensor<64xf32>) outs(%1796 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1798 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1799 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1797 : tensor<64xf32>) outs(%1798 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1800 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1801 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg61 : tensor<64xf32>) outs(%1800 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['Dense_0']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1802 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1803 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1799, %1801 : tensor<64xf32>, tensor<64xf32>) outs(%1802 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1804 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc903)
    %1805 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1493 : tensor<256x64xf32>) outs(%1804 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<256x64xf32> loc(#loc903)
    %1806 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc904)
    %1807 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1805 : tensor<256x64xf32>) outs(%1806 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<256x64xf32> loc(#loc904)
    %1808 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc905)
    %1809 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg62 : tensor<256x64xf32>) outs(%1808 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<256x64xf32> loc(#loc905)
    %1810 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc906)
    %1811 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1807, %1809 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1810 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<256x64xf32> loc(#loc906)
    %1812 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc903)
    %1813 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1499 : tensor<256xf32>) outs(%1812 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<256xf32> loc(#loc903)
    %1814 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc904)
    %1815 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1813 : tensor<256xf32>) outs(%1814 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<256xf32> loc(#loc904)
    %1816 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc905)
    %1817 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg63 : tensor<256xf32>) outs(%1816 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['Dense_1']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<256xf32> loc(#loc905)
    %1818 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc906)
    %1819 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1815, %1817 : tensor<256xf32>, tensor<256xf32>) outs(%1818 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<256xf32> loc(#loc906)
    %1820 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc903)
    %1821 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1505 : tensor<64x256xf32>) outs(%1820 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x256xf32> loc(#loc903)
    %1822 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc904)
    %1823 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1821 : tensor<64x256xf32>) outs(%1822 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x256xf32> loc(#loc904)
    %1824 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc905)
    %1825 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg64 : tensor<64x256xf32>) outs(%1824 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['Dense_1']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x256xf32> loc(#loc905)
    %1826 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc906)
    %1827 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1823, %1825 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1826 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x256xf32> loc(#loc906)
    %1828 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1829 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1509 : tensor<64xf32>) outs(%1828 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1830 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1831 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1829 : tensor<64xf32>) outs(%1830 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1832 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1833 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg65 : tensor<64xf32>) outs(%1832 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1834 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1835 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1831, %1833 : tensor<64xf32>, tensor<64xf32>) outs(%1834 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1836 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1837 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1513 : tensor<64xf32>) outs(%1836 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1838 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1839 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1837 : tensor<64xf32>) outs(%1838 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1840 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1841 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg66 : tensor<64xf32>) outs(%1840 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1842 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1843 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1839, %1841 : tensor<64xf32>, tensor<64xf32>) outs(%1842 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1844 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1845 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1517 : tensor<64xf32>) outs(%1844 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1846 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1847 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1845 : tensor<64xf32>) outs(%1846 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1848 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1849 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg67 : tensor<64xf32>) outs(%1848 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['LayerNorm_1']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1850 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1851 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1847, %1849 : tensor<64xf32>, tensor<64xf32>) outs(%1850 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1852 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1853 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1521 : tensor<64xf32>) outs(%1852 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1854 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1855 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1853 : tensor<64xf32>) outs(%1854 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1856 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1857 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg68 : tensor<64xf32>) outs(%1856 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['LayerNorm_1']['scale']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1858 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1859 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1855, %1857 : tensor<64xf32>, tensor<64xf32>) outs(%1858 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1860 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc903)
    %1861 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1527 : tensor<64x4x16xf32>) outs(%1860 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x4x16xf32> loc(#loc903)
    %1862 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc904)
    %1863 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1861 : tensor<64x4x16xf32>) outs(%1862 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x4x16xf32> loc(#loc904)
    %1864 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc905)
    %1865 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg69 : tensor<64x4x16xf32>) outs(%1864 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x4x16xf32> loc(#loc905)
    %1866 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc906)
    %1867 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1863, %1865 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1866 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x4x16xf32> loc(#loc906)
    %1868 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc903)
    %1869 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1533 : tensor<4x16x64xf32>) outs(%1868 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<4x16x64xf32> loc(#loc903)
    %1870 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc904)
    %1871 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1869 : tensor<4x16x64xf32>) outs(%1870 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<4x16x64xf32> loc(#loc904)
    %1872 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc905)
    %1873 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg70 : tensor<4x16x64xf32>) outs(%1872 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<4x16x64xf32> loc(#loc905)
    %1874 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc906)
    %1875 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1871, %1873 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1874 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<4x16x64xf32> loc(#loc906)
    %1876 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc903)
    %1877 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1537 : tensor<64x4x16xf32>) outs(%1876 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x4x16xf32> loc(#loc903)
    %1878 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc904)
    %1879 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1877 : tensor<64x4x16xf32>) outs(%1878 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x4x16xf32> loc(#loc904)
    %1880 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc905)
    %1881 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg71 : tensor<64x4x16xf32>) outs(%1880 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x4x16xf32> loc(#loc905)
    %1882 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc906)
    %1883 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1879, %1881 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1882 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x4x16xf32> loc(#loc906)
    %1884 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc903)
    %1885 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1541 : tensor<64x4x16xf32>) outs(%1884 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x4x16xf32> loc(#loc903)
    %1886 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc904)
    %1887 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1885 : tensor<64x4x16xf32>) outs(%1886 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x4x16xf32> loc(#loc904)
    %1888 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc905)
    %1889 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg72 : tensor<64x4x16xf32>) outs(%1888 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x4x16xf32> loc(#loc905)
    %1890 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc906)
    %1891 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1887, %1889 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1890 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x4x16xf32> loc(#loc906)
    %1892 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1893 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1545 : tensor<64xf32>) outs(%1892 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1894 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1895 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1893 : tensor<64xf32>) outs(%1894 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1896 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1897 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg73 : tensor<64xf32>) outs(%1896 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['Dense_0']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1898 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1899 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1895, %1897 : tensor<64xf32>, tensor<64xf32>) outs(%1898 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1900 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc903)
    %1901 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1549 : tensor<256x64xf32>) outs(%1900 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<256x64xf32> loc(#loc903)
    %1902 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc904)
    %1903 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1901 : tensor<256x64xf32>) outs(%1902 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<256x64xf32> loc(#loc904)
    %1904 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc905)
    %1905 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg74 : tensor<256x64xf32>) outs(%1904 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<256x64xf32> loc(#loc905)
    %1906 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc906)
    %1907 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1903, %1905 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%1906 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<256x64xf32> loc(#loc906)
    %1908 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc903)
    %1909 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1553 : tensor<256xf32>) outs(%1908 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<256xf32> loc(#loc903)
    %1910 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc904)
    %1911 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1909 : tensor<256xf32>) outs(%1910 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<256xf32> loc(#loc904)
    %1912 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc905)
    %1913 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg75 : tensor<256xf32>) outs(%1912 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['Dense_1']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<256xf32> loc(#loc905)
    %1914 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc906)
    %1915 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1911, %1913 : tensor<256xf32>, tensor<256xf32>) outs(%1914 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<256xf32> loc(#loc906)
    %1916 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc903)
    %1917 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1557 : tensor<64x256xf32>) outs(%1916 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x256xf32> loc(#loc903)
    %1918 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc904)
    %1919 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1917 : tensor<64x256xf32>) outs(%1918 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x256xf32> loc(#loc904)
    %1920 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc905)
    %1921 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg76 : tensor<64x256xf32>) outs(%1920 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['Dense_1']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x256xf32> loc(#loc905)
    %1922 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc906)
    %1923 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1919, %1921 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%1922 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x256xf32> loc(#loc906)
    %1924 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1925 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1561 : tensor<64xf32>) outs(%1924 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1926 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1927 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1925 : tensor<64xf32>) outs(%1926 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1928 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1929 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg77 : tensor<64xf32>) outs(%1928 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1930 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1931 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1927, %1929 : tensor<64xf32>, tensor<64xf32>) outs(%1930 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1932 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1933 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1565 : tensor<64xf32>) outs(%1932 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1934 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1935 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1933 : tensor<64xf32>) outs(%1934 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1936 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1937 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg78 : tensor<64xf32>) outs(%1936 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1938 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1939 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1935, %1937 : tensor<64xf32>, tensor<64xf32>) outs(%1938 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1940 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1941 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1569 : tensor<64xf32>) outs(%1940 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1942 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1943 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1941 : tensor<64xf32>) outs(%1942 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1944 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1945 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg79 : tensor<64xf32>) outs(%1944 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['LayerNorm_1']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1946 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1947 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1943, %1945 : tensor<64xf32>, tensor<64xf32>) outs(%1946 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1948 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %1949 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1573 : tensor<64xf32>) outs(%1948 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %1950 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %1951 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1949 : tensor<64xf32>) outs(%1950 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %1952 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %1953 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg80 : tensor<64xf32>) outs(%1952 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['LayerNorm_1']['scale']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %1954 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %1955 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1951, %1953 : tensor<64xf32>, tensor<64xf32>) outs(%1954 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %1956 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc903)
    %1957 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1577 : tensor<64x4x16xf32>) outs(%1956 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x4x16xf32> loc(#loc903)
    %1958 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc904)
    %1959 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1957 : tensor<64x4x16xf32>) outs(%1958 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x4x16xf32> loc(#loc904)
    %1960 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc905)
    %1961 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg81 : tensor<64x4x16xf32>) outs(%1960 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x4x16xf32> loc(#loc905)
    %1962 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc906)
    %1963 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1959, %1961 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1962 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x4x16xf32> loc(#loc906)
    %1964 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc903)
    %1965 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1581 : tensor<4x16x64xf32>) outs(%1964 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<4x16x64xf32> loc(#loc903)
    %1966 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc904)
    %1967 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1965 : tensor<4x16x64xf32>) outs(%1966 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<4x16x64xf32> loc(#loc904)
    %1968 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc905)
    %1969 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg82 : tensor<4x16x64xf32>) outs(%1968 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<4x16x64xf32> loc(#loc905)
    %1970 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc906)
    %1971 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1967, %1969 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%1970 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<4x16x64xf32> loc(#loc906)
    %1972 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc903)
    %1973 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1585 : tensor<64x4x16xf32>) outs(%1972 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x4x16xf32> loc(#loc903)
    %1974 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc904)
    %1975 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1973 : tensor<64x4x16xf32>) outs(%1974 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x4x16xf32> loc(#loc904)
    %1976 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc905)
    %1977 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg83 : tensor<64x4x16xf32>) outs(%1976 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x4x16xf32> loc(#loc905)
    %1978 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc906)
    %1979 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1975, %1977 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1978 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x4x16xf32> loc(#loc906)
    %1980 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc903)
    %1981 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1589 : tensor<64x4x16xf32>) outs(%1980 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x4x16xf32> loc(#loc903)
    %1982 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc904)
    %1983 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1981 : tensor<64x4x16xf32>) outs(%1982 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x4x16xf32> loc(#loc904)
    %1984 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc905)
    %1985 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg84 : tensor<64x4x16xf32>) outs(%1984 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x4x16xf32> loc(#loc905)
    %1986 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc906)
    %1987 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1983, %1985 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%1986 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x4x16xf32> loc(#loc906)
    %1988 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc903)
    %1989 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1593 : tensor<256xf32>) outs(%1988 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<256xf32> loc(#loc903)
    %1990 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc904)
    %1991 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1989 : tensor<256xf32>) outs(%1990 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<256xf32> loc(#loc904)
    %1992 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc905)
    %1993 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg85 : tensor<256xf32>) outs(%1992 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Dense_0']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<256xf32> loc(#loc905)
    %1994 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc906)
    %1995 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1991, %1993 : tensor<256xf32>, tensor<256xf32>) outs(%1994 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<256xf32> loc(#loc906)
    %1996 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc903)
    %1997 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1597 : tensor<64x256xf32>) outs(%1996 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64x256xf32> loc(#loc903)
    %1998 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc904)
    %1999 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1997 : tensor<64x256xf32>) outs(%1998 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64x256xf32> loc(#loc904)
    %2000 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc905)
    %2001 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg86 : tensor<64x256xf32>) outs(%2000 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64x256xf32> loc(#loc905)
    %2002 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc906)
    %2003 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1999, %2001 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2002 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64x256xf32> loc(#loc906)
    %2004 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc903)
    %2005 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1601 : tensor<256x64xf32>) outs(%2004 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<256x64xf32> loc(#loc903)
    %2006 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc904)
    %2007 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2005 : tensor<256x64xf32>) outs(%2006 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<256x64xf32> loc(#loc904)
    %2008 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc905)
    %2009 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg87 : tensor<256x64xf32>) outs(%2008 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['Embed_0']['embedding']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<256x64xf32> loc(#loc905)
    %2010 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc906)
    %2011 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2007, %2009 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2010 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<256x64xf32> loc(#loc906)
    %2012 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %2013 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1605 : tensor<64xf32>) outs(%2012 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %2014 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %2015 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2013 : tensor<64xf32>) outs(%2014 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %2016 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %2017 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg88 : tensor<64xf32>) outs(%2016 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %2018 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %2019 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2015, %2017 : tensor<64xf32>, tensor<64xf32>) outs(%2018 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %2020 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc903)
    %2021 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%1609 : tensor<64xf32>) outs(%2020 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<64xf32> loc(#loc903)
    %2022 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc904)
    %2023 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2021 : tensor<64xf32>) outs(%2022 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<64xf32> loc(#loc904)
    %2024 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc905)
    %2025 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg89 : tensor<64xf32>) outs(%2024 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<64xf32> loc(#loc905)
    %2026 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc906)
    %2027 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2023, %2025 : tensor<64xf32>, tensor<64xf32>) outs(%2026 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<64xf32> loc(#loc906)
    %2028 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc903)
    %2029 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1615 : tensor<32x64xf32>) outs(%2028 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("select_n"(#loc481)), %out: f32 loc("integer_pow"(#loc485))):
      %2680 = arith.mulf %in, %in : f32 loc(#loc903)
      linalg.yield %2680 : f32 loc(#loc903)
    } -> tensor<32x64xf32> loc(#loc903)
    %2030 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc904)
    %2031 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2029 : tensor<32x64xf32>) outs(%2030 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("integer_pow"(#loc485)), %out: f32 loc("mul"(#loc486))):
      %2680 = arith.mulf %in, %cst_4 : f32 loc(#loc904)
      linalg.yield %2680 : f32 loc(#loc904)
    } -> tensor<32x64xf32> loc(#loc904)
    %2032 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc905)
    %2033 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg90 : tensor<32x64xf32>) outs(%2032 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("opt_state[1][0].nu['position']"), %out: f32 loc("mul"(#loc487))):
      %2680 = arith.mulf %in, %cst_3 : f32 loc(#loc905)
      linalg.yield %2680 : f32 loc(#loc905)
    } -> tensor<32x64xf32> loc(#loc905)
    %2034 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc906)
    %2035 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2031, %2033 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%2034 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("mul"(#loc486)), %in_226: f32 loc("mul"(#loc487)), %out: f32 loc("add"(#loc486))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc906)
      linalg.yield %2680 : f32 loc(#loc906)
    } -> tensor<32x64xf32> loc(#loc906)
    %2036 = tensor.empty() {altgrad.phase = "other"} : tensor<i1> loc(#loc907)
    %2037 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%arg30 : tensor<i32>) outs(%2036 : tensor<i1>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: i32 loc("opt_state[1][0].count"), %out: i1 loc("lt"(#loc488))):
      %2680 = arith.cmpi slt, %in, %c2147483647_i32 : i32 loc(#loc907)
      linalg.yield %2680 : i1 loc(#loc907)
    } -> tensor<i1> loc(#loc907)
    %2038 = tensor.empty() {altgrad.phase = "other"} : tensor<i32> loc(#loc500)
    %2039 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%arg30 : tensor<i32>) outs(%2038 : tensor<i32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: i32 loc("opt_state[1][0].count"), %out: i32 loc("add"(#loc263))):
      %2680 = arith.addi %in, %c1_i32 : i32 loc(#loc500)
      linalg.yield %2680 : i32 loc(#loc500)
    } -> tensor<i32> loc(#loc500)
    %2040 = tensor.empty() {altgrad.phase = "other"} : tensor<i32> loc(#loc908)
    %2041 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = []} ins(%2037, %2039 : tensor<i1>, tensor<i32>) outs(%2040 : tensor<i32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: i1 loc("lt"(#loc488)), %in_226: i32 loc("add"(#loc263)), %out: i32 loc(callsite(#loc103 at #loc489))):
      %2680 = arith.select %in, %in_226, %c2147483647_i32 : i32 loc(#loc908)
      linalg.yield %2680 : i32 loc(#loc908)
    } -> tensor<i32> loc(#loc908)
    %2042 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc909)
    %2043 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%2041 : tensor<i32>) outs(%2042 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: i32 loc(callsite(#loc103 at #loc489)), %out: f32 loc("pow"(#loc490))):
      %2680 = arith.sitofp %in : i32 to f32 loc(#loc909)
      linalg.yield %2680 : f32 loc(#loc909)
    } -> tensor<f32> loc(#loc909)
    %2044 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc909)
    %2045 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%2043 : tensor<f32>) outs(%2044 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("pow"(#loc490)), %out: f32 loc("pow"(#loc490))):
      %2680 = math.powf %cst_5, %in : f32 loc(#loc909)
      linalg.yield %2680 : f32 loc(#loc909)
    } -> tensor<f32> loc(#loc909)
    %2046 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc910)
    %2047 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%2045 : tensor<f32>) outs(%2046 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("pow"(#loc490)), %out: f32 loc("sub"(#loc490))):
      %2680 = arith.subf %cst_17, %in : f32 loc(#loc910)
      linalg.yield %2680 : f32 loc(#loc910)
    } -> tensor<f32> loc(#loc910)
    %2048 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2049 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel"]} ins(%2047 : tensor<f32>) outs(%2048 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc490)), %out: f32 loc("div"(#loc490))):
      linalg.yield %in : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2050 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2051 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1621, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2050 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2052 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc911)
    %2053 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%2047 : tensor<f32>) outs(%2052 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc490)), %out: f32 loc("div"(#loc490))):
      linalg.yield %in : f32 loc(#loc911)
    } -> tensor<256x64xf32> loc(#loc911)
    %2054 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc911)
    %2055 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1627, %2053 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2054 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<256x64xf32> loc(#loc911)
    %2056 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc911)
    %2057 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel"]} ins(%2047 : tensor<f32>) outs(%2056 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc490)), %out: f32 loc("div"(#loc490))):
      linalg.yield %in : f32 loc(#loc911)
    } -> tensor<256xf32> loc(#loc911)
    %2058 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc911)
    %2059 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1633, %2057 : tensor<256xf32>, tensor<256xf32>) outs(%2058 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<256xf32> loc(#loc911)
    %2060 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc911)
    %2061 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%2047 : tensor<f32>) outs(%2060 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc490)), %out: f32 loc("div"(#loc490))):
      linalg.yield %in : f32 loc(#loc911)
    } -> tensor<64x256xf32> loc(#loc911)
    %2062 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc911)
    %2063 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1639, %2061 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2062 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x256xf32> loc(#loc911)
    %2064 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2065 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1645, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2064 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2066 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2067 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1651, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2066 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2068 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2069 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1657, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2068 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2070 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2071 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1663, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2070 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2072 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc911)
    %2073 = linalg.generic {indexing_maps = [#map27, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2047 : tensor<f32>) outs(%2072 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc490)), %out: f32 loc("div"(#loc490))):
      linalg.yield %in : f32 loc(#loc911)
    } -> tensor<64x4x16xf32> loc(#loc911)
    %2074 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc911)
    %2075 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1669, %2073 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2074 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x4x16xf32> loc(#loc911)
    %2076 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc911)
    %2077 = linalg.generic {indexing_maps = [#map27, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2047 : tensor<f32>) outs(%2076 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc490)), %out: f32 loc("div"(#loc490))):
      linalg.yield %in : f32 loc(#loc911)
    } -> tensor<4x16x64xf32> loc(#loc911)
    %2078 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc911)
    %2079 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1675, %2077 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2078 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<4x16x64xf32> loc(#loc911)
    %2080 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc911)
    %2081 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1681, %2073 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2080 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x4x16xf32> loc(#loc911)
    %2082 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc911)
    %2083 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1687, %2073 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2082 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x4x16xf32> loc(#loc911)
    %2084 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2085 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1693, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2084 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2086 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc911)
    %2087 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1699, %2053 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2086 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<256x64xf32> loc(#loc911)
    %2088 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc911)
    %2089 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1705, %2057 : tensor<256xf32>, tensor<256xf32>) outs(%2088 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<256xf32> loc(#loc911)
    %2090 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc911)
    %2091 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1711, %2061 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2090 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x256xf32> loc(#loc911)
    %2092 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2093 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1717, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2092 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2094 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2095 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1723, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2094 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2096 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2097 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1729, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2096 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2098 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2099 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1735, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2098 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2100 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc911)
    %2101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1741, %2073 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2100 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x4x16xf32> loc(#loc911)
    %2102 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc911)
    %2103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1747, %2077 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2102 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<4x16x64xf32> loc(#loc911)
    %2104 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc911)
    %2105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1753, %2073 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2104 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x4x16xf32> loc(#loc911)
    %2106 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc911)
    %2107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1759, %2073 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2106 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x4x16xf32> loc(#loc911)
    %2108 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc911)
    %2109 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1765, %2057 : tensor<256xf32>, tensor<256xf32>) outs(%2108 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<256xf32> loc(#loc911)
    %2110 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc911)
    %2111 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1771, %2061 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2110 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64x256xf32> loc(#loc911)
    %2112 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc911)
    %2113 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1777, %2053 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2112 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<256x64xf32> loc(#loc911)
    %2114 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2115 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1783, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2114 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2116 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc911)
    %2117 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1789, %2049 : tensor<64xf32>, tensor<64xf32>) outs(%2116 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<64xf32> loc(#loc911)
    %2118 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc911)
    %2119 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%2047 : tensor<f32>) outs(%2118 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc490)), %out: f32 loc("div"(#loc490))):
      linalg.yield %in : f32 loc(#loc911)
    } -> tensor<32x64xf32> loc(#loc911)
    %2120 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc911)
    %2121 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1795, %2119 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%2120 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc483)), %in_226: f32 loc("div"(#loc490)), %out: f32 loc("div"(#loc490))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc911)
      linalg.yield %2680 : f32 loc(#loc911)
    } -> tensor<32x64xf32> loc(#loc911)
    %2122 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc912)
    %2123 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%2043 : tensor<f32>) outs(%2122 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("pow"(#loc490)), %out: f32 loc("pow"(#loc491))):
      %2680 = math.powf %cst_3, %in : f32 loc(#loc912)
      linalg.yield %2680 : f32 loc(#loc912)
    } -> tensor<f32> loc(#loc912)
    %2124 = tensor.empty() {altgrad.phase = "other"} : tensor<f32> loc(#loc913)
    %2125 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = []} ins(%2123 : tensor<f32>) outs(%2124 : tensor<f32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("pow"(#loc491)), %out: f32 loc("sub"(#loc491))):
      %2680 = arith.subf %cst_17, %in : f32 loc(#loc913)
      linalg.yield %2680 : f32 loc(#loc913)
    } -> tensor<f32> loc(#loc913)
    %2126 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2127 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel"]} ins(%2125 : tensor<f32>) outs(%2126 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc491)), %out: f32 loc("div"(#loc491))):
      linalg.yield %in : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2128 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2129 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1803, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2128 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2130 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc914)
    %2131 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%2125 : tensor<f32>) outs(%2130 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc491)), %out: f32 loc("div"(#loc491))):
      linalg.yield %in : f32 loc(#loc914)
    } -> tensor<256x64xf32> loc(#loc914)
    %2132 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc914)
    %2133 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1811, %2131 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2132 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<256x64xf32> loc(#loc914)
    %2134 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc914)
    %2135 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel"]} ins(%2125 : tensor<f32>) outs(%2134 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc491)), %out: f32 loc("div"(#loc491))):
      linalg.yield %in : f32 loc(#loc914)
    } -> tensor<256xf32> loc(#loc914)
    %2136 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc914)
    %2137 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1819, %2135 : tensor<256xf32>, tensor<256xf32>) outs(%2136 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<256xf32> loc(#loc914)
    %2138 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc914)
    %2139 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%2125 : tensor<f32>) outs(%2138 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc491)), %out: f32 loc("div"(#loc491))):
      linalg.yield %in : f32 loc(#loc914)
    } -> tensor<64x256xf32> loc(#loc914)
    %2140 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc914)
    %2141 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1827, %2139 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2140 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x256xf32> loc(#loc914)
    %2142 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2143 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1835, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2142 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2144 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2145 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1843, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2144 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2146 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2147 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1851, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2146 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2148 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2149 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1859, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2148 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2150 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc914)
    %2151 = linalg.generic {indexing_maps = [#map27, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2125 : tensor<f32>) outs(%2150 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc491)), %out: f32 loc("div"(#loc491))):
      linalg.yield %in : f32 loc(#loc914)
    } -> tensor<64x4x16xf32> loc(#loc914)
    %2152 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc914)
    %2153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1867, %2151 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2152 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x4x16xf32> loc(#loc914)
    %2154 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc914)
    %2155 = linalg.generic {indexing_maps = [#map27, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2125 : tensor<f32>) outs(%2154 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc491)), %out: f32 loc("div"(#loc491))):
      linalg.yield %in : f32 loc(#loc914)
    } -> tensor<4x16x64xf32> loc(#loc914)
    %2156 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc914)
    %2157 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1875, %2155 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2156 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<4x16x64xf32> loc(#loc914)
    %2158 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc914)
    %2159 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1883, %2151 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2158 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x4x16xf32> loc(#loc914)
    %2160 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc914)
    %2161 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1891, %2151 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2160 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x4x16xf32> loc(#loc914)
    %2162 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2163 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1899, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2162 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2164 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc914)
    %2165 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1907, %2131 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2164 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<256x64xf32> loc(#loc914)
    %2166 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc914)
    %2167 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1915, %2135 : tensor<256xf32>, tensor<256xf32>) outs(%2166 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<256xf32> loc(#loc914)
    %2168 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc914)
    %2169 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1923, %2139 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2168 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x256xf32> loc(#loc914)
    %2170 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2171 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1931, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2170 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2172 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2173 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1939, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2172 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2174 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2175 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1947, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2174 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2176 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2177 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1955, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2176 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2178 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc914)
    %2179 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1963, %2151 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2178 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x4x16xf32> loc(#loc914)
    %2180 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc914)
    %2181 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1971, %2155 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2180 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<4x16x64xf32> loc(#loc914)
    %2182 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc914)
    %2183 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1979, %2151 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2182 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x4x16xf32> loc(#loc914)
    %2184 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc914)
    %2185 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1987, %2151 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2184 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x4x16xf32> loc(#loc914)
    %2186 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc914)
    %2187 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%1995, %2135 : tensor<256xf32>, tensor<256xf32>) outs(%2186 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<256xf32> loc(#loc914)
    %2188 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc914)
    %2189 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2003, %2139 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2188 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64x256xf32> loc(#loc914)
    %2190 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc914)
    %2191 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2011, %2131 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2190 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<256x64xf32> loc(#loc914)
    %2192 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2193 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2019, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2192 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2194 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc914)
    %2195 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2027, %2127 : tensor<64xf32>, tensor<64xf32>) outs(%2194 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<64xf32> loc(#loc914)
    %2196 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc914)
    %2197 = linalg.generic {indexing_maps = [#map20, #map], iterator_types = ["parallel", "parallel"]} ins(%2125 : tensor<f32>) outs(%2196 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sub"(#loc491)), %out: f32 loc("div"(#loc491))):
      linalg.yield %in : f32 loc(#loc914)
    } -> tensor<32x64xf32> loc(#loc914)
    %2198 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc914)
    %2199 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2035, %2197 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%2198 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc486)), %in_226: f32 loc("div"(#loc491)), %out: f32 loc("div"(#loc491))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc914)
      linalg.yield %2680 : f32 loc(#loc914)
    } -> tensor<32x64xf32> loc(#loc914)
    %2200 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2201 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2129 : tensor<64xf32>) outs(%2200 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2202 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2203 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2201 : tensor<64xf32>) outs(%2202 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2204 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2205 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2203 : tensor<64xf32>) outs(%2204 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2206 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2207 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2051, %2205 : tensor<64xf32>, tensor<64xf32>) outs(%2206 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2208 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc915)
    %2209 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2133 : tensor<256x64xf32>) outs(%2208 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<256x64xf32> loc(#loc915)
    %2210 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc916)
    %2211 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2209 : tensor<256x64xf32>) outs(%2210 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<256x64xf32> loc(#loc916)
    %2212 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc917)
    %2213 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2211 : tensor<256x64xf32>) outs(%2212 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<256x64xf32> loc(#loc917)
    %2214 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc918)
    %2215 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2055, %2213 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2214 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<256x64xf32> loc(#loc918)
    %2216 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc915)
    %2217 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2137 : tensor<256xf32>) outs(%2216 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<256xf32> loc(#loc915)
    %2218 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc916)
    %2219 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2217 : tensor<256xf32>) outs(%2218 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<256xf32> loc(#loc916)
    %2220 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc917)
    %2221 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2219 : tensor<256xf32>) outs(%2220 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<256xf32> loc(#loc917)
    %2222 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc918)
    %2223 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2059, %2221 : tensor<256xf32>, tensor<256xf32>) outs(%2222 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<256xf32> loc(#loc918)
    %2224 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc915)
    %2225 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2141 : tensor<64x256xf32>) outs(%2224 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x256xf32> loc(#loc915)
    %2226 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc916)
    %2227 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2225 : tensor<64x256xf32>) outs(%2226 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x256xf32> loc(#loc916)
    %2228 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc917)
    %2229 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2227 : tensor<64x256xf32>) outs(%2228 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x256xf32> loc(#loc917)
    %2230 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc918)
    %2231 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2063, %2229 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2230 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x256xf32> loc(#loc918)
    %2232 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2233 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2143 : tensor<64xf32>) outs(%2232 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2234 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2235 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2233 : tensor<64xf32>) outs(%2234 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2236 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2237 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2235 : tensor<64xf32>) outs(%2236 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2238 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2239 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2065, %2237 : tensor<64xf32>, tensor<64xf32>) outs(%2238 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2240 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2241 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2145 : tensor<64xf32>) outs(%2240 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2242 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2243 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2241 : tensor<64xf32>) outs(%2242 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2244 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2245 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2243 : tensor<64xf32>) outs(%2244 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2246 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2247 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2067, %2245 : tensor<64xf32>, tensor<64xf32>) outs(%2246 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2248 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2249 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2147 : tensor<64xf32>) outs(%2248 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2250 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2251 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2249 : tensor<64xf32>) outs(%2250 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2252 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2253 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2251 : tensor<64xf32>) outs(%2252 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2254 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2255 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2069, %2253 : tensor<64xf32>, tensor<64xf32>) outs(%2254 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2256 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2257 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2149 : tensor<64xf32>) outs(%2256 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2258 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2259 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2257 : tensor<64xf32>) outs(%2258 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2260 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2261 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2259 : tensor<64xf32>) outs(%2260 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2262 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2263 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2071, %2261 : tensor<64xf32>, tensor<64xf32>) outs(%2262 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2264 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc915)
    %2265 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2153 : tensor<64x4x16xf32>) outs(%2264 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x4x16xf32> loc(#loc915)
    %2266 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc916)
    %2267 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2265 : tensor<64x4x16xf32>) outs(%2266 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x4x16xf32> loc(#loc916)
    %2268 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc917)
    %2269 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2267 : tensor<64x4x16xf32>) outs(%2268 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x4x16xf32> loc(#loc917)
    %2270 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc918)
    %2271 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2075, %2269 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2270 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x4x16xf32> loc(#loc918)
    %2272 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc915)
    %2273 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2157 : tensor<4x16x64xf32>) outs(%2272 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<4x16x64xf32> loc(#loc915)
    %2274 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc916)
    %2275 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2273 : tensor<4x16x64xf32>) outs(%2274 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<4x16x64xf32> loc(#loc916)
    %2276 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc917)
    %2277 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2275 : tensor<4x16x64xf32>) outs(%2276 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<4x16x64xf32> loc(#loc917)
    %2278 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc918)
    %2279 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2079, %2277 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2278 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<4x16x64xf32> loc(#loc918)
    %2280 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc915)
    %2281 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2159 : tensor<64x4x16xf32>) outs(%2280 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x4x16xf32> loc(#loc915)
    %2282 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc916)
    %2283 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2281 : tensor<64x4x16xf32>) outs(%2282 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x4x16xf32> loc(#loc916)
    %2284 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc917)
    %2285 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2283 : tensor<64x4x16xf32>) outs(%2284 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x4x16xf32> loc(#loc917)
    %2286 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc918)
    %2287 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2081, %2285 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2286 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x4x16xf32> loc(#loc918)
    %2288 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc915)
    %2289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2161 : tensor<64x4x16xf32>) outs(%2288 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x4x16xf32> loc(#loc915)
    %2290 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc916)
    %2291 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2289 : tensor<64x4x16xf32>) outs(%2290 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x4x16xf32> loc(#loc916)
    %2292 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc917)
    %2293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2291 : tensor<64x4x16xf32>) outs(%2292 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x4x16xf32> loc(#loc917)
    %2294 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc918)
    %2295 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2083, %2293 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2294 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x4x16xf32> loc(#loc918)
    %2296 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2297 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2163 : tensor<64xf32>) outs(%2296 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2298 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2299 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2297 : tensor<64xf32>) outs(%2298 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2300 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2301 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2299 : tensor<64xf32>) outs(%2300 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2302 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2303 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2085, %2301 : tensor<64xf32>, tensor<64xf32>) outs(%2302 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2304 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc915)
    %2305 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2165 : tensor<256x64xf32>) outs(%2304 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<256x64xf32> loc(#loc915)
    %2306 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc916)
    %2307 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2305 : tensor<256x64xf32>) outs(%2306 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<256x64xf32> loc(#loc916)
    %2308 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc917)
    %2309 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2307 : tensor<256x64xf32>) outs(%2308 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<256x64xf32> loc(#loc917)
    %2310 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc918)
    %2311 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2087, %2309 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2310 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<256x64xf32> loc(#loc918)
    %2312 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc915)
    %2313 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2167 : tensor<256xf32>) outs(%2312 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<256xf32> loc(#loc915)
    %2314 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc916)
    %2315 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2313 : tensor<256xf32>) outs(%2314 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<256xf32> loc(#loc916)
    %2316 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc917)
    %2317 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2315 : tensor<256xf32>) outs(%2316 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<256xf32> loc(#loc917)
    %2318 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc918)
    %2319 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2089, %2317 : tensor<256xf32>, tensor<256xf32>) outs(%2318 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<256xf32> loc(#loc918)
    %2320 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc915)
    %2321 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2169 : tensor<64x256xf32>) outs(%2320 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x256xf32> loc(#loc915)
    %2322 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc916)
    %2323 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2321 : tensor<64x256xf32>) outs(%2322 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x256xf32> loc(#loc916)
    %2324 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc917)
    %2325 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2323 : tensor<64x256xf32>) outs(%2324 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x256xf32> loc(#loc917)
    %2326 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc918)
    %2327 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2091, %2325 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2326 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x256xf32> loc(#loc918)
    %2328 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2329 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2171 : tensor<64xf32>) outs(%2328 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2330 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2331 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2329 : tensor<64xf32>) outs(%2330 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2332 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2333 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2331 : tensor<64xf32>) outs(%2332 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2334 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2335 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2093, %2333 : tensor<64xf32>, tensor<64xf32>) outs(%2334 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2336 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2337 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2173 : tensor<64xf32>) outs(%2336 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2338 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2339 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2337 : tensor<64xf32>) outs(%2338 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2340 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2341 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2339 : tensor<64xf32>) outs(%2340 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2342 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2343 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2095, %2341 : tensor<64xf32>, tensor<64xf32>) outs(%2342 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2344 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2345 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2175 : tensor<64xf32>) outs(%2344 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2346 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2347 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2345 : tensor<64xf32>) outs(%2346 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2348 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2349 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2347 : tensor<64xf32>) outs(%2348 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2350 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2351 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2097, %2349 : tensor<64xf32>, tensor<64xf32>) outs(%2350 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2352 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2353 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2177 : tensor<64xf32>) outs(%2352 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2354 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2355 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2353 : tensor<64xf32>) outs(%2354 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2356 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2357 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2355 : tensor<64xf32>) outs(%2356 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2358 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2359 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2099, %2357 : tensor<64xf32>, tensor<64xf32>) outs(%2358 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2360 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc915)
    %2361 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2179 : tensor<64x4x16xf32>) outs(%2360 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x4x16xf32> loc(#loc915)
    %2362 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc916)
    %2363 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2361 : tensor<64x4x16xf32>) outs(%2362 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x4x16xf32> loc(#loc916)
    %2364 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc917)
    %2365 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2363 : tensor<64x4x16xf32>) outs(%2364 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x4x16xf32> loc(#loc917)
    %2366 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc918)
    %2367 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2101, %2365 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2366 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x4x16xf32> loc(#loc918)
    %2368 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc915)
    %2369 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2181 : tensor<4x16x64xf32>) outs(%2368 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<4x16x64xf32> loc(#loc915)
    %2370 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc916)
    %2371 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2369 : tensor<4x16x64xf32>) outs(%2370 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<4x16x64xf32> loc(#loc916)
    %2372 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc917)
    %2373 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2371 : tensor<4x16x64xf32>) outs(%2372 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<4x16x64xf32> loc(#loc917)
    %2374 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc918)
    %2375 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2103, %2373 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2374 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<4x16x64xf32> loc(#loc918)
    %2376 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc915)
    %2377 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2183 : tensor<64x4x16xf32>) outs(%2376 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x4x16xf32> loc(#loc915)
    %2378 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc916)
    %2379 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2377 : tensor<64x4x16xf32>) outs(%2378 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x4x16xf32> loc(#loc916)
    %2380 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc917)
    %2381 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2379 : tensor<64x4x16xf32>) outs(%2380 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x4x16xf32> loc(#loc917)
    %2382 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc918)
    %2383 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2105, %2381 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2382 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x4x16xf32> loc(#loc918)
    %2384 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc915)
    %2385 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2185 : tensor<64x4x16xf32>) outs(%2384 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x4x16xf32> loc(#loc915)
    %2386 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc916)
    %2387 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2385 : tensor<64x4x16xf32>) outs(%2386 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x4x16xf32> loc(#loc916)
    %2388 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc917)
    %2389 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2387 : tensor<64x4x16xf32>) outs(%2388 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x4x16xf32> loc(#loc917)
    %2390 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc918)
    %2391 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2107, %2389 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2390 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x4x16xf32> loc(#loc918)
    %2392 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc915)
    %2393 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2187 : tensor<256xf32>) outs(%2392 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<256xf32> loc(#loc915)
    %2394 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc916)
    %2395 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2393 : tensor<256xf32>) outs(%2394 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<256xf32> loc(#loc916)
    %2396 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc917)
    %2397 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2395 : tensor<256xf32>) outs(%2396 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<256xf32> loc(#loc917)
    %2398 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc918)
    %2399 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2109, %2397 : tensor<256xf32>, tensor<256xf32>) outs(%2398 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<256xf32> loc(#loc918)
    %2400 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc915)
    %2401 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2189 : tensor<64x256xf32>) outs(%2400 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64x256xf32> loc(#loc915)
    %2402 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc916)
    %2403 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2401 : tensor<64x256xf32>) outs(%2402 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64x256xf32> loc(#loc916)
    %2404 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc917)
    %2405 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2403 : tensor<64x256xf32>) outs(%2404 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64x256xf32> loc(#loc917)
    %2406 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc918)
    %2407 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2111, %2405 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2406 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64x256xf32> loc(#loc918)
    %2408 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc915)
    %2409 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2191 : tensor<256x64xf32>) outs(%2408 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<256x64xf32> loc(#loc915)
    %2410 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc916)
    %2411 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2409 : tensor<256x64xf32>) outs(%2410 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<256x64xf32> loc(#loc916)
    %2412 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc917)
    %2413 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2411 : tensor<256x64xf32>) outs(%2412 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<256x64xf32> loc(#loc917)
    %2414 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc918)
    %2415 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2113, %2413 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2414 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<256x64xf32> loc(#loc918)
    %2416 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2417 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2193 : tensor<64xf32>) outs(%2416 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2418 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2419 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2417 : tensor<64xf32>) outs(%2418 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2420 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2421 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2419 : tensor<64xf32>) outs(%2420 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2422 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2423 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2115, %2421 : tensor<64xf32>, tensor<64xf32>) outs(%2422 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2424 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc915)
    %2425 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2195 : tensor<64xf32>) outs(%2424 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<64xf32> loc(#loc915)
    %2426 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc916)
    %2427 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2425 : tensor<64xf32>) outs(%2426 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<64xf32> loc(#loc916)
    %2428 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc917)
    %2429 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2427 : tensor<64xf32>) outs(%2428 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<64xf32> loc(#loc917)
    %2430 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc918)
    %2431 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2117, %2429 : tensor<64xf32>, tensor<64xf32>) outs(%2430 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<64xf32> loc(#loc918)
    %2432 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc915)
    %2433 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2199 : tensor<32x64xf32>) outs(%2432 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc491)), %out: f32 loc("add"(#loc492))):
      %2680 = arith.addf %in, %cst_19 : f32 loc(#loc915)
      linalg.yield %2680 : f32 loc(#loc915)
    } -> tensor<32x64xf32> loc(#loc915)
    %2434 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc916)
    %2435 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2433 : tensor<32x64xf32>) outs(%2434 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc492)), %out: f32 loc("sqrt"(#loc493))):
      %2680 = math.sqrt %in : f32 loc(#loc916)
      linalg.yield %2680 : f32 loc(#loc916)
    } -> tensor<32x64xf32> loc(#loc916)
    %2436 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc917)
    %2437 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2435 : tensor<32x64xf32>) outs(%2436 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("sqrt"(#loc493)), %out: f32 loc("add"(#loc493))):
      %2680 = arith.addf %in, %cst_2 : f32 loc(#loc917)
      linalg.yield %2680 : f32 loc(#loc917)
    } -> tensor<32x64xf32> loc(#loc917)
    %2438 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc918)
    %2439 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2121, %2437 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%2438 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc490)), %in_226: f32 loc("add"(#loc493)), %out: f32 loc("div"(#loc494))):
      %2680 = arith.divf %in, %in_226 : f32 loc(#loc918)
      linalg.yield %2680 : f32 loc(#loc918)
    } -> tensor<32x64xf32> loc(#loc918)
    %2440 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2441 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg0 : tensor<64xf32>) outs(%2440 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_0']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2442 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2443 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2207, %2441 : tensor<64xf32>, tensor<64xf32>) outs(%2442 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2444 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc919)
    %2445 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<256x64xf32>) outs(%2444 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<256x64xf32> loc(#loc919)
    %2446 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc920)
    %2447 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2215, %2445 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2446 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<256x64xf32> loc(#loc920)
    %2448 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc919)
    %2449 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg2 : tensor<256xf32>) outs(%2448 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_1']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<256xf32> loc(#loc919)
    %2450 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc920)
    %2451 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2223, %2449 : tensor<256xf32>, tensor<256xf32>) outs(%2450 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<256xf32> loc(#loc920)
    %2452 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc919)
    %2453 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg3 : tensor<64x256xf32>) outs(%2452 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_1']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x256xf32> loc(#loc919)
    %2454 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc920)
    %2455 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2231, %2453 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2454 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x256xf32> loc(#loc920)
    %2456 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2457 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg4 : tensor<64xf32>) outs(%2456 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2458 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2459 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2239, %2457 : tensor<64xf32>, tensor<64xf32>) outs(%2458 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2460 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2461 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg5 : tensor<64xf32>) outs(%2460 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2462 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2463 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2247, %2461 : tensor<64xf32>, tensor<64xf32>) outs(%2462 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2464 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2465 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg6 : tensor<64xf32>) outs(%2464 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_1']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2466 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2467 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2255, %2465 : tensor<64xf32>, tensor<64xf32>) outs(%2466 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2468 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2469 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg7 : tensor<64xf32>) outs(%2468 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_1']['scale']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2470 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2471 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2263, %2469 : tensor<64xf32>, tensor<64xf32>) outs(%2470 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2472 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc919)
    %2473 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64x4x16xf32>) outs(%2472 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x4x16xf32> loc(#loc919)
    %2474 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc920)
    %2475 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2271, %2473 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2474 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x4x16xf32> loc(#loc920)
    %2476 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc919)
    %2477 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9 : tensor<4x16x64xf32>) outs(%2476 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<4x16x64xf32> loc(#loc919)
    %2478 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc920)
    %2479 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2279, %2477 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2478 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<4x16x64xf32> loc(#loc920)
    %2480 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc919)
    %2481 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10 : tensor<64x4x16xf32>) outs(%2480 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x4x16xf32> loc(#loc919)
    %2482 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc920)
    %2483 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2287, %2481 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2482 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x4x16xf32> loc(#loc920)
    %2484 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc919)
    %2485 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<64x4x16xf32>) outs(%2484 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x4x16xf32> loc(#loc919)
    %2486 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc920)
    %2487 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2295, %2485 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2486 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x4x16xf32> loc(#loc920)
    %2488 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2489 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg12 : tensor<64xf32>) outs(%2488 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_0']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2490 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2491 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2303, %2489 : tensor<64xf32>, tensor<64xf32>) outs(%2490 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2492 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc919)
    %2493 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg13 : tensor<256x64xf32>) outs(%2492 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<256x64xf32> loc(#loc919)
    %2494 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc920)
    %2495 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2311, %2493 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2494 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<256x64xf32> loc(#loc920)
    %2496 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc919)
    %2497 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg14 : tensor<256xf32>) outs(%2496 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_1']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<256xf32> loc(#loc919)
    %2498 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc920)
    %2499 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2319, %2497 : tensor<256xf32>, tensor<256xf32>) outs(%2498 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<256xf32> loc(#loc920)
    %2500 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc919)
    %2501 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg15 : tensor<64x256xf32>) outs(%2500 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_1']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x256xf32> loc(#loc919)
    %2502 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc920)
    %2503 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2327, %2501 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2502 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x256xf32> loc(#loc920)
    %2504 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2505 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg16 : tensor<64xf32>) outs(%2504 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2506 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2507 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2335, %2505 : tensor<64xf32>, tensor<64xf32>) outs(%2506 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2508 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2509 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg17 : tensor<64xf32>) outs(%2508 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2510 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2511 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2343, %2509 : tensor<64xf32>, tensor<64xf32>) outs(%2510 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2512 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2513 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg18 : tensor<64xf32>) outs(%2512 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_1']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2514 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2515 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2351, %2513 : tensor<64xf32>, tensor<64xf32>) outs(%2514 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2516 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2517 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg19 : tensor<64xf32>) outs(%2516 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_1']['scale']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2518 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2519 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2359, %2517 : tensor<64xf32>, tensor<64xf32>) outs(%2518 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2520 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc919)
    %2521 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<64x4x16xf32>) outs(%2520 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x4x16xf32> loc(#loc919)
    %2522 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc920)
    %2523 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2367, %2521 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2522 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x4x16xf32> loc(#loc920)
    %2524 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc919)
    %2525 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg21 : tensor<4x16x64xf32>) outs(%2524 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<4x16x64xf32> loc(#loc919)
    %2526 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc920)
    %2527 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2375, %2525 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2526 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<4x16x64xf32> loc(#loc920)
    %2528 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc919)
    %2529 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg22 : tensor<64x4x16xf32>) outs(%2528 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x4x16xf32> loc(#loc919)
    %2530 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc920)
    %2531 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2383, %2529 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2530 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x4x16xf32> loc(#loc920)
    %2532 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc919)
    %2533 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23 : tensor<64x4x16xf32>) outs(%2532 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x4x16xf32> loc(#loc919)
    %2534 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc920)
    %2535 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2391, %2533 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2534 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x4x16xf32> loc(#loc920)
    %2536 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc919)
    %2537 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg24 : tensor<256xf32>) outs(%2536 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<256xf32> loc(#loc919)
    %2538 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc920)
    %2539 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2399, %2537 : tensor<256xf32>, tensor<256xf32>) outs(%2538 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<256xf32> loc(#loc920)
    %2540 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc919)
    %2541 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg25 : tensor<64x256xf32>) outs(%2540 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['kernel']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64x256xf32> loc(#loc919)
    %2542 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc920)
    %2543 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2407, %2541 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2542 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64x256xf32> loc(#loc920)
    %2544 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc919)
    %2545 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg26 : tensor<256x64xf32>) outs(%2544 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Embed_0']['embedding']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<256x64xf32> loc(#loc919)
    %2546 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc920)
    %2547 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2415, %2545 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2546 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<256x64xf32> loc(#loc920)
    %2548 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2549 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg27 : tensor<64xf32>) outs(%2548 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['LayerNorm_0']['bias']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2550 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2551 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2423, %2549 : tensor<64xf32>, tensor<64xf32>) outs(%2550 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2552 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc919)
    %2553 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%arg28 : tensor<64xf32>) outs(%2552 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['LayerNorm_0']['scale']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<64xf32> loc(#loc919)
    %2554 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc920)
    %2555 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%2431, %2553 : tensor<64xf32>, tensor<64xf32>) outs(%2554 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<64xf32> loc(#loc920)
    %2556 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc919)
    %2557 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg29 : tensor<32x64xf32>) outs(%2556 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['position']"), %out: f32 loc("mul"(#loc495))):
      %2680 = arith.mulf %in, %cst_6 : f32 loc(#loc919)
      linalg.yield %2680 : f32 loc(#loc919)
    } -> tensor<32x64xf32> loc(#loc919)
    %2558 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc920)
    %2559 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%2439, %2557 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%2558 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("div"(#loc494)), %in_226: f32 loc("mul"(#loc495)), %out: f32 loc("add"(#loc496))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc920)
      linalg.yield %2680 : f32 loc(#loc920)
    } -> tensor<32x64xf32> loc(#loc920)
    %2560 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2561 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2443 : tensor<64xf32>) outs(%2560 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2562 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc921)
    %2563 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2447 : tensor<256x64xf32>) outs(%2562 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<256x64xf32> loc(#loc921)
    %2564 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc921)
    %2565 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2451 : tensor<256xf32>) outs(%2564 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<256xf32> loc(#loc921)
    %2566 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc921)
    %2567 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2455 : tensor<64x256xf32>) outs(%2566 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x256xf32> loc(#loc921)
    %2568 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2569 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2459 : tensor<64xf32>) outs(%2568 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2570 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2571 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2463 : tensor<64xf32>) outs(%2570 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2572 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2573 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2467 : tensor<64xf32>) outs(%2572 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2574 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2575 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2471 : tensor<64xf32>) outs(%2574 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2576 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc921)
    %2577 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2475 : tensor<64x4x16xf32>) outs(%2576 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x4x16xf32> loc(#loc921)
    %2578 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc921)
    %2579 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2479 : tensor<4x16x64xf32>) outs(%2578 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<4x16x64xf32> loc(#loc921)
    %2580 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc921)
    %2581 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2483 : tensor<64x4x16xf32>) outs(%2580 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x4x16xf32> loc(#loc921)
    %2582 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc921)
    %2583 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2487 : tensor<64x4x16xf32>) outs(%2582 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x4x16xf32> loc(#loc921)
    %2584 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2585 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2491 : tensor<64xf32>) outs(%2584 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2586 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc921)
    %2587 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2495 : tensor<256x64xf32>) outs(%2586 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<256x64xf32> loc(#loc921)
    %2588 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc921)
    %2589 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2499 : tensor<256xf32>) outs(%2588 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<256xf32> loc(#loc921)
    %2590 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc921)
    %2591 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2503 : tensor<64x256xf32>) outs(%2590 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x256xf32> loc(#loc921)
    %2592 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2593 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2507 : tensor<64xf32>) outs(%2592 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2594 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2595 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2511 : tensor<64xf32>) outs(%2594 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2596 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2597 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2515 : tensor<64xf32>) outs(%2596 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2598 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2599 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2519 : tensor<64xf32>) outs(%2598 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2600 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc921)
    %2601 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2523 : tensor<64x4x16xf32>) outs(%2600 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x4x16xf32> loc(#loc921)
    %2602 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc921)
    %2603 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2527 : tensor<4x16x64xf32>) outs(%2602 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<4x16x64xf32> loc(#loc921)
    %2604 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc921)
    %2605 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2531 : tensor<64x4x16xf32>) outs(%2604 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x4x16xf32> loc(#loc921)
    %2606 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc921)
    %2607 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2535 : tensor<64x4x16xf32>) outs(%2606 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x4x16xf32> loc(#loc921)
    %2608 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc921)
    %2609 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2539 : tensor<256xf32>) outs(%2608 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<256xf32> loc(#loc921)
    %2610 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc921)
    %2611 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2543 : tensor<64x256xf32>) outs(%2610 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64x256xf32> loc(#loc921)
    %2612 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc921)
    %2613 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2547 : tensor<256x64xf32>) outs(%2612 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<256x64xf32> loc(#loc921)
    %2614 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2615 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2551 : tensor<64xf32>) outs(%2614 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2616 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc921)
    %2617 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel"]} ins(%2555 : tensor<64xf32>) outs(%2616 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<64xf32> loc(#loc921)
    %2618 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc921)
    %2619 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%2559 : tensor<32x64xf32>) outs(%2618 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("add"(#loc496)), %out: f32 loc("mul"(#loc497))):
      %2680 = arith.mulf %in, %cst_1 : f32 loc(#loc921)
      linalg.yield %2680 : f32 loc(#loc921)
    } -> tensor<32x64xf32> loc(#loc921)
    %2620 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2621 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg0, %2561 : tensor<64xf32>, tensor<64xf32>) outs(%2620 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_0']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2622 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc922)
    %2623 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1, %2563 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2622 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_0']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<256x64xf32> loc(#loc922)
    %2624 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc922)
    %2625 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg2, %2565 : tensor<256xf32>, tensor<256xf32>) outs(%2624 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_1']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<256xf32> loc(#loc922)
    %2626 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc922)
    %2627 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg3, %2567 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2626 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['Dense_1']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x256xf32> loc(#loc922)
    %2628 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2629 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg4, %2569 : tensor<64xf32>, tensor<64xf32>) outs(%2628 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_0']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2630 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2631 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg5, %2571 : tensor<64xf32>, tensor<64xf32>) outs(%2630 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_0']['scale']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2632 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2633 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg6, %2573 : tensor<64xf32>, tensor<64xf32>) outs(%2632 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_1']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2634 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2635 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg7, %2575 : tensor<64xf32>, tensor<64xf32>) outs(%2634 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['LayerNorm_1']['scale']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2636 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc922)
    %2637 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %2577 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2636 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['key']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x4x16xf32> loc(#loc922)
    %2638 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc922)
    %2639 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %2579 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2638 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['out']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<4x16x64xf32> loc(#loc922)
    %2640 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc922)
    %2641 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %2581 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2640 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['query']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x4x16xf32> loc(#loc922)
    %2642 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc922)
    %2643 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %2583 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2642 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_0']['MultiHeadDotProductAttention_0']['value']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x4x16xf32> loc(#loc922)
    %2644 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2645 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg12, %2585 : tensor<64xf32>, tensor<64xf32>) outs(%2644 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_0']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2646 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc922)
    %2647 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg13, %2587 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2646 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_0']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<256x64xf32> loc(#loc922)
    %2648 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc922)
    %2649 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg14, %2589 : tensor<256xf32>, tensor<256xf32>) outs(%2648 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_1']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<256xf32> loc(#loc922)
    %2650 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc922)
    %2651 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg15, %2591 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2650 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['Dense_1']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x256xf32> loc(#loc922)
    %2652 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2653 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg16, %2593 : tensor<64xf32>, tensor<64xf32>) outs(%2652 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_0']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2654 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2655 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg17, %2595 : tensor<64xf32>, tensor<64xf32>) outs(%2654 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_0']['scale']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2656 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2657 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg18, %2597 : tensor<64xf32>, tensor<64xf32>) outs(%2656 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_1']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2658 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2659 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg19, %2599 : tensor<64xf32>, tensor<64xf32>) outs(%2658 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['LayerNorm_1']['scale']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2660 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc922)
    %2661 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20, %2601 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2660 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['key']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x4x16xf32> loc(#loc922)
    %2662 = tensor.empty() {altgrad.phase = "other"} : tensor<4x16x64xf32> loc(#loc922)
    %2663 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg21, %2603 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%2662 : tensor<4x16x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['out']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<4x16x64xf32> loc(#loc922)
    %2664 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc922)
    %2665 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg22, %2605 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2664 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['query']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x4x16xf32> loc(#loc922)
    %2666 = tensor.empty() {altgrad.phase = "other"} : tensor<64x4x16xf32> loc(#loc922)
    %2667 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %2607 : tensor<64x4x16xf32>, tensor<64x4x16xf32>) outs(%2666 : tensor<64x4x16xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Block_1']['MultiHeadDotProductAttention_0']['value']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x4x16xf32> loc(#loc922)
    %2668 = tensor.empty() {altgrad.phase = "other"} : tensor<256xf32> loc(#loc922)
    %2669 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg24, %2609 : tensor<256xf32>, tensor<256xf32>) outs(%2668 : tensor<256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<256xf32> loc(#loc922)
    %2670 = tensor.empty() {altgrad.phase = "other"} : tensor<64x256xf32> loc(#loc922)
    %2671 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg25, %2611 : tensor<64x256xf32>, tensor<64x256xf32>) outs(%2670 : tensor<64x256xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Dense_0']['kernel']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64x256xf32> loc(#loc922)
    %2672 = tensor.empty() {altgrad.phase = "other"} : tensor<256x64xf32> loc(#loc922)
    %2673 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg26, %2613 : tensor<256x64xf32>, tensor<256x64xf32>) outs(%2672 : tensor<256x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['Embed_0']['embedding']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<256x64xf32> loc(#loc922)
    %2674 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2675 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg27, %2615 : tensor<64xf32>, tensor<64xf32>) outs(%2674 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['LayerNorm_0']['bias']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2676 = tensor.empty() {altgrad.phase = "other"} : tensor<64xf32> loc(#loc922)
    %2677 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel"]} ins(%arg28, %2617 : tensor<64xf32>, tensor<64xf32>) outs(%2676 : tensor<64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['LayerNorm_0']['scale']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<64xf32> loc(#loc922)
    %2678 = tensor.empty() {altgrad.phase = "other"} : tensor<32x64xf32> loc(#loc922)
    %2679 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg29, %2619 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%2678 : tensor<32x64xf32>) attrs =  {altgrad.phase = "other"} {
    ^bb0(%in: f32 loc("params['position']"), %in_226: f32 loc("mul"(#loc497)), %out: f32 loc("add"(#loc498))):
      %2680 = arith.addf %in, %in_226 : f32 loc(#loc922)
      linalg.yield %2680 : f32 loc(#loc922)
    } -> tensor<32x64xf32> loc(#loc922)
    return {altgrad.phase = "other"} %2621, %2623, %2625, %2627, %2629, %2631, %2633, %2635, %2637, %2639, %2641, %2643, %2645, %2647, %2649, %2651, %2653, %2655, %2657, %2659, %2661, %2663, %2665, %2667, %2669, %2671, %2673, %2675, %2677, %2679, %2041, %1621, %1627, %1633, %1639, %1645, %1651, %1657, %1663, %1669, %1675, %1681, %1687, %1693, %1699, %1705, %1711, %1717, %1723, %1729, %1735, %1741, %1747, %1753, %1759, %1765, %1771, %1777, %1783, %1789, %1795, %1803, %1811, %1819, %1827, %1835, %1843, %1851, %1859, %1867, %1875, %1883, %1891, %1899, %1907, %1915, %1923, %1931, %1939, %1947, %1955, %1963, %1971, %1979, %1987, %1995, %2003, %2011, %2019, %2027, %2035, %574 : tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x4x16xf32>, tensor<4x16x64xf32>, tensor<64x4x16xf32>, tensor<64x4x16xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x4x16xf32>, tensor<4x16x64xf32>, tensor<64x4x16xf32>, tensor<64x4x16xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<i32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x4x16xf32>, tensor<4x16x64xf32>, tensor<64x4x16xf32>, tensor<64x4x16xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x4x16xf32>, tensor<4x16x64xf32>, tensor<64x4x16xf32>, tensor<64x4x16xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x4x16xf32>, tensor<4x16x64xf32>, tensor<64x4x16xf32>, tensor<64x4x16xf32>, tensor<64xf32>, tensor<256x64xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x4x16xf32>, tensor<4x16x64xf32>, tensor<64x4x16xf32>, tensor<64x4x16xf32>, tensor<256xf32>, tensor<64x256xf32>, tensor<256x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<f32> loc(#loc499)
  } loc(#loc)
} loc(#loc)
#loc262 = loc("jax_export.py":106:14)
#loc264 = loc("jit(train_step)/transpose(jvp(jit(_take)))"(#loc96))
#loc499 = loc("jit(train_step)"(#loc262))
#loc501 = loc(callsite(#loc95 at #loc264))
#loc502 = loc(callsite(#loc97 at #loc265))
#loc723 = loc(callsite(#loc102 at #loc264))
#loc726 = loc(callsite(#loc102 at #loc265))
#loc739 = loc("reshape"(#loc394))
#loc765 = loc("reshape"(#loc410))
#loc783 = loc("reshape"(#loc419))
#loc807 = loc("reshape"(#loc430))
#loc834 = loc("reshape"(#loc446))
#loc852 = loc("reshape"(#loc455))
#loc876 = loc("reshape"(#loc466))
#loc888 = loc("reshape"(#loc473))
#loc890 = loc(callsite(#loc102 at #loc474))
