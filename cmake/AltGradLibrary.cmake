# add_altgrad_library(name SOURCES... [DEPENDS targets...] [LINK_LIBS libs...])
#
# A static library of altgrad, linked against the shared libMLIR (mixing the
# shared and static MLIR libraries aborts at start-up), exported in the
# AltGrad CMake package.
function(add_altgrad_library name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LINK_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  target_link_libraries(${name} PUBLIC ${ARG_LINK_LIBS})
  # Coverage for libFuzzer: the code that tools/altgrad-fuzz exercises.
  if(ALTGRAD_ENABLE_FUZZER)
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
  altgrad_export_library(${name})
endfunction()

# add_altgrad_c_api_library(name SOURCES... [LINK_LIBS PUBLIC libs...])
#
# A static library of altgrad's C API (include/altgrad-c/), made as upstream
# makes its own, with add_mlir_public_c_api_library: compiled from an object
# library obj.<name>, with hidden visibility except for MLIR_CAPI_EXPORTED
# functions. It brings upstream's C API for the IR and passes
# (libMLIRCAPIIR.a), whose CMake target would also bring the static MLIR
# libraries.
function(add_altgrad_c_api_library name)
  add_mlir_public_c_api_library(${name} ${ARGN})
  # The archive alone, and the libMLIR its objects call into after it.
  target_link_libraries(${name} PUBLIC "$<TARGET_FILE:MLIRCAPIIR>" MLIR)
  altgrad_export_library(${name})
endfunction()

# Makes `name` usable as AltGrad::<name> in this build and in the installed
# package: include directories, installation, the AltGradTargets export set
# and ALTGRAD_LIBRARIES.
function(altgrad_export_library name)
  add_library(AltGrad::${name} ALIAS ${name})
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  # Instrumented code needs the sanitizer runtimes wherever it is linked,
  # installed consumers included.
  if(ALTGRAD_SANITIZE)
    target_link_options(${name} INTERFACE ${ALTGRAD_SANITIZER_FLAGS})
  endif()
  install(TARGETS ${name} EXPORT AltGradTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
  set_property(GLOBAL APPEND PROPERTY ALTGRAD_LIBRARIES ${name})
endfunction()

# altgrad_unsanitized(target): builds `target` without the sanitizers of
# ALTGRAD_SANITIZE, for run-time libraries that uninstrumented programs
# (mlir-runner, GPU executables) link or load, which lack the sanitizer
# runtimes.
function(altgrad_unsanitized target)
  if(ALTGRAD_SANITIZE)
    target_compile_options(${target} PRIVATE -fno-sanitize=all)
    target_link_options(${target} PRIVATE -fno-sanitize=all)
  endif()
endfunction()
