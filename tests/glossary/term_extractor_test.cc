#include "glossary/term_extractor.h"

#include <gtest/gtest.h>

#include "test_units.h"

namespace songngu {
namespace {

std::vector<TranslationUnit> small_set() {
  std::string dir = std::string(SONGNGU_TEST_DATA_DIR) + "/glossary/";
  auto units = testing::read_pairs(dir + "small-vi-en.tsv", "vi", "en");
  auto ko = testing::read_pairs(dir + "small-vi-ko.tsv", "vi", "ko");
  units.insert(units.end(), ko.begin(), ko.end());
  return units;
}

const TermEntry* find_entry(const Glossary& g, const std::string& vi) {
  for (const auto& e : g.entries)
    if (!terms_of(e, "vi").empty() && terms_of(e, "vi")[0].text == vi) return &e;
  return nullptr;
}

TEST(TermExtractor, FindsPlantedTermsWithBothEquivalents) {
  Glossary g = extract_glossary(small_set(), ExtractOptions{});
  const TermEntry* csp = find_entry(g, "Đối tác chiến lược toàn diện");
  ASSERT_NE(csp, nullptr);
  EXPECT_EQ(terms_of(*csp, "en")[0].text, "Comprehensive Strategic Partnership");
  EXPECT_EQ(terms_of(*csp, "ko")[0].text, "포괄적 전략적 동반자 관계");  // particles 를/로/가 stripped
  EXPECT_EQ(csp->status, TermStatus::kCandidate);
  EXPECT_EQ(csp->frequency, 3);
  EXPECT_FALSE(csp->example_source.empty());

  const TermEntry* trade = find_entry(g, "kim ngạch thương mại");  // mid-sentence spelling shown
  ASSERT_NE(trade, nullptr);
  EXPECT_EQ(terms_of(*trade, "en")[0].text, "trade turnover");  // not "billion USD"
  EXPECT_EQ(terms_of(*trade, "ko")[0].text, "교역액");

  const TermEntry* chain = find_entry(g, "chuỗi cung ứng");
  ASSERT_NE(chain, nullptr);
  EXPECT_EQ(terms_of(*chain, "ko")[0].text, "공급망");
}

TEST(TermExtractor, ToneMarkVariantsAreOneTerm) {
  Glossary g = extract_glossary(small_set(), ExtractOptions{});
  int peace = 0;
  for (const auto& e : g.entries) {
    const std::string& vi = terms_of(e, "vi")[0].text;
    if (vi == "hòa bình bền vững" || vi == "hoà bình bền vững") {
      ++peace;
      EXPECT_EQ(e.frequency, 2);
      EXPECT_EQ(terms_of(e, "en")[0].text, "sustainable peace");
    }
  }
  EXPECT_EQ(peace, 1);
}

TEST(TermExtractor, FragmentsOfALongerTermAreNotCandidates) {
  Glossary g = extract_glossary(small_set(), ExtractOptions{});
  for (const char* fragment : {"chiến lược toàn diện", "Đối tác chiến lược", "tác chiến", "lược toàn"})
    EXPECT_EQ(find_entry(g, fragment), nullptr) << fragment;
  for (const auto& e : g.entries)
    for (const char* stop : {"của ", " và ", "các ", " được"})
      EXPECT_EQ(terms_of(e, "vi")[0].text.find(stop), std::string::npos) << terms_of(e, "vi")[0].text;
}

TEST(TermExtractor, NamesCopiedFromTheSourceDoNotBecomeTitles) {
  Glossary g = extract_glossary(small_set(), ExtractOptions{});
  const TermEntry* president = find_entry(g, "Tổng thống");
  ASSERT_NE(president, nullptr);
  EXPECT_EQ(terms_of(*president, "en")[0].text, "President");
  EXPECT_EQ(terms_of(*president, "ko")[0].text, "대통령");
}

TEST(TermExtractor, OptionsLimitTheList) {
  ExtractOptions options;
  options.min_freq = 3;
  Glossary g = extract_glossary(small_set(), options);
  ASSERT_FALSE(g.entries.empty());
  for (const auto& e : g.entries) EXPECT_GE(e.frequency, 3);
  options = ExtractOptions{};
  options.max_terms = 2;
  EXPECT_EQ(extract_glossary(small_set(), options).entries.size(), 2u);
  options = ExtractOptions{};
  options.min_score = 0.8;
  Glossary strict = extract_glossary(small_set(), options);
  EXPECT_LT(strict.entries.size(), extract_glossary(small_set(), ExtractOptions{}).entries.size());
  for (const auto& e : strict.entries)
    for (const char* lang : {"en", "ko"})
      for (const auto& t : terms_of(e, lang)) EXPECT_GE(t.score, 0.8) << t.text;
}

TEST(TermExtractor, EmptyInputGivesEmptyGlossary) {
  EXPECT_TRUE(extract_glossary({}, ExtractOptions{}).entries.empty());
}

}  // namespace
}  // namespace songngu
