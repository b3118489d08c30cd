#include "align/bead_scorer.h"

#include <gtest/gtest.h>

#include <cmath>

namespace songngu {
namespace {

// Seed links s <-> s + offset for s in [1, count] (both directions), and a seed-pass model that
// reads them, with every shape of kDefaultShapes and a flat background over `vocabulary` tokens.
PassModel seed_model(SeedLinks& seeds, TokenId count, TokenId offset, TokenId vocabulary) {
  for (TokenId s = 1; s <= count; ++s) {
    seeds.forward.mutable_row(s).emplace_back(static_cast<TokenId>(s + offset), 0.8f);
    seeds.backward.mutable_row(static_cast<TokenId>(s + offset)).emplace_back(s, 0.8f);
  }
  PassModel model;
  model.shapes = {{0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}};
  model.log_prior.assign(model.shapes.size(), -1.0);
  model.mode = LexMode::kSeeds;
  model.seeds = &seeds;
  model.bg_source.assign(vocabulary, 0.05f);
  model.bg_target.assign(vocabulary, 0.05f);
  model.known_source.assign(vocabulary, 0);
  model.known_target.assign(vocabulary, 0);
  return model;
}

// A band need not be monotone for the scorer (around a block one side lacks, the lexical passes
// score only the two lines through it): every bead whose cells the band holds scores as with the
// whole document prepared, every other bead with both sides is refused.
TEST(BeadScorer, ANonMonotoneBandScoresItsCellsAsTheFullBandDoes) {
  constexpr TokenId kVocabulary = 12;
  DocSides doc;
  for (uint32_t u = 0; u < 9; ++u) {
    const std::vector<TokenId> src{static_cast<TokenId>(1 + u % 5), static_cast<TokenId>(1 + (u * 3) % 5)};
    const std::vector<TokenId> tgt{static_cast<TokenId>(6 + u % 5), static_cast<TokenId>(6 + (u + 2) % 5),
                                   11};
    doc.source.add(src, 8 + u, false);
    doc.target.add(tgt, 9 + 2 * u, false);
  }
  SeedLinks seeds;
  const PassModel model = seed_model(seeds, 5, 5, kVocabulary);

  const uint32_t n = 9, m = 9;
  Band full{std::vector<uint32_t>(n + 1, 0), std::vector<uint32_t>(n + 1, m)};
  Band zigzag;  // rows jump back and forth: not monotone
  for (uint32_t i = 0; i <= n; ++i) {
    zigzag.lo.push_back((i * 5) % 7);
    zigzag.hi.push_back(std::min(m, (i * 5) % 7 + 2));
  }
  BeadScorer whole(doc, model), part(doc, model);
  whole.prepare(full);
  part.prepare(zigzag);
  auto held = [&](uint32_t i, uint32_t j) { return j >= zigzag.lo[i] && j <= std::min(zigzag.hi[i], m - 1); };
  size_t scored = 0, refused = 0;
  for (const auto& sh : model.shapes) {
    if (sh.src == 0 || sh.tgt == 0) continue;
    for (uint32_t i = 0; i + sh.src <= n; ++i)
      for (uint32_t j = 0; j + sh.tgt <= m; ++j) {
        bool covered = true;
        for (uint32_t f = 0; f < sh.src; ++f)
          covered = covered && held(i + f, j) && held(i + f, j + sh.tgt - 1);
        const double expected = whole(i, sh.src, j, sh.tgt);
        ASSERT_TRUE(std::isfinite(expected));
        if (covered) {
          EXPECT_DOUBLE_EQ(part(i, sh.src, j, sh.tgt), expected) << i << " " << j;
          ++scored;
        } else {
          EXPECT_EQ(part(i, sh.src, j, sh.tgt), -INFINITY) << i << " " << j;
          ++refused;
        }
      }
  }
  EXPECT_GT(scored, 20u);
  EXPECT_GT(refused, 100u);
}

// One segment translated by two in order: the first explains its start, the second its end. The
// same two segments the other way round (a sentence and an unrelated one that happens to share
// words with its end) make a worse 1-2 bead, and likewise for 2-1.
TEST(BeadScorer, AJoinedBeadPrefersItsSegmentsInTheOrderOfTheText) {
  constexpr TokenId kVocabulary = 20;
  SeedLinks seeds;
  const PassModel model = seed_model(seeds, 6, 10, kVocabulary);
  const std::vector<TokenId> whole{1, 2, 3, 4, 5, 6}, start{11, 12, 13}, end{14, 15, 16};
  auto joined = [&](bool in_order, bool one_to_two) {
    DocSides doc;
    Units& one = one_to_two ? doc.source : doc.target;
    Units& two = one_to_two ? doc.target : doc.source;
    std::vector<TokenId> single = whole, first = in_order ? start : end, second = in_order ? end : start;
    if (!one_to_two)  // the single side is the target: it holds the translated tokens
      for (auto* side : {&single, &first, &second})
        for (TokenId& t : *side) t = t > 10 ? t - 10 : t + 10;
    one.add(single, 30, false);
    two.add(first, 15, false);
    two.add(second, 15, false);
    BeadScorer scorer(doc, model);
    scorer.prepare(one_to_two ? Band{{0, 0}, {2, 2}} : Band{{0, 0, 0}, {1, 1, 1}});  // every cell
    return one_to_two ? scorer(0, 1, 0, 2) : scorer(0, 2, 0, 1);
  };
  for (bool one_to_two : {true, false}) {
    ASSERT_TRUE(std::isfinite(joined(true, one_to_two)));
    EXPECT_GT(joined(true, one_to_two), joined(false, one_to_two) + 1.0) << one_to_two;
  }
}

// A sentence explains each of its words once: the two segments of a 1-2 bead are explained by the
// single segment's two parts in order. So a near-copy of a sentence's translation just before it
// (an error message whose own source is missing: "syntax error, expected '='" before "syntax
// error, expected 'FOR'") scores better as a 0-1 bead beside the sentence's 1-1 bead than joined
// with it, where Model 1 alone explained both copies in full; likewise for 2-1.
TEST(BeadScorer, ANearCopyOfATranslationDoesNotJoinItsBead) {
  constexpr TokenId kVocabulary = 30;
  SeedLinks seeds;
  PassModel model = seed_model(seeds, 4, 10, kVocabulary);
  model.bg_source.assign(kVocabulary, 0.001f);  // rare words: each link is strong evidence
  model.bg_target.assign(kVocabulary, 0.001f);
  for (size_t k = 0; k < model.shapes.size(); ++k)  // p(1-2) = p(0-1) p(1-1): no shape is favoured
    model.log_prior[k] = -1.0 * (model.shapes[k].src + model.shapes[k].tgt - 1);
  // "syntax error expected FOR" (1 2 3 4) = 11 12 13 14; the copy says "=" (20) instead of "FOR".
  const std::vector<TokenId> sentence{1, 2, 3, 4}, copy{11, 12, 13, 20}, translation{11, 12, 13, 14};
  for (bool one_to_two : {true, false}) {
    DocSides doc;
    Units& one = one_to_two ? doc.source : doc.target;
    Units& two = one_to_two ? doc.target : doc.source;
    auto side = [&](std::vector<TokenId> tokens) {  // the tokens of the other language
      if (!one_to_two)
        for (TokenId& t : tokens) t = t > 10 ? t - 10 : t + 10;
      return tokens;
    };
    one.add(side(sentence), 20, false);
    two.add(side(copy), 20, false);
    two.add(side(translation), 20, false);
    BeadScorer scorer(doc, model);
    scorer.prepare(one_to_two ? Band{{0, 0}, {2, 2}} : Band{{0, 0, 0}, {1, 1, 1}});  // every cell
    const double joined = one_to_two ? scorer(0, 1, 0, 2) : scorer(0, 2, 0, 1);
    const double apart =
        one_to_two ? scorer(0, 0, 0, 1) + scorer(0, 1, 1, 1) : scorer(0, 1, 0, 0) + scorer(1, 1, 0, 1);
    ASSERT_TRUE(std::isfinite(joined)) << one_to_two;
    EXPECT_LT(joined, apart) << one_to_two;
  }
}

}  // namespace
}  // namespace songngu
