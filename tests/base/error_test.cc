#include "base/error.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(FormatMessage, FillsNumberedPlaceholders) {
  EXPECT_EQ(format_message("{1}: bad at {2}", {"a.txt", "12"}), "a.txt: bad at 12");
  EXPECT_EQ(format_message("{2}{1}", {"x", "y"}), "yx");
}

TEST(FormatMessage, LeavesUnknownPlaceholdersAndBraces) {
  EXPECT_EQ(format_message("{3} {x} {", {"a"}), "{3} {x} {");
}

TEST(Error, KeepsTemplateArgsAndKind) {
  Error e(ErrorKind::kUsage, "bad {1}", {"flag"});
  EXPECT_STREQ(e.what(), "bad flag");
  EXPECT_EQ(e.message_template(), "bad {1}");
  EXPECT_EQ(e.kind(), ErrorKind::kUsage);
}

}  // namespace
}  // namespace songngu
