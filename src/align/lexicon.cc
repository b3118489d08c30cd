#include "align/lexicon.h"

#include <algorithm>
#include <cstdint>
#include <fstream>

#include "align/tokens.h"
#include "base/data_dir.h"
#include "base/error.h"
#include "text/normalize.h"

namespace songngu {

Vocabulary::Vocabulary() { tokens_.push_back(""); }

TokenId Vocabulary::id(const std::string& token) {
  auto it = ids_.find(token);
  if (it != ids_.end()) return it->second;
  TokenId id = static_cast<TokenId>(tokens_.size());
  ids_.emplace(token, id);
  tokens_.push_back(token);
  return id;
}

TokenId Vocabulary::find(const std::string& token) const {
  auto it = ids_.find(token);
  return it == ids_.end() ? kNullToken : it->second;
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

const Cognates& cognates() {
  static const Cognates table = [] {
    Cognates c;
    std::string path = data_file("lang/sinoviet-hangul-syllables.tsv");
    std::ifstream in(path);
    if (!in) throw_bad_input(N_("{1}: cannot read the file"), {path});
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      size_t t1 = line.find('\t');
      size_t t2 = line.find('\t', t1 + 1);
      size_t t3 = line.find('\t', t2 + 1);
      if (t1 == std::string::npos || t2 == std::string::npos) continue;
      std::string key = line.substr(t1 + 1, t2 - t1 - 1);
      std::string hangul = line.substr(t2 + 1, t3 == std::string::npos ? std::string::npos : t3 - t2 - 1);
      c.hangul_of[key].push_back(hangul);
    }
    std::ifstream stops(data_file("align/vi-stop-syllables.txt"));
    while (std::getline(stops, line)) {
      if (line.empty() || line[0] == '#') continue;
      c.stop[match_key(line)] = true;
    }
    return c;
  }();
  return table;
}

SeedLinks build_seed_links(const Vocabulary& vocabulary, const std::vector<bool>& on_source,
                           const std::vector<bool>& on_target,
                           const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>& term_tokens) {
  SeedLinks seeds{TranslationTable(vocabulary.size()), TranslationTable(vocabulary.size())};
  const Cognates& table = cognates();
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
  using Example = TokenPair;
  // Co-occurring pairs get a slot each: a sorted row per source token, initialised uniform.
  // Each row is built from an index source token -> examples, and a stamp per target token lets
  // a row take each target once, so only distinct pairs are sorted (not one per co-occurrence).
  size_t rows = std::max<size_t>(vocabulary_size, 1);
  size_t targets = 0;
  for (const auto& ex : examples) {
    if (ex.target->empty()) continue;
    for (TokenId s : *ex.source) rows = std::max<size_t>(rows, size_t{s} + 1);
    for (TokenId t : *ex.target) targets = std::max<size_t>(targets, size_t{t} + 1);
  }
  constexpr uint32_t kUnset = UINT32_MAX;
  std::vector<uint32_t> first_example(rows + 1, 0), last_example(rows, kUnset);
  for (size_t e = 0; e < examples.size(); ++e) {
    if (examples[e].target->empty()) continue;
    for (TokenId s : *examples[e].source) {
      if (last_example[s] == e) continue;
      last_example[s] = static_cast<uint32_t>(e);
      ++first_example[size_t{s} + 1];
    }
  }
  for (size_t s = 0; s < rows; ++s) first_example[s + 1] += first_example[s];
  std::vector<uint32_t> examples_of(first_example[rows]);
  {
    std::vector<uint32_t> fill(first_example.begin(), first_example.end() - 1);
    std::fill(last_example.begin(), last_example.end(), kUnset);
    for (size_t e = 0; e < examples.size(); ++e) {
      if (examples[e].target->empty()) continue;
      for (TokenId s : *examples[e].source) {
        if (last_example[s] == e) continue;
        last_example[s] = static_cast<uint32_t>(e);
        examples_of[fill[s]++] = static_cast<uint32_t>(e);
      }
    }
  }
  TranslationTable table(rows);
  std::vector<uint32_t> stamp(targets, kUnset);
  auto add_targets = [&](SparseRow& row, uint32_t mark, const Example& ex) {
    for (TokenId t : *ex.target) {
      if (stamp[t] == mark) continue;
      stamp[t] = mark;
      row.emplace_back(t, 1.0f);
    }
  };
  for (const auto& ex : examples) add_targets(table.mutable_row(kNullToken), kNullToken, ex);
  for (size_t s = 1; s < rows; ++s) {
    auto& row = table.mutable_row(static_cast<TokenId>(s));
    for (uint32_t k = first_example[s]; k < first_example[s + 1]; ++k)
      add_targets(row, static_cast<uint32_t>(s), examples[examples_of[k]]);
  }
  for (TokenId s = 0; s < table.size(); ++s) {
    auto& row = table.mutable_row(s);
    std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  for (TokenId s = 0; s < table.size(); ++s) {
    auto& row = table.mutable_row(s);
    for (auto& e : row) e.second = 1.0f / static_cast<float>(row.size());
  }
  auto slot = [&](TokenId s, TokenId t) -> size_t {
    const auto& row = table.row(s);
    auto it = std::lower_bound(row.begin(), row.end(), std::make_pair(t, 0.0f),
                               [](const auto& a, const auto& b) { return a.first < b.first; });
    return static_cast<size_t>(it - row.begin());
  };
  // Every (source word, target word) link of every example gets its table slot once: the EM
  // rounds then touch flat arrays only.
  std::vector<uint32_t> slots;
  std::vector<size_t> first_slot(examples.size() + 1, 0);
  for (size_t e = 0; e < examples.size(); ++e) {
    const auto& ex = examples[e];
    for (TokenId t : *ex.target) {
      slots.push_back(static_cast<uint32_t>(slot(kNullToken, t)));
      for (TokenId s : *ex.source) slots.push_back(static_cast<uint32_t>(slot(s, t)));
    }
    first_slot[e + 1] = slots.size();
  }
  std::vector<std::vector<float>> counts(table.size());
  std::vector<float> post;
  for (int iter = 0; iter < iterations; ++iter) {
    for (TokenId s = 0; s < table.size(); ++s) counts[s].assign(table.row(s).size(), 0.0f);
    for (size_t e = 0; e < examples.size(); ++e) {
      const auto& ex = examples[e];
      const uint32_t* sl = slots.data() + first_slot[e];
      const size_t width = ex.source->size() + 1;
      for (size_t k = 0; k < ex.target->size(); ++k, sl += width) {
        float total = table.row(kNullToken)[sl[0]].second;
        post.resize(width);
        post[0] = total;
        for (size_t x = 0; x < ex.source->size(); ++x) {
          float p = table.row((*ex.source)[x])[sl[x + 1]].second;
          post[x + 1] = p;
          total += p;
        }
        if (total <= 0) continue;
        const float inv = 1.0f / total;
        counts[kNullToken][sl[0]] += post[0] * inv;
        for (size_t x = 0; x < ex.source->size(); ++x) counts[(*ex.source)[x]][sl[x + 1]] += post[x + 1] * inv;
      }
    }
    for (TokenId s = 0; s < table.size(); ++s) {
      auto& row = table.mutable_row(s);
      float sum = 0;
      for (float c : counts[s]) sum += c;
      if (sum <= 0) continue;
      for (size_t k = 0; k < row.size(); ++k) row[k].second = counts[s][k] / sum;
    }
  }
  for (TokenId s = 0; s < table.size(); ++s) {
    auto& row = table.mutable_row(s);
    row.erase(std::remove_if(row.begin(), row.end(), [&](const auto& e) { return e.second < min_probability; }),
              row.end());
  }
  return table;
}

}  // namespace songngu
