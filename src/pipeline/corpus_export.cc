// export_corpus: from a corpus's documents and alignments to tm/, glossary/ and reports/.
#include <algorithm>
#include <filesystem>

#include "align/alignment_output.h"
#include "base/atomic_file.h"
#include "base/data_dir.h"
#include "base/error.h"
#include "check/check.h"
#include "glossary/glossary_io.h"
#include "glossary/seed.h"
#include "glossary/term_extractor.h"
#include "pipeline/corpus.h"
#include "report/aligned_terms.h"
#include "report/review_page.h"
#include "text/normalize.h"
#include "tm/alignment_units.h"
#include "tm/tmx_writer.h"

namespace songngu {
namespace {

namespace fs = std::filesystem;

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

// What a CAT tool needs from the units: no-break and other odd spaces become plain spaces (a
// 100% match in OmegaT compares the text exactly, and the seeds' no-break spaces are artifacts of
// web copy), and units whose variants are all the same text (" date 2025-08-14" header lines) are
// left out, as they translate nothing. Units keep their tuids and beads.
void tidy_units(std::vector<TranslationUnit>& units) {
  for (auto& unit : units)
    for (auto& variant : unit.variants)
      if (variant.markup.empty()) variant.text = fold_spaces(variant.text);
  std::erase_if(units, [](const TranslationUnit& unit) {
    return std::all_of(unit.variants.begin(), unit.variants.end(),
                       [&](const Variant& v) { return v.text == unit.variants.front().text; });
  });
}

// One translation memory of the corpus: a language pair, or the pivot of all languages.
struct Memory {
  std::string name;         // "vi-en", "vi-en-ko"
  std::string target_lang;  // the pair's translation; empty for the pivot
  std::string path;
  std::vector<TranslationUnit> units;
  std::vector<size_t> document_of_pair;  // BeadRef::pair -> index in Corpus::documents
};

Memory make_memory(const Corpus& corpus, const std::vector<std::string>& langs, const std::string& tm_dir) {
  Memory m;
  m.name = corpus.source_lang + "-" + joined(langs, "-");
  m.target_lang = langs.size() == 1 ? langs[0] : "";
  m.path = (fs::path(tm_dir) / (m.name + ".tmx")).string();
  std::vector<AlignedPair> pairs;
  for (size_t d = 0; d < corpus.documents.size(); ++d)
    for (const auto& lang : langs) {
      auto it = corpus.documents[d].translations.find(lang);
      if (it == corpus.documents[d].translations.end()) continue;
      pairs.push_back({&corpus.documents[d].source, &it->second.document, &it->second.alignment});
      m.document_of_pair.push_back(d);
    }
  UnitOptions options;
  options.creationdate = corpus.date;
  m.units = units_from_alignments(pairs, options);
  tidy_units(m.units);
  return m;
}

// A memory per language pair, then (with two or more translations) the pivot of all of them.
std::vector<Memory> make_memories(const Corpus& corpus, const std::string& tm_dir) {
  std::vector<Memory> memories;
  for (const auto& lang : corpus.target_langs) memories.push_back(make_memory(corpus, {lang}, tm_dir));
  if (corpus.target_langs.size() > 1) memories.push_back(make_memory(corpus, corpus.target_langs, tm_dir));
  return memories;
}

void write_memories(const Corpus& corpus, const std::vector<Memory>& memories, CorpusSummary& summary) {
  TmHeader header = default_header(corpus.source_lang);
  header.creationdate = corpus.date;
  for (const Memory& m : memories) {
    write_tmx(m.path, header, m.units);
    summary.memories.push_back({m.path, m.units.size()});
  }
}

// The curated seed plus the candidates extracted from the memory of all languages, in the TBX,
// CSV and OmegaT forms.
Glossary make_glossary(const Corpus& corpus, const Memory& all, const CorpusOptions& options,
                       CorpusSummary& summary) {
  ExtractOptions extract;
  extract.source_lang = corpus.source_lang;
  extract.target_langs = corpus.target_langs;
  extract.max_terms = options.max_extracted_terms;
  Glossary glossary = merge_with_seed(corpus.seed, extract_glossary(all.units, extract), corpus.source_lang);
  create_output_folder(options.glossary_dir);
  GlossaryWriteOptions all_langs;
  all_langs.source_lang = corpus.source_lang;
  all_langs.target_langs = corpus.target_langs;
  const fs::path dir = options.glossary_dir;
  summary.glossary = {(dir / (all.name + ".tbx")).string(), glossary.entries.size()};
  write_glossary(summary.glossary.path, glossary, all_langs);
  write_glossary((dir / (all.name + ".csv")).string(), glossary, all_langs);
  for (const auto& lang : corpus.target_langs) {
    GlossaryWriteOptions one = all_langs;
    one.target_langs = {lang};
    write_glossary((dir / (corpus.source_lang + "-" + lang + ".txt")).string(), glossary, one);
  }
  for (const auto& e : glossary.entries) summary.approved_terms += e.status == TermStatus::kApproved;
  return glossary;
}

// The consistency check of each language pair's memory, every finding placed on its bead.
std::vector<ReviewFinding> check_memories(const Corpus& corpus, const std::vector<Memory>& memories,
                                          const Glossary& glossary, CorpusSummary& summary) {
  std::vector<ReviewFinding> findings;
  for (const Memory& m : memories) {
    if (m.target_lang.empty()) continue;
    CheckOptions options;
    options.file = m.path;
    options.source_lang = corpus.source_lang;
    options.target_lang = m.target_lang;
    for (Finding& f : check_units(m.units, glossary, options)) {
      if (f.rule == FindingRule::kCandidateNote) continue;
      if (f.severity == Severity::kError) ++summary.errors;
      ReviewFinding rf;
      rf.target_lang = m.target_lang;
      if (f.unit_index < m.units.size() && !m.units[f.unit_index].beads.empty()) {
        const BeadRef& at = m.units[f.unit_index].beads.front();
        rf.document = corpus.documents[m.document_of_pair[at.pair]].name;
        rf.bead = at.bead;
      }
      rf.finding = std::move(f);
      findings.push_back(std::move(rf));
    }
  }
  summary.findings = findings.size();
  return findings;
}

ReviewPage make_review_page(const Corpus& corpus, const CorpusOptions& options) {
  ReviewPage page;
  const fs::path dir = corpus.dir;
  page.title = "songngu alignment review: " + dir.filename().string();
  if (page.title.back() == ' ') page.title += dir.string();
  std::vector<std::string> names;
  for (const auto& lang : corpus.target_langs) names.push_back(language_name(lang));
  std::string translations = names.empty() ? "" : names.back();
  if (names.size() > 1)
    translations = joined({names.begin(), names.end() - 1}, ", ") + " and " + translations;
  page.subtitle = std::to_string(corpus.documents.size()) + " documents from " + dir.string() + "; " +
                  language_name(corpus.source_lang) + " pivot, " + translations +
                  " aligned to it; corpus date " + corpus.date.substr(0, 4) + "-" + corpus.date.substr(4, 2) +
                  "-" + corpus.date.substr(6, 2);
  page.source_lang = corpus.source_lang;
  page.target_langs = corpus.target_langs;
  page.doubtful_below = options.doubtful_below;
  page.style = read_data_file("report/review.css") + read_data_file("report/terms.css");
  page.script = read_data_file("report/review.js");
  for (const auto& doc : corpus.documents) {
    ReviewDocument rd;
    rd.name = doc.name;
    rd.source = doc.source;
    for (const auto& lang : corpus.target_langs) {
      ReviewTranslation t;
      if (auto it = doc.translations.find(lang); it != doc.translations.end()) {
        t.present = true;
        t.document = it->second.document;
        t.alignment = it->second.alignment;
      }
      rd.translations.push_back(std::move(t));
    }
    page.documents.push_back(std::move(rd));
  }
  return page;
}

void write_bead_lists(const Corpus& corpus, const fs::path& dir) {
  create_output_folder(dir.string());
  for (const auto& lang : corpus.target_langs)
    for (const auto& doc : corpus.documents)
      if (auto it = doc.translations.find(lang); it != doc.translations.end())
        write_file_atomically((dir / (doc.name + "." + corpus.source_lang + "-" + lang + ".beads")).string(),
                              format_beads(it->second.alignment, false));
}

void count_corpus(const Corpus& corpus, double doubtful_below, CorpusSummary& summary) {
  summary.documents = corpus.documents.size();
  summary.source_lang = corpus.source_lang;
  summary.doubtful_below = doubtful_below;
  for (const auto& doc : corpus.documents) summary.source_segments += doc.source.segments.size();
  for (const auto& lang : corpus.target_langs) {
    LanguagePairSummary pair;
    pair.target_lang = lang;
    for (const auto& doc : corpus.documents) {
      auto it = doc.translations.find(lang);
      if (it == doc.translations.end()) continue;
      ++pair.documents;
      pair.segments += it->second.document.segments.size();
      for (const Bead& b : it->second.alignment.beads) {
        ++pair.beads;
        ++pair.beads_by_type[b.type()];
        if (b.confidence < doubtful_below) ++pair.doubtful;
      }
    }
    summary.pairs.push_back(std::move(pair));
  }
}

}  // namespace

CorpusSummary export_corpus(const Corpus& corpus, const CorpusOptions& options, ProgressSink& sink,
                            ReviewPage* review) {
  CorpusSummary summary;
  count_corpus(corpus, options.doubtful_below, summary);

  sink.step({N_("writing translation memories")});
  create_output_folder(options.tm_dir);
  const std::vector<Memory> memories = make_memories(corpus, options.tm_dir);
  write_memories(corpus, memories, summary);

  sink.step({N_("extracting the glossary")});
  const Glossary glossary = make_glossary(corpus, memories.back(), options, summary);

  sink.step({N_("checking glossary consistency")});
  std::vector<ReviewFinding> findings = check_memories(corpus, memories, glossary, summary);

  sink.step({N_("writing the review page")});
  ReviewPage page = make_review_page(corpus, options);
  page.glossary = glossary;
  page.findings = std::move(findings);
  create_output_folder(options.reports_dir);
  summary.review_page = (fs::path(options.reports_dir) / "review.html").string();
  if (review) page.aligned = aligned_terms_of(page);  // once for the page and the editor
  write_file_atomically(summary.review_page, review_page_html(page));
  const fs::path beads_dir = fs::path(options.reports_dir) / "beads";
  write_bead_lists(corpus, beads_dir);
  summary.beads_dir = (beads_dir / "").string();
  if (review) *review = std::move(page);
  return summary;
}

}  // namespace songngu
