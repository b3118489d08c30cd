// Fuzzes the XLIFF reader (1.2, 2.0/2.1, SDLXLIFF, MQXLIFF; tinyxml2 underneath): any bytes must give
// segments whose inline markup is valid TMX inline markup with the segment's text, or a
// songngu::Error; never a crash, a hang or an expanded entity. What it reads is then written as
// XLIFF 1.2 and 2.0 and read back, which must not fail.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "descriptor_check.h"
#include "text/read_text.h"
#include "tm/inline_markup.h"
#include "tm/xliff_reader.h"
#include "tm/xliff_writer.h"

namespace {

void check_variant(const songngu::Variant& v) {
  if (v.markup.empty()) return;
  if (songngu::inline_markup_problem(v.markup)) std::abort();
  if (songngu::inline_markup_text(v.markup) != v.text) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  songngu::fuzz::DescriptorCheck no_leak;
  static const std::string out = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir ? dir : "/tmp") + "/songngu-xliff-fuzz-" + std::to_string(getpid()) + ".xlf";
  }();
  songngu::CatFile file;
  try {
    songngu::TextFile text =
        songngu::decode_text(std::string(reinterpret_cast<const char*>(data), size), "f.xlf");
    file = songngu::parse_xliff(std::move(text.text), "f.xlf");
  } catch (const songngu::Error&) {
    return 0;
  }
  for (const auto& s : file.segments) {
    check_variant(s.source);
    check_variant(s.target);
  }
  std::vector<songngu::TranslationUnit> units = songngu::cat_units(file, "vi", "en", false);
  for (const char* version : {"1.2", "2.0"}) {
    songngu::XliffWriteOptions o;
    o.version = version;
    o.source_lang = "vi";
    o.target_lang = "en";
    try {
      songngu::write_xliff(out, units, o);
    } catch (const songngu::Error&) {
      continue;  // a language tag the file gave that the writer refuses
    }
    if (songngu::read_xliff(out).segments.size() > units.size()) std::abort();
  }
  return 0;
}
