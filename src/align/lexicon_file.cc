#include "align/lexicon_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

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

namespace {

// Whether the line at `line` (ending at its '\n', which the file has) sorts before `key`, as
// std::string_view compares them; only the bytes up to the first difference are read, not the
// whole line.
bool line_before(const char* line, std::string_view key) {
  for (size_t i = 0; i < key.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]), k = static_cast<unsigned char>(key[i]);
    if (c == '\n') return true;  // the line is a proper prefix of the key
    if (c != k) return c < k;
  }
  return false;  // the line starts with the key
}

}  // namespace

size_t LexiconFile::lower_bound(std::string_view key) const {
  // Line starts lo <= answer <= hi; each step looks at the line holding the middle byte.
  size_t lo = body_, hi = size_;
  while (lo < hi) {
    size_t start = lo + (hi - lo) / 2;
    const void* nl = ::memrchr(data_ + lo, '\n', start - lo);  // the line holding `start` begins after it
    start = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data_) + 1 : lo;
    if (line_before(data_ + start, key))
      lo = next_line(start);
    else
      hi = start;
  }
  return lo;
}

namespace {

// "0xH.HHHHHHp-E" as C's %a writes a float whose exponent is negative (every probability below 1
// but subnormals): the digits make an integer of at most 24 significant bits, so the value is that
// integer times a power of two, exactly a float, which ldexp computes without rounding; anything else
// (other shapes, more bits, out of range) is left to std::from_chars (nullopt). Several times faster
// than from_chars, which a short document's run calls for thousands of entries.
std::optional<float> exact_hex_float(std::string_view text) {
  if (text.size() < 5 || text[0] != '0' || text[1] != 'x') return std::nullopt;
  uint32_t mantissa = 0;
  int digits_after_point = 0, digits = 0;
  bool point = false;
  size_t i = 2;
  for (; i < text.size() && text[i] != 'p'; ++i) {
    const char c = text[i];
    int v;
    if (c >= '0' && c <= '9')
      v = c - '0';
    else if (c >= 'a' && c <= 'f')
      v = c - 'a' + 10;
    else if (c == '.' && !point) {
      point = true;
      continue;
    } else
      return std::nullopt;
    if (++digits > 7) return std::nullopt;  // 7 hex digits: 28 bits, within uint32_t
    mantissa = mantissa * 16 + static_cast<uint32_t>(v);
    digits_after_point += point;
  }
  if (digits == 0 || i + 2 >= text.size() || text[i + 1] != '-') return std::nullopt;
  int exponent = 0;
  for (size_t k = i + 2; k < text.size(); ++k) {
    if (text[k] < '0' || text[k] > '9' || exponent > 1000) return std::nullopt;
    exponent = exponent * 10 + (text[k] - '0');
  }
  if (mantissa == 0) return 0.0f;
  // At most 24 significant bits, and the value a normal float (no rounding anywhere).
  const int low_zeros = __builtin_ctz(mantissa);
  const int bits = 32 - __builtin_clz(mantissa) - low_zeros;
  const int scale = -exponent - 4 * digits_after_point;      // value = mantissa * 2^scale
  const int top = scale + 32 - __builtin_clz(mantissa) - 1;  // the exponent of the leading bit
  if (bits > 24 || top < -126 || top > 127) return std::nullopt;
  return std::ldexp(static_cast<float>(mantissa), scale);
}

// A probability as the file writes it, a hexadecimal float ("0x1.8p-3"): exact_hex_float for the
// shape the writer uses, else std::from_chars (which wants the digits without "0x"; several times
// faster than strtof), else strtof.
float parse_probability(std::string_view text) {
  if (const auto exact = exact_hex_float(text)) return *exact;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    float value = 0;
    const auto [end, error] =
        std::from_chars(text.data() + 2, text.data() + text.size(), value, std::chars_format::hex);
    if (error == std::errc() && end == text.data() + text.size()) return value;
  }
  return std::strtof(std::string(text).c_str(), nullptr);
}

}  // namespace

float LexiconFile::Entry::probability() const {
  return parse_probability(probability_text);
}

void LexiconFile::visit_row(char table, std::string_view from,
                            const std::function<void(const Entry&)>& fn) const {
  std::string key(1, table);
  key += '\t';
  key += from;
  key += '\t';
  for (size_t at = lower_bound(key), next; at < size_; at = next) {
    next = next_line(at);  // each line's end found once
    const std::string_view l(data_ + at, next - 1 - at);
    if (l.substr(0, key.size()) != key) break;
    const std::string_view rest = l.substr(key.size());
    const size_t tab = rest.find('\t');
    if (tab == std::string_view::npos) continue;
    fn(Entry{rest.substr(0, tab), rest.substr(tab + 1)});
  }
}

std::vector<std::pair<std::string, float>> LexiconFile::row(char table, std::string_view from) const {
  std::vector<std::pair<std::string, float>> out;
  visit_row(table, from, [&](const Entry& e) { out.emplace_back(std::string(e.to), e.probability()); });
  return out;
}

bool LexiconFile::known(bool source_side, std::string_view token) const {
  std::string key = source_side ? "KS\t" : "KT\t";
  key += token;
  const size_t at = lower_bound(key);
  return at < size_ && line_at(at) == key;
}

}  // namespace songngu
