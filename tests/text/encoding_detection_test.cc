// Detection (read_text.h's "certain") measured on real text: every document of the bundled corpus
// converted to the legacy encodings by glibc's iconv (an implementation independent of ICU and of
// our tables; VNI, which iconv lacks, by our encoder), and the false-positive side: files that
// must not be guessed.
#include <gtest/gtest.h>
#include <iconv.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "text/normalize.h"
#include "text/read_text.h"
#include "text/utf8.h"
#include "text/vietnamese_fonts.h"
#include "text/vietnamese_syllable.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(SONGNGU_TEST_DATA_DIR) / ".." / ".." / "corpus";

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<fs::path> documents(const std::string& lang) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(kCorpus / lang))
    if (entry.path().extension() == ".txt") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

// glibc iconv from UTF-8; "" when a character has no encoding in `to`.
std::string iconv_from_utf8(const std::string& text, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << to;
  std::string in = text, out(text.size() * 4 + 16, '\0');
  char* in_p = in.data();
  char* out_p = out.data();
  size_t in_left = in.size(), out_left = out.size();
  const size_t r = iconv(cd, &in_p, &in_left, &out_p, &out_left);
  iconv_close(cd);
  if (r == static_cast<size_t>(-1)) return "";
  out.resize(out.size() - out_left);
  return out;
}

// TCVN3 has no codes for toned capitals: a .VnTimeH typist used the lower-case ones.
std::string lower_toned_capitals(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  for (size_t i = 0; i < text.size();) {
    char32_t c = 0;
    size_t n = decode_utf8(text, i, c);
    if (n == 0) n = 1;
    const icu::UnicodeString ch = icu::UnicodeString::fromUTF8(text.substr(i, n));
    const icu::UnicodeString d = nfd->normalize(ch, status);
    bool toned = false;
    for (char16_t m : {u'\u0300', u'\u0301', u'\u0303', u'\u0309', u'\u0323'}) toned |= d.indexOf(m) >= 0;
    icu::UnicodeString result = ch;
    if (toned) result.toLower(icu::Locale("vi"));
    std::string utf8;
    result.toUTF8String(utf8);
    out += utf8;
    i += n;
  }
  return out;
}

// A document as a .VnTime (TCVN3) or VNI-Times typist in Word made it: Vietnamese letters in the
// font encoding (TCVN3 by glibc's TCVN5712-1, VNI by our table), other characters (curly quotes,
// dashes) as windows-1252 bytes; a character in neither is left out of `expected` too.
std::string font_document(const std::string& utf8, VietnameseFont font, std::string& expected) {
  std::string out;
  expected.clear();
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    size_t n = decode_utf8(utf8, i, c);
    if (n == 0) n = 1;
    const std::string ch = utf8.substr(i, n);
    i += n;
    std::string bytes = c < 0x80 ? ch : "";
    if (bytes.empty()) {
      const std::string letter = encode_vietnamese_font(font, ch);
      if (letter != "?") bytes = font == VietnameseFont::kTcvn3 ? iconv_from_utf8(ch, "TCVN5712-1") : letter;
    }
    if (bytes.empty()) bytes = iconv_from_utf8(ch, "WINDOWS-1252");
    if (bytes.empty()) continue;
    out += bytes;
    expected += ch;
  }
  return out;
}

// `utf8` without the characters `to` cannot encode (a Vietnamese "â" in a Korean document: a real
// cp949 file cannot hold it either).
std::string encodable_part(const std::string& utf8, const char* to) {
  if (!iconv_from_utf8(utf8, to).empty()) return utf8;
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    size_t n = decode_utf8(utf8, i, c);
    if (n == 0) n = 1;
    if (c < 0x80 || !iconv_from_utf8(utf8.substr(i, n), to).empty()) out += utf8.substr(i, n);
    i += n;
  }
  return out;
}

TextFile decode_in(const std::string& bytes, const std::string& lang) {
  ReadOptions options;
  options.lang = lang;
  return decode_text(bytes, "doc.txt", options);
}

bool refused(const std::string& bytes, const std::string& lang) {
  try {
    decode_in(bytes, lang);
  } catch (const Error& e) {
    return e.kind() == ErrorKind::kBadInput;
  }
  return false;
}

TEST(EncodingDetection, EveryVietnameseDocumentInEveryLegacyEncoding) {
  size_t detected = 0;
  for (const auto& path : documents("vi")) {
    const std::string utf8 = nfc(slurp(path));
    std::string tcvn3_text, vni_text;
    const std::string tcvn3 = font_document(lower_toned_capitals(utf8), VietnameseFont::kTcvn3, tcvn3_text);
    const std::string vni = font_document(utf8, VietnameseFont::kVni, vni_text);
    struct Case {
      const char* name;
      std::string bytes, expected;
    };
    const Case cases[] = {
        {"windows-1258", iconv_from_utf8(encodable_part(utf8, "CP1258"), "CP1258"),
         encodable_part(utf8, "CP1258")},
        {"TCVN3", tcvn3, tcvn3_text},
        {"VNI", vni, vni_text},
    };
    for (const auto& c : cases) {
      ASSERT_FALSE(c.bytes.empty()) << path << " " << c.name;
      ASSERT_FALSE(is_valid_utf8(c.bytes)) << path << " " << c.name;
      for (const char* lang : {"", "vi"}) {
        const TextFile file = decode_in(c.bytes, lang);
        EXPECT_EQ(file.encoding, c.name) << path;
        EXPECT_EQ(nfc(file.text), c.expected) << path << " " << c.name;
        ASSERT_FALSE(file.warnings.empty());
        EXPECT_EQ(file.warnings[0].setting, Setting::kEncoding);
        detected += lang[0] == 0;
      }
      EXPECT_TRUE(refused(c.bytes, "ko")) << path << " " << c.name;
      EXPECT_TRUE(refused(c.bytes, "en")) << path << " " << c.name;
    }
  }
  std::cout << "[          ] Vietnamese documents x encodings detected: " << detected << "\n";
  EXPECT_EQ(detected, 3 * documents("vi").size());
}

TEST(EncodingDetection, EveryKoreanDocumentInCp949) {
  for (const auto& path : documents("ko")) {
    const std::string utf8 = encodable_part(slurp(path), "CP949");
    const std::string bytes = iconv_from_utf8(utf8, "CP949");
    ASSERT_FALSE(bytes.empty()) << path;
    const TextFile file = decode_in(bytes, "ko");
    EXPECT_EQ(file.text, utf8) << path;
    EXPECT_EQ(decode_in(bytes, "").text, utf8) << path;
    EXPECT_TRUE(refused(bytes, "vi")) << path;
    EXPECT_TRUE(refused(bytes, "en")) << path;
  }
}

// What must not be guessed: Vietnamese UTF-8 with one stray byte (each legacy decoding of it is
// mojibake), English in windows-1252, a short beginning of each document.
TEST(EncodingDetection, NoFalsePositives) {
  size_t short_refused = 0, short_total = 0;
  for (const auto& path : documents("vi")) {
    const std::string utf8 = slurp(path);
    EXPECT_TRUE(refused(utf8 + "\xFF", "")) << path;
    EXPECT_TRUE(refused(utf8 + "\xFF", "vi")) << path;
    // The first ten words: too few to be certain in any encoding.
    size_t end = 0;
    for (int words = 0; words < 10 && end != std::string::npos; ++words) end = utf8.find(' ', end + 1);
    const std::string head = nfc(utf8.substr(0, end)) + "\n";
    for (const std::string& bytes :
         {iconv_from_utf8(head, "CP1258"), encode_vietnamese_font(VietnameseFont::kVni, head),
          iconv_from_utf8(lower_toned_capitals(head), "TCVN5712-1")}) {
      if (is_valid_utf8(bytes)) continue;  // nothing outside ASCII in the ten words
      ++short_total;
      short_refused += refused(bytes, "");
    }
  }
  EXPECT_GT(short_total, 0u);
  EXPECT_EQ(short_refused, short_total);
  for (const auto& path : documents("en")) {
    const std::string bytes = iconv_from_utf8(slurp(path), "WINDOWS-1252");
    if (bytes.empty() || is_valid_utf8(bytes)) continue;
    EXPECT_TRUE(refused(bytes, "")) << path;
    EXPECT_TRUE(refused(bytes, "en")) << path;
  }
  for (const auto& path : documents("ko")) {
    const std::string utf8 = slurp(path);
    EXPECT_TRUE(refused(utf8 + "\xFF", "")) << path;  // UTF-8 Korean with a stray byte
  }
}

struct WordCount {
  size_t words = 0, syllables = 0;  // words with a letter outside ASCII; those that are syllables
  double share() const {
    return words == 0 ? 0 : static_cast<double>(syllables) / static_cast<double>(words);
  }
};

WordCount count_syllables(const std::string& text) {
  WordCount count;
  std::string word;
  auto flush = [&] {
    bool non_ascii = false;
    for (unsigned char b : word) non_ascii |= b >= 0x80;
    if (non_ascii) ++count.words, count.syllables += is_vietnamese_syllable(word);
    word.clear();
  };
  for (char c : text + " ") {
    if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else {
      flush();
    }
  }
  return count;
}

double syllable_share(const std::string& text) {
  return count_syllables(text).share();
}

// The measure behind the 95 % threshold: nearly every word with a letter outside ASCII in the
// bundled Vietnamese corpus is a syllable (what fails is foreign names and words).
TEST(EncodingDetection, CorpusWordsAreSyllables) {
  WordCount all;
  for (const auto& path : documents("vi")) {
    const WordCount c = count_syllables(slurp(path));
    all.words += c.words;
    all.syllables += c.syllables;
  }
  std::cout << "[          ] corpus/vi: " << all.syllables << " of " << all.words
            << " words with a letter outside ASCII are syllables\n";
  EXPECT_GT(all.words, 1000u);
  EXPECT_GE(all.share(), 0.995);
}

// The margin behind the 95 % threshold: the right reading of a Vietnamese document scores near 1,
// a wrong one (UTF-8 read as a legacy encoding, one legacy encoding read as another, Latin-1
// French/German/Italian read as windows-1258) far below.
TEST(EncodingDetection, WrongReadingsFailTheSyllableCheck) {
  const std::string utf8 = nfc(slurp(documents("vi").front()));
  std::string unused;
  const std::string cp1258 = iconv_from_utf8(encodable_part(utf8, "CP1258"), "CP1258");
  const std::string tcvn3 = font_document(lower_toned_capitals(utf8), VietnameseFont::kTcvn3, unused);
  const std::string vni = font_document(utf8, VietnameseFont::kVni, unused);
  auto read_as = [](const std::string& bytes, const char* encoding) {
    try {
      return decode_text(bytes, "x", ReadOptions{encoding}).text;
    } catch (const Error&) {
      return std::string();  // undecodable in that encoding: not a reading at all
    }
  };
  EXPECT_GE(syllable_share(read_as(tcvn3, "tcvn3")), 0.97);
  EXPECT_GE(syllable_share(read_as(vni, "vni")), 0.97);
  EXPECT_GE(syllable_share(read_as(cp1258, "windows-1258")), 0.97);
  const std::pair<std::string, const char*> wrong[] = {
      {utf8, "windows-1258"},
      {utf8, "tcvn3"},
      {utf8, "vni"},
      {tcvn3, "windows-1258"},
      {tcvn3, "vni"},
      {vni, "windows-1258"},
      {vni, "tcvn3"},
      {cp1258, "tcvn3"},
      {cp1258, "vni"},
      {slurp(fs::path(SONGNGU_TEST_DATA_DIR) / "text" / "latin1-fr-de-it.txt"), "windows-1258"},
  };
  for (const auto& [bytes, encoding] : wrong) {
    const double share = syllable_share(read_as(bytes, encoding));
    std::cout << "[          ] wrong reading as " << encoding << ": " << share << " of the words pass\n";
    EXPECT_LT(share, 0.8) << encoding;
  }
}

}  // namespace
}  // namespace songngu
