// Regression (hardening, issue 7, e2e.hostile_xml): a <tuv xml:lang="not a language!"> was read
// without complaint, so `tm stats|convert|merge` accepted a TMX with a bad language code and
// copied it on. A language code that is not BCP 47 (underscores, as in old "en_US" exports,
// accepted) is now bad input naming the file, line and column.
#include <gtest/gtest.h>

#include <string>

#include "base/error.h"
#include "tm/tmx_reader.h"
#include "tm_test_util.h"

namespace songngu {
namespace {

std::string tmx_with_lang(const std::string& lang) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
         "<header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" "
         "adminlang=\"en\" srclang=\"vi\" datatype=\"plaintext\"/>\n<body>\n"
         "<tu><tuv xml:lang=\"vi\"><seg>Hợp tác</seg></tuv><tuv xml:lang=\"" +
         lang + "\"><seg>Cooperation</seg></tuv></tu>\n</body>\n</tmx>\n";
}

std::string write_tmx_with_lang(const std::string& lang, const std::string& name) {
  std::string path = test::temp_dir("lang-regression") + "/" + name + ".tmx";
  test::spit(path, tmx_with_lang(lang));
  return path;
}

TEST(TmxLangRegression, BadLanguageCodeIsBadInputWithPosition) {
  std::string path = write_tmx_with_lang("not a language!", "bad");
  try {
    read_tmx(path);
    FAIL() << "a TMX with xml:lang=\"not a language!\" was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    std::string message = e.what();
    EXPECT_NE(message.find("bad.tmx:5:"), std::string::npos) << message;
    EXPECT_NE(message.find("not a language!"), std::string::npos) << message;
  }
}

TEST(TmxLangRegression, WellFormedCodesStillRead) {
  for (const std::string lang : {"en", "EN-US", "en_US", "ko-KR", "zh-Hant-TW"}) {
    TranslationMemory tm = read_tmx(write_tmx_with_lang(lang, "ok"));
    ASSERT_EQ(tm.units.size(), 1u) << lang;
    EXPECT_EQ(tm.units[0].variants[1].lang, lang);
  }
}

}  // namespace
}  // namespace songngu
