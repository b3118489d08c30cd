#include "cli/progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "cli/messages.h"

namespace songngu::cli {
namespace {

constexpr size_t kBarWidth = 30;
constexpr size_t kLabelBytes = 48;

// `text` cut to about `bytes` on a UTF-8 character boundary, with "..." when cut.
std::string shortened(const std::string& text, size_t bytes) {
  if (text.size() <= bytes) return text;
  size_t cut = bytes - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

}  // namespace

ProgressBar::ProgressBar(bool quiet) : quiet_(quiet), drawing_(!quiet && isatty(STDERR_FILENO)) {}

ProgressBar::~ProgressBar() {
  finish();
}

void ProgressBar::start(size_t steps) {
  total_ = steps;
}

void ProgressBar::step(const Message& what) {
  if (!drawing_) return;
  ++done_;
  label_ = shortened(tr_message(what), kLabelBytes);
  draw();
}

void ProgressBar::warning(const Warning& warning) {
  if (quiet_) return;
  if (drawing_) std::cerr << "\r\033[K" << std::flush;
  print_warning(warning);
  if (drawing_ && done_ > 0) draw();
}

void ProgressBar::finish() {
  if (drawing_ && done_ > 0) std::cerr << "\r\033[K" << std::flush;
  drawing_ = false;
}

void ProgressBar::draw() {
  const size_t filled = total_ ? std::min(kBarWidth, done_ * kBarWidth / total_) : kBarWidth;
  std::cerr << "\r\033[K[" << std::string(filled, '#') << std::string(kBarWidth - filled, ' ') << "] "
            << label_ << std::flush;
}

}  // namespace songngu::cli
