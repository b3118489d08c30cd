#include "pipeline/load_document.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "pipeline_test_util.h"

namespace songngu {
namespace {
namespace fs = std::filesystem;
using test::RecordingSink;

fs::path write_temp(const std::string& name, const std::string& text) {
  fs::path path = fs::path(::testing::TempDir()) / (std::to_string(getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(LoadDocument, SegmentsOrSplitsByLine) {
  fs::path path = write_temp("two.vi", "Một câu. Hai câu.\n");
  RecordingSink sink;
  const Segmenter segmenter{Lang("vi")};
  EXPECT_EQ(load_document(path.string(), Lang("vi"), {}, &segmenter, sink).segments.size(), 2u);
  EXPECT_EQ(load_document(path.string(), Lang("vi"), {}, nullptr, sink).segments.size(), 1u);
  EXPECT_TRUE(sink.warnings.empty());
  fs::remove(path);
}

TEST(LoadDocument, TextWithoutSegmentsIsReadWithAWarningAboutTheEncoding) {
  fs::path path = write_temp("blank.vi", "\n\n   \n");
  RecordingSink sink;
  Document doc = load_document(path.string(), Lang("vi"), {}, nullptr, sink);
  EXPECT_TRUE(doc.segments.empty());
  ASSERT_EQ(sink.warnings.size(), 1u);
  EXPECT_EQ(sink.warnings[0].where.file, path.string());
  EXPECT_EQ(sink.warnings[0].setting, Setting::kEncoding);
  fs::remove(path);
}

TEST(LoadDocument, ReaderErrorsNameTheFile) {
  RecordingSink sink;
  auto e = test::error_of([&] { load_document("/nonexistent/x.vi", Lang("vi"), {}, nullptr, sink); });
  ASSERT_TRUE(e);
  EXPECT_EQ(e->where().file, "/nonexistent/x.vi");
}

TEST(LoadDocument, WarnsAboutATranslationInTheWrongScript) {
  RecordingSink sink;
  fs::path vi = write_temp("pair.vi", "Xin chào.\n"), ko = write_temp("pair.en", "안녕하세요.\n");
  Document source = load_document(vi.string(), Lang("vi"), {}, nullptr, sink);
  Document target = load_document(ko.string(), Lang("en"), {}, nullptr, sink);
  warn_about_pair(source, target, sink);
  ASSERT_EQ(sink.warnings.size(), 1u);
  EXPECT_EQ(sink.warnings[0].setting, Setting::kTargetLanguage);
  EXPECT_EQ(sink.warnings[0].where.file, ko.string());
  fs::remove(vi);
  fs::remove(ko);
}

}  // namespace
}  // namespace songngu
