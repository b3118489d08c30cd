#include "text/vietnamese_fonts.h"

#include <gtest/gtest.h>
#include <iconv.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "text/normalize.h"

namespace songngu {
namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}
std::string case_upper(const std::string& s) {
  return utf8(icu::UnicodeString::fromUTF8(s).toUpper(icu::Locale("vi")));
}
std::string case_lower(const std::string& s) {
  return utf8(icu::UnicodeString::fromUTF8(s).toLower(icu::Locale("vi")));
}
std::string nfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  return utf8(icu::Normalizer2::getNFDInstance(status)->normalize(icu::UnicodeString::fromUTF8(s), status));
}

// Every Vietnamese letter with a diacritic, built from the rules of the alphabet (not from the
// tables under test): the twelve vowels with each of the five tones, ă â ê ô ơ ư đ, in both cases.
std::vector<std::string> vietnamese_letters() {
  const char* vowels[] = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
  const char* tones[] = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
  std::vector<std::string> lower;
  for (const char* v : vowels) {
    if (std::string(v).size() > 1) lower.push_back(v);  // ă â ê ô ơ ư
    for (const char* t : tones) lower.push_back(nfc(std::string(v) + t));
  }
  lower.push_back("đ");
  std::vector<std::string> all;
  for (const auto& l : lower) {
    all.push_back(l);
    all.push_back(case_upper(l));
  }
  return all;
}

bool has_tone(const std::string& letter) {
  for (const char* t : {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"})
    if (nfd(letter).find(t) != std::string::npos) return true;
  return false;
}

std::string decode(VietnameseFont font, const std::string& bytes) {
  std::string out;
  EXPECT_EQ(decode_vietnamese_font(font, bytes, out), std::string::npos) << bytes;
  return out;
}

TEST(VietnameseFonts, TheAlphabetHas134LettersWithDiacritics) {
  const auto letters = vietnamese_letters();
  EXPECT_EQ(letters.size(), 134u);
  size_t toned = 0;
  for (const auto& l : letters) toned += has_tone(l);
  EXPECT_EQ(toned, 120u);
}

TEST(VietnameseFonts, VniRoundTripsEveryLetter) {
  for (const auto& letter : vietnamese_letters()) {
    const std::string bytes = encode_vietnamese_font(VietnameseFont::kVni, letter);
    ASSERT_EQ(bytes.find('?'), std::string::npos) << letter;
    EXPECT_LE(bytes.size(), 2u) << letter;
    EXPECT_EQ(decode(VietnameseFont::kVni, bytes), letter) << letter;
    // In a word, between other letters, too.
    EXPECT_EQ(decode(VietnameseFont::kVni, "x" + bytes + "n"), "x" + letter + "n") << letter;
  }
}

TEST(VietnameseFonts, Tcvn3RoundTripsEveryLetterTonedCapitalsAsLowerCase) {
  size_t as_lower = 0;
  for (const auto& letter : vietnamese_letters()) {
    const std::string bytes = encode_vietnamese_font(VietnameseFont::kTcvn3, letter);
    ASSERT_EQ(bytes.size(), 1u) << letter;
    ASSERT_NE(bytes, "?") << letter;
    const std::string back = decode(VietnameseFont::kTcvn3, bytes);
    const bool toned_capital = has_tone(letter) && case_upper(letter) == letter;
    // TCVN3 has codes for Ă Â Ê Ô Ơ Ư Đ only; a toned capital shares its lower-case letter's code.
    EXPECT_EQ(back, toned_capital ? case_lower(letter) : letter) << letter;
    as_lower += back != letter;
  }
  EXPECT_EQ(as_lower, 60u);
}

// glibc's iconv (TCVN5712-1, the full VN1 table of TCVN 5712:1993, of which TCVN3 is the 0xA1-0xFF
// part) is an implementation independent of our table: every lower-case letter and the seven
// capitals TCVN3 has must get the same byte.
TEST(VietnameseFonts, Tcvn3AgreesWithGlibcIconv) {
  iconv_t cd = iconv_open("TCVN5712-1", "UTF-8");
  ASSERT_NE(cd, reinterpret_cast<iconv_t>(-1));
  size_t compared = 0;
  for (const auto& letter : vietnamese_letters()) {
    if (has_tone(letter) && case_upper(letter) == letter) continue;
    std::string in = letter;
    char out[8];
    char* in_p = in.data();
    char* out_p = out;
    size_t in_left = in.size(), out_left = sizeof out;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    ASSERT_NE(iconv(cd, &in_p, &in_left, &out_p, &out_left), static_cast<size_t>(-1)) << letter;
    const std::string glibc(out, static_cast<size_t>(out_p - out));
    EXPECT_EQ(encode_vietnamese_font(VietnameseFont::kTcvn3, letter), glibc) << letter;
    EXPECT_EQ(decode(VietnameseFont::kTcvn3, glibc), letter) << letter;
    ++compared;
  }
  iconv_close(cd);
  EXPECT_EQ(compared, 74u);  // 67 lower-case letters and Ă Â Ê Ô Ơ Ư Đ
}

TEST(VietnameseFonts, OtherBytesAsWindows1252) {
  // Word's smart quotes in a .VnTime document are windows-1252 bytes; ASCII stays ASCII.
  EXPECT_EQ(decode(VietnameseFont::kTcvn3, "\x93x\xb5\x94 - 5%"), "\u201cxà\u201d - 5%");
  EXPECT_EQ(decode(VietnameseFont::kVni, "\x93xa\xf8\x94 \xa0"), "\u201cxà\u201d \u00a0");
}

TEST(VietnameseFonts, UndecodableBytesStopWithTheirOffset) {
  std::string out;
  EXPECT_EQ(decode_vietnamese_font(VietnameseFont::kTcvn3, "ab\x81", out), 2u);  // undefined in windows-1252
  EXPECT_EQ(out, "ab");
  out.clear();
  // A VNI diacritic byte after a space has nothing to go on.
  EXPECT_EQ(decode_vietnamese_font(VietnameseFont::kVni, "va\xf8 \xf9", out), 4u);
  EXPECT_EQ(out, "và ");
}

TEST(VietnameseFonts, Names) {
  EXPECT_EQ(vietnamese_font_named("TCVN3"), VietnameseFont::kTcvn3);
  EXPECT_EQ(vietnamese_font_named("abc"), VietnameseFont::kTcvn3);
  EXPECT_EQ(vietnamese_font_named("VNI-Windows"), VietnameseFont::kVni);
  EXPECT_EQ(vietnamese_font_named("windows-1258"), std::nullopt);
  EXPECT_STREQ(vietnamese_font_name(VietnameseFont::kVni), "VNI");
}

}  // namespace
}  // namespace songngu
