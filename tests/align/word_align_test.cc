#include "align/word_align.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>

namespace songngu {
namespace {

// "0-0 1-2" -> links, as alignments are written in the MT literature (source-target).
WordLinks links_of(const std::string& text) {
  WordLinks out;
  std::istringstream in(text);
  std::string pair;
  while (in >> pair) {
    size_t dash = pair.find('-');
    out.push_back({static_cast<uint16_t>(std::stoi(pair.substr(0, dash))),
                   static_cast<uint16_t>(std::stoi(pair.substr(dash + 1)))});
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string text_of(const WordLinks& links) {
  std::string out;
  for (const auto& l : links)
    out += (out.empty() ? "" : " ") + std::to_string(l.source) + "-" + std::to_string(l.target);
  return out;
}

TEST(ConsistentTargetSpan, CoversEveryLinkedWordAndNothingLinkedOutside) {
  // đối tác chiến lược toàn diện / comprehensive strategic partnership
  //   0   1    2    3    4    5        0            1          2
  WordLinks links = links_of("0-2 1-2 2-1 3-1 4-0 5-0");
  EXPECT_EQ(consistent_target_span(links, {0, 6}), (TokenSpan{0, 3}));
  EXPECT_EQ(consistent_target_span(links, {0, 4}), (TokenSpan{1, 3}));  // strategic partnership
  EXPECT_EQ(consistent_target_span(links, {0, 2}), (TokenSpan{2, 3}));  // partnership
  // "tác chiến": partnership and strategic are also linked to đối and lược: not consistent.
  EXPECT_EQ(consistent_target_span(links, {1, 3}), std::nullopt);
}

TEST(ConsistentTargetSpan, UnlinkedSourceHasNoSpanAndInnerUnlinkedTargetsAreKept) {
  // Bộ trưởng Ngoại giao / Minister of Foreign Affairs: "of" is linked to nothing.
  WordLinks links = links_of("0-0 1-0 2-2 3-3");
  EXPECT_EQ(consistent_target_span(links, {0, 4}), (TokenSpan{0, 4}));
  EXPECT_EQ(consistent_target_span(links, {2, 4}), (TokenSpan{2, 4}));
  EXPECT_EQ(consistent_target_span(links_of("0-0"), {1, 2}), std::nullopt);
  EXPECT_EQ(consistent_target_span({}, {0, 1}), std::nullopt);
}

TEST(ExtractPhrasePairs, ExtendsOverUnalignedTargetWordsOnly) {
  // Source 2 words, target 3; target word 1 is unaligned.
  WordLinks links = links_of("0-0 1-2");
  auto pairs = extract_phrase_pairs(links, 2, 3, 5);
  std::map<std::pair<int, int>, std::vector<std::pair<size_t, size_t>>> by_source;
  for (const auto& [s, t] : pairs)
    by_source[{static_cast<int>(s.begin), static_cast<int>(s.end)}].push_back({t.begin, t.end});
  using Spans = std::vector<std::pair<size_t, size_t>>;
  EXPECT_EQ(by_source[std::make_pair(0, 1)], (Spans{{0, 1}, {0, 2}}));
  EXPECT_EQ(by_source[std::make_pair(1, 2)], (Spans{{2, 3}, {1, 3}}));
  EXPECT_EQ(by_source[std::make_pair(0, 2)], (Spans{{0, 3}}));
  EXPECT_EQ(pairs.size(), 5u);
  // max_length bounds both sides.
  for (const auto& [s, t] : extract_phrase_pairs(links, 2, 3, 1)) {
    EXPECT_EQ(s.end - s.begin, 1u);
    EXPECT_EQ(t.end - t.begin, 1u);
  }
}

TEST(GrowDiagFinalAnd, GrowsFromTheIntersectionIntoNeighbours) {
  // Intersection 0-0 2-2. Of the union's other links, 1-1 is a diagonal neighbour of 0-0 touching
  // unaligned words: added. 1-2 then joins two aligned words, and 3-0 is no neighbour and its
  // target word is aligned: both left out.
  WordLinks forward = links_of("0-0 1-1 2-2");
  WordLinks backward = links_of("0-0 1-2 2-2 3-0");
  WordLinks sym = grow_diag_final_and(forward, backward, 4, 3);
  EXPECT_EQ(text_of(sym), "0-0 1-1 2-2");
  // Not a neighbour of the intersection and a word already aligned: final-and leaves it out.
  EXPECT_EQ(text_of(grow_diag_final_and(links_of("0-0"), links_of("0-0 3-0"), 4, 3)), "0-0");
  // Both words unaligned: final-and adds it although it is far from every other link.
  EXPECT_EQ(text_of(grow_diag_final_and(links_of("0-0 3-2"), links_of("0-0"), 4, 3)), "0-0 3-2");
}

// A corpus in which "B C" (strategic partnership) occurs only where "A B C" (comprehensive strategic
// partnership) also occurs, except in a few units: counting co-occurrence cannot tell the spans
// apart, word alignment can.
std::vector<TokenizedPair> nested_corpus() {
  // Source ids: 1 A, 2 B, 3 C, 4 D (filler), 5 E, 6 F. Target ids: 1 a, 2 b, 3 c, 4 d, 5 e, 6 f.
  std::vector<TokenizedPair> pairs;
  for (int k = 0; k < 6; ++k) pairs.push_back({{4, 1, 2, 3}, {4, 1, 2, 3}});
  for (int k = 0; k < 2; ++k) pairs.push_back({{5, 2, 3}, {5, 2, 3}});
  for (int k = 0; k < 3; ++k) pairs.push_back({{1, 6}, {1, 6}});
  pairs.push_back({{2, 5}, {2, 5}});
  pairs.push_back({{3, 4}, {3, 4}});
  pairs.push_back({{6, 5, 4}, {6, 5, 4}});
  return pairs;
}

TEST(WordAlignmentModel, LearnsWhichWordTranslatesWhich) {
  auto pairs = nested_corpus();
  WordAlignmentModel model = WordAlignmentModel::train(pairs, 7, 7, {}, WordAlignOptions{});
  for (TokenId t = 1; t <= 6; ++t) {
    for (TokenId other = 1; other <= 6; ++other) {
      if (other == t) continue;
      EXPECT_GT(model.translation_probability(t, t), model.translation_probability(t, other))
          << t << " " << other;
    }
  }
  WordLinks links = model.align(pairs[0]);
  EXPECT_EQ(text_of(links), "0-0 1-1 2-2 3-3");
  EXPECT_EQ(consistent_target_span(links, {2, 4}), (TokenSpan{2, 4}));  // B C -> b c, not a b c
  EXPECT_EQ(consistent_target_span(links, {1, 4}), (TokenSpan{1, 4}));
}

TEST(WordAlignmentModel, LexicalEvidenceOutweighsTheDiagonal) {
  // A reordered unit: at a moderate tension, what the other units say about its words beats the
  // preference for the diagonal.
  std::vector<TokenizedPair> pairs = nested_corpus();
  pairs.push_back({{1, 5}, {5, 1}});
  for (int k = 0; k < 4; ++k) pairs.push_back({{5, 6}, {5, 6}});
  WordAlignOptions options;
  options.optimize_tension = false;
  WordAlignmentModel model = WordAlignmentModel::train(pairs, 7, 7, {}, options);
  EXPECT_EQ(model.diagonal_tension(), options.diagonal_tension);
  EXPECT_EQ(text_of(model.align({{1, 5}, {5, 1}})), "0-1 1-0");
}

TEST(WordAlignmentModel, TensionIsLearnedFromTheWordOrder) {
  // Monotone units pull the tension up from its start value; units whose order is reversed pull it
  // down, as for Vietnamese and Korean.
  std::vector<TokenizedPair> monotone = nested_corpus(), reversed;
  for (auto p : monotone) {
    std::reverse(p.target.begin(), p.target.end());
    reversed.push_back(p);
  }
  WordAlignOptions options;
  EXPECT_GT(WordAlignmentModel::train(monotone, 7, 7, {}, options).diagonal_tension(),
            options.diagonal_tension);
  EXPECT_LT(WordAlignmentModel::train(reversed, 7, 7, {}, options).diagonal_tension(),
            options.diagonal_tension);
}

TEST(WordAlignmentModel, PriorLinksDecideWhatTheUnitsCannot) {
  // Two words always together on both sides: only a prior can say which is which.
  std::vector<TokenizedPair> pairs(4, TokenizedPair{{1, 2}, {2, 1}});
  WordAlignOptions options;
  options.diagonal_iterations = 0;
  WordAlignmentModel without = WordAlignmentModel::train(pairs, 3, 3, {}, options);
  WordAlignmentModel with = WordAlignmentModel::train(
      pairs, 3, 3, [](TokenId s, TokenId t) { return s == t ? 1.0f : 0.0f; }, options);
  EXPECT_NEAR(without.translation_probability(1, 1), without.translation_probability(1, 2), 1e-6);
  EXPECT_GT(with.translation_probability(1, 1), 2 * with.translation_probability(1, 2));
  EXPECT_EQ(text_of(with.align(pairs[0])), "0-1 1-0");
}

TEST(WordAlignmentModel, SameResultWhateverTheThreadsAndSample) {
  std::vector<TokenizedPair> pairs;
  for (int r = 0; r < 40; ++r)
    for (const auto& p : nested_corpus()) pairs.push_back(p);
  WordAlignOptions one, two;
  two.threads = 2;
  WordAlignmentModel a = WordAlignmentModel::train(pairs, 7, 7, {}, one);
  WordAlignmentModel b = WordAlignmentModel::train(pairs, 7, 7, {}, two);
  for (TokenId s = 1; s <= 6; ++s)
    for (TokenId t = 1; t <= 6; ++t)
      EXPECT_EQ(a.translation_probability(s, t), b.translation_probability(s, t));
  EXPECT_EQ(a.diagonal_tension(), b.diagonal_tension());
  // A sample of every fifth unit still learns the same links (the corpus repeats itself).
  WordAlignOptions sampled;
  sampled.max_training_pairs = pairs.size() / 5;
  WordAlignmentModel c = WordAlignmentModel::train(pairs, 7, 7, {}, sampled);
  EXPECT_EQ(text_of(c.align(pairs[0])), "0-0 1-1 2-2 3-3");
}

TEST(WordAlignmentModel, EmptyAndOverlongUnitsHaveNoLinks) {
  std::vector<TokenizedPair> pairs = {{{}, {1}}, {{1}, {}}};
  WordAlignmentModel model = WordAlignmentModel::train(pairs, 2, 2, {}, WordAlignOptions{});
  EXPECT_TRUE(model.align(pairs[0]).empty());
  EXPECT_TRUE(model.align({{1}, {1}}).empty());  // never seen together in training
}

}  // namespace
}  // namespace songngu
