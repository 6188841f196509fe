#pragma once
namespace kkori::cli {

// The whole program: parses argv, runs one subcommand, returns the exit code
// (0 ok, 1 user error, 2 internal error). Never throws.
int run(int argc, char** argv);

}  // namespace kkori::cli
