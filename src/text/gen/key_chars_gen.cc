// Build-time generator of the key-character blocks built into songngu (text/key_chars.h): asks ICU,
// the ICU the program links, for the blocks every Vietnamese, English or Korean text touches and
// writes them as C++ (key_chars_blocks.inc), so that a run does not compute them at start-up.
//   key_chars_gen OUTPUT
#include <unicode/uversion.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "text/key_chars.h"

namespace {

// Basic Latin and Latin-1, Latin Extended-A and -B (ă, đ, ơ, ư), spacing modifiers, combining
// marks (decomposed Vietnamese), Latin Extended Additional (the toned Vietnamese letters), general
// punctuation, CJK symbols and punctuation, Hangul compatibility jamo, the Hangul syllables
// (U+AC00-U+D7A3: a Korean text touches dozens of their 44 blocks), half- and full-width forms.
constexpr unsigned kBuiltIn[] = {0x00, 0x01, 0x02, 0x03, 0x1E, 0x20, 0x30, 0x31, 0xAC, 0xAD, 0xAE,
                                 0xAF, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9,
                                 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4,
                                 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF,
                                 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xFF};

std::string hex(unsigned long v) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%lX", v);
  return buffer;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: key_chars_gen OUTPUT\n";
    return 2;
  }
  const std::string path = argv[1], temporary = path + ".tmp";
  std::ofstream out(temporary);
  out << "// Generated at build time by src/text/gen/key_chars_gen.cc from ICU " << U_ICU_VERSION
      << ": do not edit.\n// Included by text/key_chars.cc.\nnamespace {\n";
  for (unsigned block : kBuiltIn) {
    const songngu::key_chars_detail::Block b = songngu::key_chars_detail::compute_block(block << 8);
    out << "constexpr key_chars_detail::Block kBlock" << hex(block) << " = {{\n";
    for (const songngu::KeyChar& k : b)
      out << "    {" << hex(k.folded) << ", " << unsigned{k.flags} << ", " << unsigned{k.tone} << ", "
          << hex(k.base) << "},\n";
    out << "}};\n";
  }
  out << "}  // namespace\n\nconstinit std::array<std::atomic<const key_chars_detail::Block*>, 256> "
         "key_chars_detail::blocks = {\n";
  for (unsigned block = 0; block < 256; ++block) {
    bool built_in = false;
    for (unsigned b : kBuiltIn) built_in |= b == block;
    out << "    " << (built_in ? "&kBlock" + hex(block) : std::string("nullptr")) << ",\n";
  }
  out << "};\n\nbool key_chars_detail::built_in(unsigned block) {\n  switch (block) {\n";
  for (unsigned block : kBuiltIn) out << "    case " << hex(block) << ":\n";
  out << "      return true;\n    default:\n      return false;\n  }\n}\n";
  out.close();
  if (!out || std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::cerr << "key_chars_gen: cannot write " << path << "\n";
    return 1;
  }
  return 0;
}
