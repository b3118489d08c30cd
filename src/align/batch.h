#pragma once
// Batch mode: the list of document pairs to align, from a folder (STEM.<src> + STEM.<tgt>) or a
// TSV list (source<TAB>target<TAB>output), and deterministic sharding of that list for clusters
// (`--shard K/N`: shard K of N, 1-based, a contiguous block of the list sorted by stem).
//
// Contract: pairs come back sorted by output stem, so every run (and every shard split) sees the
// same order; shards of one list are disjoint and together cover it.
// In a folder, a STEM.raw.<lang> file is the unsegmented form of STEM.<lang> (the layout of the
// dev sets in ../shared/data/align): when both exist, `prefer_raw` picks the raw pair (for
// segmenting runs), otherwise the presegmented one; the output is named after STEM either way.
#include <string>
#include <utility>
#include <vector>

namespace songngu {

struct BatchItem {
  std::string source;
  std::string target;
  std::string stem;    // output name without extension (folder mode), or
  std::string output;  // an explicit output path (list mode; empty in folder mode)
};

// Throws Error(kBadInput) when the folder cannot be read or holds no pair.
std::vector<BatchItem> batch_from_folder(const std::string& dir, const std::string& source_ext,
                                         const std::string& target_ext, bool prefer_raw);
// Lines "source<TAB>target<TAB>output" (output optional: then the source stem); '#' comments and
// blank lines skipped; relative paths are relative to the list's folder. Throws Error(kBadInput).
std::vector<BatchItem> batch_from_list(const std::string& path);

// "K/N" -> (K, N) with 1 <= K <= N. Throws Error(kUsage).
std::pair<size_t, size_t> parse_shard(const std::string& text);
// The half-open index range [begin, end) of shard k (1-based) of n over `count` items.
std::pair<size_t, size_t> shard_range(size_t count, size_t k, size_t n);

}  // namespace songngu
