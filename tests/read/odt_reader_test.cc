#include "read/odt_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "base/error.h"
#include "zip_test_util.h"

namespace songngu {
namespace {

std::string content(const std::string& body, const std::string& styles = "") {
  return "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\" xmlns:table=\"b\" xmlns:draw=\"d\" "
         "xmlns:style=\"s\"><office:automatic-styles>" +
         styles + "</office:automatic-styles><office:body><office:text>" + body +
         "</office:text></office:body></office:document-content>";
}

std::vector<std::string> texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) out.push_back(b.text);
  return out;
}

TEST(OdtReader, SpacesTabsLineBreaksAndSpans) {
  const auto blocks =
      odt_blocks(content("<text:p>Tôi  yêu<text:span> </text:span><text:span>Hà Nội</text:span>."
                         "<text:s text:c=\"3\"/>x<text:tab/>y<text:line-break/>z<text:s/></text:p>"),
                 "t.odt");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Tôi yêu Hà Nội.   x\ty\nz"}));
}

TEST(OdtReader, KindsNotesListsTablesCaptions) {
  const auto blocks = odt_blocks(
      content("<text:tracked-changes><text:changed-region><text:deletion><text:p>Xoá</text:p></text:deletion>"
              "</text:changed-region></text:tracked-changes>"
              "<text:h text:outline-level=\"1\">Tiêu đề</text:h>"
              "<text:p>Câu.<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
              "<text:note-body><text:p>Chú thích.</text:p></text:note-body></text:note> Tiếp.</text:p>"
              "<text:list><text:list-item><text:p>mục <text:bookmark "
              "text:name=\"b\"/>một</text:p></text:list-item>"
              "</text:list><table:table><table:table-column/><table:table-row><table:table-cell><text:p>ô "
              "1</text:p>"
              "</table:table-cell><table:covered-table-cell/></table:table-row></table:table>"
              "<text:p text:style-name=\"P9\">Hình 1</text:p><text:p>Có <office:annotation><text:p>ghi "
              "chú</text:p>"
              "</office:annotation>chú.</text:p>",
              "<style:style style:name=\"P9\" style:parent-style-name=\"Caption\"/>"),
      "t.odt");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Tiêu đề", "Câu. Tiếp.", "Chú thích.", "mục một", "ô 1",
                                                     "Hình 1", "Có chú."}));
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[2].kind, BlockKind::kFootnote);
  EXPECT_EQ(blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[4].kind, BlockKind::kTableCell);
  EXPECT_EQ(blocks[5].kind, BlockKind::kCaption);
}

TEST(OdtReader, NotAnOdtIsAClearError) {
  const std::string docx = testing::write_zip("really-docx.odt", {{"word/document.xml", "<x/>"}});
  try {
    read_odt(docx);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.where().file, docx);
    EXPECT_NE(std::string(e.what()).find("Word"), std::string::npos) << e.what();
  }
  const std::string encrypted = testing::write_zip(
      "encrypted.odt",
      {{"META-INF/manifest.xml", "<manifest:encryption-data/>"}, {"content.xml", "\x01\x02"}});
  try {
    read_odt(encrypted);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("password"), std::string::npos) << e.what();
  }
}

TEST(OdtReader, LibreOfficeFixture) {
  const auto blocks = read_odt(SONGNGU_TEST_DATA_DIR "/read/page.en.odt");
  const auto t = texts(blocks);
  auto has = [&](const std::string& s) { return std::find(t.begin(), t.end(), s) != t.end(); };
  EXPECT_TRUE(has("Filling cells automatically"));
  EXPECT_TRUE(has("The first cell of the selection is copied\ninto the remaining cells."));
  EXPECT_TRUE(has("Select the range of cells to fill."));
  EXPECT_TRUE(has("Fill down"));
  EXPECT_TRUE(has("The comma is the thousands separator."));
}

}  // namespace
}  // namespace songngu
