// Segmentation throughput: segments every input file in memory, several times, and prints the
// median MB/s on one thread, next to ICU's bare sentence break iterator on the same text as a
// yardstick. "Per core" divides by the thread's CPU time, so other processes on a shared machine
// do not distort it; wall-clock time is printed too.
//
//   segment_bench [-l LANG] [-r RUNS] [FILE...]
// Without files it reads ../shared/data/align/*/*.raw.vi (the LibreOffice help text; path relative
// to the source tree), the figure docs/performance.md reports.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/error.h"
#include "segment/segmenter.h"
#include "text/normalize.h"
#include "text/read_text.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> default_inputs() {
  std::vector<std::string> out;
  std::filesystem::path root = std::filesystem::path(SONGNGU_SOURCE_DIR) / ".." / "shared" / "data" / "align";
  std::error_code ec;
  for (const auto& dir : std::filesystem::directory_iterator(root, ec)) {
    if (!dir.is_directory()) continue;
    for (const auto& f : std::filesystem::directory_iterator(dir.path(), ec))
      if (f.path().string().ends_with(".raw.vi")) out.push_back(f.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Timing {
  double wall = 0;  // median wall-clock seconds
  double cpu = 0;   // median CPU seconds of this thread: the per-core figure, robust to a busy machine
};

template <typename F>
Timing median_time(int runs, F&& body) {
  std::vector<double> walls, cpus;
  for (int r = 0; r < runs; ++r) {
    auto start = Clock::now();
    double cpu_start = thread_cpu_seconds();
    body();
    cpus.push_back(thread_cpu_seconds() - cpu_start);
    walls.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  std::sort(walls.begin(), walls.end());
  std::sort(cpus.begin(), cpus.end());
  return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

}  // namespace

int main(int argc, char** argv) {
  std::string lang_tag = "vi";
  int runs = 5;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "-l") && i + 1 < argc)
      lang_tag = argv[++i];
    else if (!std::strcmp(argv[i], "-r") && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else
      paths.push_back(argv[i]);
  }
  if (paths.empty()) paths = default_inputs();
  if (paths.empty()) {
    std::fprintf(stderr, "segment_bench: no input files (pass some, or provide ../shared/data/align)\n");
    return 2;
  }
  try {
    std::vector<songngu::TextFile> files;
    size_t bytes = 0;
    for (const auto& p : paths) {
      files.push_back(songngu::read_text_file(p));
      bytes += files.back().text.size();
    }
    songngu::Segmenter segmenter{songngu::Lang(lang_tag)};
    size_t segments = 0;
    Timing t = median_time(runs, [&] {
      segments = 0;
      for (const auto& f : files) segments += segmenter.segment(f).segments.size();
    });

    // The share of the match keys (text/normalize.h) in it: match_key over the same segments.
    std::vector<std::string> texts;
    for (const auto& f : files)
      for (auto& seg : segmenter.segment(f).segments) texts.push_back(std::move(seg.text));
    size_t key_bytes = 0;
    Timing key_t = median_time(runs, [&] {
      key_bytes = 0;
      for (const auto& text : texts) key_bytes += songngu::match_key(text).size();
    });

    // Yardstick: ICU's sentence iterator alone over each file (UTF-8 -> UTF-16 included).
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> icu(
        icu::BreakIterator::createSentenceInstance(icu::Locale(lang_tag.c_str()), status));
    size_t icu_boundaries = 0;
    Timing icu_t = median_time(runs, [&] {
      icu_boundaries = 0;
      for (const auto& f : files) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(f.text);
        icu->setText(u);
        for (int32_t b = icu->first(); b != icu::BreakIterator::DONE; b = icu->next()) ++icu_boundaries;
      }
    });
    double mb = static_cast<double>(bytes) / 1e6;
    std::printf("input: %zu files, %.2f MB, language %s, median of %d runs\n", files.size(), mb,
                lang_tag.c_str(), runs);
    std::printf(
        "songngu Segmenter::segment: %.1f MB/s per core (CPU %.3f s; wall %.3f s = %.1f MB/s), %zu "
        "segments\n",
        mb / t.cpu, t.cpu, t.wall, mb / t.wall, segments);
    std::printf("  of which match_key on every segment: CPU %.3f s (%.0f%%)\n", key_t.cpu,
                100.0 * key_t.cpu / t.cpu);
    std::printf(
        "ICU sentence BreakIterator alone: %.1f MB/s per core (CPU %.3f s; wall %.3f s), %zu boundaries\n",
        mb / icu_t.cpu, icu_t.cpu, icu_t.wall, icu_boundaries);
  } catch (const songngu::Error& e) {
    std::fprintf(stderr, "segment_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
