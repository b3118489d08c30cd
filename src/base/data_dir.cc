#include "base/data_dir.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "base/error.h"
#include "base/unique_file.h"

namespace songngu {
namespace {

std::string pick(const char* env, const char* installed, const char* in_tree) {
  if (const char* v = std::getenv(env); v && *v) return v;
  std::error_code ec;
  // Prefer the tree we were built from while it exists: a developer's build must use its own data.
  if (std::filesystem::is_directory(in_tree, ec)) return in_tree;
  return installed;
}

}  // namespace

std::string data_dir() {
  return pick("SONGNGU_DATA_DIR", SONGNGU_INSTALL_DATA_DIR, SONGNGU_SOURCE_DATA_DIR);
}

std::string built_data_dir() {
  std::error_code ec;
  if (std::filesystem::is_directory(SONGNGU_BUILD_DATA_DIR, ec)) return SONGNGU_BUILD_DATA_DIR;
  return SONGNGU_INSTALL_DATA_DIR;
}

std::string locale_dir() {
  return pick("SONGNGU_LOCALE_DIR", SONGNGU_INSTALL_LOCALE_DIR, SONGNGU_BUILD_LOCALE_DIR);
}

std::string data_file(const std::string& relative) {
  std::string path = data_dir() + "/" + relative;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw_bad_input(N_("data file not found (set SONGNGU_DATA_DIR or reinstall)"), {}, {path});
  return path;
}

std::string read_data_file(const std::string& relative) {
  const std::string path = data_file(relative);
  // Read with the file's size known (one allocation, no stream buffers): every vi-ko alignment,
  // a short document's included, reads a 78 KB table at start-up.
  const UniqueFd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  struct stat st {};
  std::string text;
  if (!file || ::fstat(file.get(), &st) != 0 ||
      !read_to_end(file.get(), static_cast<size_t>(st.st_size), text))
    throw_bad_input(N_("cannot read the file"), {}, {path});
  return text;
}

}  // namespace songngu
