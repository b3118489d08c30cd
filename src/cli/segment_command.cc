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
#include "segment/segmenter.h"
#include "text/read_text.h"

namespace songngu::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {
    {"lang", 'l', true, N_("language of the files: vi, en or ko (default: guessed from the script of the first file, else vi)"), "LANG"},
    {"srx", 0, true, N_("segmentation rules from this SRX 2.0 file instead of the shipped ones"), "FILE"},
    {"encoding", 0, true, N_("encoding of the input files (default UTF-8), e.g. windows-1258, cp949"), "NAME"},
    {"format", 0, true, N_("output format: text (one segment a line, a blank line between paragraphs) or jsonl"), "FORMAT"},
    {"presegmented", 0, false, N_("the files are already segmented: one segment a line"), ""},
    {"help", 'h', false, N_("show this help"), ""},
};

void append_json_string(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void write_text(const Document& doc, std::string& out) {
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    if (i > 0 && doc.segments[i].paragraph != doc.segments[i - 1].paragraph) out += '\n';
    out += doc.segments[i].text;
    out += '\n';
  }
}

void write_jsonl(const Document& doc, std::string& out) {
  size_t index = 0;
  for (const auto& s : doc.segments) {
    out += "{\"file\":";
    append_json_string(out, doc.path);
    out += ",\"paragraph\":" + std::to_string(s.paragraph) + ",\"index\":" + std::to_string(index++) +
           ",\"kind\":\"" + segment_kind_name(s.kind) + "\",\"text\":";
    append_json_string(out, s.text);
    out += ",\"start\":" + std::to_string(s.span.begin) + ",\"end\":" + std::to_string(s.span.end) + "}\n";
  }
}

}  // namespace

int segment_command(int argc, char** argv) {
  Args args(kSpecs, argc, argv);
  if (args.flag("help")) {
    AtomicFile out("-");
    out.write(help_text("segment [OPTIONS] FILE...",
                        N_("Split text files into sentences (\"-\" reads standard input). Blank lines separate paragraphs; a single line break is a soft wrap."),
                        kSpecs));
    out.commit();
    return 0;
  }
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
      write_jsonl(doc, output);
    } else {
      if (i > 0 && !output.empty()) output += '\n';
      write_text(doc, output);
    }
  }
  AtomicFile out("-");
  out.write(output);
  out.commit();
  return 0;
}

}  // namespace songngu::cli
