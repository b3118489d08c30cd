#include "tm/tm_merge.h"

#include <algorithm>
#include <unordered_map>

#include "base/error.h"
#include "tm/tmx_reader.h"
#include "tm/tmx_writer.h"
#include "tm/tsv.h"
#include "tm/unit_key.h"

namespace songngu {
namespace {

struct Place {
  bool foreign;          // no x-document: after songngu's own units, in input order
  std::string document;  // x-document
  uint64_t position;     // running number at the end of the tuid
};

Place place_of(const TranslationUnit& u) {
  const std::string* doc = u.prop("x-document");
  if (!doc) return {true, "", 0};
  size_t digits = u.tuid.size();
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(u.tuid[digits - 1]))) --digits;
  uint64_t pos = UINT64_MAX;
  if (digits < u.tuid.size() && u.tuid.size() - digits <= 18) pos = std::stoull(u.tuid.substr(digits));
  return {false, *doc, pos};
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::vector<TranslationUnit> merge_units(std::vector<TranslationUnit> units, const std::string& srclang,
                                         size_t* duplicates) {
  std::vector<Place> places;
  places.reserve(units.size());
  for (const auto& u : units) places.push_back(place_of(u));
  std::vector<size_t> order(units.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Place& x = places[a];
    const Place& y = places[b];
    if (x.foreign != y.foreign) return !x.foreign;
    if (x.document != y.document) return x.document < y.document;
    return x.position < y.position;
  });
  std::vector<TranslationUnit> out;
  std::unordered_map<std::string, size_t> slot;  // match key -> index in out
  size_t dups = 0;
  for (size_t i : order) {
    std::string key = unit_match_key(units[i], srclang);
    auto [it, inserted] = slot.emplace(std::move(key), out.size());
    if (inserted) {
      out.push_back(std::move(units[i]));
      continue;
    }
    ++dups;
    if (units[i].creationdate > out[it->second].creationdate) out[it->second] = std::move(units[i]);
  }
  if (duplicates) *duplicates = dups;
  return out;
}

MergeResult merge_tmx_files(const std::vector<std::string>& inputs, const std::string& output) {
  if (inputs.empty()) throw_usage(N_("no input file"));
  MergeResult result;
  std::vector<TranslationUnit> units;
  std::string srclang, first_path;
  for (const auto& path : inputs) {
    TmxReader reader(path);
    const std::string& lang = reader.header().srclang;
    if (first_path.empty()) {
      srclang = lang;
      first_path = path;
    } else if (lower(lang) != lower(srclang)) {
      throw_bad_input(
          N_("source language \"{1}\" differs from \"{2}\" in {3}; convert the files to one form first"),
          {lang, srclang, first_path}, {path});
    }
    TranslationUnit unit;
    while (reader.next(unit)) units.push_back(std::move(unit));
  }
  result.units_read = units.size();
  units = merge_units(std::move(units), srclang, &result.duplicates);
  result.units_written = units.size();
  result.removed_characters = write_tmx(output, default_header(srclang), units);
  return result;
}

}  // namespace songngu
