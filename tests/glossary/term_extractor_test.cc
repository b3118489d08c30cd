#include "glossary/term_extractor.h"

#include <gtest/gtest.h>

#include <set>

#include "lang/text_units.h"
#include "test_units.h"
#include "text/normalize.h"

namespace songngu {
namespace {

std::string data_dir() {
  return std::string(SONGNGU_TEST_DATA_DIR) + "/glossary/";
}

std::vector<TranslationUnit> small_set() {
  auto units = testing::read_pairs(data_dir() + "small-vi-en.tsv", "vi", "en");
  auto ko = testing::read_pairs(data_dir() + "small-vi-ko.tsv", "vi", "ko");
  units.insert(units.end(), ko.begin(), ko.end());
  return units;
}

// Every candidate with its best equivalent: 14 sentences are too few for the default thresholds
// to keep more than the clearest pairs, and these tests are about which equivalent is best.
ExtractOptions everything() {
  ExtractOptions options;
  options.keep_all = true;
  return options;
}

const TermEntry* find_entry(const Glossary& g, const std::string& vi) {
  for (const auto& e : g.entries)
    if (!terms_of(e, "vi").empty() && terms_of(e, "vi")[0].text == vi) return &e;
  return nullptr;
}

std::string first(const TermEntry* e, const std::string& lang) {
  return e && !terms_of(*e, lang).empty() ? terms_of(*e, lang)[0].text : "";
}

TEST(TermExtractor, FindsPlantedTermsWithBothEquivalents) {
  Glossary g = extract_glossary(small_set(), everything());
  const TermEntry* csp = find_entry(g, "Đối tác chiến lược toàn diện");
  ASSERT_NE(csp, nullptr);
  EXPECT_EQ(csp->status, TermStatus::kCandidate);
  EXPECT_EQ(csp->frequency, 3);
  // The plural rendering is a spelling variant of the same entry, after the base form.
  const auto& en = terms_of(*csp, "en");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[0].text, "Comprehensive Strategic Partnership");
  EXPECT_EQ(en[1].text, "Comprehensive Strategic Partnerships");
  EXPECT_EQ(en[0].agreeing, 3);
  EXPECT_EQ(en[0].occurrences, 3);
  EXPECT_DOUBLE_EQ(en[0].score, 1.0);
  // Korean: the particles 를/로/가 are not part of the equivalent.
  EXPECT_EQ(first(csp, "ko"), "포괄적 전략적 동반자 관계");

  const TermEntry* trade = find_entry(g, "kim ngạch thương mại");  // the mid-sentence spelling shown
  EXPECT_EQ(first(trade, "en"), "trade turnover");                 // not "billion USD"
  EXPECT_EQ(first(trade, "ko"), "교역액");
  EXPECT_EQ(first(find_entry(g, "năng lượng tái tạo"), "en"), "renewable energy");
  EXPECT_EQ(first(find_entry(g, "năng lượng tái tạo"), "ko"), "재생에너지");
}

TEST(TermExtractor, ToneMarkVariantsAreOneTerm) {
  Glossary g = extract_glossary(small_set(), everything());
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
  Glossary g = extract_glossary(small_set(), everything());
  for (const char* fragment : {"chiến lược toàn diện", "Đối tác chiến lược", "tác chiến", "lược toàn"})
    EXPECT_EQ(find_entry(g, fragment), nullptr) << fragment;
  for (const auto& e : g.entries)
    for (const char* stop : {"của ", " và ", "các ", " được"})
      EXPECT_EQ(terms_of(e, "vi")[0].text.find(stop), std::string::npos) << terms_of(e, "vi")[0].text;
}

TEST(TermExtractor, TitlesAndNamesAreTheirOwnTerms) {
  Glossary g = extract_glossary(small_set(), everything());
  EXPECT_EQ(first(find_entry(g, "Tổng thống"), "en"), "President");
  EXPECT_EQ(first(find_entry(g, "Tổng thống"), "ko"), "대통령");
  EXPECT_EQ(first(find_entry(g, "Tổng Bí thư"), "en"), "General Secretary");
  EXPECT_EQ(first(find_entry(g, "Tổng Bí thư"), "ko"), "서기장");
  EXPECT_EQ(first(find_entry(g, "Lee Jae Myung"), "en"), "Lee Jae Myung");
}

TEST(TermExtractor, ExamplesMarkTheTermAndItsEquivalent) {
  Glossary g = extract_glossary(small_set(), everything());
  const TermEntry* csp = find_entry(g, "Đối tác chiến lược toàn diện");
  ASSERT_NE(csp, nullptr);
  ASSERT_FALSE(csp->examples.empty());
  EXPECT_LE(csp->examples.size(), 3u);
  std::set<std::string> sources;
  for (const TermExample& example : csp->examples) {
    const MarkedText& vi = example.at("vi");
    EXPECT_EQ(key_words(vi.text.substr(vi.mark_begin, vi.mark_end - vi.mark_begin)),
              key_words("Đối tác chiến lược toàn diện"));
    sources.insert(vi.text);
    ASSERT_TRUE(example.count("en"));
    const MarkedText& en = example.at("en");
    EXPECT_EQ(fold_english(en.text.substr(en.mark_begin, en.mark_end - en.mark_begin)),
              fold_english("Comprehensive Strategic Partnership"));
  }
  EXPECT_EQ(sources.size(), csp->examples.size());  // three different units
  // The shortest unit comes first.
  EXPECT_EQ(csp->examples[0].at("vi").text, "Quan hệ Đối tác chiến lược toàn diện phát triển mạnh mẽ.");
}

TEST(TermExtractor, DefaultThresholdsKeepOnlyAgreeingEquivalents) {
  Glossary all = extract_glossary(small_set(), everything());
  Glossary kept = extract_glossary(small_set(), ExtractOptions{});
  ASSERT_FALSE(kept.entries.empty());
  EXPECT_LT(kept.entries.size(), all.entries.size());
  for (const auto& e : kept.entries)
    for (const char* lang : {"en", "ko"}) {
      const auto& terms = terms_of(e, lang);
      if (terms.empty()) continue;
      EXPECT_GE(terms[0].agreeing, 2) << terms[0].text;
      EXPECT_GE(terms[0].score, ExtractOptions{}.min_score) << terms[0].text;
    }
  EXPECT_EQ(first(find_entry(kept, "Đối tác chiến lược toàn diện"), "en"),
            "Comprehensive Strategic Partnership");
}

TEST(TermExtractor, OptionsLimitTheList) {
  ExtractOptions options = everything();
  options.min_freq = 3;
  Glossary g = extract_glossary(small_set(), options);
  ASSERT_FALSE(g.entries.empty());
  for (const auto& e : g.entries) EXPECT_GE(e.frequency, 3);
  options = everything();
  options.max_terms = 2;
  EXPECT_EQ(extract_glossary(small_set(), options).entries.size(), 2u);
  options = ExtractOptions{};
  options.min_score = 0.8;
  Glossary strict = extract_glossary(small_set(), options);
  EXPECT_LE(strict.entries.size(), extract_glossary(small_set(), ExtractOptions{}).entries.size());
  for (const auto& e : strict.entries) {
    for (const char* lang : {"en", "ko"}) {
      if (terms_of(e, lang).empty()) continue;
      EXPECT_GE(terms_of(e, lang)[0].score, 0.8) << terms_of(e, lang)[0].text;
    }
  }
}

TEST(TermExtractor, SameGlossaryWhateverTheThreads) {
  ExtractOptions one = everything(), two = everything();
  two.threads = 2;
  Glossary a = extract_glossary(small_set(), one), b = extract_glossary(small_set(), two);
  ASSERT_EQ(a.entries.size(), b.entries.size());
  for (size_t i = 0; i < a.entries.size(); ++i) {
    EXPECT_EQ(first(&a.entries[i], "vi"), first(&b.entries[i], "vi"));
    EXPECT_EQ(first(&a.entries[i], "en"), first(&b.entries[i], "en"));
    EXPECT_EQ(first(&a.entries[i], "ko"), first(&b.entries[i], "ko"));
    EXPECT_EQ(a.entries[i].score, b.entries[i].score);
  }
}

TEST(TermExtractor, EmptyInputGivesEmptyGlossary) {
  EXPECT_TRUE(extract_glossary({}, ExtractOptions{}).entries.empty());
}

// A corpus where counting co-occurrence picks the wrong span: "Đối tác chiến lược" occurs alone only
// as "strategic partner", so every English unit with "Strategic Partnership" also has
// "Comprehensive Strategic Partnership", and the two phrases co-occur with the Vietnamese term in
// exactly the same units. Other units say what "toàn diện", "chiến lược" and "quan hệ đối tác"
// mean, which is what word alignment uses. Generated: 4 sentence frames x 11 phrases, with a Korean
// translation too.
std::vector<TranslationUnit> nested_corpus() {
  struct Frame {
    std::string vi, en, ko;
  };
  const std::vector<Frame> frames = {
      {"Hai bên thúc đẩy {}.", "The two sides promote {}.", "양측은 {}를 촉진한다."},
      {"Chính phủ ủng hộ {}.", "The government supports {}.", "정부는 {}를 지지한다."},
      {"Người dân quan tâm đến {}.", "People care about {}.", "국민은 {}에 관심이 있다."},
      {"Báo chí đưa tin về {}.", "The press reports on {}.", "언론은 {}에 대해 보도한다."}};
  const std::vector<Frame> phrases = {
      {"hợp tác toàn diện", "comprehensive cooperation", "포괄적 협력"},
      {"kế hoạch toàn diện", "a comprehensive plan", "포괄적 계획"},
      {"lợi ích chiến lược", "strategic interests", "전략적 이익"},
      {"tầm nhìn chiến lược", "a strategic vision", "전략적 비전"},
      {"quan hệ đối tác", "the partnership", "동반자 관계"},
      {"đối tác tin cậy", "reliable partners", "믿을 만한 동반자"},
      {"Đối tác chiến lược toàn diện", "the Comprehensive Strategic Partnership",
       "포괄적 전략적 동반자 관계"},
      {"quan hệ Đối tác chiến lược toàn diện", "the Comprehensive Strategic Partnership",
       "포괄적 전략적 동반자 관계"},
      {"đối tác chiến lược", "a strategic partner", "전략적 동반자"},
      {"hợp tác kinh tế", "economic cooperation", "경제 협력"},
      {"đầu tư nước ngoài", "foreign investment", "해외 투자"}};
  auto fill = [](const std::string& frame, const std::string& phrase) {
    std::string out = frame;
    return out.replace(out.find("{}"), 2, phrase);
  };
  std::vector<TranslationUnit> units;
  for (const Frame& f : frames)
    for (const Frame& p : phrases) {
      TranslationUnit u;
      u.tuid = std::to_string(units.size() + 1);
      Variant vi, en, ko;
      vi.lang = "vi", vi.text = fill(f.vi, p.vi);
      en.lang = "en", en.text = fill(f.en, p.en);
      ko.lang = "ko", ko.text = fill(f.ko, p.ko);
      u.variants = {vi, en, ko};
      units.push_back(u);
    }
  return units;
}

TEST(TermExtractor, WordAlignmentFindsTheSpanCoOccurrenceCannot) {
  std::vector<TranslationUnit> units = nested_corpus();
  // Co-occurrence: the units where the term occurs with each target phrase are the same ones.
  auto units_with = [&](const std::string& lang, const std::string& phrase) {
    std::set<std::string> out;
    for (const auto& u : units)
      if (match_key(u.variant(lang)->text).find(match_key(phrase)) != std::string::npos) out.insert(u.tuid);
    return out;
  };
  std::set<std::string> term = units_with("vi", "Đối tác chiến lược");
  auto with_term = [&](const std::string& phrase) {
    std::set<std::string> both;
    for (const auto& id : units_with("en", phrase))
      if (term.count(id)) both.insert(id);
    return both;
  };
  ASSERT_EQ(with_term("Strategic Partnership"), with_term("Comprehensive Strategic Partnership"));
  ASSERT_EQ(units_with("en", "Strategic Partnership"),
            units_with("en", "Comprehensive Strategic Partnership"));

  Glossary g = extract_glossary(units, ExtractOptions{});
  EXPECT_EQ(first(find_entry(g, "Đối tác chiến lược"), "en"), "Strategic Partnership");
  EXPECT_EQ(first(find_entry(g, "Đối tác chiến lược toàn diện"), "en"),
            "Comprehensive Strategic Partnership");
  EXPECT_EQ(first(find_entry(g, "toàn diện"), "en"), "Comprehensive");
}

TEST(TermExtractor, TheEquivalentIsTheWholeTargetPhraseItSitsIn) {
  // Korean writes "... 동반자 관계" (partnership) where Vietnamese has "quan hệ" outside the term:
  // "포괄적 전략적 동반자" is always followed by 관계, so the equivalent is the whole phrase. In
  // English, "Strategic Partnership" is always preceded by "Comprehensive", but that word renders
  // "toàn diện", and "Đối tác chiến lược toàn diện" is a term of its own: no growth there.
  Glossary g = extract_glossary(nested_corpus(), everything());
  EXPECT_EQ(first(find_entry(g, "Đối tác chiến lược toàn diện"), "ko"), "포괄적 전략적 동반자 관계");
  EXPECT_EQ(first(find_entry(g, "Đối tác chiến lược"), "en"), "Strategic Partnership");
  // "전략적 동반자" also stands alone (a strategic partner): it is not grown.
  EXPECT_EQ(first(find_entry(g, "Đối tác chiến lược"), "ko"), "전략적 동반자");
}

TEST(TermExtractor, NamesAreKeptWholeAndMapToNamesInKorean) {
  auto units = testing::read_pairs(data_dir() + "names-vi-ko.tsv", "vi", "ko");
  auto en = testing::read_pairs(data_dir() + "names-vi-en.tsv", "vi", "en");
  units.insert(units.end(), en.begin(), en.end());
  Glossary g = extract_glossary(units, everything());
  // "Lee Jae-myung" is the same name: "Lee Jae" is never a term of its own.
  const TermEntry* lee = find_entry(g, "Lee Jae Myung");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->frequency, 4);
  EXPECT_EQ(find_entry(g, "Lee Jae"), nullptr);
  // Two names side by side are two names.
  EXPECT_EQ(find_entry(g, "Hàn Quốc Lee Jae Myung"), nullptr);
  EXPECT_EQ(find_entry(g, "Quốc Lee Jae Myung"), nullptr);
  // The Korean of a Vietnamese name is its transcription, not the title beside it.
  EXPECT_EQ(first(find_entry(g, "Tô Lâm"), "ko"), "또 럼");
  EXPECT_EQ(first(find_entry(g, "Tô Lâm"), "en"), "To Lam");
  EXPECT_EQ(first(find_entry(g, "Lương Cường"), "ko"), "르엉 끄엉");
  EXPECT_EQ(first(find_entry(g, "Lương Cường"), "en"), "Luong Cuong");
  EXPECT_EQ(first(find_entry(g, "Chủ tịch nước"), "ko"), "국가주석");
}

}  // namespace
}  // namespace songngu
