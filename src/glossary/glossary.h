#pragma once
// The data type at the glossary boundary: concepts (TermEntry) with terms per language, as in TBX.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace songngu {

enum class TermStatus { kApproved, kCandidate, kForbidden };
const char* term_status_name(TermStatus status);  // "approved", "candidate", "forbidden"

struct Term {
  std::string text;
  TermStatus status = TermStatus::kCandidate;  // kForbidden: a translation that must not be used
  std::string note;
  // Extraction evidence of a target term (0 for curated terms and source terms): the occurrences
  // of the source term, in units with this language, that the word alignment renders by this term
  // (or a spelling variant of it), and the share they are of all.
  double score = 0;  // agreement: agreeing / occurrences
  int agreeing = 0;
  int occurrences = 0;
  // ... and the other way round: the places the target texts have this term, and how many of them
  // the alignment renders by the source term.
  int back_agreeing = 0;
  int back_occurrences = 0;
};

// A unit's text in one language with the term or its equivalent marked: bytes [mark_begin,
// mark_end) of `text` (an empty range marks nothing).
struct MarkedText {
  std::string text;
  size_t mark_begin = 0, mark_end = 0;
};
// One unit in which an entry's term occurs, by base language (source and targets).
using TermExample = std::map<std::string, MarkedText>;

// Files show the mark in the text: "… quan hệ ⟦Đối tác chiến lược⟧ …" (U+27E6, U+27E7, which
// running text does not use). unmark_text reads that back; text without a whole mark is unmarked.
std::string marked_text(const MarkedText& text);
MarkedText unmark_text(const std::string& text);

struct TermEntry {  // one concept
  std::string id;
  TermStatus status = TermStatus::kCandidate;
  std::map<std::string, std::vector<Term>> terms;  // base language -> preferred term first, then
                                                   // accepted variants and forbidden terms
  std::string note;
  std::string domain;
  // Extraction evidence (empty for curated entries): occurrences of the source term, the entry's
  // score (ranks candidates), and up to three units with the term and its equivalents marked.
  int frequency = 0;
  double score = 0;
  std::vector<TermExample> examples;
};

struct Glossary {
  std::vector<TermEntry> entries;
};

// Parses "approved", "candidate", "forbidden" (and TBX's preferredTerm-admn-sts, admittedTerm-admn-sts,
// deprecatedTerm-admn-sts, supersededTerm-admn-sts, notRecommended). Returns false when unknown.
bool parse_term_status(const std::string& text, TermStatus* status);

// The terms of `lang_base` in `entry` (empty vector when none).
const std::vector<Term>& terms_of(const TermEntry& entry, const std::string& lang_base);

// The glossary as alignment evidence (AlignerOptions::term_pairs): every (source term, target term)
// pair of an entry, in entry and term order. Forbidden terms are left out on both sides: they are
// listed so that `check` can catch them, not as translations to look for.
std::vector<std::pair<std::string, std::string>> term_pairs(const Glossary& glossary,
                                                            const std::string& source_lang,
                                                            const std::string& target_lang);

}  // namespace songngu
