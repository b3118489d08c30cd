#include "glossary/name_transcription.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <vector>

#include "base/data_dir.h"
#include "base/error.h"
#include "lang/word_lists.h"

namespace songngu {
namespace {

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size()), i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

struct Table {
  std::map<std::u32string, std::u32string> onset, vowel, coda;
  size_t longest = 1;
};

const Table& table() {
  static const Table t = [] {
    Table t;
    std::string path = data_file("lang/vi-hangul-transcription.tsv");
    for (const auto& row : read_word_list(path)) {
      if (row.size() < 2) throw_bad_input(N_("a row without letters"), {}, {path});
      std::u32string letters = to_u32(row[1]), jamo = row.size() > 2 ? to_u32(row[2]) : U"";
      if (row[0] == "onset")
        t.onset[letters] = jamo;
      else if (row[0] == "vowel")
        t.vowel[letters] = jamo;
      else if (row[0] == "coda")
        t.coda[letters] = jamo;
      else
        throw_bad_input(N_("unknown part \"{1}\" (onset, vowel or coda)"), {row[0]}, {path});
      t.longest = std::max(t.longest, letters.size());
    }
    return t;
  }();
  return t;
}

// Lower case, tone marks (grave, acute, tilde, hook above, dot below) removed, vowel marks kept,
// a match key's trailing tone digit dropped.
std::u32string bare_syllable(std::string_view syllable) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return {};
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(syllable.data(), static_cast<int32_t>(syllable.size())));
  icu::UnicodeString decomposed = nfd->normalize(in, status), kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323) continue;
    if (u_isdigit(c)) continue;
    kept.append(u_tolower(c));
  }
  icu::UnicodeString composed = nfc->normalize(kept, status);
  std::string utf8;
  composed.toUTF8String(utf8);
  return U_SUCCESS(status) ? to_u32(utf8) : std::u32string();
}

bool is_vowel_letter(char32_t c) {
  static const std::u32string kVowels = U"aăâeêioôơuưy";
  return kVowels.find(c) != std::u32string::npos;
}

// Hangul Compatibility Jamo for the leading consonants, vowels and trailing consonants of a
// precomposed syllable (Unicode's syllable arithmetic).
constexpr char32_t kLeading[] = U"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const char32_t* const kVowelJamo[] = {U"ㅏ",   U"ㅐ",   U"ㅣㅏ", U"ㅣㅐ", U"ㅓ",   U"ㅔ",   U"ㅣㅓ",
                                      U"ㅣㅔ", U"ㅗ",   U"ㅗㅏ", U"ㅗㅐ", U"ㅗㅣ", U"ㅣㅗ", U"ㅜ",
                                      U"ㅜㅓ", U"ㅜㅔ", U"ㅜㅣ", U"ㅣㅜ", U"ㅡ",   U"ㅡㅣ", U"ㅣ"};
constexpr char32_t kTrailing[] = U" ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

}  // namespace

std::u32string vietnamese_jamo(std::string_view syllable) {
  const Table& t = table();
  std::u32string s = bare_syllable(syllable);
  if (s.empty() || std::none_of(s.begin(), s.end(), is_vowel_letter)) return {};
  for (char32_t c : s)
    if (!is_vowel_letter(c) && (c < U'a' || c > U'z') && c != U'đ') return {};
  std::u32string out;
  // Onset: the longest that leaves a vowel ("gi" in "gia", but "g" in "gì").
  size_t at = 0;
  for (size_t len = std::min(t.longest, s.size()); len > 0; --len) {
    auto it = t.onset.find(s.substr(0, len));
    if (it == t.onset.end() || std::none_of(s.begin() + len, s.end(), is_vowel_letter)) continue;
    out += it->second;
    at = len;
    break;
  }
  // Coda: the longest at the end after a vowel.
  size_t end = s.size();
  std::u32string coda;
  for (size_t len = std::min<size_t>(2, s.size() - at); len > 0; --len) {
    auto it = t.coda.find(s.substr(s.size() - len));
    if (it == t.coda.end() || s.size() - len <= at || !is_vowel_letter(s[s.size() - len - 1])) continue;
    coda = it->second;
    end = s.size() - len;
    break;
  }
  // Vowel: the whole group when the table has it, else letter by letter.
  std::u32string vowel = s.substr(at, end - at);
  if (auto it = t.vowel.find(vowel); it != t.vowel.end()) {
    out += it->second;
  } else {
    for (char32_t c : vowel)
      if (auto v = t.vowel.find(std::u32string(1, c)); v != t.vowel.end()) out += v->second;
  }
  return out + coda;
}

std::u32string hangul_jamo(std::string_view korean) {
  std::u32string out;
  for (char32_t c : to_u32(korean)) {
    if (c >= 0xAC00 && c <= 0xD7A3) {
      unsigned index = c - 0xAC00, lead = index / 588, vowel = (index % 588) / 28, trail = index % 28;
      if (kLeading[lead] != U'ㅇ') out += kLeading[lead];  // a silent initial ㅇ carries no sound
      out += kVowelJamo[vowel];
      if (trail) out += kTrailing[trail];
    } else if (c >= 0x3131 && c <= 0x318E) {
      out += c;
    }
  }
  return out;
}

double jamo_similarity(const std::u32string& a, const std::u32string& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return 1.0 - static_cast<double>(row[b.size()]) / std::max(a.size(), b.size());
}

}  // namespace songngu
