#pragma once
// Segment kinds: which segments are a header, a title, a photo caption, a byline or a numbered
// point, decided by rules on the paragraph's shape (documented in tests/data/segment/README.md):
//  - metadata: the " date YYYY-MM-DD" header at the start of the first paragraph (split off by the
//    segmenter, see metadata_header_length);
//  - caption: a paragraph of at most three segments whose first or last segment contains a caption
//    marker ("Ảnh:", "Photo:", "사진=", where a photo credit sits) — every segment of it; or a caption made
//    only of names: one segment without final punctuation, at most 20 words, containing a name joiner ("và",
//    "and") and with at least 60% of its other words capitalised ("Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc
//    Lee Jae Myung");
//  - byline: the document's last paragraph when it is one segment without final punctuation that
//    is 2-4 capitalised words without digits ("Huyền Lê") or at most 6 words starting or ending
//    with a byline word ("By Jane Doe", "김민수 기자");
//  - heading: any other one-segment paragraph of at most 25 words without final punctuation (. ! ?
//    … : ; possibly followed by closing quotes or brackets) and not ending in a sentence-ending
//    syllable (Korean 다);
//  - list item: a segment that starts with a number or letter and "." or ")" ("1.Hai bên",
//    "2. Hai bên", "a)") or a bullet ("- ", "• "), in a paragraph of more than one segment or ending
//    with punctuation (a lone unpunctuated "1. Giới thiệu" is a heading);
//  - sentence: everything else.
// The words behind these rules live in data/segment/kinds.tsv.
#include <string>
#include <string_view>
#include <vector>

#include "base/lang.h"
#include "text/document.h"

namespace songngu {

struct KindRules {
  std::vector<std::string> caption_markers;
  std::vector<std::string> name_joiners;
  std::vector<std::string> sentence_endings;
  std::vector<std::string> byline_prefixes;
  std::vector<std::string> byline_suffixes;
  // Set by load(): per caption marker, the offset of the byte its search starts from (a byte rare
  // in running text; only speed depends on it). Computed on the fly when it does not match.
  std::vector<size_t> caption_marker_anchors;

  // Reads the entries for `lang`'s base language (and "*") from `path`, by default
  // data/segment/kinds.tsv. Throws Error(kBadInput) when the file is missing or a line is malformed.
  static KindRules load(const Lang& lang, const std::string& path = "");
};

// Byte length of a " date YYYY-MM-DD" header at the start of `paragraph` (the "date ..." part,
// without the spaces that follow it), or 0 when there is none.
size_t metadata_header_length(std::string_view paragraph);

// Sets the kinds of one paragraph's segments [begin, end) (a kMetadata segment is left alone and
// not counted). `last_paragraph` says whether this is the document's last paragraph.
void assign_kinds(std::vector<Segment>::iterator begin, std::vector<Segment>::iterator end,
                  bool last_paragraph, const KindRules& rules);

}  // namespace songngu
