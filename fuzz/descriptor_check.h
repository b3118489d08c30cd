#pragma once
// The harnesses' leak check: every input must leave the process with the descriptors it found. A
// reader that loses a FILE* or a descriptor on an error path (TmxReader did, whenever its
// constructor threw after opening the file: 10,000 descriptors after 21,000 inputs) aborts here on
// the first input that does it, and libFuzzer saves that input. Memory and ICU objects are
// AddressSanitizer's leak check.
#include <dirent.h>

#include <cstdio>
#include <cstdlib>

namespace songngu::fuzz {

inline int open_descriptors() {
  DIR* dir = opendir("/proc/self/fd");
  if (!dir) return -1;
  int n = 0;
  while (readdir(dir)) ++n;
  closedir(dir);
  return n;
}

// Counts the descriptors when made and again when destroyed; aborts when the count grew.
class DescriptorCheck {
 public:
  DescriptorCheck() : before_(open_descriptors()) {}
  ~DescriptorCheck() {
    const int after = open_descriptors();
    if (after > before_) {
      std::fprintf(stderr, "==songngu== descriptor leak: %d open before this input, %d after\n", before_,
                   after);
      std::abort();
    }
  }
  DescriptorCheck(const DescriptorCheck&) = delete;
  DescriptorCheck& operator=(const DescriptorCheck&) = delete;

 private:
  int before_;
};

}  // namespace songngu::fuzz
