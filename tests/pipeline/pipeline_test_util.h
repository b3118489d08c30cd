#pragma once
// What the pipeline tests share: a sink that records what a job reports, and small file helpers.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "pipeline/progress.h"

namespace songngu::test {

// Records every call, to check a job's ProgressSink contract and its warnings.
struct RecordingSink : ProgressSink {
  size_t announced = 0, steps = 0, starts = 0;
  std::vector<Warning> warnings;
  void start(size_t n) override { announced = n, ++starts; }
  void step(const Message&) override { ++steps; }
  void warning(const Warning& w) override { warnings.push_back(w); }
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A fresh folder for one test (removed by the caller's TearDown).
inline std::filesystem::path fresh_folder(const std::string& name) {
  auto dir = std::filesystem::path(::testing::TempDir()) / (name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// The Error `run` throws (nullopt when it throws none).
inline std::optional<Error> error_of(const std::function<void()>& run) {
  try {
    run();
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace songngu::test
