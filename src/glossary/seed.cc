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
      if (kept.examples.empty()) {
        // The extracted examples mark the extracted equivalent: where that is not one of the seed
        // entry's terms, its mark would point a reader at the wrong words, so it is dropped.
        kept.examples = e.examples;
        for (auto& example : kept.examples)
          for (auto& [lang, text] : example) {
            if (lang == source_lang) continue;
            const auto& found = terms_of(e, lang);
            bool known = false;
            for (const Term& t : terms_of(kept, lang))
              known = known || (!found.empty() && match_key(t.text) == match_key(found.front().text));
            if (!known) text.mark_begin = text.mark_end = 0;
          }
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
