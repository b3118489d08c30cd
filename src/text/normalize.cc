#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace songngu {
namespace {

const icu::Normalizer2& nfc_instance() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || n == nullptr) {
      throw std::runtime_error(std::string("ICU NFC normalizer unavailable: ") + u_errorName(status));
    }
    return n;
  }();
  return *instance;
}

bool is_ascii(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ULL) return false;
  }
  for (; i < n; ++i) {
    if (p[i] & 0x80) return false;
  }
  return true;
}

// ICU's UTF-8 APIs take int32_t lengths.
icu::StringPiece piece(std::string_view s) {
  if (s.size() > static_cast<size_t>(INT32_MAX)) {
    throw std::length_error("text longer than 2 GiB passed to normalization");
  }
  return icu::StringPiece(s.data(), static_cast<int32_t>(s.size()));
}

std::string normalize_nfc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  nfc_instance().normalizeUTF8(0, piece(s), sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFC failed: ") + u_errorName(status));
  return out;
}

bool nfc_check(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  bool yes = nfc_instance().isNormalizedUTF8(piece(s), status);
  return U_SUCCESS(status) && yes;
}

bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0x200B || u_isUWhiteSpace(c);
}

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

void append_utf8(std::string& out, UChar32 c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
    return;
  }
  char buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out.append(buf, static_cast<size_t>(len));
}

// Vietnamese vowel letters (lower case, NFC): the 12 bases and their 60 toned forms.
struct VowelInfo {
  char32_t base = 0;  // 0 = not a Vietnamese vowel
  uint8_t tone = 0;   // 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng
};
constexpr char32_t kVowelTableSize = 0x1F00;  // all Vietnamese vowels are below U+1F00

const std::array<VowelInfo, kVowelTableSize>& vowel_table() {
  static const auto* table = [] {
    auto* t = new std::array<VowelInfo, kVowelTableSize>();
    const char32_t bases[] = {U'a', U'ă', U'â', U'e', U'ê', U'i', U'o', U'ô', U'ơ', U'u', U'ư', U'y'};
    // Combining marks in tone order: acute, grave, hook above, tilde, dot below.
    const UChar32 marks[] = {0x0301, 0x0300, 0x0309, 0x0303, 0x0323};
    for (char32_t b : bases) {
      (*t)[b] = VowelInfo{b, 0};
      for (int tone = 1; tone <= 5; ++tone) {
        // normalize(), not composePair(): ộ is o + U+0323 + U+0302 in canonical order, so the
        // pair (ô, U+0323) does not compose directly.
        icu::UnicodeString pair;
        pair.append(static_cast<UChar32>(b)).append(marks[tone - 1]);
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString composed_string = nfc_instance().normalize(pair, status);
        UChar32 composed = composed_string.countChar32() == 1 ? composed_string.char32At(0) : -1;
        if (U_SUCCESS(status) && composed >= 0 && static_cast<char32_t>(composed) < kVowelTableSize) {
          (*t)[static_cast<size_t>(composed)] = VowelInfo{b, static_cast<uint8_t>(tone)};
        }
      }
    }
    return t;
  }();
  return *table;
}

VowelInfo vowel_info(char32_t c) {
  if (c >= kVowelTableSize) return {};
  return vowel_table()[c];
}

constexpr char32_t kDStroke = 0x0111;  // đ

// True when word[0, len) is a Vietnamese initial consonant (lower case).
bool is_vietnamese_initial(const char32_t* w, size_t len) {
  if (len == 1) {
    return w[0] == kDStroke || (w[0] < 0x80 && std::strchr("bcdghklmnprstvx", static_cast<int>(w[0])));
  }
  char buf[4] = {0, 0, 0, 0};
  if (len > 3) return false;
  for (size_t i = 0; i < len; ++i) {
    if (w[i] >= 0x80) return false;
    buf[i] = static_cast<char>(w[i]);
  }
  static const char* const kClusters[] = {"ch", "gh", "kh", "ng", "nh", "ph", "th", "tr", "ngh"};
  for (const char* cluster : kClusters) {
    if (std::strcmp(buf, cluster) == 0) return true;
  }
  return false;
}

// Appends the key of one case-folded NFC word (steps 2 and 3 of match_key).
void append_word_key(std::u32string& word, std::string& out) {
  bool eligible = true;
  int tones = 0;
  uint8_t tone = 0;
  size_t toned_at = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    char32_t c = word[i];
    if (c >= 'a' && c <= 'z') continue;
    if (c == kDStroke) continue;
    VowelInfo info = vowel_info(c);
    if (info.base == 0) {
      eligible = false;
      break;
    }
    if (info.tone != 0) {
      ++tones;
      tone = info.tone;
      toned_at = i;
    }
  }
  if (eligible && tones <= 1) {
    if (tones == 1) word[toned_at] = vowel_info(word[toned_at]).base;
    if (word.size() >= 2 && word.back() == U'y' && is_vietnamese_initial(word.data(), word.size() - 1)) {
      word.back() = U'i';
    }
  } else {
    tones = 0;
  }
  for (char32_t c : word) append_utf8(out, static_cast<UChar32>(c));
  if (tones == 1) out.push_back(static_cast<char>('0' + tone));
}

// Steps 2-4 of match_key on case-folded NFC text.
std::string key_of_folded(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  std::u32string word;
  bool pending_space = false;
  const char* p = s.data();
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT_OR_FFFD(p, i, n, c);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (!is_word_char(c)) {
      if (c == 0xFFFD) {
        append_utf8(out, c);
      } else {
        out.append(p + start, static_cast<size_t>(i - start));
      }
      continue;
    }
    word.clear();
    word.push_back(static_cast<char32_t>(c));
    while (i < n) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT_OR_FFFD(p, next, n, d);
      if (!is_word_char(d)) break;
      word.push_back(static_cast<char32_t>(d));
      i = next;
    }
    append_word_key(word, out);
  }
  return out;
}

}  // namespace

std::string nfc(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  return normalize_nfc(utf8);
}

bool is_nfc(std::string_view utf8) {
  if (is_ascii(utf8)) return true;
  return nfc_check(utf8);
}

std::string fold_spaces(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  const char* p = utf8.data();
  const int32_t n = static_cast<int32_t>(piece(utf8).size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    out.append(p + start, static_cast<size_t>(i - start));
  }
  return out;
}

std::string match_key(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string lower(utf8);
    for (char& ch : lower) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return key_of_folded(lower);
  }
  std::string composed = normalize_nfc(utf8);
  std::string folded;
  folded.reserve(composed.size());
  icu::StringByteSink<std::string> sink(&folded);
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, piece(composed), sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("case folding failed: ") + u_errorName(status));
  // Full case folding can decompose (U+0130 -> i + U+0307); recompose when it did.
  if (!nfc_check(folded)) folded = normalize_nfc(folded);
  return key_of_folded(folded);
}

std::string syllable_key(std::string_view syllable) { return match_key(syllable); }

}  // namespace songngu
