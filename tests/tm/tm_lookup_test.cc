#include "tm/tm_lookup.h"

#include <gtest/gtest.h>

#include "tm/tmx_writer.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

TranslationUnit unit(const std::string& id, const std::string& vi, const std::string& en) {
  TranslationUnit u;
  u.tuid = id;
  u.variants = {Variant{"vi", vi, "", {}, {}, {}}, Variant{"en", en, "", {}, {}, {}}};
  return u;
}

TEST(TmLookup, ScoreIsTokenEditDistanceOnMatchKeys) {
  EXPECT_EQ(fuzzy_score("Hòa bình và ổn định.", "HOÀ BÌNH  và ổn định."),
            100);  // tone placement, case, spaces
  // 11 tokens (10 syllables + "."), one syllable substituted: floor(100 * 10 / 11) = 90.
  EXPECT_EQ(fuzzy_score("Hai bên nhất trí tăng cường hợp tác kinh tế.",
                        "Hai bên nhất trí tăng cường hợp tác văn tế."),
            90);
  // One token inserted into 9 -> 9/10.
  EXPECT_EQ(fuzzy_score("Hai bên nhất trí tăng cường hợp tác.", "Hai bên nhất trí tăng cường hợp tác sâu."),
            90);
  EXPECT_EQ(fuzzy_score("Hòa bình.", "Hòa bình!"), 66);  // punctuation is a token
  EXPECT_EQ(fuzzy_score("", ""), 100);
  EXPECT_EQ(fuzzy_score("a", ""), 0);
  EXPECT_EQ(match_tokens("Thủ tướng, 4.400 tỷ"),
            (std::vector<std::string>{"thu3", "tương1", ",", "4", ".", "400", "ti3"}));
}

TEST(TmLookup, RanksLikeACatTool) {
  std::vector<TranslationUnit> units{
      unit("far", "Thời tiết hôm nay đẹp.", "Nice weather today."),
      unit("close", "Hai bên nhất trí tăng cường hợp tác kinh tế.",
           "Both sides agreed to boost economic ties."),
      unit("exact", "Hai bên nhất trí tăng cường hợp tác.", "Both sides agreed to strengthen cooperation."),
      unit("exact-old-style", "Hai bên nhất trí tăng cường hợp tác.", "The two sides agreed."),
      unit("medium", "Hai bên nhất trí tăng cường trao đổi đoàn.", "Both sides agreed to more visits."),
  };
  LookupOptions o;
  o.min_score = 50;
  auto m = lookup_units(units, "vi", "Hai bên nhất trí tăng cường hợp tác.", o);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].unit.tuid, "exact");
  EXPECT_EQ(m[0].score, 100);
  EXPECT_EQ(m[1].unit.tuid, "exact-old-style");  // ties keep file order
  EXPECT_EQ(m[2].unit.tuid, "close");
  EXPECT_EQ(m[2].score, 81);
  EXPECT_EQ(m[3].unit.tuid, "medium");
  o.max_results = 1;
  EXPECT_EQ(lookup_units(units, "vi", "Hai bên nhất trí tăng cường hợp tác.", o).size(), 1u);
  EXPECT_EQ(lookup_units(units, "*all*", "Hai bên nhất trí tăng cường hợp tác.", o).at(0).score, 100);
  EXPECT_TRUE(lookup_units(units, "ko", "Hai bên nhất trí tăng cường hợp tác.", o).empty());
  o.min_score = 95;
  o.max_results = 5;
  EXPECT_EQ(lookup_units(units, "vi", "Hai bên nhất trí tăng cường hợp tác kinh tế.", o).size(), 1u);
}

TEST(TmLookup, StreamsAFile) {
  std::string dir = test::temp_dir("lookup");
  write_tmx(dir + "/a.tmx",
            [] {
              TmHeader h;
              h.srclang = "vi";
              return h;
            }(),
            {unit("1", "Xin cảm ơn.", "Thank you."), unit("2", "Xin chào.", "Hello.")});
  // Tone marks still tell syllables apart (cam != cảm = cam3; on != ơn): 1 of 4 tokens -> 25.
  EXPECT_TRUE(lookup_tmx(dir + "/a.tmx", "xin cam on", {}).empty());
  auto m = lookup_tmx(dir + "/a.tmx", "Xin cảm ơn", {});  // "." missing: 3 of 4 -> 75
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].score, 75);
  EXPECT_EQ(m[0].unit.variants[1].text, "Thank you.");
}

}  // namespace
}  // namespace songngu
