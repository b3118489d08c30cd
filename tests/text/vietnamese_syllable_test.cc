#include "text/vietnamese_syllable.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace songngu {
namespace {

TEST(VietnameseSyllable, VietnameseWords) {
  for (const char* w : {"Chủ",   "tịch", "nước", "Việt",  "nghiêng", "quyết", "gì",  "già", "khuya", "thuở",
                        "ĐƯỜNG", "hoà",  "hòa",  "tuyển", "người",   "ươm",   "oái", "ạ",   "Quốc",  "giữ"})
    EXPECT_TRUE(is_vietnamese_syllable(w)) << w;
}

TEST(VietnameseSyllable, NotVietnamese) {
  // French, German, Italian words that windows-1258 or a font table would also produce.
  for (const char* w :
       {"été", "für", "où", "può", "Größe", "garçon", "àà", "chàt", "hõc", "ñ", "xyz", "ắà", ""})
    EXPECT_FALSE(is_vietnamese_syllable(w)) << w;
}

// Every word with a letter outside ASCII in the Vietnamese fixture passes.
TEST(VietnameseSyllable, FixtureWordsPass) {
  std::ifstream in(SONGNGU_TEST_DATA_DIR "/text/vi.utf8.txt", std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  size_t words = 0, passed = 0;
  std::string word;
  auto flush = [&] {
    bool non_ascii = false;
    for (unsigned char c : word) non_ascii |= c >= 0x80;
    if (non_ascii) ++words, passed += is_vietnamese_syllable(word);
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '.' || c == ',')
      flush();
    else
      word += c;
  }
  flush();
  EXPECT_GE(words, 30u);
  EXPECT_EQ(passed, words);
}

}  // namespace
}  // namespace songngu
