//===- ProfileReportTest.cpp - ALTGRAD_CUDA_PROFILE's table ---------------===//

#include "altgrad/Runtime/ProfileReport.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace altgrad::runtime;

namespace {
std::vector<std::string> lines(const std::string &text) {
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    result.push_back(line);
  return result;
}

TEST(ProfileReport, AggregatesPerNameGridAndBlockByTotalDescending) {
  Dims one{1, 1, 1}, wide{128, 1, 1}, block{256, 1, 1};
  std::vector<TimedLaunch> launches = {
      {"add", wide, block, 0.5f},         {"gemm f32 8x8x8", one, one, 4.0f},
      {"add", wide, block, 1.5f},         {"add", one, block, 0.25f},
      {"gemm f32 8x8x8", one, one, 2.0f},
  };
  std::vector<HostCounter> counters = {{"alloc", 3, 4096, 2500000}};
  std::vector<std::string> table =
      lines(formatProfileReport(launches, counters));
  ASSERT_EQ(table.size(), 1u + 3 + 1 + 1);
  EXPECT_EQ(table[1], "       6.000        2      3000.00        1x1x1 "
                      "       1x1x1  gemm f32 8x8x8");
  EXPECT_EQ(table[2], "       2.000        2      1000.00      128x1x1 "
                      "     256x1x1  add");
  EXPECT_EQ(table[3], "       0.250        1       250.00        1x1x1 "
                      "     256x1x1  add");
  EXPECT_EQ(table[4], "       8.250        5  all launches and GEMMs");
  EXPECT_EQ(table[5], "host alloc: 3 calls, 4096 bytes, 2.500 ms");
}

TEST(ProfileReport, EmptyProfileHasOnlyHeaderAndTotal) {
  std::vector<std::string> table = lines(formatProfileReport({}, {}));
  ASSERT_EQ(table.size(), 2u);
  EXPECT_EQ(table[1], "       0.000        0  all launches and GEMMs");
}
} // namespace
