#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "text/key_chars.h"
#include "text/utf8.h"

namespace songngu {
namespace {

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
  nfc_normalizer().normalizeUTF8(0, piece(s), sink, nullptr, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFC failed: ") + u_errorName(status));
  return out;
}

bool nfc_check(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  bool yes = nfc_normalizer().isNormalizedUTF8(piece(s), status);
  return U_SUCCESS(status) && yes;
}

[[gnu::always_inline]] inline bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0x200B || u_isUWhiteSpace(c);
}

// Decodes the BMP code point at p[i] and advances i. Returns false, leaving i, on ill-formed UTF-8
// and on code points above U+FFFF: the callers then take ICU's general path.
[[gnu::always_inline]] inline bool next_bmp(const unsigned char* p, size_t n, size_t& i, char32_t& c) {
  const size_t length = decode_utf8(std::string_view(reinterpret_cast<const char*>(p), n), i, c);
  if (length == 0 || length == 4) return false;
  i += length;
  return true;
}

// True when every character of s is NFC-inert (KeyChar::kNfcInert), which proves s is NFC; false
// says nothing (ICU decides then).
bool all_nfc_inert(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (!(word & 0x8080808080808080ULL)) {  // eight ASCII characters: all inert
        i += 8;
        continue;
      }
    }
    char32_t c;
    if (!next_bmp(p, n, i, c) || !(key_char(c).flags & KeyChar::kNfcInert)) return false;
  }
  return true;
}

size_t encode_utf8(char32_t c, char* buf) {
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(c));
  return static_cast<size_t>(len);
}

// True when w[0, n) is a Vietnamese initial consonant (lower case, UTF-8): b c ch d đ g gh h k kh
// l m n ng ngh nh p ph r s t th tr v x.
bool is_vietnamese_initial(const char* w, size_t n) {
  switch (n) {
    case 1:
      switch (w[0]) {
        case 'b':
        case 'c':
        case 'd':
        case 'g':
        case 'h':
        case 'k':
        case 'l':
        case 'm':
        case 'n':
        case 'p':
        case 'r':
        case 's':
        case 't':
        case 'v':
        case 'x': return true;
        default: return false;
      }
    case 2:
      if (w[0] == '\xC4') return w[1] == '\x91';  // đ
      if (w[1] == 'h')
        return w[0] == 'c' || w[0] == 'g' || w[0] == 'k' || w[0] == 'n' || w[0] == 'p' || w[0] == 't';
      return (w[0] == 'n' && w[1] == 'g') || (w[0] == 't' && w[1] == 'r');
    case 3: return w[0] == 'n' && w[1] == 'g' && w[2] == 'h';
    default: return false;
  }
}

// Steps 2 and 3 on the word [word_start, o) of a key being written; returns the new end.
char* finish_word(char* word_start, char* o, int tones, uint8_t tone, char16_t vowel_base, char* toned_at,
                  size_t toned_length) {
  if (tones == 1) {
    // The toned vowel's base (a-y, or ă â ê ô ơ ư: below U+0800) is never longer than the toned
    // vowel (ắ, 3 bytes -> ă, 2 bytes).
    size_t base_length = 1;
    if (vowel_base < 0x80) {
      toned_at[0] = static_cast<char>(vowel_base);
    } else {
      toned_at[0] = static_cast<char>(0xC0 | (vowel_base >> 6));
      toned_at[1] = static_cast<char>(0x80 | (vowel_base & 0x3F));
      base_length = 2;
    }
    const size_t shift = toned_length - base_length;
    for (char* q = toned_at + toned_length; q < o; ++q) q[-static_cast<std::ptrdiff_t>(shift)] = *q;
    o -= shift;
  }
  const size_t length = static_cast<size_t>(o - word_start);
  if (length >= 2 && o[-1] == 'y' && is_vietnamese_initial(word_start, length - 1)) o[-1] = 'i';
  if (tones == 1) *o++ = static_cast<char>('0' + tone);
  return o;
}

// One character of case-folded NFC text for build_key: its facts and its UTF-8 bytes (1-4).
struct KeyInput {
  KeyChar facts;
  const char* bytes = nullptr;
  size_t length = 0;
};
enum class Step { kChar, kEnd, kGiveUp };

// Steps 2-4 of match_key over the characters `next(KeyInput&)` yields, written into `out`. Returns
// false when `next` gives up (the caller then takes the general path). After each word character,
// `extend_word(o, limit)` may write more characters of the same word that change nothing of its
// state (lower-case a-z), up to `limit`. The state lives in locals and the key is written through
// a raw pointer into a per-thread scratch buffer, so the loop keeps it in registers and checks no
// capacity: the key of n bytes of text is at most kMaxGrowth * n + kSlack bytes long (a character
// of L bytes folds to at most 4 <= 3L + 1 bytes, or to U+FFFD, 3 bytes; a run of spaces adds one
// space; a tone digit replaces at least one byte of the toned vowel).
constexpr size_t kMaxGrowth = 4;
constexpr size_t kSlack = 16;

template <typename Next, typename ExtendWord>
[[gnu::always_inline]] inline bool build_key(size_t size_hint, std::string& out, Next&& next,
                                             ExtendWord&& extend_word) {
  thread_local std::string scratch;
  std::string local;  // for very long texts, not kept per thread
  const size_t bound = kMaxGrowth * size_hint + kSlack;
  std::string& buffer = bound <= (size_t{1} << 22) ? scratch : local;
  if (buffer.size() < bound) buffer.resize(bound);
  char* const begin = buffer.data();
  char* o = begin;
  char* const end = begin + bound;
  bool pending_space = false;
  char* word_start = nullptr;  // null: not inside a word
  bool eligible = true;        // the word so far is written only with Vietnamese letters
  int tones = 0;
  uint8_t tone = 0;
  char16_t vowel_base = 0;
  char* toned_at = nullptr;
  size_t toned_length = 0;
  KeyInput in;
  for (;;) {
    const Step step = next(in);
    if (step == Step::kGiveUp) return false;
    if (step == Step::kEnd) break;
    const uint8_t flags = in.facts.flags;
    if (flags & KeyChar::kWord) {
      if (!word_start) {
        if (pending_space) *o++ = ' ';
        pending_space = false;
        word_start = o;
        eligible = true;
        tones = 0;
        toned_at = nullptr;
      }
      if (eligible) {
        if (!(flags & KeyChar::kVietnamese)) {
          eligible = false;
        } else if (in.facts.tone != 0) {
          ++tones;
          tone = in.facts.tone;
          vowel_base = in.facts.base;
          toned_at = o;
          toned_length = in.length;
        }
      }
    } else {
      if (word_start) {
        // Only a toned word or one ending in y can change (the usual word is copied as it is).
        if (eligible && (tones == 1 || (tones == 0 && o[-1] == 'y'))) {
          o = finish_word(word_start, o, tones, tone, vowel_base, toned_at, toned_length);
        }
        word_start = nullptr;
      }
      if (flags & KeyChar::kSpace) {
        pending_space = o != begin;
        continue;
      }
      if (pending_space) *o++ = ' ';
      pending_space = false;
    }
    o[0] = in.bytes[0];
    if (in.length > 1) {
      o[1] = in.bytes[1];
      if (in.length > 2) {
        o[2] = in.bytes[2];
        if (in.length > 3) o[3] = in.bytes[3];
      }
    }
    o += in.length;
    if (word_start) o = extend_word(o, end);
  }
  if (word_start && eligible && (tones == 1 || (tones == 0 && o[-1] == 'y'))) {
    o = finish_word(word_start, o, tones, tone, vowel_base, toned_at, toned_length);
  }
  out.assign(begin, static_cast<size_t>(o - begin));
  return true;
}

// match_key of text made only of BMP characters whose folding is one NFC-inert code point
// (KeyChar::kSimpleFold): such text is NFC, folds character by character and stays NFC, so the
// table does all of steps 1-4 in one pass. Returns false as soon as a character needs ICU.
bool fast_key(std::string_view s, std::string& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  char buf[4];
  return build_key(
      n, out,
      [&](KeyInput& in) {
        if (i >= n) return Step::kEnd;
        const size_t at = i;
        char32_t c;
        if (!next_bmp(p, n, i, c)) return Step::kGiveUp;
        in.facts = key_char(c);
        if (!(in.facts.flags & KeyChar::kSimpleFold)) return Step::kGiveUp;
        if (in.facts.flags & KeyChar::kFoldIsSelf) {
          in.bytes = s.data() + at;
          in.length = i - at;
        } else {
          in.bytes = buf;
          in.length = encode_utf8(in.facts.folded, buf);
        }
        return Step::kChar;
      },
      [&](char* o, char* limit) {
        // ASCII letters inside a word: a-z and A-Z (folded to a-z) are toneless Vietnamese letters,
        // the commonest case, copied without the table.
        while (i < n && o < limit) {
          const unsigned b = p[i];
          if (b - 'a' < 26u) {
            *o++ = static_cast<char>(b);
          } else if (b - 'A' < 26u) {
            *o++ = static_cast<char>(b + ('a' - 'A'));
          } else {
            break;
          }
          ++i;
        }
        return o;
      });
}

// Steps 2-4 of match_key on case-folded NFC text (the general path).
std::string key_of_folded(std::string_view s) {
  const char* p = s.data();
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  std::string out;
  build_key(
      s.size(), out,
      [&](KeyInput& in) {
        if (i >= n) return Step::kEnd;
        const int32_t start = i;
        UChar32 c;
        U8_NEXT_OR_FFFD(p, i, n, c);
        in.facts = key_facts(static_cast<char32_t>(c));
        if (c == 0xFFFD) {
          in.bytes = "\xEF\xBF\xBD";  // also for an ill-formed sequence
          in.length = 3;
        } else {
          in.bytes = p + start;
          in.length = static_cast<size_t>(i - start);
        }
        return Step::kChar;
      },
      [](char* o, char*) { return o; });
  return out;
}

}  // namespace

std::string nfc(std::string_view utf8) {
  if (all_nfc_inert(utf8)) return std::string(utf8);
  return normalize_nfc(utf8);
}

bool is_nfc(std::string_view utf8) {
  if (all_nfc_inert(utf8)) return true;
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
  std::string key;
  if (fast_key(std::string_view(utf8.data(), static_cast<size_t>(piece(utf8).size())), key)) return key;
  // The general path: ICU's NFC and full case folding on the whole text, then steps 2-4.
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
  const bool has_marks =
      std::any_of(folded.begin(), folded.end(), [](char b) { return b == '\xCC' || b == '\xCD'; });
  if (has_marks && !nfc_check(folded)) folded = normalize_nfc(folded);
  return key_of_folded(folded);
}

TextAndKey nfc_and_key(std::string_view utf8) {
  TextAndKey out;
  // fast_key succeeds only on NFC-inert characters, which proves the text is NFC already.
  if (fast_key(std::string_view(utf8.data(), static_cast<size_t>(piece(utf8).size())), out.key)) {
    out.text = std::string(utf8);
  } else {
    out.text = nfc(utf8);
    out.key = match_key(out.text);
  }
  return out;
}

std::string syllable_key(std::string_view syllable) {
  return match_key(syllable);
}

}  // namespace songngu
