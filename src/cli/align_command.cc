// songngu align: align a Vietnamese document with its English or Korean translation (or many
// pairs with --batch) and write TSV, beads or TMX. All alignment logic lives in src/align.
// The model a run learns (length ratio, bead priors, word tables) can be saved (--model-out) and
// given to other runs (--model): a cluster learns once from the whole list, then aligns shards
// with that model, and the merged shards equal one unsharded run byte for byte.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "align/align_model.h"
#include "align/align_prior.h"
#include "align/aligner.h"
#include "align/alignment_output.h"
#include "align/batch.h"
#include "base/atomic_file.h"
#include "base/error.h"
#include "base/lang.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/messages.h"
#include "glossary/glossary_io.h"
#include "segment/segmenter.h"
#include "text/read_text.h"
#include "text/script.h"
#include "tm/alignment_units.h"
#include "tm/tmx_writer.h"

namespace songngu::cli {
namespace {
namespace fs = std::filesystem;

const std::vector<OptionSpec> kSpecs = {
    {"source-lang", 's', true,
     N_("language of the source file (default vi); a tag such as vi-VN is kept in TMX"), "LANG"},
    {"target-lang", 't', true,
     N_("language of the translation: en or ko (en,ko with two translations for a trilingual TMX)"), "LANG"},
    {"output", 'o', true,
     N_("output file (.tsv, .beads or .tmx) or, with --batch, output folder; default: TSV on standard "
        "output"),
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
    {"beads", 0, true,
     N_("allowed bead types, e.g. 1-1,1-2,2-1,0-1,1-0 (default: 0-1,1-0,1-1,1-2,2-1,2-2; 1-3 and 3-1 on "
        "request)"),
     "LIST"},
    {"glossary", 0, true, N_("a glossary (TBX, TSV or CSV) whose term pairs count as evidence"), "FILE"},
    {"encoding", 0, true, N_("encoding of the input files (default UTF-8), e.g. windows-1258, cp949"),
     "NAME"},
    {"srx", 0, true, N_("segmentation rules from this SRX 2.0 file instead of the shipped ones"), "FILE"},
    {"min-confidence", 0, true, N_("TMX: leave out beads below this confidence (0 to 1, default 0)"), "X"},
    {"help", 'h', false, N_("show this help"), ""},
};

enum class Format { kTsv, kBeads, kTmx };

Format format_named(const std::string& name) {
  if (name == "tsv") return Format::kTsv;
  if (name == "beads") return Format::kBeads;
  if (name == "tmx") return Format::kTmx;
  throw_usage(N_("unknown output format \"{1}\" (use tsv, beads or tmx)"), {name});
}

Format format_of_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (ext == ".beads") return Format::kBeads;
  if (ext == ".tmx") return Format::kTmx;
  return Format::kTsv;
}

const char* extension_of(Format f) {
  return f == Format::kTsv ? ".tsv" : f == Format::kBeads ? ".beads" : ".tmx";
}

struct Settings {
  Lang source_lang;
  std::vector<Lang> target_langs;
  bool presegmented = false;
  bool confidence = false;
  double min_confidence = 0;
  unsigned jobs = 1;
  std::optional<AlignModel> model;  // --model: align with it instead of learning
  std::string model_out;            // --model-out: save the learned model here
  std::optional<AlignModel> prior;  // --prior: instead of the shipped one
  bool no_prior = false;            // --no-prior
  bool learn_only = false;
  ReadOptions read;
  SegmenterOptions seg;
};

// Segments (or splits by line) one file, printing the reader's warnings. An empty file is an error
// (the reader's), as everywhere in songngu; a file with text but no segments (blank lines only, or
// text read in the wrong encoding) is aligned anyway, with a warning that says why it may be empty.
Document load(const std::string& path, const Lang& lang, const Settings& s, const Segmenter* segmenter) {
  TextFile file = read_text_file(path, s.read);
  for (const auto& w : file.warnings) print_warning(tr_template(w.message, w.args));
  Document doc = segmenter ? segmenter->segment(file) : read_presegmented(file, lang);
  if (doc.segments.empty())
    print_warning(tr("{1}: no segments found ({2} bytes, read as {3}): is --encoding right?",
                     {path, std::to_string(file.text.size()), file.encoding}));
  return doc;
}

void warn_about_pair(const Document& src, const Document& tgt) {
  auto text_of = [](const Document& d) {
    std::string t;
    for (const auto& s : d.segments) {
      t += s.text;
      t += ' ';
      if (t.size() > 200000) break;
    }
    return t;
  };
  Script script = dominant_script(text_of(tgt));
  const std::string& base = tgt.lang.base();
  if ((base == "en" && (script == Script::kHangul || script == Script::kHan)) ||
      (base == "ko" && script == Script::kLatin))
    print_warning(tr("{1}: the text is mostly in {2} script, which does not look like {3} (check -t)",
                     {tgt.path, script_name(script), tgt.lang.tag()}));
  Script src_script = dominant_script(text_of(src));
  if (src.lang.base() == "vi" && (src_script == Script::kHangul || src_script == Script::kHan))
    print_warning(tr("{1}: the text is mostly in {2} script, which does not look like {3} (check -s)",
                     {src.path, script_name(src_script), src.lang.tag()}));
  size_t n = src.segments.size(), m = tgt.segments.size();
  if (n > 0 && m > 0 && std::max(n, m) >= 10 && std::max(n, m) > 3 * std::min(n, m))
    print_warning(
        tr("{1} has {2} segments and {3} has {4}: are these translations of each other? Aligning anyway.",
           {src.path, std::to_string(n), tgt.path, std::to_string(m)}));
}

std::vector<std::pair<std::string, std::string>> glossary_pairs(const std::string& path, const Lang& src,
                                                                const Lang& tgt) {
  GlossaryReadOptions options;
  options.source_lang = src.base();
  options.target_lang = tgt.base();
  Glossary glossary = read_glossary(path, options);
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& entry : glossary.entries)
    for (const auto& s : terms_of(entry, src.base()))
      for (const auto& t : terms_of(entry, tgt.base())) pairs.emplace_back(s.text, t.text);
  return pairs;
}

std::string render(Format format, const Document& src, const Document& tgt, const Alignment& al,
                   const Settings& s) {
  return format == Format::kBeads ? format_beads(al, s.confidence) : format_tsv(src, tgt, al, s.confidence);
}

void write_tmx_file(const std::string& path, const std::vector<AlignedPair>& pairs, const Settings& s,
                    CommitGroup* group = nullptr) {
  UnitOptions options;
  options.min_confidence = s.min_confidence;
  TmxWriter writer(path, default_header(s.source_lang.tag()));
  // Streamed: units are written as they are made, never all held at once.
  for_each_unit(pairs, options, [&](TranslationUnit&& u) {
    if (!s.confidence)
      u.props.erase(std::remove_if(u.props.begin(), u.props.end(),
                                   [](const auto& p) { return p.first == "x-confidence"; }),
                    u.props.end());
    writer.write(u);
  });
  writer.finish(group);
}

AlignerOptions aligner_options(const Args& args, const Settings& s, const Lang& target) {
  AlignerOptions options;
  if (auto beads = args.get("beads")) options.shapes = parse_bead_shapes(*beads);
  if (auto g = args.get("glossary")) options.term_pairs = glossary_pairs(*g, s.source_lang, target);
  options.threads = s.jobs;
  options.prior = s.prior ? &*s.prior : nullptr;
  options.shipped_prior = !s.no_prior;
  return options;
}

// Aligns pairs[begin, end) exactly as in one run over all `pairs`, handing each alignment to `sink`
// (by its index in `pairs`) as soon as it is done: with --model's model, or with the model learned
// from all pairs (saved to --model-out when asked; nothing is aligned with --learn-only). Learning
// from all pairs even when only a shard is written keeps a shard's output equal to its part of the
// unsharded run. Only pairs[begin, end) need documents when a model is given.
void align_range(const Args& args, const Settings& s, const Lang& target,
                 const std::vector<DocumentPair>& pairs, size_t begin, size_t end,
                 const AlignmentSink& sink) {
  Aligner aligner(aligner_options(args, s, target));
  const std::vector<DocumentPair> range(pairs.begin() + static_cast<long>(begin),
                                        pairs.begin() + static_cast<long>(end));
  auto range_sink = [&](size_t doc, Alignment&& alignment) { sink(begin + doc, std::move(alignment)); };
  if (s.model) return aligner.align(range, *s.model, range_sink);
  if (begin == 0 && end == pairs.size() && !s.learn_only) {
    if (s.model_out.empty()) return aligner.align(pairs, sink);
    AlignModel model;
    aligner.align(pairs, sink, nullptr, &model);
    save_align_model(model, s.model_out);
    return;
  }
  AlignModel model = aligner.learn(pairs);
  if (!s.model_out.empty()) save_align_model(model, s.model_out);
  if (!s.learn_only) aligner.align(range, model, range_sink);
}

std::string bead_list(const std::vector<BeadShape>& shapes) {
  std::string list;
  for (const auto& b : shapes)
    list += (list.empty() ? "" : ",") + std::to_string(b.src) + "-" + std::to_string(b.tgt);
  return list;
}

// Reads --model, warning when --beads asks for other bead types than the model was learned with
// (the same types in another order are the same request).
AlignModel load_model(const std::string& path, const Args& args) {
  AlignModel model = load_align_model(path);
  if (auto beads = args.get("beads")) {
    auto as_set = [](const std::vector<BeadShape>& shapes) {
      std::set<std::pair<int, int>> out;
      for (const auto& b : shapes) out.emplace(b.src, b.tgt);
      return out;
    };
    if (as_set(parse_bead_shapes(*beads)) != as_set(model.shapes))
      print_warning(tr("{1}: the model was learned with the bead types {2}; --beads {3} is ignored",
                       {path, bead_list(model.shapes), *beads}));
  }
  return model;
}

int run_single(const Args& args, const Settings& s) {
  const auto& files = args.positional();
  if (files.size() != 1 + s.target_langs.size())
    throw_usage(N_("expected {1} input files (the source and one translation per target language), got {2}"),
                {std::to_string(1 + s.target_langs.size()), std::to_string(files.size())});
  if (s.learn_only && args.get("output")) throw_usage(N_("--learn-only writes no alignments: leave out -o"));
  std::string out = args.get_or("output", "-");
  Format format = out == "-" ? Format::kTsv : format_of_path(out);
  if (s.target_langs.size() > 1 && format != Format::kTmx)
    throw_usage(N_("several target languages need a TMX output (-o FILE.tmx)"));

  std::unique_ptr<Segmenter> src_seg;
  if (!s.presegmented) src_seg = std::make_unique<Segmenter>(s.source_lang, s.seg);
  Document source = load(files[0], s.source_lang, s, src_seg.get());
  std::vector<Document> targets;
  std::vector<Alignment> alignments;
  targets.reserve(s.target_langs.size());
  for (size_t t = 0; t < s.target_langs.size(); ++t) {
    std::unique_ptr<Segmenter> seg;
    if (!s.presegmented) seg = std::make_unique<Segmenter>(s.target_langs[t], s.seg);
    targets.push_back(load(files[1 + t], s.target_langs[t], s, seg.get()));
    warn_about_pair(source, targets.back());
    const std::vector<DocumentPair> pair = {{&source, &targets.back()}};
    align_range(args, s, s.target_langs[t], pair, 0, 1,
                [&](size_t, Alignment&& alignment) { alignments.push_back(std::move(alignment)); });
    if (s.learn_only) return 0;
  }
  if (format == Format::kTmx) {
    std::vector<AlignedPair> pairs;
    for (size_t t = 0; t < targets.size(); ++t) pairs.push_back({&source, &targets[t], &alignments[t]});
    write_tmx_file(out, pairs, s);
  } else {
    write_file_atomically(out, render(format, source, targets[0], alignments[0], s));
  }
  return 0;
}

int run_batch(const Args& args, const Settings& s) {
  if (!args.positional().empty()) throw_usage(N_("--batch takes no input files besides its folder or list"));
  auto out_dir = args.get("output");
  if (s.learn_only && out_dir) throw_usage(N_("--learn-only writes no alignments: leave out -o"));
  if (!out_dir && !s.learn_only) throw_usage(N_("--batch needs an output folder (-o DIR)"));
  if (s.target_langs.size() != 1) throw_usage(N_("--batch aligns one target language at a time"));
  const Lang& target_lang = s.target_langs[0];
  Format format = format_named(args.get_or("format", "tsv"));
  std::string where = *args.get("batch");
  std::error_code ec;
  std::vector<BatchItem> items =
      fs::is_directory(where, ec)
          ? batch_from_folder(where, s.source_lang.base(), target_lang.base(), !s.presegmented)
          : batch_from_list(where);
  // The documents written are [begin, end); the model is learned from all of them unless given,
  // so only then are the shard's documents alone read.
  size_t begin = 0, end = items.size();
  if (auto shard = args.get("shard")) {
    auto [k, n] = parse_shard(*shard);
    std::tie(begin, end) = shard_range(items.size(), k, n);
  }
  if (s.model) {
    items = std::vector<BatchItem>(items.begin() + static_cast<long>(begin),
                                   items.begin() + static_cast<long>(end));
    end -= begin;
    begin = 0;
  }
  if (out_dir) {
    fs::create_directories(*out_dir, ec);
    if (ec)
      throw Error(ErrorKind::kOutput, N_("{1}: cannot create the folder ({2})"), {*out_dir, ec.message()});
  }

  std::unique_ptr<Segmenter> src_seg, tgt_seg;
  if (!s.presegmented) {
    src_seg = std::make_unique<Segmenter>(s.source_lang, s.seg);
    tgt_seg = std::make_unique<Segmenter>(target_lang, s.seg);
  }
  const size_t count = items.size();
  std::vector<Document> sources(count), targets(count);
  {
    // Reading and segmenting in parallel; one Segmenter per language is shared by the threads.
    std::atomic<size_t> next{0};
    std::vector<std::exception_ptr> errors(count);
    auto work = [&] {
      for (size_t i; (i = next++) < count;) {
        try {
          sources[i] = load(items[i].source, s.source_lang, s, src_seg.get());
          targets[i] = load(items[i].target, target_lang, s, tgt_seg.get());
        } catch (...) {
          errors[i] = std::current_exception();
        }
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<unsigned>(s.jobs, static_cast<unsigned>(count)); ++t)
      pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
    for (auto& e : errors)
      if (e) std::rethrow_exception(e);  // the first failing document, in list order
  }
  std::vector<DocumentPair> pairs;
  for (size_t i = 0; i < count; ++i) pairs.push_back({&sources[i], &targets[i]});
  // Each output is written by the aligner's thread that finished it, while the other documents are
  // still being aligned. A new output takes its name at once; one that replaces an existing file
  // waits for the group's end: one file-system sync for the whole batch, then the renames (a sync a
  // file would queue in the journal). Documents that failed are reported after the others are done.
  CommitGroup group;
  std::vector<std::exception_ptr> errors(count);
  auto write_one = [&](size_t i, Alignment&& alignment) {
    try {
      std::string path = items[i].output.empty()
                             ? (fs::path(*out_dir) / (items[i].stem + extension_of(format))).string()
                             : items[i].output;
      if (format == Format::kTmx) {
        write_tmx_file(path, {{&sources[i], &targets[i], &alignment}}, s, &group);
      } else {
        write_file_atomically(path, render(format, sources[i], targets[i], alignment, s), &group);
      }
    } catch (...) {
      errors[i] = std::current_exception();
    }
    // Freed here, by the aligner's threads, rather than all at once on the way out.
    sources[i] = Document{};
    targets[i] = Document{};
  };
  align_range(args, s, target_lang, pairs, begin, end, write_one);
  if (s.learn_only) return 0;
  group.finish();
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
  return 0;
}

}  // namespace

int align_command(int argc, char** argv) {
  Args args(kSpecs, argc, argv);
  if (args.flag("help"))
    return print_help(
        "align -s vi -t en|ko SOURCE TRANSLATION [-o OUT]  |  align -s vi -t en|ko --batch DIR_OR_LIST -o "
        "OUTDIR [--shard K/N] [--model FILE]  |  align -s vi -t en|ko --batch DIR_OR_LIST --model-out FILE "
        "--learn-only",
        N_("Align the sentences of a Vietnamese document with its English or Korean translation. Output by "
           "the extension of -o: .tsv (Vietnamese<TAB>translation), .beads ([0,1]:[2]) or .tmx."),
        kSpecs);
  Settings s;
  s.source_lang = Lang(args.get_or("source-lang", "vi"));
  auto target = args.get("target-lang");
  if (!target) throw_usage(N_("which language is the translation in? Give -t en or -t ko"));
  size_t start = 0;
  while (start <= target->size()) {
    size_t comma = target->find(',', start);
    if (comma == std::string::npos) comma = target->size();
    if (comma > start) s.target_langs.emplace_back(target->substr(start, comma - start));
    start = comma + 1;
  }
  if (s.target_langs.empty()) throw_usage(N_("which language is the translation in? Give -t en or -t ko"));
  s.presegmented = args.flag("presegmented");
  s.confidence = args.flag("confidence");
  s.read.encoding = args.get_or("encoding", "");
  s.seg.srx_path = args.get_or("srx", "");
  // Results do not depend on the number of threads, so using every processor costs nothing.
  std::string jobs = args.get_or("jobs", std::to_string(std::max(1u, std::thread::hardware_concurrency())));
  if (jobs.empty() || jobs.size() > 4 || jobs.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(jobs) < 1)
    throw_usage(N_("bad --jobs \"{1}\" (a number of threads, 1 or more)"), {jobs});
  s.jobs = static_cast<unsigned>(std::stoi(jobs));
  std::string minc = args.get_or("min-confidence", "0");
  try {
    size_t used = 0;
    s.min_confidence = std::stod(minc, &used);
    if (used != minc.size() || s.min_confidence < 0 || s.min_confidence > 1)
      throw std::invalid_argument(minc);
  } catch (const std::logic_error&) {
    throw_usage(N_("bad --min-confidence \"{1}\" (a number from 0 to 1)"), {minc});
  }
  if (args.get("shard") && !args.get("batch")) throw_usage(N_("--shard needs --batch"));
  if (args.get("format") && !args.get("batch"))
    throw_usage(N_("--format is for --batch; in single mode the extension of -o chooses"));
  s.model_out = args.get_or("model-out", "");
  s.learn_only = args.flag("learn-only");
  if (s.learn_only && s.model_out.empty()) throw_usage(N_("--learn-only needs --model-out FILE"));
  if (s.learn_only && args.get("shard"))
    throw_usage(N_("--learn-only learns from the whole list: leave out --shard"));
  if (args.get("model") && !s.model_out.empty())
    throw_usage(N_("--model and --model-out exclude each other: a given model is not learned again"));
  if ((args.get("model") || !s.model_out.empty()) && s.target_langs.size() > 1)
    throw_usage(
        N_("a model is learned for one language pair: --model and --model-out take one target language"));
  // A bad model file fails before any document is read.
  if (auto path = args.get("model")) s.model = load_model(*path, args);
  s.no_prior = args.flag("no-prior");
  if (s.no_prior && args.get("prior")) throw_usage(N_("--prior and --no-prior exclude each other"));
  if (auto path = args.get("prior")) {
    if (s.target_langs.size() > 1)
      throw_usage(N_("a prior is for one language pair: --prior takes one target language"));
    s.prior = load_align_prior(*path, s.source_lang.base(), s.target_langs[0].base());
  }
  return args.get("batch") ? run_batch(args, s) : run_single(args, s);
}

}  // namespace songngu::cli
