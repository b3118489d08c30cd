// Fuzzes the streaming TMX reader (it reads files, so each input goes to one temporary file).
// Malformed XML, entities and wrong structure must be songngu::Error, never a crash or a hang.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "descriptor_check.h"
#include "tm/tmx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  songngu::fuzz::DescriptorCheck no_leak;
  static std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir ? dir : "/tmp") + "/songngu-tmx-fuzz-" + std::to_string(getpid()) + ".tmx";
  }();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size) std::fwrite(data, 1, size, f);
  std::fclose(f);
  try {
    songngu::read_tmx(path);
  } catch (const songngu::Error&) {
  }
  return 0;
}
