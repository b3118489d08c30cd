#include "text/encoding_guess.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace songngu {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(SONGNGU_TEST_DATA_DIR "/text/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

using Kind = EncodingGuess::Kind;

TEST(GuessLegacyEncoding, VietnameseEncodingsByTheirBytePatterns) {
  EncodingGuess cp1258 = guess_legacy_encoding(fixture("vi-windows-1258.txt"));
  EXPECT_EQ(cp1258.kind, Kind::kConvertible);
  EXPECT_EQ(cp1258.encoding, "windows-1258");

  EncodingGuess tcvn3 = guess_legacy_encoding(fixture("vi-tcvn3.txt"));
  EXPECT_EQ(tcvn3.kind, Kind::kVietnameseFont);
  EXPECT_EQ(tcvn3.description, "TCVN3 (ABC)");
  EXPECT_EQ(tcvn3.encoding, "tcvn3");

  EncodingGuess vni = guess_legacy_encoding(fixture("vi-vni.txt"));
  EXPECT_EQ(vni.kind, Kind::kVietnameseFont);
  EXPECT_EQ(vni.description, "VNI");
  EXPECT_EQ(vni.encoding, "vni");
}

TEST(GuessLegacyEncoding, OtherEncodingsFromIcuDetector) {
  EXPECT_EQ(guess_legacy_encoding(fixture("ko-euc-kr.txt")).encoding, "cp949");
  EXPECT_EQ(guess_legacy_encoding(fixture("ko-cp949.txt")).encoding, "cp949");
  EncodingGuess latin = guess_legacy_encoding(fixture("latin1-fr-de-it.txt"));
  EXPECT_EQ(latin.kind, Kind::kConvertible);
  EXPECT_EQ(latin.encoding, "ISO-8859-1");
}

TEST(GuessLegacyEncoding, NoGuessFromAStrayByte) {
  EXPECT_EQ(guess_legacy_encoding("plain ASCII text with one \xFF byte").kind, Kind::kUnknown);
}

std::string utf16le(std::u16string_view s) {
  std::string out;
  for (char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

TEST(GuessUtf16WithoutBom, ByNulParity) {
  EXPECT_EQ(guess_utf16_without_bom(utf16le(u"Hello, Việt Nam\n")), "UTF-16LE");
  std::string le = utf16le(u"한국어 문장 하나. 둘.\n");  // few NULs: spaces, dots, newline
  EXPECT_EQ(guess_utf16_without_bom(le), "UTF-16LE");
  std::string be;
  for (size_t i = 0; i < le.size(); i += 2) be += std::string{le[i + 1], le[i]};
  EXPECT_EQ(guess_utf16_without_bom(be), "UTF-16BE");
}

TEST(GuessUtf16WithoutBom, BinaryIsNotUtf16) {
  EXPECT_EQ(guess_utf16_without_bom(std::string("abc\0def\x01\x02", 9)), "");  // odd length
  EXPECT_EQ(guess_utf16_without_bom(std::string("a\0\x01\0b\0c\0", 8)), "");   // control U+0001
  EXPECT_EQ(guess_utf16_without_bom(std::string("\0\0\0\0\0\0\0\0", 8)), "");  // NULs on both sides
  EXPECT_EQ(guess_utf16_without_bom(utf16le(u"ab\xDC00"
                                            u"cd")),
            "");  // lone low surrogate
  EXPECT_EQ(guess_utf16_without_bom("no NUL at all.."), "");
}

}  // namespace
}  // namespace songngu
