// songngu review: runs the corpus job, then serves the review editor (review/review_server.h) until
// interrupted. Prints the editor's address on standard output as soon as it listens.
#include <spawn.h>
#include <sys/wait.h>

#include <iostream>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "cli/progress_bar.h"
#include "review/review_server.h"
#include "text/read_text.h"

extern char** environ;

namespace songngu::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {
    {"port", 0, true, N_("port to listen on (default: any free port)"), "N"},
    {"listen", 0, true, N_("address to listen on (default: 127.0.0.1, this machine only)"), "ADDR"},
    {"no-browser", 0, false, N_("do not open a browser; only print the address"), ""},
    {"tm", 0, true, N_("folder for the translation memories (default: tm)"), "DIR"},
    {"glossary", 0, true, N_("folder for the glossaries (default: glossary)"), "DIR"},
    {"reports", 0, true, N_("folder for the review page and the bead lists (default: reports)"), "DIR"},
    {"encoding", 0, true,
     N_("encoding of the input files: NAME for all, LANG=NAME for one language (repeatable or "
        "comma-separated; "
        "e.g. ko=cp949,vi=tcvn3); default UTF-8, or a legacy encoding detected with certainty"),
     "[LANG=]NAME"},
    {"help", 'h', false, N_("show this help"), ""},
};

// Opens the address in the desktop's browser (xdg-open), without waiting for it.
void open_browser(const std::string& url) {
  pid_t pid = 0;
  std::string program = "xdg-open";
  char* argv[] = {program.data(), const_cast<char*>(url.c_str()), nullptr};
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0)
    std::cerr << "songngu: " << tr("cannot open a browser; open the address above") << "\n";
}

}  // namespace

int review_command(int argc, char** argv) {
  Args args(kSpecs, argc, argv);
  if (args.flag("help"))
    return print_help(
        "review [OPTIONS] CORPUS_DIR",
        N_("Build the corpus as songngu corpus does, then serve an editor to review and correct its "
           "alignments in the browser. Saving writes CORPUS_DIR/corrections/ and the memories "
           "again; later runs of songngu corpus keep the corrections. Ctrl+C stops it (a save in "
           "progress is finished first)."),
        kSpecs);
  if (args.positional().size() != 1)
    throw_usage(N_("review needs exactly one CORPUS_DIR (see songngu review --help)"));
  CorpusOptions options;
  options.corpus_dir = args.positional()[0];
  options.tm_dir = args.get_or("tm", options.tm_dir);
  options.glossary_dir = args.get_or("glossary", options.glossary_dir);
  options.reports_dir = args.get_or("reports", options.reports_dir);
  parse_encoding_option(args.all("encoding"), options.read);
  ReviewServerOptions server_options;
  server_options.address = args.get_or("listen", server_options.address);
  server_options.port = static_cast<int>(args.integer("port", 0, 0, 65535));
  if (!is_loopback(server_options.address))
    std::cerr
        << "songngu: "
        << tr("warning: listening on {1}: other machines can reach the editor (the token still guards it)",
              {server_options.address})
        << "\n";
  ProgressBar progress(false);
  ReviewSession session(options, progress);
  progress.finish();
  const auto server = make_review_server(session, server_options);
  const std::string url = server->bind();
  std::cout << "songngu: review at " << url << std::endl;  // flushed: scripts wait for this line
  if (!args.flag("no-browser")) open_browser(url);
  server->run_until_signal();  // Ctrl+C or SIGTERM: the save in flight finishes, then exit 0
  return 0;
}

}  // namespace songngu::cli
