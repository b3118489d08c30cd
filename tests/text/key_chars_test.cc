#include "text/key_chars.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

namespace songngu {
namespace {

bool has(const KeyChar& k, uint8_t flag) {
  return (k.flags & flag) != 0;
}

TEST(KeyChars, UpperCaseVietnameseFoldsToItsToneAndBase) {
  const KeyChar& e = key_char(U'Ệ');
  EXPECT_TRUE(has(e, KeyChar::kSimpleFold));
  EXPECT_FALSE(has(e, KeyChar::kFoldIsSelf));
  EXPECT_EQ(e.folded, U'ệ');
  EXPECT_EQ(e.base, u'ê');
  EXPECT_EQ(e.tone, 5);  // nặng
  EXPECT_TRUE(has(e, KeyChar::kWord) && has(e, KeyChar::kVietnamese));

  const KeyChar& u = key_char(U'ừ');
  EXPECT_TRUE(has(u, KeyChar::kFoldIsSelf));
  EXPECT_EQ(u.base, u'ư');
  EXPECT_EQ(u.tone, 2);  // huyền
  EXPECT_EQ(key_char(U'Đ').folded, U'đ');
  EXPECT_TRUE(has(key_char(U'Đ'), KeyChar::kVietnamese));
}

TEST(KeyChars, OtherScriptsAndSpaces) {
  const KeyChar& han = key_char(U'한');
  EXPECT_TRUE(has(han, KeyChar::kSimpleFold) && has(han, KeyChar::kFoldIsSelf) && has(han, KeyChar::kWord));
  EXPECT_FALSE(has(han, KeyChar::kVietnamese));
  EXPECT_EQ(key_char(U'Ａ').folded, U'ａ');  // full-width Latin folds to full-width
  EXPECT_TRUE(has(key_char(0x00A0), KeyChar::kSpace));
  EXPECT_TRUE(has(key_char(0x200B), KeyChar::kSpace));
  EXPECT_FALSE(has(key_char(U'.'), KeyChar::kWord | KeyChar::kSpace));
}

// What the one-pass key cannot do alone goes to ICU: folding to several characters, and
// characters that are not NFC on their own or combine with their neighbours.
TEST(KeyChars, MultiCharacterFoldsAndMarksAreLeftToIcu) {
  EXPECT_FALSE(has(key_char(U'ß'), KeyChar::kSimpleFold));    // -> ss
  EXPECT_FALSE(has(key_char(0x0130), KeyChar::kSimpleFold));  // İ -> i + U+0307
  EXPECT_FALSE(has(key_char(0x0301), KeyChar::kNfcInert));    // combining acute
  EXPECT_FALSE(has(key_char(0x212A), KeyChar::kNfcInert));    // Kelvin sign, NFC gives K
  EXPECT_FALSE(has(key_char(0x1161), KeyChar::kNfcInert));    // Hangul vowel jamo composes
  EXPECT_TRUE(has(key_char(U'a'), KeyChar::kNfcInert));
}

// The table fills Hangul syllables without asking ICU: what ICU says of every one of them.
TEST(KeyChars, HangulSyllablesAgreeWithIcu) {
  for (UChar32 c = 0xAC00; c <= 0xD7A3; ++c) {
    ASSERT_EQ(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK), UNORM_YES) << c;
    ASSERT_EQ(u_getCombiningClass(c), 0) << c;
    ASSERT_EQ(u_foldCase(c, U_FOLD_CASE_DEFAULT), c) << c;
    ASSERT_EQ(u_charType(c), U_OTHER_LETTER) << c;
    const KeyChar& k = key_char(static_cast<char32_t>(c));
    ASSERT_EQ(k.flags, KeyChar::kNfcInert | KeyChar::kSimpleFold | KeyChar::kFoldIsSelf | KeyChar::kWord)
        << c;
    ASSERT_EQ(k.folded, static_cast<char32_t>(c));
    ASSERT_EQ(key_facts(static_cast<char32_t>(c)).flags, KeyChar::kWord) << c;
  }
  EXPECT_FALSE(has(key_char(0xD7A4), KeyChar::kWord));  // unassigned after the last syllable
}

// The blocks built into the program at build time are what ICU says now, entry by entry; the
// blocks of Vietnamese text are among them.
TEST(KeyChars, BuiltInBlocksAgreeWithIcu) {
  EXPECT_TRUE(key_chars_detail::built_in(0x00) && key_chars_detail::built_in(0x01) &&
              key_chars_detail::built_in(0x1E));
  EXPECT_TRUE(key_chars_detail::built_in(0xAC) && key_chars_detail::built_in(0xD7));  // Hangul syllables
  EXPECT_FALSE(key_chars_detail::built_in(0x4E));  // CJK ideographs: filled on first use
  int built_in = 0;
  for (unsigned block = 0; block < 256; ++block) {
    if (!key_chars_detail::built_in(block)) continue;
    ++built_in;
    const key_chars_detail::Block icu = key_chars_detail::compute_block(block << 8);
    for (char32_t k = 0; k < 256; ++k) {
      const char32_t c = (block << 8) + k;
      const unsigned code = static_cast<unsigned>(c);
      const KeyChar& table = key_char(c);
      ASSERT_EQ(table.folded, icu[k].folded) << code;
      ASSERT_EQ(table.flags, icu[k].flags) << code;
      ASSERT_EQ(table.tone, icu[k].tone) << code;
      ASSERT_EQ(table.base, icu[k].base) << code;
    }
  }
  EXPECT_GE(built_in, 3);
}

TEST(KeyChars, FactsWithoutTheTable) {
  KeyChar facts = key_facts(U'ộ');
  EXPECT_EQ(facts.base, u'ô');
  EXPECT_EQ(facts.tone, 5);
  EXPECT_TRUE(has(key_facts(U'A'), KeyChar::kWord));
  EXPECT_FALSE(has(key_facts(U'A'), KeyChar::kVietnamese));  // only lower case: text is folded first
  EXPECT_FALSE(has(key_facts(0x1F600), KeyChar::kWord));     // an emoji is no word character
}

}  // namespace
}  // namespace songngu
