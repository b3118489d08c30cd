#pragma once
// A guess of a text's language from its script, for `songngu segment` without -l: mostly Hangul
// -> "ko"; Latin with Vietnamese letters (ă â đ ê ô ơ ư or a Vietnamese tone mark) -> "vi"; other
// Latin -> "en"; nothing to go on -> "vi" (the project's source language). It looks at the first
// 64 KiB only.
#include <string>
#include <string_view>

namespace songngu {

std::string guess_language(std::string_view utf8);

}  // namespace songngu
