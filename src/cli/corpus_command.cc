// songngu corpus: the main job (pipeline/corpus.h). Parses the options, runs the job with a
// progress bar and prints a short summary.
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "cli/progress_bar.h"
#include "pipeline/corpus.h"
#include "text/read_text.h"

namespace songngu::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {
    {"tm", 0, true, N_("folder for the translation memories (default: tm)"), "DIR"},
    {"glossary", 0, true, N_("folder for the glossaries (default: glossary)"), "DIR"},
    {"reports", 0, true, N_("folder for the review page and the bead lists (default: reports)"), "DIR"},
    {"encoding", 0, true,
     N_("encoding of the input files: NAME for all, LANG=NAME for one language (repeatable or "
        "comma-separated; "
        "e.g. ko=cp949,vi=tcvn3); default UTF-8, or a legacy encoding detected with certainty"),
     "[LANG=]NAME"},
    {"quiet", 'q', false, N_("print nothing but errors (no summary, no progress bar)"), ""},
    {"help", 'h', false, N_("show this help"), ""},
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// "162 (1-1 151, 1-2 9, 2-1 2)"
std::string bead_counts(const LanguagePairSummary& pair) {
  std::vector<std::string> types;
  for (const auto& [type, n] : pair.beads_by_type) types.push_back(type + " " + std::to_string(n));
  std::string out = std::to_string(pair.beads);
  return types.empty() ? out : out + " (" + joined(types) + ")";
}

std::string number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

void print_summary(const CorpusSummary& s) {
  std::vector<std::string> with, segments{s.source_lang + " " + std::to_string(s.source_segments)};
  for (const auto& pair : s.pairs) {
    with.push_back(
        tr("{1} with {2}", {std::to_string(pair.documents), language_display_name(pair.target_lang)}));
    segments.push_back(pair.target_lang + " " + std::to_string(pair.segments));
  }
  std::cout << tr("{1} documents ({2})", {std::to_string(s.documents), joined(with)}) << "\n";
  std::cout << "  " << tr("segments: {1}", {joined(segments)}) << "\n";
  for (const auto& pair : s.pairs)
    std::cout << "  "
              << tr("{1} beads: {2}, {3} doubtful (confidence below {4})",
                    {s.source_lang + "-" + pair.target_lang, bead_counts(pair), std::to_string(pair.doubtful),
                     number(s.doubtful_below)})
              << "\n";
  for (const auto& memory : s.memories)
    std::cout << "  " << tr("{1}: {2} units", {memory.path, std::to_string(memory.count)}) << "\n";
  std::cout << "  "
            << tr("{1}: {2} terms ({3} approved, {4} candidates), also as .csv and OmegaT .txt",
                  {s.glossary.path, std::to_string(s.glossary.count), std::to_string(s.approved_terms),
                   std::to_string(s.glossary.count - s.approved_terms)})
            << "\n";
  std::cout << "  "
            << tr("{1}: {2} finding(s), {3} error(s); every bead for review",
                  {s.review_page, std::to_string(s.findings), std::to_string(s.errors)})
            << "\n";
  std::cout << "  " << tr("{1}: the alignments as bead lists", {s.beads_dir}) << "\n";
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
  CorpusOptions options;
  options.corpus_dir = args.positional()[0];
  options.tm_dir = args.get_or("tm", options.tm_dir);
  options.glossary_dir = args.get_or("glossary", options.glossary_dir);
  options.reports_dir = args.get_or("reports", options.reports_dir);
  parse_encoding_option(args.all("encoding"), options.read);
  const bool quiet = args.flag("quiet");
  ProgressBar progress(quiet);
  const CorpusSummary summary = run_corpus(options, progress);
  progress.finish();
  if (!quiet) print_summary(summary);
  return 0;
}

}  // namespace songngu::cli
