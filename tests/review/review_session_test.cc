#include "review/review_session.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"

namespace songngu {
namespace {
namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The server's library side on the trilingual test corpus (tests/data/tm/trilingual.*).
class Session : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) / ("review-session-" + std::to_string(getpid()));
    fs::remove_all(root_);
    for (const char* lang : {"vi", "en", "ko"}) {
      fs::create_directories(root_ / "in" / lang);
      fs::copy_file(std::string(SONGNGU_TEST_DATA_DIR) + "/tm/trilingual." + lang,
                    root_ / "in" / lang / "doc.txt");
    }
    options_.corpus_dir = (root_ / "in").string();
    options_.tm_dir = (root_ / "out/tm").string();
    options_.glossary_dir = (root_ / "out/glossary").string();
    options_.reports_dir = (root_ / "out/reports").string();
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
  CorpusOptions options_;
  ProgressSink quiet_;
};

TEST_F(Session, ThePageCarriesEveryPairsBeads) {
  ReviewSession session(options_, quiet_);
  const std::string page = session.page();
  EXPECT_NE(page.find("\"lang\":\"en\""), std::string::npos);
  EXPECT_NE(page.find("\"lang\":\"ko\""), std::string::npos);
  EXPECT_NE(page.find("독자는 도서관 카드를 지참해야 합니다."), std::string::npos);
  EXPECT_EQ(page.find("/*SONGNGU_DATA*/"), std::string::npos);
  EXPECT_TRUE(fs::exists(options_.tm_dir + "/vi-en.tmx")) << "the corpus job ran";
}

TEST_F(Session, EditsAnswerTheNewStateAndRefuseStaleVersions) {
  ReviewSession session(options_, quiet_);
  const std::string answer =
      session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":0,"op":"merge_next","bead":0})"));
  EXPECT_NE(answer.find("\"version\":1"), std::string::npos);
  EXPECT_NE(answer.find("[0,2,0,2,1.000,\"edited\"]"), std::string::npos) << answer.substr(0, 200);
  EXPECT_EQ(answer.find("\"source\""), std::string::npos) << "a merge changes no text";
  EXPECT_THROW(session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":0,"op":"undo"})")),
               StaleVersion);
  EXPECT_NE(
      session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":1,"op":"undo"})")).find("\"source\""),
      std::string::npos)
      << "an undo may change texts: they come along";
  EXPECT_THROW(session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":2,"op":"rm -rf"})")), Error);
  EXPECT_THROW(session.edit(parse_json_object(R"({"doc":0,"lang":"fr","version":0,"op":"undo"})")), Error);
  EXPECT_THROW(
      session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":2,"op":"move_up","bead":1})")), Error)
      << "no side";
}

TEST_F(Session, SaveWritesTheCorrectionsAndTheMemoriesAndRefusesAStaleTab) {
  ReviewSession session(options_, quiet_);
  session.edit(parse_json_object(R"({"doc":0,"lang":"ko","version":0,"op":"not_translation","bead":0})"));
  const std::string answer = session.save(parse_json_object(R"({"doc":0,"lang":"ko","version":1})"), quiet_);
  const fs::path file = root_ / "in/corrections/doc.vi-ko.txt";
  EXPECT_NE(answer.find(file.string()), std::string::npos);
  EXPECT_NE(read_file(file).find("bead not-translation vi 0+1 ko 0+1"), std::string::npos);
  EXPECT_EQ(read_file(options_.tm_dir + "/vi-ko.tmx").find("시립 도서관은 오전 8시에 문을 엽니다."),
            std::string::npos);
  EXPECT_THROW(session.save(parse_json_object(R"({"doc":0,"lang":"ko","version":0})"), quiet_), StaleVersion);
  EXPECT_NE(read_file(file).find("not-translation"), std::string::npos) << "the first save is kept";
  // A new session (the server restarted) resumes from the file.
  ReviewSession again(options_, quiet_);
  EXPECT_NE(again.pair_json(0, "ko").find("\"not-translation\""), std::string::npos);
}

}  // namespace
}  // namespace songngu
