// The review editor's library side at the size the issue names: `review_bench [BEADS [BYTES]]`
// (default 2000 beads, sentences of about 80 bytes; BYTES pads each sentence to at least that
// length) builds a document pair of BEADS 1-1 beads and times every edit operation of
// pipeline/alignment_editor.h (each done and undone 200 times at spread-out beads), then saving
// (corrections_of + format_corrections, with every 10th bead confirmed) and reopening (parse +
// resume_review). Prints the mean and worst time per call in microseconds, and what one step of
// the undo history weighs (the history keeps 500 steps or about 128 MiB). Run on a Release build.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/alignment_editor.h"
#include "pipeline/corrections.h"

namespace {

using namespace songngu;
using Clock = std::chrono::steady_clock;

Document document_of(size_t n, const char* stem, size_t bytes) {
  Document d;
  for (size_t i = 0; i < n; ++i) {
    std::string text =
        std::string(stem) + " câu số " + std::to_string(i) + " có độ dài như một câu thật trong văn bản";
    while (text.size() + 1 < bytes) text += " thêm";
    text += '.';
    d.segments.push_back(Segment{text, text, SegmentKind::kSentence, i / 5, {}});
  }
  return d;
}

void time(const char* name, size_t calls, const std::function<void(size_t)>& call) {
  double total = 0, worst = 0;
  for (size_t i = 0; i < calls; ++i) {
    const auto start = Clock::now();
    call(i);
    const double us = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    total += us;
    worst = std::max(worst, us);
  }
  std::printf("%-28s %8zu calls  mean %9.1f us  worst %9.1f us\n", name, calls, total / calls, worst);
}

}  // namespace

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 2000;
  if (n < 10) return 2;
  const size_t bytes = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 0;
  const Document source = document_of(n, "Nguồn", bytes), target = document_of(n, "Target", bytes);
  Alignment alignment;
  for (uint32_t i = 0; i < n; ++i) alignment.beads.push_back(Bead{i, 1, i, 1, 0, 0.9f});
  AlignmentEditor editor(source, target, alignment);
  const size_t calls = 200;
  auto at = [&](size_t i) { return 1 + (i * 7919) % (n - 3); };
  time("open (editor of N beads)", 10, [&](size_t) { AlignmentEditor e(source, target, alignment); });
  time("merge_with_next + undo", calls, [&](size_t i) { editor.merge_with_next(at(i)), editor.undo(); });
  time("move_segment_up + undo", calls,
       [&](size_t i) { editor.move_segment_up(at(i), Side::kTarget), editor.undo(); });
  time("confirm + undo", calls, [&](size_t i) { editor.confirm(at(i)), editor.undo(); });
  time("edit_segment + undo", calls,
       [&](size_t i) { editor.edit_segment(Side::kSource, at(i), "Sửa."), editor.undo(); });
  time("split_segment + undo", calls,
       [&](size_t i) { editor.split_segment(Side::kTarget, at(i), 6), editor.undo(); });
  time("merge_with_next", calls,
       [&](size_t i) { editor.merge_with_next(at(i) % (editor.state().beads.size() - 1)); });
  time("undo", calls, [&](size_t) { editor.undo(); });
  time("redo", calls, [&](size_t) { editor.redo(); });
  for (size_t i = 0; i < editor.state().beads.size(); i += 10) editor.confirm(i);
  std::string text;
  time("save (corrections_of+format)", 10,
       [&](size_t) { text = format_corrections(corrections_of(editor, "vi", "en")); });
  Corrections parsed;
  time("parse corrections", 10, [&](size_t) { parsed = parse_corrections(text, "bench", "vi", "en"); });
  const Alignment now = editor.alignment();
  time("resume_review", 10, [&](size_t) { resume_review(source, target, parsed, now); });
  std::printf("%zu beads, corrections file %zu bytes, %zu decided beads\n", n, text.size(),
              parsed.beads.size());
  size_t texts = 0;
  for (const auto* doc : {&source, &target})
    for (const Segment& s : doc->segments) texts += s.text.size();
  std::printf("undo history: %zu steps, %.2f MB a step (texts %.2f MB); 128 MiB holds %zu steps\n",
              editor.history_steps(), editor.history_bytes() / 1e6 / editor.history_steps(), texts / 1e6,
              size_t(134217728.0 * editor.history_steps() / editor.history_bytes()));
  return 0;
}
