#pragma once
// Guesses what a file that is not UTF-8 is written in. The old Vietnamese font encodings (TCVN3/ABC,
// VNI) and windows-1258 are recognised by their byte patterns (ICU's detector knows none of them);
// other encodings (EUC-KR, windows-1252, ...) come from ICU's charset detector (ucsdet). A guess is
// only a guess: read_text.h decides when it is certain enough to decode the file with it.
#include <string>
#include <string_view>

namespace songngu {

struct EncodingGuess {
  enum class Kind {
    kUnknown,         // no useful guess
    kConvertible,     // `encoding` names an ICU converter that --encoding accepts
    kVietnameseFont,  // TCVN3 (ABC) or VNI: `encoding` is "tcvn3" or "vni" (text/vietnamese_fonts.h)
  };
  Kind kind = Kind::kUnknown;
  std::string description;  // "windows-1258 (Vietnamese)", "TCVN3 (ABC)", "VNI", "EUC-KR or cp949 (Korean)"
  std::string encoding;     // the --encoding value to suggest
};

// Looks at (up to the first MiB of) `bytes`, which is known not to be valid UTF-8.
EncodingGuess guess_legacy_encoding(std::string_view bytes);

// "UTF-16LE" or "UTF-16BE" when the NUL bytes of `bytes` fall on one parity, as in UTF-16 text
// without a byte order mark; "" otherwise.
std::string guess_utf16_without_bom(std::string_view bytes);

}  // namespace songngu
