#include "segment/rule_set.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

#include "base/error.h"
#include "segment/srx.h"

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
  EXPECT_EQ(verdict(rules, "said Mr.|Lee"), std::nullopt);    // afterbreak fails
  EXPECT_EQ(verdict(rules, "said Mrs.| Lee"), std::nullopt);  // beforebreak must end at the position
  EXPECT_EQ(verdict(rules, "said Mr. Lee.| Then"), std::nullopt);
  EXPECT_EQ(verdict(rules, "said HMr.| Lee"), std::nullopt);  // \b sees the text before the window start
}

TEST(RuleSet, FirstMatchingRuleWins) {
  RuleSet rules(
      {rule(true, "\\bU\\.S\\.", "\\s+The\\b"), rule(false, "\\bU\\.S\\.", "\\s"), rule(true, "\\.", "\\s")},
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
    EXPECT_NE(message.find("mine.srx:42: "), std::string::npos) << message;
    EXPECT_NE(message.find("[unclosed"), std::string::npos) << message;
  }
}

// The evaluator skips rules by the shape of their beforebreak (regex_shape.h); its verdicts must be
// those of the plain definition: each rule alone, tried in order, on the 64-unit window (or the
// paragraph start for "^"). Checked with the shipped rules at every position of fixture lines.
struct PlainRule {
  std::unique_ptr<icu::RegexPattern> pattern;
  bool anchored;
  bool is_break;
};

std::vector<PlainRule> plain_rules(const std::vector<SrxRule>& rules) {
  std::vector<PlainRule> out;
  for (const auto& r : rules) {
    std::string regex = "(?:" + r.before_break + ")$";
    if (!r.after_break.empty()) regex += "(?=" + r.after_break + ")";
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    out.push_back({std::unique_ptr<icu::RegexPattern>(
                       icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), parse_error, status)),
                   r.before_break.find('^') != std::string::npos, r.is_break});
  }
  return out;
}

std::optional<bool> plain_verdict(const std::vector<PlainRule>& rules, const icu::UnicodeString& text,
                                  int32_t pos) {
  for (const auto& r : rules) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(r.pattern->matcher(text, status));
    m->useAnchoringBounds(true);
    m->useTransparentBounds(true);
    m->region(r.anchored ? 0 : std::max<int32_t>(0, pos - RuleSet::kBeforeWindow), pos, status);
    if (m->find(status)) return r.is_break;
  }
  return std::nullopt;
}

TEST(RuleSet, SameVerdictsAsEachRuleAloneOnFixtureText) {
  SrxDocument srx = read_srx_file(SONGNGU_SOURCE_DIR "/data/srx/songngu.srx");
  const char* files[][2] = {{"vi", "/tests/data/segment/2025-10-30-hoi-dam-han-quoc-gyeongju.vi.expected"},
                            {"en", "/tests/data/segment/news-en.en.txt"},
                            {"ko", "/tests/data/segment/news-ko.ko.txt"}};
  size_t positions = 0, verdicts = 0;
  for (const auto& [lang, file] : files) {
    std::vector<SrxRule> rules = srx.rules_for(lang);
    std::vector<PlainRule> plain = plain_rules(rules);
    RuleSet set(rules, "songngu.srx");
    RuleSet::Evaluator evaluator(set);
    std::ifstream in(std::string(SONGNGU_SOURCE_DIR) + file);
    ASSERT_TRUE(in) << file;
    std::string line;
    for (int n = 0; n < 25 && std::getline(in, line); ++n) {
      icu::UnicodeString text = icu::UnicodeString::fromUTF8(
          line + " Tiếp… Sau. TP. Hồ, Th.S. Lan, Mr. Lee, U.S. The U.K. is (“Sau.”) No. 5 A. B 했다 다… X");
      evaluator.reset(text);
      for (int32_t pos = 0; pos <= text.length(); ++pos) {
        std::optional<bool> expected = plain_verdict(plain, text, pos);
        ++positions;
        verdicts += expected.has_value();
        ASSERT_EQ(evaluator.decide(pos), expected) << lang << " at " << pos << " of: " << line;
      }
    }
  }
  EXPECT_GT(positions, 5000u);
  EXPECT_GT(verdicts, 50u);  // the rules do decide somewhere
}

TEST(RuleSet, NoRulesDecidesNothing) {
  RuleSet rules({}, "t.srx");
  EXPECT_EQ(verdict(rules, "a.| B"), std::nullopt);
}

}  // namespace
}  // namespace songngu
