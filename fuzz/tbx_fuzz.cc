// Fuzzes the glossary module's TBX reader (parse_tbx), and the OmegaT TSV and CSV readers on the
// same bytes: bad input must be songngu::Error, never a crash.
#include <cstdint>
#include <string>

#include "base/error.h"
#include "descriptor_check.h"
#include "glossary/glossary_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  songngu::fuzz::DescriptorCheck no_leak;
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    songngu::parse_tbx(text, "fuzz.tbx");
  } catch (const songngu::Error&) {
  }
  try {
    songngu::parse_omegat_tsv(text, "fuzz.txt", {});
  } catch (const songngu::Error&) {
  }
  try {
    songngu::parse_glossary_csv(text, "fuzz.csv");
  } catch (const songngu::Error&) {
  }
  return 0;
}
