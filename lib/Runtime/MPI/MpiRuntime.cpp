//===- MpiRuntime.cpp - altgrad's collectives on MPI ----------------------===//
//
// altgradAllReduce (include/altgrad/Runtime/Collectives.h), which
// altgrad-convert-shard-to-runtime calls for a distributed recipe's
// all-reduces (docs/distributed.md): in place on MPI_COMM_WORLD, non-blocking
// and polled, so that a rank that died or stalls makes every other rank stop
// with a message within ALTGRAD_COLLECTIVE_TIMEOUT seconds (MPI_Abort)
// instead of waiting forever or going on with a stale amax. MPI is
// initialized at the first call (or altgradMpiRank/altgradMpiSize) and
// finalized at exit.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Runtime/Collectives.h"

#include <mpi.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace collectives = altgrad::collectives;

#define ALTGRAD_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

/// The default limit on one collective, in seconds.
constexpr double kDefaultTimeout = 60.0;

struct World {
  MPI_Comm comm = MPI_COMM_NULL;
  int rank = 0, size = 1;
  double timeout = kDefaultTimeout;
};

/// Set once a rank fails: MPI_Finalize at exit would wait for the others.
bool aborting = false;

[[noreturn]] void fail(const World &world, const char *what) {
  std::fprintf(stderr, "altgrad: rank %d of %d: %s; aborting every rank\n",
               world.rank, world.size, what);
  std::fflush(stderr);
  aborting = true;
  // On MPI_COMM_WORLD, so that the launcher ends every rank, also one that
  // stalls outside MPI.
  MPI_Abort(MPI_COMM_WORLD, 3);
  std::_Exit(3);
}

void check(const World &world, int status, const char *call) {
  if (status == MPI_SUCCESS)
    return;
  char text[MPI_MAX_ERROR_STRING + 160];
  char error[MPI_MAX_ERROR_STRING];
  int length = 0;
  MPI_Error_string(status, error, &length);
  std::snprintf(text, sizeof(text), "%s failed: %s", call, error);
  fail(world, text);
}

void finalize() {
  if (aborting)
    return;
  int finalized = 0;
  MPI_Finalized(&finalized);
  if (!finalized)
    MPI_Finalize();
}

World &world() {
  static World world = [] {
    World w;
    int initialized = 0;
    MPI_Initialized(&initialized);
    if (!initialized) {
      if (MPI_Init(nullptr, nullptr) != MPI_SUCCESS) {
        std::fprintf(stderr, "altgrad: MPI_Init failed\n");
        std::exit(3);
      }
      std::atexit(finalize);
    }
    // A communicator of altgrad's own, which reports errors rather than
    // aborting inside MPI, so that the message says what failed.
    MPI_Comm_dup(MPI_COMM_WORLD, &w.comm);
    MPI_Comm_set_errhandler(w.comm, MPI_ERRORS_RETURN);
    MPI_Comm_rank(w.comm, &w.rank);
    MPI_Comm_size(w.comm, &w.size);
    if (const char *text = std::getenv("ALTGRAD_COLLECTIVE_TIMEOUT")) {
      char *end = nullptr;
      double seconds = std::strtod(text, &end);
      if (end == text || *end || !(seconds > 0))
        fail(w, "ALTGRAD_COLLECTIVE_TIMEOUT must be a positive number of "
                "seconds");
      w.timeout = seconds;
    }
    return w;
  }();
  return world;
}

} // namespace

ALTGRAD_EXPORT int32_t altgradMpiRank() { return world().rank; }
ALTGRAD_EXPORT int32_t altgradMpiSize() { return world().size; }

ALTGRAD_EXPORT void altgradAllReduce(uintptr_t data, int64_t count,
                                     int32_t type, int32_t reduction,
                                     int64_t ranks) {
  World &w = world();
  char text[256];
  if (ranks != w.size) {
    std::snprintf(text, sizeof(text),
                  "the program was compiled for %lld ranks (the recipe's "
                  "'ranks'), MPI_COMM_WORLD has %d",
                  static_cast<long long>(ranks), w.size);
    fail(w, text);
  }
  MPI_Datatype datatype;
  switch (type) {
  case collectives::kI32:
    datatype = MPI_INT32_T;
    break;
  case collectives::kI64:
    datatype = MPI_INT64_T;
    break;
  case collectives::kF32:
    datatype = MPI_FLOAT;
    break;
  default:
    fail(w, "altgradAllReduce: unknown element type");
  }
  MPI_Op op;
  switch (reduction) {
  case collectives::kMax:
    op = MPI_MAX;
    break;
  case collectives::kSum:
    op = MPI_SUM;
    break;
  default:
    fail(w, "altgradAllReduce: unknown reduction");
  }
  MPI_Request request;
  check(w,
        MPI_Iallreduce(MPI_IN_PLACE, reinterpret_cast<void *>(data),
                       static_cast<int>(count), datatype, op, w.comm, &request),
        "MPI_Iallreduce");
  // Polled: busy at first (a collective of a few numbers between live ranks
  // takes microseconds), then with short sleeps, up to the time limit.
  auto start = std::chrono::steady_clock::now();
  for (unsigned polls = 0;; ++polls) {
    int done = 0;
    check(w, MPI_Test(&request, &done, MPI_STATUS_IGNORE), "MPI_Test");
    if (done)
      return;
    if (polls < 10000)
      continue;
    std::chrono::duration<double> waited =
        std::chrono::steady_clock::now() - start;
    if (waited.count() > w.timeout) {
      std::snprintf(text, sizeof(text),
                    "an all-reduce of %lld values did not complete within "
                    "%g s (ALTGRAD_COLLECTIVE_TIMEOUT): another rank died "
                    "or stalled",
                    static_cast<long long>(count), w.timeout);
      fail(w, text);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}
