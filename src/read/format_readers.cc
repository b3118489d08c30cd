// The "documents" plugin's entry (read/format_readers.h); built into the plugin, not into songngu_read.
#include "read/format_readers.h"

#include "read/docx_reader.h"
#include "read/html_reader.h"
#include "read/odt_reader.h"

extern "C" const songngu::FormatReaders* songngu_format_readers() {
  static const songngu::FormatReaders readers{songngu::read_html, songngu::read_docx, songngu::read_odt};
  return &readers;
}
