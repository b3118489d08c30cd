#include "segment/segment_kinds.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstring>
#include <fstream>

#include "base/data_dir.h"
#include "base/error.h"
#include "segment/paragraphs.h"

namespace songngu {
namespace {

constexpr size_t kMaxHeadingWords = 25;
constexpr size_t kMaxNameCaptionWords = 20;
constexpr double kMinNameCaptionCapitals = 0.6;
constexpr size_t kMaxCaptionSegments = 3;
constexpr size_t kMaxBylineWords = 6;
constexpr size_t kMaxNameBylineWords = 4;

// Calls f(word) for each run of non-space bytes.
template <typename F>
void for_each_word(std::string_view text, F&& f) {
  size_t i = 0;
  while (i < text.size()) {
    if (size_t n = space_length_at(text, i)) {
      i += n;
      continue;
    }
    size_t start = i;
    while (i < text.size() && !space_length_at(text, i)) ++i;
    f(text.substr(start, i - start));
  }
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 last_code_point(std::string_view s, size_t* start = nullptr) {
  if (s.empty()) return 0;
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  if (start) *start = static_cast<size_t>(i);
  return c;
}

bool is_closer(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x300D || c == 0x300F;
}

// The text without closing quotes and brackets at its end.
std::string_view without_closers(std::string_view text) {
  while (!text.empty()) {
    size_t start = 0;
    if (!is_closer(last_code_point(text, &start))) break;
    text = text.substr(0, start);
  }
  return text;
}

bool has_final_punctuation(std::string_view text) {
  UChar32 c = last_code_point(without_closers(text));
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' || c == 0x3002 ||
         c == 0xFF01 || c == 0xFF1F;
}

bool ends_with_any(std::string_view text, const std::vector<std::string>& endings) {
  for (const auto& e : endings)
    if (text.size() >= e.size() && text.substr(text.size() - e.size()) == e) return true;
  return false;
}

bool is_capitalised(std::string_view word) {
  UChar32 c = first_code_point(word);
  return u_isupper(c) || u_istitle(c);
}

bool contains_digit(std::string_view text) {
  for (char c : text)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool is_capitalised(std::string_view word);

bool is_one_of(std::string_view word, const std::vector<std::string>& list) {
  for (const auto& w : list)
    if (word == w) return true;
  return false;
}

// What the rules need to know about the words of a one-segment paragraph, in one pass.
struct WordStats {
  size_t words = 0;
  size_t letter_words = 0;       // words starting with a letter, joiners left out
  size_t capitalised_words = 0;  // of those, the capitalised ones
  bool has_joiner = false;
  std::string_view first, last;

  WordStats(std::string_view text, const KindRules& rules) {
    for_each_word(text, [&](std::string_view w) {
      if (!words++) first = w;
      last = w;
      if (is_one_of(w, rules.name_joiners)) {
        has_joiner = true;
        return;
      }
      if (!u_isalpha(first_code_point(w))) return;
      ++letter_words;
      if (is_capitalised(w)) ++capitalised_words;
    });
  }
  bool all_capitalised() const { return letter_words == words && capitalised_words == words; }
};

bool is_name_caption(const WordStats& w) {
  return w.has_joiner && w.words <= kMaxNameCaptionWords && w.letter_words > 0 &&
         static_cast<double>(w.capitalised_words) >=
             kMinNameCaptionCapitals * static_cast<double>(w.letter_words);
}

bool is_byline(std::string_view text, const WordStats& w, const KindRules& rules) {
  if (w.words < 2 || w.words > kMaxBylineWords) return false;
  if (is_one_of(w.first, rules.byline_prefixes) || is_one_of(w.last, rules.byline_suffixes)) return true;
  return w.words <= kMaxNameBylineWords && !contains_digit(text) && w.all_capitalised();
}

// "1.Hai bên", "2. Hai bên", "(3) ", "IV. ", "a) ", "- ", "• ".
bool starts_list_item(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && text[i] == '(') ++i;
  size_t start = i;
  while (i < text.size() && i - start < 3 && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == start) {
    while (i < text.size() && i - start < 6 &&
           std::string_view("IVXLC").find(text[i]) != std::string_view::npos)
      ++i;
  }
  if (i == start && i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
  if (i > start && i < text.size() && (text[i] == '.' || text[i] == ')')) return i + 1 < text.size();
  if (text.starts_with("- ") || text.starts_with("* ") || text.starts_with("\u2022 ") ||
      text.starts_with("\u2013 "))
    return true;
  return false;
}

// Where to look first for `part` in running text: the offset of the byte least likely to be
// common there, ASCII punctuation other than . , - (":" in "Ảnh:", "=" in "사진="), else an upper-case
// ASCII letter or a UTF-8 continuation byte, else the last byte. Only speed depends on the choice.
size_t anchor_of(std::string_view part) {
  if (part.empty()) return 0;
  size_t best = part.size() - 1;
  int best_rank = 0;
  for (size_t i = 0; i < part.size(); ++i) {
    const auto b = static_cast<unsigned char>(part[i]);
    int rank = 0;
    if (b < 0x80 && std::ispunct(b) && b != '.' && b != ',' && b != '-')
      rank = 2;
    else if ((b >= 'A' && b <= 'Z') || (b >= 0x80 && b < 0xC0))
      rank = 1;
    if (rank > best_rank) best = i, best_rank = rank;
  }
  return best;
}

// True when `text` contains `part`: memchr finds the anchor byte, then the whole part is compared.
// (std::string::find looks for the first byte, and the first byte of "Ảnh:", 0xE1, starts a good
// share of all Vietnamese letters.)
bool contains(std::string_view text, std::string_view part, size_t anchor) {
  if (part.empty()) return true;
  if (part.size() > text.size()) return false;
  const char* first = text.data() + anchor;                               // first place the anchor can be
  const char* last = text.data() + text.size() - (part.size() - anchor);  // last place (inclusive)
  for (const char* p = first; p <= last; ++p) {
    p = static_cast<const char*>(std::memchr(p, part[anchor], static_cast<size_t>(last - p) + 1));
    if (p == nullptr) return false;
    if (std::memcmp(p - anchor, part.data(), part.size()) == 0) return true;
  }
  return false;
}

// The credit of a photo caption ("Ảnh: …", "Photo: …", "사진=…") sits in its first or last segment.
bool has_caption_marker(const Segment& first, const Segment& last, const KindRules& rules) {
  const bool anchored = rules.caption_marker_anchors.size() == rules.caption_markers.size();
  for (size_t i = 0; i < rules.caption_markers.size(); ++i) {
    const std::string& marker = rules.caption_markers[i];
    const size_t anchor = anchored ? rules.caption_marker_anchors[i] : anchor_of(marker);
    if (contains(first.text, marker, anchor) || (&first != &last && contains(last.text, marker, anchor)))
      return true;
  }
  return false;
}

}  // namespace

KindRules KindRules::load(const Lang& lang, const std::string& path) {
  std::string file = path.empty() ? data_file("segment/kinds.tsv") : path;
  std::ifstream in(file);
  if (!in) throw_bad_input(N_("cannot open the data file"), {}, {file});
  KindRules rules;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos)
      throw_bad_input(N_("expected LANGUAGE<TAB>ENTRY<TAB>VALUE"), {}, {file, static_cast<size_t>(number)});
    std::string language = line.substr(0, t1);
    std::string entry = line.substr(t1 + 1, t2 - t1 - 1);
    std::string value = line.substr(t2 + 1);
    if (language != "*" && language != lang.base()) continue;
    if (entry == "caption-marker")
      rules.caption_markers.push_back(value);
    else if (entry == "name-joiner")
      rules.name_joiners.push_back(value);
    else if (entry == "sentence-ending")
      rules.sentence_endings.push_back(value);
    else if (entry == "byline-prefix")
      rules.byline_prefixes.push_back(value);
    else if (entry == "byline-suffix")
      rules.byline_suffixes.push_back(value);
    else
      throw_bad_input(N_("unknown entry \"{1}\""), {entry}, {file, static_cast<size_t>(number)});
  }
  for (const auto& marker : rules.caption_markers) rules.caption_marker_anchors.push_back(anchor_of(marker));
  return rules;
}

size_t metadata_header_length(std::string_view p) {
  // "date" + spaces + YYYY-MM-DD, then a space or the end.
  if (!p.starts_with("date")) return 0;
  size_t i = 4;
  size_t spaces = 0;
  while (i < p.size() && (p[i] == ' ' || p[i] == '\t')) ++i, ++spaces;
  if (!spaces) return 0;
  const char* shape = "dddd-dd-dd";
  for (size_t k = 0; shape[k]; ++k, ++i) {
    if (i >= p.size()) return 0;
    bool ok = shape[k] == 'd' ? (p[i] >= '0' && p[i] <= '9') : p[i] == shape[k];
    if (!ok) return 0;
  }
  if (i < p.size() && !space_length_at(p, i)) return 0;
  return i;
}

void assign_kinds(std::vector<Segment>::iterator begin, std::vector<Segment>::iterator end,
                  bool last_paragraph, const KindRules& rules) {
  while (begin != end && begin->kind == SegmentKind::kMetadata) ++begin;
  if (begin == end) return;
  size_t count = static_cast<size_t>(end - begin);
  for (auto it = begin; it != end; ++it) it->kind = SegmentKind::kSentence;

  if (count <= kMaxCaptionSegments && has_caption_marker(*begin, *(end - 1), rules)) {
    for (auto it = begin; it != end; ++it) it->kind = SegmentKind::kCaption;
    return;
  }
  if (count == 1 && !has_final_punctuation(begin->text) &&
      !ends_with_any(begin->text, rules.sentence_endings)) {
    WordStats words(begin->text, rules);
    if (last_paragraph && is_byline(begin->text, words, rules)) {
      begin->kind = SegmentKind::kByline;
    } else if (is_name_caption(words)) {
      begin->kind = SegmentKind::kCaption;
    } else if (words.words <= kMaxHeadingWords) {
      begin->kind = SegmentKind::kHeading;
    }
    return;
  }
  for (auto it = begin; it != end; ++it)
    if (starts_list_item(it->text)) it->kind = SegmentKind::kListItem;
}

}  // namespace songngu
