#include "cli/personal_bank.hpp"

#include <filesystem>
#include <ostream>

#include "store/tracker_store.hpp"
#include "tracker/personal.hpp"

namespace kkori::cli {

void add_personal_questions(Context& ctx, bank::Bank& bank) {
  std::string path = ctx.db_path.starts_with("sqlite:") ? ctx.db_path.substr(7) : ctx.db_path;
  std::error_code ec;
  if (path.empty() || path.find("://") != std::string::npos || !std::filesystem::is_regular_file(path, ec)) return;
  auto st = store::TrackerStore::open(path);
  if (!st) {
    ctx.err << "kkori: warning: personal questions not loaded: " << st.error().message << "\n";
    return;
  }
  auto qs = (*st)->personal_questions();
  if (!qs) {
    ctx.err << "kkori: warning: personal questions not loaded: " << qs.error().message << "\n";
    return;
  }
  tracker::merge_personal(bank, *qs);
}

}  // namespace kkori::cli
