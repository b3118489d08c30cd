#pragma once
// The glossary marks of one segment, as both review views draw them (the static reports/review.html
// and the editor of `songngu review`): the glossary terms TermHighlighter finds, each coloured by
// its concept, and the words the word alignment renders a source term by where the translation
// lacks the glossary's equivalent (aligned_terms.h), framed in the term's colour.
//
// Contract: no I/O, deterministic; marks are byte ranges of the segment text, on word boundaries,
// sorted and non-overlapping.
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "glossary/glossary.h"
#include "report/aligned_terms.h"
#include "report/term_highlighter.h"

namespace songngu {

struct TermMark {
  size_t begin = 0, end = 0;
  size_t entry = 0;            // index into Glossary::entries
  const Term* term = nullptr;  // the glossary term found; nullptr: an aligned rendering
};

constexpr size_t kTermColours = 8;  // .term.c0 ... .term.c7 in data/report/review.css

// The marks of `text`, a segment in hl.lang(). `context` holds the concepts the source of the
// segment's bead (or row) mentions: a target term of several concepts ("President" of Tổng thống
// and of Chủ tịch nước) takes the colour of the one the source mentions. `aligned` are the aligned
// renderings in this segment; those overlapping a glossary term are dropped.
std::vector<TermMark> term_marks(const Glossary& glossary, const std::string& source_lang,
                                 const TermHighlighter& hl, std::string_view text,
                                 const std::set<size_t>& context, const std::vector<AlignedTerm>& aligned);

// The concepts the glossary terms of `text` belong to (the `context` of the other side's marks).
void add_concepts(const TermHighlighter& hl, std::string_view text, std::set<size_t>& concepts);

// The mark's CSS classes after "term ": "approved", "candidate", "forbidden" or "aligned", then
// the colour "cN".
std::string term_mark_class(const Glossary& glossary, const TermMark& mark);
// The hover title: the concept's equivalents, one language per line, its status and note.
std::string term_mark_title(const Glossary& glossary, const std::string& source_lang, const TermMark& mark);

}  // namespace songngu
