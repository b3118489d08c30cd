#include "base/lang.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace songngu {
namespace {

TEST(Lang, NormalizesCaseAndKeepsRegion) {
  Lang l("VI-vn");
  EXPECT_EQ(l.tag(), "vi-VN");
  EXPECT_EQ(l.base(), "vi");
  EXPECT_EQ(Lang("ko_kr").tag(), "ko-KR");
  EXPECT_EQ(Lang("zh-hant-TW").tag(), "zh-Hant-TW");
}

TEST(Lang, RejectsMalformedTags) {
  EXPECT_THROW(Lang("v"), Error);
  EXPECT_THROW(Lang("vi--VN"), Error);
  EXPECT_THROW(Lang("vi VN"), Error);
  EXPECT_THROW(Lang(""), Error);
  EXPECT_FALSE(Lang::is_valid("english!"));
}

}  // namespace
}  // namespace songngu
