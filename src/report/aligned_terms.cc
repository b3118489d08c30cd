#include "report/aligned_terms.h"

#include <set>
#include <string_view>

#include "glossary/term_alignment.h"
#include "report/term_highlighter.h"

namespace songngu {
namespace {

// A bead's segments joined by spaces, with where each segment starts.
struct Joined {
  std::string text;
  std::vector<size_t> starts;  // byte offset of each segment in `text`
};

Joined join_segments(const Document& document, size_t begin, size_t count) {
  Joined out;
  for (size_t s = begin; s < begin + count && s < document.segments.size(); ++s) {
    if (!out.text.empty()) out.text += ' ';
    out.starts.push_back(out.text.size());
    out.text += document.segments[s].text;
  }
  return out;
}

}  // namespace

std::vector<std::vector<AlignedTerm>> aligned_terms(const ReviewPage& page, size_t t) {
  std::vector<std::vector<AlignedTerm>> out(page.documents.size());
  if (t >= page.target_langs.size() || page.glossary.entries.empty()) return out;
  const std::string& lang = page.target_langs[t];
  TermHighlighter source_terms(page.glossary, page.source_lang), target_terms(page.glossary, lang);

  // Every bead with both sides, as one unit of the word alignment.
  struct Unit {
    size_t document, bead;
    Joined source, target;
  };
  std::vector<Unit> units;
  for (size_t d = 0; d < page.documents.size(); ++d) {
    const ReviewDocument& doc = page.documents[d];
    if (t >= doc.translations.size() || !doc.translations[t].present) continue;
    const ReviewTranslation& tr = doc.translations[t];
    for (size_t b = 0; b < tr.alignment.beads.size(); ++b) {
      const Bead& bead = tr.alignment.beads[b];
      if (bead.src_count == 0 || bead.tgt_count == 0) continue;
      units.push_back({d, b, join_segments(doc.source, bead.src_begin, bead.src_count),
                       join_segments(tr.document, bead.tgt_begin, bead.tgt_count)});
    }
  }
  if (units.empty()) return out;
  std::vector<std::string_view> sources, targets;
  for (const Unit& u : units) sources.push_back(u.source.text), targets.push_back(u.target.text);
  TermAlignmentOptions options;
  options.source_lang = page.source_lang;
  options.target_lang = lang;
  for (const TermEntry& e : page.glossary.entries)
    for (const Term& s : terms_of(e, page.source_lang))
      for (const Term& g : terms_of(e, lang))
        if (s.status != TermStatus::kForbidden && g.status != TermStatus::kForbidden)
          options.known_pairs.emplace_back(s.text, g.text);
  TermAlignment alignment(sources, targets, options);

  for (size_t k = 0; k < units.size(); ++k) {
    const Unit& u = units[k];
    std::set<size_t> rendered;  // entries whose glossary target term the bead has
    for (const TermMatch& m : target_terms.find(u.target.text)) rendered.insert(m.entry);
    for (const TermMatch& m : source_terms.find(u.source.text)) {
      if (rendered.count(m.entry)) continue;
      auto source = alignment.source_span(k, m.begin, m.end);
      auto span = source ? alignment.rendering(k, *source, false) : std::nullopt;
      if (!span) continue;
      const auto& tokens = alignment.target_tokens(k);
      size_t begin = tokens[span->begin].begin, end = tokens[span->end - 1].end;
      // Back to the segment that holds the phrase (a phrase across two segments is not marked).
      size_t s = 0;
      while (s + 1 < u.target.starts.size() && u.target.starts[s + 1] <= begin) ++s;
      size_t segment_end = s + 1 < u.target.starts.size() ? u.target.starts[s + 1] - 1 : u.target.text.size();
      if (end > segment_end) continue;
      const Bead& bead = page.documents[u.document].translations[t].alignment.beads[u.bead];
      out[u.document].push_back(
          {bead.tgt_begin + s, begin - u.target.starts[s], end - u.target.starts[s], m.entry});
    }
  }
  return out;
}

std::vector<std::vector<std::vector<AlignedTerm>>> aligned_terms_of(const ReviewPage& page) {
  if (page.aligned.size() == page.target_langs.size()) return page.aligned;
  std::vector<std::vector<std::vector<AlignedTerm>>> out;
  for (size_t t = 0; t < page.target_langs.size(); ++t) out.push_back(aligned_terms(page, t));
  return out;
}

}  // namespace songngu
