#pragma once
// Where each translation renders the glossary's source terms, by word alignment, for the review
// page: a bead's source term whose glossary equivalents the target does not contain still has
// target words that render it (a synonym, an inflection the glossary lacks, a mistranslation),
// and the page colours them like the term. One word alignment per target language, trained on
// the beads of every document of the page (glossary/term_alignment.h).
//
// Contract: deterministic; no I/O; spans are byte ranges of target segments on word boundaries.
#include <cstddef>
#include <string>
#include <vector>

#include "glossary/glossary.h"
#include "report/review_page.h"

namespace songngu {

// For translation `t` of every document (documents[d].translations[t]): per document, the aligned
// renderings of the source terms of `glossary` not already rendered by one of its target terms.
std::vector<std::vector<AlignedTerm>> aligned_terms(const ReviewPage& page, size_t t);

// Every translation's (translation -> document -> renderings): page.aligned when it holds one list
// per target language (computed once for the static page and the editor), else computed now.
std::vector<std::vector<std::vector<AlignedTerm>>> aligned_terms_of(const ReviewPage& page);

}  // namespace songngu
