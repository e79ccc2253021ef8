# Shared by the scripts in scripts/: sourced, never run.
#
# altgrad_setup installs what the build needs (Debian 12, LLVM/MLIR 22) and
# configures build/ once; altgrad_build then builds incrementally. The scripts
# use ALTGRAD_ROOT, ALTGRAD_BUILD (build/ unless set) and the tools in
# $ALTGRAD_BUILD/bin.

ALTGRAD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
altgrad_build_chosen=${ALTGRAD_BUILD:+1}
ALTGRAD_BUILD=${ALTGRAD_BUILD:-$ALTGRAD_ROOT/build}
LLVM_PREFIX=/usr/lib/llvm-22

# Debian 12 has LLVM 22 from bookworm-security. clang-22 is the compiler of a
# fresh build/; libgtest-dev is for unittests/.
ALTGRAD_PACKAGES=(
  libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools clang-22
  cmake ninja-build libgtest-dev python3 python3-venv
  mpich libmpich-dev
)
# Options of the first configure (altgrad_sanitize adds to them).
ALTGRAD_CMAKE_ARGS=()

altgrad_install_packages() {
  local missing=() package
  for package in "${ALTGRAD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q 'install ok installed' || missing+=("$package")
  done
  if ((${#missing[@]} == 0)); then
    return
  fi
  echo "Installing ${missing[*]}"
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
}

# Configures build/ unless it already is: afterwards ninja reruns CMake by
# itself whenever a CMakeLists.txt changes. CC and CXX pick another compiler.
altgrad_configure() {
  if [[ -f $ALTGRAD_BUILD/build.ninja ]]; then
    return
  fi
  cmake -G Ninja -S "$ALTGRAD_ROOT" -B "$ALTGRAD_BUILD" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER="${CC:-clang-22}" \
    -DCMAKE_CXX_COMPILER="${CXX:-clang++-22}" \
    -DMLIR_DIR="$LLVM_PREFIX/lib/cmake/mlir" \
    -DLLVM_EXTERNAL_LIT="$LLVM_PREFIX/bin/lit" "${ALTGRAD_CMAKE_ARGS[@]}"
}

# Called before altgrad_setup: the build becomes ASan + UBSan with
# assertions and the fuzz target (docs/robustness.md), in build-asan/ unless
# ALTGRAD_BUILD says otherwise, with the sanitizer and libFuzzer runtimes
# installed.
altgrad_sanitize() {
  [[ $altgrad_build_chosen ]] || ALTGRAD_BUILD=$ALTGRAD_ROOT/build-asan
  ALTGRAD_PACKAGES+=(libclang-rt-22-dev)
  ALTGRAD_CMAKE_ARGS+=(-DALTGRAD_SANITIZE=ON -DALTGRAD_ENABLE_FUZZER=ON)
}

# Builds the given targets (everything by default), incrementally.
altgrad_build() {
  ninja -C "$ALTGRAD_BUILD" "$@"
}

# The importer's Python environment (tools/altgrad-import): a virtual
# environment of Debian's python3 at $ALTGRAD_BUILD/venv with the pinned
# tools/altgrad-import/requirements.txt, made again whenever that file
# changes (its copy in the environment says what it holds).
altgrad_setup_import() {
  local venv=$ALTGRAD_BUILD/venv
  local requirements=$ALTGRAD_ROOT/tools/altgrad-import/requirements.txt
  if cmp -s "$requirements" "$venv/requirements.txt"; then
    return
  fi
  echo "Creating the importer's Python environment in $venv"
  rm -rf "$venv"
  mkdir -p "$ALTGRAD_BUILD"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    --requirement "$requirements"
  cp "$requirements" "$venv/requirements.txt"
}

altgrad_setup() {
  altgrad_install_packages
  altgrad_configure
}

# altgrad_compile_gpu_program SOURCE.mlir EXECUTABLE [OPTIONS]: lowers a
# program whose entry point is `func.func @main()` with `altgrad-opt
# --lower-fp8[=OPTIONS]` for the GPU and links it with altgrad's CUDA runtime
# and MLIR's runner utilities.
altgrad_compile_gpu_program() {
  local source=$1 exe=$2 options=${3:-} work
  work=$(mktemp -d)
  "$ALTGRAD_BUILD/bin/altgrad-opt" "$source" --lower-fp8${options:+="$options"} \
    -o "$work/program.mlir"
  "$LLVM_PREFIX/bin/mlir-translate" --mlir-to-llvmir "$work/program.mlir" \
    -o "$work/program.ll"
  "$LLVM_PREFIX/bin/clang" -O2 -Wno-override-module -c "$work/program.ll" \
    -o "$work/program.o"
  # MLIR's `main` returns nothing: a C `main` calls it and returns 0.
  "$LLVM_PREFIX/bin/llvm-objcopy" --redefine-sym main=altgrad_program_main \
    "$work/program.o"
  "$LLVM_PREFIX/bin/clang++" "$work/program.o" \
    "$ALTGRAD_BUILD/lib/libaltgrad_program_runtime.a" -o "$exe" \
    -L"$ALTGRAD_BUILD/lib" -laltgrad_cuda_runtime \
    -L/usr/local/cuda/lib64/stubs -lcuda -Wl,-rpath,'$ORIGIN/../lib'
  rm -rf "$work"
}
