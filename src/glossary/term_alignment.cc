#include "glossary/term_alignment.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "base/parallel.h"
#include "glossary/name_transcription.h"
#include "glossary/term_tokens.h"
#include "lang/cognates.h"
#include "lang/text_units.h"
#include "lang/word_lists.h"

namespace songngu {
namespace {

uint8_t flags_of(const TermToken& t) {
  return static_cast<uint8_t>(
      (t.particle ? UnitToken::kParticle : 0) | (t.capitalized ? UnitToken::kCapitalized : 0) |
      (t.sentence_initial ? UnitToken::kSentenceInitial : 0) | (t.has_digit ? UnitToken::kDigit : 0) |
      (t.boundary_before ? UnitToken::kBoundaryBefore : 0));
}

// A Vietnamese key without tone digit and diacritics ("lương2" -> "luong"), to compare with the
// way English and Korean texts spell Vietnamese names.
std::string plain_key(const std::string& key) {
  std::string out = ascii_fold(key);
  while (!out.empty() && out.back() >= '0' && out.back() <= '9') out.pop_back();
  return out;
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size()), i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

bool is_hangul_syllable(char32_t c) {
  return c >= 0xAC00 && c <= 0xD7A3;
}

// How alike a name's transcription and a Korean word must be to link them before training: one
// letter off in four (르엉 for Lương, or a transcription rule the text does not follow).
constexpr double kNameSimilarity = 0.75;

// What the prior function needs to know about each token, computed once per vocabulary entry.
struct PriorTables {
  std::vector<std::string> source_plain;         // plain key, when the token may be a name or loan
  std::vector<char> source_name;                 // the token is a name syllable
  std::vector<std::u32string> source_jamo;       // a name syllable transcribed into Hangul letters
  std::vector<std::u32string> target_jamo;       // the letters of a Korean token
  std::vector<std::vector<char32_t>> readings;   // Sino-Korean readings of a Vietnamese syllable
  std::vector<std::vector<char32_t>> syllables;  // Hangul syllables of a Korean token
  std::vector<char> target_function_word;
  std::unordered_map<uint64_t, float> known;  // (source id << 32 | target id) -> weight

  float operator()(TokenId s, TokenId t, const Vocabulary& target_vocabulary) const {
    float w = 0;
    // A function word only for a name: "Tô" = "To", but "thế" is not "the".
    if (s < source_plain.size() && !source_plain[s].empty() && t < target_function_word.size() &&
        (!target_function_word[t] || source_name[s]) && target_vocabulary.token(t) == source_plain[s])
      w = 1;
    if (auto it = known.find((static_cast<uint64_t>(s) << 32) | t); it != known.end())
      w = std::max(w, it->second);
    // A Vietnamese name and its Hangul transcription (Lâm - 럼, Cường - 끄엉).
    if (s < source_jamo.size() && t < target_jamo.size() && !source_jamo[s].empty())
      if (double similar = jamo_similarity(source_jamo[s], target_jamo[t]); similar >= kNameSimilarity)
        w = std::max(w, static_cast<float>(similar));
    if (s < readings.size() && t < syllables.size() && !readings[s].empty())
      for (char32_t c : syllables[t])
        if (std::find(readings[s].begin(), readings[s].end(), c) != readings[s].end()) {
          w = std::max(w, 0.5f);
          break;
        }
    return w;
  }
};

// Joins runs of syllables that are a known compound into one token, choosing the cut that covers
// the most syllables with compounds, then the most compound weight.
std::vector<TermToken> join_compounds(std::vector<TermToken> tokens, const TermAlignmentOptions& options) {
  const auto& compounds = options.source_compounds;
  if (compounds.empty() || tokens.size() < 2) return tokens;
  const size_t n = tokens.size(), kLongest = 4;
  struct Best {
    size_t covered = 0;
    long weight = 0;
    size_t take = 1;
  };
  std::vector<Best> best(n + 1);
  for (size_t i = n; i-- > 0;) {
    best[i] = {best[i + 1].covered, best[i + 1].weight, 1};
    std::string key = tokens[i].key;
    bool joinable = !tokens[i].has_digit && !options.source_names.count(tokens[i].key);
    for (size_t len = 2; joinable && len <= kLongest && i + len <= n; ++len) {
      const TermToken& next = tokens[i + len - 1];
      if (next.boundary_before || next.has_digit || options.source_names.count(next.key)) break;
      key += ' ';
      key += next.key;
      auto it = compounds.find(key);
      if (it == compounds.end()) continue;
      Best option{best[i + len].covered + len, best[i + len].weight + it->second, len};
      if (option.covered > best[i].covered ||
          (option.covered == best[i].covered && option.weight > best[i].weight))
        best[i] = option;
    }
  }
  std::vector<TermToken> out;
  for (size_t i = 0; i < n; i += best[i].take) {
    TermToken t = std::move(tokens[i]);
    for (size_t k = 1; k < best[i].take; ++k) {
      t.key += ' ';
      t.key += tokens[i + k].key;
      t.end = tokens[i + k].end;
    }
    out.push_back(std::move(t));
  }
  return out;
}

// True when the last syllable of a Korean word ends in a consonant (batchim): 놓, 강점; not 관계.
bool ends_in_consonant(std::string_view word) {
  std::vector<char32_t> letters = code_points(word);
  return !letters.empty() && is_hangul_syllable(letters.back()) && (letters.back() - 0xAC00) % 28 != 0;
}

// Per target id: whether the Korean texts use the token as a word of its own. A verb's stem never
// stands alone; it takes 는 whatever its last letter (놓는, 있는: a noun ending in a consonant
// takes 은), and 고 or 습니다 directly (놓고, 놓습니다: a noun takes them through the copula,
// 강점이고). A token never alone that takes those, or that ends in 하 or 되 (부합하 of 부합하는), is
// a verb's stem (놓 of 놓은, 놓을), not a word.
// Tokens that are not Hangul are words.
std::vector<char> free_korean_words(const std::vector<std::vector<UnitToken>>& units,
                                    const Vocabulary& vocabulary) {
  std::vector<char> alone(vocabulary.size(), 0), verb_ending(vocabulary.size(), 0);
  for (const auto& tokens : units)
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].is(UnitToken::kParticle)) continue;
      bool attached = i + 1 < tokens.size() && tokens[i + 1].is(UnitToken::kParticle) &&
                      tokens[i + 1].begin == tokens[i].end;
      if (!attached)
        alone[tokens[i].id] = 1;
      else if (vocabulary.token(tokens[i + 1].id) == "~\uB294")  // 는
        verb_ending[tokens[i].id] = 1;
    }
  // Endings only a verb's stem takes (a noun takes them through the copula: 강점이고, 강점입니다).
  auto takes_verb_endings = [&](const std::string& stem) {
    return vocabulary.find(stem + "\uACE0") != kNullToken ||            // 고
           vocabulary.find(stem + "\uC2B5\uB2C8\uB2E4") != kNullToken;  // 습니다
  };
  std::vector<char> out(vocabulary.size(), 1);
  for (TokenId t = 1; t < vocabulary.size(); ++t) {
    const std::string& key = vocabulary.token(t);
    if (alone[t] || !is_hangul_word(key)) continue;
    out[t] = !((verb_ending[t] && ends_in_consonant(key)) || takes_verb_endings(key) ||
               key.ends_with("\uD558") || key.ends_with("\uB418"));  // 부합하(는), 사용되(는)
  }
  return out;
}

}  // namespace

TermAlignment::TermAlignment(const std::vector<std::string_view>& sources,
                             const std::vector<std::string_view>& targets,
                             const TermAlignmentOptions& options)
    : options_(options) {
  const size_t n = std::min(sources.size(), targets.size());
  source_tokens_.resize(n);
  target_tokens_.resize(n);
  links_.resize(n);
  firm_links_.resize(n);
  const bool korean = options.target_lang == "ko";

  // What the Korean input says about its stems decides where particles are split off.
  const KoreanStems stems = korean ? korean_stems(targets) : KoreanStems{};

  // Tokenize in batches (in parallel), then give the keys ids in unit order (serially, so the ids
  // do not depend on the threads).
  const size_t kBatch = 4096;
  std::vector<std::vector<TermToken>> batch_source, batch_target;
  for (size_t first = 0; first < n; first += kBatch) {
    size_t count = std::min(kBatch, n - first);
    batch_source.assign(count, {});
    batch_target.assign(count, {});
    parallel_for(count, static_cast<unsigned>(std::max(1, options.align.threads)), [&](size_t i) {
      if (sources[first + i].empty() || targets[first + i].empty()) return;
      batch_source[i] = join_compounds(term_tokens(sources[first + i], options.source_lang), options);
      batch_target[i] = term_tokens(targets[first + i], options.target_lang, korean ? &stems : nullptr);
    });
    for (size_t i = 0; i < count; ++i) {
      auto keep = [](std::vector<TermToken>& tokens, Vocabulary& vocabulary, std::vector<UnitToken>& out) {
        out.reserve(tokens.size());
        for (TermToken& t : tokens)
          out.push_back({static_cast<uint32_t>(t.begin), static_cast<uint32_t>(t.end), vocabulary.id(t.key),
                         flags_of(t)});
      };
      keep(batch_source[i], source_vocabulary_, source_tokens_[first + i]);
      keep(batch_target[i], target_vocabulary_, target_tokens_[first + i]);
    }
  }

  // Prior tables.
  PriorTables prior;
  prior.source_plain.resize(source_vocabulary_.size());
  prior.source_name.resize(source_vocabulary_.size());
  prior.readings.resize(source_vocabulary_.size());
  const Cognates& table = cognates();
  for (TokenId s = 1; s < source_vocabulary_.size(); ++s) {
    const std::string& key = source_vocabulary_.token(s);
    std::string plain = plain_key(key);
    // A name or a loan: written without Vietnamese diacritics, or a name ("Lương" = "Luong").
    // Other syllables spelled like an English word ("the", "do") are not.
    prior.source_name[s] = options.source_names.count(key) > 0;
    if (!plain.empty() && (plain == key || prior.source_name[s])) prior.source_plain[s] = plain;
    if (korean && options.source_names.count(key))
      prior.source_jamo.resize(source_vocabulary_.size()), prior.source_jamo[s] = vietnamese_jamo(key);
    if (korean) {  // a compound's readings are its syllables' readings
      size_t start = 0;
      while (start <= key.size()) {
        size_t space = key.find(' ', start);
        std::string syllable =
            key.substr(start, space == std::string::npos ? std::string::npos : space - start);
        start = space == std::string::npos ? key.size() + 1 : space + 1;
        auto it = table.hangul_of.find(syllable);
        if (it == table.hangul_of.end() || table.stop.count(syllable)) continue;
        for (const auto& h : it->second)
          for (char32_t c : code_points(h))
            if (is_hangul_syllable(c)) prior.readings[s].push_back(c);
      }
    }
  }
  prior.target_function_word.resize(target_vocabulary_.size(), 0);
  prior.syllables.resize(korean ? target_vocabulary_.size() : 0);
  const auto& stops = en_stop_words();
  for (TokenId t = 1; t < target_vocabulary_.size(); ++t) {
    const std::string& key = target_vocabulary_.token(t);
    prior.target_function_word[t] = stops.count(key) || key.starts_with("~");
    if (korean && !key.starts_with("~")) {
      for (char32_t c : code_points(key))
        if (is_hangul_syllable(c)) prior.syllables[t].push_back(c);
      prior.target_jamo.resize(target_vocabulary_.size());
      prior.target_jamo[t] = hangul_jamo(key);
    }
  }

  for (const auto& [source_term, target_term] : options.known_pairs) {
    std::vector<TokenId> s_ids, t_ids;
    for (const TermToken& t : term_tokens(source_term, options.source_lang))
      if (TokenId id = source_vocabulary_.find(t.key)) s_ids.push_back(id);
    for (const TermToken& t : term_tokens(target_term, options.target_lang))
      if (TokenId id = target_vocabulary_.find(t.key); id && !t.particle) t_ids.push_back(id);
    for (TokenId s : s_ids)
      for (TokenId t : t_ids) {
        float& w = prior.known[(static_cast<uint64_t>(s) << 32) | t];
        w = std::max(w, 1.0f / static_cast<float>(std::max(s_ids.size(), t_ids.size())));
      }
  }
  target_function_word_ = prior.target_function_word;
  if (korean) target_free_ = free_korean_words(target_tokens_, target_vocabulary_);
  // Which units hold each target token (each unit once).
  target_postings_offset_.assign(target_vocabulary_.size() + 1, 0);
  std::vector<TokenId> last_unit(target_vocabulary_.size(), UINT32_MAX);
  for (size_t u = 0; u < n; ++u)
    for (const UnitToken& t : target_tokens_[u])
      if (last_unit[t.id] != u)
        last_unit[t.id] = static_cast<TokenId>(u), ++target_postings_offset_[t.id + 1];
  for (size_t i = 1; i < target_postings_offset_.size(); ++i)
    target_postings_offset_[i] += target_postings_offset_[i - 1];
  target_postings_.resize(target_postings_offset_.back());
  std::vector<uint32_t> fill(target_postings_offset_.begin(), target_postings_offset_.end() - 1);
  std::fill(last_unit.begin(), last_unit.end(), UINT32_MAX);
  for (size_t u = 0; u < n; ++u)
    for (const UnitToken& t : target_tokens_[u])
      if (last_unit[t.id] != u)
        last_unit[t.id] = static_cast<TokenId>(u), target_postings_[fill[t.id]++] = static_cast<uint32_t>(u);

  // Train on every unit with both sides, then align them.
  std::vector<TokenizedPair> pairs(n);
  for (size_t u = 0; u < n; ++u) {
    for (const UnitToken& t : source_tokens_[u]) pairs[u].source.push_back(t.id);
    for (const UnitToken& t : target_tokens_[u]) pairs[u].target.push_back(t.id);
  }
  WordAlignmentModel model = WordAlignmentModel::train(
      pairs, source_vocabulary_.size(), target_vocabulary_.size(),
      [&](TokenId s, TokenId t) { return prior(s, t, target_vocabulary_); }, options.align);
  parallel_for((n + 255) / 256, static_cast<unsigned>(std::max(1, options.align.threads)), [&](size_t block) {
    for (size_t u = block * 256; u < std::min(n, block * 256 + 256); ++u) {
      if (pairs[u].source.empty() || pairs[u].target.empty() ||
          pairs[u].source.size() > options.align.max_length ||
          pairs[u].target.size() > options.align.max_length)
        continue;
      UnitLinks links = model.align_unit(pairs[u]);
      links_[u] = std::move(links.symmetrized);
      firm_links_[u] = intersect_links(links.forward, links.backward);
    }
  });
}

std::span<const uint32_t> TermAlignment::units_with_target(TokenId id) const {
  if (id + 1 >= target_postings_offset_.size()) return {};
  return {target_postings_.data() + target_postings_offset_[id],
          target_postings_.data() + target_postings_offset_[id + 1]};
}

std::optional<TokenSpan> TermAlignment::source_rendering(size_t unit, TokenSpan target) const {
  const WordLinks& links = links_[unit];
  const auto& tokens = target_tokens_[unit];
  for (size_t j = target.begin; j < target.end; ++j) {
    if (tokens[j].is(UnitToken::kParticle) || target_function_word_[tokens[j].id]) continue;
    if (std::none_of(links.begin(), links.end(), [&](const WordLink& l) { return l.target == j; }))
      return std::nullopt;
  }
  return consistent_source_span(links, target);
}

std::optional<TokenSpan> TermAlignment::source_span(size_t unit, size_t begin, size_t end) const {
  const auto& tokens = source_tokens_[unit];
  auto first = std::lower_bound(tokens.begin(), tokens.end(), begin,
                                [](const UnitToken& t, size_t at) { return t.begin < at; });
  if (first == tokens.end() || first->begin != begin) return std::nullopt;
  for (auto last = first; last != tokens.end() && last->begin < end; ++last)
    if (last->end == end)
      return TokenSpan{static_cast<size_t>(first - tokens.begin()),
                       static_cast<size_t>(last - tokens.begin()) + 1};
  return std::nullopt;
}

std::optional<TokenSpan> TermAlignment::linked_target(size_t unit, TokenSpan source) const {
  size_t lo = SIZE_MAX, hi = 0;
  for (const WordLink& l : links_[unit])
    if (l.source >= source.begin && l.source < source.end)
      lo = std::min<size_t>(lo, l.target), hi = std::max<size_t>(hi, l.target);
  if (lo == SIZE_MAX) return std::nullopt;
  return TokenSpan{lo, hi + 1};
}

std::optional<WordLinks> occurrence_links(const WordLinks& links, TokenSpan source, size_t source_length,
                                          const std::vector<UnitToken>& tokens) {
  std::vector<size_t> linked;  // target positions linked to the span, in order, each once
  for (const WordLink& l : links)
    if (l.source >= source.begin && l.source < source.end) linked.push_back(l.target);
  std::sort(linked.begin(), linked.end());
  linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
  // Clusters: runs of linked positions at most kGap apart (a particle may sit between two words).
  const size_t kGap = 2;
  std::vector<TokenSpan> clusters;
  for (size_t p : linked)
    if (!clusters.empty() && p - (clusters.back().end - 1) <= kGap)
      clusters.back().end = p + 1;
    else
      clusters.push_back({p, p + 1});
  if (clusters.size() < 2) return std::nullopt;
  // Only when two clusters hold the same word: the unit repeats the term and its rendering.
  auto ids = [&](TokenSpan c) {
    std::set<TokenId> out;
    for (size_t p : linked)
      if (p >= c.begin && p < c.end && p < tokens.size() && !tokens[p].is(UnitToken::kParticle))
        out.insert(tokens[p].id);
    return out;
  };
  bool repeated = false;
  for (size_t a = 0; a < clusters.size() && !repeated; ++a)
    for (size_t b = a + 1; b < clusters.size() && !repeated; ++b) {
      std::set<TokenId> x = ids(clusters[a]), y = ids(clusters[b]);
      repeated = std::any_of(x.begin(), x.end(), [&](TokenId id) { return y.count(id) > 0; });
    }
  if (!repeated) return std::nullopt;
  // The cluster nearest the term's relative place in the unit.
  const double where =
      (source.begin + source.end) / 2.0 / static_cast<double>(std::max<size_t>(1, source_length));
  TokenSpan nearest = clusters.front();
  double best = 2;
  for (TokenSpan c : clusters) {
    double d =
        std::abs((c.begin + c.end) / 2.0 / static_cast<double>(std::max<size_t>(1, tokens.size())) - where);
    if (d < best) best = d, nearest = c;
  }
  WordLinks out;
  for (const WordLink& l : links)
    if (l.source < source.begin || l.source >= source.end ||
        (l.target >= nearest.begin && l.target < nearest.end))
      out.push_back(l);
  return out;
}

std::optional<TokenSpan> TermAlignment::rendering(size_t unit, TokenSpan source, bool every_word) const {
  const std::optional<WordLinks> narrowed =
      occurrence_links(links_[unit], source, source_tokens_[unit].size(), target_tokens_[unit]);
  const WordLinks& links = narrowed ? *narrowed : links_[unit];
  // Every word of the term must be rendered: a phrase for part of it is not its translation
  // ("chọn văn bản" = select text, not "text" alone).
  for (size_t i = source.begin; every_word && i < source.end; ++i)
    if (std::none_of(links.begin(), links.end(), [&](const WordLink& l) { return l.source == i; }))
      return std::nullopt;
  std::optional<TokenSpan> span = consistent_target_span(links, source, firm_links_[unit]);
  if (!span) return span;
  const auto& tokens = target_tokens_[unit];
  const bool english = options_.target_lang == "en";
  const auto& stops = en_stop_words();
  auto trimmable = [&](size_t i, bool at_start) {
    const UnitToken& t = tokens[i];
    if (t.is(UnitToken::kParticle)) return true;
    if (!english || !stops.count(target_vocabulary_.token(t.id))) return false;
    // A capitalized function word starting a name mid-sentence stays ("To Lam").
    return !(at_start && t.is(UnitToken::kCapitalized) && !t.is(UnitToken::kSentenceInitial));
  };
  while (span->begin < span->end && trimmable(span->begin, true)) ++span->begin;
  while (span->end > span->begin && trimmable(span->end - 1, false)) --span->end;
  if (span->begin == span->end) return std::nullopt;
  // A phrase does not run across punctuation (hyphens and dashes inside words aside): "이자율)입니다".
  for (size_t i = span->begin + 1; i < span->end; ++i)
    if (tokens[i].is(UnitToken::kBoundaryBefore) && !tokens[i].is(UnitToken::kHyphenBefore))
      return std::nullopt;
  // A Korean phrase ends in a word, not in a verb's stem ("놓" of 키를 놓은 for "nhả phím").
  if (!target_free_.empty() && !target_free_[tokens[span->end - 1].id]) return std::nullopt;
  // A number alone renders no term (it is a number's translation).
  if (std::all_of(tokens.begin() + span->begin, tokens.begin() + span->end,
                  [](const UnitToken& t) { return t.is(UnitToken::kDigit) || t.is(UnitToken::kParticle); }))
    return std::nullopt;
  // A clause is not a term: a case particle inside a Korean phrase (이름을 나열합니다; the
  // genitive 의 of 국민의 삶 aside), an article before a lowercase word inside an English one
  // (select the range; "Miracle on the Han River" is a name).
  for (size_t i = span->begin + 1; i + 1 < span->end; ++i) {
    const std::string& key = target_vocabulary_.token(tokens[i].id);
    if (tokens[i].is(UnitToken::kParticle) && key != "~\uC758") return std::nullopt;
    if (english && (key == "the" || key == "a" || key == "an") && !tokens[i + 1].is(UnitToken::kCapitalized))
      return std::nullopt;
  }
  return span;
}

}  // namespace songngu
