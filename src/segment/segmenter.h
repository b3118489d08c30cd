#pragma once
// Sentence segmentation for Vietnamese, English and Korean: text file -> Document of segments.
//
// Pipeline: split_paragraphs (blank lines end paragraphs, soft wraps joined) -> the " date
// YYYY-MM-DD" header of the first paragraph becomes a metadata segment -> ICU's sentence break
// iterator for the language proposes boundaries -> the SRX rules (data/srx/songngu.srx or the
// user's file) overrule it at those candidates and at a few extra ones (see rule_set.h) -> each
// paragraph's segments get their kinds (segment_kinds.h).
//
// Contract for every Segment: `text` is NFC of the joined paragraph piece (soft wraps one space,
// a hyphen at a line end joined without one, everything else as written), `key` is
// match_key(text), `span` gives the bytes of the original file the segment came from (for a UTF-8
// file: the file's own offsets, BOM included in the count; for a converted file: offsets into the
// decoded text), and `paragraph` counts the blank-line separated blocks that hold segments.
#include <memory>
#include <string>

#include "base/lang.h"
#include "text/document.h"
#include "text/read_text.h"

namespace songngu {

struct SegmenterOptions {
  std::string srx_path;  // empty: the shipped data/srx/songngu.srx
};

class Segmenter {
 public:
  // Loads and compiles the SRX rules for `lang`. Throws Error(kBadInput) on a bad SRX file, naming
  // the file and line.
  explicit Segmenter(const Lang& lang, const SegmenterOptions& options = {});
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Safe to call concurrently from several threads on one Segmenter: every call works on its own
  // clone of the ICU break iterator and its own regex matchers.
  Document segment(const TextFile& file) const;

  const Lang& lang() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A file that is already segmented: every non-empty line is one segment (kind sentence, paragraph
// 0), its span the line without surrounding spaces, its text that line in NFC.
Document read_presegmented(const TextFile& file, const Lang& lang);

}  // namespace songngu
