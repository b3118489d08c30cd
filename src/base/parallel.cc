#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace songngu {

void parallel_for(size_t count, unsigned threads, const std::function<void(size_t)>& fn) {
  const size_t helpers = std::min<size_t>(threads, count);
  if (helpers <= 1) {
    for (size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  std::atomic<size_t> next{0};
  std::atomic<size_t> failed_at{kNone};  // the lowest failing index so far
  std::exception_ptr error;
  std::mutex error_mutex;
  auto work = [&] {
    for (size_t i; (i = next++) < count;) {
      if (i > failed_at.load(std::memory_order_relaxed)) continue;
      try {
        fn(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (i < failed_at.load(std::memory_order_relaxed)) {
          error = std::current_exception();
          failed_at.store(i, std::memory_order_relaxed);
        }
      }
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(helpers - 1);
  try {
    for (size_t t = 1; t < helpers; ++t) pool.emplace_back(work);
  } catch (...) {
    // No thread could be started (resource limits): the threads that did start and this one
    // share the work, which still gets done.
  }
  work();
  for (auto& th : pool) th.join();
  if (error) std::rethrow_exception(error);
}

unsigned threads_for(double work, double grain, unsigned threads) {
  const double fit = grain > 0 ? work / grain : threads;
  return fit >= threads ? std::max(1u, threads) : std::max(1u, static_cast<unsigned>(fit));
}

unsigned default_threads() {
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace songngu
