#include "align/lexicon_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "base/error.h"
#include "base/unique_file.h"

namespace songngu {
namespace {

constexpr std::string_view kMagic = "songngu-align-lexicon\t1\t";

}  // namespace

LexiconFile::LexiconFile(const std::string& path) : path_(path) {
  const UniqueFd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));  // closed on every path out
  struct stat st {};
  if (!file || ::fstat(file.get(), &st) != 0) throw_bad_input(N_("cannot read the file"), {}, {path});
  size_ = static_cast<size_t>(st.st_size);
  if (size_ > 0) {
    void* map = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, file.get(), 0);
    if (map == MAP_FAILED) throw_bad_input(N_("cannot read the file"), {}, {path});
    data_ = static_cast<const char*>(map);
  }
  // From here on the destructor does not run if we throw: unmap first.
  auto fail = [&](const char* message) {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
    data_ = nullptr;
    throw_bad_input(message, {}, {path});
  };
  const std::string_view all(data_ ? data_ : "", size_);
  if (all.substr(0, kMagic.size()) != kMagic)
    fail(N_("not a songngu alignment lexicon (made by scripts/build-align-priors.sh)"));
  const size_t header_end = all.find('\n');
  if (header_end == std::string_view::npos) fail(N_("incomplete songngu alignment lexicon"));
  const std::string bytes(all.substr(kMagic.size(), header_end - kMagic.size()));
  if (bytes.empty() || bytes.find_first_not_of("0123456789") != std::string::npos ||
      std::strtoull(bytes.c_str(), nullptr, 10) != size_ || all.back() != '\n')
    fail(N_("incomplete songngu alignment lexicon"));
  body_ = header_end + 1;
}

LexiconFile::~LexiconFile() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

size_t LexiconFile::next_line(size_t at) const {
  const void* nl = std::memchr(data_ + at, '\n', size_ - at);
  return nl ? static_cast<size_t>(static_cast<const char*>(nl) - data_) + 1 : size_;
}

std::string_view LexiconFile::line_at(size_t at) const {
  return {data_ + at, next_line(at) - 1 - at};
}

size_t LexiconFile::lower_bound(std::string_view key) const {
  // Line starts lo <= answer <= hi; each step looks at the line holding the middle byte.
  size_t lo = body_, hi = size_;
  while (lo < hi) {
    size_t start = lo + (hi - lo) / 2;
    while (start > lo && data_[start - 1] != '\n') --start;
    if (line_at(start) < key)
      lo = next_line(start);
    else
      hi = start;
  }
  return lo;
}

namespace {

// A probability as the file writes it, a hexadecimal float ("0x1.8p-3"): std::from_chars, which
// wants the digits without "0x", is several times faster than strtof (a short document's whole
// run looks up thousands of rows); anything else goes to strtof.
float parse_probability(std::string_view text) {
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    float value = 0;
    const auto [end, error] =
        std::from_chars(text.data() + 2, text.data() + text.size(), value, std::chars_format::hex);
    if (error == std::errc() && end == text.data() + text.size()) return value;
  }
  return std::strtof(std::string(text).c_str(), nullptr);
}

}  // namespace

std::vector<std::pair<std::string, float>> LexiconFile::row(char table, std::string_view from) const {
  std::string key(1, table);
  key += '\t';
  key += from;
  key += '\t';
  std::vector<std::pair<std::string, float>> out;
  for (size_t at = lower_bound(key); at < size_; at = next_line(at)) {
    const std::string_view l = line_at(at);
    if (l.substr(0, key.size()) != key) break;
    const std::string_view rest = l.substr(key.size());
    const size_t tab = rest.find('\t');
    if (tab == std::string_view::npos) continue;
    out.emplace_back(std::string(rest.substr(0, tab)), parse_probability(rest.substr(tab + 1)));
  }
  return out;
}

bool LexiconFile::known(bool source_side, std::string_view token) const {
  std::string key = source_side ? "KS\t" : "KT\t";
  key += token;
  const size_t at = lower_bound(key);
  return at < size_ && line_at(at) == key;
}

}  // namespace songngu
