#include "align/align_prior.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "align/lexicon_file.h"
#include "base/data_dir.h"
#include "base/error.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

// A folder of its own per test, removed at the end.
class PriorFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("songngu-prior-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  static std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  fs::path dir_;
};

// A lexicon file of these lines: the header gives the size of the whole file.
std::string lexicon_text(const std::string& body) {
  for (size_t size = body.size();;) {
    const std::string header = "songngu-align-lexicon\t1\t" + std::to_string(size) + "\n";
    if (header.size() + body.size() == size) return header + body;
    size = header.size() + body.size();
  }
}

// Whether the index of `file` (LexiconFile::indexed) answers for `token` as the text does: the
// known flags of both sides, and both tables' rows, entry by entry, with the same floats.
::testing::AssertionResult index_reads_as_text(const LexiconFile& file, const std::string& token) {
  if (!file.indexed()) return ::testing::AssertionFailure() << "no index";
  const uint32_t n = file.token_number(token);
  for (const bool side : {true, false})
    if (file.indexed_known(side, n) != file.known(side, token))
      return ::testing::AssertionFailure() << "known(" << side << ") of \"" << token << "\"";
  for (const char table : {'F', 'B'}) {
    const auto by_text = file.row(table, token);
    const auto by_index = file.indexed_row(table, n);
    if (by_text.size() != by_index.size())
      return ::testing::AssertionFailure() << table << " row of \"" << token << "\": " << by_index.size()
                                           << " entries instead of " << by_text.size();
    for (size_t i = 0; i < by_text.size(); ++i)
      if (file.indexed_token(by_index[i].to) != by_text[i].first ||
          std::memcmp(&by_index[i].probability, &by_text[i].second, sizeof(float)) != 0)
        return ::testing::AssertionFailure() << table << " row of \"" << token << "\", entry " << i;
  }
  return ::testing::AssertionSuccess();
}

// The message of the error `fn` throws ("" when it throws none).
template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(AlignPrior, ShippedPriorsExistForBothPairsWithTheirLexicons) {
  for (const char* target : {"en", "ko"}) {
    const AlignModel* prior = shipped_prior("vi", target);
    ASSERT_NE(prior, nullptr) << target;
    EXPECT_EQ(prior->source_lang, "vi");
    EXPECT_EQ(prior->target_lang, target);
    EXPECT_EQ(prior->passes.size(), 4u);
    EXPECT_TRUE(prior->forward.empty()) << "the numbers file holds no word table";
    ASSERT_TRUE(prior->lexicon) << target;
    EXPECT_GT(prior->lexicon->bytes(), 1000000u);
    EXPECT_EQ(shipped_prior("vi", target), prior) << "loaded once";
  }
  EXPECT_EQ(shipped_prior("vi", "fr"), nullptr) << "no file, no prior";
}

// The build makes the shipped lexicons' indexes (CMakeLists.txt), and a run finds them: without
// them every run would search the text, a fifth of a short document's time.
TEST(AlignPrior, ShippedLexiconsAreReadThroughTheirIndexes) {
  for (const char* target : {"en", "ko"}) {
    const AlignModel* prior = shipped_prior("vi", target);
    ASSERT_TRUE(prior && prior->lexicon) << target;
    EXPECT_TRUE(prior->lexicon->indexed()) << target;
  }
  const LexiconFile& en = *shipped_prior("vi", "en")->lexicon;
  for (const char* token : {"tin", "file", "", "không", "zzzzqq"})
    EXPECT_TRUE(index_reads_as_text(en, token));
  EXPECT_EQ(en.token_number("zzzzqq"), LexiconFile::kNoToken);
}

TEST(AlignPrior, OwnWordRowsNeedASecondOccurrenceToWeighAgainstThePrior) {
  // One occurrence is the bead the row would confirm: the prior's row alone.
  EXPECT_EQ(own_row_weight(0), 0.0);
  EXPECT_EQ(own_row_weight(1), 0.0);
  // A second occurrence counts as one against the prior's two; then the input takes over.
  EXPECT_DOUBLE_EQ(own_row_weight(2), 1.0 / 3);
  EXPECT_DOUBLE_EQ(own_row_weight(3), 0.5);
  EXPECT_GT(own_row_weight(101), 0.98);
}

TEST(AlignPrior, ShippedViEnLexiconKnowsCommonWords) {
  const AlignModel* prior = shipped_prior("vi", "en");
  ASSERT_TRUE(prior && prior->lexicon);
  // "tin" of "tập tin" (file): its best English translation is "file". Tokens are match keys.
  float best = 0;
  std::string best_word;
  for (const auto& [to, p] : prior->lexicon->row('F', "tin"))
    if (p > best) best = p, best_word = to;
  EXPECT_EQ(best_word, "file");
  EXPECT_TRUE(prior->lexicon->known(true, "tin"));
  EXPECT_TRUE(prior->lexicon->known(false, "file"));
  EXPECT_FALSE(prior->lexicon->known(false, "zzzzqq"));
}

TEST_F(PriorFiles, MissingPriorIsAClearError) {
  const std::string path = (dir_ / "none.prior").string();
  EXPECT_NE(error_of([&] { load_align_prior(path, "vi", "en"); }).find(path), std::string::npos);
}

TEST_F(PriorFiles, TruncatedPriorIsRefused) {
  const std::string whole = read(data_dir() + "/models/vi-en.prior");
  const std::string cut = write("cut.prior", whole.substr(0, whole.rfind("end\t")));
  EXPECT_NE(error_of([&] { load_align_prior(cut, "vi", "en"); }).find("incomplete"), std::string::npos);
}

TEST_F(PriorFiles, PriorOfAnotherPairIsRefused) {
  const std::string path = write("vi-en.prior", read(data_dir() + "/models/vi-en.prior"));
  const std::string message = error_of([&] { load_align_prior(path, "vi", "ko"); });
  EXPECT_NE(message.find("vi-en"), std::string::npos) << message;
  EXPECT_NE(message.find("vi-ko"), std::string::npos) << message;
}

TEST_F(PriorFiles, LexiconBesidePriorIsLoadedAndLookedUp) {
  write("p.prior", read(data_dir() + "/models/vi-en.prior"));
  write("p.lexicon", lexicon_text("B\tfile\ttep6\t0x1p-1\n"
                                  "F\ttep6\tfile\t0x1.8p-1\n"
                                  "F\ttep6\tfiles\t0x1p-2\n"
                                  "KS\ttep6\n"
                                  "KT\tfile\n"));
  AlignModel prior = load_align_prior((dir_ / "p.prior").string(), "vi", "en");
  ASSERT_TRUE(prior.lexicon);
  auto row = prior.lexicon->row('F', "tep6");
  ASSERT_EQ(row.size(), 2u);
  EXPECT_EQ(row[0].first, "file");
  EXPECT_FLOAT_EQ(row[0].second, 0.75f);
  EXPECT_EQ(row[1].first, "files");
  EXPECT_TRUE(prior.lexicon->row('F', "tep").empty()) << "a prefix of a token is not the token";
  EXPECT_TRUE(prior.lexicon->row('B', "tep6").empty());
  EXPECT_TRUE(prior.lexicon->known(true, "tep6"));
  EXPECT_FALSE(prior.lexicon->known(true, "file"));
}

// The lexicon reads its probabilities as strtof would, whichever way they are written: the hexadecimal
// floats the builder writes (read by a fast path) and anything else.
TEST_F(PriorFiles, ProbabilitiesAreReadAsStrtofReadsThem) {
  std::vector<std::string> texts = {"0x1.8p-1",   "0x1p-2",        "0x1.fffffep-1",  "0x1p-126",
                                    "0x1.8p-130", "0x1p-149",      "0x1.0000001p-1", "0x1.00000018p-3",
                                    "0x0p+0",     "0x1p+0",        "0X1.8P-1",       "0.125",
                                    "3e-5",       "0x1.91cb9ep-5", "0x3.2p-4",       "0xa.bp-9"};
  uint32_t bits = 0x3a83126f;  // a walk over the floats below 1, printed as the builder prints them
  for (int i = 0; i < 200; ++i, bits = bits * 1664525u + 1013904223u) {
    const uint32_t b = 0x00800000u + bits % (0x3f800000u - 0x00800000u);
    float f;
    std::memcpy(&f, &b, sizeof f);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%a", static_cast<double>(f));
    texts.push_back(buffer);
  }
  std::string body;
  for (size_t i = 0; i < texts.size(); ++i) {
    char to[32];
    std::snprintf(to, sizeof to, "t%04zu", i);  // rows sorted bytewise
    body += std::string("F\tw\t") + to + "\t" + texts[i] + "\n";
  }
  const std::string path = write("p.lexicon", lexicon_text(body));
  write_lexicon_index(path, (dir_ / "p.index").string());
  LexiconFile file(path, (dir_ / "p.index").string());
  EXPECT_TRUE(index_reads_as_text(file, "w"));
  const auto row = file.row('F', "w");
  ASSERT_EQ(row.size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    const float expected = std::strtof(texts[i].c_str(), nullptr);
    EXPECT_EQ(std::memcmp(&row[i].second, &expected, sizeof expected), 0)
        << texts[i] << ": " << row[i].second << " instead of " << expected;
  }
}

// Every row and known token is found by the binary search of the mapped file, and nothing else,
// among tokens that are prefixes of one another and share bytes on either side of the tab.
TEST_F(PriorFiles, LookupsFindExactlyTheRowsAndKnownTokensOfTheFile) {
  const std::vector<std::string> letters = {"a", "b", "!", " ", "\xC4\x83", "~"};  // ă is C4 83
  std::vector<std::string> tokens = {""};
  for (size_t n = 0; n < 3; ++n) {
    const size_t end = tokens.size();
    for (size_t i = 0; i < end; ++i)
      for (const auto& l : letters)
        if (tokens[i].size() == n) tokens.push_back(tokens[i] + l);
  }
  tokens.erase(tokens.begin());  // the empty token
  std::map<std::string, std::vector<std::string>> rows;
  std::set<std::string> known;
  uint32_t r = 12345;
  std::set<std::string> lines;  // sorted bytewise, as the builder writes them
  for (const auto& t : tokens) {
    r = r * 1664525u + 1013904223u;
    if (r % 3 == 0) {
      known.insert(t);
      lines.insert("KS\t" + t);
    }
    if (r % 7 == 1) lines.insert("KT\t" + t);
    if (r % 5 < 2)
      for (size_t k = 0; k <= r % 3; ++k) {
        const std::string to = tokens[(r >> 8) % tokens.size()] + std::to_string(k);
        rows[t].push_back(to);
        lines.insert("F\t" + t + "\t" + to + "\t0x1p-1");
        lines.insert("B\t" + to + "\t" + t + "\t0x1p-" + std::to_string(k + 2));
      }
  }
  // The NULL word's rows, and lines that are no entry (no probability, or no tab after the token).
  lines.insert("F\t\ta\t0x1p-3");
  lines.insert("B\ta0\t\t0x1p-4");
  lines.insert("F\tb\tnothing");
  lines.insert("F\tbb");
  std::string body;
  for (const auto& l : lines) body += l + "\n";
  const std::string path = write("p.lexicon", lexicon_text(body));
  write_lexicon_index(path, (dir_ / "p.index").string());
  LexiconFile file(path, (dir_ / "p.index").string());
  EXPECT_TRUE(index_reads_as_text(file, ""));
  EXPECT_TRUE(index_reads_as_text(file, "not a token of the file"));
  for (const auto& t : tokens) {
    EXPECT_TRUE(index_reads_as_text(file, t));
    for (const auto& to : rows[t]) EXPECT_TRUE(index_reads_as_text(file, to));
    EXPECT_EQ(file.known(true, t), known.count(t) == 1) << t;
    std::vector<std::string> expected = rows[t], found;
    std::sort(expected.begin(), expected.end());
    for (const auto& [to, p] : file.row('F', t)) found.push_back(to);
    EXPECT_EQ(found, expected) << t;
  }
}

// An index is used only with the text it was made from: after the text changed (other size or
// modification time), or when it is cut short, not an index or missing, the text is searched.
TEST_F(PriorFiles, IndexOfAnotherTextOrDamagedIndexIsNotUsed) {
  const std::string body = "F\ta\tb\t0x1p-1\nKS\ta\nKT\tb\n";
  const std::string path = write("p.lexicon", lexicon_text(body)), index = (dir_ / "p.index").string();
  write_lexicon_index(path, index);
  EXPECT_TRUE(LexiconFile(path, index).indexed());
  EXPECT_FALSE(LexiconFile(path).indexed()) << "no index asked for";
  EXPECT_FALSE(LexiconFile(path, (dir_ / "none.index").string()).indexed());
  const std::string whole = read(index);
  write("cut.index", whole.substr(0, whole.size() - 4));
  EXPECT_FALSE(LexiconFile(path, (dir_ / "cut.index").string()).indexed());
  write("foreign.index", std::string(whole.size(), 'x'));
  EXPECT_FALSE(LexiconFile(path, (dir_ / "foreign.index").string()).indexed());
  // The same size, another probability and modification time: the text's answer, not the index's.
  write("p.lexicon", lexicon_text("F\ta\tb\t0x1p-2\nKS\ta\nKT\tb\n"));
  fs::last_write_time(path, fs::last_write_time(index) + std::chrono::seconds(5));
  LexiconFile changed(path, index);
  EXPECT_FALSE(changed.indexed());
  ASSERT_EQ(changed.row('F', "a").size(), 1u);
  EXPECT_EQ(changed.row('F', "a")[0].second, 0.25f);
}

// The index's check refuses a text whose lines are not sorted (the text's binary search would not
// find every row the index has).
TEST_F(PriorFiles, IndexOfUnsortedLexiconIsRefused) {
  const std::string path = write("p.lexicon", lexicon_text("F\tb\tx\t0x1p-1\nF\ta\ty\t0x1p-1\n"));
  EXPECT_NE(error_of([&] { write_lexicon_index(path, (dir_ / "p.index").string()); }).find("sorted"),
            std::string::npos);
}

TEST_F(PriorFiles, CutShortOrForeignLexiconIsRefused) {
  const std::string whole = lexicon_text("F\ta\tb\t0x1p-1\nKS\ta\nKT\tb\n");
  const std::string cut = write("cut.lexicon", whole.substr(0, whole.size() - 5));
  EXPECT_NE(error_of([&] { LexiconFile file(cut); }).find("incomplete"), std::string::npos);
  const std::string foreign = write("x.lexicon", "hello\n");
  EXPECT_NE(error_of([&] { LexiconFile file(foreign); }).find("not a songngu alignment lexicon"),
            std::string::npos);
  const std::string missing = (dir_ / "missing.lexicon").string();
  EXPECT_NE(error_of([&] { LexiconFile file(missing); }).find(missing), std::string::npos);
}

}  // namespace
}  // namespace songngu
