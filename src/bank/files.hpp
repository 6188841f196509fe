#pragma once
// Where content comes from: a folder on disk (`--content DIR`) or the copy bundled into the
// binary at build time (the default, so `kkori` works from any directory).
#include <string>
#include <vector>

#include "bank/bank.hpp"

namespace kkori::bank {

// Reads every *.yaml under `dir` (paths relative to it, '/'-separated, sorted).
Result<std::vector<SourceFile>> read_content_dir(const std::string& dir);

// The content/ folder as it was when this binary was built.
std::vector<SourceFile> bundled_files();

}  // namespace kkori::bank
