#include "base/mapped_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/error.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

std::string temp_file(const std::string& name, const std::string& bytes) {
  const fs::path path =
      fs::temp_directory_path() / ("songngu-mapped-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

TEST(MappedFile, ShowsTheFilesBytesAndAnEmptyFileAsEmpty) {
  const std::string bytes = std::string("Việt\tnam\n", 11) + std::string(3, '\0') + "end";
  const std::string path = temp_file("a", bytes), empty = temp_file("b", "");
  {
    const MappedFile file(path);
    EXPECT_EQ(file.bytes(), bytes);
    EXPECT_TRUE(MappedFile(empty).bytes().empty());
  }
  fs::remove(path);
  fs::remove(empty);
}

TEST(MappedFile, MissingFileIsAnErrorNamingIt) {
  const std::string path = (fs::temp_directory_path() / "songngu-mapped-missing-file").string();
  try {
    MappedFile file(path);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.where().file, path);
  }
}

}  // namespace
}  // namespace songngu
