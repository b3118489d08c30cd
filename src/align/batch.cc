#include "align/batch.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "base/error.h"

namespace songngu {
namespace fs = std::filesystem;

std::vector<BatchItem> batch_from_folder(const std::string& dir, const std::string& source_ext,
                                         const std::string& target_ext, bool prefer_raw) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw_bad_input(N_("not a folder"), {}, {dir});
  std::map<std::string, std::pair<bool, bool>> stems;  // stem -> (has source, has target)
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    auto take = [&](const std::string& ext, bool source) {
      std::string suffix = "." + ext;
      if (name.size() > suffix.size() &&
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        auto& entry = stems[name.substr(0, name.size() - suffix.size())];
        (source ? entry.first : entry.second) = true;
      }
    };
    take(source_ext, true);
    take(target_ext, false);
  }
  if (ec) throw_bad_input(N_("cannot read the folder ({1})"), {ec.message()}, {dir});
  std::vector<BatchItem> items;
  for (const auto& [stem, has] : stems) {
    if (!has.first || !has.second) continue;
    const std::string raw_suffix = ".raw";
    bool is_raw = stem.size() > raw_suffix.size() &&
                  stem.compare(stem.size() - raw_suffix.size(), raw_suffix.size(), raw_suffix) == 0;
    std::string base = is_raw ? stem.substr(0, stem.size() - raw_suffix.size()) : stem;
    auto other = stems.find(is_raw ? base : stem + raw_suffix);
    bool twin = other != stems.end() && other->second.first && other->second.second;
    if (twin && is_raw != prefer_raw) continue;  // the other form of the same document is used
    BatchItem item;
    item.source = (fs::path(dir) / (stem + "." + source_ext)).string();
    item.target = (fs::path(dir) / (stem + "." + target_ext)).string();
    item.stem = twin ? base : stem;
    items.push_back(std::move(item));
  }
  if (items.empty())
    throw_bad_input(N_("no document pairs (expected files STEM.{1} and STEM.{2})"), {source_ext, target_ext},
                    {dir});
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.stem < b.stem; });
  return items;
}

std::vector<BatchItem> batch_from_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw_bad_input(N_("cannot read the file"), {}, {path});
  fs::path base = fs::path(path).parent_path();
  auto resolve = [&](const std::string& p) {
    return fs::path(p).is_absolute() || base.empty() ? p : (base / p).string();
  };
  std::vector<BatchItem> items;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (fields.size() < 2 || fields.size() > 3 || fields[0].empty() || fields[1].empty())
      throw_bad_input(N_("expected \"source<TAB>target<TAB>output\""), {},
                      {path, static_cast<size_t>(number)});
    BatchItem item;
    item.source = resolve(fields[0]);
    item.target = resolve(fields[1]);
    if (fields.size() == 3 && !fields[2].empty()) item.output = resolve(fields[2]);
    item.stem = fs::path(fields.size() == 3 && !fields[2].empty() ? fields[2] : fields[0]).stem().string();
    items.push_back(std::move(item));
  }
  if (items.empty()) throw_bad_input(N_("the list names no document pair"), {}, {path});
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.stem < b.stem; });
  return items;
}

std::pair<size_t, size_t> parse_shard(const std::string& text) {
  size_t slash = text.find('/');
  auto number = [](const std::string& s) -> long {
    if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stol(s);
  };
  long k = slash == std::string::npos ? -1 : number(text.substr(0, slash));
  long n = slash == std::string::npos ? -1 : number(text.substr(slash + 1));
  if (k < 1 || n < 1 || k > n)
    throw Error(ErrorKind::kUsage, N_("bad shard \"{1}\" (expected K/N with 1 <= K <= N, e.g. 2/8)"), {text})
        .hint(Setting::kShard);
  return {static_cast<size_t>(k), static_cast<size_t>(n)};
}

std::pair<size_t, size_t> shard_range(size_t count, size_t k, size_t n) {
  return {count * (k - 1) / n, count * k / n};
}

}  // namespace songngu
