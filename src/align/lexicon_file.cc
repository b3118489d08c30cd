#include "align/lexicon_file.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>

#include "base/atomic_file.h"
#include "base/error.h"

namespace songngu {
namespace {

constexpr std::string_view kMagic = "songngu-align-lexicon\t1\t";

}  // namespace

LexiconFile::LexiconFile(const std::string& path, const std::string& index_path)
    : path_(path), text_(path), data_(text_.bytes().data()), size_(text_.bytes().size()) {
  auto fail = [&](const char* message) { throw_bad_input(message, {}, {path}); };
  const std::string_view all = text_.bytes();
  if (all.substr(0, kMagic.size()) != kMagic)
    fail(N_("not a songngu alignment lexicon (made by scripts/build-align-priors.sh)"));
  const size_t header_end = all.find('\n');
  if (header_end == std::string_view::npos) fail(N_("incomplete songngu alignment lexicon"));
  const std::string bytes(all.substr(kMagic.size(), header_end - kMagic.size()));
  if (bytes.empty() || bytes.find_first_not_of("0123456789") != std::string::npos ||
      std::strtoull(bytes.c_str(), nullptr, 10) != size_ || all.back() != '\n')
    fail(N_("incomplete songngu alignment lexicon"));
  body_ = header_end + 1;
  if (!index_path.empty()) open_index(index_path);
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

// The index file (all numbers little-endian, as the machines songngu builds on store them; the
// index is made on the machine that uses it):
//   kIndexMagic (24 bytes), IndexHeader
//   uint32 slots[slot_count]        open-addressing hash table (kIndexHash): token number + 1, 0 empty
//   uint32 token_offsets[tokens+1]  token i's bytes: pool[token_offsets[i], token_offsets[i+1])
//   uint32 f_rows[tokens+1]         token i's row of table F: f_entries[f_rows[i], f_rows[i+1])
//   uint32 b_rows[tokens+1]         the same for table B
//   uint8 flags[tokens], zeros to a multiple of 4: kKnownSource (KS), kKnownTarget (KT)
//   IndexEntry f_entries[f_count], b_entries[b_count]
//   char pool[pool_bytes]
// Tokens are numbered in bytewise order; a row's entries are in the text's order.
namespace {

constexpr char kIndexMagic[24] = {'s', 'o', 'n', 'g', 'n', 'g', 'u', '-', 'l', 'e',  'x', 'i',
                                  'c', 'o', 'n', '-', 'i', 'n', 'd', 'e', 'x', '\t', '1', '\n'};
struct IndexHeader {
  uint64_t text_size;
  int64_t text_mtime;  // whole seconds: an install (CMake's) keeps those, not the nanoseconds
  uint32_t tokens, slot_count, f_count, b_count, pool_bytes, reserved;
};
static_assert(sizeof(IndexHeader) == 40);
constexpr uint8_t kKnownSource = 1, kKnownTarget = 2;

// FNV-1a, 32 bits: the same on every machine (std::hash is not fixed).
uint32_t index_hash(std::string_view token) {
  uint32_t h = 2166136261u;
  for (const char c : token) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

size_t padded4(size_t n) {
  return (n + 3) & ~size_t{3};
}

}  // namespace

void LexiconFile::open_index(const std::string& index_path) {
  try {
    index_file_.emplace(index_path);
  } catch (const Error&) {
    return;  // no index: the text is searched
  }
  const size_t size = index_file_->bytes().size();
  const char* bytes = index_file_->bytes().data();
  IndexHeader h;
  if (size < sizeof kIndexMagic + sizeof h) {
    index_file_.reset();
    return;
  }
  std::memcpy(&h, bytes + sizeof kIndexMagic, sizeof h);
  // The parts' sizes, in 64 bits (no overflow from a corrupt header), must add up to the file's.
  const uint64_t rows = uint64_t{h.tokens} + 1;
  const uint64_t expected = sizeof kIndexMagic + sizeof h + 4 * (uint64_t{h.slot_count} + 3 * rows) +
                            padded4(h.tokens) + 8 * (uint64_t{h.f_count} + h.b_count) + h.pool_bytes;
  const bool slots_ok = h.slot_count > 0 && (h.slot_count & (h.slot_count - 1)) == 0;
  if (std::memcmp(bytes, kIndexMagic, sizeof kIndexMagic) != 0 || h.text_size != size_ ||
      h.text_mtime != text_.modified() || !slots_ok || expected != size) {
    index_file_.reset();  // not an index of this text
    return;
  }
  index_ = bytes;
  tokens_ = h.tokens, slot_count_ = h.slot_count, pool_bytes_ = h.pool_bytes;
  f_count_ = h.f_count, b_count_ = h.b_count;
  const char* at = bytes + sizeof kIndexMagic + sizeof h;
  auto take_words = [&](uint64_t n) {
    const auto* p = reinterpret_cast<const uint32_t*>(at);
    at += 4 * n;
    return p;
  };
  slots_ = take_words(h.slot_count);
  token_offsets_ = take_words(rows);
  f_rows_ = take_words(rows);
  b_rows_ = take_words(rows);
  flags_ = reinterpret_cast<const uint8_t*>(at);
  at += padded4(h.tokens);
  f_entries_ = reinterpret_cast<const IndexEntry*>(at);
  b_entries_ = f_entries_ + h.f_count;
  pool_ = reinterpret_cast<const char*>(b_entries_ + h.b_count);
}

// Every number read from the index is checked against the bounds of what it indexes, so a damaged
// index (of the right size) gives wrong answers at worst, never a read outside the mapping.
uint32_t LexiconFile::token_number(std::string_view token) const {
  if (!index_) return kNoToken;
  const uint32_t mask = slot_count_ - 1;
  uint32_t slot = index_hash(token) & mask;
  for (uint32_t probes = 0; probes < slot_count_; ++probes, slot = (slot + 1) & mask) {
    const uint32_t value = slots_[slot];
    if (value == 0 || value > tokens_) return kNoToken;
    if (indexed_token(value - 1) == token) return value - 1;
  }
  return kNoToken;
}

std::span<const LexiconFile::IndexEntry> LexiconFile::indexed_row(char table, uint32_t number) const {
  if (!index_ || number >= tokens_) return {};
  const uint32_t* rows = table == 'F' ? f_rows_ : b_rows_;
  const IndexEntry* entries = table == 'F' ? f_entries_ : b_entries_;
  const uint32_t count = table == 'F' ? f_count_ : b_count_;
  const uint32_t begin = rows[number], end = rows[number + 1];
  if (begin > end || end > count) return {};
  return {entries + begin, entries + end};
}

std::string_view LexiconFile::indexed_token(uint32_t number) const {
  if (!index_ || number >= tokens_) return {};
  const uint32_t begin = token_offsets_[number], end = token_offsets_[number + 1];
  if (begin > end || end > pool_bytes_) return {};
  return {pool_ + begin, end - begin};
}

bool LexiconFile::indexed_known(bool source_side, uint32_t number) const {
  return index_ && number < tokens_ && (flags_[number] & (source_side ? kKnownSource : kKnownTarget));
}

namespace {

void append_words(std::string& out, const std::vector<uint32_t>& words) {
  out.append(reinterpret_cast<const char*>(words.data()), 4 * words.size());
}

}  // namespace

void write_lexicon_index(const std::string& text_path, const std::string& index_path) {
  const LexiconFile text(text_path);  // throws on a file that is not a complete lexicon
  // Every line, parsed as visit_row and known read it: "F\tfrom\tto\tp" and "B\t..." (to up to the
  // next tab, p the rest; a line without those tabs is no entry), "KS\ttoken" and "KT\ttoken".
  struct Token {
    std::vector<LexiconFile::IndexEntry> f, b;  // `to` as an index into `entry_to` until numbered
    uint8_t flags = 0;
  };
  std::map<std::string, Token, std::less<>> tokens;
  std::vector<std::string_view> entry_to;
  const std::string_view all(text.data_, text.size_);
  for (size_t at = text.body_, next; at < all.size(); at = next) {
    next = text.next_line(at);
    const std::string_view line = all.substr(at, next - 1 - at);
    if (line.substr(0, 3) == "KS\t" || line.substr(0, 3) == "KT\t") {
      tokens[std::string(line.substr(3))].flags |= line[1] == 'S' ? kKnownSource : kKnownTarget;
      continue;
    }
    if (line.size() < 2 || (line[0] != 'F' && line[0] != 'B') || line[1] != '\t') continue;
    const size_t from_end = line.find('\t', 2);
    if (from_end == std::string_view::npos) continue;
    const size_t to_end = line.find('\t', from_end + 1);
    if (to_end == std::string_view::npos) continue;
    const std::string_view to = line.substr(from_end + 1, to_end - from_end - 1);
    const LexiconFile::Entry entry{to, line.substr(to_end + 1)};
    Token& from = tokens[std::string(line.substr(2, from_end - 2))];
    (line[0] == 'F' ? from.f : from.b)
        .push_back({static_cast<uint32_t>(entry_to.size()), entry.probability()});
    entry_to.push_back(to);
    tokens.try_emplace(std::string(to));
  }
  // Number the tokens (bytewise order), then write the parts.
  std::map<std::string_view, uint32_t> numbers;
  for (const auto& [token, unused] : tokens) numbers.emplace(token, static_cast<uint32_t>(numbers.size()));
  const auto n = static_cast<uint32_t>(tokens.size());
  uint32_t slot_count = 1;
  while (slot_count < 2 * n + 1) slot_count *= 2;
  std::vector<uint32_t> slots(slot_count, 0), offsets, f_rows, b_rows;
  std::vector<LexiconFile::IndexEntry> f_entries, b_entries;
  std::string flags, pool;
  for (const auto& [token, t] : tokens) {
    uint32_t slot = index_hash(token) & (slot_count - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (slot_count - 1);
    slots[slot] = static_cast<uint32_t>(offsets.size()) + 1;
    offsets.push_back(static_cast<uint32_t>(pool.size()));
    pool += token;
    f_rows.push_back(static_cast<uint32_t>(f_entries.size()));
    b_rows.push_back(static_cast<uint32_t>(b_entries.size()));
    for (const auto& e : t.f) f_entries.push_back({numbers.at(entry_to[e.to]), e.probability});
    for (const auto& e : t.b) b_entries.push_back({numbers.at(entry_to[e.to]), e.probability});
    flags += static_cast<char>(t.flags);
  }
  offsets.push_back(static_cast<uint32_t>(pool.size()));
  f_rows.push_back(static_cast<uint32_t>(f_entries.size()));
  b_rows.push_back(static_cast<uint32_t>(b_entries.size()));
  flags.resize(padded4(flags.size()), '\0');
  const IndexHeader header{static_cast<uint64_t>(text.size_),
                           text.text_.modified(),
                           n,
                           slot_count,
                           static_cast<uint32_t>(f_entries.size()),
                           static_cast<uint32_t>(b_entries.size()),
                           static_cast<uint32_t>(pool.size()),
                           0};
  std::string out(kIndexMagic, sizeof kIndexMagic);
  out.append(reinterpret_cast<const char*>(&header), sizeof header);
  append_words(out, slots);
  append_words(out, offsets);
  append_words(out, f_rows);
  append_words(out, b_rows);
  out += flags;
  out.append(reinterpret_cast<const char*>(f_entries.data()),
             sizeof(LexiconFile::IndexEntry) * f_entries.size());
  out.append(reinterpret_cast<const char*>(b_entries.data()),
             sizeof(LexiconFile::IndexEntry) * b_entries.size());
  out += pool;
  AtomicFile file(index_path);
  file.write(out);
  file.commit();

  // The check: every token's rows and flags, through the index and through the text.
  const LexiconFile indexed(text_path, index_path);
  if (!indexed.indexed()) throw_bad_input(N_("cannot read the file"), {}, {index_path});
  for (const auto& [token, unused] : tokens) {
    const uint32_t number = indexed.token_number(token);
    bool same = number != LexiconFile::kNoToken && indexed.indexed_token(number) == token;
    for (const bool side : {true, false})
      same = same && indexed.indexed_known(side, number) == text.known(side, token);
    for (const char table : {'F', 'B'}) {
      std::vector<std::pair<std::string_view, float>> by_text, by_index;
      text.visit_row(table, token,
                     [&](const LexiconFile::Entry& e) { by_text.emplace_back(e.to, e.probability()); });
      for (const auto& e : indexed.indexed_row(table, number))
        by_index.emplace_back(indexed.indexed_token(e.to), e.probability);
      same = same && by_text.size() == by_index.size();
      for (size_t i = 0; same && i < by_text.size(); ++i)
        same = by_text[i].first == by_index[i].first &&
               std::memcmp(&by_text[i].second, &by_index[i].second, sizeof(float)) == 0;
    }
    if (!same)
      throw_bad_input(
          N_("the lexicon index does not match its text at token \"{1}\" (are the lines sorted?)"), {token},
          {text_path});
  }
}

}  // namespace songngu
