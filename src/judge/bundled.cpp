// The bundled problems, by id (the blobs come from the generated bundled_problems.cpp).
#include <algorithm>

#include "judge/package_files.hpp"

namespace kkori::judge {

std::vector<std::string> bundled_problem_ids() {
  std::vector<std::string> ids;
  for (const auto& b : bundled_problem_blobs()) {
    std::string_view p = b.path;
    auto slash = p.find('/');
    if (slash == std::string_view::npos || p.substr(slash + 1) != "problem.yaml") continue;
    ids.emplace_back(p.substr(0, slash));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<PackageFile> bundled_problem_files(const std::string& id) {
  std::vector<PackageFile> out;
  const std::string prefix = id + "/";
  for (const auto& b : bundled_problem_blobs()) {
    std::string_view p = b.path;
    if (p.starts_with(prefix))
      out.push_back(PackageFile{std::string(p.substr(prefix.size())), std::string(b.begin, b.end)});
  }
  return out;
}

}  // namespace kkori::judge
