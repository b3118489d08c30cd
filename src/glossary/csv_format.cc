// CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks quoted, quotes doubled,
// CRLF line ends) with a header row: id, status, one column per language (BCP 47 tag), note,
// frequency, score, example_source, example_target. A language cell lists the entry's terms
// separated by " | ": the first approved one is preferred, the others accepted variants; a term
// written "!term" is forbidden, "?term" a candidate inside an approved entry.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "base/error.h"
#include "base/lang.h"
#include "glossary/glossary_io.h"
#include "text/normalize.h"
#include "tm/tsv.h"

namespace songngu {
namespace {

const std::set<std::string> kFields = {"id",    "status",         "note",           "frequency",
                                       "score", "example_source", "example_target", "domain"};

std::string quote(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

Glossary parse_glossary_csv(const std::string& text, const std::string& path) {
  std::vector<CsvRow> rows = parse_csv(text, path);  // tm/tsv.h: RFC 4180 with line numbers
  rows.erase(std::remove_if(
                 rows.begin(), rows.end(),
                 [](const CsvRow& r) { return r.fields.size() == 1 && fold_spaces(r.fields[0]).empty(); }),
             rows.end());
  if (rows.empty()) throw_bad_input(N_("empty CSV glossary (a header row is required)"), {}, {path});
  const CsvRow& header = rows[0];
  std::vector<std::string> columns;
  bool any_lang = false;
  for (const auto& raw : header.fields) {
    std::string name = fold_spaces(raw);
    if (!kFields.count(name)) {
      if (!Lang::is_valid(name))
        throw_bad_input(N_("unknown CSV column \"{1}\" (expected id, status, note or a language tag)"),
                        {name}, {path, static_cast<size_t>(header.line)});
      name = Lang(name).base();
      any_lang = true;
    }
    columns.push_back(name);
  }
  if (!any_lang)
    throw_bad_input(N_("no language column in the CSV header"), {}, {path, static_cast<size_t>(header.line)});
  Glossary g;
  for (size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    if (row.fields.size() != columns.size())
      throw_bad_input(N_("{1} fields, but the header has {2}"),
                      {std::to_string(row.fields.size()), std::to_string(columns.size())},
                      {path, static_cast<size_t>(row.line)});
    TermEntry e;
    e.status = TermStatus::kApproved;
    e.id = std::string("r").append(std::to_string(row.line));
    for (size_t c = 0; c < columns.size(); ++c)
      if (columns[c] == "status" && !fold_spaces(row.fields[c]).empty() &&
          !parse_term_status(fold_spaces(row.fields[c]), &e.status))
        throw_bad_input(N_("unknown status \"{1}\""), {row.fields[c]}, {path, static_cast<size_t>(row.line)});
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string& col = columns[c];
      std::string value = nfc(fold_spaces(row.fields[c]));
      if (col == "id") {
        if (!value.empty()) e.id = value;
      } else if (col == "note") {
        e.note = value;
      } else if (col == "domain") {
        e.domain = value;
      } else if (col == "frequency") {
        e.frequency = std::atoi(value.c_str());
      } else if (col == "score") {
        e.score = std::atof(value.c_str());
      } else if (col == "example_source") {
        e.example_source = value;
      } else if (col == "example_target") {
        e.example_target = value;
      } else if (col != "status" && !value.empty()) {
        std::vector<Term>& terms = e.terms[col];
        size_t start = 0;
        while (start <= value.size()) {
          size_t bar = value.find('|', start);
          std::string t =
              fold_spaces(value.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
          start = bar == std::string::npos ? value.size() + 1 : bar + 1;
          if (t.empty()) continue;
          Term term;
          term.status = e.status;
          if (t[0] == '!')
            term.status = TermStatus::kForbidden, t = fold_spaces(t.substr(1));
          else if (t[0] == '?')
            term.status = TermStatus::kCandidate, t = fold_spaces(t.substr(1));
          term.text = t;
          if (!term.text.empty()) terms.push_back(std::move(term));
        }
      }
    }
    bool has_term = false;
    for (const auto& [lang, terms] : e.terms) has_term = has_term || !terms.empty();
    if (!has_term) throw_bad_input(N_("a row without any term"), {}, {path, static_cast<size_t>(row.line)});
    g.entries.push_back(std::move(e));
  }
  return g;
}

std::string format_glossary_csv(const Glossary& glossary, const GlossaryWriteOptions& options) {
  std::vector<std::string> langs = options.target_langs;
  if (langs.empty())
    langs = glossary_languages(glossary, options.source_lang);
  else
    langs.insert(langs.begin(), options.source_lang);
  std::string out = "id,status";
  for (const auto& l : langs) out.append(",").append(l);
  out += ",note,frequency,score,example_source,example_target\r\n";
  for (const TermEntry& e : glossary.entries) {
    out += quote(e.id) + "," + term_status_name(e.status);
    for (const auto& l : langs) {
      std::string cell;
      for (const Term& t : terms_of(e, l)) {
        if (!cell.empty()) cell += " | ";
        if (t.status == TermStatus::kForbidden)
          cell += "!";
        else if (t.status == TermStatus::kCandidate && e.status != TermStatus::kCandidate)
          cell += "?";
        cell += t.text;
      }
      out.append(",").append(quote(cell));
    }
    char score[32] = "";
    if (e.score > 0) std::snprintf(score, sizeof score, "%.3f", e.score);
    out.append(",").append(quote(e.note)).append(",");
    if (e.frequency > 0) out.append(std::to_string(e.frequency));
    out.append(",").append(score).append(",").append(quote(e.example_source)).append(",");
    out.append(quote(e.example_target)).append("\r\n");
  }
  return out;
}

}  // namespace songngu
