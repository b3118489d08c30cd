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
    const size_t start = pos;
    std::vector<std::string> groups(1);
    std::string seps;
    char kind = 0;  // 0 plain, '/' slash date, ':' time-like, '-' ISO date
    while (pos < text.size()) {
      char c = text[pos];
      if (is_digit(c)) {
        groups.back() += c;
        ++pos;
      } else if ((c == '.' || c == ',' || c == '/' || c == ':' || c == '-') && pos + 1 < text.size() &&
                 is_digit(text[pos + 1])) {
        if (c == '-' && !(groups.size() == 1 && groups[0].size() == 4) && kind != '-') break;
        if (c == '/' || c == ':' || c == '-') kind = c;
        seps += c;
        groups.emplace_back();
        ++pos;
      } else {
        break;
      }
    }
    std::string run(text.substr(start, pos - start));
    auto to_int = [](const std::string& g) { return g.size() > 6 ? -1 : std::stoi(g); };

    if (kind == '/' || kind == '-' ||
        (seps.size() == 2 && seps[0] == seps[1] && groups[0].size() == 4 && groups[1].size() <= 2 &&
         groups[2].size() <= 2)) {
      // Dates: y-m-d / y.m.d / y/m/d, d/m(/y) in most languages, m/d(/y) in English when it fits.
      bool same_kind = seps.find_first_not_of(seps[0]) == std::string::npos;
      if (same_kind && groups.size() == 3 && groups[0].size() == 4 &&
          valid_date(to_int(groups[1]), to_int(groups[2]))) {
        push_date(out, to_int(groups[1]), to_int(groups[2]));
        out.push_back(Decimal{groups[0], 0}.canonical());
        continue;
      }
      if (kind == '/' && same_kind && (groups.size() == 2 || groups.size() == 3) && groups[0].size() <= 2 &&
          groups[1].size() <= 2 && (groups.size() == 2 || groups[2].size() == 4 || groups[2].size() == 2)) {
        int a = to_int(groups[0]), b = to_int(groups[1]);
        bool month_first = lang_base == "en" ? (valid_date(a, b)) : !valid_date(b, a);
        int month = month_first ? a : b, day = month_first ? b : a;
        if (valid_date(month, day)) {
          push_date(out, month, day);
          if (groups.size() == 3) out.push_back(Decimal{groups[2], 0}.canonical());
          continue;
        }
      }
      if (kind == '/' && groups.size() == 2 && groups[0].size() <= 2 && groups[1].size() == 4 &&
          valid_date(to_int(groups[0]), 1)) {  // month/year: "tháng 3/2025"
        out.push_back(month_token(to_int(groups[0])));
        out.push_back(Decimal{groups[1], 0}.canonical());
        continue;
      }
      if (kind == '-' && groups.size() == 2) {  // a range of years, "1992-2025": its endpoints
        out.push_back(Decimal{groups[0], 0}.canonical());
        out.push_back(Decimal{groups[1], 0}.canonical());
        continue;
      }
      out.push_back(run);
      continue;
    }
    if (kind == ':') {
      out.push_back(run);
      continue;
    }
    std::optional<Decimal> value = read_decimal(groups, seps, comma_dec);
    if (!value) {
      out.push_back(run);
      continue;
    }
    // What follows: percent sign or word, magnitude words (several may combine: nghìn tỷ),
    // Korean date units (10월 30일), month names (30 October).
    size_t after = pos;
    if (after < text.size() && text[after] == '%') {
      out.push_back(value->canonical() + "%");
      pos = after + 1;
      continue;
    }
    size_t end;
    if (const WordEntry* e = match_word_after(s, after, std::nullopt, &end)) {
      if (e->kind == WordKind::kPercent) {
        out.push_back(value->canonical() + "%");
        pos = end;
        continue;
      }
      if (e->kind == WordKind::kScale) {
        value->scale(e->value);
        pos = end;
        while (const WordEntry* more = match_word_after(s, pos, WordKind::kScale, &end)) {
          value->scale(more->value);
          pos = end;
        }
        out.push_back(value->canonical());
        continue;
      }
      int n = value->point == 0 ? to_int(value->digits) : -1;
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
            continue;
          }
        }
        out.push_back(month_token(n));
        pos = end;
        continue;
      }
      if (e->kind == WordKind::kMonth && valid_date(e->value, n)) {  // 30 October
        push_date(out, e->value, n);
        pos = end;
        continue;
      }
      if (e->kind == WordKind::kMonthBefore && n >= 1 && n <= 31) {  // 30 tháng 10
        size_t p = s.skip_spaces(end);
        size_t q = p;
        while (q < text.size() && is_digit(text[q])) ++q;
        if (q > p && valid_date(to_int(std::string(text.substr(p, q - p))), n)) {
          push_date(out, to_int(std::string(text.substr(p, q - p))), n);
          pos = q;
          continue;
        }
      }
    }
    int n = value->point == 0 ? to_int(value->digits) : -1;
    if (const WordEntry* m = match_word_before(s, start, WordKind::kMonth); m && valid_date(m->value, n)) {
      push_date(out, m->value, n);  // October 30
      continue;
    } else if (m && value->point == 0 && value->digits.size() == 4) {  // March 2025
      out.push_back(month_token(m->value));
      out.push_back(value->canonical());
      continue;
    }
    if (match_word_before(s, start, WordKind::kMonthBefore) && n >= 1 && n <= 12) {
      out.push_back(month_token(n));  // tháng 10 (the day, when given, was read before it)
      continue;
    }
    out.push_back(value->canonical());
  }
  return out;
}

}  // namespace songngu
