#include "check/check.h"

#include <algorithm>
#include <map>
#include <set>

#include "check/term_match.h"
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
  int rendering = -1;  // index into the entry's target terms, -1: none found
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

std::vector<Finding> check_units(const std::vector<TranslationUnit>& units, const Glossary& glossary,
                                 const CheckOptions& options) {
  struct Slot {
    size_t unit;
    int order;
    Finding finding;
  };
  std::vector<Slot> slots;
  auto make = [&](size_t u, FindingRule rule, Severity severity) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.file = options.file;
    f.unit = units[u].tuid;
    f.unit_index = u;
    f.unit_kind = options.unit_kind;
    f.target_lang = options.target_lang;
    const Variant* s = units[u].variant(options.source_lang);
    const Variant* t = units[u].variant(options.target_lang);
    f.source_excerpt = s ? shorten(s->text) : "";
    f.excerpt = t ? shorten(t->text) : "";
    return f;
  };

  // Prepared texts of the units that have both sides.
  std::vector<size_t> usable;
  std::vector<MatchText> sources, targets;
  for (size_t u = 0; u < units.size(); ++u) {
    const Variant* s = units[u].variant(options.source_lang);
    const Variant* t = units[u].variant(options.target_lang);
    // A unit with an empty side (a 1-0 or 0-1 bead) has no translation to check.
    if (!s || !t || fold_spaces(s->text).empty() || fold_spaces(t->text).empty()) continue;
    usable.push_back(u);
    sources.emplace_back(s->text, options.source_lang);
    targets.emplace_back(t->text, options.target_lang);
  }

  // Which entries each unit's source mentions; an occurrence inside a longer term of another entry
  // does not count ("Bộ trưởng" inside "Bộ trưởng Ngoại giao").
  std::vector<std::vector<char>> present(usable.size(), std::vector<char>(glossary.entries.size(), 0));
  for (size_t k = 0; k < usable.size(); ++k) {
    struct Span {
      size_t begin, end, entry;
    };
    std::vector<Span> spans;
    for (size_t e = 0; e < glossary.entries.size(); ++e)
      for (const Term& st : terms_of(glossary.entries[e], options.source_lang))
        if (st.status != TermStatus::kForbidden)
          for (const auto& [b, en] : sources[k].find(st.text)) spans.push_back({b, en, e});
    for (const Span& a : spans) {
      bool covered = false;
      for (const Span& b : spans)
        if (b.entry != a.entry && b.begin <= a.begin && a.end <= b.end && b.end - b.begin > a.end - a.begin)
          covered = true;
      if (!covered) present[k][a.entry] = 1;
    }
  }

  for (size_t entry_index = 0; entry_index < glossary.entries.size(); ++entry_index) {
    const TermEntry& entry = glossary.entries[entry_index];
    const auto& source_terms = terms_of(entry, options.source_lang);
    const auto& target_terms = terms_of(entry, options.target_lang);
    if (source_terms.empty() || target_terms.empty()) continue;
    int preferred = -1;
    for (size_t i = 0; i < target_terms.size(); ++i)
      if (target_terms[i].status == TermStatus::kApproved) {
        preferred = static_cast<int>(i);
        break;
      }
    std::vector<Usage> usages;
    for (size_t k = 0; k < usable.size(); ++k) {
      if (!present[k][entry_index]) continue;
      Usage use;
      use.unit = usable[k];
      for (size_t i = 0; i < target_terms.size(); ++i) {
        if (!targets[k].contains(target_terms[i].text)) continue;
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
    if (usages.empty()) continue;

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
    bool inconsistent = counts.size() >= 2 && any_unapproved;
    const std::string& source_text = source_terms.front().text;
    const bool approved_entry = entry.status == TermStatus::kApproved && preferred >= 0;

    for (const auto& use : usages) {
      // With an approved term present, a forbidden one most likely translates another source term
      // of the unit ("Secretary-General of the PAP" beside "General Secretary To Lam").
      for (int fi : use.has_approved ? std::vector<int>{} : use.forbidden) {
        Finding f = make(use.unit, FindingRule::kForbiddenTerm, Severity::kError);
        f.source_term = source_text;
        f.found = target_terms[static_cast<size_t>(fi)].text;
        f.expected = preferred >= 0 ? target_terms[static_cast<size_t>(preferred)].text : "";
        slots.push_back({use.unit, 2, f});
      }
      bool reported_inconsistent = false;
      if (inconsistent && use.rendering >= 0 && use.rendering != majority) {
        Finding f = make(use.unit, FindingRule::kInconsistentTranslation,
                         approved_entry ? Severity::kWarning : Severity::kNote);
        f.source_term = source_text;
        f.found = target_terms[static_cast<size_t>(use.rendering)].text;
        f.expected = target_terms[static_cast<size_t>(majority)].text;
        for (const auto& other : usages)
          if (other.rendering == majority) {
            f.other_unit = units[other.unit].tuid;
            break;
          }
        if (approved_entry || options.notes) slots.push_back({use.unit, 1, f});
        reported_inconsistent = true;
      }
      if (approved_entry && !use.has_approved && use.forbidden.empty() && !reported_inconsistent) {
        Finding f = make(use.unit, FindingRule::kMissingTranslation, Severity::kError);
        f.source_term = source_text;
        f.expected = target_terms[static_cast<size_t>(preferred)].text;
        f.found = use.rendering >= 0 ? target_terms[static_cast<size_t>(use.rendering)].text : "";
        slots.push_back({use.unit, 0, f});
      } else if (!approved_entry && options.notes && use.rendering < 0 && use.forbidden.empty()) {
        Finding f = make(use.unit, FindingRule::kCandidateNote, Severity::kNote);
        f.source_term = source_text;
        f.expected = target_terms.front().text;
        slots.push_back({use.unit, 4, f});
      }
    }
  }

  if (options.numbers) {
    for (size_t u : usable) {
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
      Finding f = make(u, FindingRule::kNumberMismatch, Severity::kError);
      f.expected = join_values(only_src);
      f.found = join_values(only_tgt);
      slots.push_back({u, 3, f});
    }
  }

  std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
    return a.unit != b.unit ? a.unit < b.unit : a.order < b.order;
  });
  std::vector<Finding> out;
  for (auto& s : slots) out.push_back(std::move(s.finding));
  return out;
}

}  // namespace songngu
