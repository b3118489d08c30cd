#include "text/read_text.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>

#include "base/error.h"
#include "text/normalize.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

const std::string kData = SONGNGU_TEST_DATA_DIR "/text/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A fresh folder per test, removed afterwards.
class ReadTextFile : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           (std::string("songngu-read-") + info->name() + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / fs::u8path(name);
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
  }

  fs::path dir_;
};

// Runs f, which must throw songngu::Error, and returns the error.
Error error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no songngu::Error thrown";
  return Error(ErrorKind::kOutput, "none");
}

Error read_error(const std::string& path, const std::string& encoding = "") {
  return error_of([&] { read_text_file(path, ReadOptions{encoding}); });
}

Error read_error_with(const std::string& path, const ReadOptions& options) {
  return error_of([&] { read_text_file(path, options); });
}

Error bytes_error(const std::string& bytes, const std::string& encoding = "") {
  return error_of([&] { decode_text(bytes, "in.txt", ReadOptions{encoding}); });
}

// ---- plain UTF-8 --------------------------------------------------------------------------

TEST_F(ReadTextFile, ReadsUtf8BytesUnchanged) {
  TextFile file = read_text_file(kData + "vi.utf8.txt");
  EXPECT_EQ(file.text, slurp(kData + "vi.utf8.txt"));
  EXPECT_EQ(file.path, kData + "vi.utf8.txt");
  EXPECT_EQ(file.bom_bytes, 0u);
  EXPECT_EQ(file.encoding, "UTF-8");
  EXPECT_FALSE(file.converted);
  EXPECT_TRUE(file.warnings.empty());
}

TEST_F(ReadTextFile, RemovesUtf8BomAndOffsetsMapBack) {
  const std::string bytes = "\xEF\xBB\xBFHà Nội\nSeoul\n";
  TextFile file = read_text_file(write("bom.txt", bytes));
  EXPECT_EQ(file.text, "Hà Nội\nSeoul\n");
  EXPECT_EQ(file.bom_bytes, 3u);
  // Contract: original offset = bom_bytes + offset in text.
  const size_t k = file.text.find("Seoul");
  EXPECT_EQ(bytes.substr(file.bom_bytes + k, 5), "Seoul");
  EXPECT_EQ(source_offset(file, k), 3 + k);
  // Converted text: spans refer to the decoded text itself.
  TextFile u16 = decode_text(std::string("\xFF\xFEH\0i\0", 6), "u16.txt");
  EXPECT_EQ(u16.text, "Hi");
  EXPECT_EQ(source_offset(u16, 1), 1u);
}

TEST_F(ReadTextFile, KeepsCrlfAndWarnsOnlyAboutLoneCr) {
  TextFile crlf = text_from_string("một\r\nhai\r\n", "crlf.txt");
  EXPECT_EQ(crlf.text, "một\r\nhai\r\n");
  EXPECT_TRUE(crlf.warnings.empty());

  TextFile cr = text_from_string("một\rhai\rba", "cr.txt");
  EXPECT_EQ(cr.text, "một\rhai\rba");
  ASSERT_EQ(cr.warnings.size(), 1u);
  EXPECT_NE(cr.warnings[0].message.find("lone CR"), std::string::npos);
  EXPECT_EQ(cr.warnings[0].args, (std::vector<std::string>{"2"}));
  EXPECT_EQ(cr.warnings[0].where.file, "cr.txt");
}

TEST_F(ReadTextFile, WarnsAboutLinesNotInNfcWithoutChangingThem) {
  const std::string mixed = slurp(kData + "seed001-line88-mixed-nfc.txt");
  TextFile file = text_from_string("Hà Nội\n" + mixed + "Seoul\n" + mixed, "seed.txt");
  EXPECT_EQ(file.text, "Hà Nội\n" + mixed + "Seoul\n" + mixed);  // output keeps what was written
  ASSERT_EQ(file.warnings.size(), 1u);
  EXPECT_EQ(file.warnings[0].args, (std::vector<std::string>{"2"}));
  EXPECT_EQ(file.warnings[0].text().rfind("seed.txt: 2 line(s) not in Unicode NFC", 0), 0u);
}

TEST_F(ReadTextFile, WhitespaceOnlyIsReadNotRejected) {
  EXPECT_EQ(text_from_string(" \n\t\n", "blank.txt").text, " \n\t\n");
}

TEST_F(ReadTextFile, NonAsciiPathWorks) {
  const std::string path = write("hòa bình 한국.txt", "Xin chào\n");
  EXPECT_NE(path.find("hòa bình 한국.txt"), std::string::npos);
  TextFile file = read_text_file(path);
  EXPECT_EQ(file.text, "Xin chào\n");
  EXPECT_EQ(file.path, path);
}

TEST_F(ReadTextFile, DashReadsStandardInput) {
  const std::string path = write("stdin.txt", "\xEF\xBB\xBFtừ stdin\n");
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  TextFile file;
  try {
    file = read_text_file("-");
  } catch (...) {
    ::dup2(saved, STDIN_FILENO);
    throw;
  }
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  EXPECT_EQ(file.path, "-");
  EXPECT_EQ(file.text, "từ stdin\n");
  EXPECT_EQ(file.bom_bytes, 3u);
}

TEST_F(ReadTextFile, HundredMegabyteLineIsFine) {
  std::string big(100u << 20, 'a');  // one line, with a Vietnamese letter every MiB
  for (size_t i = 0; i + 3 <= big.size(); i += 1u << 20) big.replace(i, 3, "ệ");
  const size_t size = big.size();
  TextFile file = text_from_string(std::move(big), "big.txt");
  EXPECT_EQ(file.text.size(), size);
  EXPECT_TRUE(file.warnings.empty());
  file.text[5u << 20] = '\xFF';
  Error e = bytes_error(file.text);
  EXPECT_EQ(e.where().byte, 5u << 20);
  EXPECT_EQ(e.where().line, 1u);
}

// ---- errors ---------------------------------------------------------------------------------

TEST_F(ReadTextFile, MissingFile) {
  Error e = read_error((dir_ / "nope.txt").string());
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e.message_template(), "no such file");
  EXPECT_EQ(e.where().file, (dir_ / "nope.txt").string());
}

TEST_F(ReadTextFile, Directory) {
  Error e = read_error(dir_.string());
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e.message_template(), "is a directory, not a text file");
}

TEST_F(ReadTextFile, EmptyFileAndBomOnly) {
  EXPECT_EQ(read_error(write("empty.txt", "")).message_template(), "the file is empty");
  EXPECT_EQ(read_error(write("bom.txt", "\xEF\xBB\xBF")).message_template(), "the file is empty");
  EXPECT_EQ(read_error(write("bom16.txt", "\xFF\xFE")).message_template(), "the file is empty");
  EXPECT_EQ(read_error(write("e.txt", ""), "windows-1258").message_template(), "the file is empty");
  EXPECT_EQ(read_error(write("empty.txt", "")).kind(), ErrorKind::kBadInput);
}

TEST_F(ReadTextFile, BinaryFileNamesTheNulByte) {
  Error e = bytes_error(std::string("abc\0def\x01\x02", 9));
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_NE(e.message_template().find("binary file (a NUL byte)"), std::string::npos);
  EXPECT_EQ(e.where().byte, 3u);
  EXPECT_STREQ(e.what(), "in.txt: binary file (a NUL byte); songngu reads plain text (byte 3)");
  // A real binary: an ELF header.
  EXPECT_NE(bytes_error(std::string("\x7F"
                                    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                    16))
                .message_template()
                .find("binary"),
            std::string::npos);
}

std::string utf16(const std::u16string& s, bool little, bool bom) {
  std::string out;
  if (bom) out += little ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t c : s) {
    const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += little ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

TEST_F(ReadTextFile, Utf16WithoutBomIsRecognised) {
  Error le = bytes_error(utf16(u"Việt Nam và Hàn Quốc\r\n", true, false));
  EXPECT_EQ(le.message_template(), "looks like UTF-16 without a byte order mark");
  EXPECT_EQ(le.message().setting, Setting::kEncoding);
  EXPECT_EQ(le.message().suggestion, "UTF-16LE");
  Error be = bytes_error(utf16(u"Việt Nam và Hàn Quốc\n", false, false));
  EXPECT_EQ(be.message().suggestion, "UTF-16BE");
  // ...and then decodes with the suggested encoding.
  EXPECT_EQ(decode_text(utf16(u"Việt Nam\n", true, false), "x", {"UTF-16LE"}).text, "Việt Nam\n");
}

TEST_F(ReadTextFile, Utf16WithBomIsDecoded) {
  const std::u16string text = u"Hà Nội\r\n한국 \U00020000 ok\n";  // a supplementary character too
  for (bool little : {true, false}) {
    TextFile file = read_text_file(write("u16.txt", utf16(text, little, true)));
    EXPECT_EQ(file.text, "Hà Nội\r\n한국 \U00020000 ok\n");
    EXPECT_EQ(file.bom_bytes, 2u);
    EXPECT_TRUE(file.converted);
    EXPECT_EQ(file.encoding, little ? "UTF-16LE" : "UTF-16BE");
  }
}

TEST_F(ReadTextFile, InvalidUtf8GivesByteLineAndColumn) {
  // a b c \n x é(2 bytes) \xFF: the bad byte is at offset 7, line 2, column 3.
  Error e = bytes_error("abc\nx\xC3\xA9\xFFz\n");
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e.message_template(), "invalid UTF-8");
  EXPECT_EQ(e.where(), (Location{"in.txt", 2, 3, 7}));
  EXPECT_STREQ(e.what(), "in.txt:2:3: invalid UTF-8 (byte 7)");
  // With a BOM the byte offset counts the file's bytes; line and column do not move.
  Error bom = bytes_error(
      "\xEF\xBB\xBF"
      "abc\nx\xC3\xA9\xFFz\n");
  EXPECT_EQ(bom.where(), (Location{"in.txt", 2, 3, 10}));
  // CRLF and lone CR end lines too.
  EXPECT_EQ(bytes_error("a\r\nb\rcd\x80").where(), (Location{"in.txt", 3, 3, 7}));
  // Truncated sequence at the end, overlong form, surrogate.
  EXPECT_EQ(bytes_error("ab\xE1\xBA").where().byte, 2u);
  EXPECT_EQ(bytes_error("\xC0\xAF").where().byte, 0u);
  EXPECT_EQ(bytes_error("ok \xED\xA0\x80").where().byte, 3u);
}

TEST_F(ReadTextFile, InvalidUtf8ErrorUsesFilePath) {
  const std::string path = write("bad.txt", "Xin chào\n\xFF\n");
  Error e = read_error(path);
  EXPECT_EQ(e.where(), (Location{path, 2, 1, 10}));
}

// ---- legacy encodings ----------------------------------------------------------------------

// The first line of a fixture: too short for detection to be certain.
std::string first_line(const std::string& path) {
  const std::string all = slurp(path);
  return all.substr(0, all.find('\n') + 1);
}

ReadOptions in_lang(const std::string& lang, const std::string& encoding = "") {
  ReadOptions options{encoding};
  options.lang = lang;
  return options;
}

const char* const kDetected = "not UTF-8: read as {1}, the encoding it is certainly in";

void expect_detected(const TextFile& file, const std::string& description) {
  ASSERT_FALSE(file.warnings.empty());
  EXPECT_EQ(file.warnings[0].message, kDetected);
  EXPECT_EQ(file.warnings[0].args, (std::vector<std::string>{description}));
  EXPECT_EQ(file.warnings[0].setting, Setting::kEncoding);
  EXPECT_TRUE(file.converted);
}

TEST_F(ReadTextFile, Windows1258IsDetectedOrSuggestedThenConverted) {
  TextFile detected = read_text_file(kData + "vi-windows-1258.txt");
  EXPECT_EQ(detected.text, slurp(kData + "vi.utf8.txt"));
  expect_detected(detected, "windows-1258 (Vietnamese)");

  // One line (12 Vietnamese words) is too short to be certain: the error suggests the encoding.
  const std::string path = write("short.txt", first_line(kData + "vi-windows-1258.txt"));
  Error e = read_error(path);
  EXPECT_EQ(e.message_template(), "invalid UTF-8; it may be {1}");
  EXPECT_EQ(e.args()[0], "windows-1258 (Vietnamese)");
  EXPECT_EQ(e.message().setting, Setting::kEncoding);
  EXPECT_EQ(e.message().suggestion, "windows-1258");
  EXPECT_EQ(e.where().byte, 3u);  // "Chu" then the hook-above byte of "Chủ"

  TextFile file = read_text_file(kData + "vi-windows-1258.txt", {"windows-1258"});
  EXPECT_EQ(file.text, slurp(kData + "vi.utf8.txt"));  // combining tones recomposed: NFC
  EXPECT_TRUE(is_nfc(file.text));
  EXPECT_TRUE(file.converted);
  EXPECT_EQ(file.encoding, "windows-1258");
  EXPECT_TRUE(file.warnings.empty());
}

TEST_F(ReadTextFile, Tcvn3IsDetectedOrSuggestedThenConverted) {
  // The fixture's one toned capital, Ủ, was written with the lower-case code (no TCVN3 code of its own).
  std::string expected = slurp(kData + "vi.utf8.txt");
  expected.replace(expected.find("Ủy"), std::string("Ủy").size(), "ủy");
  TextFile detected = read_text_file(kData + "vi-tcvn3.txt");
  EXPECT_EQ(detected.text, expected);
  EXPECT_EQ(detected.encoding, "TCVN3");
  expect_detected(detected, "TCVN3 (ABC)");

  TextFile given = read_text_file(kData + "vi-tcvn3.txt", {"tcvn3"});
  EXPECT_EQ(given.text, expected);
  EXPECT_TRUE(given.warnings.empty());

  Error e = read_error(write("short.txt", first_line(kData + "vi-tcvn3.txt")));
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e.args()[0], "TCVN3 (ABC)");
  EXPECT_EQ(e.message().suggestion, "tcvn3");
}

TEST_F(ReadTextFile, VniIsDetectedOrSuggestedThenConverted) {
  TextFile detected = read_text_file(kData + "vi-vni.txt");
  EXPECT_EQ(detected.text, slurp(kData + "vi.utf8.txt"));
  EXPECT_EQ(detected.encoding, "VNI");
  expect_detected(detected, "VNI");
  EXPECT_EQ(read_text_file(kData + "vi-vni.txt", {"VNI"}).text, slurp(kData + "vi.utf8.txt"));

  Error e = read_error(write("short.txt", first_line(kData + "vi-vni.txt")));
  EXPECT_EQ(e.args()[0], "VNI");
  EXPECT_EQ(e.message().suggestion, "vni");
}

TEST_F(ReadTextFile, DetectionStaysInTheFilesLanguage) {
  // A Korean file is never read as Vietnamese and the reverse; English gets no detection.
  EXPECT_EQ(read_error_with(kData + "ko-euc-kr.txt", in_lang("vi")).message().suggestion, "cp949");
  for (const char* lang : {"ko", "en"}) {
    for (const char* fixture : {"vi-tcvn3.txt", "vi-vni.txt", "vi-windows-1258.txt"}) {
      Error e = read_error_with(kData + fixture, in_lang(lang));
      EXPECT_EQ(e.message_template(), "invalid UTF-8; it may be {1}") << lang << " " << fixture;
    }
  }
  EXPECT_EQ(read_text_file(kData + "vi-vni.txt", in_lang("vi")).encoding, "VNI");
  EXPECT_EQ(read_text_file(kData + "ko-euc-kr.txt", in_lang("ko")).encoding, "cp949");
}

TEST_F(ReadTextFile, Utf8IsNeverDetectedAsSomethingElse) {
  for (const char* fixture : {"vi.utf8.txt", "ko-cp949.utf8.txt", "seed001-line88-mixed-nfc.txt"}) {
    for (const char* lang : {"", "vi", "ko"}) {
      TextFile file = read_text_file(kData + fixture, in_lang(lang));
      EXPECT_EQ(file.encoding, "UTF-8") << fixture;
      EXPECT_FALSE(file.converted) << fixture;
    }
  }
  // UTF-8 Vietnamese with one stray byte: windows-1258, TCVN3 or VNI would each decode the rest
  // into mojibake ("Viá»‡t"), which does not read as Vietnamese, so nothing is guessed.
  std::string text;
  for (int i = 0; i < 20; ++i) text += slurp(kData + "vi.utf8.txt");
  Error e = read_error(write("stray.txt", text + "\xFF\n"));
  EXPECT_EQ(e.where().byte, text.size());
  EXPECT_NE(e.message_template().find("invalid UTF-8"), std::string::npos);
}

TEST_F(ReadTextFile, PerLanguageEncoding) {
  ReadOptions options;
  parse_encoding_option({"ko=cp949,vi=tcvn3", "en=windows-1252"}, options);
  EXPECT_EQ(options.encoding, "");
  EXPECT_EQ(options.encodings,
            (std::map<std::string, std::string>{{"en", "windows-1252"}, {"ko", "cp949"}, {"vi", "tcvn3"}}));
  options.lang = "vi";
  EXPECT_EQ(encoding_for(options), "tcvn3");
  TextFile vi = read_text_file(kData + "vi-tcvn3.txt", options);
  EXPECT_EQ(vi.encoding, "TCVN3");
  EXPECT_TRUE(vi.warnings.empty());  // chosen, not detected
  options.lang = "ko";
  EXPECT_EQ(read_text_file(kData + "ko-cp949.txt", options).text, slurp(kData + "ko-cp949.utf8.txt"));
  options.lang = "ja";
  EXPECT_EQ(encoding_for(options), "");

  ReadOptions one;
  parse_encoding_option({"cp949", "vi-VN=vni"}, one);
  EXPECT_EQ(one.encoding, "cp949");
  EXPECT_EQ(one.encodings.at("vi"), "vni");  // a tag counts by its base language
  one.lang = "en";
  EXPECT_EQ(encoding_for(one), "cp949");
}

TEST_F(ReadTextFile, ASingleEncodingForFilesOfSeveralLanguages) {
  EXPECT_EQ(parse_single_encoding({}), "");
  EXPECT_EQ(parse_single_encoding({"windows-1258"}), "windows-1258");
  const Error per_language = error_of([] { parse_single_encoding({"vi=tcvn3"}); });
  EXPECT_EQ(per_language.kind(), ErrorKind::kUsage);
  EXPECT_EQ(per_language.args(), (std::vector<std::string>{"vi", "tcvn3"}));
  EXPECT_EQ(error_of([] { parse_single_encoding({"cp-nonsense"}); }).message_template(),
            "unknown encoding {1}");
  EXPECT_EQ(error_of([] { parse_single_encoding({"cp949", "tcvn3"}); }).kind(), ErrorKind::kUsage);
}

TEST_F(ReadTextFile, EncodingOptionErrors) {
  auto parse_error = [](std::vector<std::string> values) {
    return error_of([&] {
      ReadOptions o;
      parse_encoding_option(values, o);
    });
  };
  Error unknown = parse_error({"ko=cp-nonsense"});
  EXPECT_EQ(unknown.kind(), ErrorKind::kUsage);
  EXPECT_EQ(unknown.message_template(), "unknown encoding {1}");
  EXPECT_EQ(unknown.args()[0], "cp-nonsense");
  EXPECT_EQ(parse_error({"ko=cp949", "ko=euc-kr"}).message_template(),
            "--encoding names two encodings for {1}");
  EXPECT_EQ(parse_error({"cp949,tcvn3"}).kind(), ErrorKind::kUsage);

  ReadOptions o;
  parse_encoding_option({"ja=shift_jis"}, o);
  Error lang = error_of([&] { check_encoding_languages(o, {"vi", "en"}); });
  EXPECT_EQ(lang.kind(), ErrorKind::kUsage);
  EXPECT_EQ(lang.args(), (std::vector<std::string>{"ja", "shift_jis", "vi, en"}));
  check_encoding_languages(o, {"vi", "ja"});  // no error
}

TEST_F(ReadTextFile, UndecodableFontBytesNameTheOffset) {
  Error e = bytes_error("Xin ch\xb5o\n\x81", "tcvn3");
  EXPECT_EQ(e.message_template(), "invalid {1}");
  EXPECT_EQ(e.args()[0], "TCVN3");
  EXPECT_EQ(e.where(), (Location{"in.txt", 2, 1, 9}));
  Error v = bytes_error("Xin chao\xf8 \xf8", "vni");
  EXPECT_EQ(v.where(), (Location{"in.txt", 1, 10, 10}));
}

TEST_F(ReadTextFile, KoreanIsDetectedOrSuggestedThenConverted) {
  TextFile detected = read_text_file(kData + "ko-cp949.txt");
  EXPECT_EQ(detected.text, slurp(kData + "ko-cp949.utf8.txt"));
  expect_detected(detected, "EUC-KR or cp949 (Korean)");

  // Ten syllables ("한국과 베트남은 포괄적", 22 bytes) are too few to be certain.
  Error e = read_error(write("short.txt", first_line(kData + "ko-euc-kr.txt").substr(0, 22) + "\n"));
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e.message_template().rfind("invalid UTF-8", 0), 0u);
  EXPECT_EQ(e.where().byte, 0u);

  const std::string korean = slurp(kData + "ko-cp949.utf8.txt");
  TextFile euc = read_text_file(kData + "ko-euc-kr.txt", {"EUC-KR"});
  EXPECT_EQ(euc.text, korean.substr(0, euc.text.size()));
  EXPECT_EQ(euc.text.back(), '\n');
  // cp949 includes the Unified Hangul Code syllables outside EUC-KR (똠, 펲).
  for (const char* name : {"cp949", "CP949", "windows-949"}) {
    TextFile uhc = read_text_file(kData + "ko-cp949.txt", {name});
    EXPECT_EQ(uhc.text, korean) << name;
    EXPECT_NE(uhc.text.find("똠방각하 펲시콜라"), std::string::npos) << name;
  }
}

TEST_F(ReadTextFile, LatinTextGetsDetectorSuggestionNotAVietnameseOne) {
  Error e = read_error(kData + "latin1-fr-de-it.txt");
  EXPECT_EQ(e.message().setting, Setting::kEncoding);
  EXPECT_EQ(e.message().suggestion, "ISO-8859-1");
  EXPECT_EQ(std::string(e.what()).find("Vietnamese"), std::string::npos);
  EXPECT_NE(read_text_file(kData + "latin1-fr-de-it.txt", {"ISO-8859-1"}).text.find("Où est la gare"),
            std::string::npos);
}

TEST_F(ReadTextFile, UnknownEncodingIsUsageError) {
  Error e = read_error(kData + "vi.utf8.txt", "no-such-charset");
  EXPECT_EQ(e.kind(), ErrorKind::kUsage);
  EXPECT_EQ(e.args()[0], "no-such-charset");
  // Checked before the file: a missing file with a bad name is still a usage error.
  EXPECT_EQ(read_error((dir_ / "missing").string(), "no-such-charset").kind(), ErrorKind::kUsage);
}

TEST_F(ReadTextFile, ExplicitUtf8BehavesLikeDefault) {
  EXPECT_EQ(read_text_file(kData + "vi.utf8.txt", {"utf8"}).text, slurp(kData + "vi.utf8.txt"));
  EXPECT_FALSE(read_text_file(kData + "vi.utf8.txt", {"UTF-8"}).converted);
  EXPECT_EQ(read_error(kData + "vi-vni.txt", "UTF-8").args()[0], "VNI");
}

TEST_F(ReadTextFile, UndecodableBytesInExplicitEncoding) {
  // "a b c" in UTF-16LE is 5 bytes: the last code unit is cut off at byte 4.
  Error e = bytes_error(std::string("a\0b\0c", 5), "UTF-16LE");
  EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e.message_template(), "invalid {1}");
  EXPECT_EQ(e.args(), (std::vector<std::string>{"UTF-16LE"}));
  EXPECT_EQ(e.where(), (Location{"in.txt", 1, 3, 4}));
  // A lone trail byte in EUC-KR on line 2.
  Error k = bytes_error("\xC7\xD1\n\xB1\xB9 \xFF\xFF", "EUC-KR");
  EXPECT_EQ(k.where(), (Location{"in.txt", 2, 3, 6}));
}

TEST_F(ReadTextFile, ConvertedNulIsBinary) {
  Error e = bytes_error(utf16(std::u16string(u"ab\0c", 4), true, true));
  EXPECT_NE(e.message_template().find("binary"), std::string::npos);
  EXPECT_EQ(e.where().byte, 2u);
}

}  // namespace
}  // namespace songngu
