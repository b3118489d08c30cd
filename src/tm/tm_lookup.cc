#include "tm/tm_lookup.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/normalize.h"
#include "tm/tmx_reader.h"
#include "tm/tsv.h"

namespace songngu {
namespace {

bool is_word_char(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

// Keeps the best `limit` matches seen so far (score desc, earlier first on ties).
class Best {
 public:
  explicit Best(size_t limit) : limit_(limit) {}
  bool wants(int score) const { return results_.size() < limit_ || score > results_.back().score; }
  void add(int score, const TranslationUnit& unit) {
    if (!wants(score)) return;
    auto at = std::upper_bound(results_.begin(), results_.end(), score,
                               [](int s, const TmMatch& m) { return s > m.score; });
    results_.insert(at, TmMatch{score, unit});
    if (results_.size() > limit_) results_.pop_back();
  }
  std::vector<TmMatch> take() { return std::move(results_); }

 private:
  size_t limit_;
  std::vector<TmMatch> results_;
};

struct Query {
  std::vector<std::string> tokens;
  int min_score;
  bool can_reach(size_t m) const {
    // d >= |n - m|, so the score is at most 100 * min(n, m) / max(n, m).
    size_t n = tokens.size();
    size_t hi = std::max(n, m), lo = std::min(n, m);
    return hi == 0 || 100 * lo >= static_cast<size_t>(min_score) * hi;
  }
};

void consider(const Query& q, const TranslationUnit& unit, const std::string& src, Best& best) {
  // srclang "*all*" (TMX: any language may be the source) or none: the first variant is the source.
  const Variant* v = src.empty() || src == "*all*" ? (unit.variants.empty() ? nullptr : &unit.variants[0])
                                                   : unit.variant(lang_base(src));
  if (!v || v->text.empty()) return;
  std::vector<std::string> tokens = match_tokens(v->text);
  if (tokens.empty() || !q.can_reach(tokens.size())) return;
  int score = fuzzy_score(q.tokens, tokens);
  if (score >= q.min_score) best.add(score, unit);
}

}  // namespace

std::vector<std::string> match_tokens(std::string_view text) {
  std::string key = match_key(text);
  std::vector<std::string> tokens;
  std::string word;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(key.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(key.data(), i, n, c);
    if (c >= 0 && is_word_char(c)) {
      word.append(key, start, i - start);
      continue;
    }
    if (!word.empty()) tokens.push_back(std::move(word));
    word.clear();
    if (c != ' ') tokens.emplace_back(key, start, i - start);
  }
  if (!word.empty()) tokens.push_back(std::move(word));
  return tokens;
}

int fuzzy_score(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = a.size(), m = b.size();
  if (n == 0 && m == 0) return 100;
  std::vector<size_t> row(m + 1);
  for (size_t j = 0; j <= m; ++j) row[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  size_t d = row[m];
  size_t longest = std::max(n, m);
  return static_cast<int>(100 * (longest - d) / longest);
}

int fuzzy_score(std::string_view a, std::string_view b) {
  return fuzzy_score(match_tokens(a), match_tokens(b));
}

std::vector<TmMatch> lookup_units(const std::vector<TranslationUnit>& units, const std::string& srclang,
                                  std::string_view query, const LookupOptions& options) {
  Query q{match_tokens(query), options.min_score};
  Best best(options.max_results);
  std::string src = options.source_lang.empty() ? srclang : options.source_lang;
  for (const auto& u : units) consider(q, u, src, best);
  return best.take();
}

std::vector<TmMatch> lookup_tmx(const std::string& tmx_path, std::string_view query,
                                const LookupOptions& options) {
  TmxReader reader(tmx_path);
  Query q{match_tokens(query), options.min_score};
  Best best(options.max_results);
  std::string src = options.source_lang.empty() ? reader.header().srclang : options.source_lang;
  TranslationUnit unit;
  while (reader.next(unit)) consider(q, unit, src, best);
  return best.take();
}

}  // namespace songngu
