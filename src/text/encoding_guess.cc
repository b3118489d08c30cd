#include "text/encoding_guess.h"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace songngu {
namespace {

constexpr size_t kSampleBytes = 1 << 20;

bool is_ascii_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_vowel(unsigned char c) {
  return c != 0 && std::strchr("aeiouyAEIOUY", c) != nullptr;
}

// Counts of the byte patterns that give each legacy Vietnamese encoding away. Every count is of
// high bytes (>= 0x80), so the shares below are fractions of all high bytes.
struct VietnameseEvidence {
  size_t high = 0;
  // TCVN3 puts lower-case Vietnamese letters at 0xA1-0xBF (ă â ê ô ơ ư đ at 0xA8-0xAE, à ả ã á ạ at
  // 0xB5-0xB9, ...), where Latin-1 and windows-125x have punctuation and symbols. Counted when
  // the byte touches an ASCII letter, as a letter inside a word does.
  size_t tcvn3 = 0;
  // VNI writes a Vietnamese letter as an ASCII vowel followed by a mark byte; these mark bytes
  // (ù ø û ï å ä ü ë and their capitals in windows-1252 terms) never follow a vowel in Vietnamese
  // windows-1258 text.
  size_t vni = 0;
  // windows-1258 writes most toned vowels as a vowel plus a combining tone byte
  // (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below).
  size_t cp1258 = 0;
};

VietnameseEvidence collect_evidence(std::string_view bytes) {
  static const unsigned char kVniMarks[] = {0xF9, 0xF8, 0xFB, 0xEF, 0xE5, 0xE4, 0xFC, 0xEB,
                                            0xD9, 0xD8, 0xDB, 0xCF, 0xC5, 0xC4, 0xDC, 0xCB};
  static const unsigned char kCp1258Tones[] = {0xCC, 0xEC, 0xD2, 0xDE, 0xF2};
  // windows-1258 vowels that take a combining tone: â ă ê ô ơ ư and capitals.
  static const unsigned char kCp1258Vowels[] = {0xE2, 0xE3, 0xEA, 0xF4, 0xF5, 0xFD,
                                                0xC2, 0xC3, 0xCA, 0xD4, 0xD5, 0xDD};
  auto in = [](unsigned char c, const unsigned char* set, size_t n) {
    return std::find(set, set + n, c) != set + n;
  };
  VietnameseEvidence e;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = std::min(bytes.size(), kSampleBytes);
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = p[i];
    if (c < 0x80) continue;
    ++e.high;
    const unsigned char before = i > 0 ? p[i - 1] : 0;
    const unsigned char after = i + 1 < n ? p[i + 1] : 0;
    if (c >= 0xA1 && c <= 0xBF && (is_ascii_letter(before) || is_ascii_letter(after))) ++e.tcvn3;
    if (is_ascii_vowel(before) && in(c, kVniMarks, sizeof kVniMarks)) ++e.vni;
    if ((is_ascii_vowel(before) || in(before, kCp1258Vowels, sizeof kCp1258Vowels)) &&
        in(c, kCp1258Tones, sizeof kCp1258Tones)) {
      ++e.cp1258;
    }
  }
  return e;
}

EncodingGuess guess_vietnamese(const VietnameseEvidence& e) {
  // A pattern must account for a fifth of the high bytes and occur twice. Measured on the fixtures
  // in tests/data/text: the right pattern's share is 0.35 (TCVN3), 0.45 (VNI), 0.40 (windows-1258)
  // and every wrong one 0.00; a Latin-1 French/German/Italian sample dense in "où"/"può" reaches
  // 0.12 (VNI) and 0.06 (windows-1258); Korean EUC-KR/cp949 at most 0.01.
  auto share = [&](size_t hits) { return hits >= 2 ? static_cast<double>(hits) / e.high : 0.0; };
  const double tcvn3 = share(e.tcvn3), vni = share(e.vni), cp1258 = share(e.cp1258);
  const double best = std::max({tcvn3, vni, cp1258});
  if (best < 0.2) return {};
  if (best == tcvn3) return {EncodingGuess::Kind::kVietnameseFont, "TCVN3 (ABC)", "tcvn3"};
  if (best == vni) return {EncodingGuess::Kind::kVietnameseFont, "VNI", "vni"};
  return {EncodingGuess::Kind::kConvertible, "windows-1258 (Vietnamese)", "windows-1258"};
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

EncodingGuess guess_with_icu(std::string_view bytes, size_t high_bytes) {
  // On a handful of non-ASCII bytes (a stray byte in otherwise ASCII text) the detector's answer is
  // noise, however confident it claims to be.
  if (high_bytes < 8) return {};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  const int32_t n = static_cast<int32_t>(std::min(bytes.size(), kSampleBytes));
  ucsdet_setText(detector.get(), bytes.data(), n, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &status);
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  // The detector answers every input with some guess; below 20 of 100 it is noise. The input has
  // no NUL bytes by now, so its weak UTF-16/UTF-32 guesses are wrong.
  if (U_FAILURE(status) || name == nullptr || confidence < 20) return {};
  std::string charset = name;
  if (charset == "UTF-8" || charset.rfind("UTF-", 0) == 0) return {};
  if (charset == "EUC-KR") {
    // Korean Windows files are cp949 (Unified Hangul Code), a superset of EUC-KR.
    return {EncodingGuess::Kind::kConvertible, "EUC-KR or cp949 (Korean)", "cp949"};
  }
  return {EncodingGuess::Kind::kConvertible, charset, charset};
}

}  // namespace

EncodingGuess guess_legacy_encoding(std::string_view bytes) {
  const VietnameseEvidence evidence = collect_evidence(bytes);
  EncodingGuess guess = guess_vietnamese(evidence);
  if (guess.kind != EncodingGuess::Kind::kUnknown) return guess;
  return guess_with_icu(bytes, evidence.high);
}

std::string guess_utf16_without_bom(std::string_view bytes) {
  if (bytes.size() % 2 != 0) return "";  // UTF-16 comes in 2-byte code units
  const size_t n = std::min(bytes.size(), size_t{1} << 16);
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += bytes[i] == '\0';
    odd += bytes[i + 1] == '\0';
  }
  const size_t pairs = n / 2;
  // ASCII characters, spaces and line breaks put a NUL in the high byte of their code unit; text
  // with one in ten such characters is enough, while the other parity stays (almost) free of NULs.
  const char* name = nullptr;
  bool little = false;
  if (odd >= 2 && odd * 10 >= pairs && even * 100 <= pairs) {
    name = "UTF-16LE";
    little = true;
  } else if (even >= 2 && even * 10 >= pairs && odd * 100 <= pairs) {
    name = "UTF-16BE";
  } else {
    return "";
  }
  // Confirm by decoding the sample: surrogates must pair up and no control character other than
  // tab and line breaks may appear (binary data with a NUL pattern fails here).
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (size_t i = 0; i < n; i += 2) {
    const unsigned unit = little ? p[i] | (p[i + 1] << 8) : (p[i] << 8) | p[i + 1];
    if (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r') return "";
    if (unit == 0xFFFE || unit == 0xFFFF || (unit >= 0xDC00 && unit <= 0xDFFF)) return "";
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (i + 2 >= n) break;  // pair cut by the sample's end
      const unsigned next = little ? p[i + 2] | (p[i + 3] << 8) : (p[i + 2] << 8) | p[i + 3];
      if (next < 0xDC00 || next > 0xDFFF) return "";
      i += 2;
    }
  }
  return name;
}

}  // namespace songngu
