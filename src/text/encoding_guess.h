#pragma once
// Guesses what a file that is not UTF-8 is written in, so the error can say what to do. The old
// Vietnamese font encodings (TCVN3/ABC, VNI) are recognised by their byte patterns and named even
// though nothing converts them; windows-1258 likewise (ICU's detector does not know it); other
// encodings (EUC-KR, windows-1252, ...) come from ICU's charset detector (ucsdet).
#include <string>
#include <string_view>

namespace songngu {

struct EncodingGuess {
  enum class Kind {
    kUnknown,         // no useful guess
    kConvertible,     // `encoding` names an ICU converter that --encoding accepts
    kVietnameseFont,  // TCVN3 (ABC) or VNI: songngu cannot convert it
  };
  Kind kind = Kind::kUnknown;
  std::string description;  // "windows-1258 (Vietnamese)", "TCVN3 (ABC)", "VNI", "EUC-KR or cp949 (Korean)"
  std::string encoding;     // the --encoding value to suggest (empty for font encodings)
};

// Looks at (up to the first MiB of) `bytes`, which is known not to be valid UTF-8.
EncodingGuess guess_legacy_encoding(std::string_view bytes);

// "UTF-16LE" or "UTF-16BE" when the NUL bytes of `bytes` fall on one parity, as in UTF-16 text
// without a byte order mark; "" otherwise.
std::string guess_utf16_without_bom(std::string_view bytes);

}  // namespace songngu
