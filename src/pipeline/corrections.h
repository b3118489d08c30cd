#pragma once
// Corrections are data: what a person decided in the review editor, saved beside the corpus as
// CORPUS/corrections/NAME.SRC-TGT.txt (one file per document and language pair) and honoured by
// every later run. docs/corrections.md documents the format; in short, a text file that reads well
// in a diff:
//
//   # songngu corrections 1
//   segment en 7+2          the segments 7 and 8 of en/NAME.txt as read (0-based, begin+count)...
//   - First half.           ...whose texts were these...
//   - second half.
//   + First half second half.   ...are replaced by these
//
//   bead confirmed vi 4+1 en 5+2   a bead a person decided, over the segments after the edits
//   < Câu nguồn.                   with the texts it covers, to check that it still fits
//   > Sentence one.
//   > Sentence two.
//
// Applying: a segment edit whose "-" texts differ from the file's segments, or a bead whose ranges
// or texts differ from the document, no longer fits the text (the source file changed): it is
// reported as a warning naming the corrections file and line, and not applied. Beads that fit are
// kept as the person left them and the automatic alignment is redone only between them.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "align/alignment.h"
#include "base/error.h"
#include "pipeline/alignment_editor.h"
#include "text/document.h"

namespace songngu {

struct SegmentEdit {
  Side side = Side::kSource;
  uint32_t begin = 0, count = 0;    // segments of the document as read
  std::vector<std::string> before;  // their texts (count of them)
  std::vector<std::string> after;   // what replaces them (at least one)
  size_t line = 0;                  // in the corrections file, for messages
  bool operator==(const SegmentEdit& other) const {
    return side == other.side && begin == other.begin && count == other.count && before == other.before &&
           after == other.after;
  }
};

struct BeadDecision {
  BeadStatus status = BeadStatus::kConfirmed;  // never kAuto
  Bead bead;                                   // ranges over the segments after the edits
  std::vector<std::string> source, target;     // the texts it covers
  size_t line = 0;
};

struct Corrections {
  std::string source_lang, target_lang;
  std::vector<SegmentEdit> edits;   // in file order: source side first, then by begin
  std::vector<BeadDecision> beads;  // in bead order
};

// CORPUS/corrections/NAME.SRC-TGT.txt
std::string corrections_path(const std::string& corpus_dir, const std::string& name,
                             const std::string& source_lang, const std::string& target_lang);

// What to save for an editor's state: every replaced range of segments and every bead that is not
// kAuto. The same state gives the same corrections.
Corrections corrections_of(const AlignmentEditor& editor, const std::string& source_lang,
                           const std::string& target_lang);
// The file's text; parse_corrections(format_corrections(c)) == c (lines aside).
std::string format_corrections(const Corrections& corrections);
// Throws Error(kBadInput) naming `path` and the line of anything malformed (a language other
// than the pair's, a count that does not match the lines, an unknown keyword).
Corrections parse_corrections(std::string_view text, const std::string& path, const std::string& source_lang,
                              const std::string& target_lang);
// Reads a corrections file; an absent file is no corrections. Throws as parse_corrections.
Corrections read_corrections(const std::string& path, const std::string& source_lang,
                             const std::string& target_lang);
// Writes atomically, creating the corrections folder when missing; an empty Corrections removes
// the file instead (nothing decided is the same as no file).
void write_corrections(const std::string& path, const Corrections& corrections);

// Replaces segments of `document` (its side of the edits, all relative to the document as read).
// Edits that overlap an earlier one or whose "-" texts differ from the document are reported in
// `warnings` (Location: `path`, the edit's line) and skipped. A replacing segment takes the kind
// and paragraph of the first segment it replaces and the span of all of them. Returns how many were applied.
size_t apply_segment_edits(Document& document, Side side, const std::vector<const SegmentEdit*>& edits,
                           const std::string& path, std::vector<Warning>& warnings);

// The source-side edits a run applies to a document that several language pairs share (the
// Vietnamese of vi-en and vi-ko): those of every pair's corrections, in the order given (target
// languages in corpus order), identical edits once. Pointers into `files`.
std::vector<const SegmentEdit*> shared_source_edits(const std::vector<const Corrections*>& files);

// Realigns source segments [source_begin, source_end) with target [target_begin, target_end):
// beads relative to those ranges (the caller's aligner).
using RealignGap = std::function<std::vector<Bead>(uint32_t source_begin, uint32_t source_end,
                                                   uint32_t target_begin, uint32_t target_end)>;

// The alignment that honours the decisions: decided beads that fit the documents (ranges in
// bounds, texts equal, in order and not overlapping the decisions before them) are kept with
// confidence 1; a kNotTranslation bead becomes unaligned segments (1-0 and 0-1 beads), so no unit
// is made of it. Between kept beads the automatic beads are kept where they fill the gap exactly,
// otherwise `realign` aligns the gap anew. Decisions that do not fit are reported and ignored.
Alignment honour_decisions(const Document& source, const Document& target, const Alignment& automatic,
                           const std::vector<BeadDecision>& decisions, const std::string& path,
                           const RealignGap& realign, std::vector<Warning>& warnings);

// An editor that resumes a review where the corrections left it: `source` and `target` are the
// documents as read (before any segment edit), `honoured` the alignment a run made with these
// corrections (align_corpus_with_corrections, over the edited documents). The edits of
// `corrections` that fit are the editor's starting segments (with their origins), the decided beads
// that fit come back with their status (a not-a-translation bead as one bead again), and
// corrections_of(the editor) gives the fitting part of `corrections` back. Throws Error(kUsage)
// when `honoured` does not cover the edited documents.
AlignmentEditor resume_review(const Document& source, const Document& target, const Corrections& corrections,
                              const Alignment& honoured);

}  // namespace songngu
