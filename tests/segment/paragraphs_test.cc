#include "segment/paragraphs.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

std::vector<std::string> texts(const std::vector<Paragraph>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(p.text);
  return out;
}

TEST(Paragraphs, BlankLineEndsAParagraphSingleBreakIsASoftWrap) {
  auto ps = split_paragraphs("Trong cuộc hội đàm tại\nVăn phòng.\n\nNhấn mạnh\nchuyến thăm.\n");
  EXPECT_EQ(texts(ps),
            (std::vector<std::string>{"Trong cuộc hội đàm tại Văn phòng.", "Nhấn mạnh chuyến thăm."}));
  EXPECT_EQ(ps[0].wraps, std::vector<size_t>{std::string("Trong cuộc hội đàm tại").size()});
}

TEST(Paragraphs, CrLfAndCrLineEnds) {
  EXPECT_EQ(texts(split_paragraphs("a\r\nb\r\n\r\nc")), (std::vector<std::string>{"a b", "c"}));
  EXPECT_EQ(texts(split_paragraphs("a\rb\r\rc\r")), (std::vector<std::string>{"a b", "c"}));
}

TEST(Paragraphs, SpacesAroundTheWrapBecomeOneSpaceOtherSpacesStay) {
  EXPECT_EQ(texts(split_paragraphs("  date  x \t\n   next  line  ")),
            (std::vector<std::string>{"date  x next  line"}));
}

TEST(Paragraphs, LineOfOnlySpacesIsBlank) {
  EXPECT_EQ(texts(split_paragraphs("a\n \t\xC2\xA0\nb")), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(split_paragraphs("\n\n  \n").empty());
  EXPECT_TRUE(split_paragraphs("").empty());
}

TEST(Paragraphs, HyphenGluedToAWordJoinsWithoutSpace) {
  EXPECT_EQ(texts(split_paragraphs("ASEAN - Hàn Quốc, Mekong-\nHàn Quốc, Việt Nam -\nHàn Quốc")),
            (std::vector<std::string>{"ASEAN - Hàn Quốc, Mekong-Hàn Quốc, Việt Nam - Hàn Quốc"}));
}

TEST(Paragraphs, LineLengthIsNeverUsed) {
  // A short line followed by a word that would have fitted: still a soft wrap.
  EXPECT_EQ(texts(split_paragraphs(
                "Nhấn mạnh chuyến thăm Hàn Quốc đầu tiên của Tổng Bí thư Tô\nLâm trên cương vị")),
            (std::vector<std::string>{
                "Nhấn mạnh chuyến thăm Hàn Quốc đầu tiên của Tổng Bí thư Tô Lâm trên cương vị"}));
}

TEST(Paragraphs, SourceOffsetsPointBackToTheInput) {
  std::string input = "\n x Mekong-\r\nHàn  y\n\nz";
  auto ps = split_paragraphs(input, 3);
  ASSERT_EQ(ps.size(), 2u);
  const Paragraph& p = ps[0];
  ASSERT_EQ(p.text, "x Mekong-Hàn  y");
  for (size_t i = 0; i < p.text.size(); ++i) EXPECT_EQ(input[p.source_of(i) - 3], p.text[i]) << i;
  EXPECT_EQ(p.source_begin(0), 3u + 2);
  EXPECT_EQ(p.source_end(p.text.size()), 3u + input.find("y") + 1);
  EXPECT_EQ(ps[1].source_begin(0), 3u + input.size() - 1);
}

TEST(Paragraphs, InsertedSpaceMapsToItsLineBreak) {
  std::string input = "ab \ncd";
  auto ps = split_paragraphs(input);
  ASSERT_EQ(ps[0].text, "ab cd");
  EXPECT_EQ(ps[0].source_of(2), 3u);
}

TEST(Paragraphs, TrimSpaces) {
  std::string s = "\xC2\xA0 a b \xE3\x80\x80";
  size_t b = 0, e = s.size();
  trim_spaces(s, b, e);
  EXPECT_EQ(s.substr(b, e - b), "a b");
}

}  // namespace
}  // namespace songngu
