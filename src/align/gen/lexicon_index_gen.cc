// Build-time generator of the shipped lexicons' indexes (align/lexicon_file.h): the text of
// data/models/PAIR.lexicon stays the source; its index, a binary form addressed by token, lets a
// short document's run find its rows without searching the text.
//   lexicon_index_gen TEXT INDEX
#include <iostream>

#include "align/lexicon_file.h"
#include "base/error.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: lexicon_index_gen TEXT INDEX\n";
    return 2;
  }
  try {
    songngu::write_lexicon_index(argv[1], argv[2]);
  } catch (const songngu::Error& e) {
    std::cerr << "lexicon_index_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
