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

// The glossary marks and findings of the static review page come along in the editor's data, in
// JavaScript's UTF-16 units, and stay correct across edits: a segment whose text changed shows none
// until a save recomputes them.
TEST_F(Session, GlossaryMarksAndFindingsFollowTheText) {
  const fs::path seed = root_ / "seed.csv";
  std::ofstream(seed) << "id,status,domain,vi,en,ko,note\n"
                         "t-lib,approved,,thư viện,library,도서관,\n"
                         "t-card,approved,,thẻ thư viện,membership card,회원증,\n";
  options_.seed_glossary = seed.string();
  ReviewSession session(options_, quiet_);
  std::string pair = session.pair_json(0, "en");
  // "Thư viện" is 11 bytes but 8 UTF-16 units.
  EXPECT_NE(pair.find("\"source_marks\":[[[0,8,\"approved c"), std::string::npos) << pair;
  EXPECT_NE(pair.find("library"), std::string::npos);
  // "thẻ thư viện" has no "membership card" in the English of segment 1.
  const std::string finding = "{\"side\":\"source\",\"segment\":1,\"severity\":";
  EXPECT_NE(pair.find(finding), std::string::npos) << pair;
  EXPECT_NE(pair.find("\"term\":\"thẻ thư viện\""), std::string::npos);
  EXPECT_NE(session.page().find(finding), std::string::npos) << "in the page as it loads";
  EXPECT_NE(session.page().find(".term.c0"), std::string::npos) << "the report's colours";

  // A merge keeps them (they are anchored on segments); an edit of the text drops that segment's.
  session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":0,"op":"merge_next","bead":0})"));
  pair = session.edit(parse_json_object(
      R"({"doc":0,"lang":"en","version":1,"op":"edit","side":"source","segment":1,"text":"Độc giả cần mang thẻ."})"));
  EXPECT_EQ(pair.find(finding), std::string::npos) << "stale after the edit";
  EXPECT_NE(pair.find("\"source_marks\":[[[0,8,\"approved c"), std::string::npos) << "segment 0 unchanged";
  EXPECT_NE(pair.find("\"notes_version\":0"), std::string::npos);
  // Undo brings the text, and so its finding, back; a save recomputes them for the new text.
  pair = session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":2,"op":"undo"})"));
  EXPECT_NE(pair.find(finding), std::string::npos);
  pair = session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":3,"op":"redo"})"));
  session.save(parse_json_object(R"({"doc":0,"lang":"en","version":4})"), quiet_);
  pair = session.pair_json(0, "en");
  EXPECT_NE(pair.find("\"notes_version\":4"), std::string::npos);
  EXPECT_EQ(pair.find(finding), std::string::npos) << "the edited segment has no glossary term any more";
  EXPECT_NE(pair.find("\"source_marks\":[[[0,8,\"approved c"), std::string::npos);
}

// The undo history keeps the last 500 steps: the 501st undo is refused, saying why, and changes
// nothing; so is a redo with nothing undone.
TEST_F(Session, UndoBeyondTheHistoryIsRefused) {
  ReviewSession session(options_, quiet_);
  auto request = [](uint64_t version, const std::string& rest) {
    return parse_json_object(R"({"doc":0,"lang":"en","version":)" + std::to_string(version) + "," + rest +
                             "}");
  };
  EXPECT_THROW(session.edit(request(0, R"("op":"undo")")), Error) << "nothing done yet";
  uint64_t version = 0;
  for (int i = 0; i < 501; ++i)
    session.edit(request(
        version++, R"("op":"edit","side":"target","segment":0,"text":"Step )" + std::to_string(i) + R"(.")"));
  EXPECT_THROW(session.edit(request(version, R"("op":"redo")")), Error);
  for (int i = 0; i < 500; ++i) session.edit(request(version++, R"("op":"undo")"));
  const std::string before = session.pair_json(0, "en");
  EXPECT_NE(before.find("\"Step 0.\""), std::string::npos) << "the first step is the oldest kept";
  EXPECT_NE(before.find("\"can_undo\":false"), std::string::npos);
  try {
    session.edit(request(version, R"("op":"undo")"));
    ADD_FAILURE() << "the 501st undo went through";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
    EXPECT_NE(e.message().text().find("nothing to undo"), std::string::npos);
  }
  EXPECT_EQ(session.pair_json(0, "en"), before) << "a refused undo changes nothing";
}

// A save exports the documents as the session read them: a document added to the folder since
// (sorting first, so listing the folder again would shift every index) changes nothing until the
// next start.
TEST_F(Session, ASaveExportsTheDocumentsAsOpened) {
  ReviewSession session(options_, quiet_);
  std::ofstream(root_ / "in/vi/a-first.txt") << "Một câu mới về thời tiết.\n";
  std::ofstream(root_ / "in/en/a-first.txt") << "A new sentence about the weather.\n";
  session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":0,"op":"merge_next","bead":0})"));
  const std::string answer = session.save(parse_json_object(R"({"doc":0,"lang":"en","version":1})"), quiet_);
  EXPECT_NE(answer.find("doc.vi-en.txt"), std::string::npos) << answer;
  const std::string tmx = read_file(options_.tm_dir + "/vi-en.tmx");
  EXPECT_NE(tmx.find("The city library opens at 8 a.m. Readers need to bring their library card."),
            std::string::npos);
  EXPECT_EQ(tmx.find("weather"), std::string::npos);
  const std::string pair = session.pair_json(0, "en");
  EXPECT_NE(pair.find("\"name\":\"doc\""), std::string::npos);
  EXPECT_NE(pair.find("[0,2,0,2,"), std::string::npos) << pair.substr(0, 200);
  EXPECT_NE(pair.find("\"source\":[\"Thư viện thành phố"), std::string::npos);
}

// A save that changes no source text leaves the other pair of the document alone: a tab showing
// it can go on editing.
TEST_F(Session, ASaveWithoutSourceEditsKeepsTheOtherPairsVersion) {
  ReviewSession session(options_, quiet_);
  session.edit(parse_json_object(R"({"doc":0,"lang":"en","version":0,"op":"merge_next","bead":0})"));
  const std::string answer = session.save(parse_json_object(R"({"doc":0,"lang":"en","version":1})"), quiet_);
  EXPECT_NE(answer.find("\"refreshed\":[],\"unsaved\":[],\"resumed\":false"), std::string::npos) << answer;
  EXPECT_NE(session.pair_json(0, "ko").find("\"version\":0"), std::string::npos);
  EXPECT_NO_THROW(
      session.edit(parse_json_object(R"({"doc":0,"lang":"ko","version":0,"op":"confirm","bead":0})")));
}

// The Vietnamese is one text for vi-en and vi-ko: an edit saved in one pair reaches the other at
// once when it has no unsaved changes, at its own save when it has, and after a restart.
TEST_F(Session, ASourceEditSavedInOnePairReachesTheOther) {
  ReviewSession session(options_, quiet_);
  const std::string edited = "Thư viện thành phố mở cửa lúc 8 giờ sáng.";
  session.edit(parse_json_object(
      R"({"doc":0,"lang":"en","version":0,"op":"edit","side":"source","segment":0,"text":")" + edited +
      R"("})"));
  std::string answer = session.save(parse_json_object(R"({"doc":0,"lang":"en","version":1})"), quiet_);
  EXPECT_NE(answer.find("\"refreshed\":[\"ko\"]"), std::string::npos) << answer;
  std::string ko = session.pair_json(0, "ko");
  EXPECT_NE(ko.find("\"source\":[" + json_quote(edited)), std::string::npos) << ko.substr(0, 300);
  EXPECT_THROW(
      session.edit(parse_json_object(R"({"doc":0,"lang":"ko","version":0,"op":"confirm","bead":0})")),
      StaleVersion)
      << "a tab still showing the old vi-ko is refused";
  EXPECT_NE(ko.find("\"version\":1"), std::string::npos);

  // vi-ko with an unsaved change when vi-en saves another source edit: left alone, then brought
  // up to date by its own save, its decision kept.
  session.edit(parse_json_object(R"({"doc":0,"lang":"ko","version":1,"op":"confirm","bead":0})"));
  const std::string second = "Độc giả phải mang theo thẻ thư viện.";
  session.edit(parse_json_object(
      R"({"doc":0,"lang":"en","version":1,"op":"edit","side":"source","segment":1,"text":")" + second +
      R"("})"));
  answer = session.save(parse_json_object(R"({"doc":0,"lang":"en","version":2})"), quiet_);
  EXPECT_NE(answer.find("\"unsaved\":[\"ko\"]"), std::string::npos) << answer;
  answer = session.save(parse_json_object(R"({"doc":0,"lang":"ko","version":2})"), quiet_);
  EXPECT_NE(answer.find("\"resumed\":true"), std::string::npos) << answer;
  ko = session.pair_json(0, "ko");
  EXPECT_NE(ko.find(json_quote(second)), std::string::npos);
  EXPECT_NE(ko.find("\"confirmed\""), std::string::npos) << "the decision on segment 0 still fits";

  // After a restart both pairs show both edits.
  ReviewSession again(options_, quiet_);
  for (const char* lang : {"en", "ko"}) {
    const std::string pair = again.pair_json(0, lang);
    EXPECT_NE(pair.find(json_quote(edited)), std::string::npos) << lang;
    EXPECT_NE(pair.find(json_quote(second)), std::string::npos) << lang;
  }
  EXPECT_NE(again.pair_json(0, "ko").find("\"confirmed\""), std::string::npos);
}

}  // namespace
}  // namespace songngu
