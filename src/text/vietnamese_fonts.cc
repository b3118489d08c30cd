#include "text/vietnamese_fonts.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "base/data_dir.h"
#include "base/error.h"
#include "text/utf8.h"

namespace songngu {
namespace {

// windows-1252's symbols at 0x80-0x9F (0: undefined there).
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

struct FontTable {
  std::array<std::string, 256> single;                     // one byte -> letter ("" when none)
  std::map<unsigned, std::string> pair;                    // (first << 8 | second) -> letter
  std::array<bool, 256> diacritic{};                       // a byte that is only ever the second of a pair
  std::map<std::string, std::string, std::less<>> encode;  // letter -> bytes
};

unsigned hex_byte(std::string_view hex, const std::string& file) {
  unsigned value = 0;
  if (hex.size() != 2) throw_bad_input(N_("bad table row"), {}, {file});
  for (char c : hex) {
    value <<= 4;
    if (c >= '0' && c <= '9')
      value |= static_cast<unsigned>(c - '0');
    else if (c >= 'A' && c <= 'F')
      value |= static_cast<unsigned>(c - 'A' + 10);
    else
      throw_bad_input(N_("bad table row"), {}, {file});
  }
  return value;
}

// Rows: LETTER <TAB> BYTES (one or two hex bytes, space-separated) <TAB> note. A byte shared by
// two letters (TCVN3's toned capitals) decodes to the first row's, the lower-case letter.
FontTable load_table(const std::string& relative) {
  const std::string text = read_data_file(relative);
  FontTable t;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line = std::string_view(text).substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw_bad_input(N_("bad table row"), {}, {relative});
    const std::string letter(line.substr(0, tab));
    std::string_view rest = line.substr(tab + 1);
    rest = rest.substr(0, rest.find('\t'));
    std::string bytes;
    for (size_t i = 0; i < rest.size(); i += 3)
      bytes += static_cast<char>(hex_byte(rest.substr(i, 2), relative));
    if (bytes.empty() || bytes.size() > 2) throw_bad_input(N_("bad table row"), {}, {relative});
    t.encode.emplace(letter, bytes);
    const auto first = static_cast<unsigned char>(bytes[0]);
    if (bytes.size() == 1) {
      if (t.single[first].empty()) t.single[first] = letter;
    } else {
      const auto second = static_cast<unsigned char>(bytes[1]);
      t.pair.emplace(first << 8 | second, letter);
      t.diacritic[second] = true;
    }
  }
  return t;
}

const FontTable& table(VietnameseFont font) {
  static const FontTable tcvn3 = load_table("lang/tcvn3.tsv");
  static const FontTable vni = load_table("lang/vni.tsv");
  return font == VietnameseFont::kTcvn3 ? tcvn3 : vni;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::optional<VietnameseFont> vietnamese_font_named(std::string_view name) {
  const std::string n = lower(name);
  if (n == "tcvn3" || n == "abc" || n == "vn3") return VietnameseFont::kTcvn3;
  if (n == "vni" || n == "vni-win" || n == "vni-windows") return VietnameseFont::kVni;
  return std::nullopt;
}

const char* vietnamese_font_name(VietnameseFont font) {
  return font == VietnameseFont::kTcvn3 ? "TCVN3" : "VNI";
}

size_t decode_vietnamese_font(VietnameseFont font, std::string_view bytes, std::string& out) {
  const FontTable& t = table(font);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  out.reserve(out.size() + bytes.size() + bytes.size() / 2);
  for (size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char c = p[i];
    if (i + 1 < bytes.size() && t.diacritic[p[i + 1]]) {
      if (auto it = t.pair.find(c << 8 | p[i + 1]); it != t.pair.end()) {
        out += it->second;
        ++i;
        continue;
      }
    }
    if (!t.single[c].empty()) {
      out += t.single[c];
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (t.diacritic[c]) {
      return i;  // a diacritic on nothing it can go on
    } else if (c < 0xA0) {
      if (kCp1252High[c - 0x80] == 0) return i;
      append_utf8(out, kCp1252High[c - 0x80]);
    } else {
      append_utf8(out, c);  // Latin-1 = windows-1252 from 0xA0
    }
  }
  return std::string_view::npos;
}

std::string encode_vietnamese_font(VietnameseFont font, std::string_view utf8) {
  const FontTable& t = table(font);
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    size_t n = decode_utf8(utf8, i, c);
    if (n == 0) n = 1, c = '?';
    if (auto it = t.encode.find(utf8.substr(i, n)); it != t.encode.end()) {
      out += it->second;
    } else {
      out += c < 0x80 ? static_cast<char>(c) : '?';
    }
    i += n;
  }
  return out;
}

}  // namespace songngu
