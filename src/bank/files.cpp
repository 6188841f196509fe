#include "bank/files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kkori::bank {

namespace fs = std::filesystem;

Result<std::vector<SourceFile>> read_content_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return fail(Errc::not_found, "content folder '" + dir + "' does not exist or is not a folder");
  std::vector<SourceFile> out;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    // problems/ holds coding-problem packages (the judge's, docs/problem-format.md), not bank files.
    if (it.depth() == 0 && it->is_directory(ec) && it->path().filename() == "problems") {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec) || it->path().extension() != ".yaml") continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return fail(Errc::io, "cannot read " + it->path().string());
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back(SourceFile{fs::relative(it->path(), dir, ec).generic_string(), ss.str()});
  }
  if (ec) return fail(Errc::io, "cannot list " + dir + ": " + ec.message());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

}  // namespace kkori::bank
