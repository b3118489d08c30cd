#include "tm/tmx_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "base/error.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

TranslationUnit unit(const std::string& id, const std::string& vi, const std::string& en) {
  TranslationUnit u;
  u.tuid = id;
  u.creationdate = "20250101T000000Z";
  u.props = {{"x-document", "001.txt"}, {"x-bead", "1-1"}};
  u.variants = {Variant{"vi", vi, "", {}, {}, {}}, Variant{"en", en, "", {}, {}, {}}};
  return u;
}

TmHeader header() {
  TmHeader h;
  h.creationtoolversion = "0.1.0";
  h.srclang = "vi";
  h.creationdate = "20250101T000000Z";
  return h;
}

TEST(TmxWriter, EscapesTextAndAttributes) {
  std::string dir = test::temp_dir("escape");
  TranslationUnit u = unit("a\"b<c>&\td", "Hà Nội <b> & \"x\" > y", "line1\r\nline2");
  u.props.push_back({"x-note", "a&b"});
  std::string path = dir + "/out.tmx";
  EXPECT_EQ(write_tmx(path, header(), {u}), 0u);
  std::string xml = test::slurp(path);
  EXPECT_NE(xml.find("tuid=\"a&quot;b&lt;c&gt;&amp;&#9;d\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<seg>Hà Nội &lt;b&gt; &amp; \"x\" &gt; y</seg>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<seg>line1&#13;\nline2</seg>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<prop type=\"x-note\">a&amp;b</prop>"), std::string::npos);
  if (test::tmx14_dtd().empty()) GTEST_SKIP() << "xmllint or OmegaT's DTD not installed";
  EXPECT_EQ(test::dtd_validate(path), 0) << xml;
}

TEST(TmxWriter, RemovesAndCountsCharactersXmlForbids) {
  std::string dir = test::temp_dir("forbidden");
  // U+0001, U+000B, U+FFFE (EF BF BE), a lone 0xFF byte, an encoded surrogate (ED A0 80 = 3 bytes).
  TranslationUnit u = unit("1",
                           "a\x01"
                           "b\x0b"
                           "c\xEF\xBF\xBE"
                           "d\xFF"
                           "e",
                           "ok\xED\xA0\x80!");
  std::string path = dir + "/out.tmx";
  size_t removed = write_tmx(path, header(), {u});
  EXPECT_EQ(removed, 4u + 3u);  // the surrogate's three bytes are ill-formed one by one
  std::string xml = test::slurp(path);
  EXPECT_NE(xml.find("<seg>abcde</seg>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<seg>ok!</seg>"), std::string::npos) << xml;
  // Tab and line feed are XML characters and stay.
  TranslationUnit t = unit("2", "a\tb\nc", "x");
  EXPECT_EQ(write_tmx(path, header(), {t}), 0u);
  EXPECT_NE(test::slurp(path).find("<seg>a\tb\nc</seg>"), std::string::npos);
}

TEST(TmxWriter, HeaderAndStructureFollowTheDtd) {
  std::string dir = test::temp_dir("header");
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  TmHeader h = default_header("vi-VN");
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(h.creationdate, "20231114T221320Z");
  TranslationUnit u = unit("1", "Xin chào", "Hello");
  u.variants[0].lang = "vi-VN";
  u.variants[1].lang = "en-US";
  u.notes = {"a note"};
  std::string path = dir + "/out.tmx";
  write_tmx(path, h, {u});
  std::string xml = test::slurp(path);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u);
  EXPECT_NE(xml.find("creationtool=\"songngu\""), std::string::npos);
  EXPECT_NE(xml.find("segtype=\"sentence\""), std::string::npos);
  EXPECT_NE(xml.find("srclang=\"vi-VN\""), std::string::npos);
  EXPECT_NE(xml.find("adminlang=\"en\""), std::string::npos);
  EXPECT_NE(xml.find("datatype=\"plaintext\""), std::string::npos);
  EXPECT_NE(xml.find("o-tmf=\"songngu\""), std::string::npos);
  EXPECT_NE(xml.find("<tuv xml:lang=\"en-US\">"), std::string::npos);
  // note before prop, as the DTD allows either order but tools read notes first.
  EXPECT_LT(xml.find("<note>a note</note>"), xml.find("<prop type=\"x-document\">"));
  if (test::tmx14_dtd().empty()) GTEST_SKIP() << "xmllint or OmegaT's DTD not installed";
  EXPECT_EQ(test::dtd_validate(path), 0) << xml;
}

TEST(TmxWriter, DeterministicWithSourceDateEpoch) {
  std::string dir = test::temp_dir("determinism");
  ::setenv("SOURCE_DATE_EPOCH", "0", 1);
  EXPECT_EQ(creation_date(), "19700101T000000Z");
  std::vector<TranslationUnit> units{unit("1", "Một", "One"), unit("2", "Hai", "Two")};
  write_tmx(dir + "/a.tmx", default_header("vi"), units);
  sleep(1);
  write_tmx(dir + "/b.tmx", default_header("vi"), units);
  ::setenv("SOURCE_DATE_EPOCH", "12x", 1);
  EXPECT_THROW(creation_date(), Error);
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(test::slurp(dir + "/a.tmx"), test::slurp(dir + "/b.tmx"));
  EXPECT_NE(test::slurp(dir + "/a.tmx").find("creationdate=\"19700101T000000Z\""), std::string::npos);
}

TEST(TmxWriter, WritesInlineMarkupVerbatimAndRefusesBadMarkup) {
  std::string dir = test::temp_dir("markup");
  TranslationUnit u = unit("1", "Nhấn đậm", "Bold text");
  u.variants[1].markup =
      "<bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Bold<ept i=\"1\">&lt;/b&gt;</ept> text<ph x=\"2\"/>";
  std::string path = dir + "/out.tmx";
  write_tmx(path, header(), {u});
  std::string xml = test::slurp(path);
  EXPECT_NE(xml.find("<seg>" + u.variants[1].markup + "</seg>"), std::string::npos) << xml;
  if (!test::tmx14_dtd().empty()) {
    EXPECT_EQ(test::dtd_validate(path), 0) << xml;
  }

  for (std::string bad : {"<b>x</b>", "<bpt i=\"1\">x", "a & b", "<sub>x</sub>"}) {
    TranslationUnit v = unit("2", "a", "b");
    v.variants[0].markup = bad;
    EXPECT_THROW(write_tmx(dir + "/bad.tmx", header(), {v}), Error) << bad;
  }
  EXPECT_FALSE(std::filesystem::exists(dir + "/bad.tmx"));
}

// Each kind of bad markup is a whole message template; the unit, the language and the element names
// are its arguments (nothing English passed into a translated frame).
TEST(TmxWriter, BadMarkupErrorIsAWholeTemplate) {
  std::string dir = test::temp_dir("markup-messages");
  auto error_for = [&](const std::string& markup) {
    TranslationUnit v = unit("7", "a", "b");
    v.variants[0].markup = markup;
    try {
      write_tmx(dir + "/bad.tmx", header(), {v});
    } catch (const Error& e) {
      return e;
    }
    ADD_FAILURE() << "no error for " << markup;
    return Error(ErrorKind::kBadInput, "");
  };
  Error not_inline = error_for("<b>x</b>");
  EXPECT_EQ(
      not_inline.message_template(),
      "translation unit {1}: inline markup of the {2} segment is not valid TMX: <{3}> is not a TMX inline "
      "element (bpt, ept, ph, it, hi, ut, sub)");
  EXPECT_EQ(not_inline.args(), (std::vector<std::string>{"7", "vi", "b"}));
  Error nested = error_for("<ph><hi>x</hi></ph>");
  EXPECT_EQ(nested.message_template(),
            "translation unit {1}: inline markup of the {2} segment is not valid TMX: <{3}> is not allowed "
            "inside <{4}>");
  EXPECT_EQ(nested.args(), (std::vector<std::string>{"7", "vi", "hi", "ph"}));
  EXPECT_STREQ(nested.what(),
               "translation unit 7: inline markup of the vi segment is not valid TMX: <hi> is not allowed "
               "inside <ph>");
  // Ill-formed XML: the scanner's own template, its location naming the segment in TMX terms.
  Error amp = error_for("a & b");
  EXPECT_EQ(amp.message_template().rfind("'&' must start an entity reference", 0), 0u)
      << amp.message_template();
  EXPECT_EQ(amp.where().file, "<tu tuid=\"7\"><tuv xml:lang=\"vi\"><seg>");
  EXPECT_EQ(amp.where().line, 1u);
  EXPECT_FALSE(std::filesystem::exists(dir + "/bad.tmx"));
}

TEST(TmxWriter, KeepsAttributesTheDtdDoesNotAllowAsProps) {
  std::string dir = test::temp_dir("attrs");
  TranslationUnit u = unit("1", "a", "b");
  u.attributes = {{"usagecount", "3"}, {"x-custom", "y"}};
  u.variants[0].attributes = {{"lang", "vi"}, {"changeid", "me"}, {"foo", "bar"}};
  std::string path = dir + "/out.tmx";
  write_tmx(path, header(), {u});
  std::string xml = test::slurp(path);
  EXPECT_NE(xml.find("usagecount=\"3\""), std::string::npos);
  EXPECT_NE(xml.find("<prop type=\"x-attribute:x-custom\">y</prop>"), std::string::npos);
  EXPECT_NE(xml.find("<tuv xml:lang=\"vi\" changeid=\"me\">"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<prop type=\"x-attribute:foo\">bar</prop>"), std::string::npos);
  if (!test::tmx14_dtd().empty()) {
    EXPECT_EQ(test::dtd_validate(path), 0) << xml;
  }
}

TEST(TmxWriter, NeverLeavesATruncatedFile) {
  std::string dir = test::temp_dir("atomic");
  std::string path = dir + "/out.tmx";
  test::spit(path, "good old content");
  {
    TmxWriter w(path, header());
    w.write(unit("1", "a", "b"));
    // destroyed without finish(), as when an exception unwinds
  }
  EXPECT_EQ(test::slurp(path), "good old content");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
  EXPECT_THROW(TmxWriter(dir + "/no/such/folder/x.tmx", header()), Error);
  TmHeader no_lang = header();
  no_lang.srclang.clear();
  EXPECT_THROW(TmxWriter(dir + "/y.tmx", no_lang), Error);
}

TEST(TmxWriter, StreamsLargeOutputThroughTheBuffer) {
  std::string dir = test::temp_dir("stream");
  std::string path = dir + "/out.tmx";
  TmxWriter w(path, header());
  for (int i = 0; i < 5000; ++i) w.write(unit(std::to_string(i), "Câu số " + std::to_string(i), "Sentence"));
  w.finish();
  EXPECT_EQ(w.units_written(), 5000u);
  std::string xml = test::slurp(path);
  EXPECT_NE(xml.find("<seg>Câu số 4999</seg>"), std::string::npos);
  EXPECT_EQ(xml.substr(xml.size() - 17), "  </body>\n</tmx>\n");
}

}  // namespace
}  // namespace songngu
