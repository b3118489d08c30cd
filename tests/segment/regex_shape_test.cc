#include "segment/regex_shape.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

bool ends_with_only(const RegexShape& s, const char* set_pattern) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet expected(icu::UnicodeString::fromUTF8(set_pattern), status);
  return U_SUCCESS(status) && s.last && *s.last == expected;
}

TEST(RegexShape, RulesOfTheShippedSrx) {
  RegexShape abbreviation = regex_shape("\\b(?:TP|Tp|Th\\.S|PGS|Mr)\\.");
  EXPECT_EQ(abbreviation.max_length, 5);  // \b spans nothing, "Th.S" 4, "." 1
  EXPECT_TRUE(ends_with_only(abbreviation, "[.]"));

  RegexShape initial = regex_shape("(?<![\\p{L}\\p{N}.])\\p{Lu}\\.");
  EXPECT_EQ(initial.max_length, 3);  // the lookbehind spans nothing; \p{Lu} may be a surrogate pair
  EXPECT_TRUE(ends_with_only(initial, "[.]"));

  RegexShape closers = regex_shape("[.!?…]+[\\\"'”’»」』)\\]]+");
  EXPECT_EQ(closers.max_length, -1);
  EXPECT_TRUE(ends_with_only(closers, "[\\\"\\'”’»」』)\\]]"));

  RegexShape ellipsis = regex_shape("…[\\\"'”’»)\\]]*");  // the closers are optional
  EXPECT_EQ(ellipsis.max_length, -1);
  EXPECT_TRUE(ends_with_only(ellipsis, "[…\\\"\\'”’»)\\]]"));

  EXPECT_TRUE(ends_with_only(regex_shape("[다요]…+"), "[…]"));
  EXPECT_TRUE(ends_with_only(regex_shape("[다요]"), "[다요]"));
  EXPECT_EQ(regex_shape("[다요]").max_length, 2);
}

TEST(RegexShape, QuantifiersAndAlternation) {
  EXPECT_EQ(regex_shape("ab{2,3}").max_length, 4);
  EXPECT_EQ(regex_shape("(?:ab|cde)f?").max_length, 4);
  EXPECT_TRUE(ends_with_only(regex_shape("(?:ab|cde)f?"), "[bef]"));
  EXPECT_TRUE(ends_with_only(regex_shape("x(?:a|b)+?"), "[ab]"));
  EXPECT_EQ(regex_shape("a{2,}").max_length, -1);
  EXPECT_EQ(regex_shape("\\d{1,3}\\.").max_length, 7);
  EXPECT_TRUE(ends_with_only(regex_shape("\\d{1,3}\\."), "[.]"));
}

// Whatever could end a match unpredictably leaves the last characters unknown.
TEST(RegexShape, UnknownWhenAMatchCanBeEmptyOrEndsInAnAssertion) {
  EXPECT_FALSE(regex_shape("a?").last);
  EXPECT_FALSE(regex_shape("").last);
  EXPECT_FALSE(regex_shape("ab\\b").last);
  EXPECT_FALSE(regex_shape("a(?=b)").last);
  EXPECT_FALSE(regex_shape("a\\d").last);
  EXPECT_FALSE(regex_shape("a.").last);
  EXPECT_FALSE(regex_shape("(?:a|b?)").last);
}

// Syntax the reader does not follow gives nothing at all, rather than a wrong answer.
TEST(RegexShape, NothingKnownForSyntaxItDoesNotRead) {
  for (const char* r : {"(?i)mr\\.", "\\Qa.b\\E", "\\u0041", "(a)\\1", "[a-z&&[^x]]", "[\\d.]", "a{2", "(ab",
                        "\\x{41}", "(?>ab)"}) {
    RegexShape s = regex_shape(r);
    EXPECT_EQ(s.max_length, -1) << r;
    EXPECT_FALSE(s.last) << r;
  }
}

// Characters that UnicodeSet patterns read differently from regex classes keep their regex meaning.
TEST(RegexShape, ClassesMeanWhatTheRegexMeans) {
  EXPECT_TRUE(ends_with_only(regex_shape("[a ]"), "[a\\ ]"));  // a space is a member
  EXPECT_TRUE(ends_with_only(regex_shape("['x]"), "[\\'x]"));  // a quote is a member
  EXPECT_TRUE(ends_with_only(regex_shape("[$^]"), "[\\$\\^]"));
  EXPECT_TRUE(ends_with_only(regex_shape("[^a]"), "[^a]"));
  EXPECT_TRUE(ends_with_only(regex_shape("[a-c]"), "[abc]"));
  EXPECT_TRUE(ends_with_only(regex_shape("[{ab}]"), "[\\{ab\\}]"));  // braces, not a string
}

}  // namespace
}  // namespace songngu
