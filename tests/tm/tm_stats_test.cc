#include "tm/tm_stats.h"

#include <gtest/gtest.h>

#include "tm/tmx_writer.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

TranslationUnit unit(const std::string& vi, const std::string& en, const std::string& bead,
                     const char* conf) {
  TranslationUnit u;
  u.props = {{"x-bead", bead}};
  if (conf) u.props.push_back({"x-confidence", conf});
  u.variants = {Variant{"vi", vi, "", {}, {}, {}}, Variant{"en", en, "", {}, {}, {}}};
  return u;
}

TEST(TmStats, CountsLanguagesBeadsConfidenceAndDuplicates) {
  std::string dir = test::temp_dir("stats");
  TmHeader h;
  h.srclang = "vi";
  write_tmx(dir + "/a.tmx", h,
            {unit("Một.", "One.", "1-1", "0.95"), unit("Hai ba.", "Two. Three.", "1-2", "0.42"),
             unit("MỘT.", "one.", "1-1", "1.000")});
  TranslationUnit tri = unit("Bốn.", "Four.", "1-1-1", nullptr);
  tri.variants.push_back(Variant{"ko", "넷.", "", {}, {}, {}});
  write_tmx(dir + "/b.tmx", h, {tri, unit("Một.", "One.", "1-1", "0.95")});
  TmStats stats;
  EXPECT_EQ(add_tmx_stats(dir + "/a.tmx", stats), 3u);
  EXPECT_EQ(add_tmx_stats(dir + "/b.tmx", stats), 2u);
  EXPECT_EQ(stats.units, 5u);
  EXPECT_EQ(stats.languages["vi"], 5u);
  EXPECT_EQ(stats.languages["ko"], 1u);
  EXPECT_EQ(stats.bead_types["1-1"], 3u);
  EXPECT_EQ(stats.bead_types["1-2"], 1u);
  EXPECT_EQ(stats.bead_types["1-1-1"], 1u);
  EXPECT_EQ(stats.confidence_bins[9], 3u);  // 0.95, 1.000, 0.95
  EXPECT_EQ(stats.confidence_bins[4], 1u);
  EXPECT_EQ(stats.without_confidence, 1u);
  EXPECT_EQ(stats.duplicates, 2u);  // "MỘT."/"one." and the second file's "Một."/"One."
}

}  // namespace
}  // namespace songngu
