#include "base/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("songngu-atomic-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() {
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(path);
  }
};

TEST(AtomicFile, ReplacesOnlyOnCommit) {
  TempDir dir;
  fs::path target = dir.path / "out.tmx";
  write_file_atomically(target, "old");
  {
    AtomicFile f(target);
    f.write("new content");
    EXPECT_EQ(slurp(target), "old");  // not visible before commit
    f.commit();
  }
  EXPECT_EQ(slurp(target), "new content");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()), 1);
}

TEST(AtomicFile, AbandonedWriteLeavesTargetAndNoTemporary) {
  TempDir dir;
  fs::path target = dir.path / "out.tmx";
  write_file_atomically(target, "good");
  {
    AtomicFile f(target);
    f.write("half");
  }  // destroyed without commit, as when an exception unwinds
  EXPECT_EQ(slurp(target), "good");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()), 1);
}

// A batch commits its files as a group: a file that replaces another waits for finish() (one sync,
// then the renames), a new one takes its name at once; a group dropped without finish() (an error
// elsewhere) changes no existing target and leaves no temporary file.
TEST(AtomicFile, GroupReplacesFilesAtFinishAndAddsNewOnesAtOnce) {
  TempDir dir;
  write_file_atomically(dir.path / "a.tmx", "old a");
  {
    CommitGroup group;
    write_file_atomically(dir.path / "a.tmx", "new a", &group);
    write_file_atomically(dir.path / "b.tmx", "new b", &group);
    EXPECT_EQ(slurp(dir.path / "a.tmx"), "old a");
    EXPECT_EQ(slurp(dir.path / "b.tmx"), "new b");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()), 3);  // a's temporary
    group.finish();
  }
  EXPECT_EQ(slurp(dir.path / "a.tmx"), "new a");
  EXPECT_EQ(slurp(dir.path / "b.tmx"), "new b");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()), 2);
  {
    CommitGroup group;
    write_file_atomically(dir.path / "a.tmx", "lost", &group);
    write_file_atomically(dir.path / "b.tmx", "lost", &group);
    write_file_atomically(dir.path / "c.tmx", "new c", &group);
  }
  EXPECT_EQ(slurp(dir.path / "a.tmx"), "new a");
  EXPECT_EQ(slurp(dir.path / "b.tmx"), "new b");
  EXPECT_EQ(slurp(dir.path / "c.tmx"), "new c");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()), 3);
}

TEST(AtomicFile, ReadOnlyFolderIsAnOutputError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores folder permissions";
  TempDir dir;
  fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
  try {
    AtomicFile f(dir.path / "x");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kOutput);
  }
}

}  // namespace
}  // namespace songngu
