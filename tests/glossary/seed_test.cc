#include "glossary/seed.h"

#include <gtest/gtest.h>

#include <set>

#include "text/normalize.h"

namespace songngu {
namespace {

TEST(Seed, EveryEntryApprovedTrilingualAndUnique) {
  Glossary seed = load_seed_glossary();
  ASSERT_GE(seed.entries.size(), 40u);
  std::set<std::string> ids, keys;
  for (const auto& e : seed.entries) {
    EXPECT_EQ(e.status, TermStatus::kApproved) << e.id;
    for (const char* lang : {"vi", "en", "ko"}) {
      ASSERT_FALSE(terms_of(e, lang).empty()) << e.id << " " << lang;
      EXPECT_EQ(terms_of(e, lang)[0].status, TermStatus::kApproved) << e.id;
    }
    EXPECT_TRUE(ids.insert(e.id).second) << "duplicate id " << e.id;
    EXPECT_TRUE(keys.insert(match_key(terms_of(e, "vi")[0].text)).second) << "duplicate term " << e.id;
  }
}

TEST(Seed, KeyTermHasBothTranslations) {
  Glossary seed = load_seed_glossary();
  bool found = false;
  for (const auto& e : seed.entries)
    if (terms_of(e, "vi")[0].text == "Đối tác chiến lược toàn diện") {
      found = true;
      EXPECT_EQ(terms_of(e, "en")[0].text, "Comprehensive Strategic Partnership");
      EXPECT_EQ(terms_of(e, "ko")[0].text, "포괄적 전략적 동반자 관계");
      EXPECT_GE(terms_of(e, "en").size(), 2u);  // accepted variants
    }
  EXPECT_TRUE(found);
}

TEST(Seed, MergeNeverOverwritesApprovedEntries) {
  Glossary seed = load_seed_glossary();
  Glossary extracted;
  TermEntry clash;
  clash.id = "x1";
  clash.frequency = 7;
  clash.terms["vi"] = {Term{"đối tác chiến lược toàn diện", TermStatus::kCandidate, "", 0}};  // other case
  clash.terms["en"] = {Term{"comprehensive strategic partners", TermStatus::kCandidate, "", 0}};
  TermEntry fresh;
  fresh.id = "x2";
  fresh.terms["vi"] = {Term{"hòa bình bền vững", TermStatus::kApproved, "", 0}};
  fresh.terms["en"] = {Term{"sustainable peace", TermStatus::kApproved, "", 0}};
  extracted.entries = {clash, fresh};
  Glossary merged = merge_with_seed(seed, extracted);
  ASSERT_EQ(merged.entries.size(), seed.entries.size() + 1);
  for (const auto& e : merged.entries) {
    if (terms_of(e, "vi")[0].text == "Đối tác chiến lược toàn diện") {
      EXPECT_EQ(e.status, TermStatus::kApproved);
      EXPECT_EQ(terms_of(e, "en")[0].text, "Comprehensive Strategic Partnership");
      EXPECT_EQ(e.frequency, 7);  // evidence added, terms untouched
    }
  }
  const TermEntry& added = merged.entries.back();
  EXPECT_EQ(terms_of(added, "vi")[0].text, "hòa bình bền vững");
  EXPECT_EQ(added.status, TermStatus::kCandidate);
  EXPECT_EQ(terms_of(added, "en")[0].status, TermStatus::kCandidate);  // extraction cannot approve
}

TEST(Seed, MergedExamplesMarkOnlyTheSeedsOwnTerms) {
  // An extracted entry for a seed term brings its examples; where its equivalent is not one of the
  // seed's terms, the target mark would point at the wrong words and is dropped.
  Glossary seed = load_seed_glossary();
  TermEntry e;
  e.terms["vi"] = {Term{"Đối tác chiến lược toàn diện", TermStatus::kCandidate, "", 0}};
  e.terms["en"] = {Term{"Comprehensive Strategic Partnership", TermStatus::kCandidate, "", 0}};
  e.terms["ko"] = {Term{"포괄적 동반자", TermStatus::kCandidate, "", 0}};
  TermExample example;
  example["vi"] = {"Đối tác chiến lược toàn diện.", 0, 35};
  example["en"] = {"Comprehensive Strategic Partnership.", 0, 35};
  example["ko"] = {"포괄적 동반자.", 0, 16};
  e.examples = {example};
  Glossary extracted;
  extracted.entries = {e};
  for (const auto& m : merge_with_seed(seed, extracted).entries) {
    if (terms_of(m, "vi")[0].text != "Đối tác chiến lược toàn diện") continue;
    ASSERT_EQ(m.examples.size(), 1u);
    EXPECT_EQ(m.examples[0].at("vi").mark_end, 35u);
    EXPECT_EQ(m.examples[0].at("en").mark_end, 35u);  // the seed's preferred English term
    EXPECT_EQ(m.examples[0].at("ko").mark_end, 0u);   // not a seed term: unmarked
  }
}

}  // namespace
}  // namespace songngu
