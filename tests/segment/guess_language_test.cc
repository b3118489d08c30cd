#include "segment/guess_language.h"

#include <gtest/gtest.h>

namespace songngu {
namespace {

TEST(GuessLanguage, ByScript) {
  EXPECT_EQ(guess_language("Hai bên nhất trí tăng cường hợp tác."), "vi");
  EXPECT_EQ(guess_language("The two sides agreed to strengthen cooperation with Viet Nam."), "en");
  EXPECT_EQ(guess_language("양국은 협력을 강화하기로 했다. APEC 2025"), "ko");
  EXPECT_EQ(guess_language("2025-10-30 ..."), "vi");  // nothing to go on: the source language
  EXPECT_EQ(guess_language(""), "vi");
  // A few Vietnamese names in English text do not make it Vietnamese.
  EXPECT_EQ(guess_language("General Secretary Tô Lâm met President Lee Jae Myung in Seoul on Monday "
                           "and the two leaders discussed trade, investment and technology."),
            "en");
}

}  // namespace
}  // namespace songngu
