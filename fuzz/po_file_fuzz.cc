// Fuzzes the PO reader: any bytes must give segments or a songngu::Error naming a line; never a
// crash or a hang. What it reads is written back as PO, which must read back to as many segments
// with a target.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "descriptor_check.h"
#include "text/read_text.h"
#include "tm/po_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  songngu::fuzz::DescriptorCheck no_leak;
  static const std::string out = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir ? dir : "/tmp") + "/songngu-po-fuzz-" + std::to_string(getpid()) + ".po";
  }();
  songngu::CatFile file;
  try {
    songngu::TextFile text =
        songngu::decode_text(std::string(reinterpret_cast<const char*>(data), size), "f.po");
    file = songngu::parse_po(text.text, "f.po");
  } catch (const songngu::Error& e) {
    if (e.where().line == 0 && e.where().byte == songngu::Location::kNoByte && !e.where().file.empty() &&
        e.message_template().find("PO") != std::string::npos)
      std::abort();  // a PO error always names its line
    return 0;
  }
  std::vector<songngu::TranslationUnit> units = songngu::cat_units(file, "en", "vi", false);
  try {
    songngu::write_po(out, "en", "vi", units);
    (void)songngu::read_po(out);
  } catch (const songngu::Error&) {
    std::abort();  // songngu must read every PO it writes
  }
  return 0;
}
