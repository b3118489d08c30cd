#pragma once
// What the review editor (`songngu review`) shows beside the beads, computed by the same functions
// as the static review page (term_marks.h, aligned_terms.h) from the same ReviewPage: the glossary
// marks of every segment and the consistency findings of every bead.
//
// Contract: no I/O, deterministic. The marks point into `page.glossary` (TermMark::term): use them
// while the page lives.
#include <cstddef>
#include <vector>

#include "report/review_page.h"
#include "report/term_marks.h"

namespace songngu {

struct TranslationAnnotations {
  std::vector<std::vector<TermMark>> source;  // per source segment of the document
  std::vector<std::vector<TermMark>> target;  // per segment of the translation
  std::vector<std::vector<size_t>> findings;  // per bead of the alignment: indexes into page.findings
};

// [document][translation] in the order of page.documents and page.target_langs (empty when the
// translation is missing).
std::vector<std::vector<TranslationAnnotations>> review_annotations(const ReviewPage& page);

}  // namespace songngu
