#include "read/document_format.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace songngu {
namespace {

TEST(DocumentFormat, FromTheExtensionOnly) {
  EXPECT_EQ(format_from_extension("a/b/page.html"), DocumentFormat::kHtml);
  EXPECT_EQ(format_from_extension("PAGE.HTM"), DocumentFormat::kHtml);
  EXPECT_EQ(format_from_extension("x.xhtml"), DocumentFormat::kHtml);
  EXPECT_EQ(format_from_extension("báo cáo.DocX"), DocumentFormat::kDocx);
  EXPECT_EQ(format_from_extension("x.odt"), DocumentFormat::kOdt);
  EXPECT_EQ(format_from_extension("x.txt"), DocumentFormat::kText);
  EXPECT_EQ(format_from_extension("statement.vi"), DocumentFormat::kText);
  EXPECT_EQ(format_from_extension("dir.html/file"), DocumentFormat::kText);
  EXPECT_EQ(format_from_extension(".html"), DocumentFormat::kText);  // a hidden file named .html
  EXPECT_EQ(format_from_extension("-"), DocumentFormat::kText);
}

TEST(DocumentFormat, FromOverridesTheExtension) {
  EXPECT_EQ(document_format("a.txt", "html"), DocumentFormat::kHtml);
  EXPECT_EQ(document_format("a.html", "text"), DocumentFormat::kText);
  EXPECT_EQ(document_format("a.html", ""), DocumentFormat::kHtml);
  try {
    document_format("a.txt", "pdf");
    FAIL() << "pdf accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
  }
}

}  // namespace
}  // namespace songngu
