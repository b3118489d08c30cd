#pragma once
// What an SRX beforebreak regex can match, found by reading the pattern conservatively: the
// longest text a match can span and the characters a match can end with. The rule evaluator uses
// it to look at fewer characters and to skip rules that cannot match at a position; it never
// changes a verdict, so anything the reader does not fully understand gives "unbounded" and "any".
//
// Understood (ICU regex syntax): literal characters, escaped punctuation, \t \n \r \f \e \a,
// classes [...] (parsed with icu::UnicodeSet; none with && -- ~~), \p{..} \P{..}, \d \D \s \S \w \W
// and . (their last set is "any"), groups (?: ) and ( ), alternation, lookarounds, ^ $ \b \B,
// quantifiers ? * + {n} {n,} {n,m} (lazy or possessive too). Anything else: nothing known.
#include <unicode/uniset.h>

#include <cstdint>
#include <optional>
#include <string>

namespace songngu {

struct RegexShape {
  int32_t max_length = -1;              // UTF-16 units a match can span at most; -1: unbounded or unknown
  std::optional<icu::UnicodeSet> last;  // the characters every match ends with; nullopt: any (or empty)
};

RegexShape regex_shape(const std::string& regex);

}  // namespace songngu
