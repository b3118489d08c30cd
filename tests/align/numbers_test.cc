#include "align/numbers.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

using V = std::vector<std::string>;

TEST(Numbers, ThousandsSeparatorsFollowTheLanguage) {
  EXPECT_EQ(extract_numbers("4.400 người", "vi"), V{"4400"});
  EXPECT_EQ(extract_numbers("4,400 people", "en"), V{"4400"});
  EXPECT_EQ(extract_numbers("4,400명", "ko"), V{"4400"});
  EXPECT_EQ(extract_numbers("1.234.567", "vi"), V{"1234567"});
  EXPECT_EQ(extract_numbers("1,234,567.25", "en"), V{"1234567.25"});
}

TEST(Numbers, DecimalsFollowTheLanguage) {
  EXPECT_EQ(extract_numbers("tăng 4,5 lần", "vi"), V{"4.5"});
  EXPECT_EQ(extract_numbers("4.5 times", "en"), V{"4.5"});
  // A dot before one or two digits is not a thousands separator even in Vietnamese.
  EXPECT_EQ(extract_numbers("phiên bản 7.4", "vi"), V{"7.4"});
  EXPECT_EQ(extract_numbers("0.250", "en"), V{"0.25"});
}

TEST(Numbers, MagnitudeWordsMultiplyExactly) {
  const V expected{"150000000000"};
  EXPECT_EQ(extract_numbers("150 tỷ USD", "vi"), expected);
  EXPECT_EQ(extract_numbers("150 tỉ USD", "vi"), expected);
  EXPECT_EQ(extract_numbers("USD 150 billion", "en"), expected);
  EXPECT_EQ(extract_numbers("1,500억 달러", "ko"), expected);
  EXPECT_EQ(extract_numbers("1500억달러", "ko"), expected);
  EXPECT_EQ(extract_numbers("4,5 triệu", "vi"), V{"4500000"});
  EXPECT_EQ(extract_numbers("2 nghìn tỷ", "vi"), V{"2000000000000"});
  EXPECT_EQ(extract_numbers("3만 명", "ko"), V{"30000"});
}

TEST(Numbers, Percentages) {
  EXPECT_EQ(extract_numbers("25%", "en"), V{"25%"});
  EXPECT_EQ(extract_numbers("25 phần trăm", "vi"), V{"25%"});
  EXPECT_EQ(extract_numbers("25 percent", "en"), V{"25%"});
  EXPECT_EQ(extract_numbers("25퍼센트", "ko"), V{"25%"});
  EXPECT_EQ(extract_numbers("12,5%", "vi"), V{"12.5%"});
}

TEST(Numbers, DayAndMonthInEveryNotation) {
  const V expected{"date:10-30"};
  EXPECT_EQ(extract_numbers("ngày 30/10", "vi"), expected);
  EXPECT_EQ(extract_numbers("ngày 30 tháng 10", "vi"), expected);
  EXPECT_EQ(extract_numbers("on 30 October", "en"), expected);
  EXPECT_EQ(extract_numbers("on October 30", "en"), expected);
  EXPECT_EQ(extract_numbers("on Oct. 30", "en"), expected);
  EXPECT_EQ(extract_numbers("10월 30일", "ko"), expected);
  EXPECT_EQ(extract_numbers("10/30", "en"), expected);
  EXPECT_EQ(extract_numbers("13/8/2025", "vi"), (V{"date:08-13", "2025"}));
  EXPECT_EQ(extract_numbers("2025-10-30", "en"), (V{"date:10-30", "2025"}));
  EXPECT_EQ(extract_numbers("2025년 10월 30일", "ko"), (V{"2025", "date:10-30"}));
  EXPECT_EQ(extract_numbers("tháng 10", "vi"), V{"month:10"});
  EXPECT_EQ(extract_numbers("10월", "ko"), V{"month:10"});
}

TEST(Numbers, YearsAndPlainIntegers) {
  EXPECT_EQ(extract_numbers("năm 2025 và 2027", "vi"), (V{"2025", "2027"}));
  EXPECT_EQ(extract_numbers("Agenda 2030, item 07", "en"), (V{"2030", "7"}));
}

TEST(Numbers, NonNumbersStayVerbatimOrAreSkipped) {
  EXPECT_EQ(extract_numbers("LibreOffice 7.4.2", "en"), V{"7.4.2"});
  EXPECT_EQ(extract_numbers("lúc 10:30", "vi"), V{"10:30"});
  // Digits inside identifiers are not numbers.
  EXPECT_EQ(extract_numbers("khổ A4, mã utf8", "vi"), V{});
  EXPECT_EQ(extract_numbers("không có số", "vi"), V{});
  EXPECT_EQ(extract_numbers("", "en"), V{});
}

TEST(Numbers, SentenceFinalDotIsNotADecimalPoint) {
  EXPECT_EQ(extract_numbers("Năm 2025.", "vi"), V{"2025"});
  EXPECT_EQ(extract_numbers("in 2025, then", "en"), V{"2025"});
}

}  // namespace
}  // namespace songngu
