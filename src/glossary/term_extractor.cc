#include "glossary/term_extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "lang/cognates.h"
#include "lang/text_units.h"
#include "lang/word_lists.h"

namespace songngu {
namespace {

// Characters between two words that do not break a target phrase: spaces, hyphens, en dashes.
bool joins_phrase(std::string_view between) {
  for (size_t i = 0; i < between.size();) {
    char c = between[i];
    if (c == ' ' || c == '\t' || c == '-') {
      ++i;
    } else if (between.substr(i, 2) == "\xE2\x80" && i + 2 < between.size() &&
               (between[i + 2] == '\x90' || between[i + 2] == '\x91' || between[i + 2] == '\x93')) {
      i += 3;  // U+2010 hyphen, U+2011 non-breaking hyphen, U+2013 en dash
    } else {
      return false;
    }
  }
  return true;
}

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
  std::map<std::string, int> surfaces;
  std::set<size_t> units;
  double nested_total = 0;  // t(a) of the C-value
  int nested_count = 0;     // c(a)
  double cvalue = 0;
};

// Vietnamese stretches: runs of words with no boundary, number or stop word inside.
struct Stretch {
  std::vector<const Word*> words;
};

std::vector<Stretch> vi_stretches(const std::vector<Word>& words) {
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
    if (w.boundary_before || lower_to_upper) flush();
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

struct TargetPhrase {
  std::string key;
  std::string surface;
  int words = 0;
};

// Target phrases of one unit (unique keys), up to `max_words` words, inside punctuation-free runs.
std::vector<TargetPhrase> target_phrases(const std::string& text, const std::string& lang, int max_words,
                                         const std::set<std::string>* ko_stems) {
  std::vector<Word> words = split_words(text);
  bool korean = lang == "ko";
  const auto& stops = en_stop_words();
  std::vector<TargetPhrase> out;
  std::set<std::string> seen;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].has_digit && !korean) continue;
    // Stop words may not start a phrase, except as part of a capitalized name mid-sentence (To Lam).
    bool name_start = words[i].capitalized && !words[i].sentence_initial;
    if (!korean && stops.count(words[i].key) && !name_start) continue;
    std::string key;
    for (size_t j = i; j < words.size() && static_cast<int>(j - i) < max_words; ++j) {
      const Word& w = words[j];
      if (j > i) {
        std::string_view between(text.data() + words[j - 1].end, w.begin - words[j - 1].end);
        if (!joins_phrase(between) || w.has_digit) break;
      }
      TargetPhrase p;
      p.words = static_cast<int>(j - i + 1);
      if (korean) {
        std::string stripped = strip_ko_particle(w.key, ko_stems);
        p.key = key + stripped;
        size_t stripped_surface = w.surface.size() - (w.key.size() - stripped.size());
        p.surface = text.substr(words[i].begin, w.begin + stripped_surface - words[i].begin);
        // An inner eojeol that carries a particle (other than the genitive) ends the phrase.
        bool inner_particle = strip_ko_particle(w.key, nullptr) != w.key;
        key += w.key;
        if (!is_hangul_word(w.surface) && w.has_digit) break;
        if (p.key.size() >= 6 || !is_hangul_word(w.surface)) {  // 2+ Hangul syllables or Latin
          if (seen.insert(p.key).second) out.push_back(p);
        }
        if (inner_particle) break;
      } else {
        key += (j > i ? " " : "") + fold_english(w.key);
        if (stops.count(w.key)) continue;  // may not end a phrase
        p.key = key;
        p.surface = text.substr(words[i].begin, w.end - words[i].begin);
        if (seen.insert(p.key).second) out.push_back(p);
      }
    }
  }
  return out;
}

// A match key without its tone digit and diacritics: "viêt5" -> "viet" (compares with English).
std::string plain_key(const std::string& key) {
  std::string out = ascii_fold(key);
  while (!out.empty() && out.back() >= '0' && out.back() <= '9') out.pop_back();
  return out;
}

// Hangul syllables of a Korean key that are a Sino-Korean reading of some syllable of the term.
int cognate_count(const std::string& korean_key, const std::vector<std::string>& term_keys) {
  const Cognates& table = cognates();
  std::set<std::string> readings;
  for (const auto& k : term_keys) {
    auto it = table.hangul_of.find(k);
    if (it != table.hangul_of.end()) readings.insert(it->second.begin(), it->second.end());
  }
  int n = 0;
  for (size_t i = 0; i + 3 <= korean_key.size(); i += 3) n += readings.count(korean_key.substr(i, 3)) > 0;
  return n;
}

std::string english_key(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : " ") + fold_english(k);
  return out;
}

// True when a word of the target phrase `key` also occurs in the source sentence but not in the
// source term: the phrase then carries a copy of another source word (Lee Jae Myung, USD, APEC).
bool copies_other_source_word(const std::string& key, const std::set<std::string>& source_words,
                              const std::vector<std::string>& term_keys) {
  size_t start = 0;
  while (start <= key.size()) {
    size_t space = key.find(' ', start);
    std::string word = key.substr(start, space == std::string::npos ? std::string::npos : space - start);
    start = space == std::string::npos ? key.size() + 1 : space + 1;
    if (word.empty() || !source_words.count(word)) continue;
    bool in_term = false;
    for (const auto& k : term_keys) in_term = in_term || fold_english(k) == word || plain_key(k) == word;
    if (!in_term) return true;
  }
  return false;
}

struct TargetStats {
  int df = 0;
  std::map<std::string, int> surfaces;
};

struct Equivalent {
  std::string key, surface;
  double dice = 0, score = 0;
  int co = 0;
  size_t example_unit = 0;
};

std::string most_frequent(const std::map<std::string, int>& counts) {
  std::string best;
  int n = -1;
  for (const auto& [s, c] : counts)
    if (c > n) best = s, n = c;
  return best;
}

// Units from several bilingual files of one source (a vi-en and a vi-ko memory) repeat the source
// sentences: units with the same source text become one unit holding every target, so frequencies
// and Dice see each source sentence once.
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

// ---- the phases of extract_glossary ------------------------------------------------------------

// Phase 1: every Vietnamese n-gram of every stretch, with its frequency, spellings and units.
struct SourceSide {
  std::unordered_map<std::string, SourceCandidate> candidates;  // by joined syllable keys
  std::vector<std::string> texts;                               // source text per unit ("" without)
  std::vector<std::set<std::string>> words;                     // folded words per unit
};

SourceSide collect_source_candidates(const std::vector<TranslationUnit>& units, const ExtractOptions& options,
                                     int min_n, int max_n) {
  SourceSide side;
  side.texts.resize(units.size());
  side.words.resize(units.size());
  for (size_t u = 0; u < units.size(); ++u) {
    const Variant* v = units[u].variant(options.source_lang);
    if (!v) continue;
    side.texts[u] = v->text;
    std::vector<Word> words = split_words(v->text);
    for (const Word& w : words) {
      side.words[u].insert(fold_english(w.key));
      side.words[u].insert(ascii_fold(w.surface));
    }
    for (const Stretch& st : vi_stretches(words)) {
      std::vector<std::string> keys;
      for (const Word* w : st.words) keys.push_back(w->key);
      for (size_t i = 0; i < keys.size(); ++i) {
        if (starts_with_no_start_word(keys, i, keys.size())) continue;
        for (int n = min_n; n <= max_n && i + n <= keys.size(); ++n) {
          std::string key = join(keys, i, i + n, " ");
          SourceCandidate& c = side.candidates[key];
          if (c.keys.empty()) c.keys.assign(keys.begin() + i, keys.begin() + i + n);
          ++c.frequency;
          if (st.words[i]->capitalized && !st.words[i]->sentence_initial) ++c.capitalized_mid;
          const Word* first = st.words[i];
          const Word* last = st.words[i + n - 1];
          // Mid-sentence spellings show the term's own capitalization; a sentence start does not.
          c.surfaces[v->text.substr(first->begin, last->end - first->begin)] +=
              first->sentence_initial ? 1 : 3;
          c.units.insert(u);
        }
      }
    }
  }
  return side;
}

// Phase 2: the C-value of every frequent candidate; the terms are those that are not fragments of
// a longer candidate, best first.
std::vector<SourceCandidate*> rank_by_cvalue(std::unordered_map<std::string, SourceCandidate>& candidates,
                                             int min_freq) {
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
    if (!fragments.count(c) && c->cvalue >= min_freq &&
        static_cast<int>(c->units.size()) >= std::min(2, min_freq))
      terms.push_back(c);
  std::sort(terms.begin(), terms.end(), [](const SourceCandidate* a, const SourceCandidate* b) {
    if (a->cvalue != b->cvalue) return a->cvalue > b->cvalue;
    return a->keys < b->keys;
  });
  return terms;
}

// Phase 3: the target phrases of one language in every unit, and how many units hold each.
struct TargetSide {
  std::string lang;
  std::vector<std::vector<TargetPhrase>> phrases;  // per unit
  std::unordered_map<std::string, TargetStats> stats;
  std::vector<std::string> texts;
};

TargetSide collect_target_phrases(const std::vector<TranslationUnit>& units, const SourceSide& source,
                                  const std::string& lang) {
  TargetSide d;
  d.lang = lang;
  d.phrases.resize(units.size());
  d.texts.resize(units.size());
  std::set<std::string> ko_stems;
  if (lang == "ko")
    for (const auto& unit : units)
      if (const Variant* v = unit.variant(lang))
        for (const Word& w : split_words(v->text)) ko_stems.insert(strip_ko_particle(w.key, nullptr));
  for (size_t u = 0; u < units.size(); ++u) {
    const Variant* v = units[u].variant(lang);
    if (!v || source.texts[u].empty()) continue;
    d.texts[u] = v->text;
    d.phrases[u] = target_phrases(v->text, lang, lang == "ko" ? 5 : 6, &ko_stems);
    for (const auto& p : d.phrases[u]) {
      TargetStats& s = d.stats[p.key];
      ++s.df;
      ++s.surfaces[p.surface];
    }
  }
  return d;
}

// Phase 4a: the target phrases co-occurring with a term often enough, with their Dice scores
// (a phrase written like the term itself, a name or an acronym, scores above every other).
std::vector<Equivalent> scored_equivalents(const SourceCandidate& c, const SourceSide& source,
                                           const TargetSide& d, int min_freq,
                                           std::unordered_map<std::string, size_t>& words_of) {
  std::unordered_map<std::string, Equivalent> co;
  const int syllables = static_cast<int>(c.keys.size());
  const int cap = d.lang == "ko" ? std::max(1, syllables - 1) : syllables + 1;
  for (size_t u : c.units)
    for (const auto& p : d.phrases[u]) {
      if (p.words > cap) continue;  // too long to translate this source term
      // A target word copied from elsewhere in the source sentence (a name, "USD") belongs
      // to another source word, not to this term.
      if (copies_other_source_word(p.key, source.words[u], c.keys)) continue;
      Equivalent& e = co[p.key];
      if (e.co == 0) e.key = p.key, e.example_unit = u;
      words_of.emplace(p.key, static_cast<size_t>(p.words));
      ++e.co;
    }
  int df_s = 0;  // units of this source term that have this target language
  for (size_t u : c.units) df_s += !d.texts[u].empty();
  std::vector<Equivalent> cands;
  for (auto& [key, e] : co) {
    if (e.co < std::max(2, min_freq)) continue;
    int df_t = d.stats.at(key).df;
    e.dice = 2.0 * e.co / (df_s + df_t);
    e.score = e.dice * e.co / (e.co + 1.0);
    cands.push_back(e);
  }
  std::string own = d.lang == "ko" ? join(c.keys, 0, c.keys.size(), "") : english_key(c.keys);
  std::string own_ascii;
  for (const auto& k : c.keys) own_ascii += (own_ascii.empty() ? "" : " ") + plain_key(k);
  for (auto& e : cands)
    if (e.key == own || (d.lang != "ko" && ascii_fold(e.key) == own_ascii)) e.score = 1.0 + e.score;
  return cands;
}

// Phase 4b: among the near-best equivalents (within 5% of the best score), the longer phrase wins
// (a whole term over its fragments).
const Equivalent* pick_equivalent(const std::vector<Equivalent>& cands, const SourceCandidate& c,
                                  const std::string& lang,
                                  const std::unordered_map<std::string, size_t>& words_of) {
  double best = 0;
  for (const auto& e : cands) best = std::max(best, e.score);
  auto word_count = [](const std::string& key) { return std::count(key.begin(), key.end(), ' ') + 1; };
  // Korean: more Sino-Korean cognates of the term's syllables first (서기장 for Tổng Bí thư, not
  // the name 또 럼 that always stands beside it), then more words, then more syllables.
  auto rank = [&](const Equivalent& e) {
    return lang == "ko" ? cognate_count(e.key, c.keys) * 1000000 + words_of.at(e.key) * 1000 + e.key.size()
                        : static_cast<size_t>(word_count(e.key));
  };
  const Equivalent* pick = nullptr;
  for (const auto& e : cands) {
    if (e.score < 0.95 * best) continue;
    if (!pick) {
      pick = &e;
      continue;
    }
    auto we = rank(e), wp = rank(*pick);
    if (we != wp ? we > wp : (e.score != pick->score ? e.score > pick->score : e.key < pick->key)) pick = &e;
  }
  return pick;
}

// Phase 4: the glossary entry of one term, with an equivalent per target language that has one;
// false when no language has one.
bool make_entry(const SourceCandidate& c, const SourceSide& source, const std::vector<TargetSide>& targets,
                const ExtractOptions& options, int min_freq, TermEntry& entry) {
  entry.status = TermStatus::kCandidate;
  entry.frequency = c.frequency;
  Term term;
  term.text = most_frequent(c.surfaces);
  term.score = c.cvalue;
  entry.terms[options.source_lang].push_back(term);
  double score_sum = 0;
  bool have_example = false;
  for (const TargetSide& d : targets) {
    std::unordered_map<std::string, size_t> words_of;  // Korean keys have no spaces
    std::vector<Equivalent> cands = scored_equivalents(c, source, d, min_freq, words_of);
    if (cands.empty()) continue;
    const Equivalent* pick = pick_equivalent(cands, c, d.lang, words_of);
    if (!pick || pick->score < options.min_score) continue;
    const double pick_score = std::min(1.0, pick->score);
    Term t;
    t.text = most_frequent(d.stats.at(pick->key).surfaces);
    t.score = pick_score;
    char note[64];
    std::snprintf(note, sizeof note, "dice %.2f, %d units", pick->dice, pick->co);
    t.note = note;
    entry.terms[d.lang].push_back(t);
    score_sum += pick_score;
    if (!have_example) {
      entry.example_source = source.texts[pick->example_unit];
      entry.example_target = d.texts[pick->example_unit];
      have_example = true;
    }
  }
  entry.score = score_sum / std::max<size_t>(1, targets.size());
  return entry.terms.size() >= 2;
}

}  // namespace

Glossary extract_glossary(const std::vector<TranslationUnit>& input_units, const ExtractOptions& options) {
  const std::vector<TranslationUnit> units = merge_by_source(input_units, options.source_lang);
  const int min_n = std::max(2, options.min_syllables), max_n = std::max(min_n, options.max_syllables);
  const int min_freq = std::max(1, options.min_freq);

  SourceSide source = collect_source_candidates(units, options, min_n, max_n);
  const std::vector<SourceCandidate*> terms = rank_by_cvalue(source.candidates, min_freq);
  std::vector<TargetSide> targets;
  for (const std::string& lang : options.target_langs)
    targets.push_back(collect_target_phrases(units, source, lang));

  Glossary glossary;
  for (const SourceCandidate* c : terms) {
    TermEntry entry;
    if (make_entry(*c, source, targets, options, min_freq, entry))
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
