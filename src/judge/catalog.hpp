#pragma once
// The problems a front end offers (the web coding page): every package folder under a root
// (content/problems, `--problems DIR`) or the copy bundled into the binary, loaded in one go.
// A package that does not load is skipped with its errors kept, so one broken problem does not
// hide the others (`kkori judge verify` says what is wrong with it).
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "judge/package.hpp"

namespace kkori::judge {

struct Catalog {
  std::string origin;             // the root folder, or "bundled"
  std::vector<Package> problems;  // sorted by id
  std::vector<Error> skipped;     // located errors of the packages left out

  const Package* find(std::string_view id) const;
};

// Every package folder directly under `root`; not_found when `root` is not a folder.
Result<Catalog> load_catalog_dir(const std::string& root);
// The bundled content/problems (in the kkori_judge_bundled library).
Catalog load_bundled_catalog();

}  // namespace kkori::judge
