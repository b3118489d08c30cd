#pragma once
// The review page: one self-contained HTML file (inline CSS and JavaScript, no external fetches)
// in which a translator checks an alignment the way LF Aligner users do. Each document is a table
// of pivot rows: the Vietnamese segments, then each translation's beads, side by side, every bead
// with its type and confidence. Doubtful beads are highlighted and can be filtered, glossary terms
// are marked in every column (hover shows the equivalents), and the consistency check's findings
// are listed with links to their rows.
//
// Contract: takes plain data and returns the page; no I/O. All text is HTML-escaped. The output
// depends only on the input (no clock, no locale), so the same input gives the same bytes.
#include <cstddef>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "check/finding.h"
#include "glossary/glossary.h"
#include "text/document.h"

namespace songngu {

struct ReviewTranslation {
  Document document;    // segments of the translation (empty when missing)
  Alignment alignment;  // source (Vietnamese) = src side, this translation = tgt side
  bool present = false;
};

struct ReviewDocument {
  std::string name;  // shown in headings and the document filter, e.g. the file stem
  Document source;
  std::vector<ReviewTranslation> translations;  // one per ReviewPage::target_langs, same order
};

struct ReviewFinding {
  Finding finding;
  // Where the finding points, when known: the document's name, the target language and the bead
  // index in that translation's alignment. A finding without a place is listed without a link.
  std::string document;
  std::string target_lang;
  size_t bead = kNoBead;
  static constexpr size_t kNoBead = static_cast<size_t>(-1);
};

// A target segment's words that render a glossary source term where the glossary's equivalent is
// missing (aligned_terms.h).
struct AlignedTerm {
  size_t segment = 0;         // target segment index in the translation's document
  size_t begin = 0, end = 0;  // bytes in that segment's text
  size_t entry = 0;           // index into Glossary::entries
};

struct ReviewPage {
  std::string title = "songngu alignment review";
  std::string subtitle;            // e.g. where the page was built from, and when
  std::string source_lang = "vi";  // base language tags: columns and term highlighting
  std::vector<std::string> target_langs = {"en", "ko"};
  std::vector<ReviewDocument> documents;
  Glossary glossary;
  std::vector<ReviewFinding> findings;
  double doubtful_below = 0.5;  // a bead with lower confidence is doubtful
  std::string style;            // CSS inlined into <style> (data/report/review.css)
  std::string script;           // JavaScript inlined into <script> (data/report/review.js)
  // Optional: aligned_terms() of every translation (translation -> document -> renderings), when
  // the caller computed them already; empty: the page computes them (a word alignment per language).
  std::vector<std::vector<std::vector<AlignedTerm>>> aligned;
};

std::string review_page_html(const ReviewPage& page);

// Display name of a base language tag ("vi" -> "Vietnamese"); the tag itself when unknown.
std::string language_name(const std::string& base);

}  // namespace songngu
