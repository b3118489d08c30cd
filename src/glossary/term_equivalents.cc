#include "glossary/term_equivalents.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "lang/text_units.h"
#include "text/normalize.h"

namespace songngu {
namespace {

// One occurrence of the term and the target tokens the alignment renders it by there.
struct Rendered {
  uint32_t unit = 0;
  uint32_t source_begin = 0, source_end = 0;  // bytes
  TokenSpan source;                           // tokens
  TokenSpan target;                           // tokens
};

// An English word's -ing or -ed form compared as the word it is made from, when the target texts
// have that word too (grouping, grouped -> group; numbered -> number; created -> create; used ->
// use): a verb and its forms are one entry's variants, as plurals are. Words of the target texts
// only, so that a word is never compared as one the texts do not have.
std::string english_stem(const TermAlignment& alignment, const std::string& key) {
  auto seen = [&](const std::string& k) { return k.size() >= 3 && alignment.target_id(k) != kNullToken; };
  for (const std::string ending : {"ing", "ed"}) {
    if (key.size() < ending.size() + 3 || !key.ends_with(ending)) continue;
    std::string base = key.substr(0, key.size() - ending.size());
    if (seen(base)) return base;      // grouping, grouped
    std::string with_e = base + "e";  // creating, created, used
    if (seen(with_e)) return with_e;
    if (base.size() >= 4 && base.back() == base[base.size() - 2])  // setting, dropped
      if (std::string single = base.substr(0, base.size() - 1); seen(single)) return single;
  }
  return key;
}

// The comparison form of a target phrase: token keys (particles without their "~"), joined by
// spaces except in Korean, whose spacing varies (동반자 관계 = 동반자관계); English words in the
// form they are made from (english_stem).
std::string phrase_key(const TermAlignment& alignment, size_t unit, TokenSpan span) {
  const auto& tokens = alignment.target_tokens(unit);
  const bool korean = alignment.options().target_lang == "ko";
  const bool english = alignment.options().target_lang == "en";
  std::string key;
  for (size_t i = span.begin; i < span.end; ++i) {
    std::string_view k = alignment.target_key(tokens[i].id);
    if (tokens[i].is(UnitToken::kParticle)) k.remove_prefix(1);
    if (!key.empty() && !korean) key += ' ';
    key += english ? english_stem(alignment, std::string(k)) : std::string(k);
  }
  return key;
}

std::vector<TokenId> phrase_ids(const TermAlignment& alignment, size_t unit, TokenSpan span) {
  std::vector<TokenId> ids;
  for (size_t i = span.begin; i < span.end; ++i) ids.push_back(alignment.target_tokens(unit)[i].id);
  return ids;
}

constexpr size_t kMaxPlaces = 1000;  // enough to estimate a share; keeps common words cheap
constexpr size_t kMaxUnits = 1000;

// Calls fn(unit, span) for each place the target texts hold `form` (at most `limit` places, in
// unit order; among at most kMaxUnits units holding its rarest token, evenly spread over them when
// there are more, so a common word costs no more than a rare one); returns how many it visited.
template <typename Fn>
size_t for_each_place(const TermAlignment& alignment, const std::vector<TokenId>& form, size_t limit, Fn fn) {
  if (form.empty()) return 0;
  std::span<const uint32_t> units = alignment.units_with_target(form[0]);  // those of its rarest token
  for (TokenId id : form)
    if (std::span<const uint32_t> with = alignment.units_with_target(id); with.size() < units.size())
      units = with;
  size_t visited = 0, step = std::max<size_t>(1, units.size() / kMaxUnits);
  for (size_t at = 0; at < units.size(); at += step) {
    uint32_t u = units[at];
    const auto& tokens = alignment.target_tokens(u);
    for (size_t i = 0; i + form.size() <= tokens.size(); ++i) {
      bool match = true;
      for (size_t k = 0; k < form.size() && match; ++k) match = tokens[i + k].id == form[k];
      if (!match) continue;
      if (visited++ == limit) return visited - 1;
      fn(u, TokenSpan{i, i + form.size()});
    }
  }
  return visited;
}

// C-value's nested-term rule on the target side: a phrase that, in (nearly: 9 in 10) every place
// the target texts have it, is followed (or preceded) by the same word is a piece of that longer
// phrase, so the longer one is the equivalent (포괄적 전략적 동반자 is followed by 관계 in 16 of 17
// places: the equivalent is 포괄적 전략적 동반자 관계). Particles, function words and punctuation
// never extend a phrase.
// Returns the tokens to add on the left and on the right.
struct Extension {
  std::vector<TokenId> left, right;  // left in text order
};
Extension whole_phrase(const TermAlignment& alignment, const std::vector<TokenId>& form) {
  Extension out;
  std::vector<TokenId> current = form;
  for (int step = 0; step < 4; ++step) {
    const TokenId kNone = kNullToken;
    std::map<TokenId, size_t> before_counts, after_counts;
    size_t places = for_each_place(alignment, current, kMaxPlaces, [&](uint32_t u, TokenSpan span) {
      const auto& tokens = alignment.target_tokens(u);
      auto extends = [&](size_t i, bool at_end) {
        if (i >= tokens.size()) return kNone;
        const UnitToken& t = tokens[i];
        const UnitToken& inner = at_end ? t : tokens[i + 1];  // the token after the gap
        bool joined = !inner.is(UnitToken::kBoundaryBefore) || inner.is(UnitToken::kHyphenBefore);
        if (!joined || t.is(UnitToken::kParticle) || t.is(UnitToken::kDigit) ||
            alignment.is_function_word(t.id))
          return kNone;
        return t.id;
      };
      ++before_counts[span.begin > 0 ? extends(span.begin - 1, false) : kNone];
      ++after_counts[extends(span.end, true)];
    });
    // A phrase seen only a few times says little about what it is part of.
    if (places < 3) break;
    auto dominant = [&](const std::map<TokenId, size_t>& counts) {
      for (const auto& [id, n] : counts)
        if (id != kNone && n * 10 >= places * 9) return id;
      return kNone;
    };
    if (TokenId after = dominant(after_counts); after != kNone) {
      current.push_back(after);
      out.right.push_back(after);
    } else if (TokenId before = dominant(before_counts); before != kNone) {
      current.insert(current.begin(), before);
      out.left.insert(out.left.begin(), before);
    } else {
      break;
    }
  }
  return out;
}

std::string source_key(const TermAlignment& alignment, size_t unit, TokenSpan span) {
  std::string key;
  for (size_t k = span.begin; k < span.end; ++k)
    key += (key.empty() ? "" : " ") + alignment.source_key(alignment.source_tokens(unit)[k].id);
  return key;
}

// The extended target span of `r` (unchanged where the unit's tokens are not those of the
// extension), or nullopt when an added word renders a source word outside the term: a word of the
// longer phrase may be
// unlinked or linked into the term, or to the source word next to the term when the two do not
// make a longer term of their own ("quan hệ" before "Đối tác chiến lược toàn diện" is 관계; but
// "Comprehensive" renders "toàn diện", and "Đối tác chiến lược toàn diện" is a term: "Đối tác
// chiến lược" stays "Strategic Partnership").
std::optional<TokenSpan> extended(const TermAlignment& alignment, const Rendered& r, const Extension& e,
                                  const std::function<bool(const std::string&)>& is_term) {
  const auto& tokens = alignment.target_tokens(r.unit);
  TokenSpan span = r.target;
  if (span.begin < e.left.size() || span.end + e.right.size() > tokens.size()) return span;
  for (size_t k = 0; k < e.left.size(); ++k)
    if (tokens[span.begin - e.left.size() + k].id != e.left[k]) return r.target;
  for (size_t k = 0; k < e.right.size(); ++k)
    if (tokens[span.end + k].id != e.right[k]) return r.target;
  span.begin -= e.left.size();
  span.end += e.right.size();
  for (const WordLink& l : alignment.links(r.unit)) {
    bool added = (l.target >= span.begin && l.target < r.target.begin) ||
                 (l.target >= r.target.end && l.target < span.end);
    if (!added || (l.source >= r.source.begin && l.source < r.source.end)) continue;
    TokenSpan longer = r.source;
    if (static_cast<size_t>(l.source) + 1 == r.source.begin)
      longer.begin = l.source;
    else if (l.source == r.source.end)
      longer.end = l.source + 1;
    else
      return std::nullopt;
    if (is_term && is_term(source_key(alignment, r.unit, longer))) return std::nullopt;
  }
  return span;
}

// True when folding English inflection changes none of the words: the base form (partnership, not
// partnerships), which a glossary prefers.
bool is_base_form(const std::string& folded_spelling) {
  for (const std::string& word : key_words(folded_spelling))
    if (fold_english(word) != word) return false;
  return true;
}

}  // namespace

std::optional<TermEquivalent> find_equivalent(const TermAlignment& alignment,
                                              const std::vector<std::string_view>& source_texts,
                                              const std::vector<std::string_view>& target_texts,
                                              const std::vector<TermOccurrence>& occurrences,
                                              const EquivalentOptions& options) {
  // Render every occurrence and group the renderings by their comparison form.
  std::map<std::string, std::vector<Rendered>> by_key;
  std::string term_key;  // the term's source tokens as the alignment keys them
  int total = 0;
  for (const TermOccurrence& o : occurrences) {
    if (o.unit >= alignment.size() || alignment.target_tokens(o.unit).empty()) continue;
    std::optional<TokenSpan> source = alignment.source_span(o.unit, o.begin, o.end);
    if (!source) continue;
    ++total;
    if (term_key.empty())
      for (size_t i = source->begin; i < source->end; ++i)
        term_key +=
            (term_key.empty() ? "" : " ") + alignment.source_key(alignment.source_tokens(o.unit)[i].id);
    std::optional<TokenSpan> target = alignment.rendering(o.unit, *source);
    if (!target) continue;
    by_key[phrase_key(alignment, o.unit, *target)].push_back({o.unit, o.begin, o.end, *source, *target});
  }
  if (by_key.empty()) return std::nullopt;
  const std::vector<Rendered>* best = nullptr;
  for (const auto& [key, list] : by_key)
    if (!best || list.size() > best->size()) best = &list;  // ties: the first key in order

  TermEquivalent eq;
  eq.agreeing = static_cast<int>(best->size());
  eq.occurrences = total;
  eq.agreement = static_cast<double>(eq.agreeing) / total;
  const bool dropped = eq.agreeing < options.min_agreeing || eq.agreement < options.min_agreement;

  // Whole phrases: each spelling extended to the longer phrase it is always part of.
  std::vector<Rendered> agreeing = *best;
  // Per spelling, the extension applies where the alignment allows it, and not at all unless it
  // does in most places. A name is whole already: the title beside it is another term
  // ("Lương Cường" is "Luong Cuong", not "President Luong Cuong").
  std::map<std::vector<TokenId>, std::vector<Rendered*>> by_form;
  for (Rendered& r : agreeing) by_form[phrase_ids(alignment, r.unit, r.target)].push_back(&r);
  if (options.name || dropped) by_form.clear();
  for (auto& [form, list] : by_form) {
    Extension e = whole_phrase(alignment, form);
    if (e.left.empty() && e.right.empty()) continue;
    std::vector<std::optional<TokenSpan>> spans;
    size_t allowed = 0;
    for (const Rendered* r : list) {
      spans.push_back(extended(alignment, *r, e, options.is_term));
      allowed += spans.back().has_value();
    }
    if (allowed * 2 <= list.size()) continue;
    for (size_t k = 0; k < list.size(); ++k)
      if (spans[k]) list[k]->target = *spans[k];
  }
  eq.key = phrase_key(alignment, agreeing.front().unit, agreeing.front().target);

  // Spellings: one per case-folded form (its most weighted spelling; mid-sentence occurrences
  // weigh more, since a sentence start capitalizes anything), the English base form first.
  const std::string& lang = alignment.options().target_lang;
  std::map<std::string, std::map<std::string, int>> spellings;  // folded -> as written -> weight
  std::map<std::vector<TokenId>, int> forms;                    // tokens -> occurrences rendered by them
  for (const Rendered& r : agreeing) {
    const auto& tokens = alignment.target_tokens(r.unit);
    size_t begin = tokens[r.target.begin].begin, end = tokens[r.target.end - 1].end;
    std::string spelling(target_texts[r.unit].substr(begin, end - begin));
    spellings[match_key(spelling)][spelling] +=
        tokens[r.target.begin].is(UnitToken::kSentenceInitial) ? 1 : 3;
    ++forms[phrase_ids(alignment, r.unit, r.target)];
  }
  struct Spelling {
    std::string text;
    int weight = 0;
    bool base = true;
  };
  std::vector<Spelling> ranked;
  for (const auto& [folded, written] : spellings) {
    Spelling s;
    int best_weight = 0;
    for (const auto& [text, weight] : written) {
      s.weight += weight;
      if (weight > best_weight) s.text = text, best_weight = weight;
    }
    s.base = lang != "en" || is_base_form(folded);
    ranked.push_back(s);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Spelling& a, const Spelling& b) {
    return a.base != b.base ? a.base : a.weight > b.weight;
  });
  for (const auto& s : ranked) {
    // A possessive ("Viet Nam's") is grammar, not a spelling of the term, unless it is all there is.
    bool possessive = lang == "en" && (s.text.ends_with("'s") || s.text.ends_with("\u2019s"));
    if (!possessive || eq.spellings.empty()) eq.spellings.push_back(s.text);
  }
  // Korean spacing is free (자동 필터 = 자동필터): a spaced spelling whose words the target texts
  // also write as one word has that spelling too.
  if (lang == "ko")
    for (size_t i = 0, n = eq.spellings.size(); i < n; ++i) {
      std::string joined = eq.spellings[i];
      std::erase(joined, ' ');
      if (joined == eq.spellings[i] || alignment.target_id(match_key(joined)) == kNullToken) continue;
      if (std::find(eq.spellings.begin(), eq.spellings.end(), joined) == eq.spellings.end())
        eq.spellings.push_back(joined);
    }

  if (dropped) return eq;
  // The other way round: where the target texts hold a form, is the term what it renders? Each
  // form's share weighs as much as the occurrences it renders: a rare form that is a common word
  // (set, for settings' setting) does not outweigh the form the term is mostly rendered by.
  const size_t per_form = std::max<size_t>(1, kMaxPlaces / forms.size());
  double weighted = 0, weights = 0;
  for (const auto& [form, renders] : forms) {
    int agreeing_places = 0;
    size_t places = for_each_place(alignment, form, per_form, [&](uint32_t u, TokenSpan span) {
      std::optional<TokenSpan> source = alignment.source_rendering(u, span);
      agreeing_places += source && source_key(alignment, u, *source) == term_key;
    });
    eq.back_agreeing += agreeing_places;
    eq.back_occurrences += static_cast<int>(places);
    if (places) weighted += renders * static_cast<double>(agreeing_places) / places, weights += renders;
  }
  eq.back_agreement = weights ? weighted / weights : 0;

  // Examples: the shortest agreeing units, one occurrence a unit.
  std::stable_sort(agreeing.begin(), agreeing.end(), [&](const Rendered& a, const Rendered& b) {
    return source_texts[a.unit].size() < source_texts[b.unit].size();
  });
  for (const Rendered& r : agreeing) {
    if (eq.examples.size() == 3) break;
    if (std::any_of(eq.examples.begin(), eq.examples.end(), [&](const auto& e) { return e.unit == r.unit; }))
      continue;
    const auto& tokens = alignment.target_tokens(r.unit);
    eq.examples.push_back(
        {r.unit, r.source_begin, r.source_end, tokens[r.target.begin].begin, tokens[r.target.end - 1].end});
  }
  return eq;
}

}  // namespace songngu
