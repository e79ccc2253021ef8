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
