#include "cli/run.hpp"

int main(int argc, char** argv) { return kkori::cli::run(argc, argv); }
