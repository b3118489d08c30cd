// Fuzzes the DOCX and ODT readers on their XML parts (the zip layer is libzip's): any bytes as
// word/document.xml, word/footnotes.xml or content.xml must give blocks or a songngu::Error.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/error.h"
#include "read/docx_reader.h"
#include "read/odt_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    (void)songngu::docx_blocks(bytes, "", "", "fuzz.docx");
  } catch (const songngu::Error&) {
  }
  try {  // the same bytes as the notes part of a document that cites note 1
    (void)songngu::docx_blocks(
        "<w:document><w:body><w:p><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p></w:body></w:document>",
        bytes, "", "fuzz.docx");
  } catch (const songngu::Error&) {
  }
  try {
    (void)songngu::odt_blocks(bytes, "fuzz.odt");
  } catch (const songngu::Error&) {
  }
  return 0;
}
