#include "pipeline/corpus.h"

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

void copy_lines(const std::string& from, const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy_file(std::string(SONGNGU_TEST_DATA_DIR) + "/tm/" + from, to, fs::copy_options::overwrite_existing);
}

// A corpus of one document with an English and a Korean translation (tests/data/tm/trilingual.*:
// the Korean leaves out one sentence and joins two), plus an English file without a source.
class CorpusJob : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = test::fresh_folder("corpus-test");
    copy_lines("trilingual.vi", root_ / "in/vi/2025-03-04-library.txt");
    copy_lines("trilingual.en", root_ / "in/en/2025-03-04-library.txt");
    copy_lines("trilingual.ko", root_ / "in/ko/2025-03-04-library.txt");
    copy_lines("trilingual.en", root_ / "in/en/orphan.txt");
    options_.corpus_dir = (root_ / "in").string();
    options_.tm_dir = (root_ / "out/tm").string();
    options_.glossary_dir = (root_ / "out/glossary").string();
    options_.reports_dir = (root_ / "out/reports").string();
    unsetenv("SOURCE_DATE_EPOCH");
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
  CorpusOptions options_;
};

TEST_F(CorpusJob, WritesEveryOutputAndSummarisesThem) {
  RecordingSink sink;
  CorpusSummary s = run_corpus(options_, sink);
  EXPECT_EQ(s.documents, 1u);
  EXPECT_EQ(s.source_segments, 9u);
  ASSERT_EQ(s.pairs.size(), 2u);
  EXPECT_EQ(s.pairs[0].target_lang, "en");
  EXPECT_EQ(s.pairs[0].segments, 9u);
  EXPECT_EQ(s.pairs[1].target_lang, "ko");
  EXPECT_EQ(s.pairs[1].segments, 7u);
  EXPECT_EQ(s.pairs[0].beads_by_type.at("1-1"), 9u);
  ASSERT_EQ(s.memories.size(), 3u);
  EXPECT_EQ(s.memories[0].path, options_.tm_dir + "/vi-en.tmx");
  EXPECT_EQ(s.memories[2].path, options_.tm_dir + "/vi-en-ko.tmx");
  EXPECT_EQ(s.memories[0].count, 9u);
  for (const auto& m : s.memories) EXPECT_EQ(read_tmx(m.path).units.size(), m.count) << m.path;
  EXPECT_TRUE(fs::is_regular_file(s.glossary.path));
  EXPECT_GT(s.glossary.count, 0u);
  EXPECT_TRUE(fs::is_regular_file(options_.glossary_dir + "/vi-en-ko.csv"));
  EXPECT_TRUE(fs::is_regular_file(options_.glossary_dir + "/vi-ko.txt"));
  EXPECT_TRUE(fs::is_regular_file(s.review_page));
  EXPECT_EQ(read_file(s.beads_dir + "2025-03-04-library.vi-ko.beads").substr(0, 12), "[0]:[0]\n[1]:");
  // The date of the TMX comes from the document name, not the clock.
  EXPECT_NE(read_file(s.memories[0].path).find("creationdate=\"20250304T000000Z\""), std::string::npos);
}

TEST_F(CorpusJob, AnnouncesItsStepsAndWarnsAboutTranslationsWithoutASource) {
  RecordingSink sink;
  run_corpus(options_, sink);
  EXPECT_EQ(sink.starts, 1u);
  EXPECT_EQ(sink.steps, sink.announced);
  EXPECT_EQ(sink.announced, 1u * 3 + 2 + 4);
  ASSERT_EQ(sink.warnings.size(), 1u);
  EXPECT_EQ(sink.warnings[0].where.file, (root_ / "in/en/orphan.txt").string());
}

TEST_F(CorpusJob, ExportAgainAfterAPersonChangesTheBeads) {
  RecordingSink sink;
  Corpus corpus = read_corpus(options_, corpus_document_names(options_, sink), sink);
  align_corpus(corpus, sink);
  CorpusSummary before = export_corpus(corpus, options_, sink);
  const std::string first = read_file(before.memories[0].path);
  EXPECT_EQ(read_file(export_corpus(corpus, options_, sink).memories[0].path), first) << "deterministic";

  // A person joins the first two vi-en beads: the memory now starts with one unit of both.
  Alignment& en = corpus.documents[0].translations.at("en").alignment;
  ASSERT_GE(en.beads.size(), 2u);
  en.beads[0].src_count += en.beads[1].src_count;
  en.beads[0].tgt_count += en.beads[1].tgt_count;
  en.beads.erase(en.beads.begin() + 1);
  CorpusSummary after = export_corpus(corpus, options_, sink);
  EXPECT_EQ(after.memories[0].count, before.memories[0].count - 1);
  TranslationMemory tm = read_tmx(after.memories[0].path);
  ASSERT_FALSE(tm.units.empty());
  EXPECT_EQ(tm.units[0].variants[1].text,
            "The city library opens at 8 a.m. Readers need to bring their library card.");
  EXPECT_EQ(*tm.units[0].prop("x-bead"), "2-2");
  EXPECT_EQ(tm.units[1].tuid, "2025-03-04-library-2") << "units are numbered as they are made";
}

TEST_F(CorpusJob, AMissingSourceFolderNamesIt) {
  fs::remove_all(root_ / "in/vi");
  RecordingSink sink;
  auto e = test::error_of([&] { run_corpus(options_, sink); });
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::kBadInput);
  EXPECT_EQ(e->where().file, (root_ / "in/vi").string());
}

TEST_F(CorpusJob, AnOutputFolderThatCannotBeMadeIsAnOutputError) {
  fs::create_directories(root_ / "out");
  std::ofstream(root_ / "out/tm") << "a file where the folder should be";
  RecordingSink sink;
  auto e = test::error_of([&] { run_corpus(options_, sink); });
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::kOutput);
  EXPECT_EQ(e->where().file, options_.tm_dir);
}

}  // namespace
}  // namespace songngu
