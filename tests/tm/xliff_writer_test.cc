#include "tm/xliff_writer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/error.h"
#include "tm/xliff_reader.h"
#include "tm_test_util.h"
#include "xliff_rules.h"

namespace songngu {
namespace {

TranslationUnit unit(const std::string& id, const std::string& confidence, Variant vi, Variant en) {
  TranslationUnit u;
  u.tuid = id;
  if (!confidence.empty()) u.props.emplace_back("x-confidence", confidence);
  vi.lang = "vi";
  en.lang = "en";
  u.variants = {vi, en};
  return u;
}

Variant plain(const std::string& text) {
  Variant v;
  v.text = text;
  return v;
}

Variant tagged(const std::string& text, const std::string& markup) {
  Variant v = plain(text);
  v.markup = markup;
  return v;
}

std::vector<TranslationUnit> sample() {
  return {
      unit("a", "0.973", plain("Hai bên & \"đối tác\"."), plain("Both <sides>.")),
      unit("b", "0.210", plain("Câu nghi ngờ."), plain("A doubtful sentence.")),
      unit("c", "",
           tagged("Nhấn Lưu để lưu.",
                  "Nhấn <bpt i=\"1\">&lt;b&gt;</bpt>Lưu<ept i=\"1\">&lt;/b&gt;</ept> để lưu<ph "
                  "x=\"2\">&lt;br/&gt;</ph>."),
           tagged("Press Save to save.",
                  "Press <bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> to "
                  "save<ph>&lt;br/&gt;</ph>.")),
      unit("d", "0.9", tagged("Mở nghiêng", "<bpt i=\"5\">&lt;i&gt;</bpt>Mở <hi>nghiêng</hi>"),
           tagged("Open italic", "<it pos=\"end\">&lt;/i&gt;</it>Open italic<ut>{\\b}</ut>")),
  };
}

XliffWriteOptions options(const std::string& version) {
  XliffWriteOptions o;
  o.version = version;
  o.source_lang = "vi";
  o.target_lang = "en";
  o.original = "a&b.docx";
  return o;
}

// Writes the sample, reads it back and checks what every version keeps.
CatFile write_and_read(const std::string& version, std::string& path) {
  path = test::temp_dir("xliff" + version) + "/out.xlf";
  XliffWriteResult r = write_xliff(path, sample(), options(version));
  EXPECT_EQ(r.units, 4u);
  CatFile f = read_xliff(path);
  EXPECT_EQ(f.source_lang, "vi");
  EXPECT_EQ(f.target_lang, "en");
  EXPECT_EQ(f.segments.size(), 4u);
  std::vector<TranslationUnit> in = sample();
  for (size_t i = 0; i < f.segments.size() && i < in.size(); ++i) {
    EXPECT_EQ(f.segments[i].source.text, in[i].variants[0].text);
    EXPECT_EQ(f.segments[i].target.text, in[i].variants[1].text);
  }
  return f;
}

TEST(XliffWriter, Writes12ValidAgainstTheStrictSchema) {
  std::string path;
  CatFile f = write_and_read("1.2", path);
  EXPECT_EQ(f.segments[0].id, "a");
  EXPECT_EQ(f.segments[0].state, CatState::kTranslated);
  EXPECT_EQ(f.segments[1].state, CatState::kFuzzy);  // confidence 0.21 < 0.5: needs-review-translation
  EXPECT_EQ(f.segments[0].notes, std::vector<std::string>{"confidence 0.973"});
  EXPECT_TRUE(f.segments[2].notes.empty());
  EXPECT_NE(f.segments[2].source.markup.find("&lt;b&gt;"), std::string::npos);
  const std::string xml = test::slurp(path);
  EXPECT_NE(xml.find("<trans-unit id=\"a\" approved=\"yes\">"), std::string::npos);
  EXPECT_NE(xml.find("<trans-unit id=\"b\">"), std::string::npos);
  EXPECT_NE(xml.find("state=\"needs-review-translation\""), std::string::npos);
  EXPECT_NE(xml.find("<bpt id=\"b1\">&lt;b&gt;</bpt>Lưu<ept id=\"b1\">&lt;/b&gt;</ept>"), std::string::npos);
  EXPECT_NE(xml.find("<it id=\"ib1\" pos=\"open\">&lt;i&gt;</it>Mở nghiêng"), std::string::npos);  // unpaired
  if (!test::have_xmllint()) GTEST_SKIP() << "xmllint (libxml2-utils) is not installed";
  EXPECT_EQ(test::xsd_validate(path, "xliff-core-1.2-strict.xsd"), 0);
}

TEST(XliffWriter, Writes20ValidAgainstTheSchemaAndTheRulesItMisses) {
  std::string path;
  CatFile f = write_and_read("2.0", path);
  EXPECT_EQ(f.segments[0].id, "u1");
  EXPECT_EQ(f.segments[1].state, CatState::kTranslated);  // 2.0 core has no fuzzy state to read back
  EXPECT_EQ(
      f.segments[2].target.markup,
      "Press <bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> to save<ph>&lt;br/&gt;</ph>.");
  const std::string xml = test::slurp(path);
  EXPECT_NE(xml.find("<segment state=\"initial\" subState=\"songngu:doubtful\">"), std::string::npos);
  EXPECT_NE(xml.find("<unit id=\"u1\" name=\"a\">"), std::string::npos);
  EXPECT_EQ(test::xliff20_rule_problems(xml), std::vector<std::string>{});
  if (!test::have_xmllint()) GTEST_SKIP() << "xmllint (libxml2-utils) is not installed";
  EXPECT_EQ(test::xsd_validate(path, "xliff_core_2.0.xsd"), 0);
}

TEST(XliffWriter, TheRuleCheckFindsWhatTheSchemaLetsThrough) {
  const std::string bad =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"vi\"><file id=\"f\">"
      "<unit id=\"u\"><segment id=\"s\"><source><sc id=\"s\"/>a<ec startRef=\"x\"/><ph id=\"p\" "
      "dataRef=\"d9\"/>"
      "</source><target>b</target></segment></unit><unit "
      "id=\"u\"><segment><source>c</source></segment></unit>"
      "</file></xliff>";
  std::vector<std::string> problems = test::xliff20_rule_problems(bad);
  // id s twice, ec, dataRef, sc open, unit u twice, no trgLang
  EXPECT_EQ(problems,
            (std::vector<std::string>{"u: id repeated on the source: s", "u: ec closes no open sc",
                                      "u: dataRef names no data: d9", "u: sc never closed on the source",
                                      "unit id repeated: u", "targets without trgLang"}));
}

TEST(XliffWriter, UnitsWithoutBothLanguagesAreLeftOutAndErrorsWriteNothing) {
  const std::string dir = test::temp_dir("xliff-errors");
  std::vector<TranslationUnit> units = sample();
  units[0].variants.pop_back();
  EXPECT_EQ(write_xliff(dir + "/a.xlf", units, options("1.2")).units, 3u);
  XliffWriteOptions o = options("3.0");
  EXPECT_THROW(write_xliff(dir + "/b.xlf", units, o), Error);
  o = options("2.0");
  o.target_lang.clear();
  EXPECT_THROW(write_xliff(dir + "/c.xlf", units, o), Error);
  units[1].variants[1].markup = "<bad";
  EXPECT_THROW(write_xliff(dir + "/d.xlf", units, options("1.2")), Error);
  EXPECT_FALSE(std::filesystem::exists(dir + "/b.xlf"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/d.xlf"));
  units[1].variants[1].markup.clear();
  units[1].variants[1].text = "bell\x07";
  EXPECT_EQ(write_xliff(dir + "/e.xlf", units, options("2.0")).removed_characters, 1u);
}

}  // namespace
}  // namespace songngu
