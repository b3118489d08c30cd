#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace songngu {
size_t find_invalid_utf8(std::string_view text) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      // Skip ASCII eight bytes at a time.
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL) break;
        i += 8;
      }
      while (i < n && p[i] < 0x80) ++i;
      continue;
    }
    char32_t c;
    const size_t length = decode_utf8(text, i, c);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace songngu
