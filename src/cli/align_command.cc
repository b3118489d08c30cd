// songngu align: align a Vietnamese document with its English or Korean translation (or many
// pairs with --batch) and write TSV, beads or TMX. The job lives in pipeline/align_job.h; this
// file parses and checks the options.
#include <string>
#include <vector>

#include "align/align_prior.h"
#include "align/aligner.h"
#include "align/batch.h"
#include "base/error.h"
#include "base/lang.h"
#include "base/parallel.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "cli/progress_bar.h"
#include "pipeline/align_job.h"
#include "read/document_format.h"
#include "text/read_text.h"
#include "tm/inline_tags.h"
#include "tm/xliff_writer.h"

namespace songngu::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {
    {"source-lang", 's', true,
     N_("language of the source file (default vi); a tag such as vi-VN is kept in TMX"), "LANG", "source"},
    {"target-lang", 't', true,
     N_("language of the translation: en or ko (en,ko with two translations for a trilingual TMX)"), "LANG",
     "target"},
    {"output", 'o', true,
     N_("output file (.tsv, .beads, .tmx, or .xlf/.xliff for CAT tools) or, with --batch, output folder; "
        "default: TSV on standard output"),
     "OUT"},
    {"presegmented", 0, false, N_("the files are already segmented: one segment a line"), ""},
    {"confidence", 0, false, N_("add each bead's confidence (TSV and beads: a last column; TMX: a property)"),
     ""},
    {"batch", 0, true,
     N_("align many pairs: a folder of STEM.vi + STEM.en|ko, or a list of lines "
        "source<TAB>target<TAB>output"),
     "DIR_OR_LIST"},
    {"format", 0, true, N_("output format in --batch mode: tsv, beads or tmx (default tsv)"), "FORMAT"},
    {"jobs", 'j', true, N_("worker threads (default: the number of processors)"), "N"},
    {"shard", 0, true,
     N_("with --batch: write only shard K of N of the sorted document list, aligned as in one run over the "
        "whole list (give --model to skip learning from the whole list)"),
     "K/N"},
    {"model", 0, true,
     N_("align with a model saved by --model-out instead of learning one from the input (the bead types are "
        "the model's)"),
     "FILE"},
    {"model-out", 0, true,
     N_("save the model learned from the input (with --batch, from the whole list, even with --shard) to "
        "FILE"),
     "FILE"},
    {"prior", 0, true,
     N_("shrink the input's estimates toward this prior (an alignment model file) instead of the shipped "
        "one for the language pair (data/models/)"),
     "FILE"},
    {"no-prior", 0, false,
     N_("estimate everything from the input alone (no shipped prior; how the shipped priors are learned)"),
     ""},
    {"learn-only", 0, false,
     N_("with --model-out: learn and save the model, write no alignments (the first step of a cluster run)"),
     ""},
    {"train-all", 0, false,
     N_("train the word tables on every confident bead instead of an evenly spread sample of 2M word "
        "pairs (slower on large inputs; the shipped lexicons are learned so)"),
     ""},
    {"beads", 0, true,
     N_("allowed bead types, e.g. 1-1,1-2,2-1,0-1,1-0 (default: 0-1,1-0,1-1,1-2,2-1,2-2; 1-3 and 3-1 on "
        "request)"),
     "LIST"},
    {"glossary", 0, true, N_("a glossary (TBX, TSV or CSV) whose term pairs count as evidence"), "FILE"},
    {"encoding", 0, true,
     N_("encoding of the input files: NAME for all, LANG=NAME for one language (repeatable or "
        "comma-separated; "
        "e.g. ko=cp949,vi=tcvn3); default UTF-8, or a legacy encoding detected with certainty"),
     "[LANG=]NAME"},
    {"from", 0, true,
     N_("format of both input files: text, html, docx or odt (default: from the extension: .html .htm "
        ".xhtml, "
        ".docx, .odt; any other is plain text)"),
     "FORMAT"},
    {"srx", 0, true, N_("segmentation rules from this SRX 2.0 file instead of the shipped ones"), "FILE"},
    {"min-confidence", 0, true, N_("TMX: leave out beads below this confidence (0 to 1, default 0)"), "X"},
    {"tags", 0, true,
     N_("TMX and XLIFF: formatting of HTML, DOCX and ODT inputs as tmx (inline codes, default), omegat "
        "(OmegaT's own tags, TMX only) or none"),
     "STYLE"},
    {"xliff-version", 0, true,
     N_("XLIFF output (-o FILE.xlf): 1.2 (default) or 2.0; beads below confidence 0.5 are marked for review"),
     "V"},
    {"help", 'h', false, N_("show this help"), ""},
};

const char* kUsage =
    "align -s vi -t en|ko SOURCE TRANSLATION [-o OUT]  |  align -s vi -t en|ko --batch DIR_OR_LIST -o "
    "OUTDIR [--shard K/N] [--model FILE]  |  align -s vi -t en|ko --batch DIR_OR_LIST --model-out FILE "
    "--learn-only";

std::vector<Lang> target_languages(const Args& args) {
  auto target = args.get("target-lang");
  std::vector<Lang> langs;
  for (size_t start = 0; target && start <= target->size();) {
    size_t comma = std::min(target->find(',', start), target->size());
    if (comma > start) langs.emplace_back(target->substr(start, comma - start));
    start = comma + 1;
  }
  if (langs.empty()) throw_usage(N_("which language is the translation in? Give -t en or -t ko"));
  return langs;
}

// The options of either mode, and the combinations that make no sense in any mode.
AlignJobOptions job_options(const Args& args) {
  AlignJobOptions o;
  o.source_lang = Lang(args.get_or("source-lang", "vi"));
  o.target_langs = target_languages(args);
  o.presegmented = args.flag("presegmented");
  o.confidence = args.flag("confidence");
  parse_encoding_option(args.all("encoding"), o.read);
  o.read.from = args.get_or("from", "");
  (void)document_format("", o.read.from);  // an unknown format is a usage error before any reading
  o.segmenter.srx_path = args.get_or("srx", "");
  // Results do not depend on the number of threads, so using every processor costs nothing.
  o.threads = static_cast<unsigned>(args.integer("jobs", default_threads(), 1, 9999));
  o.min_confidence = args.real("min-confidence", 0, 0, 1);
  o.tags = tag_style_named(args.get_or("tags", "tmx"));
  const AlignFormat format = args.get("batch") ? align_format_named(args.get_or("format", "tsv"))
                                               : align_format_of_path(args.get_or("output", "-"));
  if (o.tags == TagStyle::kOmegat && format != AlignFormat::kTmx)
    throw_usage(N_("--tags omegat is for TMX output (-o FILE.tmx); XLIFF has inline codes of its own"));
  o.xliff_version = xliff_version_named(args.get_or("xliff-version", "1.2"));
  if (args.get("xliff-version") && (args.get("batch") || format != AlignFormat::kXliff))
    throw_usage(N_("--xliff-version is for XLIFF output (-o FILE.xlf or FILE.xliff)"));
  if (auto beads = args.get("beads")) o.shapes = parse_bead_shapes(*beads);
  o.glossary = args.get_or("glossary", "");
  o.model_out = args.get_or("model-out", "");
  o.learn_only = args.flag("learn-only");
  o.train_on_all = args.flag("train-all");
  if (args.get("shard") && !args.get("batch")) throw_usage(N_("--shard needs --batch"));
  if (args.get("format") && !args.get("batch"))
    throw_usage(N_("--format is for --batch; in single mode the extension of -o chooses"));
  if (o.learn_only && o.model_out.empty()) throw_usage(N_("--learn-only needs --model-out FILE"));
  if (o.learn_only && args.get("shard"))
    throw_usage(N_("--learn-only learns from the whole list: leave out --shard"));
  if (o.learn_only && args.get("output")) throw_usage(N_("--learn-only writes no alignments: leave out -o"));
  if (args.get("model") && !o.model_out.empty())
    throw_usage(N_("--model and --model-out exclude each other: a given model is not learned again"));
  if ((args.get("model") || !o.model_out.empty()) && o.target_langs.size() > 1)
    throw_usage(
        N_("a model is learned for one language pair: --model and --model-out take one target language"));
  o.shipped_prior = !args.flag("no-prior");
  if (!o.shipped_prior && args.get("prior")) throw_usage(N_("--prior and --no-prior exclude each other"));
  if (args.get("prior") && o.target_langs.size() > 1)
    throw_usage(N_("a prior is for one language pair: --prior takes one target language"));
  return o;
}

int run_single(const Args& args, const AlignJobOptions& o, ProgressBar& progress) {
  const auto& files = args.positional();
  if (files.size() != 1 + o.target_langs.size())
    throw_usage(N_("expected {1} input files (the source and one translation per target language), got {2}"),
                {std::to_string(1 + o.target_langs.size()), std::to_string(files.size())});
  const std::string output = args.get_or("output", "-");
  if (o.target_langs.size() > 1 && align_format_of_path(output) != AlignFormat::kTmx)
    throw_usage(N_("several target languages need a TMX output (-o FILE.tmx)"));
  align_files(o, files[0], {files.begin() + 1, files.end()}, output, progress);
  return 0;
}

int run_batch(const Args& args, const AlignJobOptions& o, ProgressBar& progress) {
  if (!args.positional().empty()) throw_usage(N_("--batch takes no input files besides its folder or list"));
  auto out_dir = args.get("output");
  if (!out_dir && !o.learn_only) throw_usage(N_("--batch needs an output folder (-o DIR)"));
  if (o.target_langs.size() != 1) throw_usage(N_("--batch aligns one target language at a time"));
  BatchJob job;
  job.input = *args.get("batch");
  job.output_dir = out_dir.value_or("");
  job.format = align_format_named(args.get_or("format", "tsv"));
  if (auto shard = args.get("shard")) std::tie(job.shard, job.shards) = parse_shard(*shard);
  align_batch(o, job, progress);
  return 0;
}

}  // namespace

int align_command(int argc, char** argv) {
  Args args(kSpecs, argc, argv);
  if (args.flag("help"))
    return print_help(
        kUsage,
        N_("Align the sentences of a Vietnamese document with its English or Korean translation. "
           "Output by the extension of -o: .tsv (Vietnamese<TAB>translation), .beads ([0,1]:[2]) "
           "or .tmx."),
        kSpecs);
  AlignJobOptions options = job_options(args);
  ProgressBar progress(false);
  // A bad model or prior file fails before any document is read.
  if (auto path = args.get("model")) options.model = read_model(*path, options.shapes, progress);
  if (auto path = args.get("prior"))
    options.prior = load_align_prior(*path, options.source_lang.base(), options.target_langs[0].base());
  return args.get("batch") ? run_batch(args, options, progress) : run_single(args, options, progress);
}

}  // namespace songngu::cli
