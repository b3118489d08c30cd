// songngu corpus: the main job. For every CORPUS/vi/X.txt with CORPUS/en/X.txt and/or CORPUS/ko/X.txt:
// segment, align vi-en and vi-ko, and write tm/ (three TMX files), glossary/ (seed + extracted
// terms in four formats) and reports/review.html, then print a short summary.
//
// Every output is the same bytes on every run: documents are taken in file-name order and the
// creation date comes from $SOURCE_DATE_EPOCH, else from the newest YYYY-MM-DD date in the corpus
// file names (never the clock), so the committed tm/ and glossary/ can be checked against a rebuild.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "align/alignment_output.h"
#include "base/atomic_file.h"
#include "base/data_dir.h"
#include "base/error.h"
#include "base/lang.h"
#include "check/check.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "glossary/glossary_io.h"
#include "glossary/seed.h"
#include "glossary/term_extractor.h"
#include "report/review_page.h"
#include "segment/segmenter.h"
#include "text/normalize.h"
#include "text/read_text.h"
#include "tm/alignment_units.h"
#include "tm/tmx_writer.h"

namespace songngu::cli {
namespace {

namespace fs = std::filesystem;

constexpr double kDoubtfulBelow = 0.5;  // the review page's "doubtful" mark
const char* const kSourceLang = "vi";
const std::vector<std::string> kTargetLangs = {"en", "ko"};

const std::vector<OptionSpec> kSpecs = {
    {"tm", 0, true, N_("folder for the translation memories (default: tm)"), "DIR"},
    {"glossary", 0, true, N_("folder for the glossaries (default: glossary)"), "DIR"},
    {"reports", 0, true, N_("folder for the review page and the bead lists (default: reports)"), "DIR"},
    {"quiet", 'q', false, N_("print nothing but errors (no summary, no progress bar)"), ""},
    {"help", 'h', false, N_("show this help"), ""},
};

// A progress bar on standard error, drawn only when standard error is a terminal.
class Progress {
 public:
  Progress(size_t total, bool enabled) : total_(total), enabled_(enabled && isatty(STDERR_FILENO)) {}
  ~Progress() { finish(); }
  void step(const std::string& what) {
    if (!enabled_) return;
    ++done_;
    label_ = what;
    if (label_.size() > 48) {  // cut on a UTF-8 character boundary
      size_t cut = 45;
      while (cut > 0 && (static_cast<unsigned char>(label_[cut]) & 0xC0) == 0x80) --cut;
      label_ = label_.substr(0, cut) + "...";
    }
    draw();
  }
  // Prints a warning on its own line, then redraws the bar under it.
  void warn(const std::string& translated) {
    if (enabled_) std::cerr << "\r\033[K" << std::flush;
    print_warning(translated);
    if (enabled_) draw();
  }
  void finish() {
    if (enabled_ && done_ > 0) std::cerr << "\r\033[K" << std::flush;
    enabled_ = false;
  }

 private:
  void draw() {
    const size_t width = 30;
    size_t filled = total_ ? std::min(width, done_ * width / total_) : width;
    std::cerr << "\r\033[K[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << label_
              << std::flush;
  }

  size_t total_;
  size_t done_ = 0;
  bool enabled_;
  std::string label_;
};

struct CorpusDocument {
  std::string stem;
  Document vi;
  std::map<std::string, Document> translations;  // "en" / "ko" -> document, when the file exists
};

// The stems of CORPUS/vi/*.txt in code point order; warns about translations without a source.
std::vector<std::string> corpus_stems(const fs::path& corpus) {
  const fs::path vi_dir = corpus / kSourceLang;
  std::error_code ec;
  if (!fs::is_directory(vi_dir, ec))
    throw_bad_input(N_("{1}: no such folder (a corpus holds vi/, en/ and ko/ folders of .txt files)"),
                    {vi_dir.string()});
  std::vector<std::string> stems;
  for (const auto& entry : fs::directory_iterator(vi_dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt")
      stems.push_back(entry.path().stem().string());
  }
  std::sort(stems.begin(), stems.end());
  if (stems.empty()) throw_bad_input(N_("{1}: no .txt files"), {vi_dir.string()});
  for (const auto& lang : kTargetLangs) {
    const fs::path dir = corpus / lang;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<std::string> orphans;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
      std::string stem = entry.path().stem().string();
      if (!std::binary_search(stems.begin(), stems.end(), stem)) orphans.push_back(entry.path().string());
    }
    std::sort(orphans.begin(), orphans.end());
    for (const auto& path : orphans)
      print_warning(tr("{1}: no Vietnamese file with this name in {2}, skipped", {path, vi_dir.string()}));
  }
  return stems;
}

// TMX creation date: $SOURCE_DATE_EPOCH when set, else the newest YYYY-MM-DD in the document names
// (the corpus's own date, identical on every clone), else the Unix epoch.
std::string corpus_date(const std::vector<std::string>& stems) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) return creation_date();
  static const std::regex kDate(R"((\d{4})-(\d{2})-(\d{2}))");
  std::string newest;
  for (const auto& stem : stems) {
    std::smatch m;
    if (!std::regex_search(stem, m, kDate)) continue;
    int month = std::stoi(m[2]), day = std::stoi(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    newest = std::max(newest, m[1].str() + m[2].str() + m[3].str());
  }
  if (newest.empty()) return format_tmx_date(0);
  return newest + "T000000Z";
}

std::string read_data_file(const std::string& relative) {
  const std::string path = data_file(relative);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("{1}: cannot read"), {path});
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void print_warnings(const std::vector<Warning>& warnings, bool quiet, Progress& progress) {
  if (quiet) return;
  for (const auto& w : warnings) progress.warn(tr_template(w.message, w.args));
}

// The glossary's (Vietnamese, target) term pairs: lexical evidence for the aligner.
std::vector<std::pair<std::string, std::string>> term_pairs(const Glossary& glossary,
                                                            const std::string& lang) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& entry : glossary.entries) {
    auto src = entry.terms.find(kSourceLang);
    auto tgt = entry.terms.find(lang);
    if (src == entry.terms.end() || tgt == entry.terms.end()) continue;
    for (const auto& s : src->second) {
      if (s.status == TermStatus::kForbidden) continue;
      for (const auto& t : tgt->second)
        if (t.status != TermStatus::kForbidden) pairs.emplace_back(s.text, t.text);
    }
  }
  return pairs;
}

// What a CAT tool needs from the units: no-break and other odd spaces become plain spaces (a
// 100% match in OmegaT compares the text exactly, and the seeds' no-break spaces are artifacts of
// web copy), and units whose variants are all the same text (" date 2025-08-14" header lines) are
// left out, as they translate nothing. tuids keep their numbers, so findings still find their bead.
void tidy_units(std::vector<TranslationUnit>& units) {
  for (auto& unit : units)
    for (auto& variant : unit.variants)
      if (variant.markup.empty()) variant.text = fold_spaces(variant.text);
  std::erase_if(units, [](const TranslationUnit& unit) {
    return std::all_of(unit.variants.begin(), unit.variants.end(),
                       [&](const Variant& v) { return v.text == unit.variants.front().text; });
  });
}

bool blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// tuid -> bead index for one document pair, mirroring units_from_alignments' numbering (one unit
// per bead with text on both sides, numbered from 1 within the document).
void index_units(const std::string& stem, const Document& src, const Document& tgt,
                 const Alignment& alignment, std::map<std::string, size_t>& bead_of_tuid) {
  size_t number = 0;
  for (size_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    if (bead.src_count == 0 || bead.tgt_count == 0) continue;
    bool src_text = false, tgt_text = false;
    for (uint32_t i = 0; i < bead.src_count; ++i)
      src_text = src_text || !blank(src.segments[bead.src_begin + i].text);
    for (uint32_t i = 0; i < bead.tgt_count; ++i)
      tgt_text = tgt_text || !blank(tgt.segments[bead.tgt_begin + i].text);
    if (!src_text || !tgt_text) continue;
    bead_of_tuid[stem + "-" + std::to_string(++number)] = b;
  }
}

std::string bead_summary(const std::vector<const Alignment*>& alignments, size_t* doubtful) {
  std::map<std::string, size_t> by_type;
  size_t total = 0;
  for (const Alignment* a : alignments) {
    for (const Bead& b : a->beads) {
      ++by_type[b.type()];
      ++total;
      if (b.confidence < kDoubtfulBelow) ++*doubtful;
    }
  }
  std::string out = std::to_string(total);
  if (by_type.empty()) return out;
  out += " (";
  bool first = true;
  for (const auto& [type, n] : by_type) {
    if (!first) out += ", ";
    first = false;
    out += type + " " + std::to_string(n);
  }
  return out + ")";
}

}  // namespace

int corpus_command(int argc, char** argv) {
  Args args(kSpecs, argc, argv);
  if (args.flag("help"))
    return print_help("corpus [OPTIONS] CORPUS_DIR",
                      N_("Build translation memories, glossaries and a review page from a corpus folder: "
                         "CORPUS_DIR/vi/NAME.txt with its translations CORPUS_DIR/en/NAME.txt and/or "
                         "CORPUS_DIR/ko/NAME.txt."),
                      kSpecs);
  if (args.positional().size() != 1)
    throw_usage(N_("corpus needs exactly one CORPUS_DIR (see songngu corpus --help)"));
  const bool quiet = args.flag("quiet");
  const fs::path corpus = args.positional()[0];
  const fs::path tm_dir = args.get_or("tm", "tm");
  const fs::path glossary_dir = args.get_or("glossary", "glossary");
  const fs::path reports_dir = args.get_or("reports", "reports");

  const std::vector<std::string> stems = corpus_stems(corpus);
  const std::string date = corpus_date(stems);
  Progress progress(stems.size() * 3 + kTargetLangs.size() + 3, !quiet);

  // Segment.
  Segmenter vi_segmenter{Lang(kSourceLang)};
  std::map<std::string, Segmenter> target_segmenters;
  for (const auto& lang : kTargetLangs) target_segmenters.emplace(lang, Segmenter(Lang(lang)));
  std::vector<CorpusDocument> documents;
  for (const auto& stem : stems) {
    CorpusDocument doc;
    doc.stem = stem;
    const std::string vi_path = (corpus / kSourceLang / (stem + ".txt")).string();
    progress.step(tr("reading {1}", {vi_path}));
    TextFile vi_file = read_text_file(vi_path);
    print_warnings(vi_file.warnings, quiet, progress);
    doc.vi = vi_segmenter.segment(vi_file);
    for (const auto& lang : kTargetLangs) {
      const fs::path path = corpus / lang / (stem + ".txt");
      progress.step(tr("reading {1}", {path.string()}));
      if (!fs::exists(path)) continue;
      TextFile file = read_text_file(path.string());
      print_warnings(file.warnings, quiet, progress);
      doc.translations.emplace(lang, target_segmenters.at(lang).segment(file));
    }
    documents.push_back(std::move(doc));
  }

  // Align each language pair in one call, so the learned lexicon draws on every document.
  const Glossary seed = load_seed_glossary();
  std::map<std::string, std::vector<Alignment>> alignments;  // lang -> per document (empty if none)
  std::map<std::string, std::vector<AlignedPair>> aligned;   // lang -> pairs for the TMX
  for (const auto& lang : kTargetLangs) {
    progress.step(tr("aligning {1}", {std::string(kSourceLang) + "-" + lang}));
    AlignerOptions options;
    options.term_pairs = term_pairs(seed, lang);
    std::vector<DocumentPair> pairs;
    for (const auto& doc : documents) {
      auto it = doc.translations.find(lang);
      if (it != doc.translations.end()) pairs.push_back({&doc.vi, &it->second});
    }
    std::vector<Alignment> result = Aligner(options).align(pairs);
    auto& per_doc = alignments[lang];
    per_doc.resize(documents.size());
    for (size_t d = 0, k = 0; d < documents.size(); ++d) {
      if (!documents[d].translations.count(lang)) continue;
      per_doc[d] = std::move(result[k++]);
    }
  }
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const auto& lang : kTargetLangs) {
      auto it = documents[d].translations.find(lang);
      if (it != documents[d].translations.end())
        aligned[lang].push_back({&documents[d].vi, &it->second, &alignments[lang][d]});
    }
  }

  // Translation memories.
  progress.step(tr("writing translation memories"));
  UnitOptions unit_options;
  unit_options.creationdate = date;
  TmHeader header = default_header(kSourceLang);
  header.creationdate = date;
  std::error_code ec;
  fs::create_directories(tm_dir, ec);
  std::map<std::string, std::vector<TranslationUnit>> units;  // "vi-en", "vi-ko", "vi-en-ko"
  std::vector<AlignedPair> all_pairs;
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const auto& lang : kTargetLangs) {
      auto it = documents[d].translations.find(lang);
      if (it != documents[d].translations.end())
        all_pairs.push_back({&documents[d].vi, &it->second, &alignments[lang][d]});
    }
  }
  std::vector<std::string> tm_names;
  for (const auto& lang : kTargetLangs) {
    const std::string name = std::string(kSourceLang) + "-" + lang;
    units[name] = units_from_alignments(aligned[lang], unit_options);
    tidy_units(units[name]);
    tm_names.push_back(name);
  }
  const std::string pivot_name = std::string(kSourceLang) + "-" + kTargetLangs[0] + "-" + kTargetLangs[1];
  units[pivot_name] = units_from_alignments(all_pairs, unit_options);
  tidy_units(units[pivot_name]);
  tm_names.push_back(pivot_name);
  for (const auto& name : tm_names) write_tmx((tm_dir / (name + ".tmx")).string(), header, units[name]);

  // Glossary: the curated seed plus candidates extracted from the trilingual units.
  progress.step(tr("extracting the glossary"));
  ExtractOptions extract_options;
  extract_options.source_lang = kSourceLang;
  extract_options.target_langs = kTargetLangs;
  // Precision over recall: the shipped glossary keeps only the best-supported candidates, the part
  // of the ranked list whose precision was measured by reading (docs/accuracy.md: top 50).
  extract_options.max_terms = 50;
  Glossary glossary =
      merge_with_seed(seed, extract_glossary(units[pivot_name], extract_options), kSourceLang);
  fs::create_directories(glossary_dir, ec);
  GlossaryWriteOptions all_langs;
  all_langs.source_lang = kSourceLang;
  all_langs.target_langs = kTargetLangs;
  write_glossary((glossary_dir / (pivot_name + ".tbx")).string(), glossary, all_langs);
  write_glossary((glossary_dir / (pivot_name + ".csv")).string(), glossary, all_langs);
  for (const auto& lang : kTargetLangs) {
    GlossaryWriteOptions one = all_langs;
    one.target_langs = {lang};
    write_glossary((glossary_dir / (std::string(kSourceLang) + "-" + lang + ".txt")).string(), glossary, one);
  }

  // Consistency check of each bilingual memory against the glossary; findings point at beads.
  progress.step(tr("checking glossary consistency"));
  std::vector<ReviewFinding> findings;
  size_t errors = 0;
  for (const auto& lang : kTargetLangs) {
    const std::string name = std::string(kSourceLang) + "-" + lang;
    std::map<std::string, std::pair<size_t, size_t>> place;  // tuid -> (document, bead)
    for (size_t d = 0; d < documents.size(); ++d) {
      auto it = documents[d].translations.find(lang);
      if (it == documents[d].translations.end()) continue;
      std::map<std::string, size_t> bead_of_tuid;
      index_units(document_stem(documents[d].vi.path), documents[d].vi, it->second, alignments[lang][d],
                  bead_of_tuid);
      for (const auto& [tuid, bead] : bead_of_tuid) place[tuid] = {d, bead};
    }
    CheckOptions check_options;
    check_options.file = (tm_dir / (name + ".tmx")).string();
    check_options.source_lang = kSourceLang;
    check_options.target_lang = lang;
    for (Finding& f : check_units(units[name], glossary, check_options)) {
      if (f.rule == FindingRule::kCandidateNote) continue;
      if (f.severity == Severity::kError) ++errors;
      ReviewFinding rf;
      rf.target_lang = lang;
      if (auto p = place.find(f.unit); p != place.end()) {
        rf.document = documents[p->second.first].stem;
        rf.bead = p->second.second;
      }
      rf.finding = std::move(f);
      findings.push_back(std::move(rf));
    }
  }

  // The review page.
  progress.step(tr("writing the review page"));
  ReviewPage page;
  page.title = "songngu alignment review: " + corpus.filename().string();
  if (page.title.back() == ' ') page.title += corpus.string();
  page.subtitle = std::to_string(documents.size()) + " documents from " + corpus.string() +
                  "; Vietnamese pivot, English and Korean aligned to it; corpus date " + date.substr(0, 4) +
                  "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
  page.source_lang = kSourceLang;
  page.target_langs = kTargetLangs;
  page.doubtful_below = kDoubtfulBelow;
  page.style = read_data_file("report/review.css");
  page.script = read_data_file("report/review.js");
  for (size_t d = 0; d < documents.size(); ++d) {
    ReviewDocument rd;
    rd.name = documents[d].stem;
    rd.source = documents[d].vi;
    for (const auto& lang : kTargetLangs) {
      ReviewTranslation t;
      auto it = documents[d].translations.find(lang);
      if (it != documents[d].translations.end()) {
        t.present = true;
        t.document = it->second;
        t.alignment = alignments[lang][d];
      }
      rd.translations.push_back(std::move(t));
    }
    page.documents.push_back(std::move(rd));
  }
  page.glossary = glossary;
  page.findings = std::move(findings);
  fs::create_directories(reports_dir, ec);
  const std::string review_path = (reports_dir / "review.html").string();
  write_file_atomically(review_path, review_page_html(page));
  const fs::path beads_dir = reports_dir / "beads";
  fs::create_directories(beads_dir, ec);
  for (const auto& lang : kTargetLangs) {
    for (size_t d = 0; d < documents.size(); ++d) {
      if (!documents[d].translations.count(lang)) continue;
      write_file_atomically(
          (beads_dir / (documents[d].stem + "." + kSourceLang + "-" + lang + ".beads")).string(),
          format_beads(alignments[lang][d], false));
    }
  }
  progress.finish();

  if (quiet) return 0;
  size_t segments_vi = 0;
  std::map<std::string, size_t> segments_tgt, docs_with;
  for (const auto& doc : documents) {
    segments_vi += doc.vi.segments.size();
    for (const auto& [lang, t] : doc.translations) {
      segments_tgt[lang] += t.segments.size();
      ++docs_with[lang];
    }
  }
  std::cout << tr("{1} documents ({2} with English, {3} with Korean)",
                  {std::to_string(documents.size()), std::to_string(docs_with["en"]),
                   std::to_string(docs_with["ko"])})
            << "\n";
  std::cout << "  "
            << tr("segments: vi {1}, en {2}, ko {3}",
                  {std::to_string(segments_vi), std::to_string(segments_tgt["en"]),
                   std::to_string(segments_tgt["ko"])})
            << "\n";
  for (const auto& lang : kTargetLangs) {
    std::vector<const Alignment*> list;
    for (const auto& p : aligned[lang]) list.push_back(p.alignment);
    size_t doubtful = 0;
    std::string beads = bead_summary(list, &doubtful);
    std::cout << "  "
              << tr("{1} beads: {2}, {3} doubtful (confidence below {4})",
                    {std::string(kSourceLang) + "-" + lang, beads, std::to_string(doubtful), "0.5"})
              << "\n";
  }
  for (const auto& name : tm_names)
    std::cout << "  "
              << tr("{1}: {2} units",
                    {(tm_dir / (name + ".tmx")).string(), std::to_string(units[name].size())})
              << "\n";
  size_t approved = 0;
  for (const auto& e : glossary.entries) approved += e.status == TermStatus::kApproved;
  std::cout << "  "
            << tr("{1}: {2} terms ({3} approved, {4} candidates), also as .csv and OmegaT .txt",
                  {(glossary_dir / (pivot_name + ".tbx")).string(), std::to_string(glossary.entries.size()),
                   std::to_string(approved), std::to_string(glossary.entries.size() - approved)})
            << "\n";
  std::cout << "  "
            << tr("{1}: {2} finding(s), {3} error(s); every bead for review",
                  {review_path, std::to_string(page.findings.size()), std::to_string(errors)})
            << "\n";
  std::cout << "  " << tr("{1}: the alignments as bead lists", {(beads_dir / "").string()}) << "\n";
  return 0;
}

}  // namespace songngu::cli
