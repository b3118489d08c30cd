#include "glossary/term_equivalents.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "lang/text_units.h"
#include "text/normalize.h"

namespace songngu {
namespace {

struct Corpus {
  std::vector<std::string> sources, targets;
  std::vector<std::string_view> source_views() const { return {sources.begin(), sources.end()}; }
  std::vector<std::string_view> target_views() const { return {targets.begin(), targets.end()}; }
  // Every occurrence of `term` in the sources.
  std::vector<TermOccurrence> occurrences(const std::string& term) const {
    std::vector<TermOccurrence> out;
    for (size_t u = 0; u < sources.size(); ++u)
      for (size_t at = sources[u].find(term); at != std::string::npos; at = sources[u].find(term, at + 1))
        out.push_back(
            {static_cast<uint32_t>(u), static_cast<uint32_t>(at), static_cast<uint32_t>(at + term.size())});
    return out;
  }
};

Corpus framed(const std::vector<std::pair<std::string, std::string>>& phrases) {
  const std::vector<std::pair<std::string, std::string>> frames = {
      {"Hai bên thúc đẩy {}.", "The two sides promote {}."},
      {"Chính phủ ủng hộ {}.", "The government supports {}."},
      {"Người dân quan tâm đến {}.", "People care about {}."},
      {"Báo chí đưa tin về {}.", "The press reports on {}."}};
  auto fill = [](std::string frame, const std::string& phrase) {
    return frame.replace(frame.find("{}"), 2, phrase);
  };
  Corpus c;
  for (const auto& [fs, ft] : frames)
    for (const auto& [ps, pt] : phrases) c.sources.push_back(fill(fs, ps)), c.targets.push_back(fill(ft, pt));
  return c;
}

TermAlignmentOptions compounds(std::vector<std::string> words) {
  TermAlignmentOptions o;
  for (const auto& w : words) o.source_compounds[match_key(w)] = 8;
  return o;
}

TEST(TermEquivalents, AgreementAndSpellingVariants) {
  // "chuỗi cung ứng" is "supply chains" 4 times and "supply chain" 4 times: one equivalent, the
  // base form first; "Supply Chain" in a heading is the same spelling.
  Corpus c = framed({{"chuỗi cung ứng", "supply chains"},
                     {"chuỗi cung ứng mới", "a new supply chain"},
                     {"đầu tư", "investment"}});
  TermAlignment a(c.source_views(), c.target_views(), compounds({"cung ứng", "đầu tư"}));
  auto eq = find_equivalent(a, c.source_views(), c.target_views(), c.occurrences("chuỗi cung ứng"));
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->key, "supply chain");
  EXPECT_EQ(eq->spellings, (std::vector<std::string>{"supply chain", "supply chains"}));
  EXPECT_EQ(eq->agreeing, 8);
  EXPECT_EQ(eq->occurrences, 8);
  EXPECT_DOUBLE_EQ(eq->agreement, 1.0);
  // Where the target texts have "supply chain(s)", they render "chuỗi cung ứng".
  EXPECT_EQ(eq->back_agreeing, eq->back_occurrences);
  EXPECT_GT(eq->back_occurrences, 0);
  // Three examples, shortest source first, with the term and its equivalent marked.
  ASSERT_EQ(eq->examples.size(), 3u);
  const EquivalentExample& e = eq->examples[0];
  EXPECT_EQ(c.sources[e.unit].substr(e.source_begin, e.source_end - e.source_begin), "chuỗi cung ứng");
  EXPECT_EQ(fold_english(c.targets[e.unit].substr(e.target_begin, e.target_end - e.target_begin).substr(7)),
            "chain");
  for (size_t k = 1; k < eq->examples.size(); ++k)
    EXPECT_LE(c.sources[eq->examples[k - 1].unit].size(), c.sources[eq->examples[k].unit].size());
}

TEST(TermEquivalents, NoRenderingNoEquivalent) {
  Corpus c = framed({{"hợp tác", "cooperation"}});
  TermAlignment a(c.source_views(), c.target_views(), TermAlignmentOptions{});
  EXPECT_FALSE(find_equivalent(a, c.source_views(), c.target_views(), {}));
  EXPECT_FALSE(find_equivalent(a, c.source_views(), c.target_views(), c.occurrences("không có")));
}

TEST(TermEquivalents, BelowTheThresholdsOnlyTheCountsAreComputed) {
  Corpus c = framed({{"hợp tác", "cooperation"}, {"đầu tư", "investment"}});
  TermAlignment a(c.source_views(), c.target_views(), compounds({"hợp tác", "đầu tư"}));
  EquivalentOptions strict;
  strict.min_agreeing = 10;  // more than the 4 occurrences
  auto eq = find_equivalent(a, c.source_views(), c.target_views(), c.occurrences("hợp tác"), strict);
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->key, "cooperation");
  EXPECT_EQ(eq->agreeing, 4);
  EXPECT_EQ(eq->back_occurrences, 0);  // not looked up
  EXPECT_TRUE(eq->examples.empty());
}

TEST(TermEquivalents, EnglishVerbFormsAreOneEntry) {
  // "nhóm lại" is rendered grouping, group and grouped: one equivalent with its three spellings,
  // as a plural is.
  Corpus c = framed({{"nhóm lại", "grouping"}, {"nhóm lại", "grouped"}, {"nhóm lại", "group"}});
  TermAlignment a(c.source_views(), c.target_views(), compounds({"nhóm lại"}));
  auto eq = find_equivalent(a, c.source_views(), c.target_views(), c.occurrences("nhóm lại"));
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->key, "group");
  EXPECT_EQ(eq->agreeing, 12);
  std::vector<std::string> spellings = eq->spellings;
  std::sort(spellings.begin(), spellings.end());
  EXPECT_EQ(spellings, (std::vector<std::string>{"group", "grouped", "grouping"}));
  // Without "group" in the texts, grouping and grouped stay apart: a stem is never made up.
  Corpus d = framed({{"nhóm lại", "grouping"}, {"nhóm lại", "grouped"}});
  TermAlignment b(d.source_views(), d.target_views(), compounds({"nhóm lại"}));
  eq = find_equivalent(b, d.source_views(), d.target_views(), d.occurrences("nhóm lại"));
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->agreeing, 4);
}

TEST(TermEquivalents, BackAgreementWeighsEachFormByWhatItRenders) {
  // "thiết lập" is rendered "settings" and "set"; "set" is also a common verb rendering "đặt". The
  // share of the places of "set" that render the term is low, that of "settings" high: each weighs
  // as much as the occurrences of the term it renders, so the common verb does not drown the term.
  Corpus c = framed({{"thiết lập", "settings"}, {"thiết lập", "set"}});
  for (const char* thing : {"giá trị", "màu", "cỡ", "tên", "kiểu", "lề", "phông", "nền"}) {
    c.sources.push_back(std::string("Bạn đặt ") + thing + ".");
    c.targets.push_back("You set it.");
  }
  TermAlignment a(c.source_views(), c.target_views(), compounds({"thiết lập"}));
  auto eq = find_equivalent(a, c.source_views(), c.target_views(), c.occurrences("thiết lập"));
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->key, "set");
  ASSERT_GT(eq->back_occurrences, 0);
  double pooled = static_cast<double>(eq->back_agreeing) / eq->back_occurrences;
  EXPECT_GT(eq->back_agreement, pooled);
  EXPECT_GE(eq->back_agreement, 0.5);
}

TEST(TermEquivalents, KoreanVerbFormsOfANounAreOneEntry) {
  // "lựa chọn" is rendered 선택, 선택합니다 and 선택한: all 선택, as 선택을 is.
  const std::vector<std::pair<std::string, std::string>> units = {
      {"Bạn lựa chọn ô.", "셀을 선택합니다."},
      {"Ô được lựa chọn.", "선택한 셀."},
      {"Hộp lựa chọn.", "선택 상자."},
      {"Bạn lựa chọn trang.", "페이지를 선택합니다."},
      {"Trang được lựa chọn.", "선택한 페이지."},
      {"Nút lựa chọn.", "선택 단추."},
      {"Bạn mở ô.", "셀을 엽니다."},
      {"Bạn mở trang.", "페이지를 엽니다."}};
  Corpus c;
  for (const auto& [s, t] : units) c.sources.push_back(s), c.targets.push_back(t);
  TermAlignmentOptions o = compounds({"lựa chọn"});
  o.target_lang = "ko";
  TermAlignment a(c.source_views(), c.target_views(), o);
  auto eq = find_equivalent(a, c.source_views(), c.target_views(), c.occurrences("lựa chọn"));
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->key, "선택");
  EXPECT_EQ(eq->spellings, (std::vector<std::string>{"선택"}));
  EXPECT_EQ(eq->agreeing, 6);
}

TEST(TermEquivalents, KoreanSpacingVariantsSeenInTheTexts) {
  // 자동 필터 and 자동필터 are one term: the joined spelling is kept when the texts have it.
  const std::vector<std::pair<std::string, std::string>> frames = {
      {"Hai bên thúc đẩy {}.", "양측은 {}를 촉진한다."},
      {"Chính phủ ủng hộ {}.", "정부는 {}를 지지한다."},
      {"Người dân quan tâm đến {}.", "국민은 {}에 관심이 있다."}};
  Corpus c;
  for (const auto& [fs, ft] : frames)
    for (const auto& [ps, pt] : std::vector<std::pair<std::string, std::string>>{
             {"lọc tự động", "자동 필터"}, {"đầu tư", "투자"}, {"tự động", "자동"}}) {
      std::string s = fs, t = ft;
      c.sources.push_back(s.replace(s.find("{}"), 2, ps));
      c.targets.push_back(t.replace(t.find("{}"), 2, pt));
    }
  c.sources.push_back("Bộ lọc.");
  c.targets.push_back("자동필터 설명.");
  TermAlignmentOptions o = compounds({"tự động", "đầu tư"});
  o.target_lang = "ko";
  TermAlignment a(c.source_views(), c.target_views(), o);
  auto eq = find_equivalent(a, c.source_views(), c.target_views(), c.occurrences("lọc tự động"));
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->spellings, (std::vector<std::string>{"자동 필터", "자동필터"}));
}

}  // namespace
}  // namespace songngu
