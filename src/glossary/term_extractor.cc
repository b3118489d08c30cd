#include "glossary/term_extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "base/parallel.h"
#include "glossary/term_alignment.h"
#include "glossary/term_equivalents.h"
#include "lang/text_units.h"
#include "lang/word_lists.h"

namespace songngu {
namespace {

// A two-syllable candidate is one token for the word alignment when it holds at least this share
// of the occurrences of its rarer syllable (đối tác, chỉ mục: bound together; tên mới: two words).
constexpr double kCompoundShare = 0.3;
// An equivalent must render the term back in at least this share of the places the target texts
// have it: a common word that renders part of a term here and there ("cell" for "ô bảng", seen
// hundreds of times for "ô") is not its equivalent.
constexpr double kMinBackAgreement = 0.1;

std::string join(const std::vector<std::string>& parts, size_t begin, size_t end, const char* sep) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += sep;
    out += parts[i];
  }
  return out;
}

bool starts_with_seq(const std::vector<std::string>& keys, size_t at, size_t limit,
                     const std::vector<std::string>& seq) {
  if (at + seq.size() > limit) return false;
  for (size_t i = 0; i < seq.size(); ++i)
    if (keys[at + i] != seq[i]) return false;
  return true;
}

struct SourceCandidate {
  std::vector<std::string> keys;
  int frequency = 0;
  int capitalized_mid = 0;
  std::map<std::string, int> surfaces;  // as written, weighted; filled for the chosen terms only
  size_t last_unit = SIZE_MAX;          // units holding the candidate: counted, not kept
  int unit_count = 0;
  double nested_total = 0;  // t(a) of the C-value
  int nested_count = 0;     // c(a)
  double cvalue = 0;
  // Names: occurrences written all in capitals, and those that start or end inside a longer run
  // of capitalized words ("Quốc Lee Jae Myung" in "Hàn Quốc Lee Jae Myung").
  int all_capitals = 0;
  int inside_name = 0;
};

// A name made of two names that each stand alone elsewhere at least as often ("Hàn Quốc" + "Lee
// Jae Myung", "Singapore" + "Lawrence Wong"): two names side by side, not one. `runs` counts the
// maximal runs of capitalized words of the input ("Hàn" of "sông Hàn" is too rare to split
// "Hàn Quốc").
bool two_names(const SourceCandidate& c, const std::unordered_map<std::string, int>& runs) {
  if (c.all_capitals * 2 < c.frequency) return false;
  auto alone = [&](const std::string& key) {
    auto it = runs.find(key);
    return it != runs.end() && it->second >= c.frequency;
  };
  for (size_t split = 1; split < c.keys.size(); ++split)
    if (alone(join(c.keys, 0, split, " ")) && alone(join(c.keys, split, c.keys.size(), " "))) return true;
  return false;
}

// Vietnamese stretches: runs of words with no boundary, number or stop word inside.
struct Stretch {
  std::vector<const Word*> words;
};

std::vector<Stretch> vi_stretches(const std::vector<Word>& words, std::string_view text) {
  const ViStopWords& stops = vi_stop_words();
  std::vector<std::string> keys;
  for (const auto& w : words) keys.push_back(w.key);
  std::vector<Stretch> out;
  Stretch cur;
  auto flush = [&] {
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = Stretch{};
  };
  for (size_t i = 0; i < words.size();) {
    const Word& w = words[i];
    size_t stop_len = 0;
    for (const auto& seq : stops.anywhere)
      if (seq.size() > stop_len && starts_with_seq(keys, i, keys.size(), seq)) stop_len = seq.size();
    if (stop_len > 0) {
      flush();
      i += stop_len;
      continue;
    }
    if (w.has_digit) {
      flush();
      ++i;
      continue;
    }
    // A capitalized word after a lowercase one starts a new name ("quan hệ | Đối tác ...",
    // "Tổng thống | Lee Jae Myung"), unless the stretch opened with a capital and the capital is a
    // single word inside a title-cased name ("Hiệp định Thương mại Tự do", "Bộ trưởng Ngoại giao").
    bool lower_to_upper = !cur.words.empty() && !cur.words.back()->capitalized && w.capitalized;
    if (lower_to_upper && cur.words.front()->capitalized) {
      auto ends_run = [&](size_t j) {
        if (j >= words.size() || words[j].boundary_before || words[j].has_digit) return true;
        for (const auto& seq : stops.anywhere)
          if (starts_with_seq(keys, j, keys.size(), seq)) return true;
        return false;
      };
      size_t run = 1;
      while (!ends_run(i + run) && words[i + run].capitalized) ++run;
      bool name_follows = run >= 2 || ends_run(i + run);
      lower_to_upper = name_follows;
    }
    // A hyphen between two words, the second in lower case, joins them: "Jae-myung" is "Jae Myung",
    // "mô-đun" one word ("Việt Nam-Hàn Quốc" still two names).
    bool hyphen_joined = i > 0 && !w.capitalized && w.begin == words[i - 1].end + 1 &&
                         text[words[i - 1].end] == '-' && !cur.words.empty() &&
                         cur.words.back() == &words[i - 1];
    if ((w.boundary_before && !hyphen_joined) || lower_to_upper) flush();
    cur.words.push_back(&w);
    ++i;
  }
  flush();
  return out;
}

bool starts_with_no_start_word(const std::vector<std::string>& keys, size_t at, size_t limit) {
  for (const auto& seq : vi_stop_words().no_start)
    if (starts_with_seq(keys, at, limit, seq)) return true;
  return false;
}

std::string most_frequent(const std::map<std::string, int>& counts) {
  std::string best;
  int n = -1;
  for (const auto& [s, c] : counts)
    if (c > n) best = s, n = c;
  return best;
}

// Units from several bilingual files of one source (a vi-en and a vi-ko memory) repeat the source
// sentences: units with the same source text become one unit holding every target, so frequencies
// and the word alignment see each source sentence once.
std::vector<TranslationUnit> merge_by_source(const std::vector<TranslationUnit>& units,
                                             const std::string& source_lang) {
  std::vector<TranslationUnit> merged;
  std::unordered_map<std::string, size_t> index;
  for (const auto& unit : units) {
    const Variant* s = unit.variant(source_lang);
    if (!s) continue;
    auto [it, fresh] = index.emplace(s->text, merged.size());
    if (fresh) {
      merged.push_back(unit);
      continue;
    }
    TranslationUnit& into = merged[it->second];
    for (const auto& v : unit.variants) {
      std::string base = v.lang.substr(0, v.lang.find_first_of("-_"));
      if (!into.variant(base)) into.variants.push_back(v);
    }
  }
  return merged;
}

// Every occurrence of the chosen terms, found the way candidates were counted (inside stretches,
// not at a no-start word), as byte spans; and how each term is written (a mid-sentence spelling
// shows the term's own capitalization, a sentence start does not: it weighs 3 to 1).
std::vector<std::vector<TermOccurrence>> find_occurrences(const std::vector<std::string>& source_texts,
                                                          const std::vector<SourceCandidate*>& terms,
                                                          int min_n, int max_n) {
  std::unordered_map<std::string, size_t> index;
  for (size_t t = 0; t < terms.size(); ++t)
    index.emplace(join(terms[t]->keys, 0, terms[t]->keys.size(), " "), t);
  std::vector<std::vector<TermOccurrence>> out(terms.size());
  for (size_t u = 0; u < source_texts.size(); ++u) {
    if (source_texts[u].empty()) continue;
    std::vector<Word> words = split_words(source_texts[u]);
    for (const Stretch& st : vi_stretches(words, source_texts[u])) {
      std::vector<std::string> keys;
      for (const Word* w : st.words) keys.push_back(w->key);
      for (size_t i = 0; i < keys.size(); ++i) {
        if (starts_with_no_start_word(keys, i, keys.size())) continue;
        for (int n = min_n; n <= max_n && i + n <= keys.size(); ++n) {
          auto it = index.find(join(keys, i, i + n, " "));
          if (it == index.end()) continue;
          const Word* first = st.words[i];
          const Word* last = st.words[i + n - 1];
          out[it->second].push_back({static_cast<uint32_t>(u), static_cast<uint32_t>(first->begin),
                                     static_cast<uint32_t>(last->end)});
          terms[it->second]->surfaces[source_texts[u].substr(first->begin, last->end - first->begin)] +=
              first->sentence_initial ? 1 : 3;
        }
      }
    }
  }
  return out;
}

// Up to three units showing the term and its equivalents: units where every kept equivalent was
// found first, then the others, shortest source first.
std::vector<TermExample> pick_examples(const std::vector<const TermEquivalent*>& kept,
                                       const ExtractOptions& options,
                                       const std::vector<std::string_view>& sources,
                                       const std::vector<std::vector<std::string_view>>& targets) {
  std::map<size_t, std::map<size_t, const EquivalentExample*>> by_unit;  // unit -> language -> example
  for (size_t l = 0; l < kept.size(); ++l)
    if (kept[l])
      for (const auto& e : kept[l]->examples) by_unit[e.unit].emplace(l, &e);
  size_t languages = 0;
  for (const auto* k : kept) languages += k != nullptr;
  std::vector<size_t> units;
  for (const auto& [unit, langs] : by_unit) units.push_back(unit);
  std::stable_sort(units.begin(), units.end(), [&](size_t a, size_t b) {
    bool all_a = by_unit[a].size() == languages, all_b = by_unit[b].size() == languages;
    if (all_a != all_b) return all_a;
    return sources[a].size() < sources[b].size();
  });
  std::vector<TermExample> out;
  for (size_t unit : units) {
    if (out.size() == 3) break;
    TermExample example;
    const EquivalentExample* any = by_unit[unit].begin()->second;
    example[options.source_lang] = {std::string(sources[unit]), any->source_begin, any->source_end};
    for (size_t l = 0; l < kept.size(); ++l) {
      if (targets[l][unit].empty()) continue;
      MarkedText text{std::string(targets[l][unit]), 0, 0};
      if (auto it = by_unit[unit].find(l); it != by_unit[unit].end())
        text.mark_begin = it->second->target_begin, text.mark_end = it->second->target_end;
      example[options.target_langs[l]] = std::move(text);
    }
    out.push_back(std::move(example));
  }
  return out;
}

// ---- the phases of extract_glossary ------------------------------------------------------------

// Phase 1: every Vietnamese n-gram of every stretch, with its frequency and the units it is in;
// per syllable how often it is capitalized mid-sentence (names), and the runs of capitalized words.
struct SourceSide {
  std::unordered_map<std::string, SourceCandidate> candidates;     // by joined syllable keys
  std::vector<std::string> texts;                                  // source text per unit ("" without)
  std::unordered_map<std::string, std::pair<int, int>> syllables;  // key -> (seen, capitalized mid)
  std::unordered_map<std::string, int> capital_runs;               // maximal runs of capitalized words
};

SourceSide collect_source_candidates(const std::vector<TranslationUnit>& units, const ExtractOptions& options,
                                     int min_n, int max_n) {
  SourceSide side;
  side.texts.resize(units.size());
  for (size_t u = 0; u < units.size(); ++u) {
    const Variant* v = units[u].variant(options.source_lang);
    if (!v) continue;
    side.texts[u] = v->text;
    std::vector<Word> words = split_words(v->text);
    for (const Word& w : words) {
      auto& [seen, capitalized_mid] = side.syllables[w.key];
      ++seen;
      capitalized_mid += w.capitalized && !w.sentence_initial;
    }
    for (const Stretch& st : vi_stretches(words, side.texts[u])) {
      std::vector<std::string> keys;
      for (const Word* w : st.words) keys.push_back(w->key);
      auto capital = [&](size_t i) { return i < keys.size() && st.words[i]->capitalized; };
      for (size_t i = 0, end; i < keys.size(); i = std::max(end, i + 1)) {
        for (end = i; capital(end); ++end) {
        }
        if (end > i) ++side.capital_runs[join(keys, i, end, " ")];
      }
      for (size_t i = 0; i < keys.size(); ++i) {
        if (starts_with_no_start_word(keys, i, keys.size())) continue;
        int capitals = 0;
        for (int n = min_n; n <= max_n && i + n <= keys.size(); ++n) {
          std::string key = join(keys, i, i + n, " ");
          SourceCandidate& c = side.candidates[key];
          if (c.keys.empty()) c.keys.assign(keys.begin() + i, keys.begin() + i + n);
          ++c.frequency;
          if (n == min_n)
            for (int k = 0; k < n; ++k) capitals += capital(i + k);
          else
            capitals += capital(i + n - 1);
          if (capitals == n) {
            ++c.all_capitals;
            c.inside_name += (i > 0 && capital(i - 1)) || capital(i + n);
          }
          if (st.words[i]->capitalized && !st.words[i]->sentence_initial) ++c.capitalized_mid;
          if (c.last_unit != u) c.last_unit = u, ++c.unit_count;
        }
      }
    }
  }
  return side;
}

// Phase 2: the C-value of every frequent candidate; the terms are those that are not fragments of
// a longer candidate, nor pieces of a name or two names side by side, best first.
std::vector<SourceCandidate*> rank_by_cvalue(SourceSide& source, int min_freq) {
  auto& candidates = source.candidates;
  std::vector<SourceCandidate*> ranked;
  for (auto& [key, c] : candidates)
    if (c.frequency >= min_freq) ranked.push_back(&c);
  std::sort(ranked.begin(), ranked.end(), [](const SourceCandidate* a, const SourceCandidate* b) {
    if (a->keys.size() != b->keys.size()) return a->keys.size() > b->keys.size();
    return a->keys < b->keys;
  });
  // C(a) = log2|a| * (f(a) - mean frequency of the longer candidates that contain a), or
  // log2|a| * f(a) when none does: a string seen only inside one longer term scores 0.
  for (SourceCandidate* a : ranked) {
    double length_weight = std::log2(static_cast<double>(a->keys.size()));
    a->cvalue = a->nested_count == 0 ? length_weight * a->frequency
                                     : length_weight * (a->frequency - a->nested_total / a->nested_count);
    if (a->capitalized_mid * 2 >= a->frequency) a->cvalue *= 2;
    std::set<std::string> done;
    for (size_t i = 0; i < a->keys.size(); ++i)
      for (size_t n = 2; i + n <= a->keys.size(); ++n) {
        if (n == a->keys.size()) continue;
        std::string sub = join(a->keys, i, i + n, " ");
        auto it = candidates.find(sub);
        if (it == candidates.end() || it->second.frequency < min_freq || !done.insert(sub).second) continue;
        it->second.nested_total += a->frequency;
        ++it->second.nested_count;
      }
  }
  // A candidate never seen outside one longer candidate (same frequency) is a fragment of it.
  std::set<const SourceCandidate*> fragments;
  for (SourceCandidate* a : ranked)
    for (size_t i = 0; i < a->keys.size(); ++i)
      for (size_t n = 2; i + n <= a->keys.size(); ++n) {
        if (n == a->keys.size()) continue;
        auto it = candidates.find(join(a->keys, i, i + n, " "));
        if (it != candidates.end() && it->second.frequency == a->frequency) fragments.insert(&it->second);
      }
  std::vector<SourceCandidate*> terms;
  for (SourceCandidate* c : ranked)
    if (!fragments.count(c) && c->cvalue >= min_freq && c->inside_name < c->frequency &&
        !two_names(*c, source.capital_runs) && c->unit_count >= std::min(2, min_freq))
      terms.push_back(c);
  std::sort(terms.begin(), terms.end(), [](const SourceCandidate* a, const SourceCandidate* b) {
    if (a->cvalue != b->cvalue) return a->cvalue > b->cvalue;
    return a->keys < b->keys;
  });
  return terms;
}

// Phase 3 (find_occurrences above): where the terms occur. Phase 4: their equivalents in one
// target language, from a word alignment of the units that joins two-syllable candidates into one
// token and keeps names apart.
std::vector<std::optional<TermEquivalent>> find_equivalents(
    const SourceSide& source, const std::vector<SourceCandidate*>& terms,
    const std::vector<std::vector<TermOccurrence>>& occurrences, const std::vector<std::string_view>& sources,
    const std::vector<std::string_view>& targets, const std::string& lang, const ExtractOptions& options,
    int min_freq) {
  TermAlignmentOptions align_options;
  align_options.source_lang = options.source_lang;
  align_options.target_lang = lang;
  align_options.align.threads = options.threads;
  auto seen = [&](const std::string& key) {
    auto it = source.syllables.find(key);
    return it == source.syllables.end() ? 0 : it->second.first;
  };
  for (const auto& [key, c] : source.candidates)
    if (c.keys.size() == 2 && c.frequency >= min_freq &&
        c.frequency >= kCompoundShare * std::min(seen(c.keys[0]), seen(c.keys[1])))
      align_options.source_compounds.emplace(key, c.frequency);
  for (const auto& [key, counts] : source.syllables)
    if (counts.second * 2 >= counts.first) align_options.source_names.insert(key);
  TermAlignment alignment(sources, targets, align_options);
  auto is_term = [&](const std::string& key) {
    auto it = source.candidates.find(key);
    return it != source.candidates.end() && it->second.frequency >= min_freq;
  };
  std::vector<std::optional<TermEquivalent>> found(terms.size());
  parallel_for(terms.size(), static_cast<unsigned>(std::max(1, options.threads)), [&](size_t t) {
    EquivalentOptions equivalent;
    equivalent.is_term = is_term;
    equivalent.name = terms[t]->all_capitals * 2 >= terms[t]->frequency;
    if (!options.keep_all)
      equivalent.min_agreeing = std::max(2, min_freq), equivalent.min_agreement = options.min_score;
    found[t] = find_equivalent(alignment, sources, targets, occurrences[t], equivalent);
  });
  return found;
}

// Phase 5: the glossary entry of one term, with the equivalents that are agreed on enough (all of
// them with keep_all) and its examples; false when no language has one.
bool make_entry(const SourceCandidate& c, const std::vector<const std::optional<TermEquivalent>*>& found,
                const std::vector<std::string_view>& sources,
                const std::vector<std::vector<std::string_view>>& targets, const ExtractOptions& options,
                int min_freq, TermEntry& entry) {
  entry.status = TermStatus::kCandidate;
  entry.frequency = c.frequency;
  Term source;
  source.text = most_frequent(c.surfaces);
  source.score = c.cvalue;
  entry.terms[options.source_lang].push_back(source);
  double score_sum = 0;
  std::vector<const TermEquivalent*> kept(options.target_langs.size(), nullptr);
  for (size_t l = 0; l < options.target_langs.size(); ++l) {
    const std::optional<TermEquivalent>& eq = *found[l];
    if (!eq) continue;
    bool enough = eq->agreeing >= std::max(2, min_freq) && eq->agreement >= options.min_score &&
                  eq->back_agreement >= kMinBackAgreement;
    if (!enough && !options.keep_all) continue;
    for (size_t i = 0; i < eq->spellings.size(); ++i) {
      Term term;
      term.text = eq->spellings[i];
      if (i == 0) {
        term.score = eq->agreement;
        term.agreeing = eq->agreeing, term.occurrences = eq->occurrences;
        term.back_agreeing = eq->back_agreeing, term.back_occurrences = eq->back_occurrences;
      }
      entry.terms[options.target_langs[l]].push_back(term);
    }
    score_sum += eq->agreement * eq->agreeing / (eq->agreeing + 1.0);
    kept[l] = &*eq;
  }
  if (entry.terms.size() < 2) return false;
  entry.score = score_sum / std::max<size_t>(1, options.target_langs.size());
  entry.examples = pick_examples(kept, options, sources, targets);
  return true;
}

}  // namespace

Glossary extract_glossary(const std::vector<TranslationUnit>& input_units, const ExtractOptions& options) {
  const std::vector<TranslationUnit> units = merge_by_source(input_units, options.source_lang);
  const int min_n = std::max(2, options.min_syllables), max_n = std::max(min_n, options.max_syllables);
  const int min_freq = std::max(1, options.min_freq);

  SourceSide source = collect_source_candidates(units, options, min_n, max_n);
  const std::vector<SourceCandidate*> terms = rank_by_cvalue(source, min_freq);
  const std::vector<std::vector<TermOccurrence>> occurrences =
      find_occurrences(source.texts, terms, min_n, max_n);
  std::vector<std::string_view> sources(source.texts.begin(), source.texts.end());
  std::vector<std::vector<std::string_view>> targets(options.target_langs.size());
  std::vector<std::vector<std::optional<TermEquivalent>>> found;
  for (size_t l = 0; l < options.target_langs.size(); ++l) {
    targets[l].resize(units.size());
    for (size_t u = 0; u < units.size(); ++u)
      if (const Variant* v = units[u].variant(options.target_langs[l]); v && !source.texts[u].empty())
        targets[l][u] = v->text;
    found.push_back(find_equivalents(source, terms, occurrences, sources, targets[l], options.target_langs[l],
                                     options, min_freq));
  }

  Glossary glossary;
  for (size_t t = 0; t < terms.size(); ++t) {
    std::vector<const std::optional<TermEquivalent>*> of_term;
    for (const auto& per_lang : found) of_term.push_back(&per_lang[t]);
    TermEntry entry;
    if (make_entry(*terms[t], of_term, sources, targets, options, min_freq, entry))
      glossary.entries.push_back(std::move(entry));
  }
  std::stable_sort(glossary.entries.begin(), glossary.entries.end(),
                   [](const TermEntry& a, const TermEntry& b) { return a.score > b.score; });
  if (options.max_terms && glossary.entries.size() > options.max_terms)
    glossary.entries.resize(options.max_terms);
  for (size_t i = 0; i < glossary.entries.size(); ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "x%04zu", i + 1);
    glossary.entries[i].id = id;
  }
  return glossary;
}

}  // namespace songngu
