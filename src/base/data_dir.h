#pragma once
// Where run-time data (SRX rules, language tables, the seed glossary) and message catalogs live:
// $SONGNGU_DATA_DIR / $SONGNGU_LOCALE_DIR when set, else the installed share/ folder when it exists,
// else the source tree's data/ and the build tree's locale/ (so a fresh build runs in place).
#include <string>

namespace songngu {

std::string data_dir();
std::string locale_dir();
// Data made at build time from data_dir()'s files (the shipped lexicons' indexes,
// align/lexicon_file.h): the build tree's data/ while it exists, else the installed data folder.
std::string built_data_dir();
// data_dir() + "/" + relative; throws Error(kBadInput) naming the path when the file is missing.
std::string data_file(const std::string& relative);
// The bytes of data_file(relative). Throws Error(kBadInput) naming it when it cannot be read.
std::string read_data_file(const std::string& relative);

}  // namespace songngu
