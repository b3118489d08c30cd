#include "tm/xliff_reader.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "text/utf8.h"
#include "tm/inline_markup.h"
#include "tm_test_util.h"
#include "xliff_rules.h"

namespace songngu {
namespace {

using test::cat_fixture;

const CatSegment& by_id(const CatFile& f, const std::string& id) {
  return test::segment_by_id(f, id);
}

Error error_of(const std::string& name) {
  try {
    read_xliff(cat_fixture(name));
  } catch (const Error& e) {
    return e;
  }
  throw std::runtime_error("no error for " + name);
}

TEST(XliffReader, Reads12WithInlineCodesStatesAndLines) {
  CatFile f = read_xliff(cat_fixture("planted-1.2.xlf"));
  EXPECT_EQ(f.version, "1.2");
  EXPECT_EQ(f.source_lang, "vi");
  EXPECT_EQ(f.target_lang, "en");
  ASSERT_EQ(f.segments.size(), 6u);  // the bin-unit is not a segment
  const CatSegment& a1 = by_id(f, "a1");
  EXPECT_EQ(a1.line, 6u);
  EXPECT_EQ(a1.source.text, "Hai bên làm sâu sắc Đối tác chiến lược toàn diện.");
  EXPECT_EQ(a1.source.lang, "vi");
  EXPECT_EQ(a1.target.lang, "en");
  EXPECT_EQ(a1.source.markup,
            "Hai bên làm sâu sắc <bpt i=\"1\">&lt;g id=\"1\"&gt;</bpt>Đối tác chiến lược toàn diện<ept "
            "i=\"1\">&lt;/g&gt;</ept>.");
  EXPECT_FALSE(inline_markup_problem(a1.source.markup));
  EXPECT_EQ(inline_markup_text(a1.target.markup), a1.target.text);
  const CatSegment& a2 = by_id(f, "a2");
  EXPECT_EQ(a2.source.text, "Đối tác chiến lược toàn diện được củng cố.");
  EXPECT_NE(a2.source.markup.find("<ph>&lt;x id=\"2\"/&gt;</ph>"), std::string::npos);
  EXPECT_NE(a2.source.markup.find("<bpt i=\"1\">&lt;b&gt;</bpt>toàn diện<ept i=\"1\">&lt;/b&gt;</ept>"),
            std::string::npos);
  ASSERT_EQ(a2.notes.size(), 1u);
  EXPECT_EQ(a1.state, CatState::kTranslated);
  EXPECT_EQ(by_id(f, "a4").state, CatState::kUntranslated);
  EXPECT_TRUE(by_id(f, "a4").target.text.empty());
  EXPECT_EQ(by_id(f, "a5").state, CatState::kFuzzy);
  EXPECT_EQ(by_id(f, "a6").state, CatState::kTranslated);  // final
  EXPECT_EQ(f.count(CatState::kTranslated), 4u);
}

TEST(XliffReader, Reads20SegmentsCodesFromOriginalDataAndSkipsModules) {
  CatFile f = read_xliff(cat_fixture("planted-2.0.xlf"));
  EXPECT_EQ(f.version, "2.0");
  EXPECT_EQ(f.source_lang, "vi");
  EXPECT_EQ(f.target_lang, "en");
  ASSERT_EQ(f.segments.size(), 5u);  // u1 has two segments; the ignorable and the matches module are not
  const CatSegment& s1 = by_id(f, "u1/s1");
  EXPECT_EQ(s1.source.text, "Hai bên làm sâu sắc Đối tác chiến lược toàn diện.");
  EXPECT_EQ(s1.source.markup,
            "Hai bên làm sâu sắc <bpt i=\"1\">&lt;b&gt;</bpt>Đối tác chiến lược toàn diện<ept "
            "i=\"1\">&lt;/b&gt;</ept>.");
  const CatSegment& s2 = by_id(f, "u1/s2");
  EXPECT_EQ(s2.target.text, "The Comprehensive Strategic Partnership is consolidated.");
  EXPECT_NE(s2.target.markup.find("<ph>&lt;br/&gt;</ph>"), std::string::npos);
  EXPECT_EQ(s2.line, by_id(f, "u1/s1").line);
  EXPECT_EQ(s2.notes, std::vector<std::string>{"Two segments and an ignorable between them."});
  EXPECT_EQ(by_id(f, "u2").source.text, "Tổng Bí thư Tô Lâm phát biểu.");  // not the match's source
  EXPECT_EQ(by_id(f, "u3").state, CatState::kUntranslated);
  EXPECT_EQ(by_id(f, "u4").target.text, "The two countries reached 4,500 billion dollars.");  // mrk kept
}

TEST(XliffReader, ReadsSdlxliffSegmentsByMarkerWithTheirConfirmation) {
  CatFile f = read_xliff(cat_fixture("planted.sdlxliff"));
  EXPECT_EQ(f.source_lang, "vi-VN");
  EXPECT_EQ(f.target_lang, "en-US");
  ASSERT_EQ(f.segments.size(), 5u);
  const std::string u1 = "4c1f0e2a-5b6d-4d4e-9a0e-1e2f3a4b5c6d";
  EXPECT_EQ(by_id(f, u1 + "/1").target.text,
            "The two sides deepened their Comprehensive Strategic Partnership.");
  EXPECT_EQ(by_id(f, u1 + "/2").source.text, "Tổng Bí thư Tô Lâm phát biểu.");
  const std::string u2 = "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b";
  EXPECT_EQ(by_id(f, u2 + "/3").state, CatState::kFuzzy);                                    // Draft
  EXPECT_EQ(by_id(f, u2 + "/4").state, CatState::kUntranslated);                             // empty marker
  EXPECT_EQ(by_id(f, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d").state, CatState::kTranslated);  // one marker
}

TEST(XliffReader, ReadsMqxliffStatus) {
  CatFile f = read_xliff(cat_fixture("planted.mqxliff"));
  ASSERT_EQ(f.segments.size(), 5u);
  EXPECT_EQ(by_id(f, "1").source.text, "Hai bên làm sâu sắc Đối tác chiến lược toàn diện.");
  EXPECT_EQ(by_id(f, "1").source.markup,
            "Hai bên làm sâu sắc <bpt i=\"1\">{}</bpt>Đối tác chiến lược toàn diện<ept i=\"1\">{}</ept>.");
  EXPECT_EQ(by_id(f, "2").state, CatState::kTranslated);
  EXPECT_EQ(by_id(f, "3").state, CatState::kUntranslated);
  EXPECT_EQ(by_id(f, "4").state, CatState::kFuzzy);
  EXPECT_EQ(by_id(f, "5").source.text, "Hai nước đạt 4.400 tỷ đô la.");
}

TEST(XliffReader, ReadsTranslateToolkitXliffMadeFromARealPo) {
  CatFile f = read_xliff(cat_fixture("sed-vi.xlf"));
  EXPECT_EQ(f.version, "1.1");
  EXPECT_EQ(f.source_lang, "en-US");
  EXPECT_TRUE(f.target_lang.empty());
  // 137 entries and a header in the PO: the header is not a unit; the plural entry is a group of two
  // units, the second with an empty target (Vietnamese has one plural form).
  EXPECT_EQ(f.segments.size(), 138u);
  EXPECT_EQ(f.count(CatState::kTranslated), 137u);
  EXPECT_EQ(by_id(f, "93[1]").state, CatState::kUntranslated);
  EXPECT_EQ(f.segments[0].source.text.substr(0, 28), "\nIf no -e, --expression, -f,");
}

TEST(XliffReader, ValidFilesWithoutUnitsOrTargetsGiveSegmentsWithoutTargets) {
  EXPECT_TRUE(read_xliff(cat_fixture("no-units-1.2.xlf")).segments.empty());
  CatFile f = read_xliff(cat_fixture("source-only-2.1.xlf"));
  EXPECT_EQ(f.version, "2.1");
  ASSERT_EQ(f.segments.size(), 2u);
  EXPECT_EQ(f.count(CatState::kUntranslated), 2u);
}

TEST(XliffReader, RefusesEntityDeclarationsBeforeParsing) {
  Error e = error_of("entities.xlf");
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e.where().line, 2u);
  EXPECT_NE(e.message_template().find("document type or entities"), std::string::npos);
}

TEST(XliffReader, BadXmlNamesFileAndLine) {
  Error t = error_of("truncated.xlf");
  EXPECT_EQ(t.where().file, cat_fixture("truncated.xlf"));
  EXPECT_GT(t.where().line, 0u);
  Error n = error_of("not-xliff.xlf");
  EXPECT_EQ(n.args(), std::vector<std::string>{"tmx"});
  EXPECT_EQ(n.where().line, 2u);
  EXPECT_THROW(parse_xliff("<xliff version=\"3.0\"/>", "v3.xlf"), Error);
}

TEST(XliffReader, UnpairedAndIsolatedCodesBecomeIt) {
  CatFile f = parse_xliff(
      "<xliff version=\"2.0\" srcLang=\"vi\" trgLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment>"
      "<source>a<sc id=\"1\" isolated=\"yes\"/>b<ec startRef=\"9\"/>c<cp hex=\"41\"/><cp hex=\"1\"/></source>"
      "</segment></unit></file></xliff>",
      "x.xlf");
  ASSERT_EQ(f.segments.size(), 1u);
  EXPECT_EQ(f.segments[0].source.text, "abcA");  // U+0001 is no XML character: dropped
  EXPECT_EQ(f.segments[0].source.markup,
            "a<it pos=\"begin\">&lt;sc id=\"1\" isolated=\"yes\"/&gt;</it>b<it pos=\"end\">&lt;ec "
            "startRef=\"9\"/&gt;</it>cA");
}

TEST(XliffReader, ControlCharactersAreDroppedFromTextAndMarkupAlike) {
  // Found by the fuzzer: tinyxml2 lets a BEL through, and the markup (escaped for XML) lost it while
  // the text kept it.
  CatFile f = parse_xliff(
      "<xliff version=\"1.2\"><file source-language=\"vi\" target-language=\"en\"><body><trans-unit id=\"1\">"
      "<source>a\x07"
      "b <x id=\"1\"/></source><target>c\x07"
      "d</target></trans-unit></body></file></xliff>",
      "bel.xlf");
  ASSERT_EQ(f.segments.size(), 1u);
  EXPECT_EQ(f.segments[0].source.text, "ab ");
  EXPECT_EQ(inline_markup_text(f.segments[0].source.markup), "ab ");
  EXPECT_EQ(f.segments[0].target.text, "cd");
}

TEST(XliffReader, ReadsUtf16WithAByteOrderMark) {
  const std::string utf8 = test::slurp(cat_fixture("planted.sdlxliff"));
  std::string utf16 = "\xFF\xFE";  // UTF-16LE; the fixture has no character beyond the BMP
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    const size_t n = decode_utf8(utf8, i, c);
    ASSERT_GT(n, 0u);
    utf16 += static_cast<char>(c & 0xFF);
    utf16 += static_cast<char>(c >> 8);
    i += n;
  }
  const std::string path = test::temp_dir("xliff-utf16") + "/u16.sdlxliff";
  test::spit(path, utf16);
  CatFile a = read_xliff(cat_fixture("planted.sdlxliff")), b = read_xliff(path);
  ASSERT_EQ(b.segments.size(), a.segments.size());
  for (size_t k = 0; k < a.segments.size(); ++k)
    EXPECT_EQ(b.segments[k].target.text, a.segments[k].target.text);
}

TEST(XliffReader, TheHandMadeFixturesAreValidXliff) {
  // The fixtures claim to be what CAT tools write: the schemas (and 2.0's extra rules) say so.
  EXPECT_EQ(test::xliff20_rule_problems(test::slurp(cat_fixture("planted-2.0.xlf"))),
            std::vector<std::string>{});
  if (!test::have_xmllint()) GTEST_SKIP() << "xmllint (libxml2-utils) is not installed";
  EXPECT_EQ(test::xsd_validate(cat_fixture("planted-2.0.xlf"), "xliff_core_2.0.xsd"), 0);
  EXPECT_EQ(test::xsd_validate(cat_fixture("planted-1.2.xlf"), "xliff-core-1.2-strict.xsd"), 0);
  EXPECT_EQ(test::xsd_validate(cat_fixture("no-units-1.2.xlf"), "xliff-core-1.2-strict.xsd"), 0);
  EXPECT_NE(test::xsd_validate(cat_fixture("truncated.xlf"), "xliff-core-1.2-strict.xsd"), 0);
}

}  // namespace
}  // namespace songngu
