// songngu segment: split text files into sentences and print them (text or JSON lines).
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/lang.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "segment/guess_language.h"
#include "segment/segment_format.h"
#include "segment/segmenter.h"
#include "text/read_text.h"

namespace songngu::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {
    {"lang", 'l', true,
     N_("language of the files: vi, en or ko (default: guessed from the script of the first file, else vi)"),
     "LANG"},
    {"srx", 0, true, N_("segmentation rules from this SRX 2.0 file instead of the shipped ones"), "FILE"},
    {"encoding", 0, true, N_("encoding of the input files (default UTF-8), e.g. windows-1258, cp949"),
     "NAME"},
    {"format", 0, true,
     N_("output format: text (one segment a line, a blank line between paragraphs) or jsonl"), "FORMAT"},
    {"presegmented", 0, false, N_("the files are already segmented: one segment a line"), ""},
    {"help", 'h', false, N_("show this help"), ""},
};

}  // namespace

int segment_command(int argc, char** argv) {
  Args args(kSpecs, argc, argv);
  if (args.flag("help"))
    return print_help("segment [OPTIONS] FILE...",
                      N_("Split text files into sentences (\"-\" reads standard input). Blank lines separate "
                         "paragraphs; a single line break is a soft wrap."),
                      kSpecs);
  if (args.positional().empty()) throw_usage(N_("no input file (see songngu segment --help)"));
  std::string format = args.get_or("format", "text");
  if (format != "text" && format != "jsonl")
    throw_usage(N_("unknown output format \"{1}\" (use text or jsonl)"), {format});

  ReadOptions read_options;
  read_options.encoding = args.get_or("encoding", "");
  // Read every file first: nothing is printed when one of them is bad.
  std::vector<TextFile> files;
  for (const auto& path : args.positional()) files.push_back(read_text_file(path, read_options));

  Lang lang(args.get_or("lang", guess_language(files.front().text)));
  std::unique_ptr<Segmenter> segmenter;
  if (!args.flag("presegmented")) {
    SegmenterOptions options;
    options.srx_path = args.get_or("srx", "");
    segmenter = std::make_unique<Segmenter>(lang, options);
  }

  std::string output;
  for (size_t i = 0; i < files.size(); ++i) {
    for (const auto& w : files[i].warnings) print_warning(tr_template(w.message, w.args));
    Document doc = segmenter ? segmenter->segment(files[i]) : read_presegmented(files[i], lang);
    if (format == "jsonl") {
      output += segments_as_jsonl(doc);
    } else {
      // Files follow each other like paragraphs: one empty line between them.
      if (!output.empty() && !doc.segments.empty()) output += '\n';
      output += segments_as_text(doc);
    }
  }
  AtomicFile out("-");
  out.write(output);
  out.commit();
  return 0;
}

}  // namespace songngu::cli
