#include "segment/guess_language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace songngu {
namespace {

constexpr int32_t kSampleBytes = 64 * 1024;

// Letters only Vietnamese uses among the languages songngu knows (lower and upper case), and the
// precomposed vowels with a dot below or hook above, which English never has.
bool is_vietnamese_letter(UChar32 c) {
  switch (c) {
    case 0x0103:
    case 0x0102:  // ă
    case 0x00E2:
    case 0x00C2:  // â
    case 0x0111:
    case 0x0110:  // đ
    case 0x00EA:
    case 0x00CA:  // ê
    case 0x00F4:
    case 0x00D4:  // ô
    case 0x01A1:
    case 0x01A0:  // ơ
    case 0x01B0:
    case 0x01AF:  // ư
    case 0x0323:
    case 0x0309:  // combining dot below, hook above
      return true;
    default: return c >= 0x1EA0 && c <= 0x1EF9;  // Latin Extended Additional: ạ ả ấ ... ỹ
  }
}

}  // namespace

std::string guess_language(std::string_view utf8) {
  int32_t n = static_cast<int32_t>(std::min<size_t>(utf8.size(), kSampleBytes));
  size_t hangul = 0, latin = 0, vietnamese = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0) continue;
    if (is_vietnamese_letter(c)) ++vietnamese;
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_HANGUL)
      ++hangul;
    else if (script == USCRIPT_LATIN)
      ++latin;
  }
  if (hangul > latin) return "ko";
  if (latin == 0) return "vi";
  // Vietnamese text has such a letter in most words; a few in English are names.
  return vietnamese * 50 >= latin ? "vi" : "en";
}

}  // namespace songngu
