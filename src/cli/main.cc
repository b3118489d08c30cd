// songngu: bilingual Vietnamese ⇄ English / Korean segmentation, alignment, translation memories
// and glossaries. This file only dispatches to the subcommands.
#include <cstring>
#include <iostream>
#include <string>

#include "base/error.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "songngu/version.h"

namespace songngu::cli {
namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* summary;  // msgid
};

const Command kCommands[] = {
    {"segment", segment_command, N_("split text files into sentences")},
    {"align", align_command, N_("align a Vietnamese document with its English or Korean translation")},
    {"tm", tm_command, N_("translation memory tools: stats, merge, convert, lookup")},
    {"glossary", glossary_command, N_("extract a glossary from aligned units; convert glossaries")},
    {"check", check_command, N_("check glossary consistency in bilingual files")},
    {"corpus", corpus_command, N_("build tm/, glossary/ and a review page from a corpus folder")},
    {"review", review_command, N_("review and correct a corpus's alignments in the browser")},
};

void print_help() {
  std::cout << tr("Usage:") << " songngu COMMAND [OPTIONS] ...\n"
            << tr("Bilingual Vietnamese-English-Korean sentence alignment, translation memories (TMX) and "
                  "glossaries (TBX).")
            << "\n\n"
            << tr("Commands:") << "\n";
  for (const auto& c : kCommands) {
    std::string name = std::string("  ") + c.name;
    name.resize(12, ' ');
    std::cout << name << tr(c.summary) << "\n";
  }
  std::cout << "\n" << tr("Run \"songngu COMMAND --help\" for the options of a command.") << "\n";
}

int run(int argc, char** argv) {
  if (argc < 2) {
    print_help();
    return 2;
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    print_help();
    return 0;
  }
  if (first == "--version" || first == "-V") {
    std::cout << "songngu " << kVersion << "\n";
    return 0;
  }
  for (const auto& c : kCommands)
    if (first == c.name) return c.run(argc - 1, argv + 1);
  print_error(tr("unknown command \"{1}\" (see songngu --help)", {first}));
  return 2;
}

}  // namespace
}  // namespace songngu::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  songngu::cli::init_messages();
  try {
    return songngu::cli::run(argc, argv);
  } catch (const songngu::Error& e) {
    return songngu::cli::report(e);
  } catch (const std::bad_alloc&) {
    songngu::cli::print_error(songngu::cli::tr("out of memory"));
    return 1;
  } catch (const std::exception& e) {
    songngu::cli::print_error(songngu::cli::tr("internal error: {1}", {e.what()}));
    return 1;
  }
}
