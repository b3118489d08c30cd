#pragma once
// A file mapped read-only into memory for as long as the object lives: a table read at every start
// (the Unihan cognate rows of a vi-ko run) is looked at in the page cache instead of being copied
// into a buffer of its size, whose pages would each fault once more.
//
// Contract: the constructor throws Error(kBadInput) naming the file when it cannot be opened or
// mapped; the descriptor is closed at once, the mapping released by the destructor. An empty file
// is an empty view.
#include <cstdint>
#include <string>
#include <string_view>

namespace songngu {

class MappedFile {
 public:
  explicit MappedFile(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {data_, size_}; }
  int64_t modified() const { return modified_; }  // the file's modification time, whole seconds

 private:
  const char* data_ = "";
  size_t size_ = 0;
  bool mapped_ = false;
  int64_t modified_ = 0;
};

}  // namespace songngu
