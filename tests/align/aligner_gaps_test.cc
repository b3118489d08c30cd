// The aligner on one document at a time: what a short page gets from the shipped prior, how the
// prior gives way to a long document's own evidence, and blocks that one side lacks (at the start,
// at the end, in the middle).
#include <gtest/gtest.h>

#include "align/align_prior.h"
#include "align/aligner.h"
#include "align/alignment_output.h"
#include "align/tokens.h"
#include "base/error.h"
#include "synthetic.h"

namespace songngu {
namespace {

using test::make_document;
using test::make_parallel;

// Synthetic sentence pairs, every fifth with a number both sides share (as real text has numbers,
// names and code): the anchors a long document's first pass follows.
test::Parallel numbered(unsigned seed, size_t count, size_t first_number) {
  auto p = make_parallel(seed, count);
  for (size_t k = 0; k < count; k += 5) {
    const std::string n = " " + std::to_string(first_number + k * 7) + ".";
    p.source[k].back() = ' ';
    p.target[k].back() = ' ';
    p.source[k] += n.substr(1);
    p.target[k] += n.substr(1);
  }
  return p;
}

// How many of the expected 1-1 beads (source s with target pair_of(s), -1 for none) the alignment has.
template <class PairOf>
size_t right_pairs(const Alignment& a, PairOf&& pair_of) {
  size_t right = 0;
  for (const auto& b : a.beads)
    if (b.src_count == 1 && b.tgt_count == 1 && pair_of(b.src_begin) == static_cast<long>(b.tgt_begin))
      ++right;
  return right;
}

TEST(AlignerOneDocument, FiveSegmentPageWithATitleOnlyTheTranslationHas) {
  // Written for this test: a short news item whose English has a title the Vietnamese lacks.
  const std::vector<std::string> vi = {
      "Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại.",
      "Thủ tướng đề nghị Hàn Quốc mở rộng đầu tư vào lĩnh vực năng lượng sạch.",
      "Tổng thống cảm ơn Việt Nam đã tạo điều kiện thuận lợi cho các doanh nghiệp Hàn Quốc.",
      "Hai nhà lãnh đạo chứng kiến lễ ký 12 văn kiện hợp tác."};
  const std::vector<std::string> en = {
      "Viet Nam and Korea deepen economic ties",
      "The two sides agreed to strengthen economic and trade cooperation.",
      "The Prime Minister asked Korea to expand investment in clean energy.",
      "The President thanked Viet Nam for creating favourable conditions for Korean businesses.",
      "The two leaders witnessed the signing of 12 cooperation documents."};
  Alignment a = Aligner().align(make_document(vi, "vi"), make_document(en, "en"));
  EXPECT_EQ(format_beads(a, false), "[]:[0]\n[0]:[1]\n[1]:[2]\n[2]:[3]\n[3]:[4]\n");
}

TEST(AlignerOneDocument, UntranslatedIntroductionAtTheStart) {
  auto p = numbered(3, 200, 100);
  auto intro = numbered(4, 30, 5000);  // 15 % more text, only in the translation
  p.target.insert(p.target.begin(), intro.target.begin(), intro.target.end());
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_EQ(check_alignment(a, 200, 230), "");
  EXPECT_GE(right_pairs(a, [](uint32_t s) { return long{s} + 30; }), 196u) << format_beads(a, false);
  for (const auto& b : a.beads) {
    if (b.tgt_count > 0 && b.tgt_begin + b.tgt_count <= 25) {
      EXPECT_EQ(b.src_count, 0u) << "intro paired";
    }
  }
}

TEST(AlignerOneDocument, TranslationMissingItsLastPages) {
  auto p = numbered(5, 240, 100);
  p.target.resize(200);  // the last 40 sentences (17 %) were never translated
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_EQ(check_alignment(a, 240, 200), "");
  EXPECT_GE(right_pairs(a, [](uint32_t s) { return s < 200 ? long{s} : -1; }), 196u)
      << format_beads(a, false);
  size_t untranslated = 0;
  for (const auto& b : a.beads) untranslated += b.tgt_count == 0 && b.src_begin >= 200;
  EXPECT_GE(untranslated, 38u);
}

TEST(AlignerOneDocument, BlockMissingInTheMiddleOfTheTranslation) {
  auto p = numbered(6, 250, 100);
  p.target.erase(p.target.begin() + 100, p.target.begin() + 150);  // 20 % skipped in the middle
  Alignment a = Aligner().align(make_document(p.source, "vi"), make_document(p.target, "en"));
  EXPECT_EQ(check_alignment(a, 250, 200), "");
  auto pair_of = [](uint32_t s) { return s < 100 ? long{s} : s < 150 ? -1 : long{s} - 50; };
  EXPECT_GE(right_pairs(a, pair_of), 194u) << format_beads(a, false);
}

// The learned model's length ratio: a long document's own, a short one's mostly the prior's.
TEST(AlignerOneDocument, LongDocumentOutweighsThePriorAShortOneDoesNot) {
  AlignModel prior = *shipped_prior("vi", "en");
  prior.ratio = 3.0;  // far from the synthetic pair's own ratio
  AlignerOptions options;
  options.prior = &prior;
  auto learned_ratio = [&](size_t count, double* own) {
    auto p = make_parallel(7, count);
    double s = 0, t = 0;
    for (const auto& x : p.source) s += text_length(x);
    for (const auto& x : p.target) t += text_length(x);
    *own = t / s;
    Document src = make_document(p.source, "vi"), tgt = make_document(p.target, "en");
    AlignModel model;
    Aligner(options).align({{&src, &tgt}}, nullptr, &model);
    return model.ratio;
  };
  double own_long = 0, own_short = 0;
  const double long_ratio = learned_ratio(2000, &own_long), short_ratio = learned_ratio(5, &own_short);
  // The prior's ratio is worth kPriorRatioSegments segments: a twentieth of the long document's
  // 2000, nearly all of the short one's 5.
  EXPECT_LT(std::abs(long_ratio - own_long), 0.06 * std::abs(prior.ratio - own_long));
  EXPECT_LT(std::abs(short_ratio - prior.ratio), 0.1 * std::abs(prior.ratio - own_short));
}

// A title of three words that occur nowhere else, on each side its own (no word evidence pairs it:
// only its length and its place do).
std::string unique_title(char side, size_t k) {
  std::string t;
  for (size_t w = 0; w < 3; ++w) {
    t += w ? " " : "";
    t += side;
    for (size_t i = 0; i < 4 + (k + w) % 3; ++i)
      t += static_cast<char>('a' + (k * 13 + w * 7 + i * 5 + side) % 26);
  }
  return t;
}

TEST(AlignerOneDocument, TitlesRunIntoTheNextSentenceOnOneSide) {
  // A page whose translation has a title before every fifth sentence, and whose source ran each
  // title into the sentence after it (text copied without its line breaks): the joined beads are
  // 1-2 beads, title and sentence together, even though their sides differ in titles.
  auto body = make_parallel(11, 20);
  std::vector<std::string> src, tgt;
  std::vector<std::pair<uint32_t, uint32_t>> joined;  // source segment, its title's target segment
  for (size_t k = 0; k < body.source.size(); ++k) {
    if (k % 5 == 0) {
      joined.emplace_back(static_cast<uint32_t>(src.size()), static_cast<uint32_t>(tgt.size()));
      src.push_back(unique_title('x', k) + " " + body.source[k]);
      tgt.push_back(unique_title('y', k));
    } else {
      src.push_back(body.source[k]);
    }
    tgt.push_back(body.target[k]);
  }
  Alignment a = Aligner().align(make_document(src, "vi"), make_document(tgt, "en"));
  EXPECT_EQ(check_alignment(a, src.size(), tgt.size()), "");
  size_t found = 0;
  for (const auto& b : a.beads)
    for (const auto& [s, t] : joined)
      if (b.src_begin == s && b.src_count == 1 && b.tgt_begin == t && b.tgt_count == 2) ++found;
  EXPECT_GE(found, joined.size() - 1) << format_beads(a, false);
}

TEST(AlignerOneDocument, PriorOfAnotherLanguagePairIsRefused) {
  AlignerOptions options;
  options.prior = shipped_prior("vi", "ko");
  ASSERT_NE(options.prior, nullptr);
  auto p = make_parallel(8, 10);
  Document src = make_document(p.source, "vi"), tgt = make_document(p.target, "en");
  EXPECT_THROW(Aligner(options).align(src, tgt), Error);
}

}  // namespace
}  // namespace songngu
