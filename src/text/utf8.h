#pragma once
// UTF-8 validation at file-reading speed (an 8-byte ASCII fast path; offsets are size_t, so files
// over 2 GiB are fine, unlike ICU's int32_t-indexed UTF-8 macros).
#include <cstddef>
#include <string_view>

namespace songngu {

// Offset of the first byte of the first ill-formed sequence (overlong forms, surrogates, code
// points above U+10FFFF and truncated sequences are ill-formed, as in Unicode 15 §3.9), or
// std::string_view::npos when `text` is well-formed UTF-8.
size_t find_invalid_utf8(std::string_view text);

inline bool is_valid_utf8(std::string_view text) {
  return find_invalid_utf8(text) == std::string_view::npos;
}

}  // namespace songngu
