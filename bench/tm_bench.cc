// TMX writing and reading at scale: `tm_bench write N FILE` streams N synthetic vi/en units to FILE,
// `tm_bench read FILE` streams them back (TmxReader), `tm_bench load FILE` reads the whole memory
// into a vector (read_tmx). Each prints wall time, units per second and the process's peak RSS, so
// run one mode per process (see docs/performance.md). The sentences are made of words taken at
// random (fixed seed) from the bundled corpus, so the bytes look like real Vietnamese and English.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tm/tmx_reader.h"
#include "tm/tmx_writer.h"

namespace {

using Clock = std::chrono::steady_clock;

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

std::vector<std::string> words_of(const std::string& folder) {
  std::vector<std::string> words;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    std::ifstream in(entry.path());
    std::string w;
    while (in >> w) words.push_back(w);
  }
  if (words.empty()) words = {"một", "hai", "ba", "one", "two", "three"};
  return words;
}

struct Random {  // a fixed LCG: the same units on every run and machine
  uint64_t state = 12345;
  size_t below(size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>((state >> 33) % n);
  }
};

std::string sentence(const std::vector<std::string>& words, Random& r) {
  size_t n = 8 + r.below(18);
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    if (i) s += ' ';
    s += words[r.below(words.size())];
  }
  return s;
}

void report(const char* what, size_t units, Clock::time_point start, const std::string& file) {
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::error_code ec;
  double mb = std::filesystem::file_size(file, ec) / 1e6;
  std::printf("%s: %zu units, %.1f MB file, %.2f s, %.0f units/s, peak RSS %.1f MB\n", what, units, mb,
              seconds, units / seconds, peak_rss_mb());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: tm_bench write N FILE | read FILE | load FILE\n");
    return 2;
  }
  std::string mode = argv[1];
  try {
    if (mode == "write" && argc == 4) {
      size_t n = std::strtoull(argv[2], nullptr, 10);
      std::string file = argv[3];
      std::string root = SONGNGU_SOURCE_DIR;
      auto vi = words_of(root + "/corpus/vi");
      auto en = words_of(root + "/corpus/en");
      ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
      auto start = Clock::now();
      songngu::TmxWriter writer(file, songngu::default_header("vi"));
      Random r;
      songngu::TranslationUnit u;
      u.creationdate = songngu::creation_date();
      u.variants = {songngu::Variant{"vi", "", "", {}, {}, {}}, songngu::Variant{"en", "", "", {}, {}, {}}};
      for (size_t i = 0; i < n; ++i) {
        u.tuid = "bench-" + std::to_string(i + 1);
        u.props = {{"x-document", "bench-" + std::to_string(i / 200) + ".txt"},
                   {"x-paragraph", std::to_string(i % 200 / 5 + 1)},
                   {"x-bead", "1-1"},
                   {"x-confidence", "0.950"}};
        u.variants[0].text = sentence(vi, r);
        u.variants[1].text = sentence(en, r);
        writer.write(u);
      }
      writer.finish();
      report("write", n, start, file);
    } else if (mode == "read") {
      auto start = Clock::now();
      songngu::TmxReader reader(argv[2]);
      songngu::TranslationUnit u;
      size_t n = 0, bytes = 0;
      while (reader.next(u)) {
        ++n;
        bytes += u.variants.at(0).text.size();
      }
      report("read (streaming)", n, start, argv[2]);
      if (bytes == 0) return 1;
    } else if (mode == "load") {
      auto start = Clock::now();
      auto tm = songngu::read_tmx(argv[2]);
      report("load (whole memory)", tm.units.size(), start, argv[2]);
    } else {
      std::fprintf(stderr, "usage: tm_bench write N FILE | read FILE | load FILE\n");
      return 2;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "tm_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
