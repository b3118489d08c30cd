#include "base/escape.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(Escape, JsonStringEscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(json_string("a\"b\\c\nd\te\x01"), R"("a\"b\\c\nd\te\u0001")");
  EXPECT_EQ(json_string("Việt \x7f"), "\"Việt \x7f\"");  // UTF-8 and DEL pass through
}

TEST(Escape, HtmlEscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(html_escape("a<b>&\"c\"'d' Việt"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39; Việt");
  std::string out = "x";
  append_html_escaped(out, "<");
  EXPECT_EQ(out, "x&lt;");
}

}  // namespace
}  // namespace songngu
