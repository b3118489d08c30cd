#include "text/key_chars.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <array>
#include <atomic>
#include <memory>
#include <stdexcept>
#include <string>

namespace songngu {
namespace {

// Vietnamese vowel letters (lower case, NFC): the 12 bases and their 60 toned forms.
struct Vowel {
  char16_t base = 0;  // 0 = not a Vietnamese vowel
  uint8_t tone = 0;
};
constexpr char32_t kVowelTableSize = 0x1F00;  // all Vietnamese vowels are below U+1F00

const std::array<Vowel, kVowelTableSize>& vowel_table() {
  static const auto* table = [] {
    auto* t = new std::array<Vowel, kVowelTableSize>();
    const char16_t bases[] = {u'a', u'ă', u'â', u'e', u'ê', u'i', u'o', u'ô', u'ơ', u'u', u'ư', u'y'};
    // Combining marks in tone order: acute, grave, hook above, tilde, dot below.
    const UChar32 marks[] = {0x0301, 0x0300, 0x0309, 0x0303, 0x0323};
    for (char16_t b : bases) {
      (*t)[b] = Vowel{b, 0};
      for (int tone = 1; tone <= 5; ++tone) {
        // normalize(), not composePair(): ộ is o + U+0323 + U+0302 in canonical order, so the
        // pair (ô, U+0323) does not compose directly.
        icu::UnicodeString pair;
        pair.append(static_cast<UChar32>(b)).append(marks[tone - 1]);
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString composed_string = nfc_normalizer().normalize(pair, status);
        UChar32 composed = composed_string.countChar32() == 1 ? composed_string.char32At(0) : -1;
        if (U_SUCCESS(status) && composed >= 0 && static_cast<char32_t>(composed) < kVowelTableSize) {
          (*t)[static_cast<size_t>(composed)] = Vowel{b, static_cast<uint8_t>(tone)};
        }
      }
    }
    return t;
  }();
  return *table;
}

bool nfc_inert(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
}

// ICU's full case folding of one code point; -1 when it is more than one code point.
UChar32 fold_one(UChar32 c) {
  UChar src[2];
  int32_t src_length = 0;
  U16_APPEND_UNSAFE(src, src_length, c);
  UChar dest[8];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = u_strFoldCase(dest, 8, src, src_length, U_FOLD_CASE_DEFAULT, &status);
  if (U_FAILURE(status) || length <= 0 || length > 2) return -1;
  UChar32 folded;
  int32_t i = 0;
  U16_NEXT(dest, i, length, folded);
  return i == length ? folded : -1;
}

using key_chars_detail::Block;

}  // namespace

Block key_chars_detail::compute_block(char32_t first) {
  Block block{};
  for (char32_t k = 0; k < 256; ++k) {
    const UChar32 c = static_cast<UChar32>(first + k);
    KeyChar& entry = block[k];
    if (U_IS_SURROGATE(c)) continue;  // never decoded from well-formed UTF-8
    if (c >= 0xAC00 && c <= 0xD7A3) {
      // A precomposed Hangul syllable (Unicode's stable Hangul algorithm: NFC_Quick_Check=Yes,
      // combining class 0, no case, a letter): known without asking ICU, which a Korean text's
      // 44 blocks would otherwise ask 11,172 times at start-up.
      entry.folded = static_cast<char32_t>(c);
      entry.flags = KeyChar::kNfcInert | KeyChar::kSimpleFold | KeyChar::kFoldIsSelf | KeyChar::kWord;
      continue;
    }
    const bool inert = nfc_inert(c);
    const UChar32 folded = fold_one(c);
    if (folded < 0) {
      entry.flags = inert ? KeyChar::kNfcInert : 0;
      continue;
    }
    entry = key_facts(static_cast<char32_t>(folded));
    entry.folded = static_cast<char32_t>(folded);
    if (inert) entry.flags |= KeyChar::kNfcInert;
    if (inert && folded <= 0xFFFF && nfc_inert(folded)) entry.flags |= KeyChar::kSimpleFold;
    if (folded == c) entry.flags |= KeyChar::kFoldIsSelf;
  }
  return block;
}

const icu::Normalizer2& nfc_normalizer() {
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

#ifdef SONGNGU_KEY_CHARS_GENERATOR
// The generator itself: no block built in yet.
std::array<std::atomic<const Block*>, 256> key_chars_detail::blocks{};
bool key_chars_detail::built_in(unsigned) {
  return false;
}
#else
// key_chars_detail::blocks with the built-in blocks in place, and built_in().
#include "songngu/key_chars_blocks.inc"
#endif

KeyChar key_facts(char32_t c) {
  KeyChar k;
  const auto u = static_cast<UChar32>(c);
  if (c < 0x80) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) k.flags |= KeyChar::kSpace;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k.flags |= KeyChar::kWord;
  } else {
    if (c == 0x200B || u_isUWhiteSpace(u)) k.flags |= KeyChar::kSpace;
    if ((U_GET_GC_MASK(u) & (U_GC_L_MASK | U_GC_M_MASK)) != 0) k.flags |= KeyChar::kWord;
  }
  if (c < kVowelTableSize && vowel_table()[c].base != 0) {
    k.base = vowel_table()[c].base;
    k.tone = vowel_table()[c].tone;
    k.flags |= KeyChar::kWord | KeyChar::kVietnamese;
  }
  if ((c >= 'a' && c <= 'z') || c == 0x0111) k.flags |= KeyChar::kVietnamese;  // 0x0111 = đ
  return k;
}

const KeyChar& key_chars_detail::fill_and_get(char32_t c) {
  std::atomic<const Block*>& slot = blocks[(c >> 8) & 0xFF];
  const Block* block = slot.load(std::memory_order_acquire);
  if (block == nullptr) {
    const Block* fresh = new Block(compute_block(c & ~char32_t{0xFF}));
    if (slot.compare_exchange_strong(block, fresh, std::memory_order_acq_rel)) {
      block = fresh;
    } else {
      delete fresh;  // another thread filled the block first; `block` now holds its copy
    }
  }
  return (*block)[c & 0xFF];
}

}  // namespace songngu
