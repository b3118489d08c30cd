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
// Contract: the constructor throws Error(kBadInput) naming the file when it cannot be read, is not
// a lexicon, or is cut short (its size differs from the header's); the mapping is released by the
// destructor on every path. Opening reads only the header (lookups binary-search the mapped bytes),
// so a run pays for the rows it asks for. Lookups are const and thread-safe.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace songngu {

class LexiconFile {
 public:
  explicit LexiconFile(const std::string& path);
  ~LexiconFile();
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

 private:
  // Offset of the first line not less than `key` (bytewise); size_ when there is none.
  size_t lower_bound(std::string_view key) const;
  // The line starting at `at` (without its newline), and where the next one starts.
  std::string_view line_at(size_t at) const;
  size_t next_line(size_t at) const;

  std::string path_;
  const char* data_ = nullptr;
  size_t size_ = 0;
  size_t body_ = 0;  // where the line after the header starts
};

}  // namespace songngu
