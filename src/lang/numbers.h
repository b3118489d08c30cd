#pragma once
// Numbers as language-independent tokens, so "4.400" (Vietnamese), "4,400" (English) and
// "4400" compare equal, and "150 tỷ" = "150 billion" = "1,500억" = "1500억" all become
// "150000000000". The aligner uses them as anchors; the check module reports number mismatches.
//
// Contract: extract_numbers returns one canonical token per number found, in text order:
//  - a plain value: digits with no leading zeros, and a '.' decimal point only when there is a
//    fractional part ("4400", "4.5", "0.25"); magnitude words multiply exactly
//    (nghìn/ngàn, triệu, tỷ/tỉ; thousand, million, billion, trillion; 만, 억, 조);
//  - a percentage: the value followed by '%' ("25%"), from "25%", "25 phần trăm", "25 percent",
//    "25퍼센트";
//  - a date as its components: the day as a plain value and the month as "month:MM" ("30/10" in
//    Vietnamese and Korean, "October 30", "30 Oct", "ngày 30 tháng 10", "10월 30일" all give "30",
//    "month:10"), the year as a plain value; a month with a year alone ("tháng 3/2025",
//    "March 2025", "2025년 3월") gives "month:03", "2025". Components, not one date token, so a
//    range of days written differently ("10 đến ngày 13/8", "10 to 13 August", "8월 10일부터
//    13일") gives the same set;
//  - a range of years "1992-2025" as its two endpoints;
//  - something that is not one number ("7.4.2", "10:30") verbatim.
// `lang_base` chooses the separators: "vi" (and other comma-decimal languages) read "4.400" as
// 4400 and "4,5" as 4.5; English, Korean and the rest read "4,400" as 4400 and "4.5" as 4.5.
// A dot or comma followed by exactly three digits is a thousands separator in the language that
// uses it that way; anything else is read in the other sense. Thread-safe, no allocation of ICU
// objects.
#include <string>
#include <string_view>
#include <vector>

namespace songngu {

std::vector<std::string> extract_numbers(std::string_view text, std::string_view lang_base);

}  // namespace songngu
