#pragma once
// Formatting kept as tags in a translation unit: the spans a document reader found (InlineSpan,
// text/document.h) written as TMX 1.4b level 2 inline codes or as OmegaT's own tags.
//
// Matching across the two sides of a unit: the k-th span of a kind (bold, italic, underline, link,
// code, other, line break) in the source goes with the k-th span of the same kind, and the same open
// ends, in the target; so bold on "Hà Nội" goes with bold on "Hanoi". A matched pair shares its x=
// (TMX) or its tag name (OmegaT).
//
// - kTmx: a span whose two ends lie in the segment is <bpt i= x= type=>…<ept i=>, one cut by the
//   segment's edge is <it pos= x=>, a line break is <ph x= type="lb">; the native code inside is the
//   HTML of the formatting (&lt;b&gt;). i= counts the pairs of the segment from 1; x= is the source
//   span's number from 1 on both sides; a target span with no match has no x=. The XLIFF writer
//   (tm/xliff_writer.h) turns these codes into XLIFF's, x= into an id the two sides share.
// - kOmegat: the text with OmegaT's tags as text, as OmegaT shows the document: <b0>…</b0> (HTML:
//   the element's first letter, ODT: f for a span, a for a link) or <t0/>…<t1/> (DOCX: a standalone
//   tag where formatting changes), numbered as in the paragraph; formatting over a whole paragraph
//   is left out. The target takes the matched source tags; unmatched target spans are left out.
// - kNone: plain text.
#include <cstdint>
#include <string>
#include <vector>

#include "text/document.h"

namespace songngu {

enum class TagStyle { kNone, kTmx, kOmegat };

// "none", "tmx" or "omegat". Throws Error(kUsage) on any other name.
TagStyle tag_style_named(const std::string& name);

struct TaggedText {
  std::string text;
  std::vector<InlineSpan> spans;  // by begin
};

// Appends `text` and its spans to `to`, one space between (nothing for an empty text). A span that
// goes on past the end of `to` and its rest at the start of `text` (the same formatting cut by a
// segment boundary) become one span again.
void append_tagged(TaggedText& to, const std::string& text, const std::vector<InlineSpan>& spans);
// Segments [begin, begin+count) of `doc` joined with one space, their spans moved along.
TaggedText join_tagged(const Document& doc, uint32_t begin, uint32_t count);

// For each target span, the index of the source span it goes with, or -1.
std::vector<int> match_spans(const std::vector<InlineSpan>& source, const std::vector<InlineSpan>& target);

// The source side: TMX <seg> markup (kTmx) or text with OmegaT tags (kOmegat).
std::string tagged_source(const TaggedText& source, TagStyle style);
// A target side, with its spans matched to the source's.
std::string tagged_target(const TaggedText& source, const TaggedText& target, TagStyle style);

}  // namespace songngu
