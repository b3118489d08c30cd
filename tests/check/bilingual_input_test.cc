#include "check/bilingual_input.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "check/check.h"
#include "check/render.h"
#include "glossary/glossary_io.h"

namespace songngu {
namespace {

std::string data(const std::string& name) {
  return std::string(SONGNGU_TEST_DATA_DIR) + "/" + name;
}

std::vector<Finding> check_file(const BilingualFile& file) {
  CheckOptions o;
  o.file = "f.xlf";
  o.source_lang = file.source_lang;
  o.target_lang = file.target_langs.at(0);
  o.unit_kind = file.unit_kind;
  o.lines = file.lines;
  return check_units(file.units, read_glossary(data("check/glossary.csv")), o);
}

TEST(BilingualInput, XliffUnitsWithLinesAndTheUnitsNotCheckedCounted) {
  BilingualFile f = read_bilingual_file(data("cat/planted-1.2.xlf"), "", "");
  EXPECT_TRUE(f.is_cat);
  EXPECT_EQ(f.unit_kind, "unit");
  EXPECT_EQ(f.target_langs, std::vector<std::string>{"en"});
  ASSERT_EQ(f.units.size(), 4u);
  EXPECT_EQ(f.lines, (std::vector<size_t>{6, 10, 16, 27}));
  EXPECT_EQ(f.untranslated, 1u);
  EXPECT_EQ(f.fuzzy, 1u);
  std::vector<Finding> findings = check_file(f);
  ASSERT_EQ(findings.size(), 3u);  // a2's term is split by tags on both sides: no finding
  EXPECT_EQ(findings[0].unit, "a1");
  EXPECT_EQ(findings[0].line, 6u);
  EXPECT_EQ(finding_line(findings[1]).substr(0, 21), "f.xlf:16: unit a3: \"T");
  EXPECT_NE(render_json(findings).find("\"unit\": \"a3\", \"line\": 16"), std::string::npos);
}

TEST(BilingualInput, APoIsCheckedFromWhicheverSideIsTheSourceLanguage) {
  BilingualFile f = read_bilingual_file(data("cat/planted-en-vi.po"), "vi", "");
  EXPECT_EQ(f.source_lang, "vi");
  EXPECT_EQ(f.target_langs, std::vector<std::string>{"en"});  // msgids recognised as English
  EXPECT_EQ(f.units.size(), 4u);
  std::vector<Finding> findings = check_file(f);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].unit, "13");
  EXPECT_EQ(findings[2].unit, "33[0]");
  EXPECT_THROW(read_bilingual_file(data("cat/planted-en-vi.po"), "vi", "ko"), Error);
  EXPECT_THROW(read_bilingual_file(data("cat/planted-1.2.xlf"), "ko", ""), Error);  // vi and en only
}

TEST(BilingualInput, FilesWithoutTranslationsNeedNoTargetLanguage) {
  BilingualFile f = read_bilingual_file(data("cat/source-only-2.1.xlf"), "", "");
  EXPECT_TRUE(f.units.empty());
  EXPECT_EQ(f.untranslated, 2u);
  EXPECT_TRUE(check_file(f).empty());
}

}  // namespace
}  // namespace songngu
