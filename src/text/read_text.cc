#include "text/read_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <unordered_map>

#include "base/error.h"
#include "base/lang.h"
#include "base/unique_file.h"
#include "text/encoding_guess.h"
#include "text/line_column.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "text/vietnamese_fonts.h"
#include "text/vietnamese_syllable.h"

namespace songngu {
namespace {

// ---- reading bytes ---------------------------------------------------------------------------

// Reads to end of file (base/unique_file.h, read_to_end: `expected` as there), errors named.
std::string read_all(int fd, const std::string& path, size_t expected) {
  std::string data;
  if (!read_to_end(fd, expected, data)) {
    if (errno == EISDIR) throw_bad_input(N_("is a directory, not a text file"), {}, {path});
    throw_bad_input(N_("cannot read: {1}"), {std::strerror(errno)}, {path});
  }
  return data;
}

std::string read_bytes(const std::string& path) {
  if (path == "-") return read_all(STDIN_FILENO, path, 0);
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) throw_bad_input(N_("no such file"), {}, {path});
    if (error == EACCES) throw_bad_input(N_("permission denied"), {}, {path});
    throw_bad_input(N_("cannot open: {1}"), {std::strerror(error)}, {path});
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) {
    throw_bad_input(N_("cannot read: {1}"), {std::strerror(errno)}, {path});
  }
  if (S_ISDIR(info.st_mode)) throw_bad_input(N_("is a directory, not a text file"), {}, {path});
  const size_t expected = S_ISREG(info.st_mode) ? static_cast<size_t>(info.st_size) : 0;
  return read_all(fd.get(), path, expected);
}

// ---- checks shared by every decoding path ---------------------------------------------------

[[noreturn]] void throw_empty(const std::string& name) {
  throw_bad_input(N_("the file is empty"), {}, {name});
}

[[noreturn]] void throw_binary(const std::string& name, size_t offset) {
  throw_bad_input(N_("binary file (a NUL byte); songngu reads plain text"), {}, {name, 0, 0, offset});
}

bool starts_with(const std::string& s, const char* prefix, size_t n) {
  return s.size() >= n && std::memcmp(s.data(), prefix, n) == 0;
}

// Calls f(line) for every line of `text`, a line ending at LF, CRLF or a lone CR.
template <typename F>
void for_each_line(std::string_view text, F f) {
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '\n' && c != '\r') continue;
    f(text.substr(start, i - start));
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) f(text.substr(start));
}

void add_warnings(TextFile& file) {
  size_t not_nfc = 0;
  for_each_line(file.text, [&](std::string_view line) { not_nfc += !is_nfc(line); });
  if (not_nfc > 0) {
    file.warnings.push_back({N_("{1} line(s) not in Unicode NFC; segment text is normalized to NFC"),
                             {std::to_string(not_nfc)},
                             {file.path}});
  }
  size_t lone_cr = 0;
  const std::string& t = file.text;
  for (size_t i = t.find('\r'); i != std::string::npos; i = t.find('\r', i + 1)) {
    lone_cr += i + 1 >= t.size() || t[i + 1] != '\n';
  }
  if (lone_cr > 0) {
    file.warnings.push_back(
        {N_("{1} line(s) end with a lone CR (old Mac style); each is read as a line break"),
         {std::to_string(lone_cr)},
         {file.path}});
  }
}

// ---- UTF-8 ------------------------------------------------------------------------------------

[[noreturn]] void throw_invalid_utf8(const std::string& name, const std::string& bytes, size_t bom,
                                     size_t bad) {
  const LineColumn at = line_column_at(std::string_view(bytes).substr(bom), bad);
  const Location where{name, at.line, at.column, bom + bad};
  const EncodingGuess guess = guess_legacy_encoding(bytes);
  if (guess.kind != EncodingGuess::Kind::kUnknown) {
    throw Error(ErrorKind::kBadInput, N_("invalid UTF-8; it may be {1}"), {guess.description}, where)
        .hint(Setting::kEncoding, guess.encoding);
  }
  throw_bad_input(N_("invalid UTF-8"), {}, where);
}

// ---- ICU converters -------------------------------------------------------------------------

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name, &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

// In common use (Python, iconv, Windows) cp949 is Microsoft's Unified Hangul Code; ICU maps the
// name to IBM-949, which lacks the 8,822 extra UHC syllables. Point those names at windows-949.
std::string resolve_encoding_name(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "cp949" || lower == "ms949" || lower == "uhc" || lower == "x-windows-949") {
    return "windows-949";
  }
  return name;
}

bool is_unicode_converter(const UConverter* converter) {
  switch (ucnv_getType(converter)) {
    case UCNV_UTF8:
    case UCNV_CESU8:
    case UCNV_UTF16:
    case UCNV_UTF16_BigEndian:
    case UCNV_UTF16_LittleEndian:
    case UCNV_UTF32:
    case UCNV_UTF32_BigEndian:
    case UCNV_UTF32_LittleEndian:
    case UCNV_UTF7:
    case UCNV_SCSU:
    case UCNV_BOCU1:
    case UCNV_IMAP_MAILBOX: return true;
    default: return false;
  }
}

size_t bom_size(const UConverter* converter) {
  switch (ucnv_getType(converter)) {
    case UCNV_UTF16:
    case UCNV_UTF16_BigEndian:
    case UCNV_UTF16_LittleEndian: return 2;
    case UCNV_UTF32:
    case UCNV_UTF32_BigEndian:
    case UCNV_UTF32_LittleEndian: return 4;
    default: return 3;
  }
}

// A user-facing name for the encoding: IANA's when it has one, else what the user typed.
std::string display_name(const UConverter* converter, const std::string& given) {
  UErrorCode status = U_ZERO_ERROR;
  const char* canonical = ucnv_getName(converter, &status);
  if (U_FAILURE(status) || canonical == nullptr) return given;
  status = U_ZERO_ERROR;
  const char* iana = ucnv_getStandardName(canonical, "IANA", &status);
  if (U_SUCCESS(status) && iana != nullptr) return iana;
  return given;
}

// Decodes `bytes` into UTF-8 through `source`, stopping at the first sequence it cannot decode.
// Returns npos on success, else the byte offset of the bad sequence (out holds the text before it,
// possibly short of a few characters still in the pivot buffer).
size_t convert_to_utf8(UConverter* source, std::string_view bytes, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  ucnv_reset(source);
  ucnv_setToUCallBack(source, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  Converter utf8 = open_converter("UTF-8");
  if (U_FAILURE(status) || !utf8) throw std::runtime_error("ICU UTF-8 converter unavailable");
  out.clear();
  out.reserve(bytes.size() + bytes.size() / 2);
  UChar pivot[8192];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  char buffer[1 << 16];
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  bool reset = true;
  for (;;) {
    char* target = buffer;
    status = U_ZERO_ERROR;
    ucnv_convertEx(utf8.get(), source, &target, buffer + sizeof buffer, &src, src_end, pivot, &pivot_source,
                   &pivot_target, pivot + 8192, reset, true, &status);
    reset = false;
    out.append(buffer, static_cast<size_t>(target - buffer));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      char invalid[32];
      int8_t invalid_length = sizeof invalid;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(source, invalid, &invalid_length, &ignored);
      const size_t consumed = static_cast<size_t>(src - bytes.data());
      return consumed - std::min<size_t>(consumed, U_SUCCESS(ignored) ? invalid_length : 0);
    }
    return std::string_view::npos;
  }
}

// NFC line by line: ICU's UTF-8 API takes int32_t lengths, and NFC never crosses a line break.
std::string nfc_by_lines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    out += nfc(std::string_view(text).substr(start, end - start));
    start = end;
  }
  return out;
}

TextFile decode_with_converter(std::string bytes, std::string name, const std::string& encoding) {
  Converter source = open_converter(resolve_encoding_name(encoding).c_str());
  if (!source)
    throw Error(ErrorKind::kUsage, N_("unknown encoding {1}"), {encoding}).hint(Setting::kEncoding);
  TextFile file;
  file.path = std::move(name);
  file.encoding = display_name(source.get(), encoding);
  file.converted = true;
  if (bytes.empty()) throw_empty(file.path);
  const size_t bad = convert_to_utf8(source.get(), bytes, file.text);
  if (bad != std::string_view::npos) {
    std::string before;
    convert_to_utf8(source.get(), std::string_view(bytes).substr(0, bad), before);
    const LineColumn at = line_column_at(before, before.size());
    throw_bad_input(N_("invalid {1}"), {encoding}, {file.path, at.line, at.column, bad});
  }
  if (starts_with(file.text, "\xEF\xBB\xBF", 3)) {
    file.text.erase(0, 3);
    file.bom_bytes = bom_size(source.get());
  }
  if (file.text.empty()) throw_empty(file.path);
  if (size_t nul = file.text.find('\0'); nul != std::string::npos) throw_binary(file.path, nul);
  if (!is_unicode_converter(source.get())) file.text = nfc_by_lines(file.text);
  add_warnings(file);
  return file;
}

[[noreturn]] void throw_unknown_encoding(const std::string& name) {
  throw Error(ErrorKind::kUsage, N_("unknown encoding {1}"), {name}).hint(Setting::kEncoding);
}

bool is_known_encoding(const std::string& name) {
  return vietnamese_font_named(name) || open_converter(resolve_encoding_name(name).c_str()) != nullptr;
}

TextFile decode_with_font(const std::string& bytes, std::string name, VietnameseFont font) {
  TextFile file;
  file.path = std::move(name);
  file.encoding = vietnamese_font_name(font);
  file.converted = true;
  if (bytes.empty()) throw_empty(file.path);
  const size_t bad = decode_vietnamese_font(font, bytes, file.text);
  if (bad != std::string_view::npos) {
    const LineColumn at = line_column_at(file.text, file.text.size());
    throw_bad_input(N_("invalid {1}"), {file.encoding}, {file.path, at.line, at.column, bad});
  }
  if (size_t nul = file.text.find('\0'); nul != std::string::npos) throw_binary(file.path, nul);
  file.text = nfc_by_lines(file.text);
  add_warnings(file);
  return file;
}

TextFile decode_with(const std::string& bytes, std::string name, const std::string& encoding) {
  if (auto font = vietnamese_font_named(encoding)) return decode_with_font(bytes, std::move(name), *font);
  return decode_with_converter(bytes, std::move(name), encoding);
}

// ---- detection (the contract's "certain") ---------------------------------------------------

constexpr size_t kMinEvidence = 20;  // Vietnamese words or Hangul syllables: shorter is not guessed

bool is_word_char(UChar32 c) {
  return u_isalpha(c) || u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK;
}

// At least kMinEvidence words with a letter outside ASCII, 95 % of them Vietnamese syllables, and
// at most one symbol outside letters and punctuation per 50 such words (Latin-1 symbols are what
// a wrong single-byte table produces).
bool reads_as_vietnamese(std::string_view text) {
  size_t words = 0, syllables = 0, symbols = 0;
  size_t start = 0;
  bool in_word = false, non_ascii = false;
  std::unordered_map<std::string_view, bool> known;  // a text repeats a few thousand syllables
  auto end_word = [&](size_t end) {
    if (in_word && non_ascii) {
      ++words;
      const std::string_view word = text.substr(start, end - start);
      auto it = known.find(word);
      if (it == known.end()) it = known.emplace(word, is_vietnamese_syllable(word)).first;
      syllables += it->second;
    }
    in_word = non_ascii = false;
  };
  for (size_t i = 0; i < text.size();) {
    char32_t c = 0;
    size_t n = decode_utf8(text, i, c);
    if (n == 0) n = 1, c = 0xFFFD;
    if (is_word_char(static_cast<UChar32>(c))) {
      if (!in_word) start = i, in_word = true;
      non_ascii |= c >= 0x80;
    } else {
      end_word(i);
      const bool punctuation =
          (c >= 0x2000 && c <= 0x206F) || (c >= 0xA0 && c <= 0xBF && c != 0xA4 && c != 0xA6 && c != 0xA8);
      symbols += c >= 0x80 && !punctuation;
    }
    i += n;
  }
  end_word(text.size());
  return words >= kMinEvidence && syllables * 100 >= words * 95 && symbols * 50 <= words;
}

// At least kMinEvidence Hangul syllables, 80 % of the characters outside ASCII.
bool reads_as_korean(std::string_view text) {
  size_t hangul = 0, non_ascii = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t c = 0;
    size_t n = decode_utf8(text, i, c);
    if (n == 0) n = 1, c = 0xFFFD;
    hangul += c >= 0xAC00 && c <= 0xD7A3;
    non_ascii += c >= 0x80;
    i += n;
  }
  return hangul >= kMinEvidence && hangul * 100 >= non_ascii * 80;
}

// The file decoded from the legacy encoding detection is certain of, else nullopt.
std::optional<TextFile> decode_detected(const std::string& bytes, const std::string& name,
                                        const std::string& lang) {
  const EncodingGuess guess = guess_legacy_encoding(bytes);
  const std::string& encoding = guess.encoding;
  std::string guess_lang;
  if (encoding == "windows-1258" || encoding == "tcvn3" || encoding == "vni") guess_lang = "vi";
  if (encoding == "cp949") guess_lang = "ko";
  if (guess_lang.empty() || (!lang.empty() && lang != guess_lang)) return std::nullopt;
  std::optional<TextFile> file;
  try {
    file = decode_with(bytes, name, encoding);
  } catch (const Error&) {
    return std::nullopt;
  }
  if (!(guess_lang == "vi" ? reads_as_vietnamese(file->text) : reads_as_korean(file->text)))
    return std::nullopt;
  Warning w{N_("not UTF-8: read as {1}, the encoding it is certainly in"), {guess.description}, {name}};
  w.setting = Setting::kEncoding;
  file->warnings.insert(file->warnings.begin(), w);
  return file;
}

// Not inlined: inlined into decode_text, g++ 12 warns of a string it thinks may be uninitialized.
[[gnu::noinline]] TextFile decode_utf8(std::string bytes, std::string name, const std::string& lang,
                                       bool detect) {
  if (bytes.empty()) throw_empty(name);
  // Byte order marks. UTF-32LE's starts like UTF-16LE's, so it is tested first.
  const char* unicode = nullptr;
  size_t unicode_bom = 0;
  if (starts_with(bytes, "\xFF\xFE\0\0", 4)) {
    unicode = "UTF-32LE";
    unicode_bom = 4;
  } else if (starts_with(bytes, "\0\0\xFE\xFF", 4)) {
    unicode = "UTF-32BE";
    unicode_bom = 4;
  } else if (starts_with(bytes, "\xFF\xFE", 2)) {
    unicode = "UTF-16LE";
    unicode_bom = 2;
  } else if (starts_with(bytes, "\xFE\xFF", 2)) {
    unicode = "UTF-16BE";
    unicode_bom = 2;
  }
  if (unicode != nullptr) {
    if (bytes.size() == unicode_bom) throw_empty(name);
    TextFile file = decode_with_converter(bytes.substr(unicode_bom), std::move(name), unicode);
    file.bom_bytes = unicode_bom;
    return file;
  }
  const size_t bom = starts_with(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
  if (bytes.size() == bom) throw_empty(name);
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    const std::string utf16 = guess_utf16_without_bom(bytes);
    if (!utf16.empty()) {
      throw Error(ErrorKind::kBadInput, N_("looks like UTF-16 without a byte order mark"), {}, {name})
          .hint(Setting::kEncoding, utf16);
    }
    throw_binary(name, static_cast<size_t>(static_cast<const char*>(nul) - bytes.data()));
  }
  const size_t bad = find_invalid_utf8(std::string_view(bytes).substr(bom));
  if (bad != std::string_view::npos) {
    if (!detect) throw_invalid_utf8(name, bytes, bom, bad);
    if (std::optional<TextFile> detected = decode_detected(bytes, name, lang)) return std::move(*detected);
    throw_invalid_utf8(name, bytes, bom, bad);
  }
  TextFile file;
  file.path = std::move(name);
  if (bom > 0) bytes.erase(0, bom);
  file.text = std::move(bytes);
  file.bom_bytes = bom;
  add_warnings(file);
  return file;
}

}  // namespace

std::string encoding_for(const ReadOptions& options) {
  if (auto it = options.encodings.find(options.lang); !options.lang.empty() && it != options.encodings.end())
    return it->second;
  return options.encoding;
}

void parse_encoding_option(const std::vector<std::string>& values, ReadOptions& options) {
  for (const std::string& value : values) {
    for (size_t start = 0; start <= value.size();) {
      const size_t comma = std::min(value.find(',', start), value.size());
      const std::string item = value.substr(start, comma - start);
      start = comma + 1;
      if (item.empty()) continue;
      const size_t equals = item.find('=');
      const std::string name = equals == std::string::npos ? item : item.substr(equals + 1);
      if (!is_known_encoding(name)) throw_unknown_encoding(name);
      if (equals == std::string::npos) {
        if (!options.encoding.empty())
          throw Error(ErrorKind::kUsage, N_("--encoding names two encodings for every file: {1} and {2}"),
                      {options.encoding, name});
        options.encoding = name;
        continue;
      }
      const std::string lang = Lang(item.substr(0, equals)).base();
      if (!options.encodings.emplace(lang, name).second)
        throw Error(ErrorKind::kUsage, N_("--encoding names two encodings for {1}"), {lang});
    }
  }
}

std::string parse_single_encoding(const std::vector<std::string>& values) {
  ReadOptions options;
  parse_encoding_option(values, options);
  if (!options.encodings.empty())
    throw Error(ErrorKind::kUsage,
                N_("--encoding {1}={2}: a bilingual or glossary file holds its languages in one encoding; "
                   "give the encoding's name alone"),
                {options.encodings.begin()->first, options.encodings.begin()->second});
  return options.encoding;
}

void check_encoding_languages(const ReadOptions& options, const std::vector<std::string>& langs) {
  for (const auto& entry : options.encodings) {
    if (std::find(langs.begin(), langs.end(), entry.first) != langs.end()) continue;
    std::string list;
    for (const auto& lang : langs) list += (list.empty() ? "" : ", ") + lang;
    throw Error(ErrorKind::kUsage, N_("--encoding {1}={2}: {1} is not a language of this job ({3})"),
                {entry.first, entry.second, list});
  }
}

TextFile decode_text(std::string bytes, std::string name, const ReadOptions& options) {
  const std::string encoding = encoding_for(options);
  if (!encoding.empty()) {
    if (auto font = vietnamese_font_named(encoding)) return decode_with_font(bytes, std::move(name), *font);
    Converter probe = open_converter(resolve_encoding_name(encoding).c_str());
    if (!probe) throw_unknown_encoding(encoding);
    if (ucnv_getType(probe.get()) != UCNV_UTF8) {
      return decode_with_converter(std::move(bytes), std::move(name), encoding);
    }
  }
  // UTF-8 asked for by name is not second-guessed: detection only when no encoding was given.
  return decode_utf8(std::move(bytes), std::move(name), options.lang, encoding.empty());
}

TextFile text_from_string(std::string text, std::string name) {
  return decode_text(std::move(text), std::move(name));
}

TextFile read_text_file(const std::string& path, const ReadOptions& options) {
  // An unknown encoding is a usage error, reported before the file is touched.
  const std::string encoding = encoding_for(options);
  if (!encoding.empty() && !is_known_encoding(encoding)) throw_unknown_encoding(encoding);
  return decode_text(read_bytes(path), path, options);
}

}  // namespace songngu
