#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace songngu {
namespace {

constexpr size_t npos = std::string_view::npos;

TEST(FindInvalidUtf8, AcceptsEveryBoundaryCodePoint) {
  const char* valid[] = {"\x7F",
                         "\xC2\x80",
                         "\xDF\xBF",
                         "\xE0\xA0\x80",
                         "\xED\x9F\xBF",
                         "\xEE\x80\x80",
                         "\xEF\xBF\xBF",
                         "\xF0\x90\x80\x80",
                         "\xF4\x8F\xBF\xBF",
                         "",
                         "Hà Nội 한국 \xF0\x9F\x98\x80"};
  for (const char* s : valid) EXPECT_EQ(find_invalid_utf8(s), npos) << s;
  EXPECT_TRUE(is_valid_utf8("Việt Nam"));
}

TEST(FindInvalidUtf8, RejectsIllFormedSequencesAtTheirLeadByte) {
  struct Case {
    std::string bytes;
    size_t offset;
  };
  const Case cases[] = {
      {"\x80", 0},              // lone continuation byte
      {"ab\xC0\x80", 2},        // overlong NUL
      {"\xC1\xBF", 0},          // overlong 2-byte
      {"\xE0\x80\x80", 0},      // overlong 3-byte
      {"x\xED\xA0\x80", 1},     // surrogate U+D800
      {"\xF0\x80\x80\x80", 0},  // overlong 4-byte
      {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
      {"\xF5\x80\x80\x80", 0},  // invalid lead
      {"\xFE", 0},
      {"abc\xE1\xBA", 3},  // truncated at the end
      {"\xE1\xBA"
       "a",
       0},  // truncated by an ASCII byte
      {"\xC3\xA9\xC3", 2},
      {"0123456789abcdefgh\xFF", 18},  // after the 8-byte ASCII fast path
      {"0123456789abcdef\xC3\xA9\xE2\x82", 18},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(find_invalid_utf8(c.bytes), c.offset) << testing::PrintToString(c.bytes);
    EXPECT_FALSE(is_valid_utf8(c.bytes));
  }
}

}  // namespace
}  // namespace songngu
