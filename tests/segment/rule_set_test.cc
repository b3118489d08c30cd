#include "segment/rule_set.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace songngu {
namespace {

SrxRule rule(bool is_break, std::string before, std::string after, int line = 1) {
  return SrxRule{is_break, std::move(before), std::move(after), line};
}

// Verdict at the UTF-16 offset of the "|" in `marked` (the "|" is removed).
std::optional<bool> verdict(const RuleSet& rules, std::string marked) {
  size_t bar = marked.find('|');
  std::string text = marked.substr(0, bar) + marked.substr(bar + 1);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  int32_t pos = icu::UnicodeString::fromUTF8(marked.substr(0, bar)).length();
  RuleSet::Evaluator evaluator(rules);
  evaluator.reset(u);
  return evaluator.decide(pos);
}

TEST(RuleSet, BeforeAndAfterMustBothMatchAtThePosition) {
  RuleSet rules({rule(false, "\\bMr\\.", "\\s")}, "t.srx");
  EXPECT_EQ(verdict(rules, "said Mr.| Lee"), std::optional<bool>(false));
  EXPECT_EQ(verdict(rules, "said Mr.|Lee"), std::nullopt);      // afterbreak fails
  EXPECT_EQ(verdict(rules, "said Mrs.| Lee"), std::nullopt);    // beforebreak must end at the position
  EXPECT_EQ(verdict(rules, "said Mr. Lee.| Then"), std::nullopt);
  EXPECT_EQ(verdict(rules, "said HMr.| Lee"), std::nullopt);    // \b sees the text before the window start
}

TEST(RuleSet, FirstMatchingRuleWins) {
  RuleSet rules({rule(true, "\\bU\\.S\\.", "\\s+The\\b"), rule(false, "\\bU\\.S\\.", "\\s"),
                 rule(true, "\\.", "\\s")},
                "t.srx");
  EXPECT_EQ(rules.rule_count(), 3u);
  EXPECT_EQ(verdict(rules, "flew to the U.S.| The visit"), std::optional<bool>(true));
  EXPECT_EQ(verdict(rules, "the U.S.| President"), std::optional<bool>(false));
  EXPECT_EQ(verdict(rules, "ended.| Next"), std::optional<bool>(true));
}

TEST(RuleSet, CaretMeansParagraphStart) {
  RuleSet rules({rule(false, "^\\d{1,3}\\.", "")}, "t.srx");
  EXPECT_EQ(verdict(rules, "1.|Hai bên"), std::optional<bool>(false));
  EXPECT_EQ(verdict(rules, "12.| Hai bên"), std::optional<bool>(false));
  // A number after the window would start is not at the paragraph start.
  std::string long_text(100, 'x');
  EXPECT_EQ(verdict(rules, long_text + " 12.| Hai"), std::nullopt);
  EXPECT_EQ(verdict(rules, "vào năm 2027.| Hai"), std::nullopt);
}

TEST(RuleSet, BeforeBreakSeesOnlyTheWindow) {
  RuleSet rules({rule(false, "START.*", "")}, "t.srx");
  EXPECT_EQ(verdict(rules, "START short.| x"), std::optional<bool>(false));
  std::string far(RuleSet::kBeforeWindow + 10, 'y');
  EXPECT_EQ(verdict(rules, "START " + far + ".| x"), std::nullopt);
}

TEST(RuleSet, AfterBreakSeesTheRestOfTheParagraph) {
  RuleSet rules({rule(true, "…", "\\s+\\p{Lu}")}, "t.srx");
  EXPECT_EQ(verdict(rules, "Hàn Quốc…| Sau đây"), std::optional<bool>(true));
  EXPECT_EQ(verdict(rules, "công nghệ…| thành"), std::nullopt);
}

TEST(RuleSet, BadRegexNamesFileAndLine) {
  try {
    RuleSet rules({rule(false, "ok", ""), rule(true, "[unclosed", "", 42)}, "mine.srx");
    FAIL() << "no error";
  } catch (const Error& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("mine.srx, line 42"), std::string::npos) << message;
    EXPECT_NE(message.find("[unclosed"), std::string::npos) << message;
  }
}

TEST(RuleSet, NoRulesDecidesNothing) {
  RuleSet rules({}, "t.srx");
  EXPECT_EQ(verdict(rules, "a.| B"), std::nullopt);
}

}  // namespace
}  // namespace songngu
