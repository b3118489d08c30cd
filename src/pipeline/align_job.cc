#include "pipeline/align_job.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>

#include "align/aligner.h"
#include "align/alignment_output.h"
#include "align/batch.h"
#include "base/atomic_file.h"
#include "base/error.h"
#include "base/parallel.h"
#include "glossary/glossary_io.h"
#include "pipeline/load_document.h"
#include "tm/alignment_units.h"
#include "tm/tmx_writer.h"
#include "tm/xliff_writer.h"

namespace songngu {
namespace {
namespace fs = std::filesystem;

const char* extension_of(AlignFormat f) {
  return f == AlignFormat::kTsv ? ".tsv" : f == AlignFormat::kBeads ? ".beads" : ".tmx";
}

// Passes a sink's calls on one at a time (a batch reads its documents on several threads).
class SerialSink : public ProgressSink {
 public:
  explicit SerialSink(ProgressSink& to) : to_(to) {}
  void start(size_t steps) override {
    std::lock_guard<std::mutex> lock(mutex_);
    to_.start(steps);
  }
  void step(const Message& what) override {
    std::lock_guard<std::mutex> lock(mutex_);
    to_.step(what);
  }
  void warning(const Warning& warning) override {
    std::lock_guard<std::mutex> lock(mutex_);
    to_.warning(warning);
  }

 private:
  ProgressSink& to_;
  std::mutex mutex_;
};

std::vector<std::pair<std::string, std::string>> glossary_evidence(const std::string& path, const Lang& src,
                                                                   const Lang& tgt) {
  GlossaryReadOptions options;
  options.source_lang = src.base();
  options.target_lang = tgt.base();
  return term_pairs(read_glossary(path, options), src.base(), tgt.base());
}

std::string render(AlignFormat format, const Document& src, const Document& tgt, const Alignment& al,
                   bool confidence) {
  return format == AlignFormat::kBeads ? format_beads(al, confidence) : format_tsv(src, tgt, al, confidence);
}

void write_tmx_file(const std::string& path, const std::vector<AlignedPair>& pairs, const AlignJobOptions& o,
                    CommitGroup* group = nullptr) {
  UnitOptions options;
  options.min_confidence = o.min_confidence;
  options.tags = o.tags;
  TmxWriter writer(path, default_header(o.source_lang.tag()));
  // Streamed: units are written as they are made, never all held at once.
  for_each_unit(pairs, options, [&](TranslationUnit&& u) {
    if (!o.confidence) std::erase_if(u.props, [](const auto& p) { return p.first == "x-confidence"; });
    writer.write(u);
  });
  writer.finish(group);
}

void write_xliff_file(const std::string& path, const AlignedPair& pair, const AlignJobOptions& o) {
  UnitOptions options;
  options.min_confidence = o.min_confidence;
  options.tags = o.tags;  // kTmx: level 2 codes, which the XLIFF writer turns into its own
  XliffWriteOptions xo;
  xo.version = o.xliff_version;
  xo.source_lang = pair.source->lang.tag();
  xo.target_lang = pair.target->lang.tag();
  xo.original = document_name(pair.source->path);
  xo.doubtful_below = o.doubtful_below;
  write_xliff(path, units_from_alignments({pair}, options), xo);
}

AlignerOptions aligner_options(const AlignJobOptions& o, const Lang& target) {
  AlignerOptions options;
  options.shapes = o.shapes;
  if (!o.glossary.empty()) options.term_pairs = glossary_evidence(o.glossary, o.source_lang, target);
  options.threads = o.threads;
  if (o.train_on_all) options.training_word_pairs = 0;
  options.prior = o.prior ? &*o.prior : nullptr;
  options.shipped_prior = o.shipped_prior;
  return options;
}

// Aligns pairs[begin, end) exactly as in one run over all `pairs`, handing each alignment to `sink`
// (by its index in `pairs`) as soon as it is done: with the given model, or with the model learned
// from all pairs (saved when asked; nothing is aligned with learn_only). Learning from all pairs
// even when only a shard is written keeps a shard's output equal to its part of the unsharded run.
// Only pairs[begin, end) need documents when a model is given.
void align_range(const AlignJobOptions& o, const Lang& target, const std::vector<DocumentPair>& pairs,
                 size_t begin, size_t end, const AlignmentSink& sink) {
  Aligner aligner(aligner_options(o, target));
  const std::vector<DocumentPair> range(pairs.begin() + static_cast<long>(begin),
                                        pairs.begin() + static_cast<long>(end));
  auto range_sink = [&](size_t doc, Alignment&& alignment) { sink(begin + doc, std::move(alignment)); };
  if (o.model) return aligner.align(range, *o.model, range_sink);
  if (begin == 0 && end == pairs.size() && !o.learn_only) {
    if (o.model_out.empty()) return aligner.align(pairs, sink);
    AlignModel model;
    aligner.align(pairs, sink, nullptr, &model);
    save_align_model(model, o.model_out);
    return;
  }
  AlignModel model = aligner.learn(pairs);
  if (!o.model_out.empty()) save_align_model(model, o.model_out);
  if (!o.learn_only) aligner.align(range, model, range_sink);
}

// A per-language --encoding for a language the job does not have is a usage error.
void check_encodings(const AlignJobOptions& o) {
  std::vector<std::string> langs{o.source_lang.base()};
  for (const auto& lang : o.target_langs) langs.push_back(lang.base());
  check_encoding_languages(o.read, langs);
}

std::unique_ptr<Segmenter> segmenter_for(const AlignJobOptions& o, const Lang& lang) {
  if (o.presegmented) return nullptr;
  return std::make_unique<Segmenter>(lang, o.segmenter);
}

std::string bead_list(const std::vector<BeadShape>& shapes) {
  std::string list;
  for (const auto& b : shapes)
    list += (list.empty() ? "" : ",") + std::to_string(b.src) + "-" + std::to_string(b.tgt);
  return list;
}

// The batch's document pairs, and the part [begin, end) of them to write. With a model, only that
// part is read (nothing is learned from the rest).
std::vector<BatchItem> batch_items(const AlignJobOptions& o, const BatchJob& job, size_t& begin,
                                   size_t& end) {
  std::error_code ec;
  const Lang& target = o.target_langs.at(0);
  std::vector<BatchItem> items =
      fs::is_directory(job.input, ec)
          ? batch_from_folder(job.input, o.source_lang.base(), target.base(), !o.presegmented)
          : batch_from_list(job.input);
  std::tie(begin, end) = shard_range(items.size(), job.shard, job.shards);
  if (o.model) {
    items = std::vector<BatchItem>(items.begin() + static_cast<long>(begin),
                                   items.begin() + static_cast<long>(end));
    end -= begin;
    begin = 0;
  }
  return items;
}

}  // namespace

AlignFormat align_format_of_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".beads") return AlignFormat::kBeads;
  if (ext == ".tmx") return AlignFormat::kTmx;
  if (ext == ".xlf" || ext == ".xliff") return AlignFormat::kXliff;
  if (ext.empty() || ext == ".tsv" || ext == ".tab" || ext == ".txt") return AlignFormat::kTsv;
  throw_usage(N_("songngu does not write {1} files: use .tsv, .beads, .tmx, .xlf or .xliff"), {ext}, {path});
}

AlignFormat align_format_named(const std::string& name) {
  if (name == "tsv") return AlignFormat::kTsv;
  if (name == "beads") return AlignFormat::kBeads;
  if (name == "tmx") return AlignFormat::kTmx;
  throw_usage(N_("unknown output format \"{1}\" (use tsv, beads or tmx)"), {name});
}

AlignModel read_model(const std::string& path, const std::vector<BeadShape>& requested, ProgressSink& sink) {
  AlignModel model = load_align_model(path);
  auto as_set = [](const std::vector<BeadShape>& shapes) {
    std::set<std::pair<int, int>> out;
    for (const auto& b : shapes) out.emplace(b.src, b.tgt);
    return out;
  };
  // The same types in another order are the same request.
  if (!requested.empty() && as_set(requested) != as_set(model.shapes)) {
    Warning w{N_("the model was learned with the bead types {1}; the bead types {2} are ignored"),
              {bead_list(model.shapes), bead_list(requested)},
              {path}};
    w.setting = Setting::kBeadTypes;
    sink.warning(w);
  }
  return model;
}

void align_files(const AlignJobOptions& o, const std::string& source_path,
                 const std::vector<std::string>& translations, const std::string& output,
                 ProgressSink& sink) {
  check_encodings(o);
  const AlignFormat format = output == "-" ? AlignFormat::kTsv : align_format_of_path(output);
  if (translations.size() > 1 && format != AlignFormat::kTmx)
    throw_usage(N_("several target languages need a TMX output"));
  ReadOptions read = o.read;
  read.threads = o.threads;
  const Document source =
      load_document(source_path, o.source_lang, read, segmenter_for(o, o.source_lang).get(), sink);
  std::vector<Document> targets;
  std::vector<Alignment> alignments;
  targets.reserve(translations.size());
  for (size_t t = 0; t < translations.size(); ++t) {
    const Lang& lang = o.target_langs.at(t);
    targets.push_back(load_document(translations[t], lang, read, segmenter_for(o, lang).get(), sink));
    warn_about_pair(source, targets.back(), sink);
    const std::vector<DocumentPair> pair = {{&source, &targets.back()}};
    align_range(o, lang, pair, 0, 1, [&](size_t, Alignment&& a) { alignments.push_back(std::move(a)); });
    if (o.learn_only) return;
  }
  if (format == AlignFormat::kTmx) {
    std::vector<AlignedPair> pairs;
    for (size_t t = 0; t < targets.size(); ++t) pairs.push_back({&source, &targets[t], &alignments[t]});
    write_tmx_file(output, pairs, o);
  } else if (format == AlignFormat::kXliff) {
    write_xliff_file(output, {&source, &targets[0], &alignments[0]}, o);
  } else {
    write_file_atomically(output, render(format, source, targets[0], alignments[0], o.confidence));
  }
}

void align_batch(const AlignJobOptions& o, const BatchJob& job, ProgressSink& progress) {
  check_encodings(o);
  SerialSink sink(progress);
  const Lang& target_lang = o.target_langs.at(0);
  size_t begin = 0, end = 0;
  const std::vector<BatchItem> items = batch_items(o, job, begin, end);
  if (!o.learn_only) create_output_folder(job.output_dir);
  const auto src_seg = segmenter_for(o, o.source_lang), tgt_seg = segmenter_for(o, target_lang);
  const size_t count = items.size();
  std::vector<Document> sources(count), targets(count);
  // Reading and segmenting in parallel; one Segmenter per language is shared by the threads. Each
  // worker reads its files on its own thread: the workers are the parallelism asked for.
  ReadOptions read = o.read;
  read.threads = count > 1 ? 1 : o.threads;
  parallel_for(count, o.threads, [&](size_t i) {
    sources[i] = load_document(items[i].source, o.source_lang, read, src_seg.get(), sink);
    targets[i] = load_document(items[i].target, target_lang, read, tgt_seg.get(), sink);
  });
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
      const std::string path =
          items[i].output.empty()
              ? (fs::path(job.output_dir) / (items[i].stem + extension_of(job.format))).string()
              : items[i].output;
      if (job.format == AlignFormat::kTmx)
        write_tmx_file(path, {{&sources[i], &targets[i], &alignment}}, o, &group);
      else
        write_file_atomically(path, render(job.format, sources[i], targets[i], alignment, o.confidence),
                              &group);
    } catch (...) {
      errors[i] = std::current_exception();
    }
    // Freed here, by the aligner's threads, rather than all at once on the way out.
    sources[i] = Document{};
    targets[i] = Document{};
  };
  align_range(o, target_lang, pairs, begin, end, write_one);
  if (o.learn_only) return;
  group.finish();
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace songngu
