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

[[gnu::always_inline]] inline bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0x200B || u_isUWhiteSpace(c);
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

[[gnu::always_inline]] inline VowelInfo vowel_info(char32_t c) {
  if (c >= kVowelTableSize) return {};
  return vowel_table()[c];
}

[[gnu::always_inline]] inline bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (vowel_info(static_cast<char32_t>(c)).base != 0) return true;  // skips the ICU lookup
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

constexpr UChar32 kDStroke = 0x0111;  // đ

// True when `w` is a Vietnamese initial consonant (lower case, UTF-8).
bool is_vietnamese_initial(std::string_view w) {
  switch (w.size()) {
    case 1: return std::strchr("bcdghklmnprstvx", w[0]) != nullptr;
    case 2:
      return w == "\xC4\x91" || w == "ch" || w == "gh" || w == "kh" || w == "ng" || w == "nh" ||
             w == "ph" || w == "th" || w == "tr";
    case 3: return w == "ngh";
    default: return false;
  }
}

// What step 2 needs to know of a word, gathered while the word is scanned (one decoding pass):
// whether it is made only of Vietnamese letters, and its toned vowel if it has exactly one.
struct WordScan {
  bool eligible = true;
  int tones = 0;
  VowelInfo toned;
  int32_t toned_begin = 0, toned_end = 0;

  // The character c at s[at, after), in word order.
  void add(UChar32 c, int32_t at, int32_t after) {
    if (!eligible || (c >= 'a' && c <= 'z') || c == kDStroke) return;
    const VowelInfo info = vowel_info(static_cast<char32_t>(c));
    if (info.base == 0) {
      eligible = false;
      return;
    }
    if (info.tone != 0) {
      ++tones;
      toned = info;
      toned_begin = at;
      toned_end = after;
    }
  }
};

// Appends the key of one case-folded NFC word, word = s[begin, end) (steps 2 and 3 of match_key).
// Words are copied byte for byte except the toned vowel, so the common cases stay cheap.
void append_word_key(std::string_view s, int32_t begin, int32_t end, const WordScan& scan, std::string& out) {
  const int tones = scan.tones;
  const VowelInfo toned = scan.toned;
  const int32_t toned_begin = scan.toned_begin, toned_end = scan.toned_end;
  const size_t word_start = out.size();
  if (!scan.eligible || tones > 1) {
    out.append(s.data() + begin, static_cast<size_t>(end - begin));
    return;
  }
  if (tones == 1) {
    out.append(s.data() + begin, static_cast<size_t>(toned_begin - begin));
    append_utf8(out, static_cast<UChar32>(toned.base));
    out.append(s.data() + toned_end, static_cast<size_t>(end - toned_end));
  } else {
    out.append(s.data() + begin, static_cast<size_t>(end - begin));
  }
  const std::string_view word(out.data() + word_start, out.size() - word_start);
  if (word.size() >= 2 && word.back() == 'y' && is_vietnamese_initial(word.substr(0, word.size() - 1))) {
    out.back() = 'i';
  }
  if (tones == 1) out.push_back(static_cast<char>('0' + toned.tone));
}

// Steps 2-4 of match_key on case-folded NFC text.
std::string key_of_folded(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  bool pending_space = false;
  const char* p = s.data();
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
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
    WordScan scan;
    scan.add(c, start, i);
    while (i < n) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT_OR_FFFD(p, next, n, d);
      if (!is_word_char(d)) break;
      scan.add(d, i, next);
      i = next;
    }
    append_word_key(s, start, i, scan, out);
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
  // Segments are mostly NFC already: checking is cheaper than normalizing into a copy.
  std::string composed;
  std::string_view nfc_text = utf8;
  if (!nfc_check(utf8)) {
    composed = normalize_nfc(utf8);
    nfc_text = composed;
  }
  std::string folded;
  folded.reserve(nfc_text.size());
  icu::StringByteSink<std::string> sink(&folded);
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, piece(nfc_text), sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("case folding failed: ") + u_errorName(status));
  // Full case folding can decompose (U+0130 -> i + U+0307, U+01F0 -> j + U+030C); the marks it
  // produces are all in U+0300..U+036F (UTF-8 lead bytes 0xCC, 0xCD), so only then recompose.
  if (folded.find_first_of("\xCC\xCD") != std::string::npos && !nfc_check(folded)) {
    folded = normalize_nfc(folded);
  }
  return key_of_folded(folded);
}

std::string syllable_key(std::string_view syllable) { return match_key(syllable); }

}  // namespace songngu
