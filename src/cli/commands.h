#pragma once
// One entry point per subcommand; each lives in its own <name>_command.cc. They parse arguments,
// call the library and print; they return the exit status (0 ok, 1 bad input, 2 usage; `check`
// returns 1 for findings).
namespace songngu::cli {

int segment_command(int argc, char** argv);
int align_command(int argc, char** argv);
int tm_command(int argc, char** argv);
int glossary_command(int argc, char** argv);
int check_command(int argc, char** argv);
int corpus_command(int argc, char** argv);  // the main job: corpus/ -> tm/, glossary/, reports/
int review_command(int argc, char** argv);  // the review editor's server (review/review_server.h)

}  // namespace songngu::cli
