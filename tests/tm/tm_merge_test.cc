#include "tm/tm_merge.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "tm/alignment_units.h"
#include "tm/tmx_reader.h"
#include "tm/tmx_writer.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

TranslationUnit unit(const std::string& doc, const std::string& tuid, const std::string& vi,
                     const std::string& en, const std::string& date = "20250101T000000Z") {
  TranslationUnit u;
  u.tuid = tuid;
  u.creationdate = date;
  if (!doc.empty()) u.props = {{"x-document", doc}};
  u.variants = {Variant{"vi", vi, "", {}, {}, {}}, Variant{"en", en, "", {}, {}, {}}};
  return u;
}

TEST(TmMerge, DedupesOnMatchKeysKeepingTheNewest) {
  std::vector<TranslationUnit> units{
      unit("a.txt", "a-1", "Hòa bình.", "Peace.", "20250101T000000Z"),
      unit("a.txt", "a-2", "Hợp tác.", "Cooperation."),
      unit("b.txt", "b-1", "Hoà  bình.", "peace.", "20250301T000000Z"),  // same keys, newer
      unit("b.txt", "b-2", "Hòa bình.", "Peace and quiet."),             // other target: kept
  };
  units[2].props.push_back({"x-confidence", "0.900"});
  size_t dups = 0;
  auto out = merge_units(units, "vi", &dups);
  EXPECT_EQ(dups, 1u);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].tuid, "b-1");  // the newer one, in the first one's place
  EXPECT_EQ(*out[0].prop("x-confidence"), "0.900");
  EXPECT_EQ(out[1].tuid, "a-2");
  EXPECT_EQ(out[2].tuid, "b-2");
}

TEST(TmMerge, OrdersByDocumentThenPositionNumerically) {
  std::vector<TranslationUnit> units{
      unit("", "x", "Ngoại.", "Foreign."), unit("b.txt", "b-10", "Mười.", "Ten."),
      unit("b.txt", "b-9", "Chín.", "Nine."), unit("a.txt", "a-1", "Một.", "One.")};
  auto out = merge_units(units, "vi");
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].tuid, "a-1");
  EXPECT_EQ(out[1].tuid, "b-9");
  EXPECT_EQ(out[2].tuid, "b-10");
  EXPECT_EQ(out[3].tuid, "x");  // units without x-document come last
}

Document doc(const std::string& lang, const std::string& path, std::vector<std::string> sentences) {
  Document d;
  d.lang = Lang(lang);
  d.path = path;
  for (auto& s : sentences) d.segments.push_back(Segment{s, "", SegmentKind::kSentence, 0, {}});
  return d;
}

TEST(TmMerge, ShardsMergeToTheSameMemoryAsOneRun) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  std::string dir = test::temp_dir("shards");
  // Three documents; "Cảm ơn." / "Thank you." occurs in two of them (a duplicate across shards).
  Document v1 = doc("vi", "vi/001.txt", {"Một.", "Cảm ơn."}),
           e1 = doc("en", "en/001.txt", {"One.", "Thank you."});
  Document v2 = doc("vi", "vi/002.txt", {"Hai.", "Ba."}), e2 = doc("en", "en/002.txt", {"Two.", "Three."});
  Document v3 = doc("vi", "vi/003.txt", {"Cảm ơn.", "Bốn."}),
           e3 = doc("en", "en/003.txt", {"Thank you.", "Four."});
  Bead b0{0, 1, 0, 1, 0, 0.9f}, b1{1, 1, 1, 1, 0, 0.9f};
  Alignment a{{b0, b1}};
  UnitOptions options;
  options.creationdate = creation_date();
  auto all = units_from_alignments({{&v1, &e1, &a}, {&v2, &e2, &a}, {&v3, &e3, &a}}, options);
  write_tmx(dir + "/single.tmx", default_header("vi"), all);
  write_tmx(dir + "/shard1.tmx", default_header("vi"), units_from_alignments({{&v3, &e3, &a}}, options));
  write_tmx(dir + "/shard0.tmx", default_header("vi"),
            units_from_alignments({{&v1, &e1, &a}, {&v2, &e2, &a}}, options));
  merge_tmx_files({dir + "/single.tmx"}, dir + "/from_single.tmx");
  MergeResult r = merge_tmx_files({dir + "/shard1.tmx", dir + "/shard0.tmx"}, dir + "/from_shards.tmx");
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(r.units_read, 6u);
  EXPECT_EQ(r.duplicates, 1u);
  EXPECT_EQ(r.units_written, 5u);
  EXPECT_EQ(test::slurp(dir + "/from_single.tmx"), test::slurp(dir + "/from_shards.tmx"));
  TranslationMemory tm = read_tmx(dir + "/from_shards.tmx");
  ASSERT_EQ(tm.units.size(), 5u);
  EXPECT_EQ(tm.units[0].tuid, "001-1");
  EXPECT_EQ(tm.units[4].tuid, "003-2");
}

TEST(TmMerge, RefusesMixedSourceLanguageForms) {
  std::string dir = test::temp_dir("mixed");
  write_tmx(dir + "/a.tmx", default_header("vi"), {unit("", "1", "a", "b")});
  TranslationUnit u = unit("", "1", "c", "d");
  u.variants[0].lang = "vi-VN";
  u.variants[1].lang = "en-US";
  write_tmx(dir + "/b.tmx", default_header("vi-VN"), {u});
  EXPECT_THROW(merge_tmx_files({dir + "/a.tmx", dir + "/b.tmx"}, dir + "/c.tmx"), Error);
  EXPECT_FALSE(std::filesystem::exists(dir + "/c.tmx"));
}

}  // namespace
}  // namespace songngu
