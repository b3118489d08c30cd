#pragma once
// UTF-8 decoding and validation, the one hand-written UTF-8 decoder of songngu (the reader, the XML
// scanner, the TMX writer and the normalizer's fast path all use it): offsets are size_t, so files
// over 2 GiB are fine, unlike ICU's int32_t-indexed UTF-8 macros.
#include <cstddef>
#include <string>
#include <string_view>

namespace songngu {

// Decodes the sequence starting at text[i] (i < text.size()): returns its length, 1 to 4, with the
// code point in `c`, or 0 when the sequence is ill-formed: overlong forms, surrogates, code points
// above U+10FFFF and sequences cut short by the end of `text` are, as in Unicode 15 §3.9.
inline size_t decode_utf8(std::string_view text, size_t i, char32_t& c) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned lead = p[i];
  if (lead < 0x80) {
    c = lead;
    return 1;
  }
  size_t length;
  unsigned low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, c = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, c = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // no overlong 3-byte forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, c = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // no overlong 4-byte forms
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size() || p[i + 1] < low || p[i + 1] > high) return 0;
  c = (c << 6) | (p[i + 1] & 0x3Fu);
  for (size_t k = 2; k < length; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[i + k] & 0x3Fu);
  }
  return length;
}

// Offset of the first byte of the first ill-formed sequence (overlong forms, surrogates, code
// points above U+10FFFF and truncated sequences are ill-formed, as in Unicode 15 §3.9), or
// std::string_view::npos when `text` is well-formed UTF-8.
size_t find_invalid_utf8(std::string_view text);

// Appends code point `c` (at most U+10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t c);

inline bool is_valid_utf8(std::string_view text) {
  return find_invalid_utf8(text) == std::string_view::npos;
}

// Appends code point `c` (a scalar value: no surrogate, at most U+10FFFF) to `out` in UTF-8.
void append_utf8(std::string& out, char32_t c);

}  // namespace songngu
