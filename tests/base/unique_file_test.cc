#include "base/unique_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>

#include <utility>

namespace songngu {
namespace {

bool is_open(int fd) {
  return ::fcntl(fd, F_GETFD) != -1;
}

TEST(UniqueFd, ClosesWhenItGoesOutOfScope) {
  int raw = -1;
  {
    UniqueFd fd(::open("/dev/null", O_RDONLY));
    ASSERT_TRUE(fd);
    raw = fd.get();
    EXPECT_TRUE(is_open(raw));
  }
  EXPECT_FALSE(is_open(raw));
}

TEST(UniqueFd, MovesAndReleases) {
  UniqueFd a(::open("/dev/null", O_RDONLY));
  const int raw = a.get();
  UniqueFd b = std::move(a);
  EXPECT_FALSE(a);
  EXPECT_EQ(b.get(), raw);
  const int released = b.release();
  EXPECT_FALSE(b);
  EXPECT_TRUE(is_open(released)) << "release() hands the descriptor over without closing it";
  ::close(released);
  EXPECT_FALSE(UniqueFd(-1));
}

TEST(UniqueFile, ClosesWhenItGoesOutOfScope) {
  int raw = -1;
  {
    UniqueFile file(std::fopen("/dev/null", "rb"));
    ASSERT_TRUE(file);
    raw = ::fileno(file.get());
    EXPECT_TRUE(is_open(raw));
  }
  EXPECT_FALSE(is_open(raw));
}

}  // namespace
}  // namespace songngu
