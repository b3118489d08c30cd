#include "base/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"

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
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("cannot read the file"), {}, {path});
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace songngu
