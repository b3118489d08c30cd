#include "base/plugin.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "base/error.h"

namespace songngu {

namespace {
constexpr const char* kCannotLoad =
    N_("cannot load a part of songngu: {1} (set SONGNGU_PLUGIN_DIR or reinstall)");
}  // namespace

std::string plugin_dir() {
  if (const char* v = std::getenv("SONGNGU_PLUGIN_DIR"); v && *v) return v;
  std::error_code ec;
  // Like data_dir(): a developer's build uses its own plugins while its build tree exists.
  if (std::filesystem::is_directory(SONGNGU_BUILD_PLUGIN_DIR, ec)) return SONGNGU_BUILD_PLUGIN_DIR;
  return SONGNGU_INSTALL_PLUGIN_DIR;
}

void* plugin_symbol(const std::string& name, const char* symbol) {
  static std::mutex mutex;
  static std::map<std::string, void*> loaded;  // never closed: their code may run until exit
  std::lock_guard lock(mutex);
  const std::string path = plugin_dir() + "/songngu-" + name + ".so";
  void*& handle = loaded[path];
  // RTLD_NOW: a plugin that does not fit this program fails here, naming itself, not mid-run.
  if (!handle) handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = dlerror();
    throw_bad_input(kCannotLoad, {why ? why : path}, {path});
  }
  void* address = dlsym(handle, symbol);
  if (!address) throw_bad_input(kCannotLoad, {symbol}, {path});
  return address;
}

}  // namespace songngu
