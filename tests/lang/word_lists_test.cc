#include "lang/word_lists.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "base/error.h"
#include "text/normalize.h"

namespace songngu {
namespace {

TEST(WordLists, VietnameseStopWordsAreSyllableKeys) {
  const ViStopWords& stops = vi_stop_words();
  auto has = [](const std::vector<std::vector<std::string>>& list, std::vector<std::string> keys) {
    return std::find(list.begin(), list.end(), keys) != list.end();
  };
  EXPECT_TRUE(has(stops.anywhere, {match_key("của")}));
  EXPECT_FALSE(has(stops.no_start, {match_key("của")}));
}

TEST(WordLists, KoreanParticlesLongestFirstWithTheAmbiguousMarked) {
  const KoParticles& p = ko_particles();
  ASSERT_FALSE(p.all.empty());
  for (size_t i = 1; i < p.all.size(); ++i) EXPECT_GE(p.all[i - 1].size(), p.all[i].size());
  EXPECT_NE(std::find(p.all.begin(), p.all.end(), "에서"), p.all.end());
  EXPECT_TRUE(p.ambiguous.count("의")) << "회의 ends in 의";
  EXPECT_FALSE(p.ambiguous.count("에서"));
}

TEST(WordLists, EnglishStopWords) {
  EXPECT_TRUE(en_stop_words().count("the"));
  EXPECT_FALSE(en_stop_words().count("partnership"));
}

TEST(WordLists, AlignmentParticlesLongestFirst) {
  const auto& list = ko_alignment_particles();
  ASSERT_FALSE(list.empty());
  for (size_t i = 1; i < list.size(); ++i) EXPECT_GE(list[i - 1].size(), list[i].size());
  EXPECT_NE(std::find(list.begin(), list.end(), std::u32string(U"를")), list.end());
}

TEST(WordLists, ReadWordListSkipsCommentsAndSplitsColumns) {
  const std::string path = ::testing::TempDir() + "word_list_test.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << "# a comment\n\nmột\nnhà\tstart\r\n   \n";
  }
  auto rows = read_word_list(path);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], std::vector<std::string>{"một"});
  EXPECT_EQ(rows[1], (std::vector<std::string>{"nhà", "start"}));
  EXPECT_THROW(read_word_list(path + ".missing"), Error);
}

}  // namespace
}  // namespace songngu
