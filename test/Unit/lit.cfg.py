# -*- Python -*-
# The GoogleTest unit tests: every executable under unittests/ whose name
# ends in "Tests", sharded across cores by lit.
import os

import lit.formats

config.name = "ALTGRAD-Unit"
config.suffixes = []
config.test_exec_root = os.path.join(config.altgrad_obj_root, "unittests")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(config.llvm_build_mode, "Tests")
# A sanitized build's own inline copies of LLVM's BumpPtrAllocator poison
# the slabs they open, and the uninstrumented MLIR libraries then hand out
# memory from those slabs without unpoisoning it: ASan would report that
# memory's first write. Manual poisoning is therefore off (ASan's own
# checks stay on).
config.environment["ASAN_OPTIONS"] = "allow_user_poisoning=0"
