#pragma once
// How a long library call tells its caller what it is doing: the steps of the job as they start,
// and the warnings about its input. The CLI draws a progress bar and prints the warnings; the
// review server (later) sends them to the browser; tests collect them. The library never prints.
//
// Contract: a job calls start() once, then step() once per step it announced, and warning()
// whenever it has something to say; calls may come from the job's worker threads but never two
// at once. The default implementation ignores everything (a quiet caller).
#include <cstddef>

#include "base/error.h"

namespace songngu {

class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  // The job will announce `steps` steps in all.
  virtual void start(size_t steps) { (void)steps; }
  // A step begins: `what` describes it ("reading {1}" with the file).
  virtual void step(const Message& what) { (void)what; }
  virtual void warning(const Warning& warning) { (void)warning; }
};

}  // namespace songngu
