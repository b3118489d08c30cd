#pragma once
// The old Vietnamese font encodings, converted to Unicode as UniKey's converter does:
// - TCVN3 (ABC; TCVN 5712:1993 VN3; the .VnTime and .VnTimeH fonts): one byte per letter. Only
//   the capitals Ă Â Ê Ô Ơ Ư Đ have codes of their own; a toned capital (Ấ, Ủ, ...) was typed with
//   the lower-case code in an upper-case font (.VnTimeH), so the bytes do not say it was a capital
//   and it is read as the lower-case letter, as UniKey reads it.
// - VNI (VNI-Windows; the VNI-Times fonts): a base letter followed by a diacritic byte (a + 0xF9 =
//   á, O + 0xC2 = Ô), except for the letters with one byte of their own (đ ơ ư, the toned i, ỵ).
// The tables are data: data/lang/tcvn3.tsv and vni.tsv (their PROVENANCE.md says where they come
// from). Bytes outside the tables read as windows-1252, as in UniKey (bytes 0x80-0x9F hold
// windows-1252's symbols in both fonts); the five bytes windows-1252 leaves undefined (0x81 0x8D
// 0x8F 0x90 0x9D), and in VNI a diacritic byte that follows no letter it can go on, cannot be
// decoded.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace songngu {

enum class VietnameseFont { kTcvn3, kVni };

// "tcvn3", "abc", "vn3" -> kTcvn3; "vni", "vni-win", "vni-windows" -> kVni (any case); else nullopt.
std::optional<VietnameseFont> vietnamese_font_named(std::string_view name);
// "TCVN3" or "VNI": the name warnings and errors use.
const char* vietnamese_font_name(VietnameseFont font);

// Appends the UTF-8 decoding of `bytes` to `out` and returns std::string_view::npos, or stops at
// the first byte it cannot decode and returns that byte's offset (`out` then holds the text
// before it). Letters come out precomposed (NFC). Throws Error(kBadInput) when the table file
// cannot be read.
size_t decode_vietnamese_font(VietnameseFont font, std::string_view bytes, std::string& out);

// The reverse, for tests and fuzzing: every letter of the table as the font writes it, other ASCII
// as is, any other character as '?'.
std::string encode_vietnamese_font(VietnameseFont font, std::string_view utf8);

}  // namespace songngu
