#pragma once
// AtomicFile: every output (TMX, glossary, report) is written to a temporary file beside the target
// and renamed over it only on commit(), so a failure (disk full, killed process, exception) never
// truncates an existing good file. Write errors are detected at commit (flush + fsync + close).
#include <cstdio>
#include <string>
#include <string_view>

namespace songngu {

class AtomicFile {
 public:
  // Opens a temporary file in the target's folder. "-" means standard output (written directly), and
  // so is a target that exists but is not a regular file (/dev/null, /dev/full, a FIFO): renaming
  // over it would replace the device itself. Throws Error(kOutput) when the folder is not writable.
  explicit AtomicFile(std::string path);
  ~AtomicFile();  // removes the temporary file when commit() was not reached
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view data);
  std::FILE* stream() { return file_; }
  // Flushes, syncs, closes and renames onto the target. Throws Error(kOutput) on any failure,
  // leaving the target untouched.
  void commit();

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_path_;
  std::FILE* file_ = nullptr;
  bool is_stdout_ = false;
  bool direct_ = false;  // writing straight into a device or FIFO: no temporary file, no rename
  bool failed_ = false;
};

// Writes `content` to `path` through an AtomicFile.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace songngu
