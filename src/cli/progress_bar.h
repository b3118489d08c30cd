#pragma once
// The CLI's ProgressSink: a progress bar on standard error, drawn only when standard error is a
// terminal, with the library's warnings printed (translated) on their own lines above it.
#include <cstddef>
#include <string>

#include "pipeline/progress.h"

namespace songngu::cli {

class ProgressBar : public ProgressSink {
 public:
  // `quiet`: no bar and no warnings (errors still reach the user as exceptions).
  explicit ProgressBar(bool quiet);
  ~ProgressBar() override;
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void start(size_t steps) override;
  void step(const Message& what) override;
  void warning(const Warning& warning) override;
  // Clears the bar (before the caller prints its summary).
  void finish();

 private:
  void draw();

  bool quiet_;
  bool drawing_;
  size_t total_ = 0;
  size_t done_ = 0;
  std::string label_;
};

}  // namespace songngu::cli
