#include "glossary/term_tokens.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

std::vector<std::string> keys(const std::vector<TermToken>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.key);
  return out;
}

std::vector<std::string> spans(std::string_view text, const std::vector<TermToken>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(TermTokens, VietnameseBySyllableEnglishFoldedByWord) {
  EXPECT_EQ(keys(term_tokens("Đối tác chiến lược", "vi")),
            (std::vector<std::string>{"đôi1", "tac1", "chiên1", "lươc5"}));
  EXPECT_EQ(keys(term_tokens("The Strategic Partnerships", "en")),
            (std::vector<std::string>{"the", "strategic", "partnership"}));
}

TEST(TermTokens, KoreanParticlesAreTokensOfTheirOwn) {
  std::string text = "양측은 포괄적 전략적 동반자 관계를 심화했다.";
  auto tokens = term_tokens(text, "ko");
  EXPECT_EQ(keys(tokens), (std::vector<std::string>{"양측", "~은", "포괄적", "전략적", "동반자", "관계",
                                                    "~를", "심화했다"}));
  EXPECT_EQ(spans(text, tokens)[5], "관계");  // the stem's bytes end before its particle
  EXPECT_EQ(spans(text, tokens)[6], "를");
  EXPECT_TRUE(tokens[6].particle);
  EXPECT_FALSE(tokens[5].particle);
}

TEST(TermTokens, AnAmbiguousParticleNeedsTheStemElsewhere) {
  // 가 also ends nouns (국가): split only when the input has the bare stem.
  EXPECT_EQ(keys(term_tokens("국가가", "ko")), (std::vector<std::string>{"국가가"}));
  std::vector<std::string_view> texts = {"국가가 발전한다.", "국가 경제"};
  KoreanStems stems = korean_stems(texts);
  EXPECT_EQ(keys(term_tokens("국가가", "ko", &stems)), (std::vector<std::string>{"국가", "~가"}));
}

TEST(TermTokens, AWordThatTakesParticlesIsAStem) {
  // 세로 ends like 세 + 로, but the input writes 세로로 and 세로는: it is a word of its own.
  std::vector<std::string_view> texts = {"세로로 놓는다.", "세로는 길다.", "세로 방향"};
  KoreanStems stems = korean_stems(texts);
  EXPECT_EQ(keys(term_tokens("세로", "ko", &stems)), (std::vector<std::string>{"세로"}));
  EXPECT_EQ(keys(term_tokens("세로로", "ko", &stems)), (std::vector<std::string>{"세로", "~로"}));
  // 문서에 of 문서에만 is rare beside 문서, 문서를, 문서의: still 문서 + 에.
  std::vector<std::string_view> more = {"문서에만 있다.", "문서를 연다.", "문서의 제목", "문서는", "문서에"};
  stems = korean_stems(more);
  EXPECT_EQ(keys(term_tokens("문서에", "ko", &stems)), (std::vector<std::string>{"문서", "~에"}));
}

TEST(TermTokens, KoreanLightVerbEndingsSplitOffNouns) {
  // 선택합니다 and 선택한 are 선택 used as a verb (하다), 필요한 is 필요 + 한, 사용된 is 사용 + 된:
  // the noun is the word, the rest is split off as a particle is.
  std::vector<std::string_view> texts = {"범위 선택", "선택을 바꿉니다.", "필요 없음", "사용 중",
                                         "대한 설명"};
  KoreanStems stems = korean_stems(texts);
  auto tokens = term_tokens("범위를 선택합니다.", "ko", &stems);
  EXPECT_EQ(keys(tokens), (std::vector<std::string>{"범위", "~를", "선택", "~합니다"}));
  EXPECT_TRUE(tokens[3].particle);
  EXPECT_EQ(spans("범위를 선택합니다.", tokens)[2], "선택");
  EXPECT_EQ(keys(term_tokens("선택한 필요한 사용된", "ko", &stems)),
            (std::vector<std::string>{"선택", "~한", "필요", "~한", "사용", "~된"}));
  // A one-syllable noun is not split (대한 is a word of its own), nor without the input's stems.
  EXPECT_EQ(keys(term_tokens("대한", "ko", &stems)), (std::vector<std::string>{"대한"}));
  EXPECT_EQ(keys(term_tokens("선택합니다", "ko")), (std::vector<std::string>{"선택합니다"}));
}

TEST(TermTokens, NounsThatEndLikeALightVerbStayWhole) {
  // 부분합 (subtotal) takes particles (부분합이), so it is a noun, not 부분 + 합; 함수 (function) is
  // a noun of its own (함수를), so 날짜함수 is not 날짜 + 함수; 합 alone ends no word.
  std::vector<std::string_view> texts = {"부분 선택",      "부분합",  "부분합이 있다.", "날짜 형식",
                                         "함수를 씁니다.", "결과 값", "결과합을"};
  KoreanStems stems = korean_stems(texts);
  EXPECT_EQ(keys(term_tokens("부분합", "ko", &stems)), (std::vector<std::string>{"부분합"}));
  EXPECT_EQ(keys(term_tokens("날짜함수", "ko", &stems)), (std::vector<std::string>{"날짜함수"}));
  EXPECT_EQ(keys(term_tokens("결과합을", "ko", &stems))[0], "결과합");
}

TEST(TermTokens, PunctuationAndHyphensBetweenWords) {
  auto tokens = term_tokens("left-to-right (A) plain text", "en");
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_TRUE(tokens[1].boundary_before && tokens[1].hyphen_before);   // -to
  EXPECT_TRUE(tokens[3].boundary_before && !tokens[3].hyphen_before);  // (A
  EXPECT_FALSE(tokens[5].boundary_before);                             // plain text
}

}  // namespace
}  // namespace songngu
