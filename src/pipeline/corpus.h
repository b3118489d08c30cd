#pragma once
// The corpus job (`songngu corpus`, `make run`) as library calls: for every CORPUS/vi/NAME.txt with
// CORPUS/en/NAME.txt and/or CORPUS/ko/NAME.txt, segment, align each translation with the
// Vietnamese, and write tm/ (a TMX per language pair and a pivoted one of all languages),
// glossary/ (the curated seed plus extracted terms, as TBX, CSV and OmegaT text), the review page
// with the glossary consistency findings, and the bead lists.
//
// In stages, so that a caller can redo the part that changed: the review editor changes the beads
// of a CorpusDocument and calls export_corpus again (units know their beads, so nothing is
// renumbered); a document reader replaces how read_corpus turns a file into a Document.
//
// Contract: every output is the same bytes on every run: documents are taken in file-name order
// and the TMX creation date comes from $SOURCE_DATE_EPOCH, else from the newest YYYY-MM-DD date
// in the document names (never the clock), so the committed tm/ and glossary/ can be checked
// against a rebuild. Outputs are written atomically (base/atomic_file.h). Errors are
// songngu::Error; warnings and progress go to the ProgressSink.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "glossary/glossary.h"
#include "pipeline/progress.h"
#include "text/document.h"
#include "text/read_text.h"

namespace songngu {

struct ReviewPage;  // report/review_page.h

struct CorpusOptions {
  std::string corpus_dir;  // holds <source_lang>/NAME.txt and <target_lang>/NAME.txt
  std::string tm_dir = "tm";
  std::string glossary_dir = "glossary";
  std::string reports_dir = "reports";  // review.html and beads/
  std::string source_lang = "vi";
  std::vector<std::string> target_langs = {"en", "ko"};
  std::string seed_glossary;  // empty: the bundled seed (data/glossary/seed-vi-en-ko.csv)
  // Precision over recall: the shipped glossary keeps only the best-supported candidates, the part
  // of the ranked list whose precision was measured by reading (docs/accuracy.md: top 50).
  size_t max_extracted_terms = 50;
  double doubtful_below = 0.5;  // the review page's "doubtful" mark and the summary's count
  ReadOptions read;             // encodings (one, or per language: --encoding ko=cp949)
};

struct CorpusTranslation {
  Document document;
  Alignment alignment;  // source segments = src side; empty until align_corpus
};

struct CorpusDocument {
  std::string name;  // the file stem the source and its translations share
  Document source;
  std::map<std::string, CorpusTranslation> translations;  // by target language, when the file exists
};

struct Corpus {
  std::string dir;
  std::string source_lang;
  std::vector<std::string> target_langs;
  std::string date;  // TMX creation date, YYYYMMDDThhmmssZ
  Glossary seed;     // the curated glossary: alignment evidence, then the base of the glossary
  std::vector<CorpusDocument> documents;
};

struct LanguagePairSummary {
  std::string target_lang;
  size_t documents = 0;  // documents with a translation in this language
  size_t segments = 0;   // segments of those translations
  size_t beads = 0;
  std::map<std::string, size_t> beads_by_type;  // "1-1" -> count
  size_t doubtful = 0;                          // beads below CorpusOptions::doubtful_below
};

struct WrittenFile {
  std::string path;
  size_t count = 0;  // units of a memory, entries of a glossary
};

struct CorpusSummary {
  size_t documents = 0;
  std::string source_lang;
  size_t source_segments = 0;
  std::vector<LanguagePairSummary> pairs;  // one per target language, in CorpusOptions order
  double doubtful_below = 0.5;
  std::vector<WrittenFile> memories;  // every TMX written, with its number of units
  WrittenFile glossary;               // the TBX (the .csv and OmegaT .txt files hold the same)
  size_t approved_terms = 0;
  std::string review_page;
  size_t findings = 0, errors = 0;
  std::string beads_dir;  // with a trailing '/'
};

// The document names (file stems of CORPUS/<source_lang>/*.txt) in code point order; warns about
// translations that have no source file. Throws Error(kBadInput) when there is no document.
std::vector<std::string> corpus_document_names(const CorpusOptions& options, ProgressSink& sink);
// Reads and segments the documents (one step per file it looks for) and loads the seed glossary.
// Throws Error(kUsage) when options.read names an encoding for a language the corpus does not have.
Corpus read_corpus(const CorpusOptions& options, const std::vector<std::string>& names, ProgressSink& sink);
// Aligns every translation with its source, one call per language pair so that the model learned
// from the input draws on every document (one step per target language).
void align_corpus(Corpus& corpus, ProgressSink& sink);
// Writes every output from the documents and their alignments as they are now (four steps). With
// `review`, also gives back the review page's data (documents, glossary, findings placed on beads,
// ReviewPage::aligned filled).
CorpusSummary export_corpus(const Corpus& corpus, const CorpusOptions& options, ProgressSink& sink,
                            ReviewPage* review = nullptr);

// The whole job: names, read, align (honouring CORPUS/corrections/, corpus_corrections.h), export;
// announces all its steps with sink.start() first.
CorpusSummary run_corpus(const CorpusOptions& options, ProgressSink& sink);

}  // namespace songngu
