// The command-line front end: parses arguments (CLI11), runs a command, maps every
// failure to an exit code (0 ok, 1 plan errors, 2 could not do what was asked).
#pragma once

namespace lplan::cli {

int run(int argc, char** argv);

}  // namespace lplan::cli
