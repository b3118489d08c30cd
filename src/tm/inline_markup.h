#pragma once
// Inline markup of a TMX <seg>: the content model of TMX 1.4 (text with bpt, ept, ph, it, hi, ut,
// sub). Used by the writer to refuse markup that would make the TMX invalid, and by the reader's
// callers to get the plain text of a segment.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace songngu {

// The first problem of a segment's markup, as data: each caller words it as a whole message template
// of its own (so a translated message holds no English fragment).
struct InlineMarkupProblem {
  enum class Kind {
    kNotInlineElement,  // <element> is none of bpt, ept, ph, it, hi, ut, sub
    kNotAllowedInside,  // <element> may not stand inside <parent> (e.g. sub in seg, hi in ph)
    kDoctype,           // a document type declaration inside the segment
    kNotWellFormed,     // not well-formed XML: `xml` is the XML scanner's error
  };
  Kind kind = Kind::kNotWellFormed;
  std::string element;
  std::string parent;
  // kNotWellFormed only: the scanner's message; its location's file is "seg", and line and column
  // count from the "<seg>" start tag put around the markup.
  Message xml;
};

// nullopt when `markup` is well-formed XML content made of text and TMX inline elements (bpt, ept,
// ph, it, hi, ut at seg level; sub inside bpt/ept/ph/it/ut; any of them inside hi and sub);
// otherwise the first problem.
std::optional<InlineMarkupProblem> inline_markup_problem(std::string_view markup);

// The plain text of a segment's markup: character data directly in <seg> and in <hi>, without the
// native codes held in bpt/ept/ph/it/ut and without the sub-flows (<sub>: a footnote, an alt text)
// inside them, which are separate text, not part of the sentence. Throws Error(kBadInput) on
// ill-formed markup.
std::string inline_markup_text(std::string_view markup);

// True for the element names TMX allows inside <seg>.
bool is_inline_element(std::string_view name);

}  // namespace songngu
