// Fuzzes the text layer's reader (decode_text: BOMs, UTF-8 validation with positions, UTF-16
// recognition, encoding guesses): any bytes must give a TextFile of valid UTF-8 or a songngu::Error.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "text/read_text.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    songngu::TextFile file = songngu::decode_text(bytes, "fuzz");
    if (!songngu::is_valid_utf8(file.text)) std::abort();  // the contract: text is UTF-8
  } catch (const songngu::Error&) {
  }
  try {  // the legacy-encoding path (ICU converter + NFC)
    songngu::ReadOptions options;
    options.encoding = "windows-1258";
    songngu::decode_text(std::move(bytes), "fuzz", options);
  } catch (const songngu::Error&) {
  }
  return 0;
}
