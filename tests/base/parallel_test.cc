#include "base/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace songngu {
namespace {

TEST(ParallelFor, RunsEveryIndexOnceWhateverTheThreads) {
  for (unsigned threads : {0u, 1u, 2u, 7u, 64u}) {
    std::vector<std::atomic<int>> runs(1000);
    parallel_for(runs.size(), threads, [&](size_t i) { ++runs[i]; });
    for (size_t i = 0; i < runs.size(); ++i)
      ASSERT_EQ(runs[i], 1) << "index " << i << ", threads " << threads;
  }
}

TEST(ParallelFor, NothingToDo) {
  bool called = false;
  parallel_for(0, 4, [&](size_t) { called = true; });
  EXPECT_FALSE(called);
}

TEST(ParallelFor, OneThreadRunsInOrderOnTheCaller) {
  std::vector<size_t> order;
  const auto caller = std::this_thread::get_id();
  parallel_for(5, 1, [&](size_t i) {
    EXPECT_EQ(std::this_thread::get_id(), caller);
    order.push_back(i);
  });
  EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2, 3, 4}));
}

TEST(ParallelFor, TheCallingThreadWorksToo) {
  // Each call waits until two threads have arrived, so with two threads both must take part; the
  // caller is one of them (there is only one helper).
  std::mutex m;
  std::set<std::thread::id> seen;
  std::atomic<int> arrived{0};
  parallel_for(2, 2, [&](size_t) {
    {
      std::lock_guard<std::mutex> lock(m);
      seen.insert(std::this_thread::get_id());
    }
    ++arrived;
    while (arrived < 2) std::this_thread::yield();
  });
  EXPECT_EQ(seen.size(), 2u);
  EXPECT_TRUE(seen.count(std::this_thread::get_id()));
}

TEST(ParallelFor, TheLowestFailingIndexIsRethrown) {
  // Index 7 fails first in time (index 3 waits for it), yet the error of index 3 is the one
  // reported: what a user sees does not depend on timing.
  for (unsigned threads : {1u, 2u, 4u}) {
    std::atomic<bool> seven_failed{threads == 1};
    std::vector<std::atomic<int>> runs(20);
    try {
      parallel_for(runs.size(), threads, [&](size_t i) {
        ++runs[i];
        if (i == 7) {
          seven_failed = true;
          throw std::runtime_error("seven");
        }
        if (i == 3) {
          if (threads > 1)
            while (!seven_failed) std::this_thread::yield();
          throw std::runtime_error("three");
        }
      });
      FAIL() << "no exception";
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()), "three") << threads << " threads";
    }
    for (size_t i = 0; i <= 3; ++i) EXPECT_EQ(runs[i], 1) << "every index below the failure runs";
  }
}

TEST(ParallelFor, IndexesAboveAFailureThatHaveNotStartedAreSkipped) {
  std::atomic<size_t> ran{0};
  EXPECT_THROW(parallel_for(100000, 1,
                            [&](size_t i) {
                              ++ran;
                              if (i == 10) throw std::runtime_error("stop");
                            }),
               std::runtime_error);
  EXPECT_EQ(ran, 11u);
}

TEST(ParallelFor, DefaultThreadsIsAtLeastOne) {
  EXPECT_GE(default_threads(), 1u);
}

TEST(ParallelFor, SmallWorkRunsOnTheCallingThread) {
  // Less than a grain of work per thread: fewer threads, down to the caller alone.
  EXPECT_EQ(threads_for(13, 128, 2), 1u);
  EXPECT_EQ(threads_for(0, 128, 4), 1u);
  EXPECT_EQ(threads_for(256, 128, 2), 2u);
  EXPECT_EQ(threads_for(300, 100, 8), 3u);
  EXPECT_EQ(threads_for(1e9, 100, 8), 8u);
  EXPECT_EQ(threads_for(1e9, 100, 0), 1u);
  // With threads_for's answer, a short input's work never leaves the calling thread.
  const auto caller = std::this_thread::get_id();
  bool elsewhere = false;
  parallel_for(2, threads_for(13, 128, 2), [&](size_t) {
    if (std::this_thread::get_id() != caller) elsewhere = true;
  });
  EXPECT_FALSE(elsewhere);
}

}  // namespace
}  // namespace songngu
