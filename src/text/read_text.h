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
//       line and column (1-based; the column counts characters), plus a guess of the real encoding
//       when detection is not certain (below): windows-1258, TCVN3, VNI or what ICU's detector
//       finds (EUC-KR -> cp949, ...), with the --encoding value to try;
//     a byte sequence that the --encoding converter cannot decode (byte offset, line, column).
// - Detection. A file that is valid UTF-8 is read as UTF-8, always: detection is never tried on
//   it, nor on a file read with an explicit encoding (UTF-8 named is not second-guessed). A file
//   that is not is decoded from a legacy encoding without being asked only when that is certain,
//   with a warning naming the encoding (setting kEncoding); "certain" means all of:
//     the byte patterns point to one encoding (encoding_guess.h): windows-1258, TCVN3 or VNI
//       (Vietnamese), or EUC-KR/cp949 (Korean); no other encoding is ever taken unasked;
//     the file's language, when the caller knows it (ReadOptions::lang), is that encoding's
//       language (a Korean file is never read as Vietnamese, an English one as neither);
//     the whole file decodes with it, without a byte it cannot decode;
//     the decoded text reads as the language: for Vietnamese at least 20 words with a letter
//       outside ASCII, 95 % of them spelled as Vietnamese syllables (text/vietnamese_syllable.h)
//       and next to no symbols outside letters and punctuation; for Korean at least 20 Hangul
//       syllables, 80 % of the characters outside ASCII.
//   A shorter or ambiguous file is not guessed: it gets the invalid-UTF-8 error with the guess.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "base/error.h"

namespace songngu {

struct ReadOptions {
  // Empty: UTF-8, with a UTF-8/UTF-16/UTF-32 byte order mark recognised and decoded, and the
  // detection above. Otherwise "tcvn3" or "vni" (text/vietnamese_fonts.h) or any ICU converter
  // name or alias ("windows-1258", "cp949", "EUC-KR", "UTF-16LE", ...). "cp949", "ms949" and
  // "uhc" mean Microsoft's Unified Hangul Code (ICU's own "cp949" alias is IBM-949).
  std::string encoding;
  // Per base language ("ko" -> "cp949"): for a file whose `lang` is listed, this wins over
  // `encoding` (--encoding ko=cp949).
  std::map<std::string, std::string> encodings = {};
  // The document format, for the read layer above this one: "" (from the file name's extension) or
  // text, html, docx, odt. The text layer itself reads every file as text.
  std::string from = {};  // (initialized: ReadOptions{encoding} stays warning-free)
  // The base language of the file ("vi", "ko", "en") when the caller knows it, else "": picks the
  // entry of `encodings` and limits detection to that language's encodings.
  std::string lang = {};
  // Threads a reader may use, the caller's included: 0 as many as help (a DOCX or ODT part inflates
  // and parses on two helper threads), 1 the caller's only (align -j 1, or a caller that already
  // keeps every processor busy reading other files).
  unsigned threads = 0;
};

// The encoding a file is read in: encodings[lang] when there is one, else `encoding`.
std::string encoding_for(const ReadOptions& options);

// Parses the values of --encoding into options.encoding and options.encodings. Each value is NAME,
// LANG=NAME or a comma-separated list of those ("vi=tcvn3,ko=cp949"); the option may be repeated.
// Throws Error(kUsage) for an unknown encoding name, a language given twice, or two plain NAMEs.
void parse_encoding_option(const std::vector<std::string>& values, ReadOptions& options);

// Throws Error(kUsage) when options.encodings names a language that is not among `langs` (the
// base languages of the job), since that setting would be silently ignored.
void check_encoding_languages(const ReadOptions& options, const std::vector<std::string>& langs);

// The --encoding values for files that hold all their languages in one encoding (a bilingual TSV
// or CSV, a glossary): one NAME (or none: ""). Throws Error(kUsage) for an unknown name, two names,
// or a LANG=NAME, which has no meaning there.
std::string parse_single_encoding(const std::vector<std::string>& values);

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
