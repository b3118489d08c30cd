#include "cli/commands.h"
#include "cli/messages.h"

namespace songngu::cli {

// Placeholder until the corpus module lands: says so plainly instead of pretending.
int corpus_command(int, char**) {
  print_error(tr("the \"{1}\" command is not available in this build yet", {"corpus"}));
  return 2;
}

}  // namespace songngu::cli
