#pragma once
// Open files owned by objects: every FILE* and file descriptor songngu opens is held by one of
// these from the moment it is opened, so no path out of a function (an exception thrown by a
// half-built object's constructor included, whose destructor never runs) can leak it. A long-running
// caller (the review server, a batch over thousands of files) reads as many files as it likes.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>

namespace songngu {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
// A FILE* closed when it goes out of scope. To see fclose's result (a write error), release() it
// and close it by hand.
using UniqueFile = std::unique_ptr<std::FILE, FileCloser>;

// A file descriptor closed when it goes out of scope (-1: none).
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  ~UniqueFd() { reset(); }
  UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept {
    if (this != &other) reset(std::exchange(other.fd_, -1));
    return *this;
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;

  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }
  int release() { return std::exchange(fd_, -1); }
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

// Reads `fd` to its end into `out`. `expected` (the size fstat reported, 0 when unknown, e.g. a
// pipe) sizes the buffer once, so a regular file is read with a single allocation of its size (not
// more: resizing writes every byte of the buffer, and a short document's page faults count); the one
// byte beyond it lets the read that sees the end succeed. Otherwise the buffer grows geometrically
// from 64 KB. False, errno set, on a read error (EINTR is retried).
inline bool read_to_end(int fd, size_t expected, std::string& out) {
  out.resize(expected > 0 ? expected + 1 : size_t{1} << 16);
  size_t used = 0;
  for (;;) {
    if (used == out.size()) out.resize(out.size() * 2);
    const ssize_t got = ::read(fd, out.data() + used, out.size() - used);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return false;
    if (got == 0) break;
    used += static_cast<size_t>(got);
  }
  out.resize(used);
  return true;
}

}  // namespace songngu
