// Fuzzes the HTML reader (gumbo tree -> blocks, charset sniffing): any bytes must give blocks of
// valid UTF-8 without blank lines, or a songngu::Error; never a crash or a hang.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "read/html_reader.h"
#include "text/read_text.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)songngu::declared_charset(bytes);
  try {
    songngu::TextFile file = songngu::decode_text(std::move(bytes), "fuzz.html");
    for (const auto& block : songngu::html_blocks(file.text)) {
      if (!songngu::is_valid_utf8(block.text) || block.text.empty()) std::abort();
      if (block.text.find("\n\n") != std::string::npos) std::abort();  // a block never holds a blank line
    }
  } catch (const songngu::Error&) {
  }
  return 0;
}
