// Compiled into every plugin (CMakeLists.txt), never into the program: the build it belongs to,
// which plugin_symbol compares with the program's own (base/plugin.h).
extern "C" const char* songngu_plugin_build() {
  return SONGNGU_BUILD_ID;
}
