#include "align/batch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"

namespace songngu {
namespace {
namespace fs = std::filesystem;

TEST(Batch, ShardsAreDisjointAndCoverTheList) {
  for (size_t count : {0u, 1u, 7u, 509u}) {
    for (size_t n : {1u, 2u, 3u, 8u}) {
      size_t covered = 0, previous_end = 0;
      for (size_t k = 1; k <= n; ++k) {
        auto [begin, end] = shard_range(count, k, n);
        EXPECT_EQ(begin, previous_end);
        EXPECT_LE(begin, end);
        covered += end - begin;
        previous_end = end;
      }
      EXPECT_EQ(covered, count);
      EXPECT_EQ(previous_end, count);
    }
  }
}

TEST(Batch, ParseShard) {
  EXPECT_EQ(parse_shard("2/8"), (std::pair<size_t, size_t>{2, 8}));
  EXPECT_THROW(parse_shard("0/8"), Error);
  EXPECT_THROW(parse_shard("9/8"), Error);
  EXPECT_THROW(parse_shard("2"), Error);
  EXPECT_THROW(parse_shard("a/b"), Error);
}

class BatchFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("songngu-batch-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    for (const char* name : {"b.vi", "b.en", "a.vi", "a.en", "a.raw.vi", "a.raw.en", "c.vi", "a.gold"})
      std::ofstream(dir_ / name) << "x\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(BatchFolder, PairsSortedAndRawTwinsChosenByMode) {
  auto pre = batch_from_folder(dir_.string(), "vi", "en", false);
  ASSERT_EQ(pre.size(), 2u);  // c has no translation
  EXPECT_EQ(pre[0].stem, "a");
  EXPECT_EQ(fs::path(pre[0].source).filename(), "a.vi");
  EXPECT_EQ(pre[1].stem, "b");
  auto raw = batch_from_folder(dir_.string(), "vi", "en", true);
  ASSERT_EQ(raw.size(), 2u);
  EXPECT_EQ(raw[0].stem, "a");
  EXPECT_EQ(fs::path(raw[0].source).filename(), "a.raw.vi");
  EXPECT_THROW(batch_from_folder(dir_.string(), "vi", "ko", false), Error);
}

TEST_F(BatchFolder, ListResolvesRelativePaths) {
  std::ofstream(dir_ / "list.tsv") << "# comment\nb.vi\tb.en\tout/b.tsv\n\na.vi\ta.en\n";
  auto items = batch_from_list((dir_ / "list.tsv").string());
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].stem, "a");
  EXPECT_EQ(items[0].output, "");
  EXPECT_EQ(items[1].output, (dir_ / "out/b.tsv").string());
  std::ofstream(dir_ / "bad.tsv") << "only-one-field\n";
  EXPECT_THROW(batch_from_list((dir_ / "bad.tsv").string()), Error);
}

}  // namespace
}  // namespace songngu
