// Fuzzes the SRX 2.0 reader and the compilation of its rules: malformed XML, unknown languages and
// bad regexes must be songngu::Error, never a crash.
#include <cstdint>
#include <string>

#include "base/error.h"
#include "descriptor_check.h"
#include "segment/srx.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  songngu::fuzz::DescriptorCheck no_leak;
  try {
    songngu::SrxDocument srx =
        songngu::read_srx_string(std::string(reinterpret_cast<const char*>(data), size), "fuzz.srx");
    for (const char* lang : {"vi", "en", "ko"}) srx.rules_for(lang);
  } catch (const songngu::Error&) {
  }
  return 0;
}
