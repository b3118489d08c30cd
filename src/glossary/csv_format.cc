// CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks quoted, quotes doubled,
// CRLF line ends) with a header row: id, status, one column per language (BCP 47 tag), note,
// frequency, score, then the extraction evidence when the glossary has any: agreement_LANG per
// target language (the share of the term's occurrences its equivalent renders) and example_N_LANG
// (N = 1..3: a unit with the term or its equivalent marked ⟦…⟧). A language cell lists the
// entry's terms separated by " | ": the first approved one is preferred, the others accepted
// variants; a term written "!term" is forbidden, "?term" a candidate inside an approved entry.
// Reading also accepts the older example_source / example_target columns.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
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

// Evidence columns: "agreement_en" -> ("agreement", 0, "en"); "example_2_ko" -> ("example", 2, "ko").
struct EvidenceColumn {
  std::string kind;
  int number = 0;
  std::string lang;
};

std::optional<EvidenceColumn> evidence_column(const std::string& name) {
  if (name.starts_with("agreement_") && Lang::is_valid(name.substr(10)))
    return EvidenceColumn{"agreement", 0, Lang(name.substr(10)).base()};
  if (name.size() > 10 && name.starts_with("example_") && name[8] >= '1' && name[8] <= '3' &&
      name[9] == '_' && Lang::is_valid(name.substr(10)))
    return EvidenceColumn{"example", name[8] - '0', Lang(name.substr(10)).base()};
  return std::nullopt;
}

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
  std::vector<std::optional<EvidenceColumn>> evidence;
  bool any_lang = false;
  std::string first_target;  // the legacy example_target column's language
  for (const auto& raw : header.fields) {
    std::string name = fold_spaces(raw);
    evidence.push_back(evidence_column(name));
    if (evidence.back()) {
      columns.push_back(name);
      continue;
    }
    if (!kFields.count(name)) {
      if (!Lang::is_valid(name))
        throw_bad_input(N_("unknown CSV column \"{1}\" (expected id, status, note or a language tag)"),
                        {name}, {path, static_cast<size_t>(header.line)});
      name = Lang(name).base();
      if (any_lang && first_target.empty()) first_target = name;
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
    std::map<std::string, double> agreement;
    for (size_t c = 0; c < columns.size(); ++c) {
      const std::string& col = columns[c];
      std::string value = nfc(fold_spaces(row.fields[c]));
      if (evidence[c]) {
        if (value.empty()) continue;
        if (evidence[c]->kind == "agreement") {
          agreement[evidence[c]->lang] = std::atof(value.c_str());
        } else {
          if (e.examples.size() < static_cast<size_t>(evidence[c]->number))
            e.examples.resize(evidence[c]->number);
          e.examples[evidence[c]->number - 1][evidence[c]->lang] = unmark_text(value);
        }
      } else if (col == "id") {
        if (!value.empty()) e.id = value;
      } else if (col == "note") {
        e.note = value;
      } else if (col == "domain") {
        e.domain = value;
      } else if (col == "frequency") {
        e.frequency = std::atoi(value.c_str());
      } else if (col == "score") {
        e.score = std::atof(value.c_str());
      } else if (col == "example_source" || col == "example_target") {
        if (value.empty()) continue;
        if (e.examples.empty()) e.examples.resize(1);
        std::string lang = col == "example_source" ? "" : first_target;  // "" until the source is known
        e.examples[0][lang] = unmark_text(value);
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
    for (const auto& [lang, share] : agreement)
      if (auto it = e.terms.find(lang); it != e.terms.end() && !it->second.empty())
        it->second.front().score = share;
    // The legacy example_source column names no language: it is the entry's first language column.
    for (auto& example : e.examples)
      if (auto it = example.find(""); it != example.end()) {
        std::string source_lang;
        for (const auto& col : columns)
          if (!kFields.count(col) && !evidence_column(col)) {
            source_lang = col;
            break;
          }
        auto node = example.extract(it);
        node.key() = source_lang;
        example.insert(std::move(node));
      }
    std::erase_if(e.examples, [](const TermExample& x) { return x.empty(); });
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
  // Evidence columns only as far as the glossary has evidence (a curated glossary has none).
  bool any_agreement = false;
  size_t examples = 0;
  for (const TermEntry& e : glossary.entries) {
    examples = std::max(examples, std::min<size_t>(3, e.examples.size()));
    for (const auto& [lang, terms] : e.terms)
      for (const Term& t : terms) any_agreement = any_agreement || t.score > 0;
  }
  std::vector<std::string> targets(langs.begin() + (langs.empty() ? 0 : 1), langs.end());
  std::string out = "id,status";
  for (const auto& l : langs) out.append(",").append(l);
  out += ",note,frequency,score";
  if (any_agreement)
    for (const auto& l : targets) out.append(",agreement_").append(l);
  for (size_t n = 1; n <= examples; ++n)
    for (const auto& l : langs) out.append(",example_").append(std::to_string(n)).append("_").append(l);
  out += "\r\n";
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
    out.append(",").append(score);
    if (any_agreement)
      for (const auto& l : targets) {
        char share[32] = "";
        const auto& terms = terms_of(e, l);
        if (!terms.empty() && terms.front().score > 0)
          std::snprintf(share, sizeof share, "%.3f", terms.front().score);
        out.append(",").append(share);
      }
    for (size_t n = 0; n < examples; ++n)
      for (const auto& l : langs) {
        std::string cell;
        if (n < e.examples.size())
          if (auto it = e.examples[n].find(l); it != e.examples[n].end()) cell = marked_text(it->second);
        out.append(",").append(quote(cell));
      }
    out.append("\r\n");
  }
  return out;
}

}  // namespace songngu
