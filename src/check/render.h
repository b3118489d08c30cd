#pragma once
// How findings are shown: one line per finding like a compiler's diagnostics (the line is also the
// finding's identity for --ignore files), JSON for tools, and a self-contained HTML page for people
// (inline CSS, no script, no external resource). The finding lines are English and stable across
// locales on purpose, so an ignore file written under one locale works under another.
#include <set>
#include <string>
#include <vector>

#include "check/finding.h"

namespace songngu {

// FILE:unit 12: "Đối tác chiến lược toàn diện" → expected "Comprehensive Strategic Partnership", found none
std::string finding_line(const Finding& finding);
// Where the word alignment puts the finding's source term: `"X" is aligned to "Y"` (the phrase
// that renders it, or the words linked to it, runs joined by " … "), or `"X" is aligned to no
// target word`; empty when the finding has no such pointer.
std::string alignment_line(const Finding& finding);
// finding_line, then the excerpts and the alignment line indented on the next lines.
std::string render_text(const std::vector<Finding>& findings);
std::string render_json(const std::vector<Finding>& findings);
std::string render_html(const std::vector<Finding>& findings, const std::string& title);

// An --ignore file: one finding line per line (as printed), blank lines and '#' comments skipped,
// excerpt lines (starting with spaces) skipped too, so a saved text report works as is.
std::set<std::string> read_ignore_file(const std::string& path);
std::vector<Finding> drop_ignored(const std::vector<Finding>& findings, const std::set<std::string>& ignored);

}  // namespace songngu
