// How cli/messages.h formats a library message: the location as compilers print it, then the
// message, then the hint naming the option, then the byte offset (in English: no catalog loaded).
#include <gtest/gtest.h>

#include "base/error.h"
#include "cli/messages.h"

namespace songngu::cli {
namespace {

TEST(TrMessage, LocationMessageHintByte) {
  Message m(N_("invalid UTF-8; it may be {1}"), {"EUC-KR or cp949 (Korean)"}, {"a.txt", 2, 7, 31});
  m.setting = Setting::kEncoding;
  m.suggestion = "cp949";
  EXPECT_EQ(tr_message(m),
            "a.txt:2:7: invalid UTF-8; it may be EUC-KR or cp949 (Korean); try --encoding cp949 (byte 31)");
}

TEST(TrMessage, WhatIsKnownOfThePlace) {
  EXPECT_EQ(tr_message(Message("no such file", {}, {"x.txt"})), "x.txt: no such file");
  EXPECT_EQ(tr_message(Message("bad row", {}, {"g.csv", 3})), "g.csv:3: bad row");
  EXPECT_EQ(tr_message(Message("no place")), "no place");
}

TEST(TrMessage, ASettingWithoutASuggestionIsNamed) {
  Message m("the text is mostly in {1} script, which does not look like {2}", {"Hangul", "en"}, {"b.en"});
  m.setting = Setting::kTargetLanguage;
  EXPECT_EQ(tr_message(m),
            "b.en: the text is mostly in Hangul script, which does not look like en; check -t");
}

TEST(TrMessage, TheErrorsEnglishTextAgrees) {
  Error e(ErrorKind::kBadInput, "invalid UTF-8", {}, {"a.txt", 2, 7, 31});
  EXPECT_STREQ(e.what(), "a.txt:2:7: invalid UTF-8 (byte 31)");
  EXPECT_EQ(tr_message(e.message()), e.what());
}

TEST(LanguageDisplayName, KnownNamesAndTheTagOtherwise) {
  EXPECT_EQ(language_display_name("ko"), "Korean");
  EXPECT_EQ(language_display_name("fr"), "fr");
}

}  // namespace
}  // namespace songngu::cli
