#pragma once
// Reading parts of a zip container (DOCX, ODT) safely: a file that is not a zip, an encrypted
// document, or a part that would inflate past the limits (a zip bomb) is an Error(kBadInput)
// naming the file and the part. Memory is bounded by the limits, not by what the zip declares.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace songngu {

struct ZipLimits {
  size_t max_part_bytes = size_t{512} << 20;  // one inflated part
  size_t max_total_bytes = size_t{1} << 30;   // all parts read from one archive
  size_t max_ratio = 1000;                    // inflated / compressed, for parts over 1 MB
};

class ZipArchive {
 public:
  // Opens `path`; `what` names the format in messages ("DOCX", "ODT").
  ZipArchive(const std::string& path, const std::string& what, ZipLimits limits = {});
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // The size the zip declares for the part (it may lie: only for choices of speed), or nullopt.
  std::optional<size_t> size(const std::string& name) const;
  // The part's bytes, or nullopt when there is no such part.
  std::optional<std::string> read(const std::string& name);
  // The same, streamed: `sink` gets the part's bytes in chunks as they inflate (an exception from it
  // stops the reading), on a helper thread inflating the next chunks ahead when `ahead` (and the
  // part is larger than one chunk). False when there is no such part.
  bool read_chunks(const std::string& name, const std::function<void(const char*, size_t)>& sink,
                   bool ahead = true);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace songngu
