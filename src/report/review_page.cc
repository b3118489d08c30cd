#include "report/review_page.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "base/escape.h"
#include "report/aligned_terms.h"
#include "report/pivot_rows.h"
#include "report/term_highlighter.h"
#include "report/term_marks.h"
#include "text/normalize.h"

namespace songngu {
namespace {

// Two decimals without the C library's locale-dependent printf.
std::string format_confidence(double c) {
  long v = std::lround(std::clamp(c, 0.0, 1.0) * 100);
  std::string s = std::to_string(v / 100) + ".";
  if (v % 100 < 10) s += '0';
  return s + std::to_string(v % 100);
}

std::string row_id(size_t doc, size_t row) {
  std::string id = "d";
  id += std::to_string(doc);
  id += "-r";
  id += std::to_string(row + 1);
  return id;
}

class PageWriter {
 public:
  explicit PageWriter(const ReviewPage& page) : page_(page) {
    highlighters_.push_back(std::make_unique<TermHighlighter>(page.glossary, page.source_lang));
    for (const auto& lang : page.target_langs)
      highlighters_.push_back(std::make_unique<TermHighlighter>(page.glossary, lang));
    // Where each translation renders a source term without the glossary's equivalent.
    aligned_ = aligned_terms_of(page);
    // Findings by (document, language, bead) so rows can carry their markers.
    for (size_t f = 0; f < page.findings.size(); ++f) {
      const ReviewFinding& rf = page.findings[f];
      if (rf.bead == ReviewFinding::kNoBead) continue;
      findings_at_[{rf.document, rf.target_lang, rf.bead}].push_back(f);
    }
  }

  std::string render() {
    compute_rows();
    out_ +=
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    append_html_escaped(out_, page_.title);
    out_ += "</title>\n<style>\n";
    out_ += page_.style;
    out_ += "\n</style>\n</head>\n<body class=\"hide-candidates\">\n";
    header();
    findings_section();
    out_ += "<main>\n";
    for (size_t d = 0; d < page_.documents.size(); ++d) document_section(d);
    out_ += "</main>\n";
    out_ +=
        "<footer><p>Bead types: <b>1-1</b> one sentence each side, <b>2-1</b> two Vietnamese "
        "sentences translated as one, <b>1-0</b>/<b>0-1</b> a sentence with no counterpart. "
        "Confidence is the aligner's estimate that the bead is right; beads below ";
    out_ += format_confidence(page_.doubtful_below);
    out_ +=
        " are marked doubtful. Keys: <kbd>n</kbd> next doubtful row, <kbd>p</kbd> previous."
        "</p></footer>\n<script>\n";
    out_ += page_.script;
    out_ += "\n</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  struct FindingKey {
    std::string document, lang;
    size_t bead;
    bool operator<(const FindingKey& o) const {
      return std::tie(document, lang, bead) < std::tie(o.document, o.lang, o.bead);
    }
  };

  bool doubtful(const Bead& b) const { return b.confidence < page_.doubtful_below; }

  void compute_rows() {
    rows_.clear();
    for (const ReviewDocument& doc : page_.documents) {
      std::vector<const Alignment*> alignments;
      for (size_t t = 0; t < page_.target_langs.size(); ++t) {
        bool present = t < doc.translations.size() && doc.translations[t].present;
        alignments.push_back(present ? &doc.translations[t].alignment : nullptr);
      }
      rows_.push_back(pivot_rows(alignments));
    }
    // Where each finding's bead ended up.
    finding_row_.assign(page_.findings.size(), "");
    for (size_t d = 0; d < page_.documents.size(); ++d) {
      for (size_t r = 0; r < rows_[d].size(); ++r) {
        for (size_t t = 0; t < page_.target_langs.size(); ++t) {
          for (size_t b : rows_[d][r].beads[t]) {
            auto it = findings_at_.find({page_.documents[d].name, page_.target_langs[t], b});
            if (it == findings_at_.end()) continue;
            for (size_t f : it->second) finding_row_[f] = row_id(d, r);
          }
        }
      }
    }
  }

  void header() {
    out_ += "<header>\n<h1>";
    append_html_escaped(out_, page_.title);
    out_ += "</h1>\n";
    if (!page_.subtitle.empty()) {
      out_ += "<p class=\"subtitle\">";
      append_html_escaped(out_, page_.subtitle);
      out_ += "</p>\n";
    }
    summary();
    out_ +=
        "<div class=\"controls\">\n"
        "<label><input type=\"checkbox\" id=\"doubtful-only\"> doubtful beads only</label>\n"
        "<label><input type=\"checkbox\" id=\"findings-only\"> rows with findings only</label>\n"
        "<label title=\"terms extracted from this corpus, not yet approved\"><input type=\"checkbox\" "
        "id=\"show-candidates\"> candidate terms</label>\n"
        "<label>document <select id=\"document-filter\"><option value=\"\">all documents</option>";
    for (size_t d = 0; d < page_.documents.size(); ++d) {
      out_ += "<option value=\"" + std::to_string(d) + "\">";
      append_html_escaped(out_, page_.documents[d].name);
      out_ += "</option>";
    }
    out_ +=
        "</select></label>\n"
        "<label>find <input type=\"search\" id=\"text-filter\" placeholder=\"text in any column\"></label>\n"
        "<button type=\"button\" id=\"prev-doubtful\" title=\"previous doubtful row (p)\">&#8593; "
        "doubtful</button>"
        "<button type=\"button\" id=\"next-doubtful\" title=\"next doubtful row (n)\">&#8595; "
        "doubtful</button>\n"
        "<span id=\"visible-count\" class=\"count\"></span>\n</div>\n</header>\n";
  }

  void summary() {
    size_t segments = 0;
    for (const auto& doc : page_.documents) segments += doc.source.segments.size();
    out_ += "<dl class=\"summary\">\n<div><dt>documents</dt><dd>" + std::to_string(page_.documents.size()) +
            "</dd></div>\n<div><dt>";
    append_html_escaped(out_, page_.source_lang);
    out_ += " segments</dt><dd>" + std::to_string(segments) + "</dd></div>\n";
    for (size_t t = 0; t < page_.target_langs.size(); ++t) {
      size_t beads = 0, low = 0;
      std::map<std::string, size_t> by_type;
      for (const auto& doc : page_.documents) {
        if (t >= doc.translations.size() || !doc.translations[t].present) continue;
        for (const Bead& b : doc.translations[t].alignment.beads) {
          ++beads;
          ++by_type[b.type()];
          if (doubtful(b)) ++low;
        }
      }
      std::string types;
      for (const auto& [type, n] : by_type)
        types += (types.empty() ? "" : ", ") + type + ": " + std::to_string(n);
      out_ += "<div title=\"";
      append_html_escaped(out_, types);
      out_ += "\"><dt>";
      append_html_escaped(out_, page_.source_lang + "-" + page_.target_langs[t]);
      out_ += " beads</dt><dd data-pair-beads=\"";
      append_html_escaped(out_, page_.source_lang + "-" + page_.target_langs[t]);
      out_ += "\">" + std::to_string(beads) + "</dd><dd class=\"low\">" + std::to_string(low) +
              " doubtful</dd></div>\n";
    }
    out_ += "<div><dt>glossary entries</dt><dd>" + std::to_string(page_.glossary.entries.size()) +
            "</dd></div>\n<div><dt>findings</dt><dd><a href=\"#findings\">" +
            std::to_string(page_.findings.size()) + "</a></dd></div>\n</dl>\n";
  }

  void findings_section() {
    out_ += "<details id=\"findings\" class=\"findings\"";
    if (page_.findings.size() <= 12) out_ += " open";
    out_ += ">\n<summary>Consistency findings (" + std::to_string(page_.findings.size()) + ")</summary>\n";
    if (page_.findings.empty()) {
      out_ += "<p>The glossary check found nothing.</p>\n</details>\n";
      return;
    }
    out_ +=
        "<table>\n<thead><tr><th>severity</th><th>rule</th><th>document</th><th>term</th>"
        "<th>expected</th><th>found</th><th>where</th></tr></thead>\n<tbody>\n";
    for (size_t f = 0; f < page_.findings.size(); ++f) {
      const ReviewFinding& rf = page_.findings[f];
      const Finding& fd = rf.finding;
      out_ += "<tr id=\"f" + std::to_string(f + 1) + "\" class=\"finding sev-" + severity_name(fd.severity) +
              "\"><td>" + severity_name(fd.severity) + "</td><td>" + finding_rule_name(fd.rule) + "</td><td>";
      append_html_escaped(out_, rf.document.empty() ? fd.file : rf.document);
      out_ += "</td><td lang=\"";
      append_html_escaped(out_, page_.source_lang);
      out_ += "\">";
      append_html_escaped(out_, fd.source_term);
      out_ += "</td><td>";
      append_html_escaped(out_, fd.expected);
      out_ += "</td><td>";
      append_html_escaped(out_, fd.found);
      out_ += "</td><td>";
      if (!finding_row_[f].empty()) {
        out_ += "<a class=\"goto\" href=\"#" + finding_row_[f] + "\">";
        append_html_escaped(out_, rf.target_lang);
        out_ += " row " + finding_row_[f].substr(finding_row_[f].find("-r") + 2) + "</a>";
      } else {
        append_html_escaped(out_, fd.unit);
      }
      for (const std::string* excerpt : {&fd.source_excerpt, &fd.excerpt}) {
        if (excerpt->empty()) continue;
        out_ += "<div class=\"excerpt\">";
        append_html_escaped(out_, *excerpt);
        out_ += "</div>";
      }
      out_ += "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n</details>\n";
  }

  void document_section(size_t d) {
    const ReviewDocument& doc = page_.documents[d];
    out_ += "<section class=\"document\" id=\"doc-" + std::to_string(d) + "\" data-doc=\"" +
            std::to_string(d) + "\">\n<h2>";
    append_html_escaped(out_, doc.name);
    out_ += "</h2>\n<table class=\"review\">\n<colgroup><col class=\"c-num\"><col class=\"c-text\">";
    for (size_t t = 0; t < page_.target_langs.size(); ++t) out_ += "<col class=\"c-text\">";
    out_ += "</colgroup>\n<thead><tr><th>#</th><th>";
    append_html_escaped(out_, language_name(page_.source_lang));
    out_ += "</th>";
    for (size_t t = 0; t < page_.target_langs.size(); ++t) {
      out_ += "<th>";
      append_html_escaped(out_, language_name(page_.target_langs[t]));
      if (t >= doc.translations.size() || !doc.translations[t].present) out_ += " (no translation)";
      out_ += "</th>";
    }
    out_ += "</tr></thead>\n<tbody>\n";
    for (size_t r = 0; r < rows_[d].size(); ++r) row(d, r);
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  void row(size_t d, size_t r) {
    const ReviewDocument& doc = page_.documents[d];
    const PivotRow& pr = rows_[d][r];
    bool low = false;
    std::vector<size_t> row_findings;
    for (size_t t = 0; t < page_.target_langs.size(); ++t) {
      for (size_t b : pr.beads[t]) {
        low = low || doubtful(doc.translations[t].alignment.beads[b]);
        auto it = findings_at_.find({doc.name, page_.target_langs[t], b});
        if (it != findings_at_.end())
          row_findings.insert(row_findings.end(), it->second.begin(), it->second.end());
      }
    }
    std::string id = row_id(d, r);
    out_ += "<tr id=\"" + id + "\" class=\"row";
    if (low) out_ += " doubtful";
    if (!row_findings.empty()) out_ += " has-finding";
    out_ += "\" data-doc=\"" + std::to_string(d) + "\">";
    out_ += "<td class=\"num\"><a href=\"#" + id + "\">" + std::to_string(r + 1) + "</a>";
    for (size_t f : row_findings) {
      const Finding& fd = page_.findings[f].finding;
      out_ += "<a class=\"flag sev-" + std::string(severity_name(fd.severity)) + "\" href=\"#f" +
              std::to_string(f + 1) + "\" title=\"";
      append_html_escaped(out_, std::string(finding_rule_name(fd.rule)) + ": " + fd.source_term +
                                    (fd.expected.empty() ? "" : " → " + fd.expected));
      out_ += "\">&#9873;</a>";
    }
    out_ += "</td>";
    out_ += "<td class=\"src\" lang=\"";
    append_html_escaped(out_, page_.source_lang);
    out_ += "\">";
    row_entries_.clear();  // the concepts the row's source mentions
    for (size_t s = pr.src_begin; s < pr.src_begin + pr.src_count && s < doc.source.segments.size(); ++s)
      add_concepts(*highlighters_[0], doc.source.segments[s].text, row_entries_);
    for (size_t s = pr.src_begin; s < pr.src_begin + pr.src_count && s < doc.source.segments.size(); ++s)
      segment(doc.source.segments[s], s, *highlighters_[0], {});
    out_ += "</td>";
    for (size_t t = 0; t < page_.target_langs.size(); ++t) {
      out_ += "<td class=\"tgt\" lang=\"";
      append_html_escaped(out_, page_.target_langs[t]);
      out_ += "\">";
      for (size_t b : pr.beads[t])
        bead(doc.translations[t], page_.target_langs[t], b, *highlighters_[t + 1], aligned_[t][d]);
      out_ += "</td>";
    }
    out_ += "</tr>\n";
  }

  void bead(const ReviewTranslation& tr, const std::string& lang, size_t index, const TermHighlighter& hl,
            const std::vector<AlignedTerm>& aligned) {
    const Bead& b = tr.alignment.beads[index];
    std::string pair = page_.source_lang + "-" + lang;
    out_ += "<div class=\"bead";
    if (doubtful(b)) out_ += " doubtful";
    if (b.src_count == 0 || b.tgt_count == 0) out_ += " unmatched";
    out_ += "\" data-pair=\"";
    append_html_escaped(out_, pair);
    out_ += "\" data-bead=\"" + std::to_string(index) + "\" data-type=\"" + b.type() +
            "\" data-confidence=\"" + format_confidence(b.confidence) + "\">";
    out_ += "<span class=\"meta\" title=\"";
    append_html_escaped(
        out_, pair + " bead " + std::to_string(index) + ", type " + b.type() + ", confidence " +
                  format_confidence(b.confidence) +
                  (b.src_count ? ", " + page_.source_lang + " segments " + std::to_string(b.src_begin) + "-" +
                                     std::to_string(b.src_begin + b.src_count - 1)
                               : std::string()));
    out_ += "\"><span class=\"type\">" + b.type() +
            "</span><span class=\"conf\" style=\"--c:" + format_confidence(b.confidence) + "\">" +
            format_confidence(b.confidence) + "</span></span>";
    for (size_t s = b.tgt_begin; s < size_t{b.tgt_begin} + b.tgt_count && s < tr.document.segments.size();
         ++s) {
      std::vector<AlignedTerm> here;
      for (const AlignedTerm& a : aligned)
        if (a.segment == s) here.push_back(a);
      segment(tr.document.segments[s], s, hl, here);
    }
    out_ += "</div>";
  }

  // A segment with its glossary terms marked, each concept in its own colour (c0-c7: a term and
  // its equivalent in the translation share it), and the words the word alignment renders a source
  // term by where the translation lacks the glossary's equivalent (`aligned`), in the term's colour
  // with a dashed edge.
  void segment(const Segment& seg, size_t index, const TermHighlighter& hl,
               const std::vector<AlignedTerm>& aligned) {
    out_ += "<span class=\"seg k-";
    out_ += segment_kind_name(seg.kind);
    out_ += "\" title=\"segment " + std::to_string(index) + " (" + segment_kind_name(seg.kind) + ")\">";
    const std::vector<TermMark> marks =
        term_marks(page_.glossary, page_.source_lang, hl, seg.text, row_entries_, aligned);
    size_t at = 0;
    for (const TermMark& m : marks) {
      append_html_escaped(out_, std::string_view(seg.text).substr(at, m.begin - at));
      out_ += "<span class=\"term " + term_mark_class(page_.glossary, m) + "\" data-entry=\"" +
              std::to_string(m.entry) + "\" title=\"";
      append_html_escaped(out_, term_mark_title(page_.glossary, page_.source_lang, m));
      out_ += "\">";
      append_html_escaped(out_, std::string_view(seg.text).substr(m.begin, m.end - m.begin));
      out_ += "</span>";
      at = m.end;
    }
    append_html_escaped(out_, std::string_view(seg.text).substr(at));
    out_ += "</span> ";
  }

  std::set<size_t> row_entries_;
  std::vector<std::vector<std::vector<AlignedTerm>>> aligned_;  // translation -> document -> marks
  const ReviewPage& page_;
  std::vector<std::unique_ptr<TermHighlighter>> highlighters_;
  std::map<FindingKey, std::vector<size_t>> findings_at_;
  std::vector<std::vector<PivotRow>> rows_;
  std::vector<std::string> finding_row_;
  std::string out_;
};

}  // namespace

std::string language_name(const std::string& base) {
  static const std::map<std::string, std::string> kNames = {
      {"vi", "Vietnamese"}, {"en", "English"}, {"ko", "Korean"}, {"zh", "Chinese"},
      {"ja", "Japanese"},   {"fr", "French"},  {"de", "German"}};
  auto it = kNames.find(base);
  return it == kNames.end() ? base : it->second;
}

std::string review_page_html(const ReviewPage& page) {
  return PageWriter(page).render();
}

}  // namespace songngu
