// songngu tm: translation memory tools (stats, merge, convert, lookup). Parses arguments, calls the
// tm library and prints; all behaviour lives in src/tm.
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "tm/tm_convert.h"
#include "tm/tm_lookup.h"
#include "tm/tm_merge.h"
#include "tm/tm_stats.h"
#include "tm/xliff_writer.h"

namespace songngu::cli {
namespace {

const OptionSpec kHelp{"help", 'h', false, N_("show this help"), ""};

void print(const std::string& text) {
  AtomicFile out("-");
  out.write(text);
  out.commit();
}

void warn_removed(size_t removed) {
  if (removed)
    print_warning(
        tr("{1} characters that XML 1.0 does not allow (control characters, invalid UTF-8) were removed",
           {std::to_string(removed)}));
}

std::string percent(size_t part, size_t whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", whole ? 100.0 * part / whole : 0.0);
  return buf;
}

int stats_command(int argc, char** argv) {
  std::vector<OptionSpec> specs{kHelp};
  Args args(specs, argc, argv);
  if (args.flag("help"))
    return print_help(
        "tm stats FILE.tmx...",
        N_("Count the units of translation memories: languages, bead types, alignment confidence and "
           "duplicates (units whose source and target match keys repeat, across all files)."),
        specs);
  if (args.positional().empty()) throw_usage(N_("no input file (see songngu tm stats --help)"));
  TmStats stats;
  std::ostringstream out;
  for (const auto& path : args.positional()) {
    size_t n = add_tmx_stats(path, stats);
    out << tr("{1}: {2} units", {path, std::to_string(n)}) << "\n";
  }
  if (args.positional().size() > 1) out << tr("total: {1} units", {std::to_string(stats.units)}) << "\n";
  out << tr("languages:") << "\n";
  for (const auto& [lang, n] : stats.languages)
    out << "  " << lang << "\t" << n << "\t" << percent(n, stats.units) << "\n";
  out << tr("bead types:") << "\n";
  for (const auto& [bead, n] : stats.bead_types)
    out << "  " << (bead.empty() ? tr("(none)") : bead) << "\t" << n << "\t" << percent(n, stats.units)
        << "\n";
  out << tr("confidence:") << "\n";
  for (int k = 9; k >= 0; --k) {
    if (!stats.confidence_bins[k]) continue;
    char range[32];
    std::snprintf(range, sizeof range, "%.1f-%.1f", k / 10.0, (k + 1) / 10.0);
    out << "  " << range << "\t" << stats.confidence_bins[k] << "\t"
        << percent(stats.confidence_bins[k], stats.units) << "\n";
  }
  if (stats.without_confidence) out << "  " << tr("(none)") << "\t" << stats.without_confidence << "\n";
  out << tr("duplicates: {1}", {std::to_string(stats.duplicates)}) << "\n";
  print(out.str());
  return 0;
}

int merge_command(int argc, char** argv) {
  std::vector<OptionSpec> specs{{"output", 'o', true, N_("the merged TMX file"), "FILE"}, kHelp};
  Args args(specs, argc, argv);
  if (args.flag("help"))
    return print_help(
        "tm merge A.tmx B.tmx... -o OUT.tmx",
        N_("Merge translation memories into one TMX 1.4b: units sorted by document and position, duplicates "
           "(same match keys of source and target) removed keeping the newest unit with its properties."),
        specs);
  auto output = args.get("output");
  if (!output) throw_usage(N_("missing -o FILE (see songngu tm merge --help)"));
  if (args.positional().empty()) throw_usage(N_("no input file (see songngu tm merge --help)"));
  MergeResult r = merge_tmx_files(args.positional(), *output);
  warn_removed(r.removed_characters);
  std::cerr << tr("{1} units read, {2} duplicates removed, {3} units written to {4}",
                  {std::to_string(r.units_read), std::to_string(r.duplicates),
                   std::to_string(r.units_written), *output})
            << "\n";
  return 0;
}

int convert_command(int argc, char** argv) {
  std::vector<OptionSpec> specs{
      {"output", 'o', true, N_("output file: .tmx, .tsv, .csv, .xlf/.xliff or .po"), "FILE"},
      {"source-lang", 's', true, N_("language of the first column of TSV/CSV input (default vi)"), "LANG",
       "source"},
      {"target-lang", 't', true, N_("language of the second column of TSV/CSV input (default en)"), "LANG",
       "target"},
      {"xliff-version", 0, true, N_("version of XLIFF output: 1.2 (default) or 2.0"), "V"},
      single_encoding_option(),
      kHelp};
  Args args(specs, argc, argv);
  if (args.flag("help"))
    return print_help(
        "tm convert IN -o OUT",
        N_("Convert between TMX, TSV (source<TAB>target), CSV, XLIFF (1.2, 2.0, 2.1, SDLXLIFF, "
           "MQXLIFF) and PO, by file extension. TMX to TMX rewrites any TMX 1.1-1.4 (UTF-16 and "
           "lang= included) as UTF-8 TMX 1.4b, keeping every unit, property and inline tag. "
           "From XLIFF and PO, one unit per segment that has a target, in the file's "
           "languages."),
        specs);
  auto output = args.get("output");
  if (!output) throw_usage(N_("missing -o FILE (see songngu tm convert --help)"));
  if (args.positional().size() != 1)
    throw_usage(N_("give exactly one input file (see songngu tm convert --help)"));
  ConvertOptions options;
  options.src_lang = args.get_or("source-lang", "vi");
  options.tgt_lang = args.get_or("target-lang", "en");
  options.xliff_version = xliff_version_named(args.get_or("xliff-version", "1.2"));
  options.encoding = single_encoding(args);
  if (args.get("xliff-version") && tm_format_of(*output) != TmFormat::kXliff)
    throw_usage(N_("--xliff-version is for XLIFF output (-o FILE.xlf or FILE.xliff)"));
  ConvertResult r = convert_tm(args.positional()[0], *output, options);
  warn_removed(r.removed_characters);
  if (r.replaced_characters)
    print_warning(tr("{1} tabs or line breaks inside segments were written as spaces",
                     {std::to_string(r.replaced_characters)}));
  if (r.markup_dropped)
    print_warning(
        tr("{1} segments had inline tags, which this format cannot keep: their plain text was written",
           {std::to_string(r.markup_dropped)}));
  if (r.untranslated || r.fuzzy)
    std::cerr << tr("{1} untranslated segments left out, {2} fuzzy segments written (marked x-state=fuzzy)",
                    {std::to_string(r.untranslated), std::to_string(r.fuzzy)})
              << "\n";
  if (r.skipped_empty)
    print_warning(tr("{1} rows with an empty side were left out", {std::to_string(r.skipped_empty)}));
  std::cerr << tr("{1} units written to {2}", {std::to_string(r.units), *output}) << "\n";
  return 0;
}

int lookup_command(int argc, char** argv) {
  std::vector<OptionSpec> specs{
      {"min-score", 0, true, N_("lowest fuzzy match score shown, 0-100 (default 70)"), "N"},
      {"count", 'n', true, N_("how many matches to show (default 5)"), "N"},
      kHelp};
  Args args(specs, argc, argv);
  if (args.flag("help"))
    return print_help("tm lookup TM.tmx \"SENTENCE\" [--min-score 70] [-n 5]",
                      N_("Find fuzzy matches of a source sentence in a translation memory. Score = 100 x (1 "
                         "- word edit distance / longer length), on match keys (tone-mark placement, case "
                         "and spacing ignored), as CAT tools rank fuzzy matches."),
                      specs);
  if (args.positional().size() != 2)
    throw_usage(N_("give a TMX file and a sentence (see songngu tm lookup --help)"));
  LookupOptions options;
  options.min_score = static_cast<int>(args.integer("min-score", 70, 0, 100));
  options.max_results = static_cast<size_t>(args.integer("count", 5, 1, 1000000));
  auto matches = lookup_tmx(args.positional()[0], args.positional()[1], options);
  std::ostringstream out;
  for (const auto& m : matches) {
    out << m.score << "%\t" << (m.unit.tuid.empty() ? "-" : m.unit.tuid) << "\n";
    for (const auto& v : m.unit.variants) out << "  " << v.lang << "\t" << v.text << "\n";
  }
  print(out.str());
  if (matches.empty())
    std::cerr << tr("no match with a score of {1} or more", {std::to_string(options.min_score)}) << "\n";
  return 0;
}

void print_tm_help() {
  std::ostringstream out;
  out << tr("Usage:") << " songngu tm COMMAND ...\n"
      << tr("Translation memory tools.") << "\n\n"
      << tr("Commands:") << "\n"
      << "  stats       " << tr("count units, languages, bead types, confidence and duplicates") << "\n"
      << "  merge       " << tr("merge TMX files without duplicates") << "\n"
      << "  convert     " << tr("convert between TMX, TSV and CSV; rewrite any TMX as TMX 1.4b") << "\n"
      << "  lookup      " << tr("fuzzy matches of a sentence in a TMX") << "\n\n"
      << tr("Run \"songngu tm COMMAND --help\" for the options of a command.") << "\n";
  print(out.str());
}

}  // namespace

int tm_command(int argc, char** argv) {
  if (argc < 2) {
    print_tm_help();
    return 2;
  }
  std::string sub = argv[1];
  if (sub == "--help" || sub == "-h" || sub == "help") {
    print_tm_help();
    return 0;
  }
  if (sub == "stats") return stats_command(argc - 1, argv + 1);
  if (sub == "merge") return merge_command(argc - 1, argv + 1);
  if (sub == "convert") return convert_command(argc - 1, argv + 1);
  if (sub == "lookup") return lookup_command(argc - 1, argv + 1);
  throw_usage(N_("unknown tm command \"{1}\" (use stats, merge, convert or lookup)"), {sub});
}

}  // namespace songngu::cli
