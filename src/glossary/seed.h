#pragma once
// The curated seed glossary (data/glossary/seed-vi-en-ko.csv: diplomatic terms in vi/en/ko written
// and checked by the project, status approved) and how extracted candidates join it: a candidate
// whose source term (by match key) is already a term of a seed entry is dropped, so approved
// entries are never overwritten; only its evidence (frequency, example) is added to the seed entry.
#include "glossary/glossary.h"

namespace songngu {

Glossary load_seed_glossary();  // throws Error(kBadInput) when the data file is missing or bad

Glossary merge_with_seed(const Glossary& seed, const Glossary& extracted,
                         const std::string& source_lang = "vi");

}  // namespace songngu
