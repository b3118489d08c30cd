#include "tm/tm_convert.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "tm/tmx_reader.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

std::string fixture(const std::string& name) {
  return std::string(SONGNGU_TEST_DATA_DIR) + "/tm/" + name;
}

TEST(TmConvert, TmxToTmxKeepsEverythingFromUtf16Tmx11) {
  std::string dir = test::temp_dir("convert");
  ConvertResult r = convert_tm(fixture("utf16be_bom.tmx"), dir + "/out.tmx", {});
  EXPECT_EQ(r.units, 2u);
  TranslationMemory a = read_tmx(fixture("tmx11_lang.tmx"));
  TranslationMemory b = read_tmx(dir + "/out.tmx");
  ASSERT_EQ(a.units.size(), b.units.size());
  for (size_t i = 0; i < a.units.size(); ++i) {
    EXPECT_EQ(a.units[i].tuid, b.units[i].tuid);
    EXPECT_EQ(a.units[i].props, b.units[i].props);
    EXPECT_EQ(a.units[i].notes, b.units[i].notes);
    EXPECT_EQ(a.units[i].attributes, b.units[i].attributes);
    for (size_t k = 0; k < a.units[i].variants.size(); ++k) {
      EXPECT_EQ(a.units[i].variants[k].lang, b.units[i].variants[k].lang);
      EXPECT_EQ(a.units[i].variants[k].text, b.units[i].variants[k].text);
      EXPECT_EQ(a.units[i].variants[k].props, b.units[i].variants[k].props);
    }
  }
  EXPECT_EQ(b.header.props, a.header.props);
  std::string xml = test::slurp(dir + "/out.tmx");
  EXPECT_EQ(xml.find(" lang="), std::string::npos);  // TMX 1.1 lang= became xml:lang=
  EXPECT_NE(xml.find("<tuv xml:lang=\"VI\" creationid=\"a\">"), std::string::npos);
  if (!test::tmx14_dtd().empty()) {
    EXPECT_EQ(test::dtd_validate(dir + "/out.tmx"), 0);
  }
}

TEST(TmConvert, TsvToTmxToCsvToTsvRoundTrip) {
  std::string dir = test::temp_dir("convert2");
  std::string tsv = "Hai bên nhất trí.\tBoth sides agreed.\nÂm & dương <x>\tYin & yang <x>\nChỉ một bên.\t\n";
  test::spit(dir + "/in.tsv", tsv);
  ConvertOptions o;
  o.src_lang = "vi";
  o.tgt_lang = "en";
  ConvertResult r = convert_tm(dir + "/in.tsv", dir + "/a.tmx", o);
  EXPECT_EQ(r.units, 2u);
  EXPECT_EQ(r.skipped_empty, 1u);  // no unit with an empty segment
  TranslationMemory tm = read_tmx(dir + "/a.tmx");
  EXPECT_EQ(tm.header.srclang, "vi");
  EXPECT_EQ(tm.units[1].tuid, "2");
  EXPECT_EQ(tm.units[1].variants[1].text, "Yin & yang <x>");
  convert_tm(dir + "/a.tmx", dir + "/b.csv", {});
  convert_tm(dir + "/b.csv", dir + "/c.tsv", {});
  EXPECT_EQ(test::slurp(dir + "/c.tsv"),
            "Hai bên nhất trí.\tBoth sides agreed.\nÂm & dương <x>\tYin & yang <x>\n");
  if (!test::tmx14_dtd().empty()) {
    EXPECT_EQ(test::dtd_validate(dir + "/a.tmx"), 0);
  }

  // Mixed tag forms would make CAT tools drop every unit.
  o.tgt_lang = "en-US";
  EXPECT_THROW(convert_tm(dir + "/in.tsv", dir + "/mixed.tmx", o), Error);
  test::spit(dir + "/h.csv", "vi-VN,en-US\nMột,One\n");
  convert_tm(dir + "/h.csv", dir + "/h.tmx", {});  // the header's languages, not the defaults
  EXPECT_NE(test::slurp(dir + "/h.tmx").find("srclang=\"vi-VN\""), std::string::npos);
}

TEST(TmConvert, InlineTagsCountedWhenDroppedAndUnknownExtensionsRefused) {
  std::string dir = test::temp_dir("convert3");
  ConvertResult r = convert_tm(fixture("inline_tags.tmx"), dir + "/a.tsv", {});
  EXPECT_EQ(r.markup_dropped, 4u);
  EXPECT_EQ(test::slurp(dir + "/a.tsv"), "Nhấn Lưu để lưu.\tPress Save to save.\nXem hình 1\tSee figure 1\n");
  EXPECT_THROW(convert_tm(fixture("inline_tags.tmx"), dir + "/a.docx", {}), Error);
  EXPECT_THROW(convert_tm(fixture("truncated.tmx"), dir + "/t.tmx", {}), Error);
  EXPECT_FALSE(std::filesystem::exists(dir + "/t.tmx"));
}

}  // namespace
}  // namespace songngu
