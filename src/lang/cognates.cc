#include "lang/cognates.h"

#include <algorithm>
#include <string_view>

#include "base/data_dir.h"
#include "base/error.h"
#include "base/mapped_file.h"
#include "text/normalize.h"

namespace songngu {

namespace {

// The line of the table at offset `at`: its key (second column) and Hangul reading (third), and
// where the next line starts; `ok` is false for a line without those columns.
struct Row {
  std::string_view key, hangul;
  size_t next = 0;
  bool ok = false;
};

Row row_at(std::string_view all, size_t at) {
  const size_t nl = all.find('\n', at), end = nl == std::string_view::npos ? all.size() : nl;
  const std::string_view line = all.substr(at, end - at);
  Row r;
  r.next = end + 1;
  const size_t t1 = line.find('\t');
  const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
  if (t2 == std::string_view::npos) return r;
  const size_t t3 = line.find('\t', t2 + 1);
  r.key = line.substr(t1 + 1, t2 - t1 - 1);
  r.hangul = line.substr(t2 + 1, t3 == std::string_view::npos ? t3 : t3 - t2 - 1);
  r.ok = true;
  return r;
}

// Calls add(key, hangul) for each row of the table after its header line, in the file's order: all
// of them when `keys` is null, else those of `keys` (sorted, unique), each found by binary search:
// the table is sorted by its key column, bytewise (tests/lang/cognates_test.cc checks the file).
template <typename Add>
void read_rows(std::string_view all, const std::vector<std::string>* keys, Add add) {
  const size_t header_end = all.find('\n');
  const size_t body = header_end == std::string_view::npos ? all.size() : header_end + 1;
  if (!keys) {
    for (size_t at = body; at < all.size();) {
      const Row r = row_at(all, at);
      if (r.ok) add(r.key, r.hangul);
      at = r.next;
    }
    return;
  }
  size_t from = body;  // the keys are sorted: each one's rows come after the previous one's
  for (const std::string& wanted : *keys) {
    size_t lo = from, hi = all.size();  // line starts; the first line whose key is not below `wanted`
    while (lo < hi) {
      const size_t nl = all.rfind('\n', lo + (hi - lo) / 2 - 1);  // the line holding the middle byte
      const size_t line = nl == std::string_view::npos || nl + 1 < lo ? lo : nl + 1;
      const Row r = row_at(all, line);
      if (r.key < wanted)
        lo = r.next;
      else
        hi = line;
    }
    for (from = lo; from < all.size();) {
      const Row r = row_at(all, from);
      if (r.key != wanted) break;
      add(r.key, r.hangul);
      from = r.next;
    }
  }
}

// The table, with only the Vietnamese syllables (match keys) in `keys`, all when it is null. Read
// whole; a short input looks up its few syllables by binary search (every vi-ko alignment, short
// documents included, reads it).
Cognates load(const std::vector<std::string>* keys) {
  Cognates c;
  if (!keys) c.hangul_of.reserve(4096);  // the whole table's keys (about 2,400) without rehashing
  const MappedFile table(data_file("lang/sinoviet-hangul-syllables.tsv"));
  read_rows(table.bytes(), keys, [&](std::string_view key, std::string_view hangul) {
    c.hangul_of[std::string(key)].emplace_back(hangul);
  });
  const MappedFile stops(data_file("lang/vi-cognate-stop-syllables.txt"));
  const std::string_view all = stops.bytes();
  for (size_t at = 0, next; at < all.size(); at = next) {
    const size_t nl = all.find('\n', at);
    next = nl == std::string_view::npos ? all.size() : nl + 1;
    const std::string_view line = all.substr(at, next - at - (nl == std::string_view::npos ? 0 : 1));
    if (line.empty() || line[0] == '#') continue;
    c.stop[match_key(line)] = true;
  }
  return c;
}

}  // namespace

const Cognates& cognates() {
  static const Cognates table = load(nullptr);
  return table;
}

Cognates cognates_of(std::vector<std::string> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return load(&keys);
}

}  // namespace songngu
