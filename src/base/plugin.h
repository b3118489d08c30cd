#pragma once
// Plugins: the parts of songngu that need large libraries are shared objects that only the commands
// using them load (dlopen), so that every other command starts without loading and relocating those
// libraries: the document readers (gumbo, libzip, libxml2: plugin "documents") and the review
// editor's HTTP server (cpp-httplib, which brings OpenSSL: plugin "review"). A plugin calls back
// into the program (the executable exports its symbols); an executable that links a plugin's code
// itself (the tests, benchmarks and fuzz targets) uses that and loads nothing.
//
// Plugins live in $SONGNGU_PLUGIN_DIR when it is set, else in the build tree's plugins/ folder while
// it exists (a fresh build runs in place), else in the installed lib/songngu/ folder.
#include <string>

namespace songngu {

std::string plugin_dir();

// The address of `symbol` in plugin `name` (plugin_dir()/songngu-NAME.so), loaded on first use and
// kept loaded. Throws Error(kBadInput) naming the file when the plugin cannot be loaded, lacks the
// symbol, or belongs to another build of songngu (its songngu_plugin_build(), src/base/plugin_build.cc,
// differs from this program's: a plugin left from another version would run with other types).
void* plugin_symbol(const std::string& name, const char* symbol);

}  // namespace songngu
