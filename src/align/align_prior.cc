#include "align/align_prior.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "align/lexicon_file.h"
#include "base/data_dir.h"
#include "base/error.h"

namespace songngu {

double own_row_weight(double occurrences) {
  const double evidence = occurrences > 1 ? occurrences - 1 : 0;
  return evidence / (evidence + kPriorWordOccurrences);
}

AlignModel load_align_prior(const std::string& path, const std::string& source_lang,
                            const std::string& target_lang, const std::string& lexicon_index) {
  AlignModel prior = load_align_model(path);
  if (prior.source_lang != source_lang || prior.target_lang != target_lang)
    throw_bad_input(N_("the alignment prior is for {1}-{2}, not for {3}-{4}"),
                    {prior.source_lang, prior.target_lang, source_lang, target_lang}, {path});
  // The word tables live beside the numbers: PAIR.lexicon next to PAIR.prior.
  std::filesystem::path lexicon = path;
  lexicon.replace_extension(".lexicon");
  if (std::filesystem::exists(lexicon))
    prior.lexicon = std::make_shared<const LexiconFile>(lexicon.string(), lexicon_index);
  return prior;
}

const AlignModel* shipped_prior(const std::string& source_lang, const std::string& target_lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<AlignModel>> loaded;
  const std::string pair = source_lang + "-" + target_lang;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = loaded.find(pair);
  if (it == loaded.end()) {
    const std::string path = data_dir() + "/models/" + pair + ".prior";
    std::unique_ptr<AlignModel> prior;
    if (std::filesystem::exists(path))
      prior = std::make_unique<AlignModel>(load_align_prior(
          path, source_lang, target_lang, built_data_dir() + "/models/" + pair + ".lexicon.index"));
    it = loaded.emplace(pair, std::move(prior)).first;
  }
  return it->second.get();
}

}  // namespace songngu
