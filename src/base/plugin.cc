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

// Refuses a plugin of another build (see plugin.h) before any of its functions but this one is called.
void check_build(void* handle, const std::string& path) {
  using BuildFn = const char* (*)();
  auto build = reinterpret_cast<BuildFn>(dlsym(handle, "songngu_plugin_build"));
  const std::string theirs = build ? build() : "?";
  if (theirs != SONGNGU_BUILD_ID)
    throw_bad_input(N_("{1} belongs to songngu {2}, this program is songngu {3}: reinstall, or set "
                       "SONGNGU_PLUGIN_DIR to this build's plugins"),
                    {path, theirs, SONGNGU_BUILD_ID}, {path});
}
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
  if (!handle) {
    // RTLD_NOW: a plugin that does not fit this program fails here, naming itself, not mid-run.
    void* opened = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!opened) {
      const char* why = dlerror();
      throw_bad_input(kCannotLoad, {why ? why : path}, {path});
    }
    check_build(opened, path);  // a refused plugin stays loaded but unused (its code may not unload)
    handle = opened;
  }
  void* address = dlsym(handle, symbol);
  if (!address) throw_bad_input(kCannotLoad, {symbol}, {path});
  return address;
}

}  // namespace songngu
