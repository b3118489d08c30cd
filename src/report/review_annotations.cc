#include "report/review_annotations.h"

#include <memory>
#include <set>

namespace songngu {
namespace {

TranslationAnnotations annotate(const ReviewPage& page, size_t d, size_t t, const TermHighlighter& source_hl,
                                const TermHighlighter& target_hl, const std::vector<AlignedTerm>& aligned) {
  const ReviewDocument& doc = page.documents[d];
  const ReviewTranslation& tr = doc.translations[t];
  TranslationAnnotations out;
  for (const Segment& s : doc.source.segments)
    out.source.push_back(term_marks(page.glossary, page.source_lang, source_hl, s.text, {}, {}));
  out.target.resize(tr.document.segments.size());
  std::vector<std::vector<AlignedTerm>> aligned_at(tr.document.segments.size());
  for (const AlignedTerm& a : aligned)
    if (a.segment < aligned_at.size()) aligned_at[a.segment].push_back(a);
  for (const Bead& b : tr.alignment.beads) {
    std::set<size_t> context;  // the concepts the bead's source mentions
    for (size_t s = b.src_begin; s < size_t{b.src_begin} + b.src_count && s < doc.source.segments.size(); ++s)
      add_concepts(source_hl, doc.source.segments[s].text, context);
    for (size_t s = b.tgt_begin; s < size_t{b.tgt_begin} + b.tgt_count && s < out.target.size(); ++s)
      out.target[s] = term_marks(page.glossary, page.source_lang, target_hl, tr.document.segments[s].text,
                                 context, aligned_at[s]);
  }
  out.findings.resize(tr.alignment.beads.size());
  for (size_t f = 0; f < page.findings.size(); ++f) {
    const ReviewFinding& rf = page.findings[f];
    if (rf.document == doc.name && rf.target_lang == page.target_langs[t] && rf.bead < out.findings.size())
      out.findings[rf.bead].push_back(f);
  }
  return out;
}

}  // namespace

std::vector<std::vector<TranslationAnnotations>> review_annotations(const ReviewPage& page) {
  const TermHighlighter source_hl(page.glossary, page.source_lang);
  std::vector<std::unique_ptr<TermHighlighter>> target_hl;
  for (const auto& lang : page.target_langs)
    target_hl.push_back(std::make_unique<TermHighlighter>(page.glossary, lang));
  const auto aligned = aligned_terms_of(page);  // translation -> document -> marks
  std::vector<std::vector<TranslationAnnotations>> out(page.documents.size());
  for (size_t d = 0; d < page.documents.size(); ++d)
    for (size_t t = 0; t < page.target_langs.size(); ++t) {
      const bool present =
          t < page.documents[d].translations.size() && page.documents[d].translations[t].present;
      out[d].push_back(present ? annotate(page, d, t, source_hl, *target_hl[t], aligned[t][d])
                               : TranslationAnnotations{});
    }
  return out;
}

}  // namespace songngu
