#include "lang/numbers.h"

#include <gtest/gtest.h>

#include <set>

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
  // A date is its components: the day as a plain value, "month:MM", the year as a plain value.
  const V expected{"30", "month:10"};
  EXPECT_EQ(extract_numbers("ngày 30/10", "vi"), expected);
  EXPECT_EQ(extract_numbers("ngày 30 tháng 10", "vi"), expected);
  EXPECT_EQ(extract_numbers("on 30 October", "en"), expected);
  EXPECT_EQ(extract_numbers("on October 30", "en"), expected);
  EXPECT_EQ(extract_numbers("on Oct. 30", "en"), expected);
  EXPECT_EQ(extract_numbers("10월 30일", "ko"), expected);
  EXPECT_EQ(extract_numbers("10/30", "en"), expected);
  EXPECT_EQ(extract_numbers("13/8/2025", "vi"), (V{"13", "month:08", "2025"}));
  EXPECT_EQ(extract_numbers("2025-10-30", "en"), (V{"30", "month:10", "2025"}));
  EXPECT_EQ(extract_numbers("2025년 10월 30일", "ko"), (V{"2025", "30", "month:10"}));
  EXPECT_EQ(extract_numbers("tháng 10", "vi"), V{"month:10"});
  EXPECT_EQ(extract_numbers("10월", "ko"), V{"month:10"});
}

// The check module compares the sets of tokens of a source and its translation.
std::set<std::string> as_set(const V& v) {
  return {v.begin(), v.end()};
}

TEST(Numbers, RangeOfYearsGivesItsEndpoints) {
  EXPECT_EQ(extract_numbers("giai đoạn 1992-2025", "vi"), (V{"1992", "2025"}));
  EXPECT_EQ(as_set(extract_numbers("giai đoạn 1992-2025", "vi")),
            as_set(extract_numbers("from 1992, 2025", "en")));
}

TEST(Numbers, DateRangeMatchesAcrossLanguages) {
  const auto vi = as_set(extract_numbers("từ ngày 10 đến ngày 13/8/2025", "vi"));
  EXPECT_EQ(vi, (std::set<std::string>{"10", "13", "month:08", "2025"}));
  EXPECT_EQ(as_set(extract_numbers("from 10 to 13 August 2025", "en")), vi);
  EXPECT_EQ(as_set(extract_numbers("2025년 8월 10일부터 13일까지", "ko")), vi);
}

TEST(Numbers, MonthAndYearMatchesAcrossLanguages) {
  const auto vi = as_set(extract_numbers("tháng 3/2025", "vi"));
  EXPECT_EQ(vi, (std::set<std::string>{"month:03", "2025"}));
  EXPECT_EQ(as_set(extract_numbers("in March 2025", "en")), vi);
  EXPECT_EQ(as_set(extract_numbers("2025년 3월", "ko")), vi);
  EXPECT_EQ(as_set(extract_numbers("tháng 3 năm 2025", "vi")), vi);
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
