#pragma once
// Inline markup of a TMX <seg>: the content model of TMX 1.4 (text with bpt, ept, ph, it, hi, ut,
// sub). Used by the writer to refuse markup that would make the TMX invalid, and by the reader's
// callers to get the plain text of a segment.
#include <optional>
#include <string>
#include <string_view>

namespace songngu {

// nullopt when `markup` is well-formed XML content made of text and TMX inline elements (bpt, ept,
// ph, it, hi, ut at seg level; sub inside bpt/ept/ph/it/ut; any of them inside hi and sub);
// otherwise a short English description of the first problem.
std::optional<std::string> inline_markup_problem(std::string_view markup);

// The plain text of a segment's markup: character data directly in <seg> and in <hi>, without the
// native codes held in bpt/ept/ph/it/ut and without the sub-flows (<sub>: a footnote, an alt text)
// inside them, which are separate text, not part of the sentence. Throws Error(kBadInput) on
// ill-formed markup.
std::string inline_markup_text(std::string_view markup);

// True for the element names TMX allows inside <seg>.
bool is_inline_element(std::string_view name);

}  // namespace songngu
