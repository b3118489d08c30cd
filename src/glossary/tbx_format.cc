// TBX (martif, TBX-Basic style) reading and writing. Written so that OmegaT's tbx.xsd validates
// it: martif/martifHeader/fileDesc/sourceDesc/p, text/body/termEntry with entry-level descrip and
// note first, then one langSet per language holding tig elements (term, termNote, then note).
#include <tinyxml2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <vector>

#include "base/error.h"
#include "glossary/glossary_io.h"
#include "songngu/version.h"
#include "text/normalize.h"

namespace songngu {
namespace {

constexpr const char* kAdminStatus = "administrativeStatus";

std::string all_text(const tinyxml2::XMLElement* e) {
  std::string out;
  for (const tinyxml2::XMLNode* n = e->FirstChild(); n; n = n->NextSibling()) {
    if (const auto* t = n->ToText())
      out += t->Value();
    else if (const auto* c = n->ToElement())
      out += all_text(c);
  }
  return out;
}

std::string clean(const std::string& s) {
  return nfc(fold_spaces(s));
}

std::string base_of(const char* lang) {
  std::string tag = lang ? lang : "";
  std::string base = tag.substr(0, tag.find_first_of("-_"));
  for (char& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return base;
}

// `message_template` is a whole N_ message; `args` fill it: no English fragment is passed into a
// translated frame.
[[noreturn]] void fail_at(const std::string& path, int line, const char* message_template,
                          std::vector<std::string> args = {}) {
  throw_bad_input(message_template, std::move(args), {path, static_cast<size_t>(std::max(line, 0))});
}

// Notes songngu writes as extraction evidence: "example 2: …" (a unit with the term marked) and
// "agreement: 12 of 13 occurrences; back: 9 of 10" (term_extractor.h).
constexpr std::string_view kExampleNote = "example ", kAgreementNote = "agreement: ";

void read_term(const tinyxml2::XMLElement* holder, const tinyxml2::XMLElement* term_el,
               TermStatus entry_status, std::vector<Term>& terms, const std::string& path, TermEntry& entry,
               const std::string& lang) {
  Term t;
  t.text = clean(all_text(term_el));
  if (t.text.empty()) return;
  t.status = entry_status;
  for (const auto* n = holder->FirstChildElement(); n; n = n->NextSiblingElement()) {
    std::string name = n->Name();
    const char* type = n->Attribute("type");
    if (name == "termNote" && type &&
        (std::string(type) == kAdminStatus || std::string(type) == "x-status")) {
      TermStatus s;
      std::string value = clean(all_text(n));
      if (!parse_term_status(value, &s))
        fail_at(path, n->GetLineNum(), N_("unknown {1} value \"{2}\""), {type, value});
      t.status = s;
    } else if (name == "note" || (name == "descrip" && type && std::string(type) == "x-note")) {
      std::string note = clean(all_text(n));
      if (name == "note" && note.starts_with(kExampleNote) && note.size() > kExampleNote.size() + 2 &&
          note[kExampleNote.size()] >= '1' && note[kExampleNote.size()] <= '3' &&
          note.compare(kExampleNote.size() + 1, 2, ": ") == 0) {
        size_t number = static_cast<size_t>(note[kExampleNote.size()] - '0');
        if (entry.examples.size() < number) entry.examples.resize(number);
        entry.examples[number - 1][lang] = unmark_text(note.substr(kExampleNote.size() + 3));
      } else if (name == "note" && note.starts_with(kAgreementNote)) {
        std::sscanf(note.c_str() + kAgreementNote.size(), "%d of %d occurrences; back: %d of %d", &t.agreeing,
                    &t.occurrences, &t.back_agreeing, &t.back_occurrences);
      } else {
        t.note = note;
      }
    } else if (name == "descrip" && type && std::string(type) == "x-score") {
      t.score = std::atof(all_text(n).c_str());
    }
  }
  // A preferred term goes first; the order inside the file is kept otherwise.
  terms.push_back(std::move(t));
}

}  // namespace

Glossary parse_tbx(const std::string& text, const std::string& path) {
  if (size_t at = text.find("<!ENTITY"); at != std::string::npos) {
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
    fail_at(path, line, N_("entity declarations are not accepted in a glossary (refused, not expanded)"));
  }
  tinyxml2::XMLDocument doc;
  if (doc.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS)
    throw_bad_input(N_("not well-formed XML: {1}"), {doc.ErrorStr() ? doc.ErrorStr() : ""},
                    {path, static_cast<size_t>(doc.ErrorLineNum())});
  const tinyxml2::XMLElement* root = doc.RootElement();
  if (!root || std::string(root->Name()) != "martif")
    fail_at(path, root ? root->GetLineNum() : 1, N_("not a TBX file (the root element must be martif)"));
  const auto* text_el = root->FirstChildElement("text");
  const auto* body = text_el ? text_el->FirstChildElement("body") : nullptr;
  if (!body) fail_at(path, root->GetLineNum(), N_("TBX without text/body"));
  Glossary g;
  int counter = 0;
  for (const auto* te = body->FirstChildElement("termEntry"); te; te = te->NextSiblingElement("termEntry")) {
    TermEntry entry;
    ++counter;
    entry.id = te->Attribute("id") ? te->Attribute("id") : std::string("e").append(std::to_string(counter));
    entry.status = TermStatus::kApproved;  // a terminologist's TBX without status is their word
    // Entry-level status first: terms without their own status take it.
    for (const auto* d = te->FirstChildElement(); d; d = d->NextSiblingElement()) {
      std::string name = d->Name();
      std::string type = d->Attribute("type") ? d->Attribute("type") : "";
      std::string value = clean(all_text(d));
      if ((name == "descrip" || name == "admin") && (type == "x-status" || type == "status")) {
        if (!parse_term_status(value, &entry.status))
          fail_at(path, d->GetLineNum(), N_("unknown status value \"{1}\""), {value});
      } else if (name == "descrip" && type == "subjectField") {
        entry.domain = value;
      } else if (name == "note" || (name == "descrip" && type == "definition")) {
        entry.note = value;
      } else if (name == "descrip" && type == "x-frequency") {
        entry.frequency = std::atoi(value.c_str());
      } else if (name == "descrip" && type == "x-score") {
        entry.score = std::atof(value.c_str());
      }
    }
    bool any_lang = false;
    for (const auto* ls = te->FirstChildElement("langSet"); ls; ls = ls->NextSiblingElement("langSet")) {
      const char* lang = ls->Attribute("xml:lang");
      if (!lang) lang = ls->Attribute("lang");
      if (!lang || !*lang) fail_at(path, ls->GetLineNum(), N_("langSet without xml:lang"));
      any_lang = true;
      std::vector<Term>& terms = entry.terms[base_of(lang)];
      for (const auto* tig = ls->FirstChildElement(); tig; tig = tig->NextSiblingElement()) {
        std::string name = tig->Name();
        if (name == "tig") {
          const auto* term = tig->FirstChildElement("term");
          if (!term) fail_at(path, tig->GetLineNum(), N_("tig without term"));
          read_term(tig, term, entry.status, terms, path, entry, base_of(lang));
        } else if (name == "ntig") {
          const auto* grp = tig->FirstChildElement("termGrp");
          const auto* term = grp ? grp->FirstChildElement("term") : nullptr;
          if (!term) fail_at(path, tig->GetLineNum(), N_("ntig without termGrp/term"));
          read_term(grp, term, entry.status, terms, path, entry, base_of(lang));
        }
      }
      // The preferred (first approved) term leads.
      std::stable_partition(terms.begin(), terms.end(),
                            [](const Term& t) { return t.status == TermStatus::kApproved; });
    }
    if (!any_lang) fail_at(path, te->GetLineNum(), N_("termEntry without langSet"));
    std::erase_if(entry.examples, [](const TermExample& x) { return x.empty(); });
    g.entries.push_back(std::move(entry));
  }
  return g;
}

std::string format_tbx(const Glossary& glossary, const GlossaryWriteOptions& options) {
  std::vector<std::string> langs = options.target_langs;
  if (langs.empty()) {
    langs = glossary_languages(glossary, options.source_lang);
  } else {
    langs.insert(langs.begin(), options.source_lang);
  }
  tinyxml2::XMLPrinter p(nullptr, false, 0);
  p.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
  p.OpenElement("martif");
  p.PushAttribute("type", "TBX");
  p.PushAttribute("xml:lang", "en");
  p.OpenElement("martifHeader");
  p.OpenElement("fileDesc");
  p.OpenElement("titleStmt");
  p.OpenElement("title");
  p.PushText(options.title.c_str());
  p.CloseElement();
  p.CloseElement();
  p.OpenElement("sourceDesc");
  p.OpenElement("p");
  p.PushText((std::string("Written by songngu ") + kVersion).c_str());
  p.CloseElement();
  p.CloseElement();
  p.CloseElement();  // fileDesc
  p.OpenElement("encodingDesc");
  p.OpenElement("p");
  p.PushAttribute("type", "XCSURI");
  p.PushText("TBXBasicXCSV02.xcs");
  p.CloseElement();
  p.CloseElement();
  p.CloseElement();  // martifHeader
  p.OpenElement("text");
  p.OpenElement("body");
  auto descrip = [&](const char* type, const std::string& value) {
    if (value.empty()) return;
    p.OpenElement("descrip");
    p.PushAttribute("type", type);
    p.PushText(value.c_str());
    p.CloseElement();
  };
  for (const TermEntry& e : glossary.entries) {
    bool has_any = false;
    for (const auto& lang : langs)
      if (!terms_of(e, lang).empty()) has_any = true;
    if (!has_any) continue;
    p.OpenElement("termEntry");
    // xs:ID values must be XML names: an id starting with a digit gets a prefix.
    std::string id = e.id.empty() || std::isdigit(static_cast<unsigned char>(e.id[0]))
                         ? std::string("e").append(e.id)
                         : e.id;
    p.PushAttribute("id", id.c_str());
    descrip("subjectField", e.domain);
    descrip("x-status", term_status_name(e.status));
    if (e.frequency > 0) descrip("x-frequency", std::to_string(e.frequency));
    if (e.score > 0) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.3f", e.score);
      descrip("x-score", buf);
    }
    if (!e.note.empty()) {
      p.OpenElement("note");
      p.PushText(e.note.c_str());
      p.CloseElement();
    }
    for (const auto& lang : langs) {
      const auto& terms = terms_of(e, lang);
      if (terms.empty()) continue;
      p.OpenElement("langSet");
      p.PushAttribute("xml:lang", lang.c_str());
      bool preferred_written = false;
      for (const Term& t : terms) {
        p.OpenElement("tig");
        p.OpenElement("term");
        p.PushText(t.text.c_str());
        p.CloseElement();
        const char* admin = nullptr;
        if (t.status == TermStatus::kApproved) {
          admin = preferred_written ? "admittedTerm-admn-sts" : "preferredTerm-admn-sts";
          preferred_written = true;
        } else if (t.status == TermStatus::kForbidden) {
          admin = "deprecatedTerm-admn-sts";
        }
        if (admin) {
          p.OpenElement("termNote");
          p.PushAttribute("type", kAdminStatus);
          p.PushText(admin);
          p.CloseElement();
        } else if (e.status != TermStatus::kCandidate) {
          p.OpenElement("termNote");
          p.PushAttribute("type", "x-status");
          p.PushText("candidate");
          p.CloseElement();
        }
        if (t.score > 0 && lang != options.source_lang) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.3f", t.score);
          descrip("x-score", buf);
        }
        auto note = [&](const std::string& text) {
          p.OpenElement("note");
          p.PushText(text.c_str());
          p.CloseElement();
        };
        if (!t.note.empty()) note(t.note);
        if (&t == &terms.front()) {  // the evidence goes with the preferred term
          if (t.occurrences > 0)
            note(std::string(kAgreementNote) + std::to_string(t.agreeing) + " of " +
                 std::to_string(t.occurrences) + " occurrences; back: " + std::to_string(t.back_agreeing) +
                 " of " + std::to_string(t.back_occurrences));
          for (size_t n = 0; n < e.examples.size() && n < 3; ++n)
            if (auto it = e.examples[n].find(lang); it != e.examples[n].end())
              note(std::string(kExampleNote) + std::to_string(n + 1) + ": " + marked_text(it->second));
        }
        p.CloseElement();  // tig
      }
      p.CloseElement();  // langSet
    }
    p.CloseElement();  // termEntry
  }
  p.CloseElement();  // body
  p.CloseElement();  // text
  p.CloseElement();  // martif
  return std::string(p.CStr()) + "\n";
}

}  // namespace songngu
