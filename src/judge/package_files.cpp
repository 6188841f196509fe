#include "judge/package_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kkori::judge {

namespace fs = std::filesystem;

bool is_package_dir(const std::string& dir) {
  std::error_code ec;
  return fs::is_regular_file(fs::path(dir) / "problem.yaml", ec);
}

Result<std::vector<PackageFile>> read_package_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return fail(Errc::not_found, "problem folder '" + dir + "' does not exist");
  std::vector<PackageFile> out;
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const auto name = it->path().filename().string();
    if (name.starts_with(".") || name == "__pycache__") {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return fail(Errc::io, "cannot read " + it->path().string());
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back(PackageFile{fs::relative(it->path(), dir, ec).generic_string(), ss.str()});
  }
  if (ec) return fail(Errc::io, "cannot list " + dir + ": " + ec.message());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

Result<std::vector<std::string>> list_package_dirs(const std::string& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return fail(Errc::not_found, "problem folder '" + root + "' does not exist");
  std::vector<std::string> out;
  for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (is_package_dir(it->path().string())) out.push_back(it->path().string());
  if (ec) return fail(Errc::io, "cannot list " + root + ": " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kkori::judge
