// read_align_input: tokens are looked up by the worker threads and only new ones interned in
// order, so ids must follow the input order and the result must not depend on the thread count,
// also across waves (more than 32,768 segments) and for a document longer than a wave.
#include "align/align_input.h"

#include <gtest/gtest.h>

#include "synthetic.h"

namespace songngu {
namespace {

using test::make_document;
using test::make_parallel;

struct Corpus {
  std::vector<Document> source, target;
  std::vector<DocumentPair> pairs;
};

// One document of 40,000 pairs (longer than a wave), then 1,500 short ones (a few waves more).
Corpus make_corpus() {
  Corpus c;
  for (unsigned d = 0; d < 1501; ++d) {
    auto p = make_parallel(d, d == 0 ? 40000 : 12 + d % 17, 3000);
    c.source.push_back(make_document(p.source, "vi"));
    c.target.push_back(make_document(p.target, "en"));
  }
  for (size_t d = 0; d < c.source.size(); ++d) c.pairs.push_back({&c.source[d], &c.target[d]});
  return c;
}

void expect_same_units(const Units& a, const Units& b, size_t doc) {
  EXPECT_EQ(a.tokens, b.tokens) << doc;
  EXPECT_EQ(a.first, b.first) << doc;
  EXPECT_EQ(a.length, b.length) << doc;
  EXPECT_EQ(a.open, b.open) << doc;
}

TEST(AlignInput, ThreadsGiveTheSameIdsAndUnitsAsOneThread) {
  Corpus c = make_corpus();
  AlignInput one = read_align_input(c.pairs, 1);
  AlignInput three = read_align_input(c.pairs, 3);
  ASSERT_EQ(one.vocabulary.size(), three.vocabulary.size());
  for (TokenId t = 0; t < one.vocabulary.size(); ++t)
    ASSERT_EQ(one.vocabulary.token(t), three.vocabulary.token(t)) << t;
  EXPECT_EQ(one.source_count, three.source_count);
  EXPECT_EQ(one.target_count, three.target_count);
  ASSERT_EQ(one.docs.size(), c.pairs.size());
  ASSERT_EQ(three.docs.size(), c.pairs.size());
  for (size_t d = 0; d < c.pairs.size(); ++d) {
    expect_same_units(one.docs[d].source, three.docs[d].source, d);
    expect_same_units(one.docs[d].target, three.docs[d].target, d);
  }
}

TEST(AlignInput, IdsFollowTheInputOrderAndCountsAddUp) {
  Corpus c = make_corpus();
  AlignInput in = read_align_input(c.pairs, 2);
  // Walking documents in order (source side, then target side), each new id is the next one.
  TokenId next = 1;
  size_t tokens = 0;
  std::vector<size_t> counted(in.vocabulary.size(), 0);
  for (size_t d = 0; d < in.docs.size(); ++d) {
    for (const Units* u : {&in.docs[d].source, &in.docs[d].target}) {
      ASSERT_EQ(u->size(), (u == &in.docs[d].source ? c.source[d] : c.target[d]).segments.size()) << d;
      for (TokenId id : u->tokens) {
        ASSERT_LE(id, next) << "doc " << d;
        if (id == next) ++next;
        ++counted[id];
      }
      tokens += u->tokens.size();
    }
  }
  EXPECT_EQ(next, in.vocabulary.size());
  size_t total = 0;
  for (TokenId t = 0; t < in.vocabulary.size(); ++t) {
    EXPECT_EQ(counted[t], in.source_count[t] + in.target_count[t]) << in.vocabulary.token(t);
    total += in.source_count[t] + in.target_count[t];
  }
  EXPECT_EQ(total, tokens);
  EXPECT_GT(in.docs[0].source.size(), 32768u);  // the long document did span waves
}

}  // namespace
}  // namespace songngu
