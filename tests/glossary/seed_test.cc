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
  EXPECT_EQ(added.status, TermStatus::kCandidate);
  EXPECT_EQ(terms_of(added, "en")[0].status, TermStatus::kCandidate);  // extraction cannot approve
}

}  // namespace
}  // namespace songngu
