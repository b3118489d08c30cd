#pragma once
// `songngu align` as library calls: one document with its translations, or a batch of document
// pairs (a folder or a list, align/batch.h), read, segmented, aligned and written as TSV, bead
// lists or TMX.
//
// The model policy lives here: a run learns its model (length ratio, bead priors, word tables)
// from all of its input, or aligns with a given one; the learned model can be saved and given to
// later runs. A batch writes only its shard K of N, yet learns from the whole list unless a model
// is given, so a shard's outputs equal its part of the unsharded run byte for byte (a cluster
// learns once with learn_only, then aligns shards with that model).
//
// Contract: outputs are written atomically (base/atomic_file.h); a batch writes each output as
// soon as the aligner has finished its document, replacing existing files together at the end
// with one file-system sync. When documents fail, the others are still written and the error of
// the first failing document in list order is thrown. Results do not depend on `threads`.
#include <optional>
#include <string>
#include <vector>

#include "align/align_model.h"
#include "base/lang.h"
#include "pipeline/progress.h"
#include "segment/segmenter.h"
#include "text/read_text.h"
#include "tm/inline_tags.h"

namespace songngu {

enum class AlignFormat { kTsv, kBeads, kTmx, kXliff };

// The format an output file name asks for: .beads, .tmx, .xlf or .xliff (XLIFF 1.2 or 2.0, one unit
// per bead with both sides), TSV for .tsv, .tab, .txt and a name without extension. Any other
// extension is Error(kUsage): songngu does not write it (an -o out.docx must not get TSV).
AlignFormat align_format_of_path(const std::string& path);
// "tsv", "beads" or "tmx". Throws Error(kUsage) on any other name.
AlignFormat align_format_named(const std::string& name);

struct AlignJobOptions {
  Lang source_lang{"vi"};
  std::vector<Lang> target_langs;  // one; a single document may have several (trilingual TMX)
  bool presegmented = false;       // one segment a line instead of the segmenter
  ReadOptions read;
  SegmenterOptions segmenter;
  std::vector<BeadShape> shapes;  // empty: the aligner's default
  std::string glossary;           // a glossary file whose term pairs count as evidence
  unsigned threads = 1;
  std::optional<AlignModel> model;    // align with it instead of learning one
  std::string model_out;              // save the learned model to this file
  bool learn_only = false;            // learn (and save) the model; write no alignment
  bool train_on_all = false;          // train the word tables on every confident bead, not a sample
  bool confidence = false;            // write each bead's confidence (TSV/beads column, TMX property)
  double min_confidence = 0;          // TMX: leave out beads below this confidence
  std::string xliff_version = "1.2";  // XLIFF output: "1.2" or "2.0"
  double doubtful_below = 0.5;        // XLIFF output: beads below are marked for review
  TagStyle tags = TagStyle::kTmx;     // TMX: formatting as level 2 codes, OmegaT's tags or none
  // The prior the input's estimates are shrunk toward (align/align_prior.h): `prior` when set, else
  // the shipped one for the language pair unless `shipped_prior` is off.
  std::optional<AlignModel> prior;
  bool shipped_prior = true;
};

// Aligns `source` with each of `translations` (one per target language) and writes `output` in the
// format of its extension; "-" is standard output (TSV). Several translations need a TMX output.
void align_files(const AlignJobOptions& options, const std::string& source,
                 const std::vector<std::string>& translations, const std::string& output, ProgressSink& sink);

struct BatchJob {
  std::string input;       // a folder of STEM.<source> + STEM.<target> files, or a list file
  std::string output_dir;  // outputs of a folder batch are named STEM.<format> in it
  AlignFormat format = AlignFormat::kTsv;
  size_t shard = 1, shards = 1;  // write only shard K of N of the sorted list
};

// Aligns a batch of document pairs in one target language (options.target_langs[0]).
void align_batch(const AlignJobOptions& options, const BatchJob& job, ProgressSink& sink);

// Reads a model saved with model_out. Warns when `requested` bead types (empty: none asked for)
// differ from the model's, which are the ones used.
AlignModel read_model(const std::string& path, const std::vector<BeadShape>& requested, ProgressSink& sink);

}  // namespace songngu
