#include "read/read_document.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>

#include "base/error.h"

namespace songngu {
namespace {

const std::string kDir = SONGNGU_TEST_DATA_DIR "/read/";

TEST(ReadDocument, SameTextFromHtmlDocxAndOdtOfOnePage) {
  // The DOCX and ODT were made from page.en.html by LibreOffice; what LibreOffice turned into
  // ordinary text (the nav line, the hidden paragraphs, the footer) is text there, so only the
  // blocks every version has are compared.
  const auto html = read_document_text(kDir + "page.en.html", DocumentFormat::kHtml, {});
  const auto docx = read_document_text(kDir + "page.en.docx", DocumentFormat::kDocx, {});
  const auto odt = read_document_text(kDir + "page.en.odt", DocumentFormat::kOdt, {});
  for (const auto* d : {&docx, &odt}) {
    ASSERT_GT(d->blocks.size(), 8u);
    for (size_t i = 0; i < 8; ++i) EXPECT_EQ(d->blocks[i + 1].text, html.blocks[i].text) << i;
    EXPECT_TRUE(d->file.converted);
  }
  EXPECT_EQ(html.blocks.size(), 16u);
}

TEST(ReadDocument, PlainTextIsTheTextLayersUnchanged) {
  const auto text = read_document_text(kDir + "page.en.html", DocumentFormat::kText, {});
  EXPECT_TRUE(text.blocks.empty());
  EXPECT_NE(text.file.text.find("<nav>"), std::string::npos);  // never sniffed: the tags are text
}

TEST(ReadDocument, KindsComeFromTheBlocks) {
  DocumentText text;
  text.blocks = {
      {BlockKind::kHeading, "Tiêu đề"}, {BlockKind::kTableCell, "Phím"}, {BlockKind::kListItem, "Một."}};
  text.file = blocks_as_text(text.blocks, "x.html", "UTF-8");
  Document doc;
  doc.segments.resize(3);
  doc.segments[0].span = {0, 10};
  doc.segments[1].span = {text.file.text.find("Phím"), text.file.text.find("Phím") + 6};
  doc.segments[1].kind = SegmentKind::kHeading;  // the segmenter's guess for a short line
  doc.segments[2].span = {text.file.text.find("Một"), text.file.text.size() - 1};
  apply_block_kinds(doc, text);
  EXPECT_EQ(doc.segments[0].kind, SegmentKind::kHeading);
  EXPECT_EQ(doc.segments[1].kind, SegmentKind::kSentence);
  EXPECT_EQ(doc.segments[2].kind, SegmentKind::kListItem);
}

// The text of `block` that `span` covers.
std::string covered(const Block& block, const InlineSpan& span) {
  return block.text.substr(span.begin, span.end - span.begin);
}

TEST(ReadDocument, FormattingSpansFromHtmlDocxAndOdtOfOnePage) {
  // tags.vi.html by hand; the DOCX and ODT made from it by LibreOffice (tests/data/read/README.md).
  for (const auto& [file, format] :
       {std::pair{"tags.vi.html", DocumentFormat::kHtml}, std::pair{"tags.vi.docx", DocumentFormat::kDocx},
        std::pair{"tags.vi.odt", DocumentFormat::kOdt}}) {
    SCOPED_TRACE(file);
    const auto doc = read_document_text(kDir + file, format, {});
    std::map<std::string, const Block*> by_text;
    for (const auto& b : doc.blocks) by_text[b.text] = &b;
    const Block* love = by_text["Tôi yêu Hà Nội. Trời hôm nay đẹp."];
    const Block* choose = by_text["Chọn Định dạng - Ký tự rồi nhấn Đồng ý."];
    const Block* link = by_text["Đọc thêm ở trang chính của dự án."];
    const Block* none = by_text["Không có định dạng ở câu này."];
    ASSERT_TRUE(love && choose && link && none);
    ASSERT_EQ(love->spans.size(), 1u);
    EXPECT_EQ(love->spans[0].kind, InlineKind::kBold);
    EXPECT_EQ(covered(*love, love->spans[0]), "Hà Nội");
    ASSERT_EQ(choose->spans.size(), 2u);
    EXPECT_EQ(choose->spans[0].kind, InlineKind::kBold);
    EXPECT_EQ(covered(*choose, choose->spans[0]), "Định dạng - Ký tự");
    EXPECT_EQ(choose->spans[1].kind, InlineKind::kItalic);
    EXPECT_EQ(covered(*choose, choose->spans[1]), "Đồng ý");
    ASSERT_FALSE(link->spans.empty());
    EXPECT_EQ(link->spans[0].kind, InlineKind::kLink);
    EXPECT_EQ(covered(*link, link->spans[0]), "trang chính");
    EXPECT_TRUE(none->spans.empty());
  }
}

TEST(ReadDocument, MissingFileNamesIt) {
  for (auto f : {DocumentFormat::kHtml, DocumentFormat::kDocx, DocumentFormat::kOdt}) {
    try {
      read_document_text(kDir + "nope", f, {});
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
      EXPECT_EQ(e.where().file, kDir + "nope");
    }
  }
}

}  // namespace
}  // namespace songngu
