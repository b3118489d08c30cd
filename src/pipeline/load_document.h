#pragma once
// From a file name to a segmented Document, the one way every job reads its inputs: the text
// layer reads and checks the bytes, the segmenter (or, for presegmented input, one segment a line)
// makes the segments, and the reader's warnings go to the caller's sink. The reading stage for
// document formats (HTML, DOCX, ODT) will sit here, in front of the text layer.
#include <string>

#include "base/lang.h"
#include "pipeline/progress.h"
#include "segment/segmenter.h"
#include "text/document.h"
#include "text/read_text.h"

namespace songngu {

// Reads `path` as text in `lang`; segments it with `segmenter`, or one segment a line when it is
// null. An empty file is an error (the reader's); a file with text but no segments (blank lines
// only, or text read in the wrong encoding) is returned with a warning that says why it may be
// empty. Throws Error(kBadInput) naming the file and place.
Document load_document(const std::string& path, const Lang& lang, const ReadOptions& read,
                       const Segmenter* segmenter, ProgressSink& sink);

// Warnings about a document pair that is probably not what the user meant (a translation in the
// wrong script for its language, segment counts too far apart to be translations of each other).
void warn_about_pair(const Document& source, const Document& target, ProgressSink& sink);

}  // namespace songngu
