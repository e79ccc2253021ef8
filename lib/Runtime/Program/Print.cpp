//===- Print.cpp - Printing for lowered programs without MLIR -------------===//
//
// The functions `vector.print` and `printMemrefF32` calls lower to, with the
// output format of MLIR's runner utilities, so that a program prints the
// same text under mlir-runner and as an executable built by scripts.
//
//===----------------------------------------------------------------------===//

#include "mlir/ExecutionEngine/RunnerUtils.h"

#include <cinttypes>
#include <cstdio>
#include <iostream>

extern "C" {
void printI64(int64_t value) { std::printf("%" PRId64, value); }
void printU64(uint64_t value) { std::printf("%" PRIu64, value); }
void printF32(float value) { std::printf("%g", value); }
void printF64(double value) { std::printf("%lg", value); }
void printString(char const *text) { std::fputs(text, stdout); }
void printOpen() { std::fputs("( ", stdout); }
void printClose() { std::fputs(" )", stdout); }
void printComma() { std::fputs(", ", stdout); }
void printNewline() { std::fputc('\n', stdout); }

void printMemrefF32(int64_t rank, void *descriptor) {
  // The memref printer writes to std::cout: keep it ordered with stdio.
  std::fflush(stdout);
  UnrankedMemRefType<float> memref = {rank, descriptor};
  impl::printMemRef(memref);
  std::cout.flush();
}
}
