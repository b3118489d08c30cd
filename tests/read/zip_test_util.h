#pragma once
// Writes small zip files for the reader tests (libzip, the library the readers use).
#include <zip.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace songngu::testing {

inline std::string write_zip(const std::string& name,
                             const std::vector<std::pair<std::string, std::string>>& entries) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::filesystem::remove(path);
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  for (const auto& [entry, data] : entries) {
    zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE);
  }
  zip_close(z);  // the buffers are read here, while `entries` is alive
  return path;
}

}  // namespace songngu::testing
