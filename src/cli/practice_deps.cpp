#include "cli/practice_deps.hpp"

#include <fstream>

#include "cli/grader_adapter.hpp"

namespace kkori::cli {

std::optional<PracticeDeps> open_practice(Context& ctx) {
  PracticeDeps d;
  d.bank = ctx.bank();
  if (!d.bank) return std::nullopt;
  auto grader = make_answer_grader(*d.bank);
  if (!grader) {
    ctx.error(grader.error().message, kExitInternal);
    return std::nullopt;
  }
  auto st = store::open_store(ctx.db_path);
  if (!st) {
    ctx.error(st.error().message);
    return std::nullopt;
  }
  d.grader = std::move(*grader);
  d.store = std::move(*st);
  return d;
}

Result<std::vector<Json>> read_scripted_answers(const std::string& path) {
  std::ifstream in(path);
  if (!in) return fail(Errc::not_found, "cannot read answers file " + path);
  std::vector<Json> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("answer") || !j["answer"].is_string())
      return fail(Errc::invalid_input, "expected {\"answer\": \"...\"}", Location{path, n, 0, {}});
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace kkori::cli
