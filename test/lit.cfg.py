# -*- Python -*-
import os

import lit.formats
import lit.util
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "ALTGRAD"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.altgrad_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%altgrad_src_root", config.altgrad_src_root))
config.substitutions.append(("%altgrad_obj_root", config.altgrad_obj_root))
config.substitutions.append(("%mlir_lib_dir", config.mlir_lib_dir))
config.substitutions.append(("%cmake", config.cmake_command))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
# A sanitized build's own inline copies of LLVM's BumpPtrAllocator poison
# the slabs they open, and the uninstrumented MLIR libraries then hand out
# memory from those slabs without unpoisoning it: ASan would report that
# memory's first write. Manual poisoning is therefore off (ASan's own
# checks stay on).
config.environment["ASAN_OPTIONS"] = "allow_user_poisoning=0"
# `not` and `count` start RUN lines too, not only after a pipe.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.use_default_substitutions()

tool_dirs = [config.altgrad_tools_dir, config.llvm_tools_dir]
tools = [
    "altgrad-opt",
    "altgrad-capi-test",
    "mlir-runner",
    ToolSubst("altgrad-format-table", unresolved="ignore"),
]
# The fuzz target of a sanitized build (ALTGRAD_ENABLE_FUZZER, test/Fuzz).
if lit.util.pythonize_bool(config.altgrad_fuzzer):
    config.available_features.add("fuzzer")
    tools.append("altgrad-fuzz")
llvm_config.add_tool_substitutions(tools, tool_dirs)

# MLIR's NVVM serialization links libdevice, which kernels calling math
# functions (__nv_fabsf, __nv_expf) need, from the CUDA toolkit that
# CUDA_HOME names; without it ptxas fails on the unresolved functions.
config.environment["CUDA_HOME"] = os.environ.get("CUDA_HOME", "/usr/local/cuda")

# The importer runs in its own Python environment. A missing environment
# fails the importer's tests (its launcher says how to make it) rather than
# skipping them.
importer = os.path.join(config.altgrad_src_root, "tools", "altgrad-import", "altgrad-import")
config.substitutions.append(
    (
        "%altgrad-import",
        f"env ALTGRAD_BUILD={config.altgrad_obj_root} "
        f"ALTGRAD_IMPORT_PYTHON={config.altgrad_import_python} {importer}",
    )
)
config.substitutions.append(("%import-python", config.altgrad_import_python))
config.substitutions.append(("%importer", importer))

# GPU tests run executables compiled ahead of time by scripts/gpu-pack (where
# MLIR is) and run by scripts/gpu-run (where a GPU is), whose site config
# names their folder; everywhere else they are reported unsupported.
# `%gpu-run FILE.mlir [VARIANT]` runs the executable compiled from FILE.mlir
# (with the options of its `LOWER-FP8-VARIANT: VARIANT ...` line).
gpu_exe_dir = getattr(config, "altgrad_gpu_exe_dir", None)
if gpu_exe_dir:
    config.available_features.add("cuda")
    config.substitutions.append(
        ("%gpu-run", os.path.join(gpu_exe_dir, "run-prebuilt"))
    )
