#pragma once
// Which writing system a text is in, by counting its letters: lets the aligner warn when a "Korean"
// file is mostly Latin, and lets `check` guess the target language (Hangul -> ko, Latin -> en).
// Digits, punctuation, symbols, spaces and combining marks are not counted.
#include <cstddef>
#include <string>
#include <string_view>

namespace songngu {

enum class Script { kLatin, kHangul, kHan, kOther, kNone };

struct ScriptCounts {
  size_t latin = 0;
  size_t hangul = 0;  // Hangul syllables and jamo
  size_t han = 0;     // CJK ideographs (Hanja)
  size_t other = 0;   // letters of any other script (Cyrillic, Thai, kana, ...)
  size_t letters() const { return latin + hangul + han + other; }
};

// Letters per script. Ill-formed UTF-8 bytes are skipped.
ScriptCounts count_scripts(std::string_view utf8);

// The script with the most letters; kNone when there are no letters. Ties go to the earlier
// enumerator (Latin, then Hangul, then Han, then other).
Script dominant_script(std::string_view utf8);
Script dominant_script(const ScriptCounts& counts);

// "Latin", "Hangul", "Han", "other", "none" (stable identifiers, also used in JSON output).
std::string script_name(Script script);

}  // namespace songngu
