#include "check/render.h"

#include <cstdio>
#include <fstream>
#include <map>

#include "base/error.h"
#include "base/escape.h"
#include "text/normalize.h"

namespace songngu {
namespace {

constexpr const char* kArrow = "\xE2\x86\x92";  // →

std::string quoted(const std::string& s) {
  return "\"" + s + "\"";
}

std::string message(const Finding& f) {
  switch (f.rule) {
    case FindingRule::kMissingTranslation:
      return quoted(f.source_term) + " " + kArrow + " expected " + quoted(f.expected) + ", found " +
             (f.found.empty() ? std::string("none") : quoted(f.found));
    case FindingRule::kInconsistentTranslation:
      return quoted(f.source_term) + " " + kArrow + " translated as " + quoted(f.found) + ", elsewhere as " +
             quoted(f.expected) + (f.other_unit.empty() ? "" : " (" + f.unit_kind + " " + f.other_unit + ")");
    case FindingRule::kForbiddenTerm:
      return quoted(f.source_term) + " " + kArrow + " forbidden " + quoted(f.found) + " used" +
             (f.expected.empty() ? "" : ", expected " + quoted(f.expected));
    case FindingRule::kNumberMismatch:
      return "numbers differ: source has " + (f.expected.empty() ? std::string("none") : f.expected) +
             " that the target lacks, target has " + (f.found.empty() ? std::string("none") : f.found) +
             " that the source lacks";
    case FindingRule::kCandidateNote:
      return "note: candidate " + quoted(f.source_term) + " " + kArrow + " " + quoted(f.expected) +
             " not found";
  }
  return "";
}

}  // namespace

std::string alignment_line(const Finding& f) {
  if (!f.rendering_known) return "";
  return f.rendered_by.empty() ? quoted(f.source_term) + " is aligned to no target word"
                               : quoted(f.source_term) + " is aligned to " + quoted(f.rendered_by);
}

std::string finding_line(const Finding& f) {
  std::string severity = f.severity == Severity::kWarning ? "warning: " : "";
  const std::string line = f.line ? std::to_string(f.line) + ": " : "";
  return f.file + ":" + line + f.unit_kind + " " + f.unit + ": " + severity + message(f);
}

std::string render_text(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings) {
    out += finding_line(f) + "\n";
    if (!f.source_excerpt.empty()) out += "    | " + f.source_excerpt + "\n";
    if (!f.excerpt.empty()) out += "    | " + f.excerpt + "\n";
    if (f.rendering_known) out += "    " + alignment_line(f) + "\n";
  }
  return out;
}

std::string render_json(const std::vector<Finding>& findings) {
  std::string out = "{\n  \"findings\": [";
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    out += i ? ",\n    {" : "\n    {";
    out += "\"rule\": " + json_string(finding_rule_name(f.rule));
    out += ", \"severity\": " + json_string(severity_name(f.severity));
    out += ", \"file\": " + json_string(f.file);
    out += ", \"" + f.unit_kind + "\": " + json_string(f.unit);
    if (f.line) out += ", \"line\": " + std::to_string(f.line);
    out += ", \"target_lang\": " + json_string(f.target_lang);
    out += ", \"source_term\": " + json_string(f.source_term);
    out += ", \"expected\": " + json_string(f.expected);
    out += ", \"found\": " + json_string(f.found);
    if (!f.other_unit.empty()) out += ", \"other_unit\": " + json_string(f.other_unit);
    if (f.rendering_known)
      out += ", \"aligned_to\": " + (f.rendered_by.empty() ? "null" : json_string(f.rendered_by));
    out += ", \"source\": " + json_string(f.source_excerpt);
    out += ", \"target\": " + json_string(f.excerpt);
    out += ", \"line\": " + json_string(finding_line(f)) + "}";
  }
  size_t counted = 0;
  for (const Finding& f : findings) counted += f.severity != Severity::kNote;
  out += findings.empty() ? "],\n" : "\n  ],\n";
  out += "  \"count\": " + std::to_string(counted) +
         ",\n  \"notes\": " + std::to_string(findings.size() - counted) + "\n}\n";
  return out;
}

std::string render_html(const std::vector<Finding>& findings, const std::string& title) {
  std::map<std::string, int> per_rule;
  for (const Finding& f : findings) ++per_rule[finding_rule_name(f.rule)];
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      html_escape(title) +
      "</title>\n<style>\n"
      "body{font-family:system-ui,'Noto Sans','Noto Sans CJK "
      "KR',sans-serif;margin:2em;color:#1a1a1a;max-width:70em}\n"
      "h1{font-size:1.4em}table{border-collapse:collapse;width:100%}\n"
      "th,td{border-bottom:1px solid #ddd;padding:.4em .6em;text-align:left;vertical-align:top}\n"
      "th{background:#f3f3f3}.error{color:#b00020;font-weight:600}.warning{color:#8a5a00;font-weight:600}"
      ".note{color:#555}.term{background:#fff3c4}.excerpt{color:#444;font-size:.92em}"
      ".loc{font-family:monospace;white-space:nowrap}.summary span{margin-right:1.5em}"
      ".aligned{color:#555;font-size:.92em}mark{background:#d8ecff}\n"
      "</style>\n</head>\n<body>\n<h1>" +
      html_escape(title) + "</h1>\n<p class=\"summary\">";
  out += "<span>" + std::to_string(findings.size()) + " finding(s)</span>";
  for (const auto& [rule, n] : per_rule)
    out += "<span>" + html_escape(rule) + ": " + std::to_string(n) + "</span>";
  out += "</p>\n";
  if (findings.empty()) {
    out += "<p>No findings.</p>\n";
  } else {
    out +=
        "<table>\n<thead><tr><th>Where</th><th>Severity</th><th>Rule</th><th>Finding</th><th>Source / "
        "target</th></tr></thead>\n<tbody>\n";
    for (const Finding& f : findings) {
      const char* sev = severity_name(f.severity);
      out += "<tr><td class=\"loc\">" + html_escape(f.file) + ":" +
             (f.line ? std::to_string(f.line) + ": " : "") + html_escape(f.unit_kind) + "&nbsp;" +
             html_escape(f.unit) + "</td>";
      out += "<td class=\"" + std::string(sev) + "\">" + sev + "</td><td>" +
             html_escape(finding_rule_name(f.rule)) + "</td>";
      out += "<td>" + html_escape(message(f));
      if (f.rendering_known) out += "<div class=\"aligned\">" + html_escape(alignment_line(f)) + "</div>";
      out += "</td>";
      // The target words aligned to the term, marked in the excerpt when it still holds them.
      std::string target = html_escape(f.excerpt);
      if (!f.rendered_by.empty() && f.rendered_end > f.rendered_begin && f.rendered_end <= f.excerpt.size() &&
          f.excerpt.compare(f.rendered_begin, f.rendered_end - f.rendered_begin, f.rendered_by) == 0)
        target = html_escape(f.excerpt.substr(0, f.rendered_begin)) + "<mark>" + html_escape(f.rendered_by) +
                 "</mark>" + html_escape(f.excerpt.substr(f.rendered_end));
      out += "<td class=\"excerpt\"><div lang=\"vi\">" + html_escape(f.source_excerpt) +
             "</div><div lang=\"" + html_escape(f.target_lang) + "\">" + target + "</div></td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

std::set<std::string> read_ignore_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input(N_("cannot read the ignore file"), {}, {path});
  std::set<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#' || line[0] == ' ' || line[0] == '\t') continue;
    lines.insert(nfc(fold_spaces(line)));
  }
  return lines;
}

std::vector<Finding> drop_ignored(const std::vector<Finding>& findings,
                                  const std::set<std::string>& ignored) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (!ignored.count(nfc(fold_spaces(finding_line(f))))) out.push_back(f);
  return out;
}

}  // namespace songngu
