#include "lang/cognates.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "text/normalize.h"

namespace songngu {
namespace {

bool reads_as(const std::string& syllable, const std::string& hangul) {
  auto it = cognates().hangul_of.find(match_key(syllable));
  return it != cognates().hangul_of.end() &&
         std::find(it->second.begin(), it->second.end(), hangul) != it->second.end();
}

TEST(Cognates, SinoVietnameseSyllablesFindTheirSinoKoreanReadings) {
  EXPECT_TRUE(reads_as("quốc", "국"));  // 國
  EXPECT_TRUE(reads_as("gia", "가"));   // 家
  EXPECT_TRUE(reads_as("Quốc", "국")) << "looked up by match key: case does not matter";
  EXPECT_FALSE(reads_as("quốc", "가"));
}

TEST(Cognates, TheWholeShippedTableIsLoaded) {
  // data/lang/sinoviet-hangul-syllables.tsv: 3,079 (syllable, reading) rows, see PROVENANCE.md.
  size_t readings = 0;
  for (const auto& [key, hangul] : cognates().hangul_of) readings += hangul.size();
  EXPECT_EQ(readings, 3079u);
}

TEST(Cognates, NativeFunctionSyllablesAreStopped) {
  // "trong" (in) has a table row from a Chữ Nôm character (冲 -> 충) but is never evidence.
  EXPECT_TRUE(cognates().stop.count(match_key("trong")));
  EXPECT_TRUE(cognates().stop.count(match_key("một")));
  EXPECT_FALSE(cognates().stop.count(match_key("quốc")));
}

}  // namespace
}  // namespace songngu
