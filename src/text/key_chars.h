#pragma once
// Per-code-point facts that match_key and the NFC checks need, looked up in a table instead of
// asking ICU for every character. ICU stays the source of truth: each block of 256 BMP code points
// is filled from ICU (full case folding, NFC quick check, canonical combining class, general
// category, White_Space) the first time a character of that block is looked up.
//
// Contract: key_char(c) is defined for every BMP code point (c <= 0xFFFF) and is thread-safe; the
// first lookup in a block costs a few hundred ICU calls, every later one a load. Code points
// above U+FFFF have no entry: callers take ICU's general path for them.
// The blocks every Vietnamese, English or Korean text touches (Latin, combining marks, Vietnamese
// letters, punctuation, CJK symbols, jamo, Hangul syllables, full-width forms) are built into the
// program instead: the build computes them with the same ICU (src/text/gen/key_chars_gen.cc), so a
// short document does not spend its start-up on ICU's case folding and normalisation data.
#include <unicode/normalizer2.h>

#include <array>
#include <atomic>
#include <cstdint>

namespace songngu {

struct KeyChar {
  // Set when a string made only of such characters is NFC: NFC_Quick_Check=Yes and canonical
  // combining class 0 (no character of the string can compose with or reorder around another).
  static constexpr uint8_t kNfcInert = 1;
  // Set when the character's full case folding is one code point that is itself kNfcInert, so
  // folding a kNfcInert string of such characters character by character gives an NFC string.
  static constexpr uint8_t kSimpleFold = 2;
  static constexpr uint8_t kFoldIsSelf = 4;  // folded == the code point itself
  // The next flags describe `folded` in match_key's terms (text/normalize.cc):
  static constexpr uint8_t kSpace = 8;        // White_Space or U+200B
  static constexpr uint8_t kWord = 16;        // a letter or combining mark (word character)
  static constexpr uint8_t kVietnamese = 32;  // a-z, đ or a Vietnamese vowel (toned or not)

  char32_t folded = 0;  // valid when kSimpleFold is set
  uint8_t flags = 0;
  uint8_t tone = 0;   // of folded: 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng
  char16_t base = 0;  // of folded, when it is a Vietnamese vowel: the vowel without tone mark
};

namespace key_chars_detail {
using Block = std::array<KeyChar, 256>;
extern std::array<std::atomic<const Block*>, 256> blocks;  // the built-in ones, others on first use
const KeyChar& fill_and_get(char32_t c);
// The block of the 256 code points from `first` (a multiple of 256) as ICU gives it: what a first
// lookup stores, and what the build's generator writes for the built-in blocks.
Block compute_block(char32_t first);
// Whether block `block` (the code points block * 256 ... block * 256 + 255) is built in.
bool built_in(unsigned block);
}  // namespace key_chars_detail

// The table entry of a BMP code point (the folding flags and the facts of its folding). Inline:
// match_key looks up every character.
inline const KeyChar& key_char(char32_t bmp_code_point) {
  const key_chars_detail::Block* block =
      key_chars_detail::blocks[(bmp_code_point >> 8) & 0xFF].load(std::memory_order_acquire);
  if (block == nullptr) [[unlikely]]
    return key_chars_detail::fill_and_get(bmp_code_point);
  return (*block)[bmp_code_point & 0xFF];
}

// ICU's NFC normalizer (a process-wide singleton; throws std::runtime_error if ICU has no data).
const icu::Normalizer2& nfc_normalizer();

// The facts (kSpace, kWord, kVietnamese, tone, base) of `c` itself, for any code point, computed
// without the table: for the general path, which works on text already folded by ICU.
KeyChar key_facts(char32_t c);

}  // namespace songngu
