#include "tm/tmx_reader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/error.h"
#include "tm/tmx_writer.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

std::string fixture(const std::string& name) {
  return std::string(SONGNGU_TEST_DATA_DIR) + "/tm/" + name;
}

// The error message of reading `path`, or "" when it reads.
std::string read_error(const std::string& path) {
  try {
    read_tmx(path);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    return e.what();
  }
  return "";
}

std::string write_temp(const std::string& name, const std::string& content) {
  std::string dir = test::temp_dir("reader");
  std::string path = dir + "/" + name;
  test::spit(path, content);
  return path;
}

const char* kHead =
    "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"x\" creationtoolversion=\"1\" "
    "segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"vi\" datatype=\"plaintext\"/>\n<body>\n";

void expect_tmx11_content(const TranslationMemory& tm) {
  EXPECT_EQ(tm.header.srclang, "VI");
  EXPECT_EQ(tm.header.creationtool, "OldTool");
  ASSERT_EQ(tm.header.notes.size(), 1u);
  EXPECT_EQ(tm.header.props.at(0), (Property{"client", "Bộ Ngoại giao"}));
  EXPECT_EQ(tm.header.attributes.at(0), (std::pair<std::string, std::string>{"creationid", "translator1"}));
  ASSERT_EQ(tm.units.size(), 2u);
  const TranslationUnit& u = tm.units[0];
  EXPECT_EQ(u.tuid, "7");
  EXPECT_EQ(u.creationdate, "20010203T040506Z");
  EXPECT_EQ(u.attributes.at(0).first, "usagecount");
  EXPECT_EQ(u.notes.at(0), "checked");
  EXPECT_EQ(u.props.at(0), (Property{"x-domain", "diplomacy"}));
  ASSERT_EQ(u.variants.size(), 2u);
  EXPECT_EQ(u.variants[0].lang, "VI");  // from lang=
  EXPECT_EQ(u.variants[0].text, "Hai bên nhất trí tăng cường hợp tác.");
  EXPECT_TRUE(u.variants[0].markup.empty());
  EXPECT_EQ(u.variants[0].props.at(0), (Property{"x-origin", "corpus"}));
  EXPECT_EQ(u.variants[0].attributes.at(0).first, "creationid");
  EXPECT_EQ(u.variants[1].lang, "EN-US");
  EXPECT_EQ(tm.units[1].variants[0].text, "Quan hệ & đối tác <chiến lược>");
  EXPECT_EQ(tm.units[1].variants[1].text, "Relations & \"strategic\" partners\u2014now");
}

TEST(TmxReader, ReadsTmx11WithLangAttributes) {
  TmxReader reader(fixture("tmx11_lang.tmx"));
  EXPECT_EQ(reader.version(), "1.1");
  expect_tmx11_content(read_tmx(fixture("tmx11_lang.tmx")));
}

TEST(TmxReader, ReadsUtf16WithAndWithoutByteOrderMark) {
  expect_tmx11_content(read_tmx(fixture("utf16le_bom.tmx")));
  expect_tmx11_content(read_tmx(fixture("utf16be_bom.tmx")));
  expect_tmx11_content(read_tmx(fixture("utf16le_nobom.tmx")));
}

TEST(TmxReader, InlineTagsKeepMarkupAndPlainText) {
  TranslationMemory tm = read_tmx(fixture("inline_tags.tmx"));
  ASSERT_EQ(tm.units.size(), 2u);
  const Variant& en = tm.units[0].variants[1];
  EXPECT_EQ(en.text, "Press Save to save.");
  EXPECT_EQ(en.markup,
            "Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> to save<ph "
            "x=\"2\">&lt;br/&gt;</ph>.");
  const Variant& vi2 = tm.units[1].variants[0];
  EXPECT_EQ(vi2.text, "Xem hình 1");  // hi text kept; codes and the sub-flow in ph left out
  EXPECT_NE(vi2.markup.find("<sub>Ảnh</sub>"), std::string::npos);
  EXPECT_NE(vi2.markup.find("<ut>{\\b}</ut>"), std::string::npos);
}

TEST(TmxReader, InlineTagsRoundTripExactly) {
  TranslationMemory tm = read_tmx(fixture("inline_tags.tmx"));
  std::string dir = test::temp_dir("roundtrip");
  write_tmx(dir + "/a.tmx", tm.header, tm.units);
  TranslationMemory again = read_tmx(dir + "/a.tmx");
  ASSERT_EQ(again.units.size(), tm.units.size());
  for (size_t i = 0; i < tm.units.size(); ++i)
    for (size_t k = 0; k < tm.units[i].variants.size(); ++k) {
      EXPECT_EQ(again.units[i].variants[k].markup, tm.units[i].variants[k].markup);
      EXPECT_EQ(again.units[i].variants[k].text, tm.units[i].variants[k].text);
    }
  // Writing what was read gives the same bytes again.
  write_tmx(dir + "/b.tmx", again.header, again.units);
  EXPECT_EQ(test::slurp(dir + "/a.tmx"), test::slurp(dir + "/b.tmx"));
  if (!test::tmx14_dtd().empty()) {
    EXPECT_EQ(test::dtd_validate(dir + "/a.tmx"), 0);
  }
}

TEST(TmxReader, Tmx11RoundTripBecomesValidTmx14) {
  TranslationMemory tm = read_tmx(fixture("utf16le_bom.tmx"));
  std::string dir = test::temp_dir("tmx11");
  write_tmx(dir + "/a.tmx", tm.header, tm.units);
  std::string xml = test::slurp(dir + "/a.tmx");
  EXPECT_NE(xml.find("<tuv xml:lang=\"VI\" creationid=\"a\">"), std::string::npos) << xml;
  EXPECT_NE(xml.find("creationid=\"translator1\""), std::string::npos);
  EXPECT_NE(xml.find("<note>checked</note>"), std::string::npos);
  TranslationMemory again = read_tmx(dir + "/a.tmx");
  expect_tmx11_content(again);
  if (!test::tmx14_dtd().empty()) {
    EXPECT_EQ(test::dtd_validate(dir + "/a.tmx"), 0) << xml;
  }
}

// Open descriptors of this process.
size_t open_descriptors() {
  size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
  return n;
}

TEST(TmxReader, ErrorsAfterOpeningTheFileLeakNoDescriptor) {
  // Each of these fails inside TmxReader's constructor after the file is open (a half-built object
  // whose destructor never runs): the file must still be closed, or a long-running caller (a
  // batch, the review server) runs out of descriptors.
  const std::string dir = test::temp_dir("leak");
  std::vector<std::string> bad;
  for (const auto& [name, content] : std::vector<std::pair<std::string, std::string>>{
           {"root.tmx", "<?xml version=\"1.0\"?><martif/>"},
           {"cut.tmx", "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"vi\""},
           {"entity.tmx", "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY a \"b\">]><tmx/>"},
           {"u16.tmx", std::string("\xFF\xFE<\0x\0", 6)}}) {
    bad.push_back(dir + "/" + name);
    test::spit(bad.back(), content);
  }
  bad.push_back(fixture("mismatched.tmx"));
  const size_t before = open_descriptors();
  for (int round = 0; round < 50; ++round)
    for (const auto& path : bad) EXPECT_THROW(read_tmx(path), Error) << path;
  EXPECT_EQ(open_descriptors(), before);
}

TEST(TmxReader, RefusesEntityDeclarations) {
  std::string e = read_error(fixture("billion_laughs.tmx"));
  EXPECT_NE(e.find("billion_laughs.tmx:3:3: the document declares entities"), std::string::npos) << e;
  e = read_error(fixture("external_entity.tmx"));
  EXPECT_NE(e.find("declares entities"), std::string::npos) << e;
  EXPECT_EQ(e.find("root:"), std::string::npos);  // nothing of /etc/passwd
}

TEST(TmxReader, MalformedFilesGiveLineAndColumn) {
  std::string e = read_error(fixture("mismatched.tmx"));
  EXPECT_NE(e.find("mismatched.tmx:7:34: end tag </tuv> does not match <seg> opened at line 7, column 26"),
            std::string::npos)
      << e;
  e = read_error(fixture("truncated.tmx"));
  EXPECT_NE(e.find("truncated"), std::string::npos) << e;
  EXPECT_NE(e.find("truncated.tmx:14:7:"), std::string::npos) << e;

  // Cut after a complete tag: the open elements are reported.
  std::string cut = write_temp("cut.tmx", std::string(kHead) + "<tu><tuv xml:lang=\"vi\"><seg>a</seg></tuv>");
  e = read_error(cut);
  EXPECT_NE(e.find("<tu> opened at line 5, column 1 is not closed (truncated file?)"), std::string::npos)
      << e;

  struct Case {
    std::string body;
    std::string expect;
  } cases[] = {
      {"<tu><tuv xml:lang=\"vi\"><seg>a &nbsp; b</seg></tuv></tu>", ":5:31: undefined entity &nbsp;"},
      {"<tu><tuv xml:lang=\"vi\"><seg>a & b</seg></tuv></tu>", ":5:31: '&' must start"},
      {"<tu><tuv xml:lang=\"vi\"><seg>\x01</seg></tuv></tu>", ":5:29: character U+0001"},
      {"<tu><tuv xml:lang=\"vi\"><seg>Việt\xC3</seg></tuv></tu>", ":5:33: invalid UTF-8"},
      {"<tu><tuv><seg>x</seg></tuv></tu>", ":5:5: <tuv> has no xml:lang"},
      {"<tu></tu>", ":5:1: <tu> without any <tuv>"},
      {"<tu><tuv xml:lang=\"vi\"><seg><b>x</b></seg></tuv></tu>", ":5:29: <b> is not a TMX inline element"},
      {"<tu tuid=1><tuv xml:lang=\"vi\"><seg>x</seg></tuv></tu>", ":5:10: attribute value must be quoted"},
      {"<tu a=\"1\" a=\"2\"><tuv xml:lang=\"vi\"><seg>x</seg></tuv></tu>",
       ":5:11: attribute a appears twice"},
      {"<tu><tuv xml:lang=\"vi\"><seg>&#0;</seg></tuv></tu>", ":5:29: character reference &#0;"},
      {"<tu><tuv xml:lang=\"vi\"><seg><sub>x</sub></seg></tuv></tu>",
       ":5:29: <sub> is not allowed inside <seg>"},
      {"<tu><tuv xml:lang=\"vi\"><seg><ph><hi>x</hi></ph></seg></tuv></tu>",
       ":5:33: <hi> is not allowed inside <ph>"},
  };
  for (const auto& c : cases) {
    std::string path = write_temp("bad.tmx", std::string(kHead) + c.body + "\n</body>\n</tmx>\n");
    e = read_error(path);
    EXPECT_NE(e.find("bad.tmx" + c.expect), std::string::npos) << c.body << " -> " << e;
  }
  EXPECT_NE(read_error(write_temp("x.tmx", "<?xml version=\"1.0\"?><martif/>")).find("not a TMX file"),
            std::string::npos);
  EXPECT_NE(read_error(write_temp("e.tmx", "")).find("no root element"), std::string::npos);
  EXPECT_NE(read_error(write_temp("t.tmx", "hello")).find("text before the root element"), std::string::npos);
  EXPECT_NE(read_error("/nonexistent/x.tmx").find("cannot open"), std::string::npos);
}

// A file cut at any byte, or with any byte changed, gives a clean Error (or, for a change that keeps
// it well-formed, a memory) -- never a crash, a hang or a silently shorter memory.
TEST(TmxReader, EveryTruncationAndByteFlipIsHandled) {
  std::string dir = test::temp_dir("cuts");
  for (const char* name : {"inline_tags.tmx", "tmx11_lang.tmx", "utf16le_bom.tmx"}) {
    std::string bytes = test::slurp(fixture(name));
    size_t full_units = read_tmx(fixture(name)).units.size();
    std::string path = dir + "/cut.tmx";
    for (size_t cut = 0; cut < bytes.size(); ++cut) {
      test::spit(path, bytes.substr(0, cut));
      try {
        TranslationMemory tm = read_tmx(path);
        // Only a cut inside the trailing white space after </tmx> may still read, and then whole.
        ASSERT_EQ(tm.units.size(), full_units) << name << " cut at " << cut;
      } catch (const Error& e) {
        ASSERT_EQ(e.kind(), ErrorKind::kBadInput);
      }
    }
    uint64_t state = 42;
    for (int round = 0; round < 400; ++round) {
      std::string mutated = bytes;
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      size_t at = (state >> 33) % mutated.size();
      mutated[at] = static_cast<char>(state >> 20);
      test::spit(path, mutated);
      try {
        read_tmx(path);
      } catch (const Error& e) {
        ASSERT_EQ(e.kind(), ErrorKind::kBadInput);
      }
    }
  }
}

TEST(TmxReader, AcceptsCdataCommentsCrlfAndEmptyBody) {
  std::string body =
      "<!-- a comment with <tu> inside -->\r\n<tu><tuv xml:lang=\"vi\"><seg><![CDATA[a <b> & c]]>\r\nd</seg>"
      "</tuv><tuv xml:lang='en'><seg/></tuv></tu>";
  TranslationMemory tm = read_tmx(write_temp("ok.tmx", std::string(kHead) + body + "</body></tmx>"));
  ASSERT_EQ(tm.units.size(), 1u);
  EXPECT_EQ(tm.units[0].variants[0].text, "a <b> & c\nd");
  EXPECT_EQ(tm.units[0].variants[1].text, "");
  tm = read_tmx(write_temp("empty.tmx", "<tmx version=\"1.4\"><header srclang=\"vi\"/><body/></tmx>"));
  EXPECT_TRUE(tm.units.empty());
  EXPECT_EQ(tm.header.srclang, "vi");
}

TEST(TmxReader, StreamsUnitsOneByOne) {
  std::string dir = test::temp_dir("streamread");
  TmHeader h;
  h.srclang = "vi";
  {
    TmxWriter w(dir + "/big.tmx", h);
    TranslationUnit u;
    u.variants = {Variant{"vi", "", "", {}, {}, {}}, Variant{"en", "", "", {}, {}, {}}};
    for (int i = 0; i < 20000; ++i) {
      u.tuid = std::to_string(i);
      u.variants[0].text = "Câu thứ " + std::to_string(i) + std::string(40, 'x');
      u.variants[1].text = "Sentence " + std::to_string(i);
      w.write(u);
    }
    w.finish();
  }
  TmxReader reader(dir + "/big.tmx");
  TranslationUnit u;
  size_t n = 0;
  while (reader.next(u)) {
    ASSERT_EQ(u.tuid, std::to_string(n));
    ASSERT_EQ(u.variants[1].text, "Sentence " + std::to_string(n));
    ++n;
  }
  EXPECT_EQ(n, 20000u);
}

}  // namespace
}  // namespace songngu
