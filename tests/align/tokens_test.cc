#include "align/tokens.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace songngu {
namespace {

TEST(Tokens, SentenceEndsAreFullStopsAndTheirKin) {
  EXPECT_TRUE(ends_as_sentence("Hai bên nhất trí."));
  EXPECT_TRUE(ends_as_sentence("Is it ready?"));
  EXPECT_TRUE(ends_as_sentence("Do the following:"));
  EXPECT_TRUE(ends_as_sentence("He said \"yes.\""));
  EXPECT_TRUE(ends_as_sentence("(see below.)  "));
  EXPECT_TRUE(ends_as_sentence("회담을 가졌다。"));
  EXPECT_TRUE(ends_as_sentence("và v.v…"));
}

TEST(Tokens, TitlesLabelsAndCaptionsDoNotEndAsSentences) {
  EXPECT_FALSE(ends_as_sentence("Bảo vệ ô"));
  EXPECT_FALSE(ends_as_sentence("Pivot Table - Select Source"));
  EXPECT_FALSE(ends_as_sentence("CHITEST(Data_B; Data_E)"));
  EXPECT_FALSE(ends_as_sentence("인쇄"));
  EXPECT_FALSE(ends_as_sentence(""));
  EXPECT_FALSE(ends_as_sentence("   "));
}

TEST(Tokens, KoreanParticlesAreStrippedAndSyllablesSplit) {
  auto t = alignment_tokens("서울에서", "서울에서", "ko");
  EXPECT_EQ(t, (std::vector<std::string>{"서", "울"}));
}

TEST(Tokens, NumbersGetOneCanonicalToken) {
  auto vi = alignment_tokens("4.400 người", "4.400 nguoi2", "vi");
  auto en = alignment_tokens("4,400 people", "4,400 people", "en");
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  ASSERT_TRUE(has(vi, "#4400")) << vi.size();
  EXPECT_TRUE(has(en, "#4400"));
}

}  // namespace
}  // namespace songngu
