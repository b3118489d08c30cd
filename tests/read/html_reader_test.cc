#include "read/html_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/error.h"
#include "read/read_document.h"

namespace songngu {
namespace {

std::vector<std::string> texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) out.push_back(b.text);
  return out;
}

TEST(HtmlReader, BlocksWithKindsAndNoBoilerplate) {
  const auto blocks = html_blocks(
      "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><header>Logo</header>"
      "<h1>Tiêu <b>đề</b></h1><p>Một &amp; hai&nbsp;ba.</p><script>var x='<p>no</p>';</script>"
      "<ul><li>mục một<li>mục hai</ul><table><caption>Bảng</caption><tr><td>ô 1<td>ô 2</table>"
      "<p hidden>ẩn</p><div style='display : none'>ẩn</div><span aria-hidden=true>ẩn</span>"
      "<footer>©</footer></body></html>");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Tiêu đề", "Một & hai\u00A0ba.", "mục một", "mục hai",
                                                     "Bảng", "ô 1", "ô 2"}));
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[4].kind, BlockKind::kCaption);
  EXPECT_EQ(blocks[5].kind, BlockKind::kTableCell);
}

// LibreOffice's help: a switch's variants are all hidden, and the page's script shows one. They are
// read (as LibreOffice's conversion of the page reads them), a lone hidden span is not.
TEST(HtmlReader, HiddenVariantsOfASwitchAreRead) {
  const auto blocks = html_blocks(
      "<p>Nhấn <span class=\"switchinline\"><span hidden=\"true\" class=\"MAC\">Command</span>\n"
      "<span hidden=\"true\">Ctrl</span></span>+F6.</p>"
      "<p>Một <span><span hidden>ẩn</span></span>câu.</p>"
      "<p>Hai <span><span hidden>ẩn</span>hiện</span>.</p>"
      "<div><div hidden>thẻ 1</div><div hidden>thẻ 2</div></div>");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Nhấn Command Ctrl+F6.", "Một câu.", "Hai hiện."}));
}

TEST(HtmlReader, InlineElementsDoNotSplitAndBrIsALineBreak) {
  const auto blocks = html_blocks("<p>Tôi yêu <b>Hà\n   Nội</b>.<br>Trời đẹp.</p><div>a<p>b</p>c</div>");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Tôi yêu Hà Nội.\nTrời đẹp.", "a", "b", "c"}));
}

TEST(HtmlReader, PreKeepsItsLines) {
  const auto blocks = html_blocks("<pre>x  = 1\ny = 2</pre>");
  EXPECT_EQ(texts(blocks), (std::vector<std::string>{"x  = 1\ny = 2"}));
}

TEST(HtmlReader, DeclaredCharset) {
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"windows-1258\">"), "windows-1258");
  EXPECT_EQ(declared_charset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=EUC-KR'>"),
            "euc-kr");
  EXPECT_EQ(declared_charset("<p>charset=koi8-r</p>"), "");
}

std::string write_file(const std::string& name, const std::string& bytes) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(HtmlReader, DecodesTheDeclaredCharset) {
  // "Hoà" in windows-1258: o + combining grave (0xCC).
  const std::string path = write_file("cp1258.html", "<meta charset=windows-1258><p>Ho\xCC\x61</p>");
  std::string encoding;
  const auto blocks = read_html(path, {}, encoding);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, "H\u00F2a");  // decoded text is put in NFC: o + combining grave is one letter
  EXPECT_EQ(encoding, "windows-1258");
}

TEST(HtmlReader, UnknownDeclaredCharsetIsBadInputNamingTheFile) {
  const std::string path = write_file("bad-charset.html", "<meta charset=x-nonsense-42><p>a\xFF</p>");
  std::string encoding;
  try {
    read_html(path, {}, encoding);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.where().file, path);
  }
}

TEST(HtmlReader, BinaryFileWithHtmlExtensionIsRejected) {
  const std::string path = write_file("zip.html", std::string("PK\x03\x04\0\0\0\0", 8));
  EXPECT_THROW(read_document_text(path, DocumentFormat::kHtml, {}), Error);
}

}  // namespace
}  // namespace songngu
