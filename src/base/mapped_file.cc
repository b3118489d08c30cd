#include "base/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "base/error.h"
#include "base/unique_file.h"

namespace songngu {

MappedFile::MappedFile(const std::string& path) {
  const UniqueFd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  struct stat st {};
  if (!file || ::fstat(file.get(), &st) != 0) throw_bad_input(N_("cannot read the file"), {}, {path});
  modified_ = st.st_mtim.tv_sec;
  if (st.st_size == 0) return;
  void* map = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, file.get(), 0);
  if (map == MAP_FAILED) throw_bad_input(N_("cannot read the file"), {}, {path});
  data_ = static_cast<const char*>(map);
  size_ = static_cast<size_t>(st.st_size);
  mapped_ = true;
}

MappedFile::~MappedFile() {
  if (mapped_) ::munmap(const_cast<char*>(data_), size_);
}

}  // namespace songngu
