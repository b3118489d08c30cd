#include "text/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>

namespace songngu {

ScriptCounts count_scripts(std::string_view utf8) {
  ScriptCounts counts;
  const char* p = utf8.data();
  const size_t n = utf8.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b < 0x80) {
      counts.latin += (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      ++i;
      continue;
    }
    // Decode one code point; ICU's macro takes int32_t indices, so work on a window.
    const int32_t window = static_cast<int32_t>(std::min<size_t>(n - i, 4));
    int32_t k = 0;
    UChar32 c;
    U8_NEXT(p + i, k, window, c);
    i += static_cast<size_t>(k);
    if (c < 0) continue;
    if (c >= 0xAC00 && c <= 0xD7A3) {  // the common case in Korean text, without a lookup
      ++counts.hangul;
      continue;
    }
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN: ++counts.latin; break;
      case USCRIPT_HANGUL: ++counts.hangul; break;
      case USCRIPT_HAN: ++counts.han; break;
      default: ++counts.other; break;
    }
  }
  return counts;
}

Script dominant_script(const ScriptCounts& counts) {
  if (counts.letters() == 0) return Script::kNone;
  const size_t best = std::max({counts.latin, counts.hangul, counts.han, counts.other});
  if (counts.latin == best) return Script::kLatin;
  if (counts.hangul == best) return Script::kHangul;
  if (counts.han == best) return Script::kHan;
  return Script::kOther;
}

Script dominant_script(std::string_view utf8) {
  return dominant_script(count_scripts(utf8));
}

std::string script_name(Script script) {
  switch (script) {
    case Script::kLatin: return "Latin";
    case Script::kHangul: return "Hangul";
    case Script::kHan: return "Han";
    case Script::kOther: return "other";
    case Script::kNone: return "none";
  }
  return "none";
}

}  // namespace songngu
