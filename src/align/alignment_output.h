#pragma once
// Text forms of an alignment (docs/formats.md, "Alignment outputs"):
//  TSV    one bead a line, "vietnamese<TAB>target", sentences of a multi-sentence bead joined by
//         one space, one side empty for 1-0 / 0-1, optional third column: the confidence;
//  beads  vecalign style, 0-based: "[0,1]:[2]", "[3]:[]", optional "<TAB>confidence".
// Contract: one line per bead, in order, every line ends with '\n'; tabs and line breaks inside
// segment text become spaces so a line is always one bead. Confidence is printed with 3 decimals.
#include <string>

#include "align/alignment.h"
#include "text/document.h"

namespace songngu {

std::string format_tsv(const Document& source, const Document& target, const Alignment& alignment,
                       bool with_confidence);
std::string format_beads(const Alignment& alignment, bool with_confidence);

// Checks that `alignment` covers both documents exactly once, in order (for tests and callers
// that build alignments themselves). Returns an empty string when valid, else what is wrong.
std::string check_alignment(const Alignment& alignment, size_t source_segments, size_t target_segments);

}  // namespace songngu
