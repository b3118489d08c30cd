#include "glossary/name_transcription.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(NameTranscription, VietnameseSyllablesAsKoreanWritesThem) {
  // The rules' own examples: Tô Lâm = 또 럼, Lương Cường = 르엉 끄엉.
  EXPECT_EQ(vietnamese_jamo("Tô"), hangul_jamo("또"));
  EXPECT_EQ(vietnamese_jamo("Lâm"), hangul_jamo("럼"));
  EXPECT_EQ(vietnamese_jamo("Lương"), hangul_jamo("르엉"));
  EXPECT_EQ(vietnamese_jamo("Cường"), hangul_jamo("끄엉"));
  EXPECT_EQ(vietnamese_jamo("cương2"), vietnamese_jamo("Cường"));  // a match key reads the same
  EXPECT_EQ(vietnamese_jamo("Hà"), hangul_jamo("하"));
  EXPECT_EQ(vietnamese_jamo("Nội"), hangul_jamo("노이"));
  EXPECT_EQ(vietnamese_jamo("Phạm"), hangul_jamo("팜"));
}

TEST(NameTranscription, HangulTakenApartIntoLetters) {
  EXPECT_EQ(hangul_jamo("럼"), U"ㄹㅓㅁ");
  EXPECT_EQ(hangul_jamo("엉"), U"ㅓㅇ");         // the silent initial ㅇ is left out
  EXPECT_EQ(hangul_jamo("와"), U"ㅗㅏ");         // compound vowels split
  EXPECT_EQ(hangul_jamo("APEC 럼"), U"ㄹㅓㅁ");  // other characters left out
}

TEST(NameTranscription, SimilarityAndWhatIsNotAVietnameseSyllable) {
  EXPECT_DOUBLE_EQ(jamo_similarity(U"ㄹㅓㅁ", U"ㄹㅓㅁ"), 1.0);
  EXPECT_NEAR(jamo_similarity(U"ㄲㅜㅏㅇ", U"ㄲㅗㅏㅇ"), 0.75, 1e-9);
  EXPECT_DOUBLE_EQ(jamo_similarity(U"", U"ㄹ"), 0.0);
  EXPECT_LT(jamo_similarity(vietnamese_jamo("Lâm"), hangul_jamo("서기장")), 0.5);
  EXPECT_TRUE(vietnamese_jamo("2025").empty());
  EXPECT_TRUE(vietnamese_jamo("서울").empty());
}

}  // namespace
}  // namespace songngu
