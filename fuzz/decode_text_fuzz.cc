// Fuzzes the text layer's reader (decode_text: BOMs, UTF-8 validation with positions, UTF-16
// recognition, encoding guesses): any bytes must give a TextFile of valid UTF-8 or a songngu::Error;
// read_text_file on the same bytes in a file must agree with decode_text and close what it opens.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "descriptor_check.h"
#include "text/read_text.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  songngu::fuzz::DescriptorCheck no_leak;
  static const std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir ? dir : "/tmp") + "/songngu-text-fuzz-" + std::to_string(getpid()) + ".txt";
  }();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string decoded = "<error>", read = "<error>";
  try {
    songngu::TextFile file = songngu::decode_text(bytes, path);
    if (!songngu::is_valid_utf8(file.text)) std::abort();  // the contract: text is UTF-8
    decoded = file.text;
  } catch (const songngu::Error&) {
  }
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) std::abort();
    if (size) std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  try {
    read = songngu::read_text_file(path).text;
  } catch (const songngu::Error&) {
  }
  if (read != decoded) std::abort();  // a file reads as its bytes decode
  try {                               // the legacy-encoding path (ICU converter + NFC)
    songngu::ReadOptions options;
    options.encoding = "windows-1258";
    songngu::decode_text(std::move(bytes), "fuzz", options);
  } catch (const songngu::Error&) {
  }
  return 0;
}
