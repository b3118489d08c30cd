#include "text/normalize.h"

#include <gtest/gtest.h>

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace songngu {
namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Seed 001 line 88 writes "phát triển" with combining marks (a + U+0301, ê + U+0309) while the rest of
// the line is precomposed: neither NFC nor NFD.
TEST(Nfc, ComposesTheMixedLineOfSeed001) {
  std::string line = read_all(SONGNGU_TEST_DATA_DIR "/text/seed001-line88-mixed-nfc.txt");
  ASSERT_NE(line.find("pha\xCC\x81t tri\xC3\xAA\xCC\x89n"), std::string::npos);  // a+U+0301, ê+U+0309
  EXPECT_FALSE(is_nfc(line));
  std::string composed = nfc(line);
  EXPECT_TRUE(is_nfc(composed));
  EXPECT_NE(composed.find("hợp tác phát triển;"), std::string::npos);
  EXPECT_EQ(composed.find('\xCC'), std::string::npos);  // no combining marks U+0300..U+033F left
  EXPECT_LT(composed.size(), line.size());
  EXPECT_EQ(nfc(composed), composed);
}

TEST(Nfc, AsciiAndComposedTextUnchanged) {
  EXPECT_EQ(nfc("plain ASCII"), "plain ASCII");
  EXPECT_TRUE(is_nfc("plain ASCII"));
  EXPECT_EQ(nfc("Hà Nội 한국"), "Hà Nội 한국");
  EXPECT_TRUE(is_nfc("Hà Nội"));
  // Hangul jamo compose into a syllable under NFC.
  EXPECT_EQ(nfc("\u1112\u1161\u11AB"), "한");
  EXPECT_FALSE(is_nfc("\u1112\u1161\u11AB"));
  EXPECT_EQ(nfc(""), "");
}

TEST(FoldSpaces, FoldsUnicodeWhitespaceRunsAndTrims) {
  EXPECT_EQ(fold_spaces("  a \t b\r\n\nc  "), "a b c");
  EXPECT_EQ(fold_spaces("30\u00A0000"), "30 000");           // no-break space
  EXPECT_EQ(fold_spaces("1\u202F500\u2007ha"), "1 500 ha");  // narrow no-break, figure space
  EXPECT_EQ(fold_spaces("한국\u3000어"), "한국 어");         // ideographic space
  EXPECT_EQ(fold_spaces("a\u2028b\u0085c\u200Bd"), "a b c d");
  EXPECT_EQ(fold_spaces("\u00A0\u00A0"), "");
  EXPECT_EQ(fold_spaces("Hà Nội"), "Hà Nội");
  EXPECT_EQ(fold_spaces(""), "");
}

TEST(FoldSpaces, KeepsIllFormedBytes) {
  EXPECT_EQ(fold_spaces("a\xFF  b"), "a\xFF b");
}

struct KeyCase {
  const char* text;
  const char* key;
};

void expect_keys(std::initializer_list<KeyCase> cases) {
  for (const KeyCase& c : cases) EXPECT_EQ(match_key(c.text), c.key) << c.text;
}

TEST(MatchKey, OldAndNewTonePlacementAgree) {
  expect_keys({
      {"hòa", "hoa2"},
      {"hoà", "hoa2"},
      {"thủy", "thuy3"},
      {"thuỷ", "thuy3"},
      {"Ủy ban", "uy3 ban"},
      {"uỷ ban", "uy3 ban"},
      {"Xóa", "xoa1"},
      {"Xoá", "xoa1"},
  });
}

TEST(MatchKey, LoneYAfterConsonantIsI) {
  expect_keys({
      {"kỹ", "ki4"},
      {"kĩ", "ki4"},
      {"lý", "li1"},
      {"lí", "li1"},
      {"Mỹ", "mi4"},
      {"hy vọng", "hi vong5"},
      {"quý", "quy1"},         // qu + y: y is not alone
      {"ý kiến", "y1 kiên1"},  // no consonant before y
      {"uy tín", "uy tin1"},
      {"sky", "sky"},  // sk is not a Vietnamese initial
  });
}

TEST(MatchKey, AllFiveTonesAndOtherMarksStay) {
  expect_keys({
      {"má mà mả mã mạ ma", "ma1 ma2 ma3 ma4 ma5 ma"},
      {"Việt Nam", "viêt5 nam"},
      {"Đảng", "đang3"},
      {"ĐỐI NGOẠI", "đôi1 ngoai5"},
      {"người", "ngươi2"},
      {"đặc biệt", "đăc5 biêt5"},
  });
}

TEST(MatchKey, CaseNfcAndSpacesFolded) {
  std::string line = read_all(SONGNGU_TEST_DATA_DIR "/text/seed001-line88-mixed-nfc.txt");
  EXPECT_EQ(match_key(line), match_key(nfc(line)));
  EXPECT_NE(match_key(line).find("hơp5 tac1 phat1 triên3;"), std::string::npos);
  EXPECT_EQ(match_key("  Chiến\u00A0lược\t\nĐối tác "), "chiên1 lươc5 đôi1 tac1");
  EXPECT_EQ(match_key("HÀ NỘI"), match_key("Hà Nội"));
  EXPECT_EQ(match_key("pha\u0301t"), "phat1");  // decomposed input
}

TEST(MatchKey, NonVietnamesePassesThrough) {
  EXPECT_EQ(match_key("The U.S. and Korea, 2025."), "the u.s. and korea, 2025.");
  EXPECT_EQ(match_key("Straße"), "strasse");  // full case folding
  EXPECT_EQ(match_key("한국  정부"), "한국 정부");
  EXPECT_EQ(match_key("전략적 동반자 관계"), "전략적 동반자 관계");
  EXPECT_EQ(match_key("café"), "cafe1");     // documented side effect
  EXPECT_EQ(match_key("résumé"), "résumé");  // two accents: not a syllable
  EXPECT_EQ(match_key("naïve"), "naïve");
  EXPECT_EQ(match_key("İstanbul"), nfc("i\u0307stanbul"));
  EXPECT_EQ(match_key(""), "");
  EXPECT_EQ(match_key("COVID-19"), "covid-19");
}

TEST(MatchKey, IllFormedBytesBecomeReplacementCharacters) {
  EXPECT_EQ(match_key("A\xFF"
                      "b"),
            "a\uFFFD"
            "b");
  EXPECT_EQ(match_key("Hòa \xC3"), "hoa2 \uFFFD");
}

TEST(MatchKey, SyllableKeyIsMatchKey) {
  EXPECT_EQ(syllable_key("Chiến"), "chiên1");
  EXPECT_EQ(syllable_key("kỳ"), "ki2");
}

// The Sino-Vietnamese table's viet_key column is the contract for cognate lookups: every row's
// reading must key exactly to it.
TEST(MatchKey, AgreesWithVietKeyOfEverySinoVietnameseRow) {
  std::ifstream in(SONGNGU_SOURCE_DIR "/data/lang/sinoviet-hangul-syllables.tsv");
  ASSERT_TRUE(in);
  std::string line;
  std::getline(in, line);
  ASSERT_EQ(line.rfind("viet\tviet_key\t", 0), 0u);
  size_t rows = 0;
  size_t mismatches = 0;
  while (std::getline(in, line)) {
    size_t tab1 = line.find('\t');
    size_t tab2 = line.find('\t', tab1 + 1);
    ASSERT_NE(tab2, std::string::npos) << line;
    std::string viet = line.substr(0, tab1);
    std::string key = line.substr(tab1 + 1, tab2 - tab1 - 1);
    ++rows;
    if (syllable_key(viet) != key) {
      ++mismatches;
      ADD_FAILURE() << viet << ": got " << syllable_key(viet) << ", table has " << key;
    }
    // Old-style placement and upper case must give the same key.
    if (match_key(line.substr(0, tab1)) != match_key(nfc(viet))) ++mismatches;
  }
  EXPECT_GT(rows, 3000u);
  EXPECT_EQ(mismatches, 0u);
}

TEST(MatchKey, OldStyleSpellingsOfTableReadingsFindTheirKey) {
  // The table writes the new style (hoà, thuỷ, uỷ); news writes hòa, thủy, Ủy, kỹ, lý.
  EXPECT_EQ(match_key("hòa"), syllable_key("hoà"));
  EXPECT_EQ(match_key("Thủy"), syllable_key("thuỷ"));
  EXPECT_EQ(match_key("kỹ"), syllable_key("kĩ"));
  EXPECT_EQ(match_key("Lý"), syllable_key("lí"));
}

}  // namespace
}  // namespace songngu
