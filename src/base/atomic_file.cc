#include "base/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/error.h"

namespace songngu {
namespace {

[[noreturn]] void throw_output(const std::string& path, int err) {
  throw Error(ErrorKind::kOutput, N_("{1}: cannot write: {2}"), {path, std::strerror(err)});
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    is_stdout_ = true;
    file_ = stdout;
    return;
  }
  struct stat info;
  if (::stat(path_.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    direct_ = true;
    file_ = std::fopen(path_.c_str(), "wb");
    if (!file_) throw_output(path_, errno);
    return;
  }
  std::filesystem::path target(path_);
  std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  std::string tmpl = dir + "/." + target.filename().string() + ".tmp-XXXXXX";
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) throw_output(path_, errno);
  temp_path_ = tmpl;
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    int err = errno;
    ::close(fd);
    ::unlink(temp_path_.c_str());
    throw_output(path_, err);
  }
}

AtomicFile::~AtomicFile() {
  if (is_stdout_ || !file_) return;
  std::fclose(file_);
  if (direct_) return;
  ::unlink(temp_path_.c_str());
}

void AtomicFile::write(std::string_view data) {
  if (data.empty() || failed_) return;
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) failed_ = true;
}

void AtomicFile::commit() {
  if (is_stdout_) {
    if (std::fflush(stdout) != 0 || failed_) throw_output("-", errno ? errno : EIO);
    return;
  }
  if (!file_) throw_output(path_, EBADF);
  if (direct_) {
    int err = failed_ || std::ferror(file_) ? (errno ? errno : EIO) : 0;
    if (std::fflush(file_) != 0 && !err) err = errno;
    if (std::fclose(file_) != 0 && !err) err = errno;
    file_ = nullptr;
    if (err) throw_output(path_, err);
    return;
  }
  int err = 0;
  if (failed_ || std::ferror(file_)) err = errno ? errno : EIO;
  if (!err && std::fflush(file_) != 0) err = errno;
  if (!err && ::fsync(::fileno(file_)) != 0 && errno != EINVAL) err = errno;
  // Keep the permissions a plain file would get (mkstemp makes 0600).
  if (!err) {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(::fileno(file_), 0666 & ~mask);
  }
  if (std::fclose(file_) != 0 && !err) err = errno;
  file_ = nullptr;
  if (!err && std::rename(temp_path_.c_str(), path_.c_str()) != 0) err = errno;
  if (err) {
    ::unlink(temp_path_.c_str());
    throw_output(path_, err);
  }
}

void write_file_atomically(const std::string& path, std::string_view content) {
  AtomicFile out(path);
  out.write(content);
  out.commit();
}

}  // namespace songngu
