#include "pipeline/corpus_corrections.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/corrections.h"
#include "tm/tmx_reader.h"

namespace songngu {
namespace {
namespace fs = std::filesystem;

struct RecordingSink : ProgressSink {
  std::vector<Warning> warnings;
  void warning(const Warning& w) override { warnings.push_back(w); }
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The corpus of corpus_test.cc (tests/data/tm/trilingual.*, one document in vi, en and ko) and a
// person's review of it, done through the editor and saved as the review server saves.
class ReviewedCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) / ("corpus-corrections-" + std::to_string(getpid()));
    fs::remove_all(root_);
    for (const char* lang : {"vi", "en", "ko"}) {
      fs::create_directories(root_ / "in" / lang);
      fs::copy_file(std::string(SONGNGU_TEST_DATA_DIR) + "/tm/trilingual." + lang,
                    root_ / "in" / lang / (kName + ".txt"));
    }
    options_.corpus_dir = (root_ / "in").string();
    options_.tm_dir = (root_ / "out/tm").string();
    options_.glossary_dir = (root_ / "out/glossary").string();
    options_.reports_dir = (root_ / "out/reports").string();
    unsetenv("SOURCE_DATE_EPOCH");
  }
  void TearDown() override { fs::remove_all(root_); }

  // The corpus as `songngu review` would show it: read and aligned, corrections honoured.
  Corpus aligned() {
    RecordingSink sink;
    Corpus corpus = read_corpus(options_, corpus_document_names(options_, sink), sink);
    align_corpus_with_corrections(corpus, sink);
    return corpus;
  }
  // Opens the editor on one pair, lets `review` act, saves the corrections.
  template <typename Review>
  void review(const std::string& lang, Review act) {
    Corpus corpus = aligned();
    const CorpusDocument& doc = corpus.documents.at(0);
    const CorpusTranslation& t = doc.translations.at(lang);
    AlignmentEditor editor(doc.source, t.document, t.alignment);
    act(editor);
    write_corrections(corrections_path(options_.corpus_dir, kName, "vi", lang),
                      corrections_of(editor, "vi", lang));
  }
  TranslationMemory memory(const std::string& pair) {
    return read_tmx(options_.tm_dir + "/" + pair + ".tmx");
  }

  const std::string kName = "2025-03-04-library";
  fs::path root_;
  CorpusOptions options_;
};

TEST_F(ReviewedCorpus, ARerunKeepsTheMergedBeadAndIsDeterministic) {
  RecordingSink sink;
  const size_t units_before = run_corpus(options_, sink).memories[0].count;
  review("en", [](AlignmentEditor& e) { e.merge_with_next(0); });
  ASSERT_TRUE(fs::exists(root_ / "in/corrections" / (kName + ".vi-en.txt")));

  const CorpusSummary after = run_corpus(options_, sink);
  EXPECT_TRUE(sink.warnings.empty()) << sink.warnings[0].text();
  EXPECT_EQ(after.memories[0].count, units_before - 1);
  const TranslationMemory tm = memory("vi-en");
  EXPECT_EQ(tm.units[0].variants[1].text,
            "The city library opens at 8 a.m. Readers need to bring their library card.");
  EXPECT_EQ(*tm.units[0].prop("x-confidence"), "1.000") << "a person's bead";
  const std::string bytes = read_file(options_.tm_dir + "/vi-en.tmx");
  const std::string pivot = read_file(options_.tm_dir + "/vi-en-ko.tmx");
  run_corpus(options_, sink);
  EXPECT_EQ(read_file(options_.tm_dir + "/vi-en.tmx"), bytes) << "same inputs and corrections, same bytes";
  EXPECT_EQ(read_file(options_.tm_dir + "/vi-en-ko.tmx"), pivot);
}

TEST_F(ReviewedCorpus, NotATranslationStaysOutOfTheMemory) {
  RecordingSink sink;
  const size_t units_before = run_corpus(options_, sink).memories[1].count;
  review("ko", [](AlignmentEditor& e) { e.mark_not_translation(0); });  // the 1-1 bead of the titles
  const CorpusSummary after = run_corpus(options_, sink);
  EXPECT_TRUE(sink.warnings.empty());
  EXPECT_EQ(after.memories[1].count, units_before - 1);
  for (const auto& unit : memory("vi-ko").units)
    EXPECT_NE(unit.variants[1].text, "시립 도서관은 오전 8시에 문을 엽니다.");
}

TEST_F(ReviewedCorpus, EditedSegmentsReachEveryMemoryOfTheirLanguage) {
  review("en", [](AlignmentEditor& e) {
    e.edit_segment(Side::kSource, 0, "Thư viện thành phố mở cửa lúc 8 giờ sáng.");
    e.split_segment(Side::kTarget, 0, 17);  // "The city library" | "opens at 8 a.m."
  });
  RecordingSink sink;
  run_corpus(options_, sink);
  EXPECT_TRUE(sink.warnings.empty());
  const TranslationMemory en = memory("vi-en"), ko = memory("vi-ko");
  EXPECT_EQ(en.units[0].variants[0].text, "Thư viện thành phố mở cửa lúc 8 giờ sáng.");
  EXPECT_EQ(en.units[0].variants[1].text, "The city library opens at 8 a.m.") << "both parts in one bead";
  EXPECT_EQ(*en.units[0].prop("x-bead"), "1-2");
  EXPECT_EQ(ko.units[0].variants[0].text, "Thư viện thành phố mở cửa lúc 8 giờ sáng.")
      << "one Vietnamese document";
}

TEST_F(ReviewedCorpus, ACorrectionThatNoLongerFitsIsReportedNotApplied) {
  review("en", [](AlignmentEditor& e) { e.merge_with_next(0); });
  // The translator rewrites the first English sentence in the file: the merged bead names the old text.
  std::string en = read_file(root_ / "in/en" / (kName + ".txt"));
  en.replace(0, en.find('\n'), "The city library opens at eight.");
  std::ofstream(root_ / "in/en" / (kName + ".txt"), std::ios::binary | std::ios::trunc) << en;
  RecordingSink sink;
  const CorpusSummary s = run_corpus(options_, sink);
  ASSERT_EQ(sink.warnings.size(), 1u);
  EXPECT_EQ(sink.warnings[0].where.file, corrections_path(options_.corpus_dir, kName, "vi", "en"));
  EXPECT_EQ(sink.warnings[0].where.line, 3u);
  EXPECT_EQ(s.pairs[0].beads_by_type.at("1-1"), 9u) << "the automatic alignment, untouched";
}

TEST_F(ReviewedCorpus, AMalformedCorrectionsFileIsAnErrorNamingIt) {
  fs::create_directories(root_ / "in/corrections");
  std::ofstream(root_ / "in/corrections" / (kName + ".vi-en.txt")) << "bead confirmed vi 0+1 en zero\n";
  RecordingSink sink;
  try {
    run_corpus(options_, sink);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.where().line, 1u);
  }
}

}  // namespace
}  // namespace songngu
