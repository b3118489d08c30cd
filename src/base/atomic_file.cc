#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/error.h"
#include "base/unique_file.h"

namespace songngu {
namespace {

[[noreturn]] void throw_output(const std::string& path, int err) {
  throw Error(ErrorKind::kOutput, N_("cannot write: {1}"), {std::strerror(err)}, {path});
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    is_stdout_ = true;
    return;
  }
  struct stat info;
  const bool exists = ::stat(path_.c_str(), &info) == 0;
  replacing_ = exists && S_ISREG(info.st_mode);
  if (exists && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    direct_ = true;
    file_.reset(std::fopen(path_.c_str(), "wb"));
    if (!file_) throw_output(path_, errno);
    return;
  }
  std::filesystem::path target(path_);
  std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  std::string tmpl = dir + "/." + target.filename().string() + ".tmp-XXXXXX";
  UniqueFd fd(::mkstemp(tmpl.data()));
  if (!fd) throw_output(path_, errno);
  temp_path_ = tmpl;
  file_.reset(::fdopen(fd.get(), "wb"));
  if (!file_) {
    int err = errno;
    fd.reset();
    ::unlink(temp_path_.c_str());
    throw_output(path_, err);
  }
  fd.release();  // file_ owns it now
}

AtomicFile::~AtomicFile() {
  if (is_stdout_ || !file_) return;
  file_.reset();
  if (direct_) return;
  ::unlink(temp_path_.c_str());
}

void AtomicFile::write(std::string_view data) {
  if (data.empty() || failed_) return;
  if (std::fwrite(data.data(), 1, data.size(), stream()) != data.size()) failed_ = true;
}

void AtomicFile::commit(CommitGroup* group) {
  if (is_stdout_) {
    if (std::fflush(stdout) != 0 || failed_) throw_output("-", errno ? errno : EIO);
    return;
  }
  if (!file_) throw_output(path_, EBADF);
  // Closed by hand to see fclose's result (a late write error); file_ no longer owns it.
  std::FILE* file = file_.release();
  if (direct_) {
    int err = failed_ || std::ferror(file) ? (errno ? errno : EIO) : 0;
    if (std::fflush(file) != 0 && !err) err = errno;
    if (std::fclose(file) != 0 && !err) err = errno;
    if (err) throw_output(path_, err);
    return;
  }
  int err = 0;
  if (failed_ || std::ferror(file)) err = errno ? errno : EIO;
  if (!err && std::fflush(file) != 0) err = errno;
  // Only a file that replaces another is synced before the rename (the old content is what a crash
  // must not lose); in a group, by the group's one sync.
  if (!err && replacing_ && !group && ::fsync(::fileno(file)) != 0 && errno != EINVAL) err = errno;
  // Keep the permissions a plain file would get (mkstemp makes 0600).
  if (!err) {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(::fileno(file), 0666 & ~mask);
  }
  if (std::fclose(file) != 0 && !err) err = errno;
  if (!err && group && replacing_) {
    group->add(temp_path_, path_);
    return;
  }
  if (!err && std::rename(temp_path_.c_str(), path_.c_str()) != 0) err = errno;
  if (err) {
    ::unlink(temp_path_.c_str());
    throw_output(path_, err);
  }
}

void create_output_folder(const std::string& path) {
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) throw Error(ErrorKind::kOutput, N_("cannot create the folder ({1})"), {ec.message()}, {path});
}

void write_file_atomically(const std::string& path, std::string_view content, CommitGroup* group) {
  AtomicFile out(path);
  out.write(content);
  out.commit(group);
}

void CommitGroup::add(std::string temp_path, std::string path) {
  std::lock_guard<std::mutex> lock(mutex_);
  pending_.emplace_back(std::move(temp_path), std::move(path));
}

void CommitGroup::finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (pending_.empty()) return;
  // One sync of the file system that holds the files (all of a batch share a folder or a disk).
  std::filesystem::path first(pending_.front().first);
  UniqueFd dir(::open(first.has_parent_path() ? first.parent_path().c_str() : ".", O_RDONLY | O_DIRECTORY));
  if (dir)
    ::syncfs(dir.get());
  else
    ::sync();
  std::string failed;
  int failed_errno = 0;
  for (const auto& [temp, path] : pending_) {
    if (std::rename(temp.c_str(), path.c_str()) == 0) continue;
    if (failed.empty()) failed = path, failed_errno = errno;
    ::unlink(temp.c_str());
  }
  pending_.clear();
  if (!failed.empty()) throw_output(failed, failed_errno);
}

CommitGroup::~CommitGroup() {
  for (const auto& entry : pending_) ::unlink(entry.first.c_str());
}

}  // namespace songngu
