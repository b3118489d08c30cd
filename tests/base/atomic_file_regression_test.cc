// Regression (hardening, issue 7): `-o /dev/full` as root made AtomicFile create /dev/.full.tmp-*
// and rename it over the device, replacing /dev/full with a regular file. An output path that is a
// device or FIFO is now written directly. The devices here are private nodes made with mknod in a
// temporary folder (root only; skipped otherwise), so a regression cannot damage the real /dev.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "base/atomic_file.h"
#include "base/error.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

struct DeviceDir {
  fs::path path = fs::temp_directory_path() / ("songngu-atomic-dev-" + std::to_string(::getpid()));
  DeviceDir() { fs::create_directories(path); }
  ~DeviceDir() { fs::remove_all(path); }
  // A character device node like /dev/null (1,3) or /dev/full (1,7); false when not permitted.
  bool make(const std::string& name, unsigned minor) const {
    return ::mknod((path / name).c_str(), S_IFCHR | 0666, makedev(1, minor)) == 0;
  }
  bool is_char_device(const std::string& name) const {
    struct stat info;
    return ::stat((path / name).c_str(), &info) == 0 && S_ISCHR(info.st_mode);
  }
};

TEST(AtomicFileRegression, DiskFullDeviceGivesAnErrorAndStaysADevice) {
  DeviceDir dir;
  if (!dir.make("full", 7)) GTEST_SKIP() << "mknod needs root";
  EXPECT_THROW(write_file_atomically((dir.path / "full").string(), std::string(100000, 'x')), Error);
  EXPECT_TRUE(dir.is_char_device("full"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()), 1);  // no temp left
}

TEST(AtomicFileRegression, NullDeviceIsWrittenNotReplaced) {
  DeviceDir dir;
  if (!dir.make("null", 3)) GTEST_SKIP() << "mknod needs root";
  write_file_atomically((dir.path / "null").string(), "content");
  EXPECT_TRUE(dir.is_char_device("null"));
}

TEST(AtomicFileRegression, FifoIsWrittenNotReplaced) {
  DeviceDir dir;
  fs::path fifo = dir.path / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // so opening for writing does not block
  ASSERT_GE(reader, 0);
  write_file_atomically(fifo.string(), "through the pipe");
  char buffer[64] = {};
  ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  EXPECT_EQ(std::string(buffer, n > 0 ? static_cast<size_t>(n) : 0), "through the pipe");
  struct stat info;
  ASSERT_EQ(::stat(fifo.c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

}  // namespace
}  // namespace songngu
