#include "tm/tsv.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

TEST(Tsv, ReadsPairsWithLineNumbersAsTuid) {
  std::string dir = test::temp_dir("tsv");
  test::spit(dir + "/a.tsv", "Một.\tOne.\r\n\nHai.\tTwo.\textra\nBa.\t\n");
  auto units = read_bilingual_tsv(dir + "/a.tsv", "vi", "en");
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].tuid, "1");
  EXPECT_EQ(units[0].variants[1].text, "One.");  // CR of CRLF removed
  EXPECT_EQ(units[1].tuid, "3");                 // the blank line 2 is skipped
  EXPECT_EQ(units[1].variants[1].text, "Two.");  // extra columns ignored
  EXPECT_EQ(units[2].variants[1].text, "");
  EXPECT_EQ(units[0].variants[0].lang, "vi");

  test::spit(dir + "/b.tsv", "Một.\tOne.\nno tab here\n");
  try {
    read_bilingual_tsv(dir + "/b.tsv", "vi", "en");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("b.tsv:2: expected source<TAB>target"), std::string::npos)
        << e.what();
  }
}

TEST(Csv, ParsesRfc4180) {
  auto rows = parse_csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\n\nlast,row", "t.csv");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"a", "b,c", "say \"hi\""}));
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"multi\nline", "x", ""}));
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[2].line, 5u);
  EXPECT_THROW(parse_csv("a,\"open\n", "t.csv"), Error);
  EXPECT_THROW(parse_csv("\"a\"b,c\n", "t.csv"), Error);
}

TEST(Csv, WriteThenReadRoundTripsWithHeader) {
  std::string dir = test::temp_dir("csv");
  TranslationUnit u;
  u.variants = {Variant{"vi", "Xin chào, \"bạn\"", "", {}, {}, {}},
                Variant{"en", "Hello,\nfriend", "", {}, {}, {}}, Variant{"ko", "안녕", "", {}, {}, {}}};
  TranslationUnit w;
  w.variants = {Variant{"vi", "Chỉ tiếng Việt", "", {}, {}, {}}, Variant{"ko", "한국어", "", {}, {}, {}}};
  write_csv(dir + "/a.csv", {"vi", "en", "ko"}, {u, w});
  EXPECT_EQ(test::slurp(dir + "/a.csv"),
            "vi,en,ko\r\n\"Xin chào, \"\"bạn\"\"\",\"Hello,\nfriend\",안녕\r\nChỉ tiếng Việt,,한국어\r\n");
  auto units = read_csv_units(dir + "/a.csv", "x", "y");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].variants[0].text, "Xin chào, \"bạn\"");
  EXPECT_EQ(units[0].variants[1].text, "Hello,\nfriend");
  EXPECT_EQ(units[0].variants[2].lang, "ko");
  EXPECT_EQ(units[1].tuid, "4");  // the second row starts on line 4 (the first spans two lines)
}

TEST(Tsv, WriteReplacesTabsAndLineBreaks) {
  std::string dir = test::temp_dir("tsvw");
  TranslationUnit u;
  u.variants = {Variant{"vi-VN", "a\tb", "", {}, {}, {}}, Variant{"en-US", "c\nd", "", {}, {}, {}}};
  EXPECT_EQ(write_tsv(dir + "/a.tsv", {"vi-VN", "en-US"}, {u}), 2u);
  EXPECT_EQ(test::slurp(dir + "/a.tsv"), "a b\tc d\n");
  EXPECT_EQ(lang_base("EN_us"), "en");
}

}  // namespace
}  // namespace songngu
