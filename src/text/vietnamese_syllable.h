#pragma once
// Whether a word is spelled like a Vietnamese syllable: an initial consonant from Vietnamese
// spelling (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x, or none), a vowel
// group Vietnamese writes (a, oa, ươ, uyê, ...), a final (c ch m n ng nh p t, or none), and at most
// one tone mark, on a vowel; a final c, ch, p or t takes only the acute or dot-below tone. Case is
// ignored; the word may be NFC or NFD. Used to confirm that bytes decoded from a legacy encoding
// are Vietnamese text (read_text.h's "certain" detection): Latin-1 French or German read as
// windows-1258 gives words such as "été" or "für" that fail here.
#include <string_view>

namespace songngu {

bool is_vietnamese_syllable(std::string_view word);

}  // namespace songngu
