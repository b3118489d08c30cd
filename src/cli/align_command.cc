#include "cli/commands.h"
#include "cli/messages.h"

namespace songngu::cli {

// Placeholder until the align module lands: says so plainly instead of pretending.
int align_command(int, char**) {
  print_error(tr("the \"{1}\" command is not available in this build yet", {"align"}));
  return 2;
}

}  // namespace songngu::cli
