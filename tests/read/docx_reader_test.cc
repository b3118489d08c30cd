#include "read/docx_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "base/error.h"
#include "read/zip_archive.h"
#include "zip_test_util.h"

namespace songngu {
namespace {

const std::string kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string doc(const std::string& body) {
  return "<w:document " + kW + "><w:body>" + body + "</w:body></w:document>";
}

std::vector<std::string> texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) out.push_back(b.text);
  return out;
}

TEST(DocxReader, RunsMergeAndSpacesAreKept) {
  const auto blocks = docx_blocks(
      doc("<w:p><w:r><w:t>Tôi yêu </w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr>"
          "<w:t>Hà Nội</w:t></w:r><w:bookmarkStart w:id=\"0\"/><w:r><w:t>.</w:t></w:r><w:r><w:t "
          "xml:space=\"preserve\"> "
          "</w:t></w:r><w:r><w:t>Trời</w:t><w:tab/><w:t>đẹp</w:t><w:br/><w:t>lắm</w:t><w:noBreakHyphen/></"
          "w:r></w:p>"),
      "", "", "t.docx");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Tôi yêu Hà Nội. Trời\tđẹp\nlắm\u2011"}));
}

TEST(DocxReader, TrackedChangesAcceptedFieldsByResultAlternateContentOnce) {
  const auto blocks = docx_blocks(
      doc("<w:p><w:r><w:t>A</w:t></w:r><w:ins w:id=\"1\"><w:r><w:t>B</w:t></w:r></w:ins>"
          "<w:del w:id=\"2\"><w:r><w:delText>X</w:delText></w:r></w:del>"
          "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
          "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
          "<mc:AlternateContent xmlns:mc=\"m\"><mc:Choice "
          "Requires=\"wps\"><w:r><w:t>C</w:t></w:r></mc:Choice>"
          "<mc:Fallback><w:r><w:t>C</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"),
      "", "", "t.docx");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"AB7C"}));
}

TEST(DocxReader, KindsTablesAndFootnotesInPlace) {
  const std::string footnotes =
      "<w:footnotes " + kW +
      "><w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Chú thích.</w:t></w:r></w:p></w:footnote></w:footnotes>";
  const auto blocks =
      docx_blocks(doc("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p>"
                      "<w:p><w:r><w:t>Câu.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ô "
                      "2</w:t></w:r></w:p>"
                      "</w:tc></w:tr></w:tbl><w:p><w:pPr><w:numPr><w:numId "
                      "w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>mục</w:t>"
                      "</w:r></w:p><w:p/><w:sectPr/>"),
                  footnotes, "", "t.docx");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Tiêu đề", "Câu.", "Chú thích.", "ô 1", "ô 2", "mục"}));
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[2].kind, BlockKind::kFootnote);
  EXPECT_EQ(blocks[3].kind, BlockKind::kTableCell);
  EXPECT_EQ(blocks[5].kind, BlockKind::kListItem);
}

TEST(DocxReader, TextBoxReadOnceAfterItsParagraph) {
  const auto blocks = docx_blocks(
      doc("<w:p><w:r><w:t>Neo.</w:t></w:r><w:r><mc:AlternateContent "
          "xmlns:mc=\"m\"><mc:Choice><w:drawing><wps:txbx "
          "xmlns:wps=\"s\"><w:txbxContent><w:p><w:r><w:t>Hộp.</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
          "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox "
          "xmlns:v=\"v\"><w:txbxContent><w:p><w:r><w:t>Hộp."
          "</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></"
          "w:r></w:p>"),
      "", "", "t.docx");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Neo.", "Hộp."}));
}

TEST(DocxReader, BrokenXmlNamesFileAndPart) {
  try {
    docx_blocks("<w:document><w:body><w:p>", "", "", "bad.docx");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.where().file, "bad.docx");
    EXPECT_NE(std::string(e.what()).find("word/document.xml"), std::string::npos);
  }
}

TEST(DocxReader, MainPartNamedByTheRelationshipsIsReadAndNamedInErrors) {
  const std::string rels =
      "<Relationships><Relationship Id=\"r1\" Target=\"/doc/main.xml\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
      "</Relationships>";
  const std::string good = testing::write_zip(
      "renamed.docx",
      {{"_rels/.rels", rels}, {"doc/main.xml", doc("<w:p><w:r><w:t>Câu.</w:t></w:r></w:p>")}});
  EXPECT_EQ(texts(read_docx(good)), (std::vector<std::string>{"Câu."}));
  auto message = [](const std::string& path) {
    try {
      read_docx(path);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string broken = testing::write_zip(
      "renamed-broken.docx", {{"_rels/.rels", rels}, {"doc/main.xml", "<w:document><w:body><w:p>"}});
  EXPECT_NE(message(broken).find("doc/main.xml"), std::string::npos) << message(broken);
  const std::string broken_notes = testing::write_zip(
      "renamed-notes.docx",
      {{"_rels/.rels", rels}, {"doc/main.xml", doc("<w:p/>")}, {"doc/footnotes.xml", "<w:footnotes>"}});
  EXPECT_NE(message(broken_notes).find("doc/footnotes.xml"), std::string::npos) << message(broken_notes);
  const std::string missing = testing::write_zip("renamed-missing.docx", {{"_rels/.rels", rels}});
  EXPECT_NE(message(missing).find("no doc/main.xml"), std::string::npos) << message(missing);
}

TEST(DocxReader, EntityDeclarationsRefused) {
  EXPECT_THROW(
      docx_blocks("<!DOCTYPE d [<!ENTITY a \"aaaa\">]><w:document><w:body/></w:document>", "", "", "e.docx"),
      Error);
}

TEST(DocxReader, NotAZipOrAnOdtOrOleIsAClearError) {
  const std::string text_path = ::testing::TempDir() + "plain.docx";
  std::ofstream(text_path) << "just text\n";
  EXPECT_THROW(read_docx(text_path), Error);
  const std::string ole = ::testing::TempDir() + "encrypted.docx";
  std::ofstream(ole, std::ios::binary)
      << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << std::string(600, '\0');
  try {
    read_docx(ole);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("password"), std::string::npos) << e.what();
  }
  const std::string odt = testing::write_zip("really-odt.docx", {{"content.xml", "<x/>"}});
  try {
    read_docx(odt);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("OpenDocument"), std::string::npos) << e.what();
  }
}

TEST(ZipArchive, RefusesAPartPastTheLimit) {
  const std::string bomb =
      testing::write_zip("bomb.docx", {{"word/document.xml", std::string(3 << 20, ' ')}});
  ZipLimits limits;
  limits.max_part_bytes = 1 << 20;
  ZipArchive zip(bomb, "DOCX", limits);
  try {
    zip.read("word/document.xml");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("zip bomb"), std::string::npos) << e.what();
  }
  ZipLimits ratio;
  ratio.max_ratio = 10;
  ZipArchive zip2(bomb, "DOCX", ratio);
  EXPECT_THROW(zip2.read("word/document.xml"), Error);
  ZipLimits loose;
  loose.max_ratio = size_t{1} << 30;
  ZipArchive zip3(bomb, "DOCX", loose);
  EXPECT_EQ(zip3.read("word/document.xml")->size(), size_t{3} << 20);
  EXPECT_FALSE(zip3.read("missing.xml").has_value());
}

TEST(DocxReader, LibreOfficeFixture) {
  const auto blocks = read_docx(SONGNGU_TEST_DATA_DIR "/read/page.vi.docx");
  const auto t = texts(blocks);
  ASSERT_GE(t.size(), 10u);
  // The nav line is a plain paragraph in the DOCX (LibreOffice kept it as text).
  EXPECT_EQ(t[1], "Điền ô tự động");
  EXPECT_EQ(blocks[1].kind, BlockKind::kHeading);
  EXPECT_EQ(t[2], "Chức năng này tự động điền nội dung vào các ô. Bạn có thể chọn hướng điền.");
  EXPECT_EQ(t[3], "Ô đầu tiên của vùng chọn được sao chép\nvào các ô còn lại.");
  EXPECT_NE(std::find(t.begin(), t.end(), "Dấu chấm là dấu phân cách hàng nghìn."), t.end());
  // LibreOffice's HTML import ignores the hidden attribute: in the DOCX it is ordinary visible text.
  EXPECT_NE(std::find(t.begin(), t.end(), "Đoạn ẩn này không được đọc."), t.end());
}

}  // namespace
}  // namespace songngu
