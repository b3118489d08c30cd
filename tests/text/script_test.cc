#include "text/script.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(Script, VietnameseAndEnglishAreLatin) {
  EXPECT_EQ(dominant_script("Chủ tịch nước Việt Nam hội đàm với Tổng thống Hàn Quốc."), Script::kLatin);
  EXPECT_EQ(dominant_script("The two leaders met in Seoul on 11 August 2025."), Script::kLatin);
}

TEST(Script, KoreanIsHangulEvenWithLatinAndDigits) {
  EXPECT_EQ(dominant_script("양국 정상은 2025년 8월 11일 서울에서 회담했다."), Script::kHangul);
  // Some Latin (acronyms) and Hanja do not outvote the Hangul.
  EXPECT_EQ(dominant_script("한국과 베트남은 ODA와 FTA 협력을 확대하기로 합의했다 (韓越)."), Script::kHangul);
  // Decomposed jamo count as Hangul too.
  EXPECT_EQ(dominant_script("\u1112\u1161\u11AB\u1100\u116E\u11A8"), Script::kHangul);
}

TEST(Script, HanAndOther) {
  EXPECT_EQ(dominant_script("越南社會主義共和國"), Script::kHan);
  EXPECT_EQ(dominant_script("Москва и Ханой"), Script::kOther);
  EXPECT_EQ(dominant_script("ありがとう"), Script::kOther);
}

TEST(Script, NoLettersIsNone) {
  EXPECT_EQ(dominant_script(""), Script::kNone);
  EXPECT_EQ(dominant_script("2025-08-11 — 1.500, 30/10; (…) «»"), Script::kNone);
  EXPECT_EQ(dominant_script("\xFF\xFE 12"), Script::kNone);  // ill-formed bytes skipped
}

TEST(Script, CountsLettersOnly) {
  ScriptCounts c = count_scripts("Hà Nội 서울 2025! 北京");
  EXPECT_EQ(c.latin, 5u);  // H à N ộ i
  EXPECT_EQ(c.hangul, 2u);
  EXPECT_EQ(c.han, 2u);
  EXPECT_EQ(c.other, 0u);
  EXPECT_EQ(c.letters(), 9u);
  // Combining marks are not letters: decomposed "ệ" is still one Latin letter.
  EXPECT_EQ(count_scripts("e\u0323\u0302").latin, 1u);
}

TEST(Script, TiesGoToTheEarlierScript) {
  EXPECT_EQ(dominant_script("ab 서울"), Script::kLatin);
  EXPECT_EQ(dominant_script("서울 北京"), Script::kHangul);
}

TEST(Script, Names) {
  EXPECT_EQ(script_name(Script::kLatin), "Latin");
  EXPECT_EQ(script_name(Script::kHangul), "Hangul");
  EXPECT_EQ(script_name(Script::kHan), "Han");
  EXPECT_EQ(script_name(Script::kOther), "other");
  EXPECT_EQ(script_name(Script::kNone), "none");
}

}  // namespace
}  // namespace songngu
