#include "read/blocks.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(BlockBuilder, CollapsesSpacesInHtmlModeAndKeepsLineBreaks) {
  BlockBuilder b(true);
  b.text("  Một   hai\n\tba ");
  b.line_break();
  b.text("  bốn  ");
  b.end_block(BlockKind::kParagraph);
  ASSERT_EQ(b.blocks().size(), 1u);
  EXPECT_EQ(b.blocks()[0].text, "Một hai ba\nbốn");
}

TEST(BlockBuilder, KeepsEverySpaceInDocxModeAndDropsEmptyBlocks) {
  BlockBuilder b(false);
  b.text("a  b");
  b.spaces(3);
  b.text("c");
  b.end_block(BlockKind::kHeading);
  b.text("   ");
  b.line_break();
  b.end_block(BlockKind::kParagraph);
  ASSERT_EQ(b.blocks().size(), 1u);
  EXPECT_EQ(b.blocks()[0].text, "a  b   c");
  EXPECT_EQ(b.blocks()[0].kind, BlockKind::kHeading);
}

TEST(BlockBuilder, NeverLeavesABlankLineInsideABlock) {
  BlockBuilder b(true);
  b.text("x");
  b.line_break();
  b.line_break();
  b.text(" ");
  b.line_break();
  b.text("y");
  b.end_block(BlockKind::kParagraph);
  EXPECT_EQ(b.blocks()[0].text, "x\ny");
}

TEST(BlocksAsText, OneParagraphPerBlock) {
  const TextFile f = blocks_as_text({{BlockKind::kHeading, "Tiêu đề"}, {BlockKind::kParagraph, "Câu một."}},
                                    "a.html", "UTF-8");
  EXPECT_EQ(f.text, "Tiêu đề\n\nCâu một.\n");
  EXPECT_TRUE(f.converted);
  EXPECT_EQ(f.path, "a.html");
}

}  // namespace
}  // namespace songngu
