#include "judge/catalog.hpp"

#include <algorithm>
#include <filesystem>

#include "judge/package_files.hpp"

namespace kkori::judge {

namespace {

void add(Catalog& c, PackageLoad load) {
  if (load.package)
    c.problems.push_back(std::move(*load.package));
  else
    for (auto& e : load.errors) c.skipped.push_back(std::move(e));
}

void sort(Catalog& c) {
  std::sort(c.problems.begin(), c.problems.end(), [](const Package& a, const Package& b) { return a.id < b.id; });
}

}  // namespace

const Package* Catalog::find(std::string_view id) const {
  auto it = std::lower_bound(problems.begin(), problems.end(), id,
                             [](const Package& p, std::string_view x) { return p.id < x; });
  return it != problems.end() && it->id == id ? &*it : nullptr;
}

Result<Catalog> load_catalog_dir(const std::string& root) {
  auto dirs = list_package_dirs(root);
  if (!dirs) return std::unexpected(dirs.error());
  Catalog c;
  c.origin = root;
  for (const auto& d : *dirs) {
    auto files = read_package_dir(d);
    if (!files) {
      c.skipped.push_back(files.error());
      continue;
    }
    add(c, load_package(std::filesystem::path(d).filename().string(), *files, d));
  }
  sort(c);
  return c;
}

Catalog load_bundled_catalog() {
  Catalog c;
  c.origin = "bundled";
  for (const auto& id : bundled_problem_ids()) add(c, load_package(id, bundled_problem_files(id), "bundled"));
  sort(c);
  return c;
}

}  // namespace kkori::judge
