// Fuzzes the TCVN3 and VNI converters (text/vietnamese_fonts.h) and the detection that picks them
// (read_text.h): any bytes must decode to valid UTF-8 or stop at an offset inside the input, the
// text before that offset must be what decoding the prefix alone gives, and re-encoding decoded
// text must decode to the same text again (encoding is the inverse on decoded Vietnamese letters).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "text/read_text.h"
#include "text/utf8.h"
#include "text/vietnamese_fonts.h"

namespace {

void check(songngu::VietnameseFont font, std::string_view bytes) {
  std::string out;
  const size_t bad = songngu::decode_vietnamese_font(font, bytes, out);
  if (!songngu::is_valid_utf8(out)) std::abort();
  if (bad != std::string_view::npos) {
    if (bad >= bytes.size()) std::abort();
    std::string prefix;
    if (songngu::decode_vietnamese_font(font, bytes.substr(0, bad), prefix) != std::string_view::npos)
      std::abort();
    if (prefix != out) std::abort();
    return;
  }
  // Letters of the table survive a round trip; anything else becomes '?' or stays ASCII.
  std::string again;
  const std::string encoded = songngu::encode_vietnamese_font(font, out);
  if (songngu::decode_vietnamese_font(font, encoded, again) != std::string_view::npos) std::abort();
  if (!songngu::is_valid_utf8(again)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  check(songngu::VietnameseFont::kTcvn3, bytes);
  check(songngu::VietnameseFont::kVni, bytes);
  for (const char* lang : {"", "vi"}) {  // detection, limited to Vietnamese or not
    try {
      songngu::ReadOptions options;
      options.lang = lang;
      if (!songngu::is_valid_utf8(songngu::decode_text(bytes, "fuzz", options).text)) std::abort();
    } catch (const songngu::Error&) {
    }
  }
  return 0;
}
