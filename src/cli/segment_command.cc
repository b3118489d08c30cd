// songngu segment: split text files into sentences and print them (text or JSON lines).
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/error.h"
#include "base/lang.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "pipeline/load_document.h"
#include "read/document_format.h"
#include "read/read_document.h"
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
    {"encoding", 0, true,
     N_("encoding of the input files: NAME for all, LANG=NAME for one language (repeatable or "
        "comma-separated; "
        "e.g. ko=cp949,vi=tcvn3); default UTF-8, or a legacy encoding detected with certainty"),
     "[LANG=]NAME"},
    {"from", 0, true,
     N_("format of the input files: text, html, docx or odt (default: from the extension: .html .htm .xhtml, "
        ".docx, .odt; any other is plain text)"),
     "FORMAT"},
    {"format", 0, true,
     N_("output format: text (one segment a line, a blank line between paragraphs) or jsonl"), "FORMAT"},
    {"presegmented", 0, false, N_("the files are already segmented: one segment a line"), ""},
    {"help", 'h', false, N_("show this help"), ""},
};

// Warnings are printed once every file has been read.
struct WarningList : ProgressSink {
  std::vector<Warning> list;
  void warning(const Warning& w) override { list.push_back(w); }
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
  parse_encoding_option(args.all("encoding"), read_options);
  read_options.from = args.get_or("from", "");
  (void)document_format("", read_options.from);  // an unknown format is a usage error before any reading
  const auto given_lang = args.get("lang");
  if (given_lang) read_options.lang = Lang(*given_lang).base();
  if (!read_options.encodings.empty() && !given_lang)
    throw_usage(
        N_("--encoding LANG=NAME needs --lang: the language is not guessed before the files are read"));
  check_encoding_languages(read_options, {read_options.lang});
  read_options.encoding = encoding_for(read_options);
  // Read every file first: nothing is printed when one of them is bad.
  std::vector<DocumentText> texts;
  for (const auto& path : args.positional())
    texts.push_back(read_document_text(path, document_format(path, read_options.from), read_options));

  Lang lang(given_lang ? *given_lang : guess_language(texts.front().file.text));
  std::unique_ptr<Segmenter> segmenter;
  if (!args.flag("presegmented")) {
    SegmenterOptions options;
    options.srx_path = args.get_or("srx", "");
    segmenter = std::make_unique<Segmenter>(lang, options);
  }

  WarningList warnings;
  std::vector<Document> docs;
  for (const auto& text : texts) docs.push_back(segment_document(text, lang, segmenter.get(), warnings));
  for (const auto& w : warnings.list) print_warning(w);  // with the file and place

  std::string output;
  for (const Document& doc : docs) {
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
