#pragma once
// A word-translation lexicon on disk, read where a run needs it: the shipped prior's tables
// (data/models/SRC-TGT.lexicon) hold tens of thousands of rows, and one short document needs a few
// hundred, so the file is mapped into memory and each row is found by binary search when asked for,
// instead of parsing the whole file at start.
//
// File format (UTF-8, tab-separated, lines after the first sorted bytewise, as `LC_ALL=C sort`):
//   songngu-align-lexicon  1  BYTES        (BYTES: the size of the whole file)
//   F  from  to  p        forward table p(to | from), p a C hexadecimal float
//   B  from  to  p        backward table p(from-side word | to-side word), same layout
//   KS token / KT token   tokens the tables were trained on (source side / target side)
// A token is an aligner token (align/tokens.h); "" is the NULL word.
//
// The index (write_lexicon_index): the same tables in a binary form addressed by token, made at build
// time from the shipped text files (CMakeLists.txt; build/data/models/PAIR.lexicon.index, installed
// beside the text). A token is found by one hash probe, a row is an array of (token number, float),
// the known flags are bits: a short document's rows cost a few thousand instructions instead of
// millions of binary-search steps and parsed lines. The text stays the source: an index records the
// size and modification time (whole seconds) of the text it was made from and is used only with that text
// (otherwise, and when it is missing or not a complete index, the text is searched as before). It
// answers for tokens without a tab or a newline, which no aligner token has (align/tokens.h).
//
// Contract: the constructor throws Error(kBadInput) naming the file when it cannot be read, is not
// a lexicon, or is cut short (its size differs from the header's); the mapping is released by the
// destructor on every path. Opening reads only the header (lookups binary-search the mapped bytes),
// so a run pays for the rows it asks for. Lookups are const and thread-safe.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/mapped_file.h"

namespace songngu {

class LexiconFile {
 public:
  // `index_path`: an index of this file (write_lexicon_index) to use when it was made from it.
  explicit LexiconFile(const std::string& path, const std::string& index_path = {});
  LexiconFile(const LexiconFile&) = delete;
  LexiconFile& operator=(const LexiconFile&) = delete;

  // The row of `from` in table 'F' or 'B' (empty when absent).
  std::vector<std::pair<std::string, float>> row(char table, std::string_view from) const;
  // One entry of a row, pointing into the mapping; the probability is read only when asked for.
  struct Entry {
    std::string_view to, probability_text;
    float probability() const;
  };
  // Calls `fn` for each entry of that row, without copying.
  void visit_row(char table, std::string_view from, const std::function<void(const Entry&)>& fn) const;
  // Whether `token` is listed as known on the source (KS) or target (KT) side.
  bool known(bool source_side, std::string_view token) const;
  size_t bytes() const { return size_; }

  // Token-addressed lookups through the index, when the file has one (indexed()): the same rows, in
  // the same order with the same floats, and the same known flags as the text lookups above.
  bool indexed() const { return index_ != nullptr; }
  static constexpr uint32_t kNoToken = UINT32_MAX;
  // The index's number of `token`, kNoToken when the lexicon has no line naming it.
  uint32_t token_number(std::string_view token) const;
  struct IndexEntry {
    uint32_t to;  // a token number
    float probability;
  };
  // The row of token `number` in table 'F' or 'B'; its entries' `to` are token numbers.
  std::span<const IndexEntry> indexed_row(char table, uint32_t number) const;
  bool indexed_known(bool source_side, uint32_t number) const;
  std::string_view indexed_token(uint32_t number) const;  // "" for a number out of range

 private:
  // Offset of the first line not less than `key` (bytewise); size_ when there is none.
  size_t lower_bound(std::string_view key) const;
  // The line starting at `at` (without its newline), and where the next one starts.
  std::string_view line_at(size_t at) const;
  size_t next_line(size_t at) const;

  std::string path_;
  MappedFile text_;
  const char* data_;  // text_'s bytes
  size_t size_;
  size_t body_ = 0;  // where the line after the header starts
  // The index's mapping and its parts (index_ is null without one).
  std::optional<MappedFile> index_file_;
  const char* index_ = nullptr;
  const uint32_t *slots_ = nullptr, *token_offsets_ = nullptr, *f_rows_ = nullptr, *b_rows_ = nullptr;
  const uint8_t* flags_ = nullptr;
  const IndexEntry *f_entries_ = nullptr, *b_entries_ = nullptr;
  const char* pool_ = nullptr;
  uint32_t tokens_ = 0, slot_count_ = 0, pool_bytes_ = 0;
  uint32_t f_count_ = 0, b_count_ = 0;
  void open_index(const std::string& index_path);
  friend void write_lexicon_index(const std::string& text_path, const std::string& index_path);
};

// Writes the index of the lexicon text at `text_path` to `index_path` (through a temporary file,
// renamed), and checks it: every row and known flag of every token in it must read the same through
// the index as through the text (a text whose lines are not sorted fails here). Throws Error(kBadInput)
// naming the file on a bad text or a failed check, Error(kOutput) when it cannot write.
void write_lexicon_index(const std::string& text_path, const std::string& index_path);

}  // namespace songngu
