#include "tm/po_file.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

using test::cat_fixture;

const CatSegment& by_id(const CatFile& f, const std::string& id) {
  return test::segment_by_id(f, id);
}

Error error_of(const std::string& text) {
  try {
    parse_po(text, "x.po");
  } catch (const Error& e) {
    return e;
  }
  throw std::runtime_error("no error");
}

TEST(PoFile, ReadsEntriesContextPluralsFuzzyAndSkipsObsolete) {
  CatFile f = read_po(cat_fixture("planted-en-vi.po"));
  EXPECT_EQ(f.target_lang, "vi");
  EXPECT_TRUE(f.source_lang.empty());
  ASSERT_EQ(f.segments.size(), 6u);  // the header and the obsolete entry are not segments
  const CatSegment& first = by_id(f, "13");
  EXPECT_EQ(first.line, 13u);
  EXPECT_EQ(first.target.text, "Hai bên làm sâu sắc Đối tác chiến lược toàn diện.");  // joined lines
  EXPECT_EQ(first.target.lang, "vi");
  EXPECT_EQ(first.notes, std::vector<std::string>{"Translator comment: the term is split over two lines."});
  const CatSegment& ctx = by_id(f, "21");
  EXPECT_EQ(ctx.context, "speech");
  EXPECT_EQ(ctx.source.text, "Secretary General %s spoke.");
  EXPECT_EQ(ctx.notes, std::vector<std::string>{"Extracted comment"});
  EXPECT_EQ(by_id(f, "25").state, CatState::kUntranslated);
  EXPECT_EQ(by_id(f, "30").state, CatState::kFuzzy);
  EXPECT_EQ(by_id(f, "33[0]").source.text, "The two countries reached 4,500 billion dollars.");
  EXPECT_EQ(by_id(f, "37").source.text, "A tab\there, a quote \" and a backslash \\.");
  EXPECT_EQ(f.count(CatState::kTranslated), 4u);
}

TEST(PoFile, ReadsARealCatalogMadeWithMsgunfmt) {
  CatFile f = read_po(cat_fixture("sed-vi.po"));
  EXPECT_EQ(f.target_lang, "vi");
  EXPECT_EQ(f.segments.size(), 137u);  // 137 entries; the plural one has one form in Vietnamese
  EXPECT_EQ(f.count(CatState::kTranslated), 137u);
}

TEST(PoFile, BrokenEscapeNamesFileLineAndColumn) {
  try {
    read_po(cat_fixture("broken-escape.po"));
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.where().file, cat_fixture("broken-escape.po"));
    EXPECT_EQ(e.where().line, 5u);
    EXPECT_EQ(e.where().column, 16u);  // as msgfmt reports it
    EXPECT_EQ(e.args(), std::vector<std::string>{"\\q"});
  }
}

TEST(PoFile, MalformedEntriesAreErrorsWithTheirLine) {
  EXPECT_EQ(error_of("msgid \"a\"\nmsgstr \"b\n").where().line, 2u);  // unterminated
  EXPECT_EQ(error_of("msgid \"a\"\n\"b\" x\nmsgstr \"\"\n").where().line, 2u);
  EXPECT_EQ(error_of("\n\nmsgid \"a\"\n").where().line, 3u);  // no msgstr
  EXPECT_EQ(error_of("msgstr \"a\"\n").where().line, 1u);
  EXPECT_EQ(error_of("msgid \"a\"\nmsgstr \"b\"\nfoo \"c\"\n").where().line, 3u);
  EXPECT_EQ(error_of("msgid \"a\"\nmsgstr \"\\").where().line, 2u);
  EXPECT_EQ(error_of("\"orphan\"\n").where().line, 1u);
  EXPECT_EQ(error_of("msgid \"a\"\nmsgstr[x] \"b\"\n").where().line, 2u);
}

TEST(PoFile, EscapesAndEmptyFiles) {
  CatFile f = parse_po("msgid \"\\101\\x42\"\nmsgstr \"ok\"\n", "x.po");
  ASSERT_EQ(f.segments.size(), 1u);
  EXPECT_EQ(f.segments[0].source.text, "AB");
  EXPECT_TRUE(parse_po("", "x.po").segments.empty());
  EXPECT_TRUE(parse_po("# only a comment\n", "x.po").segments.empty());
  EXPECT_EQ(error_of("msgid \"\\xZ\"\nmsgstr \"\"\n").where().column, 9u);
}

TEST(PoFile, WritesWhatItReadsBackWithContextForRepeatedMsgids) {
  std::string dir = test::temp_dir("po");
  std::vector<TranslationUnit> units(3);
  units[0].tuid = "a";
  units[0].variants = {{"en", "Hello \"you\"\n", "", {}, {}, {}}, {"vi", "Xin chào", "", {}, {}, {}}};
  units[1].tuid = "b";
  units[1].variants = {{"en", "Hello \"you\"\n", "", {}, {}, {}}, {"vi", "Chào bạn", "", {}, {}, {}}};
  units[2].tuid = "c";
  units[2].variants = {
      {"en", "Bold", "<bpt i=\"1\">&lt;b&gt;</bpt>Bold<ept i=\"1\">&lt;/b&gt;</ept>", {}, {}, {}},
      {"vi", "Đậm", "", {}, {}, {}}};
  EXPECT_EQ(write_po(dir + "/out.po", "en", "vi", units), 1u);
  CatFile f = read_po(dir + "/out.po");
  EXPECT_EQ(f.target_lang, "vi");
  EXPECT_EQ(f.source_lang, "en");
  ASSERT_EQ(f.segments.size(), 3u);
  EXPECT_EQ(f.segments[0].source.text, "Hello \"you\"\n");
  EXPECT_EQ(f.segments[1].context, "b");
  EXPECT_EQ(f.segments[1].target.text, "Chào bạn\n");  // msgfmt wants the msgid's line breaks
  EXPECT_EQ(f.segments[2].source.text, "Bold");
  if (std::system("command -v msgfmt >/dev/null 2>&1") == 0) {
    EXPECT_EQ(std::system(("msgfmt -o /dev/null " + dir + "/out.po 2>/dev/null").c_str()), 0);
  }
}

}  // namespace
}  // namespace songngu
