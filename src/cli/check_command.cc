// songngu check: glossary consistency of bilingual files (TMX or source<TAB>target TSV), printed
// like compiler diagnostics. Exit 0 no findings, 1 findings, 2 usage or unreadable input (as diff
// and grep do: the one command whose 1 means findings).
#include <iostream>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/lang.h"
#include "check/bilingual_input.h"
#include "check/check.h"
#include "check/render.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "glossary/glossary_io.h"

namespace songngu::cli {
namespace {

const char* kUsage = "check --glossary G [-s vi] [-t en|ko] FILE... [--ignore FILE] [--json] [--html REPORT]";
const char* kHelp =
    N_("Check bilingual files (TMX, XLIFF, SDLXLIFF, MQXLIFF, PO, or TSV with source<TAB>target lines) "
       "against a glossary: missing "
       "approved translations, inconsistent translations, forbidden terms and numbers that differ. "
       "Exit status: 0 no findings, 1 findings, 2 usage error or unreadable input.");

int run(int argc, char** argv) {
  const std::vector<OptionSpec> specs = {
      {"glossary", 'g', true, N_("glossary: .tbx, .txt/.tsv (OmegaT) or .csv"), "G"},
      {"source-lang", 's', true, N_("source language (default: from the TMX, else vi)"), "LANG", "source"},
      {"target-lang", 't', true, N_("target language (default: from the TMX, or the script of a TSV)"),
       "LANG", "target"},
      {"ignore", 0, true, N_("findings accepted earlier, one per line as printed"), "FILE"},
      {"json", 0, false, N_("print findings as JSON"), ""},
      {"html", 0, true, N_("also write a self-contained HTML report"), "REPORT"},
      {"notes", 0, false, N_("also list notes on candidate terms (never change the exit status)"), ""},
      {"no-numbers", 0, false, N_("do not compare numbers"), ""},
      single_encoding_option(),
      {"help", 'h', false, N_("show this help"), ""},
  };
  Args args(specs, argc, argv, 1);
  if (args.flag("help")) return print_help(kUsage, kHelp, specs);
  auto glossary_path = args.get("glossary");
  if (!glossary_path) throw_usage(N_("check needs --glossary G"));
  if (args.positional().empty()) throw_usage(N_("check needs at least one FILE (TMX, XLIFF, PO or TSV)"));
  std::string source = args.get("source-lang") ? Lang(*args.get("source-lang")).base() : "";
  std::string target = args.get("target-lang") ? Lang(*args.get("target-lang")).base() : "";

  const std::string encoding = single_encoding(args);
  GlossaryReadOptions read;
  read.source_lang = source.empty() ? "vi" : source;
  read.target_lang = target;
  read.encoding = encoding;
  Glossary glossary = read_glossary(*glossary_path, read);
  std::set<std::string> ignored;
  if (auto path = args.get("ignore")) ignored = read_ignore_file(*path);

  std::vector<Finding> findings;
  for (const std::string& path : args.positional()) {
    BilingualFile file = read_bilingual_file(path, source, target, encoding);
    for (const std::string& lang : file.target_langs) {
      CheckOptions options;
      options.file = path;
      options.source_lang = file.source_lang;
      options.target_lang = lang;
      options.unit_kind = file.unit_kind;
      options.lines = file.lines;
      options.notes = args.flag("notes");
      options.numbers = !args.flag("no-numbers");
      for (auto& f : check_units(file.units, glossary, options)) findings.push_back(std::move(f));
    }
    if (file.is_cat)
      std::cerr << tr("{1}: {2} unit(s) checked, {3} untranslated and {4} fuzzy not checked",
                      {path, std::to_string(file.units.size()), std::to_string(file.untranslated),
                       std::to_string(file.fuzzy)})
                << "\n";
  }
  size_t before = findings.size();
  findings = drop_ignored(findings, ignored);
  size_t counted = 0;
  for (const auto& f : findings) counted += counts_as_finding(f);

  if (args.flag("json"))
    std::cout << render_json(findings);
  else
    std::cout << render_text(findings);
  if (auto report = args.get("html"))
    write_file_atomically(*report, render_html(findings, tr("songngu check")));
  std::cerr << tr("{1} finding(s), {2} note(s), {3} ignored",
                  {std::to_string(counted), std::to_string(findings.size() - counted),
                   std::to_string(before - findings.size())})
            << "\n";
  std::cout.flush();
  return counted > 0 ? 1 : 0;
}

}  // namespace

int check_command(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const Error& e) {
    report(e);
    return 2;  // usage errors and unreadable input alike: 1 is reserved for findings
  }
}

}  // namespace songngu::cli
