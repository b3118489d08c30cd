#include "text/line_column.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

void expect_at(std::string_view text, size_t offset, size_t line, size_t column) {
  const LineColumn at = line_column_at(text, offset);
  EXPECT_EQ(at.line, line) << text << " @" << offset;
  EXPECT_EQ(at.column, column) << text << " @" << offset;
}

TEST(LineColumnAt, CountsLinesAndCharacters) {
  expect_at("abc", 0, 1, 1);
  expect_at("abc", 2, 1, 3);
  expect_at("ab\ncd", 3, 2, 1);
  expect_at("ab\ncd", 4, 2, 2);
  // Columns count characters: in "Hà Nội", N is at byte 4, column 4; i at byte 8, column 6.
  expect_at("Hà Nội", 4, 1, 4);
  expect_at("Hà Nội", 8, 1, 6);
  expect_at("서울\n한국", 10, 2, 2);
}

TEST(LineColumnAt, CrlfIsOneBreakAndLoneCrIsABreak) {
  expect_at("a\r\nb", 3, 2, 1);
  expect_at("a\rb", 2, 2, 1);
  expect_at("a\r\n\r\nb\rc", 7, 4, 1);
  expect_at("a\n\nb", 3, 3, 1);
}

TEST(LineColumnAt, ClampsPastTheEnd) {
  expect_at("ab\nc", 100, 2, 2);
  expect_at("", 5, 1, 1);
}

}  // namespace
}  // namespace songngu
