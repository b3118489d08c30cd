#include "lang/text_units.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "lang/word_lists.h"
#include "text/normalize.h"

namespace songngu {
namespace {

bool is_word_char(UChar32 c) {
  if (u_isalnum(c)) return true;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019;
}

bool ends_sentence(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' || c == '\n' || c == '\r' ||
         c == 0x3002;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool boundary = true, sentence_start = true;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!is_word_char(c)) {
      if (!u_isUWhiteSpace(c)) boundary = true;
      if (ends_sentence(c)) sentence_start = true;
      continue;
    }
    Word w;
    w.begin = static_cast<size_t>(start);
    w.capitalized = u_isupper(c) || u_istitle(c);
    w.has_digit = u_isdigit(c);
    int32_t end = i;
    while (end < length) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(s, next, length, d);
      if (is_word_char(d)) {
        w.has_digit = w.has_digit || u_isdigit(d);
        end = next;
        continue;
      }
      if (is_apostrophe(d) && next < length) {  // inner apostrophe: Korea's
        int32_t after = next;
        UChar32 e;
        U8_NEXT(s, after, length, e);
        if (u_isalpha(e)) {
          end = next;
          continue;
        }
      }
      break;
    }
    w.end = static_cast<size_t>(end);
    w.surface = std::string(text.substr(w.begin, w.end - w.begin));
    w.key = match_key(w.surface);
    w.boundary_before = boundary;
    w.sentence_initial = sentence_start;
    boundary = sentence_start = false;
    words.push_back(std::move(w));
    i = end;
  }
  return words;
}

std::vector<std::string> key_words(std::string_view text) {
  std::vector<std::string> keys;
  for (auto& w : split_words(text)) keys.push_back(std::move(w.key));
  return keys;
}

std::string fold_english(std::string_view key) {
  std::string w(key);
  for (std::string_view poss : {"'s", "\xE2\x80\x99s"})
    if (ends_with(w, poss) && w.size() > poss.size())
      return fold_english(w.substr(0, w.size() - poss.size()));
  if (w.size() <= 3) return w;
  if (ends_with(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
  for (std::string_view es : {"sses", "xes", "zes", "ches", "shes"})
    if (ends_with(w, es)) return w.substr(0, w.size() - 2);
  if (w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is"))
    return w.substr(0, w.size() - 1);
  return w;
}

std::string ascii_fold(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(in, status) : in;
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0110 || c == 0x0111) c = 'd';
    out.append(u_tolower(c));
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

bool is_hangul_word(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t length = static_cast<int32_t>(word.size()), i = 0;
  int hangul = 0, other = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
      ++hangul;
    else if (u_isalpha(c))
      ++other;
  }
  return hangul > 0 && hangul >= other;
}

std::string strip_ko_particle(std::string_view eojeol, const std::set<std::string>* seen_stems) {
  const KoParticles& particles = ko_particles();
  for (const auto& p : particles.all) {
    // At least one Hangul syllable (3 bytes) must remain.
    if (eojeol.size() < p.size() + 3 || !ends_with(eojeol, p)) continue;
    std::string stem(eojeol.substr(0, eojeol.size() - p.size()));
    if (particles.ambiguous.count(p) && (!seen_stems || !seen_stems->count(stem))) continue;
    return stem;
  }
  return std::string(eojeol);
}

}  // namespace songngu
