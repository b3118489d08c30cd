// songngu glossary extract | convert: builds a glossary from aligned units (TMX or aligned TSV)
// joined with the curated seed, or converts between TBX, OmegaT TSV and CSV.
#include <iostream>
#include <sstream>

#include "base/error.h"
#include "base/lang.h"
#include "base/parallel.h"
#include "check/bilingual_input.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "glossary/glossary_io.h"
#include "glossary/seed.h"
#include "glossary/term_extractor.h"

namespace songngu::cli {
namespace {

const char* kExtractUsage = "glossary extract -s vi -t en,ko INPUT... -o FILE [OPTIONS]";
const char* kExtractHelp =
    N_("Extract Vietnamese terms with their English and Korean equivalents from aligned units (TMX or "
       "aligned source<TAB>target TSV) and join them to the curated seed glossary. The output format "
       "follows the extension of -o: .tbx (TBX), .txt (OmegaT, one target language), .csv.");
const char* kConvertUsage = "glossary convert IN -o OUT [-s LANG] [-t LANG]";
const char* kConvertHelp =
    N_("Convert a glossary between TBX (.tbx), OmegaT tab-separated (.txt, .tsv) and CSV (.csv); the "
       "formats follow the file extensions.");

std::vector<std::string> split_commas(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(Lang(item).base());
  return out;
}

int run_extract(int argc, char** argv) {
  const std::vector<OptionSpec> specs = {
      {"source-lang", 's', true, N_("source language (default vi)"), "LANG", "source"},
      {"target-lang", 't', true, N_("target languages, comma separated (default en,ko)"), "LANGS", "target"},
      {"output", 'o', true, N_("output glossary: .tbx, .txt (one target language) or .csv"), "FILE"},
      {"seed", 0, true, N_("curated glossary to start from (default: the bundled seed)"), "FILE"},
      {"no-seed", 0, false, N_("extracted candidates only, no curated entries"), ""},
      {"min-freq", 0, true, N_("minimum occurrences of a term and of its equivalent (default 2)"), "N"},
      {"min-score", 0, true,
       N_("minimum agreement of an equivalent: the share of the term's occurrences the word alignment "
          "renders by it, 0-1 (default 0.5)"),
       "X"},
      {"all", 0, false,
       N_("list every candidate with its best equivalent, also those below --min-freq and --min-score (for "
          "inspection)"),
       ""},
      {"jobs", 'j', true, N_("worker threads (default: the number of processors)"), "N"},
      {"max-terms", 0, true, N_("keep at most N extracted terms, best first (default: all)"), "N"},
      single_encoding_option(),
      {"help", 'h', false, N_("show this help"), ""},
  };
  Args args(specs, argc, argv, 2);
  if (args.flag("help")) return print_help(kExtractUsage, kExtractHelp, specs);
  auto output = args.get("output");
  if (!output) throw_usage(N_("glossary extract needs -o FILE"));
  if (args.positional().empty()) throw_usage(N_("glossary extract needs at least one INPUT (TMX or TSV)"));
  if (args.flag("no-seed") && args.get("seed")) throw_usage(N_("--seed and --no-seed exclude each other"));
  ExtractOptions options;
  options.source_lang = Lang(args.get_or("source-lang", "vi")).base();
  options.target_langs = split_commas(args.get_or("target-lang", "en,ko"));
  if (options.target_langs.empty()) throw_usage(N_("-t needs at least one target language"));
  options.min_freq = static_cast<int>(args.integer("min-freq", options.min_freq, 1, 1000000));
  options.min_score = args.real("min-score", options.min_score, 0, 1);
  options.max_terms = static_cast<size_t>(args.integer("max-terms", 0, 0));
  options.keep_all = args.flag("all");
  options.threads = static_cast<int>(args.integer("jobs", default_threads(), 1, 9999));
  const std::string encoding = single_encoding(args);
  GlossaryFormat format = glossary_format_for(*output);
  if (format == GlossaryFormat::kOmegatTsv && options.target_langs.size() != 1)
    throw_usage(N_("an OmegaT glossary (.txt) holds one target language: give exactly one with -t"));

  std::vector<TranslationUnit> units;
  for (const std::string& input : args.positional()) {
    // A TSV names no language: with several targets, its script tells which one it is.
    std::string tsv_target = options.target_langs.size() == 1 ? options.target_langs[0] : "";
    BilingualFile file = read_bilingual_file(input, options.source_lang, tsv_target, encoding);
    for (auto& u : file.units) units.push_back(std::move(u));
  }
  Glossary extracted = extract_glossary(units, options);
  Glossary glossary = extracted;
  if (!args.flag("no-seed")) {
    GlossaryReadOptions seed_read;
    seed_read.encoding = encoding;
    Glossary seed = args.get("seed") ? read_glossary(*args.get("seed"), seed_read) : load_seed_glossary();
    glossary = merge_with_seed(seed, extracted, options.source_lang);
  }
  GlossaryWriteOptions write;
  write.source_lang = options.source_lang;
  write.target_langs = options.target_langs;
  write_glossary(*output, glossary, write);
  std::cerr << tr("{1}: {2} entries ({3} extracted candidates from {4} units)",
                  {*output, std::to_string(glossary.entries.size()), std::to_string(extracted.entries.size()),
                   std::to_string(units.size())})
            << "\n";
  return 0;
}

int run_convert(int argc, char** argv) {
  const std::vector<OptionSpec> specs = {
      {"output", 'o', true, N_("output glossary: .tbx, .txt (one target language), .tsv or .csv"), "FILE"},
      {"source-lang", 's', true, N_("source language (default vi)"), "LANG", "source"},
      {"target-lang", 't', true,
       N_("target language(s), comma separated; needed for a .txt output and "
          "for reading a .txt whose target is not recognisable by script"),
       "LANGS", "target"},
      single_encoding_option(),
      {"help", 'h', false, N_("show this help"), ""},
  };
  Args args(specs, argc, argv, 2);
  if (args.flag("help")) return print_help(kConvertUsage, kConvertHelp, specs);
  auto output = args.get("output");
  if (!output || args.positional().size() != 1)
    throw_usage(N_("glossary convert needs one input and -o OUT"));
  GlossaryReadOptions read;
  read.source_lang = Lang(args.get_or("source-lang", "vi")).base();
  std::vector<std::string> targets = split_commas(args.get_or("target-lang", ""));
  if (targets.size() == 1) read.target_lang = targets[0];
  read.encoding = single_encoding(args);
  Glossary glossary = read_glossary(args.positional()[0], read);
  GlossaryWriteOptions write;
  write.source_lang = read.source_lang;
  write.target_langs = targets;
  write_glossary(*output, glossary, write);
  return 0;
}

}  // namespace

int glossary_command(int argc, char** argv) {
  std::string sub = argc > 1 ? argv[1] : "";
  if (sub == "extract") return run_extract(argc, argv);
  if (sub == "convert") return run_convert(argc, argv);
  if (sub == "--help" || sub == "-h" || sub.empty()) {
    std::cout << tr("Usage:") << " songngu glossary extract|convert ...\n"
              << tr("  extract   build a glossary from aligned units and the curated seed") << "\n"
              << tr("  convert   convert between TBX, OmegaT TSV and CSV") << "\n"
              << tr("Run \"songngu glossary SUBCOMMAND --help\" for its options.") << "\n";
    return sub.empty() ? 2 : 0;
  }
  print_error(tr("unknown glossary subcommand \"{1}\" (extract or convert)", {sub}));
  return 2;
}

}  // namespace songngu::cli
