#pragma once
// From alignments to translation units: one unit per bead that has text on both sides, and, when
// several alignments share one source document (vi-en and vi-ko), multilingual units pivoted on the
// source sentences.
//
// Contract:
// - 1-0 and 0-1 beads never become units; no variant has an empty (or all-space) segment; the
//   sentences of a multi-sentence bead are joined with one space.
// - Beads whose confidence is below options.min_confidence are left out (as if unaligned).
// - Pivot: the source sentences are cut at the boundaries that every alignment of that source shares
//   (the smallest ranges that are whole beads in every alignment). Where two or more translations
//   cover a range completely (every bead in it has a target and passes min_confidence), one unit
//   holds the source range and those translations; every other translation keeps its own usable
//   beads there as bilingual units (and so does a lone translation covering a range: its beads are
//   finer than the range). So vi-en 1-1 + 1-1 against vi-ko 2-1 gives one vi/en/ko unit of two
//   Vietnamese sentences, and a Vietnamese sentence left out of the Korean gives a vi/en unit only.
// - Deterministic: units follow the order of the pairs' source documents, then source position.
//   tuid = source file stem + "-" + running number within that document; creationdate =
//   options.creationdate (creation_date() when empty); props x-document (source file name),
//   x-paragraph (1-based paragraph of the first source sentence), x-bead (sentence counts per
//   variant, source first: "1-2", "2-2-1") and x-confidence (lowest bead confidence, "0.973").
// - Each unit lists the beads it holds (TranslationUnit::beads: pair index in `pairs`, bead index),
//   so a caller finds a unit's place in the alignment without renumbering anything.
// - Variants carry the Documents' Lang tags. Throws Error(kUsage) when the tags mix forms (one with a
//   region, one without: "vi" with "en-US"), which CAT tools would silently drop.
#include <functional>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "text/document.h"
#include "tm/inline_tags.h"
#include "tm/translation_unit.h"

namespace songngu {

struct AlignedPair {
  const Document* source;
  const Document* target;
  const Alignment* alignment;
};

struct UnitOptions {
  double min_confidence = 0;
  std::string creationdate;  // YYYYMMDDThhmmssZ; empty = creation_date()
  // The segments' formatting (from HTML, DOCX, ODT) as tags: TMX level 2 codes (Variant::markup),
  // OmegaT's tags as text, or none (tm/inline_tags.h).
  TagStyle tags = TagStyle::kTmx;
};

std::vector<TranslationUnit> units_from_alignments(const std::vector<AlignedPair>& pairs,
                                                   const UnitOptions& options);
// The same units, handed to `out` one by one as they are made (a 1M-bead document does not hold
// them all: the TMX writer streams them).
using UnitSink = std::function<void(TranslationUnit&&)>;
void for_each_unit(const std::vector<AlignedPair>& pairs, const UnitOptions& options, const UnitSink& out);

// Throws Error(kUsage) unless all tags are of one form (all with a region subtag or all without).
void check_lang_forms(const std::vector<std::string>& tags);

// The x-document value and tuid stem of a document path ("corpus/vi/001.txt" -> "001.txt", "001").
std::string document_name(const std::string& path);
std::string document_stem(const std::string& path);

}  // namespace songngu
