#include "cli/args.h"

#include <charconv>
#include <sstream>

#include "base/atomic_file.h"
#include "base/error.h"
#include "cli/messages.h"
#include "text/read_text.h"

namespace songngu::cli {

Args::Args(const std::vector<OptionSpec>& specs, int argc, char** argv, int first) {
  bool options_done = false;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    const OptionSpec* spec = nullptr;
    std::optional<std::string> inline_value;
    if (arg.rfind("--", 0) == 0) {
      std::string name = arg.substr(2);
      if (auto eq = name.find('='); eq != std::string::npos) {
        inline_value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      for (const auto& s : specs)
        if (s.long_name == name || (s.alias && name == s.alias)) spec = &s;
    } else if (arg.size() >= 2) {
      for (const auto& s : specs)
        if (s.short_name && s.short_name == arg[1]) spec = &s;
      if (spec && arg.size() > 2) inline_value = arg.substr(2);
    }
    if (!spec) throw_usage(N_("unknown option {1} (see --help)"), {arg});
    if (!spec->takes_value) {
      if (inline_value) throw_usage(N_("option --{1} takes no value"), {spec->long_name});
      values_.emplace(spec->long_name, "");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= argc) throw_usage(N_("option --{1} needs a value"), {spec->long_name});
      inline_value = argv[++i];
    }
    values_.emplace(spec->long_name, *inline_value);
  }
}

std::optional<std::string> Args::get(const std::string& name) const {
  auto range = values_.equal_range(name);
  if (range.first == range.second) return std::nullopt;
  return std::prev(range.second)->second;  // the last one wins
}

std::string Args::get_or(const std::string& name, const std::string& fallback) const {
  auto v = get(name);
  return v ? *v : fallback;
}

std::vector<std::string> Args::all(const std::string& name) const {
  std::vector<std::string> out;
  auto range = values_.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  return out;
}

long long Args::integer(const std::string& name, long long fallback, long long lo, long long hi) const {
  auto value = get(name);
  if (!value) return fallback;
  long long n = 0;
  const char* end = value->data() + value->size();
  auto [at, error] = std::from_chars(value->data(), end, n);
  if (value->empty() || value->find_first_not_of("0123456789") != std::string::npos || error != std::errc() ||
      at != end || n < lo || n > hi) {
    if (hi == std::numeric_limits<long long>::max())
      throw_usage(N_("--{1} needs a whole number of {2} or more, not \"{3}\""),
                  {name, std::to_string(lo), *value});
    throw_usage(N_("--{1} needs a whole number from {2} to {3}, not \"{4}\""),
                {name, std::to_string(lo), std::to_string(hi), *value});
  }
  return n;
}

double Args::real(const std::string& name, double fallback, double lo, double hi) const {
  auto value = get(name);
  if (!value) return fallback;
  double x = 0;
  const char* end = value->data() + value->size();
  auto [at, error] = std::from_chars(value->data(), end, x, std::chars_format::fixed);
  if (value->empty() || value->find_first_not_of("0123456789.") != std::string::npos ||
      error != std::errc() || at != end || !(x >= lo && x <= hi)) {
    auto shown = [](double v) {
      std::ostringstream out;
      out << v;
      return out.str();
    };
    throw_usage(N_("--{1} needs a number from {2} to {3}, not \"{4}\""),
                {name, shown(lo), shown(hi), *value});
  }
  return x;
}

std::string help_text(const char* usage, const char* description, const std::vector<OptionSpec>& specs) {
  std::ostringstream out;
  out << tr("Usage:") << " songngu " << usage << "\n" << tr(description) << "\n\n" << tr("Options:") << "\n";
  for (const auto& s : specs) {
    std::string left = "  ";
    left += s.short_name ? std::string("-") + s.short_name + ", " : "    ";
    left += "--" + s.long_name;
    if (s.takes_value) left += std::string(" ") + s.value_name;
    if (left.size() < 30)
      left.resize(30, ' ');
    else
      left += "  ";
    out << left << tr(s.help) << "\n";
  }
  return out.str();
}

int print_help(const char* usage, const char* description, const std::vector<OptionSpec>& specs) {
  AtomicFile out("-");
  out.write(help_text(usage, description, specs));
  out.commit();
  return 0;
}

OptionSpec single_encoding_option() {
  return {"encoding", 0, true,
          N_("encoding of TSV, CSV and OmegaT glossary inputs, one for all their languages (e.g. "
             "windows-1258, tcvn3, cp949); default UTF-8. TMX, TBX, XLIFF and PO declare their own"),
          "NAME"};
}

std::string single_encoding(const Args& args) {
  return parse_single_encoding(args.all("encoding"));
}

}  // namespace songngu::cli
