#pragma once
// What makes two translation units "the same" for merging and duplicate counts: the match keys
// (text/normalize.h: NFC, tone-mark placement, case and spaces folded) of every variant, by base
// language. "Hoà bình." / "Peace." and "Hòa bình." / "peace." are the same unit.
#include <string>

#include "tm/translation_unit.h"

namespace songngu {

// "vi=hoa2 binh.\x1f" "en=peace." with variants ordered by base language (source first when
// `srclang` is given), so variant order in the file does not matter.
std::string unit_match_key(const TranslationUnit& unit, const std::string& srclang);

}  // namespace songngu
