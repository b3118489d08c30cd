// Fuzzes the segmenter on valid UTF-8 text (invalid bytes stop at decode_text, fuzzed apart): the
// first input byte picks the language; every segment must be non-empty UTF-8 inside the file.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "base/error.h"
#include "descriptor_check.h"
#include "segment/segmenter.h"
#include "text/read_text.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  songngu::fuzz::DescriptorCheck no_leak;
  static const char* kLangs[] = {"vi", "en", "ko"};
  static std::unique_ptr<songngu::Segmenter> segmenters[3];
  if (size < 1) return 0;
  size_t which = data[0] % 3;
  if (!segmenters[which])
    segmenters[which] = std::make_unique<songngu::Segmenter>(songngu::Lang(kLangs[which]));
  songngu::TextFile file;
  try {
    file = songngu::decode_text(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), "fuzz");
  } catch (const songngu::Error&) {
    return 0;
  }
  try {
    songngu::Document doc = segmenters[which]->segment(file);
    for (const auto& s : doc.segments) {
      if (!songngu::is_valid_utf8(s.text)) std::abort();
    }
    songngu::read_presegmented(file, songngu::Lang(kLangs[which]));
  } catch (const songngu::Error&) {
  }
  return 0;
}
