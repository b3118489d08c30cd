#pragma once
// TMX 1.4b output, streamed: each unit is escaped and written as it comes, so memory does not grow
// with the size of the memory. The file goes through an AtomicFile (temporary file + rename), so a
// failure never leaves a truncated TMX where a good one was.
//
// Contract: the output is valid against the TMX 1.4 DTD and byte-for-byte deterministic for the
// same header and units. Characters XML 1.0 forbids (and ill-formed UTF-8) are removed and counted
// (removed_characters()). Variant::markup, when not empty, is written verbatim as the <seg>
// content (it must be well-formed XML content; write() throws Error(kBadInput) otherwise).
// Attributes a unit carries that the TMX 1.4 DTD does not allow on that element (e.g. from TMX 1.1)
// are kept as <prop type="x-attribute:NAME">; the TMX 1.1 tuv attribute lang= becomes xml:lang.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "tm/translation_unit.h"

namespace songngu {

class TmxWriter {
 public:
  // Opens `path` ("-" = standard output) and writes the prolog and header. Throws Error(kOutput)
  // when the file cannot be created, Error(kUsage) when header.srclang is empty.
  TmxWriter(const std::string& path, const TmHeader& header);
  ~TmxWriter();  // without finish(), the temporary file is removed and the target left untouched
  TmxWriter(const TmxWriter&) = delete;
  TmxWriter& operator=(const TmxWriter&) = delete;

  // Writes one <tu>. Throws Error(kBadInput) for a unit without variants or with ill-formed markup.
  void write(const TranslationUnit& unit);
  // Closes the document and commits the file (flush, fsync, rename; with a group, the sync and
  // rename wait for the group's finish()). Throws Error(kOutput).
  void finish(CommitGroup* group = nullptr);

  size_t removed_characters() const { return removed_; }
  size_t units_written() const { return units_; }

 private:
  void flush_buffer();
  std::unique_ptr<AtomicFile> file_;
  std::string buffer_;
  size_t removed_ = 0;
  size_t units_ = 0;
  bool finished_ = false;
};

// Writes a whole memory in one call; returns the number of characters removed (see TmxWriter).
size_t write_tmx(const std::string& path, const TmHeader& header, const std::vector<TranslationUnit>& units);

// The header songngu writes: creationtool songngu, creationtoolversion kVersion, segtype sentence,
// o-tmf songngu, adminlang en, datatype plaintext, creationdate creation_date(), srclang as given.
TmHeader default_header(const std::string& srclang_tag);

// "YYYYMMDDThhmmssZ" (UTC) from $SOURCE_DATE_EPOCH when set (reproducible output), else now.
// Throws Error(kUsage) when SOURCE_DATE_EPOCH is set but is not a non-negative integer.
std::string creation_date();
// The same format for a given Unix time.
std::string format_tmx_date(long long unix_seconds);

}  // namespace songngu
