#pragma once
// Reading input files safely: every byte is validated before anything else sees the text, and a bad
// file gets one clear error naming the file and the position (nothing is written on bad input).
//
// Contract:
// - TextFile::text is UTF-8 without the byte order mark, line ends EXACTLY as in the file (LF, CRLF
//   and lone CR are all kept; the segmenter treats each as a line break).
// - Spans: for a UTF-8 file (the default), `text` is the file's bytes minus the BOM, so the
//   original byte offset of text offset k is `bom_bytes + k`. For a converted file (UTF-16 with a
//   BOM, or --encoding), spans refer to the decoded UTF-8 `text`, not to the file's bytes.
// - Text decoded from a legacy encoding (windows-1258, cp949, ...) is put in NFC, because
//   windows-1258 stores tone marks as separate combining characters. UTF-8 and UTF-16 text is left
//   as written; a warning says how many lines are not in NFC.
// - Errors are songngu::Error(kBadInput) with an N_() template, except an unknown encoding name,
//   which is a usage error:
//     missing file, directory, unreadable file;
//     empty file: zero bytes or only a byte order mark (whitespace-only text is NOT an error here:
//       it is read and simply yields no segments);
//     NUL bytes ("binary file"), or UTF-16 without a byte order mark (recognised by its NUL pattern:
//       the message says which --encoding to use);
//     invalid UTF-8 at a byte offset (0-based, counted in the file including the BOM) with its
//       line and column (1-based; the column counts characters), plus a guess of the real encoding:
//       windows-1258 or what ICU's detector finds (EUC-KR -> cp949, ...), or the old Vietnamese
//       font encodings TCVN3 (ABC) and VNI, which songngu cannot convert;
//     a byte sequence that the --encoding converter cannot decode.
#include <cstddef>
#include <string>
#include <vector>

#include "base/error.h"

namespace songngu {

struct ReadOptions {
  // Empty: UTF-8, with a UTF-8/UTF-16/UTF-32 byte order mark recognised and decoded. Otherwise any
  // ICU converter name or alias ("windows-1258", "cp949", "EUC-KR", "UTF-16LE", ...). "cp949",
  // "ms949" and "uhc" mean Microsoft's Unified Hangul Code (ICU's own "cp949" alias is IBM-949).
  std::string encoding;
  // The document format, for the read layer above this one: "" (from the file name's extension) or
  // text, html, docx, odt. The text layer itself reads every file as text.
  std::string from = {};  // (initialized: ReadOptions{encoding} stays warning-free)
};

struct TextFile {
  std::string path;                // as given ("-" for standard input)
  std::string text;                // UTF-8, BOM removed, line ends as in the file
  size_t bom_bytes = 0;            // bytes of the byte order mark that was removed (0, 2, 3 or 4)
  std::string encoding = "UTF-8";  // encoding the bytes were decoded from (ICU's canonical name)
  bool converted = false;          // true when `text` is not the file's bytes (spans: see above)
  std::vector<Warning> warnings;   // input not in NFC (with the number of lines), CR-only line ends
};

// The offset a span should carry for byte offset `text_offset` of file.text (see the contract
// above): bom_bytes + text_offset for a UTF-8 file, text_offset itself for a converted one.
inline size_t source_offset(const TextFile& file, size_t text_offset) {
  return file.converted ? text_offset : file.bom_bytes + text_offset;
}

// Reads and validates a file; "-" reads standard input.
TextFile read_text_file(const std::string& path, const ReadOptions& options = {});

// Validates and decodes bytes already in memory exactly as read_text_file does (same errors, with
// `name` in place of the path). For tests and for callers that got the bytes elsewhere.
TextFile decode_text(std::string bytes, std::string name, const ReadOptions& options = {});

// decode_text with default options: UTF-8 (BOM detection included).
TextFile text_from_string(std::string text, std::string name);

}  // namespace songngu
