//===- CudaDriver.h - Driver-API set-up for the GPU programs ---*- C++ -*-===//
//
// Shared by the GPU checks and the GPU benchmark, which allocate and time
// with the CUDA driver API beside the lowered kernels.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_GPUCHECK_CUDADRIVER_H
#define ALTGRAD_UNITTESTS_GPUCHECK_CUDADRIVER_H

#include <cuda.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace cuda_driver {

/// Exits with the failing call and CUDA's error name unless `result` is
/// success.
inline void check(CUresult result, const char *call) {
  if (result == CUDA_SUCCESS)
    return;
  const char *name = nullptr;
  cuGetErrorName(result, &name);
  std::fprintf(stderr, "%s failed: %s\n", call, name ? name : "unknown");
  std::exit(2);
}

/// Makes device 0's primary context current, the one altgrad's runtime
/// launches the kernels in, and returns the device's name.
inline std::string usePrimaryContext() {
  CUdevice device;
  CUcontext context;
  check(cuInit(0), "cuInit");
  check(cuDeviceGet(&device, 0), "cuDeviceGet");
  check(cuDevicePrimaryCtxRetain(&context, device), "cuDevicePrimaryCtxRetain");
  check(cuCtxSetCurrent(context), "cuCtxSetCurrent");
  char name[256];
  check(cuDeviceGetName(name, sizeof(name), device), "cuDeviceGetName");
  return name;
}

} // namespace cuda_driver

#define CHECK_CUDA(call) cuda_driver::check(call, #call)

#endif // ALTGRAD_UNITTESTS_GPUCHECK_CUDADRIVER_H
