#include "lang/numbers.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <fstream>
#include <map>
#include <optional>

#include "base/data_dir.h"
#include "base/error.h"
#include "text/normalize.h"

namespace songngu {
namespace {

enum class WordKind { kScale, kPercent, kMonth, kMonthBefore, kDayBefore, kMonthAfter, kDayAfter };

struct WordEntry {
  std::vector<std::string> keys;  // match keys of the entry's words
  WordKind kind;
  int value = 0;
  bool hangul = false;  // may be glued to the number and followed by more letters (억원)
};

struct NumberWords {
  std::vector<WordEntry> entries;
};

bool is_hangul(UChar32 c) {
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}

const NumberWords& number_words() {
  static const NumberWords words = [] {
    NumberWords w;
    std::string path = data_file("lang/number-words.tsv");
    std::ifstream in(path);
    if (!in) throw_bad_input(N_("cannot read the file"), {}, {path});
    static const std::map<std::string, WordKind> kinds = {
        {"scale", WordKind::kScale},          {"percent", WordKind::kPercent},
        {"month", WordKind::kMonth},          {"month-before", WordKind::kMonthBefore},
        {"day-before", WordKind::kDayBefore}, {"month-after", WordKind::kMonthAfter},
        {"day-after", WordKind::kDayAfter}};
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      size_t t1 = line.find('\t');
      if (t1 == std::string::npos) continue;
      size_t t2 = line.find('\t', t1 + 1);
      std::string word = line.substr(0, t1);
      std::string kind = line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
      std::string value = t2 == std::string::npos ? "" : line.substr(t2 + 1);
      auto k = kinds.find(kind);
      if (k == kinds.end()) continue;
      WordEntry e;
      e.kind = k->second;
      e.value = value.empty() ? 0 : std::stoi(value);
      std::string key = match_key(word);
      size_t start = 0;
      while (start <= key.size()) {
        size_t sp = key.find(' ', start);
        if (sp == std::string::npos) sp = key.size();
        if (sp > start) e.keys.push_back(key.substr(start, sp - start));
        start = sp + 1;
      }
      UChar32 c;
      int32_t i = 0;
      U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
      e.hangul = is_hangul(c);
      w.entries.push_back(std::move(e));
    }
    return w;
  }();
  return words;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The UTF-8 scanner over the text: positions are byte offsets.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  UChar32 at(size_t pos, size_t* next = nullptr) const {
    if (pos >= text_.size()) return -1;
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(text_.data(), i, static_cast<int32_t>(text_.size()), c);
    if (next) *next = static_cast<size_t>(i);
    return c;
  }
  UChar32 before(size_t pos) const {
    if (pos == 0) return -1;
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_PREV(text_.data(), 0, i, c);
    return c;
  }
  static bool is_space(UChar32 c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009; }
  static bool is_letter(UChar32 c) { return c >= 0 && (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK)); }

  size_t skip_spaces(size_t pos) const {
    size_t next;
    while (pos < text_.size() && is_space(at(pos, &next))) pos = next;
    return pos;
  }
  // The run of letters starting at pos (possibly empty); its end in *end.
  std::string_view word_at(size_t pos, size_t* end) const {
    size_t p = pos, next;
    while (p < text_.size() && is_letter(at(p, &next))) p = next;
    *end = p;
    return text_.substr(pos, p - pos);
  }
  // The run of letters ending at pos (before it, after skipping spaces).
  std::string_view word_before(size_t pos) const {
    size_t p = pos;
    while (p > 0 && is_space(before(p))) p -= static_cast<size_t>(U8_LENGTH(before(p)));
    if (p > 0 && before(p) == '.') --p;  // an abbreviation: "Oct. 30"
    size_t end = p;
    while (p > 0 && is_letter(before(p))) p -= static_cast<size_t>(U8_LENGTH(before(p)));
    return text_.substr(p, end - p);
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

// Matches an entry of `kind` (any when kind is nullopt) starting at pos; returns it and where it ends.
const WordEntry* match_word_after(const Scanner& s, size_t pos, std::optional<WordKind> kind, size_t* end) {
  size_t first = s.skip_spaces(pos);
  size_t first_end;
  std::string_view w = s.word_at(first, &first_end);
  if (w.empty()) return nullptr;
  std::string key = match_key(w);
  for (const auto& e : number_words().entries) {
    if (kind && e.kind != *kind) continue;
    if (e.hangul) {
      if (e.keys.size() == 1 && key.compare(0, e.keys[0].size(), e.keys[0]) == 0) {
        *end = first + e.keys[0].size();  // Hangul is unchanged by match_key
        return &e;
      }
      continue;
    }
    if (key != e.keys[0]) continue;
    size_t p = first_end;
    bool ok = true;
    for (size_t k = 1; k < e.keys.size() && ok; ++k) {
      size_t ws = s.skip_spaces(p), we;
      std::string_view more = s.word_at(ws, &we);
      ok = !more.empty() && match_key(more) == e.keys[k];
      p = we;
    }
    if (ok) {
      *end = p;
      return &e;
    }
  }
  return nullptr;
}

const WordEntry* match_word_before(const Scanner& s, size_t pos, WordKind kind) {
  std::string_view w = s.word_before(pos);
  if (w.empty()) return nullptr;
  std::string key = match_key(w);
  for (const auto& e : number_words().entries)
    if (e.kind == kind && e.keys.size() == 1 && e.keys[0] == key) return &e;
  return nullptr;
}

// An exact decimal: digits with the decimal point `point` places from the right.
struct Decimal {
  std::string digits;
  int point = 0;  // number of fractional digits

  void scale(int power) {
    while (power > 0 && point > 0) --point, --power;
    digits.append(static_cast<size_t>(power), '0');
  }
  std::string canonical() const {
    std::string whole = digits.substr(0, digits.size() - static_cast<size_t>(point));
    std::string frac = digits.substr(digits.size() - static_cast<size_t>(point));
    size_t nz = whole.find_first_not_of('0');
    whole = nz == std::string::npos ? "0" : whole.substr(nz);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    return frac.empty() ? whole : whole + "." + frac;
  }
};

bool comma_decimal(std::string_view lang_base) {
  // Languages in scope that write 4.400 for four thousand four hundred and 4,5 for four and a half.
  return lang_base == "vi" || lang_base == "de" || lang_base == "fr" || lang_base == "es" ||
         lang_base == "it" || lang_base == "pt" || lang_base == "ru" || lang_base == "id";
}

// Reads groups of digits separated by '.', ',' as one number; nullopt when it is not one
// (then the caller emits the run verbatim).
std::optional<Decimal> read_decimal(const std::vector<std::string>& groups, const std::string& seps,
                                    bool comma_dec) {
  char thousands = comma_dec ? '.' : ',';
  Decimal d;
  if (seps.empty()) {
    d.digits = groups[0];
    return d;
  }
  if (seps.size() == 1) {
    d.digits = groups[0] + groups[1];
    if (seps[0] == thousands && groups[1].size() == 3) return d;
    d.point = static_cast<int>(groups[1].size());
    return d;
  }
  // Several separators: thousands groups of three, optionally one final decimal separator.
  if (groups[0].size() > 3) return std::nullopt;
  d.digits = groups[0];
  for (size_t i = 0; i < seps.size(); ++i) {
    bool last = i + 1 == seps.size();
    if (seps[i] == thousands && groups[i + 1].size() == 3) {
      d.digits += groups[i + 1];
    } else if (last && seps[i] != thousands) {
      d.digits += groups[i + 1];
      d.point = static_cast<int>(groups[i + 1].size());
    } else {
      return std::nullopt;
    }
  }
  return d;
}

std::string two(int v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}
std::string month_token(int month) {
  return "month:" + two(month);
}
// A date is written as its components (the day as a plain value, "month:MM", the year as a plain
// value), so that notations that spread a date or a range of dates differently ("10 to 13 August",
// "8월 10일부터 13일", "10 đến ngày 13/8") give the same set of tokens.
void push_date(std::vector<std::string>& out, int month, int day) {
  out.push_back(std::to_string(day));
  out.push_back(month_token(month));
}
bool valid_date(int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

int to_int(const std::string& g) {
  return g.size() > 6 ? -1 : std::stoi(g);
}

// A run of digits joined by separators (. , / : -), as written.
struct NumberRun {
  size_t start = 0, end = 0;  // byte span in the text
  std::vector<std::string> groups{1};
  std::string seps;
  char kind = 0;  // 0 plain, '/' slash date, ':' time-like, '-' ISO date or range of years
};

NumberRun read_run(std::string_view text, size_t pos) {
  NumberRun run;
  run.start = pos;
  while (pos < text.size()) {
    char c = text[pos];
    if (is_digit(c)) {
      run.groups.back() += c;
      ++pos;
    } else if ((c == '.' || c == ',' || c == '/' || c == ':' || c == '-') && pos + 1 < text.size() &&
               is_digit(text[pos + 1])) {
      if (c == '-' && !(run.groups.size() == 1 && run.groups[0].size() == 4) && run.kind != '-') break;
      if (c == '/' || c == ':' || c == '-') run.kind = c;
      run.seps += c;
      run.groups.emplace_back();
      ++pos;
    } else {
      break;
    }
  }
  run.end = pos;
  return run;
}

bool looks_like_date(const NumberRun& r) {
  const auto& g = r.groups;
  return r.kind == '/' || r.kind == '-' ||
         (r.seps.size() == 2 && r.seps[0] == r.seps[1] && g[0].size() == 4 && g[1].size() <= 2 &&
          g[2].size() <= 2);
}

// A date written in digits: y-m-d / y.m.d / y/m/d, d/m(/y) in most languages, m/d(/y) in English
// when it fits, month/year ("tháng 3/2025"), a range of years ("1992-2025": its endpoints).
// False when the run is none of these.
bool date_tokens(const NumberRun& r, std::string_view lang_base, std::vector<std::string>& out) {
  const auto& g = r.groups;
  const bool same_kind = r.seps.find_first_not_of(r.seps[0]) == std::string::npos;
  if (same_kind && g.size() == 3 && g[0].size() == 4 && valid_date(to_int(g[1]), to_int(g[2]))) {
    push_date(out, to_int(g[1]), to_int(g[2]));
    out.push_back(Decimal{g[0], 0}.canonical());
    return true;
  }
  if (r.kind == '/' && same_kind && (g.size() == 2 || g.size() == 3) && g[0].size() <= 2 &&
      g[1].size() <= 2 && (g.size() == 2 || g[2].size() == 4 || g[2].size() == 2)) {
    int a = to_int(g[0]), b = to_int(g[1]);
    bool month_first = lang_base == "en" ? (valid_date(a, b)) : !valid_date(b, a);
    int month = month_first ? a : b, day = month_first ? b : a;
    if (valid_date(month, day)) {
      push_date(out, month, day);
      if (g.size() == 3) out.push_back(Decimal{g[2], 0}.canonical());
      return true;
    }
  }
  if (r.kind == '/' && g.size() == 2 && g[0].size() <= 2 && g[1].size() == 4 && valid_date(to_int(g[0]), 1)) {
    out.push_back(month_token(to_int(g[0])));
    out.push_back(Decimal{g[1], 0}.canonical());
    return true;
  }
  if (r.kind == '-' && g.size() == 2) {
    out.push_back(Decimal{g[0], 0}.canonical());
    out.push_back(Decimal{g[1], 0}.canonical());
    return true;
  }
  return false;
}

// What the words after a value make of it: a percentage (25 phần trăm), magnitude words (several
// may combine: nghìn tỷ), a Korean date (10월 30일), a day and a month (30 October, 30 tháng 10).
// Moves `pos` past what it read; false when the words add nothing.
bool words_after(const Scanner& s, Decimal& value, size_t& pos, std::vector<std::string>& out) {
  const std::string_view text = s.text();
  size_t end;
  const WordEntry* e = match_word_after(s, pos, std::nullopt, &end);
  if (!e) return false;
  if (e->kind == WordKind::kPercent) {
    out.push_back(value.canonical() + "%");
    pos = end;
    return true;
  }
  if (e->kind == WordKind::kScale) {
    value.scale(e->value);
    pos = end;
    while (const WordEntry* more = match_word_after(s, pos, WordKind::kScale, &end)) {
      value.scale(more->value);
      pos = end;
    }
    out.push_back(value.canonical());
    return true;
  }
  int n = value.point == 0 ? to_int(value.digits) : -1;
  if (e->kind == WordKind::kMonthAfter && n >= 1 && n <= 12) {
    // 10월 30일 -> date; 10월 alone -> month only.
    size_t p = s.skip_spaces(end);
    if (p < text.size() && is_digit(text[p])) {
      size_t q = p;
      while (q < text.size() && is_digit(text[q])) ++q;
      size_t day_end;
      int day = to_int(std::string(text.substr(p, q - p)));
      if (match_word_after(s, q, WordKind::kDayAfter, &day_end) && valid_date(n, day)) {
        push_date(out, n, day);
        pos = day_end;
        return true;
      }
    }
    out.push_back(month_token(n));
    pos = end;
    return true;
  }
  if (e->kind == WordKind::kMonth && valid_date(e->value, n)) {  // 30 October
    push_date(out, e->value, n);
    pos = end;
    return true;
  }
  if (e->kind == WordKind::kMonthBefore && n >= 1 && n <= 31) {  // 30 tháng 10
    size_t p = s.skip_spaces(end);
    size_t q = p;
    while (q < text.size() && is_digit(text[q])) ++q;
    if (q > p && valid_date(to_int(std::string(text.substr(p, q - p))), n)) {
      push_date(out, to_int(std::string(text.substr(p, q - p))), n);
      pos = q;
      return true;
    }
  }
  return false;
}

// What the words before a value make of it: October 30, March 2025, tháng 10 (the day, when
// given, was read before the month). False when they add nothing.
bool words_before(const Scanner& s, size_t start, const Decimal& value, std::vector<std::string>& out) {
  int n = value.point == 0 ? to_int(value.digits) : -1;
  if (const WordEntry* m = match_word_before(s, start, WordKind::kMonth); m && valid_date(m->value, n)) {
    push_date(out, m->value, n);
    return true;
  } else if (m && value.point == 0 && value.digits.size() == 4) {
    out.push_back(month_token(m->value));
    out.push_back(value.canonical());
    return true;
  }
  if (match_word_before(s, start, WordKind::kMonthBefore) && n >= 1 && n <= 12) {
    out.push_back(month_token(n));
    return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> extract_numbers(std::string_view text, std::string_view lang_base) {
  std::vector<std::string> out;
  Scanner s(text);
  const bool comma_dec = comma_decimal(lang_base);
  size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos])) {
      ++pos;
      continue;
    }
    // Digits glued to a Latin word (A4, H2O, utf8) are part of an identifier, not a number.
    UChar32 prev = s.before(pos);
    if (prev >= 0 && prev < 0x80 && (std::isalpha(prev) || prev == '_')) {
      while (pos < text.size() &&
             (is_digit(text[pos]) || std::isalnum(static_cast<unsigned char>(text[pos]))))
        ++pos;
      continue;
    }
    const NumberRun run = read_run(text, pos);
    pos = run.end;
    const std::string verbatim(text.substr(run.start, run.end - run.start));
    if (looks_like_date(run)) {
      if (!date_tokens(run, lang_base, out)) out.push_back(verbatim);
      continue;
    }
    std::optional<Decimal> value =
        run.kind == ':' ? std::nullopt : read_decimal(run.groups, run.seps, comma_dec);
    if (!value) {
      out.push_back(verbatim);
      continue;
    }
    if (pos < text.size() && text[pos] == '%') {
      out.push_back(value->canonical() + "%");
      ++pos;
      continue;
    }
    if (words_after(s, *value, pos, out) || words_before(s, run.start, *value, out)) continue;
    out.push_back(value->canonical());
  }
  return out;
}

}  // namespace songngu
