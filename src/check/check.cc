#include "check/check.h"

#include <algorithm>
#include <map>
#include <set>

#include "check/term_match.h"
#include "glossary/term_alignment.h"
#include "lang/numbers.h"
#include "text/normalize.h"

namespace songngu {
namespace {

constexpr size_t kExcerptBytes = 160;

std::string shorten(const std::string& text) {
  if (text.size() <= kExcerptBytes) return text;
  size_t cut = kExcerptBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 start
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string join_values(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

struct Usage {  // one entry in one unit
  size_t unit = 0;
  size_t usable = 0;                      // index among the units with both sides
  std::pair<size_t, size_t> words{0, 0};  // the source term's words in the unit
  int rendering = -1;                     // index into the entry's target terms, -1: none found
  bool has_approved = false;
  std::vector<int> forbidden;
};

}  // namespace

const char* finding_rule_name(FindingRule rule) {
  switch (rule) {
    case FindingRule::kMissingTranslation: return "missing-translation";
    case FindingRule::kInconsistentTranslation: return "inconsistent-translation";
    case FindingRule::kForbiddenTerm: return "forbidden-term";
    case FindingRule::kNumberMismatch: return "number-mismatch";
    case FindingRule::kCandidateNote: return "candidate-note";
  }
  return "";
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "";
}

bool counts_as_finding(const Finding& finding) {
  return finding.severity != Severity::kNote;
}

namespace {

// A finding waiting for its place: findings come out in unit order, then rule order.
struct Slot {
  size_t unit;
  int order;
  Finding finding;
  size_t usable = SIZE_MAX;               // about a source term: the unit among those with both
  std::pair<size_t, size_t> words{0, 0};  // sides, and the term's words in it
};

// The units that have both sides, prepared for term matching.
struct Prepared {
  std::vector<size_t> usable;  // unit indexes
  std::vector<MatchText> sources, targets;
};

Finding make_finding(const std::vector<TranslationUnit>& units, size_t u, FindingRule rule, Severity severity,
                     const CheckOptions& options) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.file = options.file;
  f.unit = units[u].tuid;
  f.unit_index = u;
  f.unit_kind = options.unit_kind;
  if (u < options.lines.size()) f.line = options.lines[u];
  f.target_lang = options.target_lang;
  const Variant* s = units[u].variant(options.source_lang);
  const Variant* t = units[u].variant(options.target_lang);
  f.source_excerpt = s ? shorten(s->text) : "";
  f.excerpt = t ? shorten(t->text) : "";
  return f;
}

Prepared prepare(const std::vector<TranslationUnit>& units, const CheckOptions& options) {
  Prepared p;
  for (size_t u = 0; u < units.size(); ++u) {
    const Variant* s = units[u].variant(options.source_lang);
    const Variant* t = units[u].variant(options.target_lang);
    // A unit with an empty side (a 1-0 or 0-1 bead) has no translation to check.
    if (!s || !t || fold_spaces(s->text).empty() || fold_spaces(t->text).empty()) continue;
    p.usable.push_back(u);
    p.sources.emplace_back(s->text, options.source_lang);
    p.targets.emplace_back(t->text, options.target_lang);
  }
  return p;
}

// Which entries each unit's source mentions; an occurrence inside a longer term of another entry
// does not count ("Bộ trưởng" inside "Bộ trưởng Ngoại giao"). `where` gets the words of the first
// occurrence of each (unit, entry).
using TermPlaces = std::map<std::pair<size_t, size_t>, std::pair<size_t, size_t>>;
std::vector<std::vector<char>> entries_present(const Prepared& p, const Glossary& glossary,
                                               const std::string& source_lang, TermPlaces& where) {
  std::vector<std::vector<char>> present(p.usable.size(), std::vector<char>(glossary.entries.size(), 0));
  for (size_t k = 0; k < p.usable.size(); ++k) {
    struct Span {
      size_t begin, end, entry;
    };
    std::vector<Span> spans;
    for (size_t e = 0; e < glossary.entries.size(); ++e)
      for (const Term& st : terms_of(glossary.entries[e], source_lang))
        if (st.status != TermStatus::kForbidden)
          for (const auto& [b, en] : p.sources[k].find(st.text)) spans.push_back({b, en, e});
    for (const Span& a : spans) {
      bool covered = false;
      for (const Span& b : spans)
        if (b.entry != a.entry && b.begin <= a.begin && a.end <= b.end && b.end - b.begin > a.end - a.begin)
          covered = true;
      if (!covered && !present[k][a.entry]) present[k][a.entry] = 1, where[{k, a.entry}] = {a.begin, a.end};
    }
  }
  return present;
}

// How each unit that mentions entry `e` renders it: the target terms found.
std::vector<Usage> usages_of(const Prepared& p, const std::vector<std::vector<char>>& present,
                             const TermPlaces& where, size_t e, const std::vector<Term>& target_terms) {
  std::vector<Usage> usages;
  for (size_t k = 0; k < p.usable.size(); ++k) {
    if (!present[k][e]) continue;
    Usage use;
    use.unit = p.usable[k];
    use.usable = k;
    use.words = where.at({k, e});
    for (size_t i = 0; i < target_terms.size(); ++i) {
      if (!p.targets[k].contains(target_terms[i].text)) continue;
      if (target_terms[i].status == TermStatus::kForbidden) {
        use.forbidden.push_back(static_cast<int>(i));
        continue;
      }
      bool approved = target_terms[i].status == TermStatus::kApproved;
      if (use.rendering < 0 || (approved && !use.has_approved)) use.rendering = static_cast<int>(i);
      use.has_approved = use.has_approved || approved;
    }
    usages.push_back(use);
  }
  return usages;
}

// The findings of one entry over its usages: forbidden terms, inconsistent renderings, missing
// translations and (with notes) candidate notes.
void check_entry(const std::vector<TranslationUnit>& units, const TermEntry& entry,
                 const std::vector<Usage>& usages, const CheckOptions& options, std::vector<Slot>& slots) {
  const auto& source_terms = terms_of(entry, options.source_lang);
  const auto& target_terms = terms_of(entry, options.target_lang);
  int preferred = -1;
  for (size_t i = 0; i < target_terms.size(); ++i)
    if (target_terms[i].status == TermStatus::kApproved) {
      preferred = static_cast<int>(i);
      break;
    }
  // The most frequent rendering (ties: the earlier term), and whether renderings disagree with
  // a non-approved term among them.
  std::map<int, int> counts;
  for (const auto& use : usages)
    if (use.rendering >= 0) ++counts[use.rendering];
  int majority = -1, majority_count = 0;
  for (const auto& [r, c] : counts)
    if (c > majority_count) majority = r, majority_count = c;
  bool any_unapproved = false;
  for (const auto& [r, c] : counts)
    if (target_terms[static_cast<size_t>(r)].status != TermStatus::kApproved) any_unapproved = true;
  const bool inconsistent = counts.size() >= 2 && any_unapproved;
  const std::string& source_text = source_terms.front().text;
  const bool approved_entry = entry.status == TermStatus::kApproved && preferred >= 0;
  auto term = [&](int i) { return target_terms[static_cast<size_t>(i)].text; };

  for (const auto& use : usages) {
    // With an approved term present, a forbidden one most likely translates another source term
    // of the unit ("Secretary-General of the PAP" beside "General Secretary To Lam").
    for (int fi : use.has_approved ? std::vector<int>{} : use.forbidden) {
      Finding f = make_finding(units, use.unit, FindingRule::kForbiddenTerm, Severity::kError, options);
      f.source_term = source_text;
      f.found = term(fi);
      f.expected = preferred >= 0 ? term(preferred) : "";
      slots.push_back({use.unit, 2, f});
    }
    bool reported_inconsistent = false;
    if (inconsistent && use.rendering >= 0 && use.rendering != majority) {
      Finding f = make_finding(units, use.unit, FindingRule::kInconsistentTranslation,
                               approved_entry ? Severity::kWarning : Severity::kNote, options);
      f.source_term = source_text;
      f.found = term(use.rendering);
      f.expected = term(majority);
      for (const auto& other : usages)
        if (other.rendering == majority) {
          f.other_unit = units[other.unit].tuid;
          break;
        }
      if (approved_entry || options.notes) slots.push_back({use.unit, 1, f, use.usable, use.words});
      reported_inconsistent = true;
    }
    if (approved_entry && !use.has_approved && use.forbidden.empty() && !reported_inconsistent) {
      Finding f = make_finding(units, use.unit, FindingRule::kMissingTranslation, Severity::kError, options);
      f.source_term = source_text;
      f.expected = term(preferred);
      f.found = use.rendering >= 0 ? term(use.rendering) : "";
      slots.push_back({use.unit, 0, f, use.usable, use.words});
    } else if (!approved_entry && options.notes && use.rendering < 0 && use.forbidden.empty()) {
      Finding f = make_finding(units, use.unit, FindingRule::kCandidateNote, Severity::kNote, options);
      f.source_term = source_text;
      f.expected = target_terms.front().text;
      slots.push_back({use.unit, 4, f, use.usable, use.words});
    }
  }
}

// Units whose source and target numbers differ (as canonical values: 4.400 = 4,400).
void check_numbers(const std::vector<TranslationUnit>& units, const Prepared& p, const CheckOptions& options,
                   std::vector<Slot>& slots) {
  for (size_t u : p.usable) {
    std::vector<std::string> src =
        extract_numbers(units[u].variant(options.source_lang)->text, options.source_lang);
    std::vector<std::string> tgt =
        extract_numbers(units[u].variant(options.target_lang)->text, options.target_lang);
    std::set<std::string> src_set(src.begin(), src.end()), tgt_set(tgt.begin(), tgt.end());
    std::vector<std::string> only_src, only_tgt;
    std::set_difference(src_set.begin(), src_set.end(), tgt_set.begin(), tgt_set.end(),
                        std::back_inserter(only_src));
    std::set_difference(tgt_set.begin(), tgt_set.end(), src_set.begin(), src_set.end(),
                        std::back_inserter(only_tgt));
    if (only_src.empty() && only_tgt.empty()) continue;
    Finding f = make_finding(units, u, FindingRule::kNumberMismatch, Severity::kError, options);
    f.expected = join_values(only_src);
    f.found = join_values(only_tgt);
    slots.push_back({u, 3, f});
  }
}

// Where each unit renders the source terms of its findings, by a word alignment of the checked
// units, with the glossary's pairs as what is known before: the phrase that renders the term
// (phrase extraction's rule) when there is one; else the target words linked to it, runs joined by
// " … " ("high-ranking … delegation" around a name the term lacks); else none.
void point_at_renderings(const std::vector<TranslationUnit>& units, const Glossary& glossary,
                         const Prepared& p, const CheckOptions& options, std::vector<Slot>& slots) {
  if (std::none_of(slots.begin(), slots.end(), [](const Slot& s) { return s.usable != SIZE_MAX; })) return;
  std::vector<std::string_view> sources, targets;
  for (size_t u : p.usable) {
    sources.push_back(units[u].variant(options.source_lang)->text);
    targets.push_back(units[u].variant(options.target_lang)->text);
  }
  TermAlignmentOptions align_options;
  align_options.source_lang = options.source_lang;
  align_options.target_lang = options.target_lang;
  for (const TermEntry& e : glossary.entries)
    for (const Term& s : terms_of(e, options.source_lang))
      for (const Term& t : terms_of(e, options.target_lang))
        if (s.status != TermStatus::kForbidden && t.status != TermStatus::kForbidden)
          align_options.known_pairs.emplace_back(s.text, t.text);
  TermAlignment alignment(sources, targets, align_options);
  for (Slot& s : slots) {
    if (s.usable == SIZE_MAX) continue;
    Finding& f = s.finding;
    f.rendering_known = true;
    // Source tokens are the source's words here (no compounds are joined).
    const TokenSpan words{s.words.first, s.words.second};
    const auto& tokens = alignment.target_tokens(s.usable);
    const std::string_view target = targets[s.usable];
    if (auto span = alignment.rendering(s.usable, words, false)) {
      f.rendered_begin = tokens[span->begin].begin;
      f.rendered_end = tokens[span->end - 1].end;
      f.rendered_by = std::string(target.substr(f.rendered_begin, f.rendered_end - f.rendered_begin));
      continue;
    }
    std::set<size_t> linked;
    for (const WordLink& l : alignment.links(s.usable))
      if (l.source >= words.begin && l.source < words.end) linked.insert(l.target);
    for (auto it = linked.begin(); it != linked.end();) {
      size_t first = *it, last = *it;
      while (++it != linked.end() && *it == last + 1) last = *it;
      if (!f.rendered_by.empty()) f.rendered_by += " \u2026 ";
      f.rendered_by += target.substr(tokens[first].begin, tokens[last].end - tokens[first].begin);
    }
  }
}

}  // namespace

std::vector<Finding> check_units(const std::vector<TranslationUnit>& units, const Glossary& glossary,
                                 const CheckOptions& options) {
  const Prepared prepared = prepare(units, options);
  TermPlaces where;
  const std::vector<std::vector<char>> present =
      entries_present(prepared, glossary, options.source_lang, where);
  std::vector<Slot> slots;
  for (size_t e = 0; e < glossary.entries.size(); ++e) {
    const TermEntry& entry = glossary.entries[e];
    const auto& target_terms = terms_of(entry, options.target_lang);
    if (terms_of(entry, options.source_lang).empty() || target_terms.empty()) continue;
    const std::vector<Usage> usages = usages_of(prepared, present, where, e, target_terms);
    if (!usages.empty()) check_entry(units, entry, usages, options, slots);
  }
  if (options.numbers) check_numbers(units, prepared, options, slots);
  point_at_renderings(units, glossary, prepared, options, slots);
  std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
    return a.unit != b.unit ? a.unit < b.unit : a.order < b.order;
  });
  std::vector<Finding> out;
  for (auto& s : slots) out.push_back(std::move(s.finding));
  return out;
}

}  // namespace songngu
