#include "align/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace songngu {
namespace {

// The filter in front of Vocabulary::find never turns away a token of its set, and turns away
// most other text (what makes it worth its cost).
TEST(TokenSignatures, KeepsEveryTokenOfItsSetAndDropsMostOthers) {
  Vocabulary vocab;
  std::vector<std::string> words;
  for (int i = 0; i < 300; ++i) words.push_back("w" + std::to_string(i * 7919) + (i % 2 ? "ở" : "한"));
  for (const auto& w : words) vocab.id(w);
  std::vector<bool> in_set(vocab.size(), false);
  for (TokenId id = 1; id < vocab.size(); id += 2) in_set[id] = true;
  const TokenSignatures filter(vocab, in_set);
  for (TokenId id = 1; id < vocab.size(); ++id) {
    if (in_set[id]) {
      EXPECT_TRUE(filter.may_hold(vocab.token(id))) << vocab.token(id);
    }
  }
  int passed = 0, others = 0;
  for (int i = 0; i < 5000; ++i, ++others) passed += filter.may_hold("x" + std::to_string(i * 31) + "ng");
  EXPECT_LT(passed, others / 10);
}

}  // namespace
}  // namespace songngu
