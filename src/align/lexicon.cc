#include "align/lexicon.h"

#include <algorithm>
#include <cstdint>
#include <memory>

#include "align/tokens.h"
#include "lang/cognates.h"

namespace songngu {

Vocabulary::Vocabulary() {
  tokens_.push_back("");
}

TokenId Vocabulary::id(const std::string& token) {
  // One lookup (and one hash) whether the token is new or not.
  const auto [it, added] = ids_.try_emplace(token, static_cast<TokenId>(tokens_.size()));
  if (added) tokens_.push_back(token);
  return it->second;
}

TokenId Vocabulary::find(std::string_view token) const {
  auto it = ids_.find(token);
  return it == ids_.end() ? kNullToken : it->second;
}

TokenSignatures::TokenSignatures(const Vocabulary& vocab, const std::vector<bool>& tokens)
    : bits_(kBits, false) {
  for (TokenId id = 1; id < vocab.size(); ++id)
    if (tokens[id]) bits_[signature(vocab.token(id))] = true;
}

void TranslationTable::sort_rows() {
  for (auto& row : rows_) {
    std::sort(row.begin(), row.end());
    // Merge duplicates by keeping the larger weight.
    size_t out = 0;
    for (size_t i = 0; i < row.size(); ++i) {
      if (out > 0 && row[out - 1].first == row[i].first) {
        row[out - 1].second = std::max(row[out - 1].second, row[i].second);
      } else {
        row[out++] = row[i];
      }
    }
    row.resize(out);
  }
}

SeedLinks build_seed_links(
    const Vocabulary& vocabulary, const std::vector<bool>& on_source, const std::vector<bool>& on_target,
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>& term_tokens) {
  SeedLinks seeds{TranslationTable(vocabulary.size()), TranslationTable(vocabulary.size())};
  // The cognate table is read only when the target side has Hangul (a Korean translation).
  bool hangul = false;
  for (TokenId id = 1; id < vocabulary.size() && !hangul; ++id)
    hangul = on_target[id] && is_hangul_token(vocabulary.token(id));
  // Only the rows of this input's source tokens are read (the only ones looked up below).
  Cognates table;
  if (hangul) {
    std::vector<std::string> syllables;
    for (TokenId id = 1; id < vocabulary.size(); ++id)
      if (on_source[id]) syllables.push_back(vocabulary.token(id));
    table = cognates_of(std::move(syllables));
  }
  for (TokenId id = 1; id < vocabulary.size(); ++id) {
    if (!on_source[id]) continue;
    const std::string& token = vocabulary.token(id);
    // Identical tokens: numbers, names, code, punctuation. Single letters are too ambiguous.
    if (on_target[id] && (token.size() > 1 || token[0] == '?' || token[0] == '!' || token[0] == '(' ||
                          token[0] == ')' || token[0] == ':' || token[0] == '"')) {
      seeds.forward.mutable_row(id).emplace_back(id, 1.0f);
      seeds.backward.mutable_row(id).emplace_back(id, 1.0f);
    }
    if (table.stop.count(token)) continue;
    auto it = table.hangul_of.find(token);
    if (it == table.hangul_of.end()) continue;
    float weight = 1.0f / static_cast<float>(it->second.size());
    for (const auto& hangul : it->second) {
      TokenId target = vocabulary.find(hangul);
      if (target == kNullToken || !on_target[target]) continue;
      seeds.forward.mutable_row(id).emplace_back(target, weight);
      seeds.backward.mutable_row(target).emplace_back(id, weight);
    }
  }
  for (const auto& [source_terms, target_terms] : term_tokens) {
    for (const auto& s : source_terms) {
      TokenId sid = vocabulary.find(s);
      if (sid == kNullToken) continue;
      for (const auto& t : target_terms) {
        TokenId tid = vocabulary.find(t);
        if (tid == kNullToken) continue;
        seeds.forward.mutable_row(sid).emplace_back(tid, 1.0f / static_cast<float>(target_terms.size()));
        seeds.backward.mutable_row(tid).emplace_back(sid, 1.0f / static_cast<float>(source_terms.size()));
      }
    }
  }
  seeds.forward.sort_rows();
  seeds.backward.sort_rows();
  return seeds;
}

TranslationTable train_model1(const std::vector<TokenPair>& examples, size_t vocabulary_size, int iterations,
                              float min_probability) {
  // Every co-occurring (source, target) pair gets a slot in one flat array of probabilities; the
  // slots of a source word are contiguous (its row). Each example keeps, for every target word and
  // every source position (NULL first), the slot of the pair, so the EM rounds read flat arrays.
  size_t rows = std::max<size_t>(vocabulary_size, 1), targets = 0;
  std::vector<size_t> first_link(examples.size() + 1, 0);
  for (size_t e = 0; e < examples.size(); ++e) {
    const auto& ex = examples[e];
    for (TokenId s : *ex.source) rows = std::max<size_t>(rows, size_t{s} + 1);
    for (TokenId t : *ex.target) targets = std::max<size_t>(targets, size_t{t} + 1);
    first_link[e + 1] = first_link[e] + ex.target->size() * (ex.source->size() + 1);
  }
  // Occurrences of each source word: (example, position + 1); position 0 is the NULL word of
  // every example.
  std::vector<uint32_t> first_occurrence(rows + 1, 0);
  for (const auto& ex : examples) {
    ++first_occurrence[1];
    for (TokenId s : *ex.source) ++first_occurrence[size_t{s} + 1];
  }
  for (size_t s = 0; s < rows; ++s) first_occurrence[s + 1] += first_occurrence[s];
  std::vector<std::pair<uint32_t, uint32_t>> occurrences(first_occurrence[rows]);
  {
    std::vector<uint32_t> fill(first_occurrence.begin(), first_occurrence.end() - 1);
    for (uint32_t e = 0; e < examples.size(); ++e) {
      occurrences[fill[kNullToken]++] = {e, 0};
      const auto& src = *examples[e].source;
      for (uint32_t x = 0; x < src.size(); ++x) occurrences[fill[src[x]]++] = {e, x + 1};
    }
  }
  constexpr uint32_t kUnset = UINT32_MAX;
  // Every entry is written below: no zero-filling.
  std::unique_ptr<uint32_t[]> links(new uint32_t[first_link.back()]);
  std::vector<uint32_t> row_first(rows + 1, 0), slot_of(targets, 0), stamp(targets, kUnset);
  std::vector<TokenId> slot_target;
  for (uint32_t s = 0; s < rows; ++s) {
    row_first[s] = static_cast<uint32_t>(slot_target.size());
    for (uint32_t o = first_occurrence[s]; o < first_occurrence[s + 1]; ++o) {
      const auto [e, x] = occurrences[o];
      const auto& tgt = *examples[e].target;
      const size_t width = examples[e].source->size() + 1;
      for (size_t k = 0; k < tgt.size(); ++k) {
        const TokenId t = tgt[k];
        if (stamp[t] != s) {
          stamp[t] = s;
          slot_of[t] = static_cast<uint32_t>(slot_target.size());
          slot_target.push_back(t);
        }
        links[first_link[e] + k * width + x] = slot_of[t];
      }
    }
  }
  row_first[rows] = static_cast<uint32_t>(slot_target.size());
  occurrences = {};
  const size_t slots = slot_target.size();
  std::vector<float> prob(slots), count(slots, 0.0f);
  for (size_t s = 0; s < rows; ++s)
    for (uint32_t k = row_first[s]; k < row_first[s + 1]; ++k)
      prob[k] = 1.0f / static_cast<float>(row_first[s + 1] - row_first[s]);
  const float* p = prob.data();
  float* c = count.data();
  for (int iter = 0; iter < iterations; ++iter) {
    for (size_t e = 0; e < examples.size(); ++e) {
      const size_t width = examples[e].source->size() + 1, words = examples[e].target->size();
      const uint32_t* link = links.get() + first_link[e];
      // Four links a step (the loops are short: the loop's own instructions were a third of the
      // work); the sums keep their order.
      for (size_t k = 0; k < words; ++k, link += width) {
        float total = 0;
        size_t x = 0;
        for (; x + 3 < width; x += 4) {
          total += p[link[x]];
          total += p[link[x + 1]];
          total += p[link[x + 2]];
          total += p[link[x + 3]];
        }
        for (; x < width; ++x) total += p[link[x]];
        if (total <= 0) continue;
        const float inv = 1.0f / total;
        for (x = 0; x + 3 < width; x += 4) {
          c[link[x]] += p[link[x]] * inv;
          c[link[x + 1]] += p[link[x + 1]] * inv;
          c[link[x + 2]] += p[link[x + 2]] * inv;
          c[link[x + 3]] += p[link[x + 3]] * inv;
        }
        for (; x < width; ++x) c[link[x]] += p[link[x]] * inv;
      }
    }
    for (size_t s = 0; s < rows; ++s) {
      float sum = 0;
      for (uint32_t k = row_first[s]; k < row_first[s + 1]; ++k) sum += count[k];
      if (sum <= 0) continue;
      for (uint32_t k = row_first[s]; k < row_first[s + 1]; ++k) prob[k] = count[k] / sum, count[k] = 0;
    }
  }
  TranslationTable table(rows);
  for (uint32_t s = 0; s < rows; ++s) {
    auto& row = table.mutable_row(s);
    for (uint32_t k = row_first[s]; k < row_first[s + 1]; ++k)
      if (prob[k] >= min_probability) row.emplace_back(slot_target[k], prob[k]);
    std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  return table;
}

}  // namespace songngu
