#pragma once
// AtomicFile: every output (TMX, glossary, report) is written to a temporary file beside the target
// and renamed over it only on commit(), so a failure (disk full, killed process, exception) never
// truncates an existing good file, and a half-written output never appears under its name. Write
// errors are detected at commit (flush + close). A file that replaces an existing one is synced to
// disk before the rename, so that a crash of the machine cannot lose the old content either; a new
// file has no old content to protect and is renamed without waiting for the disk.
#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/unique_file.h"

namespace songngu {

class CommitGroup;

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
  std::FILE* stream() { return is_stdout_ ? stdout : file_.get(); }
  // Flushes, syncs (when replacing), closes and renames onto the target. Throws Error(kOutput) on
  // any failure, leaving the target untouched. With a group, a file that replaces another is
  // flushed and closed here, and synced and renamed by the group's finish(); a new one is renamed
  // here.
  void commit(CommitGroup* group = nullptr);

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_path_;
  UniqueFile file_;  // the temporary file (or the device); none for standard output
  bool is_stdout_ = false;
  bool direct_ = false;  // writing straight into a device or FIFO: no temporary file, no rename
  bool failed_ = false;
  bool replacing_ = false;  // the target exists as a regular file
};

// Many outputs committed together (a --batch run's thousands of files): each is written and
// closed as it is done; new files take their names at once, and the files that replace existing
// ones wait for finish(), which makes them all durable with one file-system sync, then renames
// them. One sync instead of one a file, which the file system's journal would serialise. Without
// finish(), the destructor removes the waiting temporary files and no existing target changes.
// Thread-safe.
class CommitGroup {
 public:
  CommitGroup() = default;
  CommitGroup(const CommitGroup&) = delete;
  CommitGroup& operator=(const CommitGroup&) = delete;
  ~CommitGroup();
  // Syncs the file system of the files, then renames each onto its target. Throws Error(kOutput)
  // naming the first target that could not be renamed (the others are still renamed).
  void finish();

 private:
  friend class AtomicFile;
  void add(std::string temp_path, std::string path);
  std::mutex mutex_;
  std::vector<std::pair<std::string, std::string>> pending_;  // (temporary file, target)
};

// Creates the folder `path` and its parents when missing (an output folder). Throws Error(kOutput)
// naming it when that fails (a file in the way, no permission).
void create_output_folder(const std::string& path);

// Writes `content` to `path` through an AtomicFile (committed in `group` when given).
void write_file_atomically(const std::string& path, std::string_view content, CommitGroup* group = nullptr);

}  // namespace songngu
