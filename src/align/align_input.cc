#include "align/align_input.h"

#include <algorithm>
#include <string>

#include "align/tokens.h"
#include "base/parallel.h"
#include "text/normalize.h"

namespace songngu {
namespace {

// Segments tokenized per block, and blocks tokenized before their new tokens are interned.
constexpr size_t kBlockSegments = 2048;
constexpr size_t kWaveSegments = 32768;
// Segments worth a thread of their own (tokenizing one costs microseconds): a short document is
// read on the calling thread (base/parallel.h, threads_for).
constexpr double kSegmentsPerThread = 128;

struct Block {
  size_t doc;
  bool target;
  size_t begin, end;  // segment range
};

// A block's segments as token ids of the vocabulary as it was before the block's wave; tokens it
// did not hold yet are kNullToken in `ids` and listed in `unknown`, to be interned in order.
struct TokenizedBlock {
  std::vector<TokenId> ids;
  std::vector<std::pair<uint32_t, std::string>> unknown;  // (index in ids, token)
  std::vector<uint32_t> count;                            // tokens per segment
  std::vector<uint32_t> length;
  std::vector<uint8_t> open;
  std::vector<uint8_t> para_end;
};

TokenizedBlock tokenize(const Document& doc, size_t begin, size_t end, const Vocabulary& vocab) {
  TokenizedBlock out;
  for (size_t s = begin; s < end; ++s) {
    const auto& seg = doc.segments[s];
    std::string own_key = seg.key.empty() ? match_key(seg.text) : std::string();
    std::vector<std::string> tokens =
        alignment_tokens(seg.text, seg.key.empty() ? own_key : seg.key, doc.lang.base());
    for (auto& t : tokens) {
      // The first wave finds an empty vocabulary (only the NULL word, which has no text).
      TokenId id = vocab.size() > 1 ? vocab.find(t) : kNullToken;
      if (id == kNullToken) out.unknown.emplace_back(static_cast<uint32_t>(out.ids.size()), std::move(t));
      out.ids.push_back(id);
    }
    out.count.push_back(static_cast<uint32_t>(tokens.size()));
    out.length.push_back(text_length(seg.text));
    out.open.push_back(ends_as_sentence(seg.text) ? 0 : 1);
    out.para_end.push_back(s + 1 == doc.segments.size() || doc.segments[s + 1].paragraph != seg.paragraph);
  }
  return out;
}

// True when a side has paragraph structure: more than one paragraph, and a paragraph of several
// segments (presegmented input, one segment a line, has none).
bool has_paragraphs(const Units& u) {
  size_t ends = 0;
  for (auto e : u.para_end) ends += e;
  return ends > 1 && ends < u.size();
}

}  // namespace

AlignInput read_align_input(const std::vector<DocumentPair>& pairs, unsigned threads) {
  AlignInput input;
  input.docs.resize(pairs.size());
  std::vector<Block> blocks;
  for (size_t d = 0; d < pairs.size(); ++d)
    for (bool target : {false, true}) {
      const size_t n = (target ? pairs[d].target : pairs[d].source)->segments.size();
      for (size_t b = 0; b < n; b += kBlockSegments)
        blocks.push_back({d, target, b, std::min(n, b + kBlockSegments)});
    }
  // A wave of blocks is tokenized and looked up in the vocabulary in parallel (reading it only);
  // then, in block order on this thread, the new tokens get their ids (so ids follow the input
  // order); then the blocks' segments are added to their documents.
  for (size_t first = 0; first < blocks.size();) {
    size_t last = first, segments = 0;
    while (last < blocks.size() && (last == first || segments < kWaveSegments))
      segments += blocks[last].end - blocks[last].begin, ++last;
    std::vector<TokenizedBlock> wave(last - first);
    const unsigned wave_threads = threads_for(static_cast<double>(segments), kSegmentsPerThread, threads);
    parallel_for(wave.size(), wave_threads, [&](size_t k) {
      const Block& b = blocks[first + k];
      wave[k] =
          tokenize(*(b.target ? pairs[b.doc].target : pairs[b.doc].source), b.begin, b.end, input.vocabulary);
    });
    for (size_t k = 0; k < wave.size(); ++k) {
      TokenizedBlock& block = wave[k];
      for (auto& [at, token] : block.unknown) block.ids[at] = input.vocabulary.id(token);
      std::vector<size_t>& freq = blocks[first + k].target ? input.target_count : input.source_count;
      freq.resize(input.vocabulary.size(), 0);
      for (TokenId id : block.ids) ++freq[id];
    }
    // Each document side appends its blocks in order; different sides in parallel (building the
    // Units touches fresh memory, which costs page faults that should not all fall on one thread).
    std::vector<size_t> runs;  // the first block of each document side in the wave
    for (size_t k = 0; k < wave.size(); ++k)
      if (k == 0 || blocks[first + k].doc != blocks[first + k - 1].doc ||
          blocks[first + k].target != blocks[first + k - 1].target)
        runs.push_back(k);
    parallel_for(runs.size(), wave_threads, [&](size_t r) {
      const size_t from = runs[r], to = r + 1 < runs.size() ? runs[r + 1] : wave.size();
      const Block& b = blocks[first + from];
      Units& units = b.target ? input.docs[b.doc].target : input.docs[b.doc].source;
      if (units.size() == 0) {  // a side that starts here: size it once (a long one grows as it comes)
        size_t tokens = 0, segments = 0;
        for (size_t k = from; k < to; ++k) tokens += wave[k].ids.size(), segments += wave[k].count.size();
        units.reserve(tokens, segments);
      }
      for (size_t k = from; k < to; ++k) {
        const TokenizedBlock& block = wave[k];
        for (size_t u = 0, at = 0; u < block.count.size(); at += block.count[u], ++u)
          units.add({block.ids.data() + at, block.count[u]}, block.length[u], block.open[u] != 0,
                    block.para_end[u] != 0);
      }
    });
    first = last;
  }
  input.source_count.resize(input.vocabulary.size(), 0);
  input.target_count.resize(input.vocabulary.size(), 0);
  for (auto& d : input.docs) d.paragraphs = has_paragraphs(d.source) && has_paragraphs(d.target);
  return input;
}

}  // namespace songngu
