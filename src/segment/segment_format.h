#pragma once
// The two output forms of `songngu segment`, also used to compare against the test fixtures:
//  - text: exactly each segment's text, one a line (the metadata segment included, no labels), and
//    one empty line between paragraphs;
//  - jsonl: one JSON object a line per segment: file, paragraph, index, kind, text, start, end
//    (start/end: the byte span in the original file).
#include <string>

#include "text/document.h"

namespace songngu {

std::string segments_as_text(const Document& doc);
std::string segments_as_jsonl(const Document& doc);

}  // namespace songngu
