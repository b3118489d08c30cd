#include "tm/translation_unit.h"

namespace songngu {

const Variant* TranslationUnit::variant(const std::string& lang_base) const {
  for (const auto& v : variants) {
    if (v.lang.size() >= lang_base.size() && v.lang.compare(0, lang_base.size(), lang_base) == 0 &&
        (v.lang.size() == lang_base.size() || v.lang[lang_base.size()] == '-' ||
         v.lang[lang_base.size()] == '_'))
      return &v;
  }
  return nullptr;
}

const std::string* TranslationUnit::prop(const std::string& type) const {
  for (const auto& p : props)
    if (p.first == type) return &p.second;
  return nullptr;
}

}  // namespace songngu
