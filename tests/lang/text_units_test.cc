#include "lang/text_units.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(TextUnits, SplitsWordsAndMarksBoundaries) {
  auto words = split_words("Hợp tác Mekong-Hàn Quốc, (APEC) 2025.");
  ASSERT_EQ(words.size(), 7u);
  EXPECT_EQ(words[0].surface, "Hợp");
  EXPECT_TRUE(words[0].sentence_initial);
  EXPECT_FALSE(words[1].boundary_before);
  EXPECT_TRUE(words[3].boundary_before);  // after the hyphen
  EXPECT_TRUE(words[5].boundary_before);  // after ", ("
  EXPECT_TRUE(words[5].capitalized);
  EXPECT_TRUE(words[6].has_digit);
}

TEST(TextUnits, KeysIgnoreToneMarkPlacementAndCase) {
  EXPECT_EQ(key_words("Hòa bình"), key_words("hoà BÌNH"));
}

TEST(TextUnits, EnglishInflectionFold) {
  EXPECT_EQ(fold_english("partnerships"), "partnership");
  EXPECT_EQ(fold_english("policies"), "policy");
  EXPECT_EQ(fold_english("approaches"), "approach");
  EXPECT_EQ(fold_english("korea's"), "korea");
  EXPECT_EQ(fold_english("status"), "status");
  EXPECT_EQ(fold_english("business"), "business");
  EXPECT_EQ(fold_english("analysis"), "analysis");
}

TEST(TextUnits, KoreanParticlesStrippedWithoutBreakingNouns) {
  EXPECT_EQ(strip_ko_particle("관계를", nullptr), "관계");
  EXPECT_EQ(strip_ko_particle("협력에서는", nullptr), "협력");
  EXPECT_EQ(strip_ko_particle("를", nullptr), "를");  // a syllable must remain
  // 가 and 의 also end nouns: stripped only when the stem is seen bare.
  EXPECT_EQ(strip_ko_particle("국가", nullptr), "국가");
  EXPECT_EQ(strip_ko_particle("회의", nullptr), "회의");
  std::set<std::string> stems = {"관계"};
  EXPECT_EQ(strip_ko_particle("관계가", &stems), "관계");
  EXPECT_EQ(strip_ko_particle("국가", &stems), "국가");
}

TEST(TextUnits, HangulDetection) {
  EXPECT_TRUE(is_hangul_word("동반자"));
  EXPECT_FALSE(is_hangul_word("partnership"));
}

}  // namespace
}  // namespace songngu
