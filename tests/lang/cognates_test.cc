#include "lang/cognates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "base/data_dir.h"
#include "text/normalize.h"

namespace songngu {
namespace {

bool reads_as(const std::string& syllable, const std::string& hangul) {
  auto it = cognates().hangul_of.find(match_key(syllable));
  return it != cognates().hangul_of.end() &&
         std::find(it->second.begin(), it->second.end(), hangul) != it->second.end();
}

TEST(Cognates, SinoVietnameseSyllablesFindTheirSinoKoreanReadings) {
  EXPECT_TRUE(reads_as("quốc", "국"));  // 國
  EXPECT_TRUE(reads_as("gia", "가"));   // 家
  EXPECT_TRUE(reads_as("Quốc", "국")) << "looked up by match key: case does not matter";
  EXPECT_FALSE(reads_as("quốc", "가"));
}

TEST(Cognates, TheWholeShippedTableIsLoaded) {
  // data/lang/sinoviet-hangul-syllables.tsv: 3,079 (syllable, reading) rows, see PROVENANCE.md.
  size_t readings = 0;
  for (const auto& [key, hangul] : cognates().hangul_of) readings += hangul.size();
  EXPECT_EQ(readings, 3079u);
}

// cognates_of finds its syllables by binary search: the shipped table must be sorted by its key
// column, bytewise.
TEST(Cognates, TheShippedTableIsSortedBySyllableKey) {
  std::ifstream in(data_file("lang/sinoviet-hangul-syllables.tsv"));
  std::string line, previous;
  std::getline(in, line);  // the header
  size_t rows = 0;
  while (std::getline(in, line)) {
    const size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    ASSERT_NE(t2, std::string::npos) << line;
    const std::string key = line.substr(t1 + 1, t2 - t1 - 1);
    ASSERT_LE(previous, key) << "row " << rows + 2;
    previous = key;
    ++rows;
  }
  EXPECT_EQ(rows, 3079u);
}

// The table read for some syllables is the whole table's rows of those syllables, in the same
// order, whichever syllables (present or not, first or last of the file) are asked for.
TEST(Cognates, ReadingSomeSyllablesGivesTheirRowsOfTheWholeTable) {
  const Cognates& whole = cognates();
  std::vector<std::string> keys = {"", "zzzz", "a", "quoc1", "~"};
  for (const auto& [key, hangul] : whole.hangul_of) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  for (size_t step : {1, 7, 300}) {
    std::vector<std::string> asked;
    for (size_t i = 0; i < keys.size(); i += step) asked.push_back(keys[i]);
    asked.push_back(keys.back());
    const Cognates some = cognates_of(asked);
    std::sort(asked.begin(), asked.end());
    asked.erase(std::unique(asked.begin(), asked.end()), asked.end());
    size_t found = 0;
    for (const auto& key : asked) {
      const auto it = whole.hangul_of.find(key);
      const auto got = some.hangul_of.find(key);
      if (it == whole.hangul_of.end()) {
        EXPECT_EQ(got, some.hangul_of.end()) << key;
        continue;
      }
      ASSERT_NE(got, some.hangul_of.end()) << key;
      EXPECT_EQ(got->second, it->second) << key;
      ++found;
    }
    EXPECT_EQ(some.hangul_of.size(), found);
    EXPECT_EQ(some.stop, whole.stop);
  }
}

TEST(Cognates, NativeFunctionSyllablesAreStopped) {
  // "trong" (in) has a table row from a Chữ Nôm character (冲 -> 충) but is never evidence.
  EXPECT_TRUE(cognates().stop.count(match_key("trong")));
  EXPECT_TRUE(cognates().stop.count(match_key("một")));
  EXPECT_FALSE(cognates().stop.count(match_key("quốc")));
}

}  // namespace
}  // namespace songngu
