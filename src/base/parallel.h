#pragma once
// The one way songngu runs work in parallel: fn(0), ..., fn(count - 1) on up to `threads` threads,
// the calling thread among them. Every stage uses it (reading a batch, tokenizing, the aligner's
// passes, writing outputs), so there is one place that decides how errors and threads behave.
//
// Contract:
// - Each index runs at most once; indexes are handed out in increasing order.
// - An exception thrown by fn(i) is kept for i. When several indexes fail, the one with the lowest
//   index is rethrown after every running call has returned, so the error a user sees does not
//   depend on the number of threads or on timing. Indexes above a failed one that have not started
//   are skipped (their result could not be used); every index below it still runs.
// - With threads <= 1 or count <= 1 everything runs on the calling thread, in order.
#include <cstddef>
#include <functional>

namespace songngu {

void parallel_for(size_t count, unsigned threads, const std::function<void(size_t)>& fn);

// The threads worth starting for `work` units when a thread should get at least `grain` of them:
// min(threads, work / grain), at least 1. Starting a thread costs tens of microseconds (its stack
// and, on its first allocation, a malloc arena of its own), more than the work of a short document
// (issue 12), so small work runs on the calling thread.
unsigned threads_for(double work, double grain, unsigned threads);

// The number of threads to use when the user does not say: the processors of the machine (1 when
// unknown).
unsigned default_threads();

}  // namespace songngu
