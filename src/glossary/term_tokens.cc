#include "glossary/term_tokens.h"

#include <set>
#include <unordered_map>

#include "lang/text_units.h"
#include "lang/word_lists.h"

namespace songngu {
namespace {

// Only spaces and hyphens or dashes (-, U+2010, U+2011, U+2013), at least one of them.
bool only_hyphens(std::string_view between) {
  bool hyphen = false;
  for (size_t i = 0; i < between.size();) {
    if (between[i] == ' ') {
      ++i;
    } else if (between[i] == '-') {
      hyphen = true, ++i;
    } else if (between.substr(i, 2) == "\xE2\x80" && i + 2 < between.size() &&
               (between[i + 2] == '\x90' || between[i + 2] == '\x91' || between[i + 2] == '\x93')) {
      hyphen = true, i += 3;
    } else {
      return false;
    }
  }
  return hyphen;
}

// The first syllables of 하다 and 되다 in their inflected forms (선택합니다, 선택한, 선택할,
// 선택해야, 선택했다, 선택된, 선택됩니다, 선택될, 선택되어).
bool is_light_verb_syllable(std::string_view syllable) {
  static const std::set<std::string_view> kSyllables = {"하", "한", "할", "함", "합", "해", "했",
                                                        "되", "된", "될", "됨", "됩", "돼", "됐"};
  return kSyllables.count(syllable) > 0;
}

// Particles that also end a verb's stem (놓은, 놓는, 놓을, 있으며, 있으나).
bool ends_verb_stems_too(std::string_view particle) {
  return particle == "은" || particle == "는" || particle == "을" || particle == "며" || particle == "나";
}

// The bytes of the noun in a Korean eojeol that is a noun used as a verb or adjective with 하다 or
// 되다 (선택합니다 = 선택 + 합니다, 필요한 = 필요 + 한), 0 when it is not one: the noun has at least
// two syllables (대한, 위해, 통해 are words of their own) and is a stem the input uses elsewhere;
// the longest such noun. Not when the input uses the eojeol's stem as a noun (부분합이: 부분합 is
// not 부분 + 합) or the rest as one (날짜함수, 함수를: 함수 is a noun, not an ending of 하다), nor
// when the rest is a syllable that does not end a word (합 of 합니다, 됩 of 됩니다, 했 of 했다).
size_t light_verb_noun(std::string_view eojeol, const KoreanStems& korean) {
  const size_t kSyllable = 3;  // bytes of a Hangul syllable in UTF-8
  if (eojeol.size() % kSyllable != 0 || eojeol.size() < 3 * kSyllable) return 0;
  if (korean.nouns.count(strip_ko_particle(eojeol, &korean.stems))) return 0;
  for (size_t noun = eojeol.size() - kSyllable; noun >= 2 * kSyllable; noun -= kSyllable) {
    std::string_view rest = eojeol.substr(noun);
    if (!is_light_verb_syllable(rest.substr(0, kSyllable)) ||
        !korean.stems.count(std::string(eojeol.substr(0, noun))))
      continue;
    std::string rest_stem = strip_ko_particle(rest, &korean.stems);
    if (korean.nouns.count(rest_stem)) return 0;
    if (rest_stem == "합" || rest_stem == "됩" || rest_stem == "했" || rest_stem == "됐") return 0;
    return noun;
  }
  return 0;
}

}  // namespace

KoreanStems korean_stems(const std::vector<std::string_view>& texts) {
  KoreanStems out;
  const auto& particles = ko_particles().all;
  // bare[x]: eojeols written x; with_particle[x]: eojeols x + a particle (the longest one that fits:
  // 문서에도 is 문서 + 에도, not 문서에 + 도).
  std::unordered_map<std::string, int> bare, with_particle;
  for (std::string_view text : texts)
    for (const Word& w : split_words(text)) {
      if (!is_hangul_word(w.surface)) continue;
      out.stems.insert(strip_ko_particle(w.key, nullptr));
      ++bare[w.key];
      for (const std::string& p : particles)
        if (w.key.size() >= p.size() + 3 && w.key.ends_with(p)) {
          ++with_particle[w.key.substr(0, w.key.size() - p.size())];
          break;
        }
    }
  // Nouns: stems seen with a particle that never ends a verb's stem (every distinct eojeol is a key
  // of `bare`; the stems need the whole input first).
  for (const auto& entry : bare) {
    const std::string& eojeol = entry.first;
    std::string stem = strip_ko_particle(eojeol, &out.stems);
    std::string_view particle = std::string_view(eojeol).substr(stem.size());
    if (!particle.empty() && !ends_verb_stems_too(particle)) out.nouns.insert(std::move(stem));
  }
  // e = s + p is a stem of its own when it takes particles at least half as often as s is used
  // otherwise (세로로, 세로는 against 세; but 문서에만 is rare beside 문서, 문서를, 문서의 ...).
  for (const auto& [e, count] : with_particle) {
    for (const std::string& p : particles) {
      if (e.size() < p.size() + 3 || !e.ends_with(p)) continue;
      std::string s = e.substr(0, e.size() - p.size());
      auto at = [](const std::unordered_map<std::string, int>& m, const std::string& k) {
        auto it = m.find(k);
        return it == m.end() ? 0 : it->second;
      };
      int other_uses_of_s = at(bare, s) + at(with_particle, s) - at(bare, e);
      if (count * 2 >= other_uses_of_s) out.take_particles.insert(e);
      break;
    }
  }
  return out;
}

std::vector<TermToken> term_tokens(std::string_view text, std::string_view lang_base,
                                   const KoreanStems* korean) {
  std::vector<TermToken> out;
  size_t previous_end = 0;
  for (Word& w : split_words(text)) {
    TermToken t;
    t.hyphen_before = w.boundary_before && previous_end > 0 &&
                      only_hyphens(text.substr(previous_end, w.begin - previous_end));
    previous_end = w.end;
    t.begin = w.begin;
    t.end = w.end;
    t.capitalized = w.capitalized;
    t.sentence_initial = w.sentence_initial;
    t.boundary_before = w.boundary_before;
    t.has_digit = w.has_digit;
    if (lang_base == "ko" && is_hangul_word(w.surface)) {
      std::string stem = strip_ko_particle(w.key, korean ? &korean->stems : nullptr);
      if (korean && korean->take_particles.count(w.key)) stem = w.key;  // a stem itself
      // A noun with the ending of 하다 / 되다: the ending is split off as a particle is.
      if (size_t noun = korean ? light_verb_noun(w.key, *korean) : 0; noun > 0) stem = w.key.substr(0, noun);
      std::string_view particle_text = std::string_view(w.key).substr(stem.size());
      // The split point is found in the text as written (a decomposed Hangul surface keeps the
      // eojeol whole rather than guess where its particle starts).
      if (!particle_text.empty() && w.surface.size() > particle_text.size() &&
          std::string_view(w.surface).substr(w.surface.size() - particle_text.size()) == particle_text) {
        size_t particle_bytes = particle_text.size();
        TermToken particle;
        particle.key = "~" + std::string(particle_text);
        particle.begin = w.end - particle_bytes;
        particle.end = w.end;
        particle.particle = true;
        particle.has_digit = false;
        t.key = std::move(stem);
        t.end = particle.begin;
        out.push_back(std::move(t));
        out.push_back(std::move(particle));
        continue;
      }
      t.key = std::move(w.key);
    } else if (lang_base == "en") {
      t.key = fold_english(w.key);
    } else {
      t.key = std::move(w.key);
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace songngu
