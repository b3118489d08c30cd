#include "pipeline/align_job.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "pipeline_test_util.h"
#include "tm/tmx_reader.h"

namespace songngu {
namespace {
namespace fs = std::filesystem;
using test::read_file;
using test::RecordingSink;
using test::write_file;

std::string fixture(const std::string& name) {
  return read_file(std::string(SONGNGU_TEST_DATA_DIR) + "/tm/" + name);
}

class AlignJob : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = test::fresh_folder("align-job-test");
    // Three document pairs in a batch folder: the trilingual fixture, its first half and its second.
    const std::string vi = fixture("trilingual.vi"), en = fixture("trilingual.en");
    auto half = [](const std::string& text, bool first) {
      size_t cut = 0;
      for (int lines = 0; lines < 5; ++lines) cut = text.find('\n', cut) + 1;
      return first ? text.substr(0, cut) : text.substr(cut);
    };
    write_file(root_ / "in/a.vi", vi);
    write_file(root_ / "in/a.en", en);
    write_file(root_ / "in/b.vi", half(vi, true));
    write_file(root_ / "in/b.en", half(en, true));
    write_file(root_ / "in/c.vi", half(vi, false));
    write_file(root_ / "in/c.en", half(en, false));
    options_.target_langs = {Lang("en")};
    options_.presegmented = true;
    options_.threads = 2;
    unsetenv("SOURCE_DATE_EPOCH");
  }
  void TearDown() override { fs::remove_all(root_); }

  BatchJob batch(const std::string& out, size_t shard = 1, size_t shards = 1) {
    BatchJob job;
    job.input = (root_ / "in").string();
    job.output_dir = (root_ / out).string();
    job.format = AlignFormat::kBeads;
    job.shard = shard;
    job.shards = shards;
    return job;
  }

  fs::path root_;
  AlignJobOptions options_;
  RecordingSink sink_;
};

TEST_F(AlignJob, FormatsByNameAndByExtension) {
  EXPECT_EQ(align_format_named("tmx"), AlignFormat::kTmx);
  EXPECT_THROW(align_format_named("xlsx"), Error);
  EXPECT_EQ(align_format_of_path("x/out.beads"), AlignFormat::kBeads);
  EXPECT_EQ(align_format_of_path("out.tmx"), AlignFormat::kTmx);
  EXPECT_EQ(align_format_of_path("out.txt"), AlignFormat::kTsv);
}

TEST_F(AlignJob, OneDocumentToTsv) {
  align_files(options_, (root_ / "in/a.vi").string(), {(root_ / "in/a.en").string()},
              (root_ / "a.tsv").string(), sink_);
  const std::string tsv = read_file(root_ / "a.tsv");
  EXPECT_EQ(tsv.substr(0, tsv.find('\n')),
            "Thư viện thành phố mở cửa từ 8 giờ sáng.\tThe city library opens at 8 a.m.");
  EXPECT_EQ(std::count(tsv.begin(), tsv.end(), '\n'), 9);
}

TEST_F(AlignJob, SeveralTranslationsNeedATmx) {
  options_.target_langs = {Lang("en"), Lang("en")};
  EXPECT_THROW(align_files(options_, (root_ / "in/a.vi").string(),
                           {(root_ / "in/a.en").string(), (root_ / "in/b.en").string()},
                           (root_ / "x.tsv").string(), sink_),
               Error);
  EXPECT_FALSE(fs::exists(root_ / "x.tsv"));
}

TEST_F(AlignJob, ShardsTogetherEqualTheWholeBatch) {
  align_batch(options_, batch("whole"), sink_);
  for (size_t k = 1; k <= 3; ++k) align_batch(options_, batch("shards", k, 3), sink_);
  for (const char* stem : {"a", "b", "c"}) {
    const std::string name = std::string(stem) + ".beads";
    ASSERT_TRUE(fs::exists(root_ / "whole" / name));
    EXPECT_EQ(read_file(root_ / "shards" / name), read_file(root_ / "whole" / name)) << name;
  }
}

TEST_F(AlignJob, ALearnedModelAlignsAShardAsTheWholeBatchDid) {
  options_.model_out = (root_ / "model.txt").string();
  options_.learn_only = true;
  align_batch(options_, batch(""), sink_);
  EXPECT_FALSE(fs::exists(root_ / "whole"));
  AlignJobOptions with_model = options_;
  with_model.learn_only = false;
  with_model.model_out.clear();
  with_model.model = read_model(options_.model_out, {}, sink_);
  align_batch(with_model, batch("shard", 2, 3), sink_);
  options_.learn_only = false;
  options_.model_out.clear();
  align_batch(options_, batch("whole"), sink_);
  EXPECT_EQ(read_file(root_ / "shard/b.beads"), read_file(root_ / "whole/b.beads"));
  EXPECT_FALSE(fs::exists(root_ / "shard/a.beads"));
}

TEST_F(AlignJob, ModelBeadTypesWinWithAWarning) {
  options_.model_out = (root_ / "model.txt").string();
  options_.learn_only = true;
  align_batch(options_, batch(""), sink_);
  AlignModel model = read_model(options_.model_out, {{1, 1}, {1, 2}}, sink_);
  ASSERT_EQ(sink_.warnings.size(), 1u);
  EXPECT_EQ(sink_.warnings[0].setting, Setting::kBeadTypes);
  EXPECT_EQ(sink_.warnings[0].where.file, options_.model_out);
  EXPECT_EQ(model.shapes.size(), 6u);
}

TEST_F(AlignJob, TheFirstFailingDocumentInListOrderIsReported) {
  write_file(root_ / "in/b.en", "");  // an empty file is an error
  write_file(root_ / "in/c.en", "\xff\xfe broken");
  auto e = test::error_of([&] { align_batch(options_, batch("out"), sink_); });
  ASSERT_TRUE(e);
  EXPECT_EQ(e->where().file, (root_ / "in/b.en").string()) << e->what();
}

TEST_F(AlignJob, AnOutputThatCannotBeWrittenDoesNotStopTheOthers) {
  fs::create_directories(root_ / "out/b.beads");  // a folder where an output file should go
  auto e = test::error_of([&] { align_batch(options_, batch("out"), sink_); });
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::kOutput);
  EXPECT_TRUE(fs::is_regular_file(root_ / "out/a.beads"));
  EXPECT_TRUE(fs::is_regular_file(root_ / "out/c.beads"));
}

}  // namespace
}  // namespace songngu
