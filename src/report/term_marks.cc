#include "report/term_marks.h"

#include <algorithm>

#include "text/normalize.h"

namespace songngu {
namespace {

// The equivalents of one concept, one language per line, for a term's hover title.
std::string term_title(const TermEntry& entry, const Term& term) {
  std::string title;
  if (term.status == TermStatus::kForbidden) title += "forbidden term\n";
  for (const auto& [lang, terms] : entry.terms) {
    std::string preferred;
    for (const Term& t : terms) {
      if (t.status == TermStatus::kForbidden) continue;
      if (!preferred.empty()) preferred += "; ";
      preferred += t.text;
    }
    if (preferred.empty()) continue;
    title += lang + ": " + preferred + "\n";
  }
  title += term_status_name(entry.status);
  if (!entry.note.empty()) title += " · " + entry.note;
  return title;
}

}  // namespace

std::vector<TermMark> term_marks(const Glossary& glossary, const std::string& source_lang,
                                 const TermHighlighter& hl, std::string_view text,
                                 const std::set<size_t>& context, const std::vector<AlignedTerm>& aligned) {
  std::vector<TermMark> marks;
  for (TermMatch m : hl.find(text)) {
    if (hl.lang() != source_lang && !context.count(m.entry)) {
      const std::string& found = glossary.entries[m.entry].terms.at(hl.lang()).at(m.term).text;
      for (size_t e : context) {
        const auto& terms = terms_of(glossary.entries[e], hl.lang());
        for (size_t i = 0; i < terms.size(); ++i)
          if (match_key(terms[i].text) == match_key(found)) m.entry = e, m.term = i;
      }
    }
    marks.push_back({m.begin, m.end, m.entry, &glossary.entries[m.entry].terms.at(hl.lang()).at(m.term)});
  }
  for (const AlignedTerm& a : aligned) {
    bool overlaps = false;
    for (const TermMark& m : marks) overlaps = overlaps || (a.begin < m.end && m.begin < a.end);
    if (!overlaps && a.end <= text.size()) marks.push_back({a.begin, a.end, a.entry, nullptr});
  }
  std::sort(marks.begin(), marks.end(),
            [](const TermMark& x, const TermMark& y) { return x.begin < y.begin; });
  std::vector<TermMark> kept;
  for (const TermMark& m : marks)
    if (kept.empty() || m.begin >= kept.back().end) kept.push_back(m);
  return kept;
}

void add_concepts(const TermHighlighter& hl, std::string_view text, std::set<size_t>& concepts) {
  for (const TermMatch& m : hl.find(text)) concepts.insert(m.entry);
}

std::string term_mark_class(const Glossary& glossary, const TermMark& mark) {
  std::string cls;
  if (!mark.term)
    cls = "aligned";
  else
    cls = mark.term->status == TermStatus::kForbidden ? "forbidden"
                                                      : term_status_name(glossary.entries[mark.entry].status);
  return cls + " c" + std::to_string(mark.entry % kTermColours);
}

std::string term_mark_title(const Glossary& glossary, const std::string& source_lang, const TermMark& mark) {
  const TermEntry& entry = glossary.entries[mark.entry];
  if (mark.term) return term_title(entry, *mark.term);
  const auto& source = terms_of(entry, source_lang);
  return "aligned to " + (source.empty() ? std::string() : source.front().text) +
         ", not the glossary's equivalent\n" + term_title(entry, Term{});
}

}  // namespace songngu
