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

#include <cstdio>
#include <cstdlib>

namespace collectives = altgrad::collectives;

#define ALTGRAD_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

struct World {
  MPI_Comm comm = MPI_COMM_NULL;
  int rank = 0, size = 1;
  double timeout = 0;
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
    std::optional<double> timeout = collectives::collectiveTimeout();
    if (!timeout)
      fail(w, collectives::kBadTimeout);
    w.timeout = *timeout;
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
  if (collectives::describeInvalidCall(type, reduction, ranks, w.size,
                                       "MPI_COMM_WORLD", text, sizeof(text)))
    fail(w, text);
  MPI_Datatype datatype =
      *collectives::byElementType(type, MPI_INT32_T, MPI_INT64_T, MPI_FLOAT);
  MPI_Op op = *collectives::byReduction(reduction, MPI_MAX, MPI_SUM);
  MPI_Request request;
  check(w,
        MPI_Iallreduce(MPI_IN_PLACE, reinterpret_cast<void *>(data),
                       static_cast<int>(count), datatype, op, w.comm, &request),
        "MPI_Iallreduce");
  if (!collectives::pollWithin(w.timeout, [&] {
        int done = 0;
        check(w, MPI_Test(&request, &done, MPI_STATUS_IGNORE), "MPI_Test");
        return done != 0;
      })) {
    std::snprintf(text, sizeof(text),
                  "an all-reduce of %lld values did not complete within "
                  "%g s (ALTGRAD_COLLECTIVE_TIMEOUT): another rank died "
                  "or stalled",
                  static_cast<long long>(count), w.timeout);
    fail(w, text);
  }
}
