#pragma once
// What the tests check in an XLIFF file songngu wrote, beyond what the schemas can say: validation
// against the OASIS schemas with xmllint (copies in tests/data/schemas/xliff), and the XLIFF 2.0
// rules its schema misses (../shared/schemas/README.md): unique unit ids in a file; in a unit, unique
// ids of segments and inline codes on each side; every <ec startRef> closing an <sc> of its side;
// every dataRef naming a <data> of the unit's <originalData>; trgLang when there are targets.
#include <tinyxml2.h>

#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace songngu::test {

inline bool have_xmllint() {
  return std::system("command -v xmllint >/dev/null 2>&1") == 0;
}

// 0 when `file` is valid against the schema (e.g. "xliff-core-1.2-strict.xsd"), else xmllint's status.
inline int xsd_validate(const std::string& file, const std::string& schema) {
  const std::string cmd = "xmllint --noout --schema " + std::string(SONGNGU_TEST_DATA_DIR) +
                          "/schemas/xliff/" + schema + " " + file + " 2>/dev/null";
  return std::system(cmd.c_str());
}

namespace detail {
inline void collect_codes(const tinyxml2::XMLElement& e, std::vector<const tinyxml2::XMLElement*>& out) {
  for (const tinyxml2::XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
    out.push_back(c);
    collect_codes(*c, out);
  }
}
}  // namespace detail

// The XLIFF 2.0 rules above that `xml` breaks, one line each; empty when it keeps them all.
inline std::vector<std::string> xliff20_rule_problems(const std::string& xml) {
  std::vector<std::string> problems;
  tinyxml2::XMLDocument doc;
  if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) return {"not well-formed"};
  const tinyxml2::XMLElement* root = doc.RootElement();
  bool targets = false;
  std::set<std::string> unit_ids;
  for (auto* file = root->FirstChildElement("file"); file; file = file->NextSiblingElement("file")) {
    for (auto* unit = file->FirstChildElement("unit"); unit; unit = unit->NextSiblingElement("unit")) {
      const std::string uid = unit->Attribute("id") ? unit->Attribute("id") : "";
      if (!unit_ids.insert(uid).second) problems.push_back("unit id repeated: " + uid);
      std::set<std::string> data;
      if (auto* od = unit->FirstChildElement("originalData"))
        for (auto* d = od->FirstChildElement("data"); d; d = d->NextSiblingElement("data"))
          if (!data.insert(d->Attribute("id") ? d->Attribute("id") : "").second)
            problems.push_back("data id repeated");
      for (const char* side : {"source", "target"}) {
        std::set<std::string> ids, open;
        for (auto* seg = unit->FirstChildElement(); seg; seg = seg->NextSiblingElement()) {
          if (const char* id = seg->Attribute("id"); id && !ids.insert(id).second)
            problems.push_back(uid + ": segment id repeated");
          auto* content = seg->FirstChildElement(side);
          if (!content) continue;
          if (std::string(side) == "target") targets = true;
          std::vector<const tinyxml2::XMLElement*> codes;
          detail::collect_codes(*content, codes);
          for (auto* c : codes) {
            const std::string name = c->Name();
            for (const char* ref : {"dataRef", "dataRefStart", "dataRefEnd"})
              if (const char* r = c->Attribute(ref); r && !data.count(r))
                problems.push_back(uid + ": " + ref + " names no data: " + r);
            if (name == "ec" && !c->Attribute("isolated")) {
              const char* start = c->Attribute("startRef");
              if (!start || !open.erase(start)) problems.push_back(uid + ": ec closes no open sc");
              continue;
            }
            const char* id = c->Attribute("id");
            if (!id) {
              problems.push_back(uid + ": " + name + " without id");
              continue;
            }
            if (!ids.insert(id).second) problems.push_back(uid + ": id repeated on the " + side + ": " + id);
            if (name == "sc" && !c->Attribute("isolated")) open.insert(id);
          }
        }
        if (!open.empty()) problems.push_back(uid + ": sc never closed on the " + side);
      }
    }
  }
  if (targets && !root->Attribute("trgLang")) problems.push_back("targets without trgLang");
  return problems;
}

}  // namespace songngu::test
