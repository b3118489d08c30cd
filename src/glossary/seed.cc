#include "glossary/seed.h"

#include <unordered_map>

#include "base/data_dir.h"
#include "glossary/glossary_io.h"
#include "text/normalize.h"

namespace songngu {

Glossary load_seed_glossary() {
  return read_glossary(data_file("glossary/seed-vi-en-ko.csv"));
}

Glossary merge_with_seed(const Glossary& seed, const Glossary& extracted, const std::string& source_lang) {
  Glossary out = seed;
  std::unordered_map<std::string, size_t> by_key;
  for (size_t i = 0; i < out.entries.size(); ++i)
    for (const Term& t : terms_of(out.entries[i], source_lang)) by_key.emplace(match_key(t.text), i);
  for (const TermEntry& e : extracted.entries) {
    const auto& sources = terms_of(e, source_lang);
    if (sources.empty()) continue;
    auto it = by_key.find(match_key(sources.front().text));
    if (it != by_key.end()) {
      TermEntry& kept = out.entries[it->second];
      if (kept.frequency == 0) kept.frequency = e.frequency;
      if (kept.example_source.empty()) {
        kept.example_source = e.example_source;
        kept.example_target = e.example_target;
      }
      continue;
    }
    TermEntry candidate = e;
    candidate.status = TermStatus::kCandidate;
    for (auto& [lang, terms] : candidate.terms)
      for (Term& t : terms)
        if (t.status == TermStatus::kApproved) t.status = TermStatus::kCandidate;
    by_key.emplace(match_key(sources.front().text), out.entries.size());
    out.entries.push_back(std::move(candidate));
  }
  return out;
}

}  // namespace songngu
