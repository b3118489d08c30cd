#include "report/term_highlighter.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

Glossary partnership_glossary() {
  TermEntry e;
  e.id = "c1";
  e.status = TermStatus::kApproved;
  e.terms["vi"] = {{"Đối tác chiến lược toàn diện", TermStatus::kApproved, ""}};
  e.terms["en"] = {{"Comprehensive Strategic Partnership", TermStatus::kApproved, ""}};
  e.terms["ko"] = {{"포괄적 전략적 동반자 관계", TermStatus::kApproved, ""}};
  TermEntry short_one;
  short_one.id = "c2";
  short_one.terms["vi"] = {{"đối tác", TermStatus::kCandidate, ""}};
  short_one.terms["en"] = {{"partner", TermStatus::kCandidate, ""}};
  TermEntry peace;
  peace.id = "c3";
  peace.terms["vi"] = {{"hòa bình", TermStatus::kApproved, ""}};
  return Glossary{{e, short_one, peace}};
}

std::string cut(const std::string& text, const TermMatch& m) {
  return text.substr(m.begin, m.end - m.begin);
}

TEST(TermHighlighter, FindsVietnameseTermWhateverTheCase) {
  TermHighlighter hl(partnership_glossary(), "vi");
  std::string text = "quan hệ đối tác chiến lược toàn diện Hàn Quốc - Việt Nam";
  auto matches = hl.find(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(cut(text, matches[0]), "đối tác chiến lược toàn diện");  // longest term wins
  EXPECT_EQ(matches[0].entry, 0u);
}

TEST(TermHighlighter, ToneMarkPlacementDoesNotMatter) {
  TermHighlighter hl(partnership_glossary(), "vi");
  std::string text = "vì hoà bình";  // new-style placement; the glossary writes hòa
  auto matches = hl.find(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(cut(text, matches[0]), "hoà bình");
}

TEST(TermHighlighter, KoreanParticleOnTheLastWord) {
  TermHighlighter hl(partnership_glossary(), "ko");
  std::string text = "양국은 포괄적 전략적 동반자 관계를 심화하기로 했다.";
  auto matches = hl.find(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(cut(text, matches[0]), "포괄적 전략적 동반자 관계를");
}

TEST(TermHighlighter, EnglishInflectionAndWordBoundaries) {
  TermHighlighter hl(partnership_glossary(), "en");
  std::string text = "Partners and partnerships; the comprehensive strategic partnership.";
  auto matches = hl.find(text);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(cut(text, matches[0]), "Partners");
  EXPECT_EQ(cut(text, matches[1]), "comprehensive strategic partnership");
  // "partnerships" is not "partner" + a short inflection, and "partnership" alone is no term.
  EXPECT_TRUE(hl.find("partnership").empty());
  EXPECT_TRUE(hl.find("apartner").empty());
}

TEST(TermHighlighter, LanguageWithoutTermsFindsNothing) {
  TermHighlighter hl(partnership_glossary(), "ja");
  EXPECT_TRUE(hl.find("Comprehensive Strategic Partnership").empty());
}

}  // namespace
}  // namespace songngu
