// tm convert between the CAT tools' bilingual files (XLIFF, PO) and TMX (tm/tm_convert.h).
#include <gtest/gtest.h>

#include <filesystem>

#include "base/error.h"
#include "tm/po_file.h"
#include "tm/tm_convert.h"
#include "tm/tmx_reader.h"
#include "tm/xliff_reader.h"
#include "tm_test_util.h"
#include "xliff_rules.h"

namespace songngu {
namespace {

using test::cat_fixture;

TEST(CatConvert, XliffToTmxOneUnitPerSegmentWithATargetInTheFilesLanguages) {
  const std::string dir = test::temp_dir("cat-convert");
  ConvertResult r = convert_tm(cat_fixture("planted.sdlxliff"), dir + "/s.tmx", {});
  EXPECT_EQ(r.units, 4u);  // 5 segments, one without a target
  EXPECT_EQ(r.untranslated, 1u);
  EXPECT_EQ(r.fuzzy, 1u);
  TranslationMemory tm = read_tmx(dir + "/s.tmx");
  EXPECT_EQ(tm.header.srclang, "vi-VN");
  ASSERT_EQ(tm.units.size(), 4u);
  EXPECT_EQ(tm.units[0].tuid, "4c1f0e2a-5b6d-4d4e-9a0e-1e2f3a4b5c6d/1");
  EXPECT_EQ(tm.units[0].variants[1].lang, "en-US");
  EXPECT_EQ(tm.units[0].variants[0].text, "Hai bên làm sâu sắc Đối tác chiến lược toàn diện.");
  EXPECT_NE(tm.units[0].variants[0].markup.find("<bpt i=\"1\">&lt;g id=\"pt1\"&gt;</bpt>"),
            std::string::npos);
  EXPECT_EQ(*tm.units[2].prop("x-state"), "fuzzy");
  if (!test::tmx14_dtd().empty()) {
    EXPECT_EQ(test::dtd_validate(dir + "/s.tmx"), 0);
  }
}

TEST(CatConvert, EveryVersionAndPoConverts) {
  const std::string dir = test::temp_dir("cat-convert2");
  EXPECT_EQ(convert_tm(cat_fixture("planted-2.0.xlf"), dir + "/a.tmx", {}).units, 4u);
  EXPECT_EQ(convert_tm(cat_fixture("planted.mqxliff"), dir + "/b.tmx", {}).units, 4u);
  EXPECT_EQ(convert_tm(cat_fixture("sed-vi.xlf"), dir + "/c.tmx", {}).units, 137u);
  // po2xliff names only source-language="en-US"; "vi" comes from the options: one tag form.
  EXPECT_EQ(read_tmx(dir + "/c.tmx").header.srclang, "en");
  ConvertResult po = convert_tm(cat_fixture("sed-vi.po"), dir + "/d.tmx", {});
  EXPECT_EQ(po.units, 137u);
  TranslationMemory tm = read_tmx(dir + "/d.tmx");
  EXPECT_EQ(tm.header.srclang, "en");  // a PO's msgids: the option language that is not its Language
  EXPECT_EQ(tm.units[0].variants[1].lang, "vi");
  // Valid files with nothing to convert: zero units, no error, a valid TMX.
  EXPECT_EQ(convert_tm(cat_fixture("source-only-2.1.xlf"), dir + "/e.tmx", {}).units, 0u);
  EXPECT_EQ(convert_tm(cat_fixture("no-units-1.2.xlf"), dir + "/f.tmx", {}).units, 0u);
  EXPECT_EQ(read_tmx(dir + "/f.tmx").units.size(), 0u);
  EXPECT_THROW(convert_tm(cat_fixture("entities.xlf"), dir + "/g.tmx", {}), Error);
  EXPECT_THROW(convert_tm(cat_fixture("broken-escape.po"), dir + "/h.tmx", {}), Error);
  EXPECT_FALSE(std::filesystem::exists(dir + "/g.tmx"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/h.tmx"));
}

TEST(CatConvert, TmxToXliffAndBackKeepsTextAndCodes) {
  const std::string dir = test::temp_dir("cat-convert3");
  const std::string tmx = std::string(SONGNGU_TEST_DATA_DIR) + "/tm/inline_tags.tmx";
  for (const std::string version : {"1.2", "2.0"}) {
    ConvertOptions o;
    o.xliff_version = version;
    const std::string xlf = dir + "/i" + version + ".xlf";
    EXPECT_EQ(convert_tm(tmx, xlf, o).units, 2u);
    EXPECT_EQ(convert_tm(xlf, dir + "/back" + version + ".tmx", {}).units, 2u);
    TranslationMemory a = read_tmx(tmx), b = read_tmx(dir + "/back" + version + ".tmx");
    ASSERT_EQ(b.units.size(), 2u);
    for (size_t u = 0; u < 2; ++u)
      for (size_t v = 0; v < 2; ++v) {
        EXPECT_EQ(b.units[u].variants[v].text, a.units[u].variants[v].text);
        EXPECT_EQ(b.units[u].variants[v].lang, a.units[u].variants[v].lang);
      }
    // The paired code of unit 1 comes back paired, with its native code.
    EXPECT_EQ(
        b.units[0].variants[0].markup,
        "Nhấn <bpt i=\"1\">&lt;b&gt;</bpt>Lưu<ept i=\"1\">&lt;/b&gt;</ept> để lưu<ph>&lt;br/&gt;</ph>.");
    if (version == "2.0") {
      EXPECT_EQ(test::xliff20_rule_problems(test::slurp(xlf)), std::vector<std::string>{});
    }
    const std::string schema = version == "1.2" ? "xliff-core-1.2-strict.xsd" : "xliff_core_2.0.xsd";
    if (test::have_xmllint()) {
      EXPECT_EQ(test::xsd_validate(xlf, schema), 0);
    }
  }
}

TEST(CatConvert, TmxToPoAndBack) {
  const std::string dir = test::temp_dir("cat-convert4");
  convert_tm(cat_fixture("planted-en-vi.po"), dir + "/a.tmx", {});
  ConvertResult r = convert_tm(dir + "/a.tmx", dir + "/b.po", {});
  EXPECT_EQ(r.units, 5u);
  CatFile po = read_po(dir + "/b.po");
  EXPECT_EQ(po.source_lang, "en");
  EXPECT_EQ(po.target_lang, "vi");
  ASSERT_EQ(po.segments.size(), 5u);
  EXPECT_EQ(po.segments[0].target.text, "Hai bên làm sâu sắc Đối tác chiến lược toàn diện.");
  if (std::system("command -v msgfmt >/dev/null 2>&1") == 0) {
    EXPECT_EQ(std::system(("msgfmt -o /dev/null " + dir + "/b.po 2>/dev/null").c_str()), 0);
  }
}

}  // namespace
}  // namespace songngu
