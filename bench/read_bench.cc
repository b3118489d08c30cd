// Document reading throughput (issue 14: a 10 MB DOCX or HTML file at 20 MB/s or more): reads each
// file with the reader its extension names (read_document_text: unzip, XML or HTML parse, blocks,
// the text the segmenter gets), several times, and prints the median MB/s of the file's size,
// wall clock and per CPU second of the process, every thread counted (the DOCX and ODT readers
// inflate on a helper thread; CPU time is robust to a busy machine, wall clock is not), and the
// peak RSS.
//
//   read_bench [-r RUNS] FILE...
// bench/make-read-inputs.sh makes 10 MB HTML, DOCX and ODT files from the bundled corpus.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "base/error.h"
#include "read/document_format.h"
#include "read/read_document.h"

namespace {

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "-r") && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else
      paths.push_back(argv[i]);
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: read_bench [-r RUNS] FILE...\n");
    return 2;
  }
  try {
    std::printf(
        "| file | format | MB | blocks | text MB | median s | MB/s | MB per CPU-s "
        "|\n|---|---|---|---|---|---|---|---|\n");
    for (const auto& path : paths) {
      const double mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
      const songngu::DocumentFormat format = songngu::format_from_extension(path);
      std::vector<double> walls, cpus;
      size_t blocks = 0, text = 0;
      for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const double cpu = cpu_seconds();
        songngu::DocumentText doc = songngu::read_document_text(path, format, {});
        cpus.push_back(cpu_seconds() - cpu);
        walls.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        blocks = doc.blocks.size();
        text = doc.file.text.size();
      }
      std::sort(walls.begin(), walls.end());
      std::sort(cpus.begin(), cpus.end());
      const double wall = walls[walls.size() / 2], cpu = cpus[cpus.size() / 2];
      std::printf("| %s | %s | %.1f | %zu | %.1f | %.3f | %.1f | %.1f |\n",
                  std::filesystem::path(path).filename().c_str(), songngu::document_format_name(format), mb,
                  blocks, static_cast<double>(text) / 1e6, wall, mb / wall, mb / cpu);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS %.0f MB\n", static_cast<double>(usage.ru_maxrss) / 1024);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "read_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
