#pragma once
// Helpers shared by the tm tests: temporary folders, file contents, DTD validation with xmllint.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace songngu::test {

inline std::string temp_dir(const std::string& name) {
  auto dir =
      std::filesystem::temp_directory_path() / ("songngu-tm-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void spit(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// The TMX 1.4 DTD OmegaT ships, extracted once; "" when OmegaT or xmllint is not installed.
inline std::string tmx14_dtd() {
  static std::string path = [] {
    if (!std::filesystem::exists("/usr/share/omegat/OmegaT.jar") ||
        std::system("command -v xmllint >/dev/null 2>&1") != 0)
      return std::string();
    std::string p =
        std::filesystem::temp_directory_path() / ("songngu-tmx14-" + std::to_string(::getpid()) + ".dtd");
    std::string cmd = "unzip -p /usr/share/omegat/OmegaT.jar schemas/tmx14.dtd > " + p;
    return std::system(cmd.c_str()) == 0 ? p : std::string();
  }();
  return path;
}

// 0 when `tmx` is valid against the TMX 1.4 DTD, else xmllint's status.
inline int dtd_validate(const std::string& tmx) {
  std::string cmd = "xmllint --noout --dtdvalid " + tmx14_dtd() + " " + tmx + " 2>/dev/null";
  return std::system(cmd.c_str());
}

// A fixture of tests/data/cat (XLIFF and PO files).
inline std::string cat_fixture(const std::string& name) {
  return std::string(SONGNGU_TEST_DATA_DIR) + "/cat/" + name;
}

// The segment of a CatFile (tm/cat_file.h) with this id; throws when there is none.
template <class CatFile>
const auto& segment_by_id(const CatFile& file, const std::string& id) {
  for (const auto& s : file.segments)
    if (s.id == id) return s;
  throw std::runtime_error("no segment " + id);
}

}  // namespace songngu::test
