// align_bench: alignment speed on the dev sets (../shared/data/align) and on one long document.
//   build/bench/align_bench [SHARED_DIR] [--runs N] [--threads N] [--long N]
// 1. --batch style: the 509 presegmented documents of lohelp-vi-en + lohelp-vi-ko, one Aligner
//    call per language pair (as `songngu align --batch` does), reading excluded; sentence pairs per
//    second = Vietnamese segments / seconds; median of the runs.
// 2. One document of N (default 100000) sentence pairs made by concatenating the vi-en dev
//    documents until N; time, DP cells and peak memory (for the linear-scaling claim run it with
//    --long 10000 and --long 100000).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "segment/segmenter.h"
#include "text/read_text.h"

namespace fs = std::filesystem;
using namespace songngu;

namespace {

struct Set {
  std::vector<Document> source, target;
};

Set load_set(const std::string& dir) {
  std::vector<std::string> stems;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".gold") stems.push_back(e.path().stem().string());
  std::sort(stems.begin(), stems.end());
  Set set;
  for (const auto& stem : stems) {
    std::string t = dir + "/" + stem + ".en", lang = "en";
    if (!fs::exists(t)) t = dir + "/" + stem + ".ko", lang = "ko";
    set.source.push_back(read_presegmented(read_text_file(dir + "/" + stem + ".vi"), Lang("vi")));
    set.target.push_back(read_presegmented(read_text_file(t), Lang(lang)));
  }
  return set;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU seconds of the process (user + system): on a shared, loaded machine wall time says more
// about the neighbours than about the program, so both are printed.
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = std::string(SONGNGU_SOURCE_DIR) + "/../shared";
  int runs = 3;
  unsigned threads = 2;
  size_t long_pairs = 100000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc)
      runs = std::stoi(argv[++i]);
    else if (a == "--threads" && i + 1 < argc)
      threads = static_cast<unsigned>(std::stoi(argv[++i]));
    else if (a == "--long" && i + 1 < argc)
      long_pairs = std::stoul(argv[++i]);
    else
      shared = a;
  }
  std::string data = shared + "/data/align";
  if (!fs::is_directory(data)) {
    std::printf("align_bench: %s not found: skipped\n", data.c_str());
    return 0;
  }
  Set en = load_set(data + "/lohelp-vi-en"), ko = load_set(data + "/lohelp-vi-ko");
  size_t segments = 0;
  for (const auto* set : {&en, &ko})
    for (const auto& d : set->source) segments += d.segments.size();

  AlignerOptions options;
  options.threads = threads;
  Aligner aligner(options);
  std::vector<double> times, cpu;
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_seconds();
    for (const auto* set : {&en, &ko}) {
      std::vector<DocumentPair> pairs;
      for (size_t d = 0; d < set->source.size(); ++d) pairs.push_back({&set->source[d], &set->target[d]});
      aligner.align(pairs);
    }
    times.push_back(seconds_since(t0));
    cpu.push_back(cpu_seconds() - c0);
  }
  std::sort(times.begin(), times.end());
  std::sort(cpu.begin(), cpu.end());
  double median = times[times.size() / 2], median_cpu = cpu[cpu.size() / 2];
  std::printf(
      "dev sets (%zu documents, %zu Vietnamese segments), %u threads: median %.3f s wall (%.0f sentence "
      "pairs/s), %.3f s CPU (%.0f pairs per CPU-second), %d runs\n",
      en.source.size() + ko.source.size(), segments, threads, median, segments / median, median_cpu,
      segments / median_cpu, runs);

  if (long_pairs > 0) {
    Document src, tgt;
    src.lang = Lang("vi");
    tgt.lang = Lang("en");
    while (src.segments.size() < long_pairs) {
      for (size_t d = 0; d < en.source.size() && src.segments.size() < long_pairs; ++d) {
        for (const auto& s : en.source[d].segments) src.segments.push_back(s);
        for (const auto& s : en.target[d].segments) tgt.segments.push_back(s);
      }
    }
    AlignStats stats;
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_seconds();
    aligner.align(src, tgt, &stats);
    double t = seconds_since(t0), c = cpu_seconds() - c0;
    std::printf(
        "one document of %zu x %zu segments: %.2f s wall, %.2f s CPU (%.0f pairs per CPU-second), %zu DP "
        "cells (%.1f per source segment), peak RSS %.0f MB\n",
        src.segments.size(), tgt.segments.size(), t, c, src.segments.size() / c, stats.lattice_cells,
        static_cast<double>(stats.lattice_cells) / static_cast<double>(src.segments.size()), peak_rss_mb());
  }
  return 0;
}
