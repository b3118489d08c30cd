#pragma once
// From a file name to a segmented Document, the one way every job reads its inputs: the text
// layer reads and checks the bytes, the segmenter (or, for presegmented input, one segment a line)
// makes the segments, and the reader's warnings go to the caller's sink. Document formats (HTML,
// DOCX, ODT) go through the read layer first.
#include <string>

#include "base/lang.h"
#include "pipeline/progress.h"
#include "read/read_document.h"
#include "segment/segmenter.h"
#include "text/document.h"
#include "text/read_text.h"

namespace songngu {

// Reads `path` in `lang` (ReadOptions::lang is set to its base language, so a per-language --encoding
// and detection apply), as the format ReadOptions::from names or its extension says (read/
// read_document.h: HTML, DOCX and ODT blocks become paragraphs, their kinds the segments' kinds); segments it
// with `segmenter`, or one segment a line when it is null. An empty file is an error (the reader's); a file
// with text but no segments (blank lines only, or text read in the wrong encoding) is returned with a warning
// that says why it may be empty. Throws Error(kBadInput) naming the file and place (Error(kUsage) for an
// unknown format).
Document load_document(const std::string& path, const Lang& lang, const ReadOptions& read,
                       const Segmenter* segmenter, ProgressSink& sink);

// The second half of load_document, for a caller that has read the file already (the segment
// command reads every file before it guesses the language).
Document segment_document(const DocumentText& text, const Lang& lang, const Segmenter* segmenter,
                          ProgressSink& sink);

// Warnings about a document pair that is probably not what the user meant (a translation in the
// wrong script for its language, segment counts too far apart to be translations of each other).
void warn_about_pair(const Document& source, const Document& target, ProgressSink& sink);

}  // namespace songngu
