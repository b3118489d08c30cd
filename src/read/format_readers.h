#pragma once
// The readers of HTML, DOCX and ODT as one table: the entry of the "documents" plugin (base/plugin.h),
// which holds them with the libraries they need (gumbo, libzip, libxml2), so that commands reading
// only plain text never load those. read_document_text() calls them through format_readers().
#include <string>
#include <vector>

#include "read/blocks.h"
#include "text/read_text.h"

namespace songngu {

struct FormatReaders {
  std::vector<Block> (*html)(const std::string& path, const ReadOptions& options, std::string& encoding);
  std::vector<Block> (*docx)(const std::string& path, const ReadOptions& options);
  std::vector<Block> (*odt)(const std::string& path, const ReadOptions& options);
};

// The readers: those linked into this executable when it has them (songngu_documents_objects), else
// the plugin's. Throws Error(kBadInput) when the plugin cannot be loaded.
const FormatReaders& format_readers();

}  // namespace songngu

// Defined by src/read/format_readers.cc (in the plugin and wherever its objects are linked); weak
// here, so an executable without it sees a null address and loads the plugin instead.
extern "C" const songngu::FormatReaders* songngu_format_readers() __attribute__((weak));
