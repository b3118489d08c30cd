#include "text/vietnamese_syllable.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace songngu {
namespace {

// Letters in the spelled form: ASCII a-z, and one character each for ă â ê ô ơ ư đ.
constexpr char kBreve = '1', kCircA = '2', kCircE = '3', kCircO = '4', kHornO = '5', kHornU = '6', kD = '7';

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || (c >= '1' && c <= '6');
}

constexpr const char* kInitials[] = {"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch",
                                     "qu",  "b",  "c",  "d",  "7",  "g",  "h",  "k",  "l",  "m",
                                     "n",   "p",  "r",  "s",  "t",  "v",  "x",  ""};
// Vowel groups with any semivowel ending (ai, ao, ươi, ...), in the letters above.
constexpr const char* kNuclei[] = {
    "a",   "1",   "2",   "e",   "3",   "i",   "o",   "4",   "5",   "u",   "6",   "y",  "ai", "ao",
    "au",  "ay",  "2u",  "2y",  "eo",  "3u",  "ia",  "i3",  "iu",  "oa",  "o1",  "oe", "oi", "4i",
    "5i",  "ua",  "u2",  "u3",  "ui",  "u4",  "uy",  "u5",  "6a",  "6i",  "65",  "6u", "y3", "i3u",
    "y3u", "oai", "oao", "oay", "oeo", "u2y", "u4i", "uya", "uy3", "uyu", "65i", "65u"};
constexpr const char* kFinals[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

bool in(const char* const* list, size_t n, std::string_view s) {
  return std::any_of(list, list + n, [&](const char* x) { return s == x; });
}

// tone: 0 none, else the combining mark's code point.
bool parse(std::string_view letters, char32_t tone) {
  for (const char* initial : kInitials) {
    const std::string_view init(initial);
    if (!letters.starts_with(init)) continue;
    const std::string_view rest = letters.substr(init.size());
    for (const char* final : kFinals) {
      const std::string_view fin(final);
      if (rest.size() <= fin.size() || !rest.ends_with(fin)) continue;
      const std::string_view nucleus = rest.substr(0, rest.size() - fin.size());
      if (!in(kNuclei, std::size(kNuclei), nucleus)) continue;
      const bool stop = fin == "c" || fin == "ch" || fin == "p" || fin == "t";
      if (stop && tone != 0 && tone != 0x0301 && tone != 0x0323) continue;
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_vietnamese_syllable(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  if (U_FAILURE(status) || decomposed.isEmpty() || decomposed.length() > 16) return false;
  std::string letters;
  char32_t tone = 0;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t c = decomposed.charAt(i);
    char* last = letters.empty() ? nullptr : &letters.back();
    switch (c) {
      case 0x0300:
      case 0x0301:
      case 0x0303:
      case 0x0309:
      case 0x0323:  // the five tones
        if (tone != 0 || last == nullptr || !is_vowel(*last)) return false;
        tone = c;
        continue;
      case 0x0302:  // circumflex: â ê ô
        if (last == nullptr || (*last != 'a' && *last != 'e' && *last != 'o')) return false;
        *last = *last == 'a' ? kCircA : *last == 'e' ? kCircE : kCircO;
        continue;
      case 0x0306:  // breve: ă
        if (last == nullptr || *last != 'a') return false;
        *last = kBreve;
        continue;
      case 0x031B:  // horn: ơ ư
        if (last == nullptr || (*last != 'o' && *last != 'u')) return false;
        *last = *last == 'o' ? kHornO : kHornU;
        continue;
      case 0x0110:
      case 0x0111: letters += kD; continue;
      default: break;
    }
    if (c < 0x80 && std::isalpha(c)) {
      letters += static_cast<char>(std::tolower(c));
      continue;
    }
    return false;
  }
  return parse(letters, tone);
}

}  // namespace songngu
