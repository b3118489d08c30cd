#include "align/align_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "align/aligner.h"
#include "align/alignment_output.h"
#include "base/error.h"
#include "synthetic.h"

namespace songngu {
namespace {

using test::make_document;
using test::make_parallel;

struct Corpus {
  std::vector<Document> src, tgt;
  std::vector<DocumentPair> pairs(size_t begin, size_t end) const {
    std::vector<DocumentPair> out;
    for (size_t d = begin; d < end; ++d) out.push_back({&src[d], &tgt[d]});
    return out;
  }
};

// Twelve documents with omissions and joined sentences, so every bead type and pass matters.
Corpus corpus() {
  Corpus c;
  for (unsigned d = 0; d < 12; ++d) {
    auto p = make_parallel(300 + d, 25 + d);
    if (d % 3 == 0) p.target.erase(p.target.begin() + 4);
    if (d % 4 == 1) {
      p.source[7] += " " + p.source[8];
      p.source.erase(p.source.begin() + 8);
    }
    c.src.push_back(make_document(p.source, "vi"));
    c.tgt.push_back(make_document(p.target, "en"));
  }
  return c;
}

std::string text_of(const Alignment& a) {
  std::string out = format_beads(a, false);
  for (const auto& b : a.beads) out += " " + std::to_string(b.confidence);
  return out;
}

std::filesystem::path temp_file(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("songngu-model-test-" + std::to_string(::getpid()) + "-" + name);
}

TEST(AlignModel, AligningWithTheLearnedModelGivesTheSameResult) {
  Corpus c = corpus();
  Aligner aligner;
  auto direct = aligner.align(c.pairs(0, 12));
  AlignModel model = aligner.learn(c.pairs(0, 12));
  EXPECT_TRUE(model.learned);
  EXPECT_EQ(model.passes.size(), 4u);
  auto again = aligner.align(c.pairs(0, 12), model);
  ASSERT_EQ(again.size(), direct.size());
  for (size_t d = 0; d < direct.size(); ++d) EXPECT_EQ(text_of(again[d]), text_of(direct[d])) << d;
}

// The cluster case: shards of the document list, each aligned alone with the saved model of the
// whole list, give exactly the single run's beads and confidences.
TEST(AlignModel, ShardsWithTheSavedModelReproduceTheSingleRun) {
  Corpus c = corpus();
  Aligner aligner;
  auto whole = aligner.align(c.pairs(0, 12));
  auto path = temp_file("shards.model");
  save_align_model(aligner.learn(c.pairs(0, 12)), path.string());
  AlignModel loaded = load_align_model(path.string());
  for (auto [begin, end] : {std::pair<size_t, size_t>{0, 5}, {5, 6}, {6, 12}}) {
    auto part = aligner.align(c.pairs(begin, end), loaded);
    for (size_t d = begin; d < end; ++d) EXPECT_EQ(text_of(part[d - begin]), text_of(whole[d])) << d;
  }
  // Without the model, a shard learns from itself and may differ; with it, it cannot.
  std::filesystem::remove(path);
}

TEST(AlignModel, AModelOfAnotherLanguagePairIsRefused) {
  Corpus c = corpus();
  AlignModel model = Aligner().learn(c.pairs(0, 3));
  EXPECT_EQ(model.source_lang, "vi");
  EXPECT_EQ(model.target_lang, "en");
  Document ko = make_document({"하나.", "둘."}, "ko"), vi = make_document({"Một.", "Hai."}, "vi");
  try {
    Aligner().align({{&vi, &ko}}, model);
    ADD_FAILURE() << "a vi-en model aligned vi-ko";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_NE(std::string(e.what()).find("vi-en"), std::string::npos) << e.what();
  }
}

// align(pairs, stats, &model) aligns and learns in one run: the same beads as align(pairs), and
// the same model as learn(pairs).
TEST(AlignModel, AligningAndLearningInOneRunGivesBoth) {
  Corpus c = corpus();
  Aligner aligner;
  AlignModel model;
  auto together = aligner.align(c.pairs(0, 12), nullptr, &model);
  auto alone = aligner.align(c.pairs(0, 12));
  for (size_t d = 0; d < alone.size(); ++d) EXPECT_EQ(text_of(together[d]), text_of(alone[d])) << d;
  auto a = temp_file("together.model"), b = temp_file("learned.model");
  save_align_model(model, a.string());
  save_align_model(aligner.learn(c.pairs(0, 12)), b.string());
  std::ifstream fa(a), fb(b);
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(fa)), {}),
            std::string((std::istreambuf_iterator<char>(fb)), {}));
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

// A word is measured against the rest of the input: once is as rare as never, and a short input's
// words are not as common as their share of it (kBackgroundTokens stand for the rest of the
// language); a large input's frequent words keep about their share.
TEST(AlignModel, BackgroundProbabilityLeavesTheOccurrenceOut) {
  EXPECT_EQ(background_probability(1, 60), background_probability(0, 60));
  EXPECT_GT(background_probability(2, 60), background_probability(1, 60));
  EXPECT_LT(background_probability(3, 60), 3.0 / 60 / 2);
  EXPECT_NEAR(background_probability(1000, 1e6), 1000 / 1e6, 1e-6);
}

TEST(AlignModel, SaveAndLoadRoundTrip) {
  Corpus c = corpus();
  AlignModel model = Aligner().learn(c.pairs(0, 6));
  auto a = temp_file("a.model"), b = temp_file("b.model");
  save_align_model(model, a.string());
  AlignModel loaded = load_align_model(a.string());
  EXPECT_EQ(loaded.shapes.size(), model.shapes.size());
  EXPECT_EQ(loaded.ratio, model.ratio);
  EXPECT_EQ(loaded.passes[3].log_prior, model.passes[3].log_prior);
  EXPECT_EQ(loaded.forward.size(), model.forward.size());
  EXPECT_EQ(loaded.known_target, model.known_target);
  save_align_model(loaded, b.string());
  std::ifstream fa(a), fb(b);
  std::string sa((std::istreambuf_iterator<char>(fa)), {}), sb((std::istreambuf_iterator<char>(fb)), {});
  EXPECT_EQ(sa, sb);
  EXPECT_GT(sa.size(), 1000u);
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST(AlignModel, MalformedFilesAreBadInput) {
  auto path = temp_file("bad.model");
  auto expect_bad = [&](const std::string& content, const std::string& message_part) {
    std::ofstream(path) << content;
    try {
      load_align_model(path.string());
      ADD_FAILURE() << "no error for: " << content;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
      EXPECT_NE(std::string(e.what()).find(message_part), std::string::npos) << e.what();
    }
  };
  expect_bad("<tmx version=\"1.4\">\n", "not a songngu alignment model");
  expect_bad("songngu-align-model\t1\nshapes\t1-1\nlength\t0x1p+0\tbanana\t0x1p+0\n", ":3:");
  expect_bad("songngu-align-model\t1\nshapes\t1-1\n", "incomplete");
  // A saved model cut short (the last line counts the lines) is refused, not half loaded.
  Corpus c = corpus();
  auto whole = temp_file("whole.model");
  save_align_model(Aligner().learn(c.pairs(0, 3)), whole.string());
  std::ifstream in(whole);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  expect_bad(text.substr(0, text.size() / 2), "");
  expect_bad(text.substr(0, text.rfind("end\t")), "incomplete");
  std::filesystem::remove(whole);
  std::filesystem::remove(path);
  EXPECT_THROW(load_align_model(path.string()), Error);
}

}  // namespace
}  // namespace songngu
